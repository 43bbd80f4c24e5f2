"""Fixtures of the facts tests: real .docx / .xlsx files made with python-docx / openpyxl in a
tmp dossier, read back through the real reader (govcheck.read.read_dossier)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest

from govcheck.model import Document, Paragraph, Sheet, Table
from govcheck.report.words import finding_out


def said(finding: Any, lang: str = "zh") -> str:
    """A finding's message as the report writes it (extraction gives findings as data)."""
    return finding_out(finding, lang).message


class Dossier:
    def __init__(self, root: Path):
        self.root = root
        root.mkdir(parents=True, exist_ok=True)

    def docx(self, name: str, tables: list[list[list[str]]] | None = None,
             paragraphs: list[str] | None = None,
             merges: list[tuple[int, tuple[int, int], tuple[int, int]]] | None = None) -> Path:
        """A .docx with paragraphs then tables; merges: (table, (r0, c0), (r1, c1)) to merge."""
        import docx

        d = docx.Document()
        for p in paragraphs or []:
            d.add_paragraph(p)
        made = []
        for rows in tables or []:
            width = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=width)
            for i, row in enumerate(rows):
                for j, text in enumerate(row):
                    if text is not None:
                        t.cell(i, j).text = text
            made.append(t)
        for ti, (r0, c0), (r1, c1) in merges or []:
            t = made[ti]
            keep = t.cell(r0, c0).text
            m = t.cell(r0, c0).merge(t.cell(r1, c1))
            m.text = keep
        p = self.root / name
        d.save(p)
        return p

    def xlsx(self, name: str, sheets: dict[str, list[list[Any]]],
             merges: dict[str, list[str]] | None = None) -> Path:
        import openpyxl

        wb = openpyxl.Workbook()
        wb.remove(wb.active)
        for title, rows in sheets.items():
            ws = wb.create_sheet(title)
            for row in rows:
                ws.append(row)
            for rng in (merges or {}).get(title, []):
                ws.merge_cells(rng)
        p = self.root / name
        wb.save(p)
        return p

    def read(self) -> list[Document]:
        try:
            from govcheck.read import read_dossier
        except ImportError:  # pragma: no cover - the reader is another engineer's stage
            return _local_read(self.root)
        return read_dossier(self.root)

    def doc(self, name: str) -> Document:
        return next(d for d in self.read() if d.path == name)


def _local_read(root: Path) -> list[Document]:  # pragma: no cover
    """Only if govcheck.read is missing: docx/xlsx into Documents with python-docx/openpyxl."""
    import docx
    import openpyxl

    out = []
    for p in sorted(root.iterdir()):
        if p.suffix == ".docx":
            d = docx.Document(p)
            paras = [Paragraph(x.text, 0, i) for i, x in enumerate(d.paragraphs) if x.text]
            tables = [Table(i, [[c.text for c in r.cells] for r in t.rows]) for i, t in enumerate(d.tables)]
            out.append(Document(p.name, "docx", paragraphs=paras, tables=tables))
        elif p.suffix == ".xlsx":
            wb = openpyxl.load_workbook(p, data_only=True)
            sheets = [Sheet(ws.title, [list(r) for r in ws.iter_rows(values_only=True)]) for ws in wb]
            out.append(Document(p.name, "xlsx", sheets=sheets))
    return out


@pytest.fixture
def dossier(tmp_path: Path) -> Dossier:
    return Dossier(tmp_path / "dossier")


def by_fact(cands, fact: str):
    return [c for c in cands if c.fact == fact]


@pytest.fixture
def one() -> Callable:
    """one(cands, fact) → the single candidate of that fact (fails if none or several)."""
    def _one(cands, fact):
        got = by_fact(cands, fact)
        assert len(got) == 1, f"{fact}: {got}"
        return got[0]
    return _one
