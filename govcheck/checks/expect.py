"""The expectation check: a condition over facts that must hold.

One implementation for the two kinds that offer it (``fact`` with ``expect:`` and
``consistency`` with ``expect:``): an unknown side sends the rule to not_evaluated; a failure
carries every fact's value for the message (``{actual}`` and one placeholder per fact).
"""

from __future__ import annotations

from typing import Any

from ..model import Passed, Verdict, Violation
from ..packs.expressions import facts_in, holds, is_unknown
from ..values import plain
from ..vocabulary import fact_name
from .base import CheckContext, not_decided


def expectation(cond: dict[str, Any], ctx: CheckContext) -> list[Verdict]:
    result = holds(cond, ctx)
    if is_unknown(result):
        return [not_decided(result, ctx.lang)]
    if result:
        return [Passed()]
    facts = sorted(facts_in(cond))
    unknown_word = "unknown" if ctx.lang == "en" else "未知"
    vars_ = {f: unknown_word if ctx.value(f) is None else plain(ctx.value(f), ctx.lang) for f in facts}
    sep = ", " if ctx.lang == "en" else "，"
    vars_["actual"] = sep.join(f"{fact_name(f, ctx.lang)}={vars_[f]}" for f in facts)
    src = ctx.facts.get(facts[0]).source if facts and ctx.facts.get(facts[0]) else None
    return [Violation(message_vars=vars_, fact=facts[0] if facts else None, location=src)]
