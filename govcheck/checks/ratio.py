"""ratio: a value, divided by a base (or on its own), within a limit.

    params:
      value: {max: [{fact: adjustment_increase}, {fact: adjustment_decrease}]}
      base: {fact: approved_budget_total}   # omit to compare the value itself (e.g. ≤ 200万元)
      max: 0.15          # "不超过" → inclusive ≤
      # min: ...         # "不低于/不少于" → inclusive ≥
      fact: adjustment_increase              # the fact the finding is about (for the report)

A ratio is compared exactly (Decimal): 15% of 1000万 is 150, and 150.01 fails.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pydantic import model_validator

from ..message import joined, phrase
from ..model import NotEvaluated, Passed, Verdict, Violation
from ..values import money_str
from ..packs.describe import expr_text
from ..packs.expressions import evaluate as value_of, facts_in, merge_unknown
from .base import CheckContext, CheckKind, Params, not_decided


class RatioParams(Params):
    value: Any
    base: Any = None
    max: Decimal | None = None
    min: Decimal | None = None
    fact: str | None = None

    @model_validator(mode="after")
    def _limit(self) -> "RatioParams":
        if self.max is None and self.min is None:
            raise ValueError("ratio needs max or min")
        return self


def _pct(x: Decimal) -> str:
    return money_str((x * 100).quantize(Decimal("0.01"))) + "%"


def evaluate(p: RatioParams, ctx: CheckContext) -> list[Verdict]:
    value = value_of(p.value, ctx)
    base = value_of(p.base, ctx) if p.base is not None else None
    missing = merge_unknown([value, base])
    if missing:
        return [not_decided(missing)]
    value = Decimal(value)
    variables: dict[str, Any] = {"value": money_str(value)}
    if base is not None:
        base = Decimal(base)
        if base == 0:
            facts = sorted(facts_in(p.base))
            return [NotEvaluated(reason=phrase("zero_base", facts=joined(facts, "comma")), facts=facts)]
        measured = value / base
        variables.update(base=money_str(base), ratio=_pct(measured))
        if p.max is not None:
            variables["limit"] = _pct(p.max)
        if p.min is not None:
            variables["limit_min"] = _pct(p.min)
    else:
        measured = value
        if p.max is not None:
            variables["limit"] = money_str(p.max)
        if p.min is not None:
            variables["limit_min"] = money_str(p.min)
    too_high = p.max is not None and measured > p.max
    too_low = p.min is not None and measured < p.min
    if too_high or too_low:
        return [Violation(message_vars=variables, fact=p.fact)]
    return [Passed()]


def describe(p: RatioParams, lang: str) -> str:
    left = expr_text(p.value, lang) + (f" ÷ {expr_text(p.base, lang)}" if p.base is not None else "")
    bits = []
    if p.max is not None:
        bits.append(f"{left} ≤ {_pct(p.max) if p.base is not None else money_str(p.max) + '万元'}")
    if p.min is not None:
        bits.append(f"{left} ≥ {_pct(p.min) if p.base is not None else money_str(p.min) + '万元'}")
    return "; ".join(bits)


KIND = CheckKind(
    "ratio", RatioParams, evaluate, describe,
    params_doc="`value: EXPR`, `base: EXPR` (omit for an absolute limit), `max:` / `min:` "
               "(fraction, e.g. 0.15; or 万元 without base), `fact:`",
    placeholders=("value", "base", "ratio", "limit", "limit_min"),
    refs={"value": "expr", "base": "expr", "fact": "fact"},
)
