"""tier: inside an amount band (or a band defined by a condition), materials or a fact value are due.

    params:
      amount: total_investment                      # a money fact
      at_or_above: {by: admin_level, values: {市本级: 80, 旗县市区: 60}}   # "及以上/(含)以上" → ≥
      # or below: 80                                # the paired "以下" → <
      requires: [feasibility_study_report]         # due inside the band
    or, for a band that is not a single threshold:
      band: {all: [{fact: total_investment, le: 80}, ...]}
      expect: {fact: project_type, in_band: 运维服务类, out_of_band: 建设类}

Outside the band the rule passes (another rule covers the other band). An amount or threshold
that cannot be known sends the rule to not_evaluated naming the facts.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pydantic import model_validator

from ..model import Passed, Verdict, Violation
from ..packs.describe import condition_text, expr_text
from ..packs.expressions import check_condition_shape, evaluate as value_of, holds, is_unknown
from ..values import money_str
from ..vocabulary import document_name, fact_name
from .base import CheckContext, CheckKind, Params, not_decided
from .materials import check_required_when, material_text, missing_materials
from .qualify import Qualifier


class Expect(Params):
    fact: str
    in_band: Any
    out_of_band: Any = None


class TierParams(Params):
    amount: str | None = None
    at_or_above: Any = None
    below: Any = None
    band: dict[str, Any] | None = None
    requires: list[str] = []
    any_of: bool = False
    qualified: dict[str, Qualifier] = {}  # as in materials: the named body / subject
    required_when: dict[str, dict[str, Any]] = {}  # as in materials: a kind due under a condition
    expect: Expect | None = None

    @model_validator(mode="after")
    def _one_band(self) -> "TierParams":
        thresholds = (self.at_or_above is not None) + (self.below is not None)
        if self.band is not None:
            check_condition_shape(self.band, "band")
            if thresholds or self.amount:
                raise ValueError("give either band or amount with at_or_above/below, not both")
        elif not self.amount or thresholds != 1:
            raise ValueError("tier needs amount and exactly one of at_or_above / below (or band)")
        if not self.requires and self.expect is None:
            raise ValueError("tier needs requires (materials) or expect (a fact value)")
        check_required_when(self.requires, self.required_when)
        return self


def in_band(p: TierParams, ctx: CheckContext) -> tuple[Any, dict[str, Any]]:
    """(True/False/Unknown, message values): whether the dossier falls in the rule's band."""
    if p.band is not None:
        return holds(p.band, ctx), {}
    amount = value_of({"fact": p.amount}, ctx)
    spec = p.at_or_above if p.at_or_above is not None else p.below
    threshold = value_of(spec, ctx)
    if is_unknown(threshold) and not is_unknown(amount):
        decided = _same_for_every_threshold(p, Decimal(amount), spec)
        if decided is not None:
            return decided
    for v in (amount, threshold):
        if is_unknown(v):
            return v, {}
    amount, threshold = Decimal(amount), Decimal(threshold)
    inside = amount >= threshold if p.at_or_above is not None else amount < threshold
    return inside, {"amount": money_str(amount), "threshold": money_str(threshold)}


def _same_for_every_threshold(p: TierParams, amount: Decimal, spec: Any) -> tuple[bool, dict] | None:
    """When the threshold depends on an unknown fact ({by: admin_level, values: {市本级: 80,
    旗县市区: 60}}) but the amount falls on the same side of every threshold it could be (100 ≥
    80 and ≥ 60), the band is decided all the same."""
    if not isinstance(spec, dict) or not isinstance(spec.get("values"), dict) or not spec["values"]:
        return None
    try:
        limits = sorted({Decimal(str(v)) for v in spec["values"].values()})
    except Exception:
        return None
    sides = {amount >= t if p.at_or_above is not None else amount < t for t in limits}
    if len(sides) != 1:
        return None
    shown = "/".join(money_str(t) for t in limits)
    return sides.pop(), {"amount": money_str(amount), "threshold": shown}


def evaluate(p: TierParams, ctx: CheckContext) -> list[Verdict]:
    inside, variables = in_band(p, ctx)
    if is_unknown(inside):
        return [not_decided(inside)]
    out: list[Verdict] = []
    if inside and p.requires:
        for v in missing_materials(p.requires, p.any_of, ctx, p.qualified,
                                    p.required_when):
            if isinstance(v, Violation):
                v.message_vars.update(variables)
            out.append(v)
    if p.expect is not None:
        wanted = p.expect.in_band if inside else p.expect.out_of_band
        if wanted is not None:
            actual = ctx.value(p.expect.fact)
            if actual is None:
                out.append(not_decided(value_of({"fact": p.expect.fact}, ctx)))
            elif actual != wanted:
                vars_ = dict(variables, expected=wanted, actual=actual)
                out.append(Violation(message_vars=vars_, fact=p.expect.fact))
    return [v for v in out if not isinstance(v, Passed)] or [Passed()]


def describe(p: TierParams, lang: str) -> str:
    parts = []
    if p.amount:
        if p.at_or_above is not None:
            parts.append(f"{fact_name(p.amount, lang)} ≥ {_num(p.at_or_above)}")
        else:
            parts.append(f"{fact_name(p.amount, lang)} < {_num(p.below)}")
    else:
        parts.append(("band: " if lang == "en" else "条件：") + _cond(p.band, lang))
    if p.requires:
        names = ("、" if lang != "en" else "; ").join(
            material_text(k, p.qualified, p.required_when, lang) for k in p.requires)
        parts.append(("requires " if lang == "en" else "须提交 ") + names)
    if p.expect is not None:
        parts.append(
            f"{fact_name(p.expect.fact, lang)} = {expr_text(p.expect.in_band, lang)}"
            + (f" (else {expr_text(p.expect.out_of_band, lang)})" if p.expect.out_of_band is not None else "")
        )
    return "; ".join(parts)


def _num(v: Any) -> str:
    if isinstance(v, dict) and "by" in v:
        return " / ".join(f"{k} {money_str(x)}万元" for k, x in v["values"].items())
    if isinstance(v, (int, float, Decimal)):
        return f"{money_str(v)}万元"
    return str(v)


def _cond(c: Any, lang: str = "zh") -> str:
    return condition_text(c, lang)


KIND = CheckKind(
    "tier", TierParams, evaluate, describe,
    params_doc="`amount: fact`, `at_or_above: EXPR` or `below: EXPR`, or `band: COND`; "
               "`requires: [kind…]` (with `qualified` / `required_when` as in materials) and/or "
               "`expect: {fact, in_band, out_of_band}`",
    placeholders=("amount", "threshold", "material_name", "expected", "actual"),
    refs={"amount": "fact", "at_or_above": "expr", "below": "expr", "band": "condition",
          "requires": "materials", "expect.fact": "fact"},
    due_materials=lambda p: list(p.requires),
    in_band=lambda p, ctx: in_band(p, ctx)[0],
)
