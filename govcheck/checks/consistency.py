"""consistency: facts (or dates) must agree with each other.

    params:
      expect: {fact: adjusted_total_investment, le: {fact: approved_budget_total}}
      # or, for dates that must be in order (earlier first; unknown ones are skipped):
      order: [approval_date, contract_sign_date, preliminary_acceptance_date, acceptance_date]

A comparison with an unknown side is not_evaluated; an order needs at least two known dates.
"""

from __future__ import annotations

from typing import Any

from pydantic import model_validator

from ..message import FactName, joined, phrase
from ..model import NotEvaluated, Passed, Verdict, Violation
from ..packs.describe import condition_text
from ..packs.expressions import check_condition_shape
from ..vocabulary import fact_name
from .base import CheckContext, CheckKind, Params, required_in
from .expect import expectation


class ConsistencyParams(Params):
    expect: dict[str, Any] | None = None
    order: list[str] | None = None

    @model_validator(mode="after")
    def _one(self) -> "ConsistencyParams":
        if (self.expect is None) == (self.order is None):
            raise ValueError("consistency takes exactly one of expect / order")
        if self.expect is not None:
            check_condition_shape(self.expect, "expect")
        return self


def evaluate(p: ConsistencyParams, ctx: CheckContext) -> list[Verdict]:
    if p.expect is not None:
        return expectation(p.expect, ctx)
    known = [(f, ctx.value(f)) for f in p.order or [] if ctx.value(f) is not None]
    if len(known) < 2:
        missing = [f for f in p.order or [] if ctx.value(f) is None]
        return [NotEvaluated(reason=phrase("dates_few", facts=joined(missing, "comma")), facts=missing)]
    out: list[Verdict] = []
    for (a, da), (b, db) in zip(known, known[1:]):
        if da > db:
            out.append(Violation(
                message_vars={"first": FactName(a), "first_date": da.isoformat(),
                              "second": FactName(b), "second_date": db.isoformat()},
                fact=b, location=ctx.facts[b].source))
    return out or [Passed()]


def describe(p: ConsistencyParams, lang: str) -> str:
    if p.order:
        return " ≤ ".join(fact_name(f, lang) for f in p.order)
    return condition_text(p.expect, lang)


KIND = CheckKind(
    "consistency", ConsistencyParams, evaluate, describe,
    params_doc="`expect: COND` or `order: [date facts, earliest first]`",
    placeholders=("actual", "first", "first_date", "second", "second_date"),
    refs={"expect": "condition", "order": "facts"},
    due_materials=lambda p: required_in(p.expect) if p.expect else [],
)
