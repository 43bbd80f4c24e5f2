"""`govcheck checklist`: before anything is written, what a stage requires of this project.

"I'm a 旗县市区 unit with a 70万 construction project: what must I submit?" — answered from the
same pack rules `validate` applies, with the facts given by --set and no documents.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.table import Table

from ..checklist import material_rows
from ..checks.base import CheckContext
from ..checks.engine import citation_of, in_force, rules_for_stage
from ..checks.registry import CHECK_KINDS
from ..facts import extract
from ..model import STAGE_NAMES_ZH
from ..packs.expressions import holds, is_unknown
from ..packs.load import load_pack
from ..packs.vocabulary_ext import active
from ..pipeline import declared_facts
from ..report.common import citation_label

_T = {
    "zh": {"title": "{pack} · {stage}阶段 须提交的材料", "required": "须提交", "undecided": "视情况",
           "not_required": "不要求", "material": "材料", "need": "要求", "rules": "依据",
           "conditions": "本阶段适用的其他条件（? 表示取决于尚未声明的事实）", "depends": "取决于", "lp": "（", "rp": "）",
           "stages": STAGE_NAMES_ZH},
    "en": {"title": "{pack} · materials for the {stage} stage", "required": "required",
           "undecided": "depends", "not_required": "not required", "material": "Material",
           "need": "Requirement", "rules": "Basis",
           "conditions": "Other conditions at this stage (? = depends on facts not declared)",
           "depends": "depends on", "stages": {}, "lp": " (", "rp": ")"},
}


def checklist_report(jurisdiction: str, stage: str, set_facts: list[str], lang: str,
                     extra: tuple[Path, ...], console: Any) -> None:
    pack = load_pack(jurisdiction, extra)
    with active(pack):  # the jurisdiction's own kinds and facts (names, aliases)
        _report(pack, stage, set_facts, lang, console)


def _report(pack: Any, stage: str, set_facts: list[str], lang: str, console: Any) -> None:
    t = _T["en" if lang == "en" else "zh"]
    facts = extract([], declared_facts(set_facts)).facts
    ctx = CheckContext(facts=facts, documents=[])

    console.print("[bold]" + t["title"].format(pack=pack.pack.name.get(lang),
                                               stage=t["stages"].get(stage, stage)) + "[/]")
    table = Table()
    for col in ("material", "need", "rules"):
        table.add_column(t[col], overflow="fold")
    for row in material_rows(pack, stage, ctx, lang):
        need = t[row["requirement"]]
        if row["requirement"] == "undecided" and row["facts"]:
            need += f"{t['lp']}{t['depends']} {', '.join(row['facts'])}{t['rp']}"
        style = {"required": "bold", "undecided": "yellow", "not_required": "dim"}[row["requirement"]]
        table.add_row(f"[{style}]{row['name']}[/]", need,
                      " ".join(r.split("/", 1)[1] for r in row["rules"]))
    console.print(table)

    console.rule(t["conditions"])
    for rule in (in_force(pack, r, ctx.as_of) for r in rules_for_stage(pack, stage)):
        if CHECK_KINDS[rule.check].due_materials(rule.parsed):
            continue  # listed in the materials table above
        applies = holds(rule.when, ctx)
        if applies is False:
            continue
        what = CHECK_KINDS[rule.check].describe(rule.parsed, lang)
        mark, depends = "•", ""
        if is_unknown(applies):
            mark, depends = "?", f" [yellow]{t['lp']}{t['depends']} {', '.join(sorted(applies.facts))}{t['rp']}[/]"
        console.print(f"  {mark} [bold]{rule.id}[/] {what}{depends}  "
                      f"[dim]{citation_label(citation_of(pack, rule), lang)}[/]")


def checklist_data(jurisdiction: str, stage: str, set_facts: list[str], lang: str,
                   extra: tuple[Path, ...]) -> dict[str, Any]:
    """The same answer as checklist_report, as data (`checklist -f json`)."""
    pack = load_pack(jurisdiction, extra)
    with active(pack):  # the jurisdiction's own kinds and facts (names, aliases), as checklist_report
        return _data(pack, stage, set_facts, lang)


def _data(pack: Any, stage: str, set_facts: list[str], lang: str) -> dict[str, Any]:
    ctx = CheckContext(facts=extract([], declared_facts(set_facts)).facts, documents=[])
    materials = [{"material": row["kind"], "name": row["name"], "requirement": row["requirement"],
                  "depends_on": list(row["facts"]), "rules": list(row["rules"])}
                 for row in material_rows(pack, stage, ctx, lang)]
    conditions = []
    for rule in (in_force(pack, r, ctx.as_of) for r in rules_for_stage(pack, stage)):
        if CHECK_KINDS[rule.check].due_materials(rule.parsed):
            continue  # listed in materials, as the console table does
        applies = holds(rule.when, ctx)
        if applies is False:
            continue
        conditions.append({
            "rule": f"{pack.pack.id}/{rule.id}",
            "checks": CHECK_KINDS[rule.check].describe(rule.parsed, lang),
            "depends_on": sorted(applies.facts) if is_unknown(applies) else [],
            "citation": citation_label(citation_of(pack, rule), lang)})
    return {"jurisdiction": pack.pack.id, "stage": stage, "materials": materials,
            "conditions": conditions}
