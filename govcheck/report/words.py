"""Data into words: a Message (govcheck/message.py) or a Finding (govcheck/findings.py) in the
report's language. The one place the pipeline's findings, reasons and evidence get their text;
values are written by govcheck/values.py, names come from the vocabulary. Locations are still
written by the readers the Chinese way (表1 第3行, 段落9): the English for them is at the end."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..findings import Finding
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
    if isinstance(x, Place):
        return in_text_en(x.text) if lang == "en" else x.text
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


def render_facts(facts: dict[str, Any], lang: str) -> None:
    """Every fact's source in lang (in place: the report reads the dossier's facts)."""
    for fact in facts.values():
        fact.source = render_source(fact.source, lang)
        if lang == "en" and fact.source.where:
            fact.source = replace(fact.source, where=where_en(fact.source.where))


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
        location=LocationOut(file=loc.file, where=loc.where) if loc else LocationOut(),
    )


def findings_out(findings: list[Finding], lang: str) -> list[FindingOut]:
    """The dossier's findings in lang; in English the location the readers wrote the Chinese
    way (表1 第21行 总投资, 段落9, 全文) is said in English, its label quoted."""
    out = [finding_out(f, lang) for f in findings]
    if lang != "en":
        return out
    return [f.model_copy(update={"location": f.location.model_copy(update={"where": where_en(f.location.where)})})
            for f in out]


# --------------------------------------------------------------------------- locations in English
# The readers and checks write where a value is the way a Chinese reviewer says it (表1 第21行
# 竣工验收申请日期, 段落9, 全文); with --lang en the report says "table 1, row 21 “竣工验收申请日期”",
# "paragraph 9", "whole text". The label is the document's own wording, so it stays, quoted. Sheet
# references (概算表!E12) are names and stay as they are.

_TABLE = re.compile(r"表(\d+) 第(\d+)行(?: 第(\d+)列)?")
_PARAGRAPH = re.compile(r"段落(\d+)")
_WHOLE = re.compile(r"(?<![\u4e00-\u9fff])全文(?![\u4e00-\u9fff])")
_INFERRED = re.compile(r"(?<![\u4e00-\u9fff])推定(?![\u4e00-\u9fff])")  # a derived fact's "where"
_LABEL_AFTER = re.compile(r"(?s)^(table \d+, row \d+(?:, column \d+)?|paragraph \d+|[^\s!]+![A-Z]+\d+) (.+)$")


def _table(m: re.Match) -> str:
    s = f"table {m.group(1)}, row {m.group(2)}"
    return s + (f", column {m.group(3)}" if m.group(3) else "")


def where_en(text: str | None) -> str | None:
    """A location string in English (structure translated, document wording quoted)."""
    if not text:
        return text
    s = _TABLE.sub(_table, text)
    s = _PARAGRAPH.sub(lambda m: f"paragraph {m.group(1)}", s)
    s = _WHOLE.sub("whole text", s)
    s = _INFERRED.sub("inferred", s)
    m = _LABEL_AFTER.match(s)
    if m and not m.group(2).startswith("“"):
        label = " ".join(m.group(2).split())  # a label broken over lines in its cell
        s = f"{m.group(1)} “{label}”"
    return s


def in_text_en(text: str | None) -> str | None:
    """A Place inside a message (a tool finding's "{file} {where}: …"): no label quoting."""
    if not text:
        return text
    s = _TABLE.sub(_table, text)
    s = _PARAGRAPH.sub(lambda m: f"paragraph {m.group(1)}", s)
    return _WHOLE.sub("whole text", s)


_EVIDENCE = {"文件名": "file name", "标题": "title", "工作表": "sheet"}


def evidence_en(text: str | None) -> str | None:
    """Why a document has its kind ("文件名：…", "标题：…", "工作表：…") in English; the
    name or title itself is quoted as it is."""
    if not text or "：" not in text:
        return text
    label, rest = text.split("：", 1)
    return f"{_EVIDENCE.get(label, label)}: “{rest}”" if label in _EVIDENCE else text
