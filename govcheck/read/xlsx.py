"""Excel .xlsx → one Sheet per worksheet, values as a reviewer would see them.

The cell values are streamed from the sheet XML by xlsx_cells.py, which gives what openpyxl's
read-only data_only reader gives, without importing or loading openpyxl; openpyxl (read-only,
memory flat on big workbooks) reads the workbooks that reader is unsure of. Merged ranges (a
merged label must repeat over the cells it covers, or a row loses its label) and whether any
formula exists (only then is formula text read, to compute results the file doesn't carry) are
taken from the package XML directly too.
"""

from __future__ import annotations

import contextlib
import io
import posixpath
import re
import zipfile
from collections.abc import Iterator
from datetime import datetime, time
from itertools import islice
from typing import Any
from ..limits import Limits
from ..model import Document, Sheet, column_letter
from . import deadline
from .formula import FormulaBook, FormulaError, parse_cell
from .problems import limit_issue
# the namespace names, the cell map and the look past the row limit are the lean reader's too
from .xlsx_cells import LOOK_PAST as _LOOK_PAST, MAIN as _MAIN, REL_ID as _REL_ID, Cells, read_values

_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Za-z$]+\d+(?::[A-Za-z$]+\d+)?)"')
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_MAX_FAILURE_NOTES = 20
_CHUNK = 1 << 20
_OVERLAP = 256  # longer than any <mergeCell ref="…"/> or formula tag start
_MAX_MERGES = 100000


def read_xlsx(data: bytes, doc: Document, limits: Limits | None = None) -> None:
    limits = limits or Limits()
    package = zipfile.ZipFile(io.BytesIO(data))
    parts = _sheet_parts(package)
    scans = {name: _scan_sheet(package, part) for name, part in parts.items()}

    # The values straight from the XML (xlsx_cells.py); openpyxl only where that reader is not
    # certain to read the workbook as openpyxl does.
    lean = read_values(package, limits)
    values, cut = lean if lean is not None else _load(_openpyxl(), data, data_only=True, limits=limits)
    formulas: dict[str, Cells] = {}
    if any(has_formula for _, has_formula in scans.values()):
        try:
            found = _formula_cells(package, parts, limits)
        except etree_errors():  # what lxml refuses (a text node over 10 MB) openpyxl may read
            found = None
        formulas = found if found is not None else _load(_openpyxl(), data, data_only=False, limits=limits)[0]
    _fill_formula_results(values, formulas, doc)

    for name, cells in values.items():
        merges = scans[name][0] if name in scans else []
        doc.sheets.append(_sheet(name, cells, merges))
    for name, (rows, cols) in cut.items():
        doc.issues.append(_cut_issue(limits, name, rows, cols))
    doc.has_text = any(s.rows for s in doc.sheets)


def _openpyxl():
    import openpyxl  # heavy (~130 ms): imported only when the lean reader hands a workbook over

    return openpyxl


def _load(openpyxl, data: bytes, data_only: bool, limits: Limits) -> tuple[dict[str, Cells], dict[str, tuple[bool, bool]]]:
    """Non-empty cells of every worksheet (with data_only=False, only the formula cells), up to
    sheet_rows rows and sheet_cols columns; and, per sheet cut at a limit, (rows cut, cols cut).

    Rows are streamed (read_only) and reading stops at the limit: a million-row sheet costs
    what its first sheet_rows rows cost."""
    with _no_size_scan():
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=data_only)
    try:
        out: dict[str, Cells] = {}
        cut: dict[str, tuple[bool, bool]] = {}
        for ws in wb.worksheets:
            if not hasattr(ws, "iter_rows"):  # chartsheets
                continue
            ws.reset_dimensions()  # a stale <dimension> tag would otherwise cut rows off
            cells: Cells = {}
            rows_cut = cols_cut = False
            # iter_rows yields every row from 1 on (missing rows as empty ones), so the count is
            # the row number.
            rows = ws.iter_rows()
            for number, row in enumerate(rows, start=1):
                if number > limits.sheet_rows:
                    rows_cut = _data_goes_on(rows, row)
                    break
                if number % 1000 == 0:
                    deadline.check()
                for cell in row:
                    if getattr(cell, "row", None) is None or cell.value is None:
                        continue  # padding EmptyCells
                    if cell.column > limits.sheet_cols:
                        cols_cut = True
                        break
                    if data_only:
                        cells[(cell.row, cell.column)] = cell.value
                    elif cell.data_type == "f":
                        text = getattr(cell.value, "text", cell.value)  # ArrayFormula keeps .text
                        if isinstance(text, str):
                            cells[(cell.row, cell.column)] = text if text.startswith("=") else "=" + text
            out[ws.title] = cells
            if rows_cut or cols_cut:
                cut[ws.title] = (rows_cut, cols_cut)
        return out, cut
    finally:
        wb.close()


