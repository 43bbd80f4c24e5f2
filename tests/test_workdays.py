from datetime import date

import pytest

from govcheck.workdays import add_months, add_working_days


@pytest.mark.parametrize("start,months,end", [
    (date(2025, 8, 31), 6, date(2026, 2, 28)), (date(2023, 8, 31), 6, date(2024, 2, 29)),
    (date(2025, 1, 15), 6, date(2025, 7, 15)), (date(2024, 3, 15), 24, date(2026, 3, 15)),
    (date(2025, 12, 31), 1, date(2026, 1, 31)),
])
def test_calendar_months(start, months, end):
    assert add_months(start, months) == end


def test_working_days_count_make_up_days_and_skip_holidays():
    r = add_working_days(date(2024, 9, 27), 5)
    assert r.day == date(2024, 10, 10) and r.uncovered_years == ()


def test_spring_festival():
    # 2025-01-28..02-04 holidays; 01-26 (Sun) and 02-08 (Sat) make-up working days
    assert add_working_days(date(2025, 1, 24), 1).day == date(2025, 1, 26)
    assert add_working_days(date(2025, 1, 27), 1).day == date(2025, 2, 5)


def test_uncovered_year_is_reported():
    r = add_working_days(date(2030, 12, 27), 3)
    assert 2031 in r.uncovered_years or 2030 in r.uncovered_years
