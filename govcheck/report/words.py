"""Data into words: a Message (govcheck/message.py) or a Finding (govcheck/findings.py) in the
report's language. The one place the pipeline's findings, reasons and evidence get their text;
values are written by govcheck/values.py, names come from the vocabulary, places in a document
by govcheck/location.py (a Where knows its parts)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..findings import Finding
from ..location import Where
from ..message import BudgetItemName, DocumentName, FactName, FileName, Joined, Message, Place, WithUnit
from ..model import FindingOut, LocationOut, Source
from ..packs.parameters import ParameterValue, shown
from ..values import plain, with_unit
from ..vocabulary import budget_item_name, document_name, fact_name

# Separators of a Joined list, (Chinese, English).
SEPARATORS: dict[str, tuple[str, str]] = {
    "list": ("、", ", "),  # names in a sentence
    "list_semi": ("、", "; "),  # names that may hold commas in English
    "semi": ("；", "; "),  # clauses
    # The same in both languages (as these lists have always been written):
    "dunhao": ("、", "、"),
    "full_semicolon": ("；", "；"),
    "semicolon": ("; ", "; "),
    "comma": (", ", ", "),  # ids
    "slash": (" / ", " / "),  # alternatives
    "or": ("或", " / "),  # alternatives inside a sentence
    "actual": ("，", ", "),  # fact=value pairs
    "and": ("与", " and "),  # kinds that go together
}


class _Fill(dict):
    """Template values; what a message names without a value stays "{name}" or reads 未知."""

    def __init__(self, values: dict[str, str], missing: str, lang: str) -> None:
        super().__init__(values)
        self.missing, self.lang = missing, lang

    def __missing__(self, key: str) -> str:
        if self.missing == "unknown":
            return "unknown" if self.lang == "en" else "未知"
        return "{" + key + "}"


def render(x: Any, lang: str) -> str:
    """Any message, name or value as text in lang ("zh" | "en")."""
    if isinstance(x, Message):
        values = {k: render(v, lang) for k, v in x.params.items()}
        return (x.en if lang == "en" else x.zh).format_map(_Fill(values, x.missing, lang))
    if isinstance(x, FactName):
        return fact_name(x.id, lang)
    if isinstance(x, DocumentName):
        return document_name(x.kind, lang)
    if isinstance(x, BudgetItemName):
        return budget_item_name(x.id, lang)
    if isinstance(x, FileName):
        return f'"{x.name}"' if lang == "en" else f"《{x.name}》"
    if isinstance(x, Place):  # inside a sentence: a label is said as written, unquoted
        return " ".join(p for p in (x.file, where_words(x.where, lang, quote_label=False)) if p)
    if isinstance(x, WithUnit):
        return with_unit(x.fact, x.value, lang)
    if isinstance(x, ParameterValue):
        return shown(x.parameter, x.value, lang)
    if isinstance(x, Joined):
        zh, en = SEPARATORS[x.sep]
        return (en if lang == "en" else zh).join(render(i, lang) for i in x.items)
    return plain(x, lang)


def render_optional(x: Any, lang: str) -> str | None:
    return None if x is None else render(x, lang)


def render_source(src: Source, lang: str) -> Source:
    """A source whose ``where`` is a Message (an inferred fact's evidence) with its text."""
    return src if isinstance(src.where, (str, type(None))) else Source(src.file, render(src.where, lang))


def where_words(where: Any, lang: str, quote_label: bool = True) -> str | None:
    """A location in lang. A Where (a place in a document, govcheck/location.py) is worded from
    its parts, the document's label quoted in English; anything else govcheck writes there — a
    manifest key (facts.total_investment, waivers[0]), --set's fact id — is a name, said as it is."""
    if isinstance(where, Where):
        return where.words(lang, quote_label)
    return where


def render_facts(facts: dict[str, Any], lang: str) -> None:
    """Every fact's source in lang (in place: the report reads the dossier's facts)."""
    for fact in facts.values():
        fact.source = render_source(fact.source, lang)
        if lang == "en" and fact.source.where:
            fact.source = replace(fact.source, where=where_words(fact.source.where, lang))


def finding_out(f: Finding, lang: str) -> FindingOut:
    """A finding as the report gives it (the JSON contract's shape), in lang."""
    loc = render_source(f.location, lang) if f.location else None
    return FindingOut(
        rule=f.rule,
        catalog=list(f.catalog),
        severity=f.severity,
        message=render(f.message, lang),
        hint=render_optional(f.hint, lang),
        citation=f.citation,
        material=f.material,
        budget_item=f.budget_item,
        fact=f.fact,
        location=LocationOut(file=loc.file, where=where_words(loc.where, lang)) if loc else LocationOut(),
    )


def findings_out(findings: list[Finding], lang: str) -> list[FindingOut]:
    """The dossier's findings in lang."""
    return [finding_out(f, lang) for f in findings]


_EVIDENCE = {"文件名": "file name", "标题": "title", "工作表": "sheet"}


def evidence_en(text: str | None) -> str | None:
    """Why a document has its kind ("文件名：…", "标题：…", "工作表：…") in English; the
    name or title itself is quoted as it is."""
    if not text or "：" not in text:
        return text
    label, rest = text.split("：", 1)
    return f"{_EVIDENCE.get(label, label)}: “{rest}”" if label in _EVIDENCE else text
