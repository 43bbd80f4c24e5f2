"""A .docx table or an .xlsx sheet seen the same way: rows of cells, and how to name a cell."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from ..location import Where
from ..model import Document, Sheet, Table


@dataclass
class Grid:
    doc: Document
    rows: list[list[Any]]
    sheet: Sheet | None = None
    table: Table | None = None

    @property
    def name(self) -> str:
        if self.sheet is not None:
            return self.sheet.name
        return f"表{(self.table.index if self.table else 0) + 1}"

    def cell_where(self, r: int, c: int) -> Where:
        """Sheet1!B3 for a sheet; 表1 第3行 第2列 for a table (1-based)."""
        if self.sheet is not None:
            return Where.cell(self.sheet.name, self.sheet.cell_ref(r, c))
        return Where.row(self._table_number(), r + 1, c + 1)

    def row_where(self, r: int, c: int) -> Where:
        """Sheet1!B3 for a sheet; 表1 第3行 for a table — where a form value is."""
        if self.sheet is not None:
            return Where.cell(self.sheet.name, self.sheet.cell_ref(r, c))
        return Where.row(self._table_number(), r + 1)

    def _table_number(self) -> int:
        return (self.table.index if self.table else 0) + 1

    def get(self, r: int, c: int) -> Any:
        if 0 <= r < len(self.rows) and 0 <= c < len(self.rows[r]):
            return self.rows[r][c]
        return None


def grids(doc: Document) -> Iterator[Grid]:
    for t in doc.tables:
        yield Grid(doc, [list(r) for r in t.rows], table=t)
    for s in doc.sheets:
        yield Grid(doc, [list(r) for r in s.rows], sheet=s)
