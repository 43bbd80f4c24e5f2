"""`govcheck rules compare`: the key numbers of every pack, side by side, read from the packs.

Each topic is a selector over rules (check kind, stage, the facts a rule reads), so the table
shows what the packs actually enforce — a changed number in a pack changes this view.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from rich.table import Table

from ..checks.registry import CHECK_KINDS
from ..packs.describe import condition_text
from ..packs.expressions import facts_in
from ..packs.load import load_pack, pack_files
from ..packs.parameters import shown
from ..packs.schema import Pack, Rule
from ..vocabulary import document_name


def _reads(rule: Rule, fact: str) -> bool:
    return fact in facts_in(rule.params)


def _line(rule: Rule, lang: str) -> str:
    return f"{CHECK_KINDS[rule.check].describe(rule.parsed, lang)} [{rule.id}]"


def _materials(pack: Pack, lang: str) -> list[str]:
    out = []
    for r in pack.rules:
        if r.check == "materials" and "acceptance" in r.stages:
            names = "/".join(document_name(k, lang) for k in r.parsed.requires)
            cond = "" if r.when is None else f"（{condition_text(r.when)}）"
            out.append(f"{names}{cond} [{r.id}]")
    return out


Selector = Callable[[Rule], bool]
TOPICS: list[tuple[str, str, Selector]] = [
    ("adjustment limit", "调整限额",
     lambda r: "adjustment" in r.stages and (r.check == "ratio" or (
         r.check == "consistency" and _reads(r, "adjusted_total_investment")))),
    ("amount tiers", "金额分档", lambda r: r.check == "tier" and r.parsed.amount is not None),
    ("application deadline", "申报截止",
     lambda r: r.check == "deadline" and "application" in r.stages and _reads(r, "application_date")),
    ("acceptance deadline", "验收时限",
     lambda r: r.check == "deadline" and "acceptance" in r.stages),
    ("self-evaluation window", "自评价时限",
     lambda r: r.check == "deadline" and _reads(r, "self_evaluation_date")),
    ("filing deadlines", "备案时限",
     lambda r: r.check == "deadline" and any(_reads(r, f) for f in ("contract_filing_date", "acceptance_filing_date"))),
]


def compare_table(lang: str, extra: tuple[Path, ...] = ()) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """(pack ids, rows of (topic, one cell per pack))."""
    ids = sorted(pack_files(extra))
    packs = [load_pack(i, extra) for i in ids]
    rows: list[tuple[str, list[str]]] = []
    for en, zh, select in TOPICS:
        cells = ["\n".join(_line(r, lang) for r in p.rules if select(r)) or "—" for p in packs]
        rows.append((en if lang == "en" else zh, cells))
    rows.append(("acceptance materials" if lang == "en" else "验收材料",
                 ["\n".join(_materials(p, lang)) or "—" for p in packs]))
    rows += parameter_rows(packs, lang)
    return ids, rows


def parameter_rows(packs: list[Pack], lang: str) -> list[tuple[str, list[str]]]:
    """One row per parameter name any pack declares (joined on the name), each pack's value in
    force today with its article; '—' where a pack has no such parameter."""
    names = sorted({n for p in packs for n in p.parameters})
    rows = []
    for name in names:
        cells = []
        for pack in packs:
            param = pack.parameters.get(name)
            if param is None:
                cells.append("—")
                continue
            values = " → ".join(shown(param, v.value, lang) + (f" ({v.from_}起)" if v.from_ else "")
                                for v in param.dated())
            cells.append(f"{values} [第{param.citation.article}条]" if lang != "en"
                         else f"{values} [art. {param.citation.article}]")
        rows.append((f"{name}", cells))
    return rows


def render(lang: str, extra: tuple[Path, ...], console: Any) -> None:
    ids, rows = compare_table(lang, extra)
    table = Table(title="govcheck rules compare", show_lines=True)
    table.add_column("topic" if lang == "en" else "事项", style="bold")
    for i in ids:
        table.add_column(i, overflow="fold")
    for topic, cells in rows:
        table.add_row(topic, *cells)
    console.print(table)
