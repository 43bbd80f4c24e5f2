"""count: a number of things, or a share of them, within a limit (评审专家不少于5人; 2/3 of the
review panel from the expert pool).

    params:
      count: {fact: review_panel_pool_experts}   # a value expression (a count fact)
      of: {fact: review_panel_size}              # optional: then the limit is a share of it
      at_least: 2/3          # a count, or with `of` a share: 0.5, "2/3" (exact fractions)
      # at_most: ...
      fact: review_panel_pool_experts            # the fact the finding is about

Shares are compared exactly (2 of 3 is 2/3, and 2/3 ≥ 2/3 passes; 0.6667 would not be 2/3).
An unknown count or total goes to not_evaluated naming the facts; a total of 0 cannot be decided.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from pydantic import field_validator, model_validator

from ..message import joined, phrase
from ..model import NotEvaluated, Passed, Verdict, Violation
from ..values import money_str
from ..packs.describe import expr_text
from ..packs.expressions import evaluate as value_of, facts_in, merge_unknown
from .base import CheckContext, CheckKind, Params, not_decided


def _fraction(v: Any) -> Fraction:
    if isinstance(v, str) and "/" in v:
        num, den = v.split("/", 1)
        return Fraction(int(num.strip()), int(den.strip()))
    return Fraction(str(v))


class CountParams(Params):
    count: Any
    of: Any = None
    at_least: Any = None
    at_most: Any = None
    fact: str | None = None

    @field_validator("at_least", "at_most")
    @classmethod
    def _number(cls, v: Any) -> Any:
        if v is not None:
            try:
                _fraction(v)
            except (ValueError, ZeroDivisionError):
                raise ValueError(f"'{v}' is not a number or a fraction like 2/3") from None
        return v

    @model_validator(mode="after")
    def _limit(self) -> "CountParams":
        if self.at_least is None and self.at_most is None:
            raise ValueError("count needs at_least or at_most")
        return self


def _show(x: Fraction, share: bool) -> str:
    if share:
        if x.denominator in (1, 2, 4, 5, 10, 20, 25, 50, 100):
            return money_str(float(x) * 100) + "%"
        return f"{x.numerator}/{x.denominator}"
    return str(x.numerator) if x.denominator == 1 else money_str(float(x))


def evaluate(p: CountParams, ctx: CheckContext) -> list[Verdict]:
    count = value_of(p.count, ctx)
    total = value_of(p.of, ctx) if p.of is not None else None
    missing = merge_unknown([count, total])
    if missing:
        return [not_decided(missing)]
    n = Fraction(str(count))
    share = total is not None
    if share:
        t = Fraction(str(total))
        if t == 0:
            facts = sorted(facts_in(p.of))
            return [NotEvaluated(reason=phrase("zero_base", facts=joined(facts, "comma")), facts=facts)]
        measured = n / t
    else:
        measured = n
    low = _fraction(p.at_least) if p.at_least is not None else None
    high = _fraction(p.at_most) if p.at_most is not None else None
    variables = {"count": _show(n, False), "of": _show(Fraction(str(total)), False) if share else "",
                 "share": _show(measured, True) if share else "",
                 "limit": _show(low if low is not None else high, share)}  # type: ignore[arg-type]
    if (low is not None and measured < low) or (high is not None and measured > high):
        return [Violation(message_vars=variables, fact=p.fact)]
    return [Passed()]


def describe(p: CountParams, lang: str) -> str:
    share = p.of is not None
    left = expr_text(p.count, lang) + (f" ÷ {expr_text(p.of, lang)}" if share else "")
    bits = []
    if p.at_least is not None:
        bits.append(f"{left} ≥ {_show(_fraction(p.at_least), share)}")
    if p.at_most is not None:
        bits.append(f"{left} ≤ {_show(_fraction(p.at_most), share)}")
    return "; ".join(bits)


KIND = CheckKind(
    "count", CountParams, evaluate, describe,
    params_doc="`count: EXPR`, `of: EXPR` (then a share), `at_least:` / `at_most:` "
               "(a count, or a share: 0.5, \"2/3\"), `fact:`",
    placeholders=("count", "of", "share", "limit"),
    refs={"count": "expr", "of": "expr", "fact": "fact"},
)
