"""The strict pack loader's checks, one problem per line: FILE:LINE: RULE_ID: FIELD: message.

Used by every load (a pack with a problem stops the run, exit 2) and by
`govcheck rules check PATH...` (every problem of every pack listed, exit 1 if any). It checks:

- YAML: duplicate keys (PyYAML would keep the second silently);
- shape: the pack schema and each rule's params against its check kind's own model;
- vocabulary: a pack's additions collide with nothing built in and name only known ids;
- references: every fact, document kind and budget item a rule names exists (for this
  jurisdiction), every {param: NAME} is declared;
- messages and hints: every {placeholder} is one its check kind fills, a fact or a parameter;
- enum values in conditions, `by:` maps and `expect` are values of the fact, or aliases the pack
  declares (written as the fact's value on load, packs/enum_aliases.py);
- citations: every quote (and every parameter's quote) is found in the pack's source text;
- rule ids carry the pack's catalogue prefix.

Direction of imports: the check kinds know the pack shapes; this module, which needs both, is
imported by the loader only when a pack is read (never by the kinds).
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import yaml
from pydantic import ValidationError

from ..checks.base import references
from ..checks.registry import CHECK_KINDS
from ..vocabulary import budget_items, document_kinds, facts
from .parameters import substitute, values_on, walk_refs
from .enum_aliases import canonicalise
from .references import condition_references
from .schema import Pack
from .vocabulary_ext import active, problems
from .yaml_lines import line_of, load_with_lines

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    rule: str  # rule id, or '-' for the pack as a whole
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.rule}: {self.field}: {self.message}"


def to_path(field: str) -> tuple[Any, ...]:
    """'params.requires[0]' → ('params', 'requires', 0)."""
    out: list[Any] = []
    for part in field.split("."):
        m = re.match(r"^([^\[]*)((?:\[\d+\])*)$", part)
        if not m:
            out.append(part)
            continue
        if m.group(1):
            out.append(m.group(1))
        out += [int(i) for i in re.findall(r"\[(\d+)\]", m.group(2))]
    return tuple(out)


class _Collector:
    def __init__(self, file: Path, lines: dict) -> None:
        self.file, self.lines, self.items = str(file), lines, []

    def add(self, path: tuple[Any, ...], rule: str, field: str, message: str) -> None:
        self.items.append(Problem(self.file, line_of(self.lines, path), rule, field, message))

    def rule(self, index: int, rule_id: str, field: str, message: str) -> None:
        self.add(("rules", index, *to_path(field)), rule_id, field, message)


def read_pack(path: Path) -> tuple[Any, list[Problem]]:
    """(the bound Pack or None, every problem found)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        return None, [Problem(str(path), 1, "-", "-", f"cannot read rule pack: {e}")]
    try:
        data, lines, duplicates = load_with_lines(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        return None, [Problem(str(path), (mark.line + 1) if mark else 1, "-", "-", f"not valid YAML: {e}")]
    out = _Collector(path, lines)
    for line, where, message in duplicates:
        rule = "-"
        if len(where) > 2 and where[0] == "rules" and isinstance(data, dict):
            r = (data.get("rules") or [None] * (where[1] + 1))[where[1]]
            rule = str(r.get("id", "-")) if isinstance(r, dict) else "-"
        field = ".".join(str(p) for p in (where[2:] if rule != "-" else where))
        out.items.append(Problem(str(path), line, rule, field, message))
    if not isinstance(data, dict):
        out.add((), "-", "-", "a rule pack is a mapping with 'pack' and 'rules'")
        return None, out.items
    try:
        pack = Pack.model_validate(data)
    except ValidationError as e:
        _schema_problems(e, data, out)
        return None, out.items
    if pack.pack.id != path.stem:
        out.add(("pack", "id"), "-", "pack.id", f"'{pack.pack.id}' must match the file name '{path.stem}'")
    _vocabulary_problems(pack, out)
    if any(p.field.startswith("vocabulary") for p in out.items):
        return None, out.items

    with active(pack):
        for where, rule_id, field, message in canonicalise(pack):
            out.add(where, rule_id, field, message)
        _bind(pack, out)
        _rule_problems(pack, out)
    _citation_problems(pack, path, out)
    return pack, out.items


def _schema_problems(err: Any, data: dict, out: _Collector) -> None:
    rules = data.get("rules") if isinstance(data.get("rules"), list) else []
    for e in err.errors():
        loc = list(e["loc"])
        msg = e["msg"].removeprefix("Value error, ")
        if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int) and loc[1] < len(rules):
            r = rules[loc[1]]
            rid = str(r.get("id", f"#{loc[1]}")) if isinstance(r, dict) else f"#{loc[1]}"
            field = ".".join(str(p) for p in loc[2:]) or "(rule)"
            out.add(tuple(loc), rid, field, msg)
        else:
            out.add(tuple(loc), "-", ".".join(str(p) for p in loc) or "(pack)", msg)


