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


def expression_refs(node: Any, path: str) -> list[tuple[str, str, str]]:
    """References inside a value expression or a condition (facts, `by:` facts, materials)."""
    return list(_walk(node, path))


def condition_references(rule: Rule) -> list[tuple[str, str, str]]:
    """The ids a rule's conditions name (when, severity_when); its params are read through its
    check kind's own declaration (checks/base.py: references)."""
    refs = list(_walk(rule.when or {}, "when"))
    for i, sw in enumerate(rule.severity_when):
        refs += _walk(sw.when, f"severity_when[{i}].when")
    return refs
