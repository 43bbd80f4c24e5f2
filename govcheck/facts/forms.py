"""Facts from declaration forms: .docx tables and .xlsx sheets laid out as label | value grids.

Layouts read (any number of tables per document, so a form spread over two tables is fine):

- label | value rows, 2 or 4 (or more) columns: 项目名称 | X | 项目代码 | Y
- a row of labels over a row of values: 项目名称 | 总投资（万元） / X | 70
- label and value in one cell: 项目名称：X
- merged cells (python-docx repeats a merged cell's text; openpyxl leaves None): repeats collapse
  into one cell, and a value equal to its label is no value
- checkboxes in the value: ☑是 □否 / ■涉密 □非涉密 / [√]是 [ ]否 / 是（√）否（ ）— the checked
  option is the value, also when the options sit in separate cells

A label is matched after normalising (labels.py); a unit in it (总投资（万元） / 总投资(元)), else a
单位：万元 line in the grid, gives the money unit. Each value becomes a Candidate (origin "form")
with Source(file, Where) — 表1 第3行 总投资（万元） for a .docx table, Sheet1!B3 总投资（万元） for a
sheet: the place and the label as written (govcheck/location.py) — raw = the value cell's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..findings import Finding
from ..model import Candidate, Document, Source
from ..values import cell_text
from ..vocabulary import facts
from .coerce import CHECKED_MARKS, UNCHECKED_MARKS, coerce
from .grid import Grid, grids
from .labels import LabelMatch, clean_text, keep_best_labels, match_label, norm_label
from .money import UNIT_LINE_RE, figure_and_words, normalize_text, words_finding
from .text import colon_pairs, trim_value

_MARKS = set(CHECKED_MARKS + UNCHECKED_MARKS)


@dataclass
class _Cell:
    text: str
    raw: Any
    c: int  # first column it covers
    c_end: int


def _logical(row: list[Any]) -> list[_Cell]:
    """A row with merged repeats collapsed: consecutive equal non-empty cells are one cell;
    None cells after a non-empty one (an openpyxl merge) are kept as blanks."""
    out: list[_Cell] = []
    for c, v in enumerate(row):
        t = cell_text(v)
        if out and t and out[-1].text == t and out[-1].c_end == c - 1:
            out[-1].c_end = c
            continue
        out.append(_Cell(t, v, c, c))
    return out


_COLUMN_WORDS = ("序号", "编号", "备注", "说明", "no")
# Words that head a column: a "value" reading one of them is the header row of a listing
# (序号 | 项目名称 | 数量 | 单价), not the value of the label before it.
_HEADER_WORDS = {"序号", "编号", "备注", "说明", "数量", "单价", "金额", "单位", "规格", "型号", "合计", "小计",
                 "名称", "内容", "品牌", "总价", "预算", "用途", "数量单位", "单价元", "金额元", "金额万元",
                 "单价万元", "规格型号", "技术参数", "参数", "配置", "备注说明", "no"}


def _is_column_word(t: str) -> bool:
    return norm_label(t)[0] in _COLUMN_WORDS


def _is_header_word(t: str) -> bool:
    return norm_label(t)[0] in _HEADER_WORDS


def _has_marks(t: str) -> bool:
    return any(ch in _MARKS for ch in t) or bool(re.search(r"[\[(（]\s*[√✓✔xX×]?\s*[\])）]", t))


def _grid_unit(g: Grid, upto: int | None = None) -> str | None:
    rows = g.rows if upto is None else g.rows[:upto]
    for row in rows:
        nonempty = [cell_text(v) for v in row if cell_text(v)]
        for t in nonempty:
            m = UNIT_LINE_RE.search(normalize_text(t))
            if m and len(normalize_text(t)) <= 20:
                return m.group(1)
    return None


class _FormReader:
    def __init__(self, doc: Document, jurisdiction: str | None):
        self.doc = doc
        self.jurisdiction = jurisdiction
        self.defs = facts()
        self.found: list[tuple[Candidate, str]] = []  # (candidate, label core)
        self.findings: list[Finding] = []

    def label(self, text: str) -> LabelMatch | None:
        if not text or _has_marks(text):
            return None
        return match_label(text, self.jurisdiction, self.doc.kind)

    # ------------------------------------------------------------ one grid
    def read(self, g: Grid, stop_row: int | None = None) -> None:
        rows = g.rows if stop_row is None else g.rows[:stop_row]
        unit = _grid_unit(g, stop_row)
        logical = [_logical(r) for r in rows]
        consumed: set[tuple[int, int]] = set()
        for r, cells in enumerate(logical):
            nonempty = [i for i, cell in enumerate(cells) if cell.text]
            labels = {i: self.label(cells[i].text) for i in nonempty}
            n_labels = sum(1 for i in nonempty if labels[i])
            header_like = n_labels >= 2 and all(labels[i] or _is_column_word(cells[i].text) for i in nonempty)
            for pos, i in enumerate(nonempty):
                cell = cells[i]
                if (r, cell.c) in consumed:
                    continue
                m = labels[i]
                if m is None:
                    self._in_cell(g, r, cell, unit)
                    continue
                consumed.add((r, cell.c))
                nxt = nonempty[pos + 1:]
                value: tuple[int, _Cell, str] | None = None  # (row, cell, text)
                if nxt and not labels[nxt[0]] and _is_header_word(cells[nxt[0]].text):
                    continue  # 项目名称 | 数量 | 单价: a listing's header row
                if nxt and not labels[nxt[0]]:
                    j = nxt[0]
                    text = cells[j].text
                    consumed.add((r, cells[j].c))
                    # checkbox options spread over the following cells: 是否涉密 | □是 | ☑否
                    if _has_marks(text):
                        for k in nxt[1:]:
                            if labels[k] or not _has_marks(cells[k].text):
                                break
                            text += " " + cells[k].text
                            consumed.add((r, cells[k].c))
                    value = (r, cells[j], text)
                elif nxt and len(nxt) >= 2 and not labels[nxt[1]]:
                    value = None  # 4-column row with this value blank: 项目代码 | | 项目名称 | X
                else:
                    below = self._below(g, logical, r, cell, header_like)
                    if below is not None:
                        consumed.add((r + 1, below.c))
                        value = (r + 1, below, below.text)
                    elif len(nxt) == 1:
                        # the value merely looks like a label (项目名称 | 一体化政务服务平台)
                        j = nxt[0]
                        if cells[j].text != cell.text:
                            consumed.add((r, cells[j].c))
                            value = (r, cells[j], cells[j].text)
                if value is None:
                    continue
                vr, vcell, vtext = value
                if vtext == cell.text:
                    continue
                self._candidate(g, m, vr, vcell, vtext, unit)

    def _below(self, g: Grid, logical: list[list[_Cell]], r: int, cell: _Cell,
               header_like: bool) -> _Cell | None:
        """The value under a label in a row of labels — only when one row of values follows
        (a listing of many projects under the same headings is no form of this project)."""
        if not header_like or r + 1 >= len(logical):
            return None
        if r + 2 < len(logical):
            after = [c for c in logical[r + 2] if c.text]
            if len(after) >= 2 and not any(self.label(c.text) for c in after):
                return None
        for b in logical[r + 1]:
            if b.c <= cell.c <= b.c_end or cell.c <= b.c <= cell.c_end:
                if b.text and b.text != cell.text and not self.label(b.text):
                    return b
                return None
        return None

    def _in_cell(self, g: Grid, r: int, cell: _Cell, unit: str | None) -> None:
        """项目名称：X inside one cell (several pairs separated by spaces are read too)."""
        t = normalize_text(cell.text)
        if ":" not in t:
            return
        for m, value, _span in colon_pairs(t, self.jurisdiction, self.doc.kind):
            self._candidate(g, m, r, cell, value, unit, raw_label=m.text, trim=True)

    def _candidate(self, g: Grid, m: LabelMatch, r: int, vcell: _Cell, vtext: str,
                   unit: str | None, raw_label: str | None = None, trim: bool = False) -> None:
        original = vtext
        for fid in m.facts:
            fd = self.defs[fid]
            vtext = trim_value(original, fd.type) if trim else original
            raw_value: Any = vcell.raw if vtext == vcell.text else vtext
            if isinstance(raw_value, str):
                raw_value = vtext
            val = coerce(fd, raw_value, unit=m.unit or unit, label=m.text)
            if val is None:
                continue
            where = g.row_where(r, vcell.c).labelled(raw_label or m.text)
            self.found.append((Candidate(fid, val, Source(self.doc.path, where), "form", clean_text(vtext)), m.core))
            if fd.type == "money" and isinstance(raw_value, str):
                self._words_check(fid, raw_value, m.unit or unit, Source(self.doc.path, where))
            return

    def _words_check(self, fid: str, text: str, unit: str | None, src: Source) -> None:
        figure, words = figure_and_words(text, unit)
        if figure is None or words is None or abs(figure - words) <= Decimal("0.0001"):
            return
        self.findings.append(words_finding(src, figure, words, text, fid))


def form_candidates(doc: Document, jurisdiction: str | None = None,
                    skip: dict[int, int] | None = None) -> tuple[list[Candidate], list[Finding]]:
    """Candidates from every table and sheet of a document. ``skip`` maps id(table/sheet) to the
    header row of a budget table in it: rows from there on are budget lines, not a form."""
    reader = _FormReader(doc, jurisdiction)
    skip = skip or {}
    for g in grids(doc):
        key = id(g.table if g.table is not None else g.sheet)
        reader.read(g, skip.get(key))
    return keep_best_labels(reader.found), reader.findings
