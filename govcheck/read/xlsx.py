"""Excel .xlsx → one Sheet per worksheet, values as a reviewer would see them.

openpyxl in read-only mode keeps memory flat on big budget workbooks but hides two things we
need, so they are taken from the package XML directly: merged ranges (a merged label must
repeat over the cells it covers, or a row loses its label) and whether any formula exists
(only then is the workbook loaded a second time for formula text, to compute results the file
doesn't carry).
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from datetime import datetime, time
from typing import Any
from xml.etree import ElementTree

from ..model import Document, Sheet, column_letter
from .formula import FormulaBook, FormulaError, parse_cell

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Za-z$]+\d+(?::[A-Za-z$]+\d+)?)"')
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_MAX_FAILURE_NOTES = 20

Cells = dict[tuple[int, int], Any]


def read_xlsx(data: bytes, doc: Document) -> None:
    import openpyxl  # heavy: imported only when a workbook is read

    package = zipfile.ZipFile(io.BytesIO(data))
    sheet_xml = {name: package.read(part) for name, part in _sheet_parts(package).items()}

    values = _load(openpyxl, data, data_only=True)
    formulas: dict[str, Cells] = {}
    if any(_FORMULA.search(xml) for xml in sheet_xml.values()):
        formulas = _load(openpyxl, data, data_only=False)
    _fill_formula_results(values, formulas, doc)

    for name, cells in values.items():
        merges = _MERGE.findall(sheet_xml.get(name, b""))
        doc.sheets.append(_sheet(name, cells, merges))
    doc.has_text = any(s.rows for s in doc.sheets)


def _load(openpyxl, data: bytes, data_only: bool) -> dict[str, Cells]:
    """Non-empty cells of every worksheet; with data_only=False, only the formula cells."""
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=data_only)
    try:
        out: dict[str, Cells] = {}
        for ws in wb.worksheets:
            if not hasattr(ws, "iter_rows"):  # chartsheets
                continue
            ws.reset_dimensions()  # a stale <dimension> tag would otherwise cut rows off
            cells: Cells = {}
            for row in ws.iter_rows():
                for cell in row:
                    if getattr(cell, "row", None) is None or cell.value is None:
                        continue  # padding EmptyCells
                    if data_only:
                        cells[(cell.row, cell.column)] = cell.value
                    elif cell.data_type == "f":
                        text = getattr(cell.value, "text", cell.value)  # ArrayFormula keeps .text
                        if isinstance(text, str):
                            cells[(cell.row, cell.column)] = text if text.startswith("=") else "=" + text
            out[ws.title] = cells
        return out
    finally:
        wb.close()


def _fill_formula_results(values: dict[str, Cells], formulas: dict[str, Cells], doc: Document) -> None:
    """Compute formula cells that have no cached value (files never opened in Excel)."""
    book = FormulaBook(values, formulas)
    computed: list[str] = []
    failed: list[str] = []
    results: dict[tuple[str, int, int], Any] = {}
    for name, cells in formulas.items():
        # Row order: a running total (C3 = C2 + B3) then finds its predecessor already done,
        # which keeps recursion shallow.
        for (r, c), text in sorted(cells.items()):
            if values.get(name, {}).get((r, c)) is not None:
                continue
            ref = f"{name}!{column_letter(c)}{r}"
            try:
                results[(name, r, c)] = book.compute(name, r, c)
                computed.append(ref)
            except FormulaError as e:
                failed.append(f"{ref} {text}（{e}）")
            except RecursionError:
                failed.append(f"{ref} {text}（公式引用层级过深）")
    for (name, r, c), value in results.items():
        if value is not None:
            values.setdefault(name, {})[(r, c)] = value
    if computed:
        doc.notes.append(f"{len(computed)} 个公式单元格没有保存计算结果，已由 govcheck 计算（如 {computed[0]}）")
    for line in failed[:_MAX_FAILURE_NOTES]:
        doc.notes.append(f"公式未能计算：{line}")
    if len(failed) > _MAX_FAILURE_NOTES:
        doc.notes.append(f"另有 {len(failed) - _MAX_FAILURE_NOTES} 个公式未能计算")


def _sheet(name: str, cells: Cells, merges: list[bytes]) -> Sheet:
    cells = {k: _plain(v) for k, v in cells.items()}
    filled = [k for k, v in cells.items() if not _empty(v)]
    if not filled:
        return Sheet(name=name, rows=[])
    r_min, r_max = min(r for r, _ in filled), max(r for r, _ in filled)
    c_min, c_max = min(c for _, c in filled), max(c for _, c in filled)
    _fill_merges(cells, merges, (r_min, c_min, r_max, c_max))
    rows = [[cells.get((r, c)) for c in range(c_min, c_max + 1)] for r in range(r_min, r_max + 1)]
    return Sheet(name=name, rows=rows, first_row=r_min, first_col=c_min)


def _fill_merges(cells: Cells, merges: list[bytes], bounds: tuple[int, int, int, int]) -> None:
    """Repeat each merged range's top-left value over the range, clipped to the used area
    (whole-row merges would otherwise widen the sheet to column XFD)."""
    r_min, c_min, r_max, c_max = bounds
    for ref in merges:
        first, _, last = ref.decode("ascii").partition(":")
        try:
            (r1, c1), (r2, c2) = parse_cell(first), parse_cell(last or first)
        except FormulaError:
            continue
        top = cells.get((r1, c1))
        if _empty(top):
            continue
        for r in range(max(r1, r_min), min(r2, r_max) + 1):
            for c in range(max(c1, c_min), min(c2, c_max) + 1):
                if (r, c) != (r1, c1):
                    cells[(r, c)] = top


def _plain(v: Any) -> Any:
    # A date typed into a cell arrives as datetime at midnight; as a date it compares with the
    # dates the rest of govcheck uses (datetime vs date comparisons raise TypeError).
    if isinstance(v, datetime) and v.time() == time(0, 0) and v.tzinfo is None:
        return v.date()
    return v


def _empty(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def _sheet_parts(package: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet name → its XML part, from xl/workbook.xml and its relationships."""
    workbook = ElementTree.fromstring(package.read("xl/workbook.xml"))
    try:
        rels = ElementTree.fromstring(package.read("xl/_rels/workbook.xml.rels"))
    except KeyError:
        return {}
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(_PKG_REL)}
    names = set(package.namelist())
    parts: dict[str, str] = {}
    for sheet in workbook.iter(_MAIN + "sheet"):
        target = targets.get(sheet.get(_REL_ID), "")
        # Targets are relative to xl/ ("worksheets/sheet1.xml") or absolute ("/xl/…").
        part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
        if part in names:
            parts[sheet.get("name", "")] = part
    return parts
