from govcheck.checks.materials import MaterialsParams, evaluate
from govcheck.model import Passed, Violation

from .conftest import make_ctx, words


def test_each_missing_kind_is_one_violation():
    p = MaterialsParams(requires=["audit_report", "financial_report", "construction_summary"])
    out = evaluate(p, make_ctx(kinds=["financial_report"]))
    assert [v.material for v in out] == ["audit_report", "construction_summary"]
    assert all(isinstance(v, Violation) for v in out)


def test_all_present_passes():
    p = MaterialsParams(requires=["audit_report"])
    assert isinstance(evaluate(p, make_ctx(kinds=["audit_report"]))[0], Passed)


def test_any_of_needs_just_one():
    p = MaterialsParams(requires=["feasibility_study_report", "construction_plan_proposal"], any_of=True)
    assert isinstance(evaluate(p, make_ctx(kinds=["construction_plan_proposal"]))[0], Passed)
    (v,) = evaluate(p, make_ctx())
    assert isinstance(v, Violation) and "/" in words(v.message_vars["material_name"])


# --------------------------------------------------------------------------- qualified / required_when

import pytest  # noqa: E402
from pydantic import ValidationError  # noqa: E402

from govcheck.model import NotEvaluated  # noqa: E402

from .conftest import doc  # noqa: E402

GOV = {"leadership_approval": {"issued_by": ["市人民政府"], "about": ["负面清单"]}}


def test_a_qualified_kind_counts_only_from_the_named_body_and_subject():
    p = MaterialsParams(requires=["leadership_approval"], qualified=GOV)
    right = doc("leadership_approval", "同意列入。", "高平市人民政府", "2025年10月9日",
                headings=("高平市人民政府关于XX系统列入负面清单的批复",))
    wrong_subject = doc("leadership_approval", "同意实施。", "高平市人民政府", "2025年12月26日",
                        headings=("高平市人民政府关于同意实施XX项目的函",))
    wrong_body = doc("leadership_approval", "同意。", "高平市人民政府办公室", "2025年10月9日",
                     headings=("关于XX系统列入负面清单的复函",))
    assert isinstance(evaluate(p, make_ctx(docs=[right]))[0], Passed)
    (v,) = evaluate(p, make_ctx(docs=[wrong_subject]))
    assert isinstance(v, Violation) and "不是关于负面清单" in words(v.note)
    (v,) = evaluate(p, make_ctx(docs=[wrong_body]))
    assert isinstance(v, Violation) and "发文机关为高平市人民政府办公室" in words(v.note)


def test_an_unreadable_issuer_is_not_evaluated():
    p = MaterialsParams(requires=["leadership_approval"], qualified=GOV)
    unsigned = doc("leadership_approval", "同意。", headings=("关于XX系统列入负面清单的批复",))
    (v,) = evaluate(p, make_ctx(docs=[unsigned]))
    assert isinstance(v, NotEvaluated) and "发文机关" in words(v.reason)


def test_required_when_follows_its_condition():
    p = MaterialsParams(requires=["feasibility_study_report", "preliminary_design"],
                        required_when={"preliminary_design": {"fact": "approval_step", "in": ["初步设计概算", "合并"]}})
    assert isinstance(evaluate(p, make_ctx({"approval_step": "可研"}, kinds=["feasibility_study_report"]))[0], Passed)
    (v,) = evaluate(p, make_ctx({"approval_step": "合并"}, kinds=["feasibility_study_report"]))
    assert isinstance(v, Violation) and v.material == "preliminary_design"
    (v,) = evaluate(p, make_ctx(kinds=["feasibility_study_report"]))
    assert isinstance(v, NotEvaluated) and v.facts == ["approval_step"]


@pytest.mark.parametrize("params", [
    {"requires": ["leadership_approval"], "qualified": {"leadership_approval": {}}},
    {"requires": ["feasibility_study_report"], "required_when": {"preliminary_design": {"fact": "approval_step", "eq": "可研"}}},
])
def test_bad_qualifiers_are_pack_errors(params):
    with pytest.raises(ValidationError):
        MaterialsParams.model_validate(params)
