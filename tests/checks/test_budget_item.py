from decimal import Decimal

from govcheck.checks.budget_item import BudgetItemParams, evaluate
from govcheck.model import BudgetLine, NotEvaluated, Passed, Source, Violation

from .conftest import make_ctx


def line(item, amount, note=""):
    return BudgetLine(label=item, amount=Decimal(str(amount)), source=Source("budget_estimate.docx", "Sheet1!E9"),
                      item=item, note=note)


def test_line_present_passes_and_absent_fails():
    p = BudgetItemParams(item="acceptance_fee")
    assert isinstance(evaluate(p, make_ctx(kinds=["budget_estimate"], lines=[line("acceptance_fee", 3)]))[0], Passed)
    (v,) = evaluate(p, make_ctx(kinds=["budget_estimate"], lines=[line("om_fee", 3)]))
    assert isinstance(v, Violation) and v.budget_item == "acceptance_fee"


def test_zero_needs_a_note_when_positive_required():
    p = BudgetItemParams(item="software_testing_fee", positive=True)
    ctx = make_ctx(kinds=["budget_estimate"], lines=[line("software_testing_fee", 0, "不涉及")])
    assert isinstance(evaluate(p, ctx)[0], Passed)
    ctx = make_ctx(kinds=["budget_estimate"], lines=[line("software_testing_fee", 0)])
    assert isinstance(evaluate(p, ctx)[0], Violation)


def test_no_budget_sheet_is_not_evaluated():
    assert isinstance(evaluate(BudgetItemParams(item="om_fee"), make_ctx())[0], NotEvaluated)
