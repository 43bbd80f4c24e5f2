"""Vocabulary ids a rule refers to, checked on load so a typo in a pack is an error, not a rule
that silently never fires (a custom pack needs this as much as the built-in ones)."""

from __future__ import annotations

from typing import Any, Iterator

from .schema import Pack, Rule

_FACT_KEYS = {"fact", "by", "amount", "stated"}
_KIND_KEYS = {"requires", "documents", "material"}


def _walk(node: Any, path: str) -> Iterator[tuple[str, str, str]]:
    """(category, id, field path) for every vocabulary reference below node."""
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{path}.{key}" if path else key
            if key in _FACT_KEYS and isinstance(value, str):
                yield "fact", value, here
            elif key == "order" and isinstance(value, list):
                for i, v in enumerate(value):
                    yield "fact", v, f"{here}[{i}]"
            elif key in _KIND_KEYS and isinstance(value, (str, list)):
                for i, v in enumerate([value] if isinstance(value, str) else value):
                    if isinstance(v, str):
                        yield "material", v, f"{here}[{i}]" if isinstance(value, list) else here
            elif key == "item" and isinstance(value, str):
                yield "budget_item", value, here
            else:
                yield from _walk(value, here)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _walk(v, f"{path}[{i}]")


def rule_references(rule: Rule) -> list[tuple[str, str, str]]:
    refs = list(_walk(rule.when or {}, "when"))
    refs += _walk(rule.params, "params")
    for i, sw in enumerate(rule.severity_when):
        refs += _walk(sw.when, f"severity_when[{i}].when")
    return refs


def unknown_references(pack: Pack) -> list[str]:
    """Problems as 'rule TL-14b: params.requires[0]: unknown material kind 'x''."""
    from ..vocabulary import budget_items, document_kinds, facts

    known = {
        "fact": set(facts()),
        "material": {k.id for k in document_kinds()},
        "budget_item": set(budget_items()),
    }
    problems = []
    for rule in pack.rules:
        for category, ident, where in rule_references(rule):
            if ident not in known[category]:
                label = {"fact": "fact", "material": "material kind", "budget_item": "budget item"}
                problems.append(f"rule {rule.id}: {where}: unknown {label[category]} '{ident}'")
    return problems
