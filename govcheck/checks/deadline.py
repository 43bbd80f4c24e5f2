"""deadline: a date within a period counted from another date, or by a day of a year.

    params:
      date: {fact: acceptance_application_date}
      if_missing: as_of       # the event has not happened yet: judge it on --as-of
                              # (default not_evaluated: the rule cannot be decided)
      not_later_than:
        from: {latest: [{fact: preliminary_acceptance_date}, {fact: trial_run_stable_date}]}
        add: {months: 6}      # months | years | days | working_days (法定工作日, 调休 counted)
      not_earlier_than:
        from: {fact: acceptance_date}
        add: {months: 12}
        severity: warning     # a bound may carry its own severity (early vs late)
      in_year: {sub: [{year_of: {fact: free_om_end_date}}, 1]}   # the date's year must be this

Months are calendar months (半年 = 6 months; 1-31 + 1 month = 2-28/29). "N个月内" includes the
last day. Working days use the official calendar; an uncovered year is said, never hidden.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Literal

from pydantic import model_validator

from ..message import Message, joined, phrase
from ..model import Passed, Severity, Verdict, Violation
from ..packs.describe import expr_text
from ..packs.expressions import evaluate as value_of, is_unknown
from ..workdays import add_months, add_working_days
from .base import CheckContext, CheckKind, Params, not_decided


class Period(Params):
    months: int | None = None
    years: int | None = None
    days: int | None = None
    working_days: int | None = None

    @model_validator(mode="after")
    def _one(self) -> "Period":
        if sum(v is not None for v in (self.months, self.years, self.days, self.working_days)) != 1:
            raise ValueError("a period is exactly one of months / years / days / working_days")
        return self

    def text(self, lang: str) -> str:
        if self.months is not None:
            return f"{self.months} months" if lang == "en" else f"{self.months}个月"
        if self.years is not None:
            return f"{self.years} year(s)" if lang == "en" else f"{self.years}年"
        if self.days is not None:
            return f"{self.days} days" if lang == "en" else f"{self.days}日"
        return f"{self.working_days} working days" if lang == "en" else f"{self.working_days}个工作日"


class Bound(Params):
    from_: Any = None
    add: Period | None = None
    severity: Severity | None = None

    model_config = Params.model_config | {"populate_by_name": True}

    @model_validator(mode="before")
    @classmethod
    def _rename_from(cls, data: Any) -> Any:
        if isinstance(data, dict) and "from" in data:
            data = dict(data)
            data["from_"] = data.pop("from")
        return data


class DeadlineParams(Params):
    date: Any
    if_missing: Literal["not_evaluated", "as_of"] = "not_evaluated"
    not_later_than: Bound | None = None
    not_earlier_than: Bound | None = None
    in_year: Any = None
    fact: str | None = None  # the fact the finding is about; default: the date's fact

    @model_validator(mode="after")
    def _some_bound(self) -> "DeadlineParams":
        if self.not_later_than is None and self.not_earlier_than is None and self.in_year is None:
            raise ValueError("deadline needs not_later_than, not_earlier_than or in_year")
        return self


def _limit(bound: Bound, ctx: CheckContext) -> tuple[Any, tuple[int, ...], Any]:
    """(limit date or Unknown, uncovered calendar years, the start date)."""
    start = value_of(bound.from_, ctx)
    if is_unknown(start):
        return start, (), start
    if bound.add is None:
        return start, (), start
    a = bound.add
    if a.months is not None:
        return add_months(start, a.months), (), start
    if a.years is not None:
        return add_months(start, 12 * a.years), (), start
    if a.days is not None:
        return start + timedelta(days=a.days), (), start
    r = add_working_days(start, a.working_days or 0)
    return r.day, r.uncovered_years, start


def _assumption(years: tuple[int, ...], limit: date) -> Message | None:
    if not years:
        return None
    return phrase("calendar_assumed", years=joined((str(y) for y in years), "comma"), limit=limit)


def evaluate(p: DeadlineParams, ctx: CheckContext) -> list[Verdict]:
    when = value_of(p.date, ctx)
    judged_on_as_of = False
    if is_unknown(when):
        if p.if_missing != "as_of":
            return [not_decided(when)]
        when, judged_on_as_of = ctx.as_of, True
    subject = p.fact or (p.date.get("fact") if isinstance(p.date, dict) else None)
    notes: list[Message] = []
    out: list[Verdict] = []
    checks = (("late", p.not_later_than), ("early", p.not_earlier_than))
    for side, bound in checks:
        if bound is None:
            continue
        limit, uncovered, start = _limit(bound, ctx)
        if is_unknown(limit):
            return [not_decided(limit)]
        note = _assumption(uncovered, limit)
        if note:
            notes.append(note)
        broken = when > limit if side == "late" else when < limit
        if judged_on_as_of and side == "early":
            continue  # an event that has not happened cannot be early
        if broken:
            vars_ = {"date": when.isoformat(), "deadline": limit.isoformat(),
                     "start": start.isoformat(), "days": abs((when - limit).days)}
            if judged_on_as_of:
                vars_["date"] = f"{when.isoformat()}（--as-of）"
            out.append(Violation(message_vars=vars_, fact=subject, severity=bound.severity,
                                 note=note))
    if p.in_year is not None:
        year = value_of(p.in_year, ctx)
        if is_unknown(year):
            return [not_decided(year)]
        if when.year != int(Decimal(year)):
            out.append(Violation(message_vars={"date": when.isoformat(), "year": int(year),
                                               "deadline": f"{int(year)}"}, fact=subject))
    if out:
        return out
    return [Passed(note=joined(notes, "semicolon") if notes else None)]


def describe(p: DeadlineParams, lang: str) -> str:
    parts = []
    for label, bound in (("≤", p.not_later_than), ("≥", p.not_earlier_than)):
        if bound is None:
            continue
        s = f"{expr_text(p.date, lang)} {label} {expr_text(bound.from_, lang)}"
        if bound.add is not None:
            s += f" + {bound.add.text(lang)}"
        if bound.severity:
            s += f" ({bound.severity})"
        parts.append(s)
    if p.in_year is not None:
        parts.append(f"year({expr_text(p.date, lang)}) = {expr_text(p.in_year, lang)}")
    return "; ".join(parts)


KIND = CheckKind(
    "deadline", DeadlineParams, evaluate, describe,
    params_doc="`date: EXPR`, `if_missing: not_evaluated\\|as_of`, `not_later_than: {from: EXPR, "
               "add: {months\\|years\\|days\\|working_days: N}, severity?}`, `not_earlier_than: {…}`, "
               "`in_year: EXPR`",
    placeholders=("date", "deadline", "start", "days", "year"),
    refs={"date": "expr", "not_later_than.from": "expr", "not_earlier_than.from": "expr",
          "in_year": "expr", "fact": "fact"},
)
