"""`govcheck facts`: what govcheck saw — each document's format, kind and why, and for each
fact every candidate value with its source and which one won. The view to debug a dossier."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rich.table import Table

from ..identify.issuer import document_issuer
from ..model import Source
from ..packs.vocabulary_ext import scope
from ..pipeline import Options, load_dossier, release_converter
from ..values import json_value, plain
from ..vocabulary import document_name, fact_name
from ..report.words import evidence_en, finding_out, render_source, where_words


def facts_report(path: Path, set_facts: list[str], fmt: str, lang: str, console: Any,
                 jurisdiction: str | None = None) -> None:
    try:
        with scope():  # a jurisdiction's own words (Gaoping's 项目建设单位) last for this report
            _facts_report(path, set_facts, fmt, lang, console, jurisdiction)
    finally:
        release_converter()  # no LibreOffice profile outlives the report


def _facts_report(path: Path, set_facts: list[str], fmt: str, lang: str, console: Any,
                  jurisdiction: str | None = None) -> None:
    # The facts as validate sees them; a jurisdiction is used when named, never detected.
    loaded = load_dossier(path, Options(jurisdiction=jurisdiction, set_facts=set_facts, lang=lang),
                          detect_jurisdiction=False)
    documents, extraction = loaded.documents, loaded.extraction
    for fact in extraction.facts.values():  # an inferred fact's evidence, in lang
        fact.source = render_source(fact.source, lang)
    if fmt == "json":
        print(json.dumps(_as_dict(documents, extraction), ensure_ascii=False, indent=2))
        return
    _console(documents, extraction, lang, console)


def _as_dict(documents: list, extraction: Any) -> dict:
    return {
        "documents": [{"file": d.path, "format": d.format, "kind": d.kind,
                       "kind_evidence": d.kind_evidence, "readable": d.readable, "error": d.error,
                       "notes": d.notes, "issuer": document_issuer(d)} for d in documents],
        "facts": {
            k: {"value": json_value(f.value), "unit": f.unit, "origin": f.origin,
                "source": {"file": f.source.file, "where": f.source.where},
                "candidates": [{"value": json_value(c.value), "origin": c.origin, "raw": c.raw,
                                "source": {"file": c.source.file, "where": c.source.where}}
                               for c in f.candidates]}
            for k, f in sorted(extraction.facts.items())
        },
        "budget_lines": [{"label": b.label, "amount": json_value(b.amount), "item": b.item,
                          "section": b.section, "note": b.note, "total": b.is_total,
                          "source": {"file": b.source.file, "where": b.source.where}}
                         for b in extraction.budget_lines],
    }


def _console(documents: list, extraction: Any, lang: str, console: Any) -> None:
    en = lang == "en"
    docs = Table(title="Documents" if en else "材料", title_justify="left")
    for col in (("file", "文件"), ("format", "格式"), ("kind", "类别"), ("why", "依据")):
        docs.add_column(col[0] if en else col[1], overflow="fold")
    for d in documents:
        kind = f"{document_name(d.kind, lang)} [dim]{d.kind}[/]" if d.kind else "[dim]—[/]"
        why = (evidence_en(d.kind_evidence) if en else d.kind_evidence) or ""
        issuer = document_issuer(d) if d.readable else None
        if issuer:  # who issued it: rules naming a body read this (govcheck/identify/issuer.py)
            why += f" · {'issued by' if en else '发文机关'}: {issuer}"
        if not d.readable or d.error:
            why += f" [red]{d.error}[/]"
        docs.add_row(d.path, d.format, kind, why)
    console.print(docs)
    facts = Table(title="Facts (every candidate; ★ = used)" if en else "事实（全部候选值；★ 为采用值）",
                  title_justify="left")
    for col in (("fact", "事实"), ("value", "取值"), ("source", "来源")):
        facts.add_column(col[0] if en else col[1], overflow="fold")
    for key, f in sorted(extraction.facts.items()):
        cands = f.candidates or []
        for i, c in enumerate(cands):
            won = c.source == f.source and c.value == f.value
            label = f"{fact_name(key, lang)} [dim]{key}[/]" if i == 0 else ""
            facts.add_row(label, ("★ " if won else "  ") + plain(c.value, lang)
                          + (f" {f.unit}" if f.unit else ""),
                          f"{_label(c.source, lang)} [dim]{c.origin}[/]")
        if not cands:
            facts.add_row(f"{fact_name(key, lang)} [dim]{key}[/]", "★ " + plain(f.value, lang),
                          _label(f.source, lang))
    console.print(facts)
    if extraction.budget_lines:
        lines = Table(title="Budget lines" if en else "预算明细", title_justify="left")
        for col in ("label", "amount", "item", "where"):
            lines.add_column(col)
        for b in extraction.budget_lines:
            lines.add_row(b.label, plain(b.amount, lang) if b.amount is not None else "—",
                          b.item or "", _label(b.source, lang))
        console.print(lines)
    for f in extraction.findings:  # data: worded here, in lang
        console.print(f"[yellow]{f.rule}[/] {finding_out(f, lang).message}")


def _label(source: Any, lang: str) -> str:
    """file and place in lang (表1 第3行 → table 1, row 3 in English)."""
    return Source(source.file, where_words(source.where, lang)).label()
