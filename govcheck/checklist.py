"""The materials checklist: which document kinds a stage requires, and whether each is there.

Serves both `validate` (✓ / ✗ / not required against the dossier) and `checklist` (what must
be submitted, before anything is written). Both read the same pack rules: materials rules,
and tier rules' `requires` inside their amount band.
"""

from __future__ import annotations

from typing import Any

from .checks.base import CheckContext
from .checks.engine import in_force, rules_for_stage
from .checks.registry import CHECK_KINDS
from .packs.expressions import holds, is_unknown
from .packs.schema import Pack, Rule
from .vocabulary import document_name

# Order of precedence when several rules speak of one kind: a requirement beats "depends",
# which beats "not required".
_RANK = {"required": 3, "undecided": 2, "not_required": 1}


def _requirement(rule: Rule, ctx: CheckContext) -> tuple[str, list[str]]:
    """(required | not_required | undecided, facts that would decide it)."""
    applies = holds(rule.when, ctx)
    if applies is False:
        return "not_required", []
    missing: set[str] = set(applies.facts) if is_unknown(applies) else set()
    kind = CHECK_KINDS[rule.check]
    if kind.in_band is not None:
        inside = kind.in_band(rule.parsed, ctx)
        if inside is False:
            return "not_required", []
        if is_unknown(inside):
            missing |= inside.facts
    if missing:
        return "undecided", sorted(missing)
    return "required", []


def _due_for_kind(rule: Rule, kind: str, status: str, facts: list[str],
                  ctx: CheckContext) -> tuple[str, list[str]]:
    """A kind a rule requires only under a condition (required_when: e.g. the approval step)."""
    cond = (getattr(rule.parsed, "required_when", None) or {}).get(kind)
    if not cond or status == "not_required":
        return status, facts
    due = holds(cond, ctx)
    if due is False:
        return "not_required", []
    if is_unknown(due):
        return "undecided", sorted(set(facts) | set(due.facts))
    return status, facts


def _kinds(rule: Rule) -> list[str]:
    """The material kinds the rule's check kind says it makes due."""
    return CHECK_KINDS[rule.check].due_materials(rule.parsed)


def material_rows(pack: Pack, stage: str, ctx: CheckContext, lang: str = "zh") -> list[dict[str, Any]]:
    """The checklist's rows, each material named in lang."""
    rows: dict[str, dict[str, Any]] = {}
    for rule in (in_force(pack, r, ctx.as_of) for r in rules_for_stage(pack, stage)):
        kinds = _kinds(rule)
        if not kinds:
            continue
        status, facts = _requirement(rule, ctx)
        for kind in kinds:
            kind_status, kind_facts = _due_for_kind(rule, kind, status, facts, ctx)
            row = rows.setdefault(kind, {
                "kind": kind, "name": document_name(kind, lang), "requirement": "not_required",
                "rules": [], "facts": [], "severity": None,
                "files": [d.path for d in ctx.documents_of([kind])],
            })
            row["rules"].append(f"{pack.pack.id}/{rule.id}")
            if _RANK[kind_status] > _RANK[row["requirement"]]:
                row["requirement"] = kind_status
                row["severity"] = rule.severity
            if kind_status == "required" and rule.severity == "error":
                row["severity"] = "error"
            row["facts"] = sorted(set(row["facts"]) | set(kind_facts))
    for row in rows.values():
        row["present"] = bool(row["files"])
    order = {"required": 0, "undecided": 1, "not_required": 2}
    return sorted(rows.values(), key=lambda r: (order[r["requirement"]], not r["present"]))
