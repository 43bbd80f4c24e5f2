"""Rule cases generated from named parameters: every threshold a rule takes from a parameter is
tried on both sides of its boundary (a tier's amount at the threshold and 0.01 below; a deadline
on its last day and the day after; a ratio at its limit and just above) — in addition to the
hand-written cases of tests/rules/cases/."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Iterator

import pytest

from govcheck.checks.base import CheckContext
from govcheck.checks.engine import in_force
from govcheck.checks.registry import CHECK_KINDS
from govcheck.model import Passed, ResolvedFact, Source, Violation
from govcheck.packs.expressions import facts_in
from govcheck.packs.load import load_pack, pack_ids
from govcheck.packs.parameters import is_ref
from govcheck.packs.vocabulary_ext import active

DAY = date(2025, 3, 3)  # a Monday far from holidays
AS_OF = date(2030, 1, 1)


def _ctx(values: dict[str, Any]) -> CheckContext:
    facts = {k: ResolvedFact(k, v, Source("govcheck.yaml", f"facts.{k}"), "manifest") for k, v in values.items()}
    return CheckContext(facts=facts, documents=[], as_of=AS_OF)


def _thresholds(node: Any) -> Iterator[tuple[dict[str, Any], Any]]:
    """({by-fact: key} or {}, the parameter reference) for a threshold expression."""
    if is_ref(node):
        yield {}, node
    elif isinstance(node, dict) and "by" in node:
        for key, v in node["values"].items():
            if is_ref(v):
                yield {node["by"]: key}, v


def _cases() -> Iterator[Any]:
    for pid in pack_ids():
        pack = load_pack(pid)
        for rule in pack.rules:
            p = rule.params
            if rule.check == "tier" and p.get("amount"):
                side = "at_or_above" if "at_or_above" in p else "below"
                for extra, ref in _thresholds(p[side]):
                    yield pytest.param(pid, rule.id, "tier", side, extra, ref["param"],
                                       id=f"{pid}/{rule.id}/{ref['param']}{''.join(extra.values())}")
            if rule.check == "deadline" and isinstance(p.get("date"), dict) and set(p["date"]) == {"fact"}:
                for side in ("not_later_than", "not_earlier_than"):
                    bound = p.get(side) or {}
                    add = bound.get("add") or {}
                    for unit, v in add.items():
                        if is_ref(v):
                            yield pytest.param(pid, rule.id, "deadline", side, {"unit": unit}, v["param"],
                                               id=f"{pid}/{rule.id}/{side}/{v['param']}")
            # a composite value (a sum of facts) has no single fact to put at the limit: its
            # boundaries are in the hand-written cases (tests/rules/cases), not generated here
            if rule.check == "ratio" and is_ref(p.get("max")) and len(facts_in(p["value"])) == 1 \
                    and len(facts_in(p.get("base"))) <= 1:
                yield pytest.param(pid, rule.id, "ratio", "max", {}, p["max"]["param"],
                                   id=f"{pid}/{rule.id}/{p['max']['param']}")


CASES = list(_cases())


def test_some_boundaries_are_generated():
    assert CASES, "no rule takes a threshold from a named parameter"


@pytest.mark.parametrize("pid, rule_id, kind, side, extra, name", CASES)
def test_both_sides_of_a_parameter(pid, rule_id, kind, side, extra, name):
    pack = load_pack(pid)
    rule = in_force(pack, pack.rule(rule_id), AS_OF)
    value = pack.parameters[name].in_force(AS_OF)
    with active(pack):
        if kind == "tier":
            threshold = Decimal(str(value))
            inside = CHECK_KINDS["tier"].in_band
            at = inside(rule.parsed, _ctx({rule.params["amount"]: threshold, **extra}))
            under = inside(rule.parsed, _ctx({rule.params["amount"]: threshold - Decimal("0.01"), **extra}))
            assert (at, under) == ((True, False) if side == "at_or_above" else (False, True))
        elif kind == "deadline":
            start_facts = sorted(facts_in(rule.params[side]["from"]))
            subject = rule.params["date"]["fact"]
            base = {f: DAY for f in start_facts if f != subject}
            limit = _limit(rule, side, base)
            on, past = (limit, limit + timedelta(days=1)) if side == "not_later_than" else \
                (limit, limit - timedelta(days=1))
            ok = CHECK_KINDS["deadline"].evaluate(rule.parsed, _ctx({**base, subject: on}))
            bad = CHECK_KINDS["deadline"].evaluate(rule.parsed, _ctx({**base, subject: past}))
            assert all(isinstance(v, Passed) for v in ok), (on, ok)
            assert any(isinstance(v, Violation) for v in bad), (past, bad)
        else:  # ratio: value ÷ base at the limit passes, a cent above fails
            value_facts = sorted(facts_in(rule.params["value"]))
            base_facts = sorted(facts_in(rule.params.get("base")))
            base = {base_facts[0]: Decimal(1000)} if base_facts else {}
            at = Decimal(str(value)) * (Decimal(1000) if base_facts else 1)
            ok = CHECK_KINDS["ratio"].evaluate(rule.parsed, _ctx({**base, value_facts[0]: at}))
            bad = CHECK_KINDS["ratio"].evaluate(rule.parsed, _ctx({**base, value_facts[0]: at + Decimal("0.01")}))
            assert isinstance(ok[0], Passed) and isinstance(bad[0], Violation)


def _limit(rule: Any, side: str, facts: dict[str, Any]) -> date:
    from govcheck.checks.deadline import _limit as limit_of

    bound = getattr(rule.parsed, side)
    limit, _, _ = limit_of(bound, _ctx(facts))
    return limit
