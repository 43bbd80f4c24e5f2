"""stage: a dossier's stage inferred from its documents' kinds."""

from __future__ import annotations

import pytest

from govcheck.identify.classify import classify
from govcheck.model import STAGES, Document
from govcheck.identify.stage import infer_stage, stage_signals
from govcheck.report.words import render
from govcheck.vocabulary import document_kinds


def _docs(*kinds: str | None) -> list[Document]:
    return [Document(path=f"f{i}.docx", format="docx", kind=k) for i, k in enumerate(kinds)]


@pytest.mark.parametrize(
    ("kinds", "stage"),
    [
        # application: only application materials
        (["project_library_application", "feasibility_study_report", "budget_estimate"],
         "application"),
        (["project_proposal"], "application"),
        (["construction_application", "project_plan_application_form"], "application"),
        # approval
        (["feasibility_study_report", "preliminary_design", "budget_estimate"], "approval"),
        (["feasibility_study_report", "assessment_report"], "approval"),
        (["feasibility_study_report", "data_resource_catalog"], "approval"),
        (["crypto_application_plan", "implementation_plan"], "approval"),
        # construction
        (["approval_reply", "contract", "procurement_docs"], "construction"),
        (["supervision_report", "progress_report"], "construction"),
        # adjustment
        (["approval_reply", "contract", "adjustment_request", "budget_estimate"], "adjustment"),
        (["adjustment_filing"], "adjustment"),
        # acceptance
        (["preliminary_acceptance_report", "trial_run_report", "contract"], "acceptance"),
        (["acceptance_application", "construction_summary", "audit_report",
          "adjustment_approval"], "acceptance"),
        (["data_sharing_confirmation", "feasibility_study_report"], "acceptance"),
        # annual performance reports are written during construction: weak, loses to acceptance
        (["acceptance_report", "annual_performance_report"], "acceptance"),
        # evaluation
        (["acceptance_report", "self_evaluation_report"], "evaluation"),
        (["post_evaluation_report"], "evaluation"),
        (["annual_performance_report"], "evaluation"),
        # operation: only weak signals
        (["drill_record", "incident_record"], "operation"),
        (["om_plan"], "operation"),
        (["om_plan", "feasibility_study_report"], "application"),
    ],
)
def test_infer(kinds: list[str], stage: str) -> None:
    assert infer_stage(_docs(*kinds))[0] == stage


def test_evidence_names_the_materials() -> None:
    stage, evidence = infer_stage(_docs("preliminary_acceptance_report", "trial_run_report",
                                        "contract", None))
    assert stage == "acceptance"
    assert render(evidence, "zh") == "据材料推定：含初步验收报告、试运行报告 → acceptance"


def test_evidence_for_combination() -> None:
    stage, evidence = infer_stage(_docs("data_resource_catalog", "feasibility_study_report"))
    assert stage == "approval"
    assert "数据资源目录与可行性研究报告" in render(evidence, "zh")


def test_evidence_for_weak_signal() -> None:
    stage, evidence = infer_stage(_docs("annual_performance_report"))
    assert stage == "evaluation"
    assert "弱" in render(evidence, "zh") and "项目绩效评价报告" in render(evidence, "zh")


@pytest.mark.parametrize("kinds", [[], [None, None], ["budget_estimate", "leadership_approval"]])
def test_no_clue(kinds: list[str | None]) -> None:
    stage, evidence = infer_stage(_docs(*kinds))
    assert stage is None
    assert render(evidence, "zh") and render(evidence, "en")


def test_from_file_names() -> None:
    docs = [
        Document(path="d/附件1-竣工验收申请.docx", format="docx"),
        Document(path="d/附件2-初步验收报告.pdf", format="pdf"),
        Document(path="d/附件3-合同.pdf", format="pdf"),
        Document(path="d/附件4.pdf", format="pdf"),
    ]
    classify(docs)
    stage, evidence = infer_stage(docs)
    assert stage == "acceptance"
    assert render(evidence, "zh") == "据材料推定：含竣工验收申请、初步验收报告 → acceptance"


def test_signals_refer_to_known_kinds_and_stages() -> None:
    ids = {k.id for k in document_kinds()}
    signals = stage_signals()
    assert signals
    for s in signals:
        assert s.stage in STAGES
        assert set(s.kinds) <= ids
    # every stage but operation has at least one strong signal
    strong = {s.stage for s in signals if not s.weak}
    assert strong >= set(STAGES) - {"operation"}


# --------------------------------------------------------------------------- approval step


def _titled(kind: str, name: str) -> Document:
    from govcheck.model import Paragraph

    return Document(path=name, format="docx", kind=kind, paragraphs=[Paragraph(name.rsplit(".", 1)[0], 1)])


@pytest.mark.parametrize(("docs", "step"), [
    # a 可研 alone, no 初步设计 / 概算, no 可研批复: the first step
    ([("feasibility_study_report", "可行性研究报告.docx"), ("construction_application", "审批申请表.docx")], "可研"),
    # 可研 + 初步设计 + 概算 together: both at once
    ([("feasibility_study_report", "可行性研究报告.docx"), ("preliminary_design", "初步设计方案.docx"),
      ("budget_estimate", "概算表.xlsx")], "合并"),
    # 代初步设计 wording: both at once even with an approval reply on file
    ([("feasibility_study_report", "可行性研究报告（代初步设计）.docx"), ("budget_estimate", "概算表.xlsx")], "合并"),
    # the 可研 already approved, now the design and budget
    ([("approval_reply", "关于XX项目可行性研究报告的批复.docx"), ("preliminary_design", "初步设计方案.docx"),
      ("budget_estimate", "投资概算.xlsx")], "初步设计概算"),
    # an approval of 初步设计 and 概算 is not a 可研批复
    ([("approval_reply", "关于XX项目初步设计及概算的批复.docx"), ("feasibility_study_report", "可研.docx"),
      ("preliminary_design", "初步设计方案.docx")], "合并"),
    ([("implementation_plan", "实施方案.docx")], "合并"),
    ([("contract", "合同.docx")], None),
])
def test_approval_step_inferred(docs: list[tuple[str, str]], step: str | None) -> None:
    from govcheck.identify.stage import infer_approval_step

    found, evidence = infer_approval_step([_titled(k, n) for k, n in docs])
    assert found == step, evidence


def test_declared_approval_step_is_not_overridden() -> None:
    from govcheck.model import ResolvedFact, Source
    from govcheck.identify.stage import approval_step_fact

    declared = {"approval_step": ResolvedFact("approval_step", "可研", Source("--set", "approval_step"), "option")}
    docs = [_titled("feasibility_study_report", "可研.docx"), _titled("preliminary_design", "初设.docx")]
    assert approval_step_fact(docs, declared) is None
    inferred = approval_step_fact(docs, {})
    assert inferred is not None and inferred.value == "合并" and inferred.origin == "derived"
