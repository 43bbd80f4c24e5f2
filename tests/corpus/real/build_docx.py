"""Build what the corpus index asks for from the verbatim files: a .docx table from a site's
pipe rendering of a table (``as: docx-table``). Nothing is changed in the text: each line is a
row, each ``|`` a cell boundary, runs of ``|`` empty cells."""

from __future__ import annotations

from pathlib import Path


def pipe_rows(text: str) -> list[list[str]]:
    rows = []
    for line in text.splitlines():
        if not line.strip():
            continue
        rows.append([c.strip() for c in line.split("|")])
    return rows


def docx_table(src: Path, dest: Path) -> Path:
    """dest (.docx) holding one table built from the pipe-rendered src."""
    import docx  # python-docx: only when a table is built

    rows = pipe_rows(src.read_text(encoding="utf-8"))
    # trailing empty cells are the rendering's padding, not columns
    rows = [r[: max((i + 1 for i, c in enumerate(r) if c), default=1)] for r in rows]
    width = max(len(r) for r in rows)
    d = docx.Document()
    table = d.add_table(rows=len(rows), cols=width)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    d.save(dest)
    return dest
