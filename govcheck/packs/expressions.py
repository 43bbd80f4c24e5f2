"""Values and conditions in rule packs, as structured data — never eval'd strings.

Every evaluation is three-valued: a value, or ``Unknown`` naming the facts that would decide it.
That is how "a rule that applies but can't be decided" reaches ``not_evaluated`` with a reason.

Value expressions (YAML):
    80                               a number (万元 where it is money)
    {fact: total_investment}         a fact's value
    {fact: procurement_savings, default: 0}
    {fact: original_project_investment, times: 0.15}
    {max: [expr, ...]} / {min: [...]} / {add: [...]} / {sub: [a, b]} / {mul: [a, b]}
    {by: admin_level, values: {市本级: 80, 旗县市区: 60}}   a number chosen by a fact's value
    {date: "2024-07-31"}              a literal date
    {year_date: {year: expr, month: 7, day: 31}}             a date built from a year
    {year_of: expr}                   the year of a date
    {latest: [expr, ...]} / {earliest: [...]}                 of dates
    {first: [expr, ...]}              the first one that is known (a declared value, else a
                                      computed fallback)
    {as_of: true}                     the day deadlines are judged on (--as-of)
    {date_add: {from: expr, months: 6}}   a date moved by months / years / days (calendar)

Conditions (YAML):
    {fact: X, eq: V} / ne / in: [..] / not_in / ge / gt / le / lt (operand: value expression)
                                      a list-valued fact (资金来源 with several sources) matches
                                      `eq`/`in` when any element does
    {fact: X, only_in: [..]}          every element of a list fact is in the set
    {value: EXPR, le: EXPR}           the same comparisons on a computed value
    {fact: X, is: true}               boolean fact
    {fact: X, known: true}            the fact is stated (never Unknown)
    {material: kind}                  a document of that kind is in the dossier (also a list: any)
    {material: kind, issued_by: [..], about: [..]}
                                      … one issued by a named body / titled about a subject
                                      (checks.qualify.Qualifier); an unreadable issuer does
                                      not qualify
    {all: [...]} / {any: [...]} / {not: cond}
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Callable, Protocol

from ..workdays import add_months


class FactView(Protocol):
    as_of: date

    def value(self, fact_id: str) -> Any: ...  # None when unknown

    def has_material(self, kind: str) -> bool: ...


@dataclass(frozen=True)
class Unknown:
    facts: frozenset[str]

    def __or__(self, other: "Unknown") -> "Unknown":
        return Unknown(self.facts | other.facts)


def unknown(*facts: str) -> Unknown:
    return Unknown(frozenset(facts))


def is_unknown(v: Any) -> bool:
    return isinstance(v, Unknown)


def merge_unknown(values: list[Any]) -> Unknown | None:
    out: Unknown | None = None
    for v in values:
        if isinstance(v, Unknown):
            out = v if out is None else out | v
    return out


def to_decimal(v: Any) -> Any:
    if isinstance(v, bool) or v is None or isinstance(v, (date, str, Unknown)):
        return v
    if isinstance(v, Decimal):
        return v
    if isinstance(v, (int, float)):
        return Decimal(str(v))
    return v


# --------------------------------------------------------------------------- value expressions

EXPR_KEYS = {"fact", "max", "min", "add", "sub", "mul", "by", "date", "year_date", "year_of",
             "latest", "earliest", "first", "as_of", "date_add"}


def facts_in(expr: Any) -> set[str]:
    """Fact ids an expression or condition reads (for docs and for 'which facts would decide')."""
    found: set[str] = set()
    if isinstance(expr, dict):
        if isinstance(expr.get("fact"), str):
            found.add(expr["fact"])
        if isinstance(expr.get("by"), str):
            found.add(expr["by"])
        for v in expr.values():
            found |= facts_in(v)
    elif isinstance(expr, list):
        for v in expr:
            found |= facts_in(v)
    return found


def evaluate(expr: Any, facts: FactView) -> Any:
    """Value of an expression, or Unknown."""
    if isinstance(expr, bool) or expr is None:
        return expr
    if isinstance(expr, (int, float, Decimal)):
        return to_decimal(expr)
    if isinstance(expr, (str, date)):
        return expr
    if isinstance(expr, list):
        return [evaluate(e, facts) for e in expr]
    if not isinstance(expr, dict):
        raise ValueError(f"not an expression: {expr!r}")
    return _EXPR_OPS[_op_of(expr)](expr, facts)


def _op_of(expr: dict) -> str:
    for key in expr:
        if key in EXPR_KEYS:
            return key
    raise ValueError(f"unknown expression {expr!r}; expected one of {sorted(EXPR_KEYS)}")


def _fact(expr: dict, facts: FactView) -> Any:
    v = facts.value(expr["fact"])
    if v is None:
        if "default" in expr:
            v = to_decimal(expr["default"])
        else:
            return unknown(expr["fact"])
    v = to_decimal(v)
    if "times" in expr:
        v = v * to_decimal(expr["times"])
    return v


def _fold(fn: Callable[[list[Any]], Any]) -> Callable[[dict, FactView], Any]:
    def run(expr: dict, facts: FactView) -> Any:
        key = _op_of(expr)
        vals = [evaluate(e, facts) for e in expr[key]]
        missing = merge_unknown(vals)
        return missing if missing else fn(vals)

    return run


def _by(expr: dict, facts: FactView) -> Any:
    key = facts.value(expr["by"])
    if key is None:
        return unknown(expr["by"])
    table = expr["values"]
    if key not in table:
        return unknown(expr["by"])  # a value the pack has no number for: cannot decide
    return evaluate(table[key], facts)


def _year_date(expr: dict, facts: FactView) -> Any:
    spec = expr["year_date"]
    year = evaluate(spec["year"], facts)
    if is_unknown(year):
        return year
    return date(int(year), int(spec.get("month", 12)), int(spec.get("day", 31)))


def _year_of(expr: dict, facts: FactView) -> Any:
    v = evaluate(expr["year_of"], facts)
    return v if is_unknown(v) else Decimal(v.year)


def _first(expr: dict, facts: FactView) -> Any:
    missing: Unknown | None = None
    for e in expr["first"]:
        v = evaluate(e, facts)
        if not is_unknown(v):
            return v
        missing = v if missing is None else missing | v
    return missing if missing is not None else unknown()


def _date_add(expr: dict, facts: FactView) -> Any:
    spec = expr["date_add"]
    start = evaluate(spec["from"], facts)
    if is_unknown(start):
        return start
    if "months" in spec:
        return add_months(start, int(spec["months"]))
    if "years" in spec:
        return add_months(start, 12 * int(spec["years"]))
    return start + timedelta(days=int(spec.get("days", 0)))


def _as_date(expr: dict, facts: FactView) -> Any:
    v = expr["date"]
    return v if isinstance(v, date) else date.fromisoformat(str(v))


_EXPR_OPS: dict[str, Callable[[dict, FactView], Any]] = {
    "fact": _fact,
    "max": _fold(max),
    "min": _fold(min),
    "latest": _fold(max),
    "earliest": _fold(min),
    "add": _fold(lambda vs: sum(vs[1:], vs[0])),
    "sub": _fold(lambda vs: vs[0] - sum(vs[1:], Decimal(0))),
    "mul": _fold(lambda vs: vs[0] * vs[1]),
    "by": _by,
    "date": _as_date,
    "year_date": _year_date,
    "year_of": _year_of,
    "first": _first,
    "as_of": lambda expr, facts: facts.as_of,
    "date_add": _date_add,
}


# --------------------------------------------------------------------------- conditions

COMPARATORS: dict[str, Callable[[Any, Any], bool]] = {
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
    "ge": lambda a, b: a >= b,
    "gt": lambda a, b: a > b,
    "le": lambda a, b: a <= b,
    "lt": lambda a, b: a < b,
    "in": lambda a, b: a in b,
    "not_in": lambda a, b: a not in b,
    "only_in": lambda a, b: a in b,  # on a list fact: every element is in b
    "is": lambda a, b: bool(a) is bool(b),
}

CONDITION_KEYS = {"all", "any", "not", "fact", "value", "material"}


def check_condition_shape(cond: Any, where: str = "when") -> None:
    """Raise ValueError naming the bad part of a condition (used by pack validation)."""
    if not isinstance(cond, dict) or not cond:
        raise ValueError(f"{where}: a condition is a mapping, got {cond!r}")
    if "all" in cond or "any" in cond:
        key = "all" if "all" in cond else "any"
        if set(cond) != {key} or not isinstance(cond[key], list):
            raise ValueError(f"{where}: '{key}' takes a list and nothing beside it")
        for i, c in enumerate(cond[key]):
            check_condition_shape(c, f"{where}.{key}[{i}]")
        return
    if "not" in cond:
        if set(cond) != {"not"}:
            raise ValueError(f"{where}: 'not' stands alone")
        check_condition_shape(cond["not"], f"{where}.not")
        return
    if "material" in cond:
        if not set(cond) <= {"material", "issued_by", "about"}:
            raise ValueError(f"{where}: 'material' takes only issued_by / about beside it")
        return
    subject = "fact" if "fact" in cond else "value" if "value" in cond else None
    if subject is None:
        raise ValueError(f"{where}: unknown condition {cond!r}; keys: {sorted(CONDITION_KEYS)}")
    ops = set(cond) - {subject}
    allowed = set(COMPARATORS) | {"known"}
    if len(ops) != 1 or not ops <= allowed:
        raise ValueError(
            f"{where}: a fact condition takes exactly one of {sorted(allowed)}, got {sorted(ops)}"
        )


def holds(cond: Any, facts: FactView) -> bool | Unknown:
    """True / False, or Unknown naming the facts that would decide it (Kleene logic)."""
    if cond is None:
        return True
    if "all" in cond:
        results = [holds(c, facts) for c in cond["all"]]
        if any(r is False for r in results):
            return False
        return merge_unknown(results) or True
    if "any" in cond:
        results = [holds(c, facts) for c in cond["any"]]
        if any(r is True for r in results):
            return True
        return merge_unknown(results) or False
    if "not" in cond:
        r = holds(cond["not"], facts)
        return r if is_unknown(r) else not r
    if "material" in cond:
        kinds = cond["material"] if isinstance(cond["material"], list) else [cond["material"]]
        if "issued_by" in cond or "about" in cond:
            q = {"issued_by": cond.get("issued_by") or [], "about": cond.get("about") or []}
            return any(facts.has_qualified_material(k, q) for k in kinds)  # type: ignore[attr-defined]
        return any(facts.has_material(k) for k in kinds)
    if "value" in cond:
        (op,) = [k for k in cond if k != "value"]
        value = evaluate(cond["value"], facts)
        if op == "known":
            return (not is_unknown(value)) is bool(cond["known"])
        if is_unknown(value):
            return value
        subject = facts_in(cond["value"])
    else:
        fact_id = cond["fact"]
        (op,) = [k for k in cond if k != "fact"]
        value = to_decimal(facts.value(fact_id))
        if op == "known":
            return (value is not None) is bool(cond["known"])
        if value is None:
            return unknown(fact_id)
        subject = {fact_id}
    operand = evaluate(cond[op], facts)
    if is_unknown(operand):
        return operand
    if isinstance(operand, list):
        operand = [to_decimal(o) for o in operand]
    try:
        if isinstance(value, (list, tuple)):
            return _compare_list(op, [to_decimal(v) for v in value], operand)
        return COMPARATORS[op](value, operand)
    except TypeError:
        # e.g. a text value where a number was expected: cannot decide, say which fact
        return Unknown(frozenset(subject))


def _compare_list(op: str, values: list[Any], operand: Any) -> bool:
    """A list-valued fact (e.g. several 资金来源) matches when any of its elements does."""
    if op in ("eq", "in", "is"):
        return any(COMPARATORS[op](v, operand) for v in values)
    if op in ("ne", "not_in", "only_in"):
        return bool(values) and all(COMPARATORS[op](v, operand) for v in values)
    raise TypeError(f"{op} does not apply to a list")
