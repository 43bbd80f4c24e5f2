"""YAML for rule packs: duplicate keys are errors, and every field keeps its line number.

PyYAML silently keeps the last of two equal keys (a second ``severity:`` wins unnoticed), so the
pack loader composes the node tree itself and reports each duplicate with its line. The same walk
records the line of every field path, so a problem found later (a bad placeholder, an unknown
fact) can be reported as FILE:LINE.
"""

from __future__ import annotations

from typing import Any

import yaml

Path_ = tuple[Any, ...]


class YamlProblem(Exception):
    pass


def load_with_lines(text: str) -> tuple[Any, dict[Path_, int], list[tuple[int, Path_, str]]]:
    """(data, {field path: 1-based line}, [(line, path, duplicate-key message)])."""
    # The C parser, where PyYAML has it, is several times faster on a large pack.
    loader_cls = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = loader_cls(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    lines: dict[Path_, int] = {}
    duplicates: list[tuple[int, Path_, str]] = []
    if node is not None:
        _walk(node, (), lines, duplicates)
    return data, lines, duplicates


def _walk(node: Any, path: Path_, lines: dict[Path_, int], dups: list[tuple[int, Path_, str]]) -> None:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value
            line = key_node.start_mark.line + 1
            if key in seen:
                where = ".".join(str(p) for p in path + (key,))
                dups.append((line, path + (key,), f"duplicate key '{where}' (first at line {seen[key]}); "
                                   "YAML would silently keep the second"))
            seen.setdefault(key, line)
            lines[path + (key,)] = line
            _walk(value_node, path + (key,), lines, dups)
            lines[path + (key,)] = line  # the key's line, not its value's
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _walk(item, path + (i,), lines, dups)


def line_of(lines: dict[Path_, int], path: Path_) -> int:
    """The line of path, else of its nearest recorded parent."""
    p = tuple(path)
    while p and p not in lines:
        p = p[:-1]
    return lines.get(p, 1)
