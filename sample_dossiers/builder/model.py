"""The small document model the writers render: paragraphs, tables, sections, documents, sheets."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Union

from .determinism import FIXED_WHEN

# =========================================================================== document model


@dataclass
class P:
    """A body paragraph."""

    text: str
    align: str | None = None  # center | right
    bold: bool = False


@dataclass
class T:
    """A table: the first row is a header row unless header=False."""

    rows: list[list[str]]
    header: bool = True
    label_column: bool = False  # bold first column (label|value forms)


Block = Union[str, P, T, "Sec"]


@dataclass
class Sec:
    """A section: a heading (python-docx heading style, level = depth) and its blocks."""

    heading: str
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Docx:
    file: str
    title: str
    blocks: list[Block]
    author: str
    when: date | None = None
    subject: str = ""


@dataclass
class SheetSpec:
    name: str
    title: str
    header: list[str]
    rows: list[list[object]]
    unit_line: str | None = None  # e.g. 单位：万元
    widths: list[int] = field(default_factory=list)
    bold_rows: set[int] = field(default_factory=set)  # indexes into rows
    money_cols: set[int] = field(default_factory=set)  # 0-based columns shown as 0.00


@dataclass
class Xlsx:
    file: str
    sheets: list[SheetSpec]
    author: str
    when: date | None = None
    title: str = ""


Spec = Union[Docx, Xlsx]


def _when(d: date | None) -> datetime:
    return datetime(d.year, d.month, d.day, 9, 0, 0) if d else FIXED_WHEN
