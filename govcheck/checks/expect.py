"""The expectation check: a condition over facts that must hold.

One implementation for the two kinds that offer it (``fact`` with ``expect:`` and
``consistency`` with ``expect:``): an unknown side sends the rule to not_evaluated; a failure
carries every fact's value for the message (``{actual}`` and one placeholder per fact).
"""

from __future__ import annotations

from typing import Any

from ..message import FactName, Joined, phrase
from ..model import Passed, Verdict, Violation
from ..packs.expressions import facts_in, holds, is_unknown
from .base import CheckContext, not_decided


def expectation(cond: dict[str, Any], ctx: CheckContext) -> list[Verdict]:
    result = holds(cond, ctx)
    if is_unknown(result):
        return [not_decided(result)]
    if result:
        return [Passed()]
    facts = sorted(facts_in(cond))
    vars_: dict[str, Any] = {f: phrase("unknown") if ctx.value(f) is None else ctx.value(f) for f in facts}
    # {actual}: 总投资=70，建设周期=12 (every fact of the condition with its value)
    vars_["actual"] = Joined(tuple(phrase("fact_is", fact=FactName(f), value=vars_[f]) for f in facts),
                             "actual")
    src = ctx.facts.get(facts[0]).source if facts and ctx.facts.get(facts[0]) else None
    return [Violation(message_vars=vars_, fact=facts[0] if facts else None, location=src)]
