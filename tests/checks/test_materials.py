from govcheck.checks.materials import MaterialsParams, evaluate
from govcheck.model import Passed, Violation

from .conftest import make_ctx


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
    assert isinstance(v, Violation) and "/" in v.message_vars["material_name"]
