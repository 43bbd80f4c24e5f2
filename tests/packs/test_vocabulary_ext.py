"""A pack's own vocabulary and parameters, end to end through a --rules pack and real .docx files."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import docx
import pytest

from govcheck.checks.base import CheckContext
from govcheck.checks.engine import apply_rule
from govcheck.report.words import finding_out
from govcheck.model import Document, ResolvedFact, Source
from govcheck.packs.load import PackError, load_pack, load_pack_file
from govcheck.packs.vocabulary_ext import active
from govcheck.pipeline import Options, check_dossier
from govcheck.vocabulary import document_kinds, document_name, facts

SOURCE = ("第五条 软件开发投资200万元及以上的,应当提交造价审核报告。\n"
          "第六条 调整幅度不得超过10%。自2026年1月1日起,调整幅度不得超过15%。\n")

PACK = """\
pack:
  id: demo
  name: {zh: 示例办法, en: Demo measure}
  document: null
  source: sources/demo.txt
  catalog_prefix: DM
vocabulary:
  documents:
    - {id: cost_review_report, zh: 造价审核报告, en: cost review report, stage: approval,
       patterns: [造价审核, 造价评审], before: review_opinion}
  facts:
    - {id: software_dev_investment, zh: 软件开发投资, en: software development investment,
       type: money, labels: [软件开发投资, 软件开发费用]}
  labels:
    total_investment: [批复总金额]
  aliases:
    admin_level: {区本级: 市本级}
parameters:
  software_tier:
    zh: 软件开发投资分档
    unit: 万元
    citation: {article: 5, quote: "软件开发投资200万元及以上的"}
    value: 200
  adjustment_limit:
    zh: 调整幅度上限
    unit: ratio
    citation: {article: 6, quote: "调整幅度不得超过10%"}
    values:
      - {value: 0.10, until: 2026-01-01}
      - {value: 0.15, from: 2026-01-01, citation: {article: 6, quote: "自2026年1月1日起,调整幅度不得超过15%"}}
rules:
  - id: DM-5a
    catalog: [DM-5a]
    check: tier
    stages: [approval]
    severity: error
    params:
      amount: software_dev_investment
      at_or_above: {param: software_tier}
      requires: [cost_review_report]
    message: {zh: "软件开发投资{amount}万元（≥{software_tier}），须提交{material_name}", en: "{amount} ≥ {software_tier}: {material_name}"}
    hint: {zh: 补充造价审核报告, en: Add the cost review report}
    citation: {article: 5, quote: "软件开发投资200万元及以上的,应当提交造价审核报告"}
  - id: DM-6a
    catalog: [DM-6a]
    check: ratio
    stages: [adjustment]
    severity: error
    params:
      value: {fact: adjustment_increase}
      base: {fact: approved_budget_total}
      max: {param: adjustment_limit}
    message: {zh: "调整{ratio}，超过{adjustment_limit}", en: "{ratio} over {adjustment_limit}"}
    hint: {zh: 报批, en: Seek approval}
    citation: {article: 6, quote: "调整幅度不得超过10%"}
