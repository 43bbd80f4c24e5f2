"""A pack's own enum aliases in its rules: replaced by the fact's value when the pack is loaded.

A pack may declare more spellings of an enum fact's values (``vocabulary: aliases:``, or a new
fact's own ``aliases:``) — 区本级 for 市本级 in a district's measure. The rules of that pack may
then use the spelling in a condition, a ``by:`` map or an ``expect`` band: the loader writes the
fact's value in its place, so the rule evaluates exactly as if the value were written.

The built-in aliases (``govcheck/data/facts.yaml``) are not accepted there: they are how dossiers
spell values (matched loosely, even inside a longer value), a list govcheck's maintainers extend for
the reader. A rule must not change meaning when that list grows, and a spelling a pack author did
not declare — 市级 for 市本级 — is far more often a typo than an intent; the linter reports it
(docs/pack-format.md, "Enum values in rules").
"""

from __future__ import annotations

from typing import Any, Iterator

from ..vocabulary import facts
from .schema import Pack

# The keys of a condition node whose operands are values of the node's fact.
_VALUE_OPS = ("eq", "ne", "in", "not_in", "only_in", "in_band", "out_of_band")


def pack_aliases(pack: Pack) -> dict[str, dict[str, str]]:
    """Fact id → {spelling: value}: the aliases this pack declares, and no built-in one."""
    voc = pack.vocabulary
    if voc is None:
        return {}
    out = {f.id: dict(f.aliases) for f in voc.facts if f.aliases}
    for fid, spellings in voc.aliases.items():
        out.setdefault(fid, {}).update(spellings)
    return out


def canonicalise(pack: Pack) -> list[tuple[tuple[Any, ...], str, str, str]]:
    """Replace, in every rule, each pack alias used as an enum value by the fact's value.

    Returns (path under the pack, rule id, field, message) for a ``by:`` map that names a value
    both by its alias and as itself (one of them would be lost). Called with the pack's
    vocabulary active, so that facts() knows the pack's own facts."""
    aliases = pack_aliases(pack)
    if not aliases:
        return []
    problems: list[tuple[tuple[Any, ...], str, str, str]] = []
    for i, rule in enumerate(pack.rules):
        trees = [(rule.when, ("when",)), (rule.params, ("params",))]
        trees += [(sw.when, ("severity_when", j, "when")) for j, sw in enumerate(rule.severity_when)]
        for tree, base in trees:
            for path, message in _rewrite(tree, base, aliases):
                field = ".".join(str(p) for p in path)
                problems.append((("rules", i, *path), rule.id, field, message))
    return problems


def _value_of(fact_id: str, literal: Any, aliases: dict[str, dict[str, str]]) -> Any:
    """The fact's value a literal stands for (the literal itself unless it is a pack alias)."""
    if not isinstance(literal, str) or fact_id not in aliases:
        return literal
    fd = facts().get(fact_id)
    if fd is None or fd.type not in ("enum", "list") or literal in fd.values:
        return literal
    return aliases[fact_id].get(literal, literal)


def _rewrite(node: Any, path: tuple[Any, ...],
             aliases: dict[str, dict[str, str]]) -> Iterator[tuple[tuple[Any, ...], str]]:
    if isinstance(node, dict):
        fact_id = node.get("fact")
        if isinstance(fact_id, str):
            for op in _VALUE_OPS:
                operand = node.get(op)
                if isinstance(operand, list):
                    node[op] = [_value_of(fact_id, v, aliases) for v in operand]
                elif operand is not None:
                    node[op] = _value_of(fact_id, operand, aliases)
        by, values = node.get("by"), node.get("values")
        if isinstance(by, str) and isinstance(values, dict):
            yield from _rewrite_map(node, by, path, aliases)
        for key, child in node.items():
            yield from _rewrite(child, (*path, key), aliases)
    elif isinstance(node, list):
        for j, child in enumerate(node):
            yield from _rewrite(child, (*path, j), aliases)


def _rewrite_map(node: dict, fact_id: str, path: tuple[Any, ...],
                 aliases: dict[str, dict[str, str]]) -> Iterator[tuple[tuple[Any, ...], str]]:
    """A ``by:`` map's keys written as the fact's values (the map's order kept)."""
    rewritten: dict[Any, Any] = {}
    for key, amount in node["values"].items():
        value = _value_of(fact_id, key, aliases)
        if value in rewritten:
            other = next(k for k in node["values"] if _value_of(fact_id, k, aliases) == value and k != key)
            yield ((*path, "values", key),
                   f"'{key}' and '{other}' both stand for '{value}' of {fact_id}: keep one")
            continue
        rewritten[value] = amount
    node["values"] = rewritten
