"""Old and open spreadsheet formats (.xls, WPS .et, .ods) → Sheets, via python-calamine.

calamine reads the cached results Excel/WPS store; it has no formula text to compute from, so
an .xls written by a generator without results shows those cells empty.
"""

from __future__ import annotations

import io
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
    try:
        for meta in wb.sheets_metadata:
            if "WorkSheet" not in str(meta.typ):  # chart/dialog/macro sheets hold no cells
                continue
            sheet = wb.get_sheet_by_name(meta.name)
            grid = [[_value(v) for v in row] for row in sheet.to_python(skip_empty_area=False)]
            _fill_merges(grid, getattr(sheet, "merged_cell_ranges", None) or [])
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
