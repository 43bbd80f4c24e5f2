"""Which rules run and how severe they are, as configured: select / ignore (rule ids or globs),
per-rule severity overrides, and excluded file paths (configuration keys, issue 10).

A pattern matches a full rule id (``tongliao/TL-14b``), its short id (``TL-14b``) or a glob of
either (``tongliao/TL-38*``, ``govcheck/*``).
"""

from __future__ import annotations

from fnmatch import fnmatchcase
from typing import Iterable, Mapping

from .model import FindingOut, Severity

SEVERITIES = ("error", "warning", "info")


def matches(rule_id: str, pattern: str) -> bool:
    short = rule_id.split("/", 1)[-1]
    return fnmatchcase(rule_id, pattern) or fnmatchcase(short, pattern)


def selected(rule_id: str, select: Iterable[str], ignore: Iterable[str]) -> bool:
    """Kept when no select list is given or a select pattern matches, and no ignore pattern does."""
    select = list(select)
    if select and not any(matches(rule_id, p) for p in select):
        return False
    return not any(matches(rule_id, p) for p in ignore)


def severity_for(rule_id: str, current: Severity, overrides: Mapping[str, str]) -> Severity:
    """The most specific override wins: an exact id before a glob (longest pattern first)."""
    for pattern in sorted(overrides, key=lambda p: (("*" in p or "?" in p), -len(p))):
        if matches(rule_id, pattern):
            return overrides[pattern]  # type: ignore[return-value]
    return current


def filter_findings(findings: list[FindingOut], select: Iterable[str], ignore: Iterable[str],
                    overrides: Mapping[str, str]) -> list[FindingOut]:
    out = []
    for f in findings:
        if not selected(f.rule, select, ignore):
            continue
        sev = severity_for(f.rule, f.severity, overrides)
        out.append(f if sev == f.severity else f.model_copy(update={"severity": sev}))
    return out


def excluded(file: str, patterns: Iterable[str]) -> bool:
    """A dossier-relative POSIX path against exclude globs (``草稿/*``, ``*.bak``, ``old/**``)."""
    name = file.rsplit("/", 1)[-1]
    for p in patterns:
        p = p.rstrip("/")
        if fnmatchcase(file, p) or fnmatchcase(name, p) or file.startswith(p + "/") \
                or fnmatchcase(file, p + "/*") or (p.endswith("/**") and file.startswith(p[:-3] + "/")):
            return True
    return False
