import pytest

from govcheck.checks.ratio import RatioParams, evaluate
from govcheck.model import NotEvaluated, Passed, Violation

from .conftest import make_ctx, words

ADJ = {"max": [{"fact": "adjustment_increase"},
               {"sub": [{"fact": "adjustment_decrease"}, {"fact": "procurement_savings", "default": 0}]}]}


@pytest.mark.parametrize("increase,ok", [(150, True), (150.1, False)])
def test_fifteen_percent_is_inclusive(increase, ok):
    p = RatioParams(value=ADJ, base={"fact": "approved_budget_total"}, max=0.15)
    out = evaluate(p, make_ctx({"adjustment_increase": increase, "adjustment_decrease": 10,
                                "approved_budget_total": 1000}))
    assert isinstance(out[0], Passed) is ok


def test_savings_are_subtracted_from_the_decrease():
    p = RatioParams(value=ADJ, base={"fact": "approved_budget_total"}, max=0.15)
    facts = {"adjustment_increase": 0, "adjustment_decrease": 155, "approved_budget_total": 1000}
    assert isinstance(evaluate(p, make_ctx(facts))[0], Violation)
    assert isinstance(evaluate(p, make_ctx({**facts, "procurement_savings": 10}))[0], Passed)


def test_message_values():
    p = RatioParams(value={"fact": "new_content_investment"}, base={"fact": "approved_budget_total"}, max=0.05)
    (v,) = evaluate(p, make_ctx({"new_content_investment": 50.1, "approved_budget_total": 1000}))
    assert v.message_vars["ratio"] == "5.01%" and v.message_vars["limit"] == "5%"


@pytest.mark.parametrize("amount,ok", [(200, True), (200.01, False)])
def test_absolute_limit(amount, ok):
    p = RatioParams(value={"fact": "new_content_investment"}, max=200)
    assert isinstance(evaluate(p, make_ctx({"new_content_investment": amount}))[0], Passed) is ok


def test_unknown_and_zero_base():
    p = RatioParams(value={"fact": "a_x"}, base={"fact": "approved_budget_total"}, max=0.1)
    (v,) = evaluate(p, make_ctx({"approved_budget_total": 10}))
    assert isinstance(v, NotEvaluated) and v.facts == ["a_x"]
    p = RatioParams(value=5, base={"fact": "approved_budget_total"}, max=0.1)
    (v,) = evaluate(p, make_ctx({"approved_budget_total": 0}))
    assert isinstance(v, NotEvaluated) and "0" in words(v.reason)
