from datetime import date

import pytest

from govcheck.checks.consistency import ConsistencyParams, evaluate as consistency
from govcheck.model import NotEvaluated, Passed, Violation

from .conftest import make_ctx


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


def test_needs_exactly_one_form():
    with pytest.raises(ValueError):
        ConsistencyParams()
    with pytest.raises(ValueError):
        ConsistencyParams(expect={"fact": "a", "eq": 1}, order=["x", "y"])
