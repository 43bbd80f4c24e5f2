"""Locations in English: the readers and checks write where a value is the way a Chinese
reviewer says it (表1 第21行 竣工验收申请日期, 段落9, 全文); with --lang en the report says
"table 1, row 21 “竣工验收申请日期”", "paragraph 9", "whole text". The label is the document's
own wording, so it stays, quoted. Sheet references (概算表!E12) are names and stay as they are.
"""

from __future__ import annotations

import re

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
    """Locations quoted inside a message (a tool finding's "{file} {where}: …")."""
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
