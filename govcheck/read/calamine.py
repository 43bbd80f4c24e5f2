"""Old and open spreadsheet formats (.xls, WPS .et, .ods) → Sheets, via python-calamine.

calamine reads the cached results Excel/WPS store; it has no formula text to compute from, so
an .xls written by a generator without results shows those cells empty. It reports merged
ranges of .xls but not of .ods; those are read from the .ods content.xml here.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime, time
from typing import Any

from ..model import Document, Sheet
from .ole import MAGIC as OLE_MAGIC
from .ole import OleFile, is_encrypted_workbook
from .problems import ENCRYPTED, ReadProblem

_NAMES = {"xls": "旧版 .xls 文件", "et": "WPS 表格 .et 文件", "ods": "OpenDocument .ods 文件"}


def read_calamine(data: bytes, doc: Document) -> None:
    try:
        from python_calamine import CalamineWorkbook
    except ImportError as e:
        what = _NAMES.get(doc.format, f".{doc.format} 文件")
        raise ReadProblem("legacy", f"{what}：缺少 python-calamine 组件，另存为 .xlsx 后可检查内容") from e
    try:
        wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception as e:
        if _encrypted(data):
            raise ReadProblem("encrypted", ENCRYPTED) from e
        raise
    ods_merges = _ods_merges(data) if doc.format == "ods" else {}
    try:
        for meta in wb.sheets_metadata:
            if "WorkSheet" not in str(meta.typ):  # chart/dialog/macro sheets hold no cells
                continue
            sheet = wb.get_sheet_by_name(meta.name)
            grid = [[_value(v) for v in row] for row in sheet.to_python(skip_empty_area=False)]
            merges = getattr(sheet, "merged_cell_ranges", None) or ods_merges.get(meta.name, [])
            _fill_merges(grid, merges)
            doc.sheets.append(_trimmed(meta.name, grid))
    finally:
        wb.close()
    doc.has_text = any(s.rows for s in doc.sheets)


def _encrypted(data: bytes) -> bool:
    if not data.startswith(OLE_MAGIC):
        return False
    try:
        return is_encrypted_workbook(OleFile(data))
    except Exception:  # noqa: BLE001 — only an explanation for a failure already happening
        return False


def _value(v: Any) -> Any:
    if v == "":
        return None  # calamine pads empty cells with ""; elsewhere empty is None
    if isinstance(v, float) and v.is_integer() and abs(v) < 2**53:
        return int(v)  # BIFF stores every number as a double; 70.0 was typed as 70
    if isinstance(v, datetime) and v.time() == time(0, 0):
        return v.date()
    return v


_ODS_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_ODS_ROW_GROUPS = {_ODS_TABLE + t for t in ("table-header-rows", "table-row-group", "table-rows")}
_ODS_CELLS = {_ODS_TABLE + "table-cell", _ODS_TABLE + "covered-table-cell"}


def _ods_merges(data: bytes) -> dict[str, list]:
    """Merged ranges of each sheet of an .ods, as calamine gives them for .xls: ((r1, c1), (r2, c2)),
    0-based and inclusive. Anything unexpected means no merges (the cells are still read)."""
    try:
        from lxml import etree

        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            content = zf.read("content.xml")
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        root = etree.fromstring(content, parser)
    except Exception:  # noqa: BLE001 — merges are an extra; calamine already read the cells
        return {}
    out: dict[str, list] = {}
    for table in root.iter(_ODS_TABLE + "table"):
        merges: list = []
        _ods_rows(table, 0, merges)
        if merges:
            out.setdefault(table.get(_ODS_TABLE + "name", ""), merges)
    return out


def _ods_rows(container, row: int, merges: list) -> int:
    """Walk rows (also inside header rows / row groups) from ``row``; the row after the last."""
    for el in container:
        if el.tag in _ODS_ROW_GROUPS:
            row = _ods_rows(el, row, merges)
        elif el.tag == _ODS_TABLE + "table-row":
            col = 0
            for cell in el:
                if cell.tag not in _ODS_CELLS:
                    continue
                across = _ods_int(cell, "number-columns-spanned")
                down = _ods_int(cell, "number-rows-spanned")
                if cell.tag == _ODS_TABLE + "table-cell" and (across > 1 or down > 1):
                    merges.append(((row, col), (row + down - 1, col + across - 1)))
                col += _ods_int(cell, "number-columns-repeated")
            row += _ods_int(el, "number-rows-repeated")  # 1048576 blank rows are one element
    return row


def _ods_int(el, name: str) -> int:
    try:
        return max(1, int(el.get(_ODS_TABLE + name, "1")))
    except ValueError:
        return 1


def _fill_merges(grid: list[list[Any]], ranges: list) -> None:
    """Repeat the top-left value over each merged range ((r1, c1), (r2, c2), 0-based)."""
    for (r1, c1), (r2, c2) in ranges:
        if r1 >= len(grid) or c1 >= len(grid[r1]) or grid[r1][c1] is None:
            continue
        top = grid[r1][c1]
        for r in range(r1, min(r2, len(grid) - 1) + 1):
            row = grid[r]
            for c in range(c1, min(c2, len(row) - 1) + 1):  # clipped to the used area
                row[c] = top


def _trimmed(name: str, grid: list[list[Any]]) -> Sheet:
    def empty(v: Any) -> bool:
        return v is None or (isinstance(v, str) and not v.strip())

    rows = [i for i, row in enumerate(grid) if any(not empty(v) for v in row)]
    cols = [j for row in grid for j, v in enumerate(row) if not empty(v)]
    if not rows:
        return Sheet(name=name, rows=[])
    r1, r2, c1, c2 = rows[0], rows[-1], min(cols), max(cols)
    out = [[row[c] if c < len(row) else None for c in range(c1, c2 + 1)] for row in grid[r1 : r2 + 1]]
    return Sheet(name=name, rows=out, first_row=r1 + 1, first_col=c1 + 1)