"""


def _docx(path: Path, title: str, rows: list[tuple[str, str]]) -> None:
    d = docx.Document()
    d.add_heading(title, level=1)
    t = d.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = label, value
    d.save(str(path))


def test_the_pack_vocabulary_holds_only_inside_its_jurisdiction(pack_dir):
    pack = load_pack("demo", (pack_dir,))
    with active(pack):
        ids = [k.id for k in document_kinds()]
        assert ids.index("cost_review_report") == ids.index("review_opinion") - 1
        assert "software_dev_investment" in facts()
        assert "批复总金额" in facts()["total_investment"].labels
        assert facts()["admin_level"].aliases["区本级"] == "市本级"
        assert document_name("cost_review_report") == "造价审核报告"
    assert "software_dev_investment" not in facts()
    assert "cost_review_report" not in [k.id for k in document_kinds()]


def test_a_dossier_is_read_with_the_packs_words(pack_dir, tmp_path):
    dossier = tmp_path / "dossier"
    dossier.mkdir()
    _docx(dossier / "项目审批表.docx", "项目审批表", [("项目名称", "示例平台"), ("软件开发费用（万元）", "200")])
    opts = Options(jurisdiction="demo", stage="approval", as_of=date(2026, 3, 1), extra_rules=(pack_dir,))
    result = check_dossier(dossier, opts)
    assert result.facts["software_dev_investment"].value == 200
    (f,) = [f for f in result.findings if f.rule == "demo/DM-5a"]
    assert f.message == "软件开发投资200万元（≥200万元），须提交造价审核报告"
    _docx(dossier / "造价审核报告.docx", "某平台造价审核报告", [("审核结论", "同意")])
    result = check_dossier(dossier, opts)
    assert [d.kind for d in result.documents if d.path.endswith("造价审核报告.docx")] == ["cost_review_report"]
    assert not [f for f in result.findings if f.rule == "demo/DM-5a"]
    assert "software_dev_investment" not in facts()  # the pack's words end with the dossier


def _ctx(as_of: date, increase: float) -> CheckContext:
    def fact(k, v):
        return ResolvedFact(k, v, Source("govcheck.yaml", f"facts.{k}"), "manifest")

    from decimal import Decimal
    return CheckContext(facts={"adjustment_increase": fact("adjustment_increase", Decimal(str(increase))),
                               "approved_budget_total": fact("approved_budget_total", Decimal(1000))},
                        documents=[], as_of=as_of)


@pytest.mark.parametrize("as_of, increase, status, limit", [
    (date(2025, 12, 31), 100, "pass", None), (date(2025, 12, 31), 100.01, "fail", "10%"),
    (date(2026, 1, 1), 150, "pass", None), (date(2026, 1, 1), 150.01, "fail", "15%"),
])
def test_as_of_picks_the_parameter_in_force(pack_dir, as_of, increase, status, limit):
    pack = load_pack("demo", (pack_dir,))
    result = apply_rule(pack, pack.rule("DM-6a"), _ctx(as_of, increase))
    assert result.status == status
    if limit:
        assert finding_out(result.findings[0], "zh").message.endswith(f"超过{limit}")


def test_a_vocabulary_id_colliding_with_a_built_in_one_is_refused(pack_dir):
    f = pack_dir / "demo.yaml"
    f.write_text(PACK.replace("id: cost_review_report", "id: audit_report"), encoding="utf-8")
    with pytest.raises(PackError, match="document kind 'audit_report' is built in"):
        load_pack_file.__wrapped__(f)


def test_gaoping_annual_self_evaluation_counts_as_the_self_evaluation_report():
    pack = load_pack("gaoping")
    rule = pack.rule("GP-21b")
    docs = [Document(path="2025年度绩效自评报告.docx", format="docx", kind="annual_performance_report")]
    ctx = CheckContext(facts={}, documents=docs, as_of=date(2026, 3, 1))
    assert apply_rule(pack, rule, ctx).status == "fail"  # outside Gaoping's words: not the same
    with active(pack):
        assert apply_rule(pack, rule, ctx).status == "pass"


def test_a_packs_own_fact_can_be_declared(pack_dir, tmp_path):
    dossier = tmp_path / "declared"
    dossier.mkdir()
    _docx(dossier / "项目审批表.docx", "项目审批表", [("项目名称", "示例平台")])
    opts = Options(jurisdiction="demo", stage="approval", as_of=date(2026, 3, 1), extra_rules=(pack_dir,),
                   set_facts=["software_dev_investment=199.99"])
    result = check_dossier(dossier, opts)
    assert result.facts["software_dev_investment"].value == Decimal("199.99")
    assert not [f for f in result.findings if f.rule == "demo/DM-5a"]  # 199.99 < 200: not due