def _vocabulary_problems(pack: Any, out: _Collector) -> None:
    if pack.vocabulary is None:
        return

    for path, message in problems(pack.vocabulary):
        out.add(("vocabulary", *path), "-", "vocabulary." + ".".join(map(str, path)), message)


def _bind(pack: Any, out: _Collector) -> None:
    """Each rule's params validated by its check kind (with each parameter's latest value)."""
    latest = values_on(pack, None)
    for i, rule in enumerate(pack.rules):
        for name, where in walk_refs({"when": rule.when, "params": rule.params,
                                      "severity_when": [s.when for s in rule.severity_when]}):
            if name not in pack.parameters:
                out.rule(i, rule.id, where, f"unknown parameter '{name}'; declared: "
                                            f"{', '.join(sorted(pack.parameters)) or 'none'}")
        kind = CHECK_KINDS.get(rule.check)
        if kind is None:
            out.rule(i, rule.id, "check", f"unknown check kind '{rule.check}'; one of {sorted(CHECK_KINDS)}")
            continue
        try:
            rule.parsed = kind.Params.model_validate(substitute(rule.params, latest))
        except ValidationError as e:
            for err in e.errors():
                field = ".".join(str(p) for p in ("params", *err["loc"]))
                out.rule(i, rule.id, field, err["msg"].removeprefix("Value error, "))


def _rule_problems(pack: Any, out: _Collector) -> None:
    known = {"fact": set(facts()), "material": {k.id for k in document_kinds()},
             "budget_item": set(budget_items())}
    label = {"fact": "fact", "material": "document kind", "budget_item": "budget item"}
    prefix = f"{pack.pack.catalog_prefix}-"
    for i, rule in enumerate(pack.rules):
        if not rule.id.startswith(prefix):
            out.rule(i, rule.id, "id", f"a rule id of this pack starts with '{prefix}'")
        kind = CHECK_KINDS.get(rule.check)
        refs = condition_references(rule) + (references(kind, rule.params) if kind else [])
        for category, ident, where in refs:
            if ident not in known[category]:
                out.rule(i, rule.id, where, f"unknown {label[category]} '{ident}'")
        allowed = set(facts()) | set(pack.parameters) | set(kind.placeholders if kind else ())
        for field in ("message", "hint"):
            for lang in ("zh", "en"):
                template = getattr(getattr(rule, field), lang)
                for name in _placeholders(template, out, i, rule.id, f"{field}.{lang}"):
                    if name not in allowed:
                        out.rule(i, rule.id, f"{field}.{lang}",
                                 f"unknown placeholder {{{name}}} (not filled by {rule.check}, "
                                 "not a fact or a parameter: it would print 未知)")
        for where, fact_id, value in _enum_uses(rule, kind):
            fd = facts().get(fact_id)
            if fd is None or not fd.values or fd.type not in ("enum", "list"):
                continue
            if value not in fd.values:
                hint = (f" ('{value}' is a spelling dossiers may use for '{fd.aliases[value]}'; a rule writes "
                        "the value, or the pack declares the spelling under vocabulary: aliases:)"
                        if value in fd.aliases else "")
                out.rule(i, rule.id, where, f"'{value}' is not a value of {fact_id} "
                                            f"({', '.join(fd.values)}){hint}")


