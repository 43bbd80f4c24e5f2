"""Named, cited parameters of a pack (OpenFisca style) and rules that refer to them.

A pack declares its numbers once:

    parameters:
      adjustment_limit:
        zh: 调整幅度上限
        unit: ratio                       # 万元 | ratio | months | years | days | working_days | count | members
        citation: {article: 30, paragraph: 1, quote: "…不得超过原批复总投资的15%…"}
        value: 0.15
      # a number changed by a later measure carries both, with the days each is in force:
      #   values: [{value: 0.10, until: 2025-01-01}, {value: 0.15, from: 2025-01-01, citation: …}]

and a rule writes ``{param: adjustment_limit}`` wherever it would write the number (in
``params``, ``when`` or ``severity_when``). The value in force on the judging day (--as-of) is put
in before the rule's check kind sees its parameters; every message and hint may print a
parameter by name (``{adjustment_limit}`` → 15%).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Iterator

from ..values import money_str
from .schema import Pack, Parameter


def is_ref(node: Any) -> bool:
    return isinstance(node, dict) and set(node) == {"param"} and isinstance(node["param"], str)


def walk_refs(node: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """(parameter name, field path) for every {param: NAME} below node."""
    if is_ref(node):
        yield node["param"], path
    elif isinstance(node, dict):
        for k, v in node.items():
            yield from walk_refs(v, f"{path}.{k}" if path else str(k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk_refs(v, f"{path}[{i}]")


def substitute(node: Any, values: dict[str, Any]) -> Any:
    """node with every {param: NAME} replaced by values[NAME] (an unknown name stays as it is:
    the loader reports it)."""
    if is_ref(node):
        return values.get(node["param"], node)
    if isinstance(node, dict):
        return {k: substitute(v, values) for k, v in node.items()}
    if isinstance(node, list):
        return [substitute(v, values) for v in node]
    return node


def values_on(pack: Pack, day: date | None) -> dict[str, Any]:
    """Every parameter's value in force on day (None: the latest)."""
    return {name: p.in_force(day) for name, p in pack.parameters.items()}


def uses_parameters(rule: Any) -> bool:
    return any(True for _ in walk_refs([rule.when, rule.params, [s.when for s in rule.severity_when]]))


def shown(p: Parameter, value: Any, lang: str = "zh") -> str:
    """A parameter's value in words: 15%, 80万元, 6个月, 5个工作日."""
    if isinstance(value, dict) and "by" in value:  # a number chosen by a fact (市本级 80 / 旗县市区 60)
        return " / ".join(f"{k} {shown(p, v, lang)}" for k, v in value["values"].items())
    if not isinstance(value, (int, float, Decimal)) or isinstance(value, bool):
        return str(value)
    n = Decimal(str(value))
    if p.unit == "ratio":
        return money_str((n * 100).quantize(Decimal("0.01"))) + "%"
    units_zh = {"万元": "万元", "months": "个月", "years": "年", "days": "日", "working_days": "个工作日",
                "count": "", "members": "人"}
    units_en = {"万元": " 万元", "months": " months", "years": " years", "days": " days",
                "working_days": " working days", "count": "", "members": " members"}
    return money_str(n) + (units_en if lang == "en" else units_zh)[p.unit]


@dataclass(frozen=True, eq=False)
class ParameterValue:
    """A parameter's value in a message (rendered with ``shown`` in the report's language)."""

    parameter: Parameter
    value: Any
