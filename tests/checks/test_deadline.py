from datetime import date

import pytest

from govcheck.checks.deadline import DeadlineParams, evaluate
from govcheck.model import NotEvaluated, Passed, Violation

from .conftest import make_ctx, words

SIX_MONTHS = {"from": {"latest": [{"fact": "preliminary_acceptance_date"}, {"fact": "trial_run_stable_date"}]},
              "add": {"months": 6}}


@pytest.mark.parametrize("applied,ok", [(date(2026, 2, 28), True), (date(2026, 3, 1), False)])
def test_six_calendar_months_from_month_end(applied, ok):
    p = DeadlineParams(date={"fact": "acceptance_application_date"}, not_later_than=SIX_MONTHS)
    out = evaluate(p, make_ctx({"preliminary_acceptance_date": date(2025, 8, 31),
                                "trial_run_stable_date": date(2025, 6, 1),
                                "acceptance_application_date": applied}))
    assert isinstance(out[0], Passed) is ok


def test_missing_event_judged_on_as_of_when_asked():
    p = DeadlineParams(date={"fact": "acceptance_application_date"}, if_missing="as_of", not_later_than=SIX_MONTHS)
    facts = {"preliminary_acceptance_date": date(2025, 1, 10), "trial_run_stable_date": date(2025, 1, 10)}
    (v,) = evaluate(p, make_ctx(facts, as_of=date(2025, 7, 11)))
    assert isinstance(v, Violation) and v.message_vars["deadline"] == "2025-07-10"
    assert isinstance(evaluate(p, make_ctx(facts, as_of=date(2025, 7, 10)))[0], Passed)
    p2 = DeadlineParams(date={"fact": "acceptance_application_date"}, not_later_than=SIX_MONTHS)
    assert isinstance(evaluate(p2, make_ctx(facts))[0], NotEvaluated)


WINDOW = dict(date={"fact": "self_evaluation_date"},
              not_later_than={"from": {"fact": "acceptance_date"}, "add": {"months": 24}},
              not_earlier_than={"from": {"fact": "acceptance_date"}, "add": {"months": 12}, "severity": "warning"})


@pytest.mark.parametrize("when,outcome", [
    (date(2025, 3, 14), "warning"), (date(2025, 3, 15), "pass"), (date(2026, 3, 15), "pass"),
    (date(2026, 3, 16), "error"),
])
def test_twelve_to_twenty_four_month_window(when, outcome):
    p = DeadlineParams(**WINDOW)
    (v,) = evaluate(p, make_ctx({"acceptance_date": date(2024, 3, 15), "self_evaluation_date": when}))
    if outcome == "pass":
        assert isinstance(v, Passed)
    else:
        assert isinstance(v, Violation) and (v.severity or "error") == outcome


@pytest.mark.parametrize("filed,ok", [(date(2024, 10, 10), True), (date(2024, 10, 11), False)])
def test_working_days_across_national_day_with_make_up_sunday(filed, ok):
    # 2024-09-29 (Sunday) was a make-up working day; 10-01..10-07 holidays.
    p = DeadlineParams(date={"fact": "contract_filing_date"},
                       not_later_than={"from": {"fact": "contract_sign_date"}, "add": {"working_days": 5}})
    out = evaluate(p, make_ctx({"contract_sign_date": date(2024, 9, 27), "contract_filing_date": filed}))
    assert isinstance(out[0], Passed) is ok


def test_year_outside_the_calendar_says_what_it_assumed():
    p = DeadlineParams(date={"fact": "contract_filing_date"},
                       not_later_than={"from": {"fact": "contract_sign_date"}, "add": {"working_days": 5}})
    (ok,) = evaluate(p, make_ctx({"contract_sign_date": date(2031, 3, 3), "contract_filing_date": date(2031, 3, 5)}))
    assert isinstance(ok, Passed) and ok.note and "2031" in words(ok.note)
    (late,) = evaluate(p, make_ctx({"contract_sign_date": date(2031, 3, 3), "contract_filing_date": date(2031, 3, 20)}))
    assert isinstance(late, Violation) and "2031" in words(late.note) and "周一至周五" in words(late.note)


@pytest.mark.parametrize("applied,ok", [(date(2025, 7, 31), True), (date(2025, 8, 1), False)])
def test_day_of_previous_year(applied, ok):
    p = DeadlineParams(date={"fact": "application_date"}, not_later_than={
        "from": {"year_date": {"year": {"sub": [{"fact": "plan_year"}, 1]}, "month": 7, "day": 31}}})
    out = evaluate(p, make_ctx({"plan_year": 2026, "application_date": applied}))
    assert isinstance(out[0], Passed) is ok


@pytest.mark.parametrize("applied,ok", [(date(2025, 12, 31), True), (date(2026, 1, 1), False), (date(2024, 12, 31), False)])
def test_in_year(applied, ok):
    p = DeadlineParams(date={"fact": "application_date"},
                       in_year={"sub": [{"year_of": {"fact": "free_om_end_date"}}, 1]})
    out = evaluate(p, make_ctx({"free_om_end_date": date(2026, 6, 30), "application_date": applied}))
    assert isinstance(out[0], Passed) is ok