def _formula_cells(package: zipfile.ZipFile, parts: dict[str, str], limits: Limits) -> dict[str, Cells] | None:
    """The formula text of every formula cell, per sheet, as openpyxl's read-only reader gives it
    (shared formulas translated to each cell, an array formula's text, "=" before it), up to
    sheet_rows / sheet_cols — streamed from the sheet parts with lxml: loading the whole workbook
    a second time through openpyxl for these cost more than all the rest of reading it.
    None (then openpyxl is asked) where a row or cell carries no reference or an odd one."""
    from lxml import etree

    tags = (_MAIN + "row", _MAIN + "c")
    out: dict[str, Cells] = {}
    for name, part in parts.items():
        cells: Cells = {}
        shared: dict[str | None, Any] = {}
        with package.open(part) as f:
            events = etree.iterparse(f, events=("end",), tag=tags, resolve_entities=False, no_network=True,
                                     load_dtd=False, huge_tree=False, remove_comments=True)
            for _, el in events:
                if el.tag == tags[0]:
                    number = el.get("r")
                    if number is None or not number.isdigit():
                        return None
                    if int(number) > limits.sheet_rows:
                        break
                    if int(number) % 1000 == 0:
                        deadline.check()
                    el.clear()  # the row's cells are done: memory stays flat on big sheets
                    while el.getprevious() is not None:
                        del el.getparent()[0]
                    continue
                f_el = el.find(_MAIN + "f")
                if f_el is None:
                    continue
                ref = el.get("r")
                try:
                    row, col = parse_cell(ref or "")
                except FormulaError:
                    return None
                if row > limits.sheet_rows or col > limits.sheet_cols:
                    continue
                text = _formula_text(f_el, ref, shared, _translator)
                if isinstance(text, str):
                    cells[(row, col)] = text
        out[name] = cells
    return out


def _translator(formula: str, origin: str):
    # openpyxl (heavy) only for a shared formula: the one thing here it computes for us
    from openpyxl.formula.translate import Translator

    return Translator(formula, origin)


def etree_errors() -> tuple[type[Exception], ...]:
    from lxml import etree

    return (etree.LxmlError,)


def _formula_text(f_el, ref: str, shared: dict, translator) -> str | None:
    """openpyxl's WorkSheetParser.parse_formula, for the text: a data table formula has none."""
    kind = f_el.get("t")
    value = "=" + (f_el.text or "") if f_el.text is not None else "="
    if kind == "shared":
        idx = f_el.get("si")
        if idx in shared:
            return shared[idx].translate_formula(ref)
        if value != "=":
            shared[idx] = translator(value, ref)
        return value
    if kind == "dataTable":
        return None
    return value


@contextlib.contextmanager
def _no_size_scan() -> Iterator[None]:
    """openpyxl's read-only sheets look for <dimension> on opening with an iterparse that only
    stops at the end of <sheetData> when the tag is missing (generated files) or misplaced: the
    whole sheet is parsed once before a row is read. The dimensions are reset right after
    (reset_dimensions) anyway, so the scan is skipped while the workbook opens."""
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    original = ReadOnlyWorksheet._get_size
    ReadOnlyWorksheet._get_size = lambda self: None
    try:
        yield
    finally:
        ReadOnlyWorksheet._get_size = original


def _has_value(cell) -> bool:
    return getattr(cell, "row", None) is not None and cell.value is not None


def _data_goes_on(rows: Iterator, first: tuple) -> bool:
    """Past the row limit: is there data beyond it? iter_rows ends with the last row the file
    has, but generators write formatted empty rows too; a value within the next
    _LOOK_PAST rows counts as data going on, empty rows after the limit do not."""
    if any(_has_value(cell) for cell in first):
        return True
    return any(any(_has_value(cell) for cell in row) for row in islice(rows, _LOOK_PAST))


def _cut_issue(limits: Limits, sheet: str, rows: bool, cols: bool):
    parts_zh, parts_en = [], []
    if rows:
        parts_zh.append(f"只读取了前 {limits.sheet_rows} 行")
        parts_en.append(f"only the first {limits.sheet_rows} rows were read")
    if cols:
        parts_zh.append(f"只读取了前 {limits.sheet_cols} 列")
        parts_en.append(f"only the first {limits.sheet_cols} columns were read")
    name = "sheet_rows" if rows else "sheet_cols"
    if rows and cols:
        name = "sheet_rows"
    return limit_issue(limits, name, f"工作表「{sheet}」{'，'.join(parts_zh)}",
                       f"sheet {sheet!r}: {', '.join(parts_en)}", partial=True)


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


def _scan_sheet(package: zipfile.ZipFile, part: str) -> tuple[list[bytes], bool]:
    """A worksheet part's merged ranges and whether it has any formula, streamed in chunks:
    <mergeCells> follows all the rows, and a big sheet is not held in memory for it."""
    merges: list[bytes] = []
    has_formula = False
    tail = b""
    with package.open(part) as f:
        while chunk := f.read(_CHUNK):
            block = tail + chunk
            # Only matches that end before the overlap kept for the next block, so none is
            # found twice or cut in half.
            keep = len(block) - _OVERLAP if len(chunk) == _CHUNK else len(block)
            # A substring test first (C speed): the regexes only run where a match is possible.
            if b"mergeCell" in block:
                merges += [m.group(1) for m in _MERGE.finditer(block) if m.end() <= keep]
            if not has_formula and (b"<f" in block or b":f" in block):
                has_formula = bool(_FORMULA.search(block))
            tail = block[keep:]
            if len(merges) > _MAX_MERGES:
                break
    return merges[:_MAX_MERGES], has_formula


def _sheet_parts(package: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet name → its XML part, from xl/workbook.xml and its relationships."""
    workbook = _parse(package.read("xl/workbook.xml"))
    try:
        rels = _parse(package.read("xl/_rels/workbook.xml.rels"))
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


def _parse(xml: bytes):
    """lxml without entities, DTDs or network (the package was checked for DTDs already)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    return etree.fromstring(xml, parser)
