"""Calendar months and official working days (法定工作日, with 调休 make-up days).

Working days come from the State Council holiday schedule as shipped in the chinese-calendar
package (offline data). A year it does not cover is never silently judged on plain weekdays:
the result names the uncovered years and the check says what it assumed.

chinese_calendar is imported inside the functions that use it (start-up time): only deadline
rules counting 工作日 need it.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta


def add_months(d: date, months: int) -> date:
    """Calendar months; the 31st + 1 month is the last day of the next month (半年 = 6 months)."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    day = min(d.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def add_years(d: date, years: int) -> date:
    return add_months(d, 12 * years)


@dataclass(frozen=True)
class WorkdayResult:
    day: date
    uncovered_years: tuple[int, ...]  # years outside the official calendar (weekdays assumed)


def _is_workday(d: date) -> tuple[bool, bool]:
    """(is a working day, known from the official calendar)."""
    import chinese_calendar

    try:
        return chinese_calendar.is_workday(d), True
    except NotImplementedError:
        return d.weekday() < 5, False


def add_working_days(start: date, n: int) -> WorkdayResult:
    """The n-th working day after ``start`` (start itself not counted), e.g. 5个工作日内."""
    d = start
    counted = 0
    uncovered: set[int] = set()
    while counted < n:
        d += timedelta(days=1)
        workday, known = _is_workday(d)
        if not known:
            uncovered.add(d.year)
        if workday:
            counted += 1
    return WorkdayResult(d, tuple(sorted(uncovered)))


def calendar_years() -> tuple[int, int]:
    """First and last year the shipped holiday calendar covers."""
    import chinese_calendar

    years = sorted({d.year for d in chinese_calendar.holidays})
    return years[0], years[-1]
