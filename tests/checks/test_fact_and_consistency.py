from datetime import date

import pytest

from govcheck.checks.consistency import ConsistencyParams, evaluate as consistency
from govcheck.checks.fact import FactParams, evaluate as fact
from govcheck.model import NotEvaluated, Passed, Violation

from .conftest import make_ctx


def test_expect_condition():
    p = FactParams(expect={"fact": "in_project_library", "is": True})
    assert isinstance(fact(p, make_ctx({"in_project_library": True}))[0], Passed)
    (v,) = fact(p, make_ctx({"in_project_library": False}))
    assert isinstance(v, Violation) and v.fact == "in_project_library"
    assert isinstance(fact(p, make_ctx())[0], NotEvaluated)


def test_stated_fact_absence_is_the_violation():
    p = FactParams(stated="project_code")
    assert isinstance(fact(p, make_ctx())[0], Violation)
    assert isinstance(fact(p, make_ctx({"project_code": "2025-150502-65-01-000123"}))[0], Passed)


@pytest.mark.parametrize("adjusted,ok", [(1000, True), (1000.01, False)])
def test_compare_two_facts(adjusted, ok):
    p = ConsistencyParams(expect={"fact": "adjusted_total_investment", "le": {"fact": "approved_budget_total"}})
    out = consistency(p, make_ctx({"adjusted_total_investment": adjusted, "approved_budget_total": 1000}))
    assert isinstance(out[0], Passed) is ok


def test_dates_in_order_skip_unknown():
    p = ConsistencyParams(order=["approval_date", "contract_sign_date", "acceptance_date"])
    ok = make_ctx({"approval_date": date(2025, 1, 1), "acceptance_date": date(2025, 9, 1)})
    assert isinstance(consistency(p, ok)[0], Passed)
    bad = make_ctx({"approval_date": date(2025, 3, 1), "contract_sign_date": date(2025, 2, 1)})
    (v,) = consistency(p, bad)
    assert isinstance(v, Violation) and v.fact == "contract_sign_date"
    assert isinstance(consistency(p, make_ctx({"approval_date": date(2025, 3, 1)}))[0], NotEvaluated)
