import pytest

from govcheck.checks.count import CountParams, evaluate
from govcheck.model import NotEvaluated, Passed, Violation

from .conftest import make_ctx

SHARE = CountParams(count={"fact": "om_evaluation_report_count"}, of={"fact": "om_vendor_count"},
                    at_least="2/3")


@pytest.mark.parametrize("count,total,ok", [(2, 3, True), (4, 6, True), (3, 5, False), (7, 9, True),
                                            (6, 9, True), (5, 9, False)])
def test_two_thirds_is_exact_and_inclusive(count, total, ok):
    out = evaluate(SHARE, make_ctx({"om_evaluation_report_count": count, "om_vendor_count": total}))
    assert isinstance(out[0], Passed) is ok


def test_a_plain_count_at_least():
    p = CountParams(count={"fact": "om_vendor_count"}, at_least=5)
    assert isinstance(evaluate(p, make_ctx({"om_vendor_count": 5}))[0], Passed)
    (v,) = evaluate(p, make_ctx({"om_vendor_count": 4}))
    assert isinstance(v, Violation) and v.message_vars == {"count": "4", "of": "", "share": "", "limit": "5"}


def test_unknown_or_zero_total_is_not_evaluated():
    assert isinstance(evaluate(SHARE, make_ctx({"om_vendor_count": 3}))[0], NotEvaluated)
    out = evaluate(SHARE, make_ctx({"om_evaluation_report_count": 0, "om_vendor_count": 0}))
    assert isinstance(out[0], NotEvaluated)


def test_a_limit_must_be_a_number_or_fraction():
    with pytest.raises(ValueError):
        CountParams(count=1, at_least="two thirds")
    with pytest.raises(ValueError):
        CountParams(count=1)