def _placeholders(template: str, out: _Collector, i: int, rule_id: str, field: str) -> list[str]:
    try:
        return [name for _, name, _, _ in string.Formatter().parse(template) if name]
    except ValueError as e:
        out.rule(i, rule_id, field, f"bad template: {e}")
        return []


_ENUM_OPS = ("eq", "ne", "in", "not_in", "only_in")


def _enum_uses(rule: Any, kind: Any) -> Iterator[tuple[str, str, str]]:
    """(field, fact id, literal value) for every enum literal a rule compares a fact with."""
    yield from _enum_walk(rule.when, "when")
    for j, sw in enumerate(rule.severity_when):
        yield from _enum_walk(sw.when, f"severity_when[{j}].when")
    yield from _enum_walk(rule.params, "params")
    expect = rule.params.get("expect")
    if kind is not None and "expect.fact" in kind.refs and isinstance(expect, dict):
        for side in ("in_band", "out_of_band"):
            if isinstance(expect.get(side), str):
                yield f"params.expect.{side}", expect["fact"], expect[side]


def _enum_walk(node: Any, path: str) -> Iterator[tuple[str, str, str]]:
    if isinstance(node, dict):
        if isinstance(node.get("fact"), str):
            for op in _ENUM_OPS:
                operand = node.get(op)
                values = operand if isinstance(operand, list) else [operand]
                for j, v in enumerate(values):
                    if isinstance(v, str):
                        sub = f"{path}.{op}[{j}]" if isinstance(operand, list) else f"{path}.{op}"
                        yield sub, node["fact"], v
        if isinstance(node.get("by"), str) and isinstance(node.get("values"), dict):
            for key in node["values"]:
                yield f"{path}.values.{key}", node["by"], str(key)
        for k, v in node.items():
            yield from _enum_walk(v, f"{path}.{k}")
    elif isinstance(node, list):
        for j, v in enumerate(node):
            yield from _enum_walk(v, f"{path}[{j}]")


def _squash(s: str) -> str:
    return _SPACE.sub("", s)


def _citation_problems(pack: Any, path: Path, out: _Collector) -> None:
    source = path.parent / pack.pack.source
    try:
        text = _squash(source.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        out.add(("pack", "source"), "-", "pack.source", f"source text {source} cannot be read: {e}")
        return
    for i, rule in enumerate(pack.rules):
        for part in rule.citation.quote.split("…"):
            if _squash(part) and _squash(part) not in text:
                out.rule(i, rule.id, "citation.quote", f"not found in {pack.pack.source}: “{part.strip()}”")
    for name, param in pack.parameters.items():
        cites = [("citation", param.citation)] + [(f"values[{j}].citation", v.citation)
                                                  for j, v in enumerate(param.values) if v.citation]
        for field, c in cites:
            for part in c.quote.split("…"):
                if _squash(part) and _squash(part) not in text:
                    out.add(("parameters", name, *to_path(field), "quote"), "-",
                            f"parameters.{name}.{field}.quote", f"not found in {pack.pack.source}: “{part.strip()}”")


def check_paths(paths: list[Path], builtin_dir: Path) -> list[Problem]:
    """Every problem of every pack file under paths (files or folders), and each file that would
    shadow a shipped pack of the same id."""
    files: list[Path] = []
    problems: list[Problem] = []
    for p in paths:
        if p.is_dir():
            files += sorted(p.glob("*.yaml"))
        elif p.is_file():
            files.append(p)
        else:
            problems.append(Problem(str(p), 1, "-", "-", "no such file or folder"))
    shipped = {f.stem: f.resolve() for f in builtin_dir.glob("*.yaml")} if builtin_dir.is_dir() else {}
    for f in files:
        _, found = read_pack(f)
        problems += found
        if f.stem in shipped and f.resolve() != shipped[f.stem]:
            problems.append(Problem(str(f), 1, "-", "pack.id",
                                    f"shadows the shipped pack '{f.stem}' ({shipped[f.stem]}): with "
                                    "--rules it would replace it; give it another id"))
    return problems
