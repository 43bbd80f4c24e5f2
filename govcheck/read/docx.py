"""Word .docx → paragraphs with heading levels, and tables as rows of cell texts.

The main document part is walked as XML (read/ooxml.py finds and parses it; python-docx is not
used for reading: it parses every part of the package up front) because a convenience API skips
content Chinese forms are full of: content controls (w:sdt, the 填写区 of templates),
tracked insertions, text boxes on cover pages, table rows that start late (gridBefore), and
checkboxes — Wingdings symbols (w:sym), checkbox content controls (w14:checkbox) and legacy
FORMCHECKBOX fields — which come out as ☑ (checked) / □ (unchecked) in the text.
"""

from __future__ import annotations

import io
import re
import zipfile

from ..model import Document, Paragraph, Table

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_P, _TBL, _TR, _TC = _W + "p", _W + "tbl", _W + "tr", _W + "tc"
_SDT, _SDT_CONTENT, _CUSTOM_XML = _W + "sdt", _W + "sdtContent", _W + "customXml"
_TXBX = _W + "txbxContent"
_VAL = _W + "val"
# Subtrees whose text is not the paragraph's: properties (tab stops are <w:tab> too), ruby
# annotations, the legacy copy of a drawing, field codes, and tracked deletions and the old
# place of moved text (the document reads as if every change were accepted).
_SKIP = {_W + "pPr", _W + "rPr", _W + "rt", _MC_FALLBACK, _W + "instrText", _W + "delText",
         _W + "del", _W + "moveFrom"}

_HEADING_NAME = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.IGNORECASE)
_TITLE_NAME = re.compile(r"^(?:title|标题)$", re.IGNORECASE)


def read_docx(data: bytes, doc: Document, package: zipfile.ZipFile | None = None) -> None:
    """``package``: the file already opened as a zip (read/dossier.py checked it), else ``data``
    is opened here. Any content type of a Word main part reads (.docx, .docm, .dotx, .dotm)."""
    from .ooxml import Package, parse  # lxml: imported only when a .docx is read

    pkg = Package(package if package is not None else zipfile.ZipFile(io.BytesIO(data)))
    main = pkg.main_part()
    root = parse(pkg.read(main))
    if root.tag != _W + "document":
        raise ValueError(f"the main part /{main} is not a Word document")
    styles = _styles(pkg, main)
    body = root.find(_W + "body")
    if body is None:
        raise ValueError(f"the main part /{main} has no body")
    walker = _Walker(styles)
    walker.blocks(body)
    doc.paragraphs = walker.paragraphs
    doc.tables = walker.tables
    doc.has_text = bool(walker.paragraphs or any(any(r) for t in walker.tables for r in t.rows))


class _Walker:
    """Collects body paragraphs and tables in document order."""

    def __init__(self, styles: _Styles):
        self.styles = styles
        self.paragraphs: list[Paragraph] = []
        self.tables: list[Table] = []

    def blocks(self, container) -> None:
        for el in _block_children(container):
            if el.tag == _P:
                text, boxes = paragraph_text(el)
                if text:
                    self.paragraphs.append(Paragraph(text, self.styles.level(el), len(self.paragraphs)))
                for box in boxes:
                    self.blocks(box)
            else:
                self.tables.append(Table(len(self.tables), table_rows(el)))


def _block_children(container):
    """w:p and w:tbl children, looking through content controls and custom XML wrappers."""
    for child in container:
        if child.tag in (_P, _TBL):
            yield child
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _block_children(content)
        elif child.tag == _CUSTOM_XML:
            yield from _block_children(child)


def _wrapped(container, tag: str):
    """Children with ``tag``, also when wrapped in w:sdt / w:customXml (rows, cells)."""
    for child in container:
        if child.tag == tag:
            yield child
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _wrapped(content, tag)
        elif child.tag == _CUSTOM_XML:
            yield from _wrapped(child, tag)


def paragraph_text(p) -> tuple[str, list]:
    """The paragraph's own text, and the text boxes anchored in it (read separately)."""
    parts: list[str] = []
    boxes: list = []
    # Complex fields open in this paragraph: True for a legacy checkbox, whose result (if any)
    # is not text — the box was already written as ☑/□ at the field's start.
    fields: list[bool] = []

    def walk(el, font: str | None) -> None:
        for child in el:
            tag = child.tag
            if tag == _W + "t":
                if not any(fields):
                    text = child.text or ""
                    parts.append(_symbol_text(font, text) if font else text)
            elif tag == _W + "tab":
                parts.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                parts.append("\n")
            elif tag == _W + "noBreakHyphen":
                parts.append("-")
            elif tag == _W + "sym":
                if not any(fields):
                    parts.append(symbol_char(child.get(_W + "font"), child.get(_W + "char")))
            elif tag == _W + "fldChar":
                _field_char(child, fields, parts)
            elif tag == _TXBX:
                boxes.append(child)
            elif tag == _SDT and (state := _checkbox_control(child)) is not None:
                parts.append(CHECKED if state else UNCHECKED)  # not its glyph: the state is the answer
            elif tag == _W + "r":
                walk(child, _run_symbol_font(child))
            elif tag not in _SKIP:
                walk(child, font)

    walk(p, None)
    return "".join(parts).strip(), boxes


# --------------------------------------------------------------------------- checkboxes

CHECKED, UNCHECKED = "☑", "□"
_W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
_TICK, _CROSS = "√", "×"
# Symbol-font code points (the low byte of w:sym's F0xx) that forms use as checkboxes and marks.
# A box with a tick or an X, or a filled box, is a checked box; a hollow box an unchecked one.
_SYMBOLS: dict[str, dict[int, str]] = {
    "wingdings": {
        0x6E: CHECKED, 0x78: CHECKED, 0xFD: CHECKED, 0xFE: CHECKED,  # ■ ⌧ 🗵 🗹
        0x6F: UNCHECKED, 0x70: UNCHECKED, 0x71: UNCHECKED, 0x72: UNCHECKED, 0xA8: UNCHECKED,  # □ 🞐 ❑ ❒ ◻
        0xFC: _TICK, 0xFB: _CROSS,  # 🗸 🗴
        0x6C: "●", 0xA1: "○", 0xA4: "◉",
    },
    "wingdings2": {
        0x51: CHECKED, 0x52: CHECKED, 0x53: CHECKED, 0x54: CHECKED,  # 🗵 🗹 ☒ 🗷
        0xA0: CHECKED, 0xA1: CHECKED, 0xA2: CHECKED, 0xA8: CHECKED,  # ■ ◼ ⬛ ▣
        0x2A: UNCHECKED, 0xA3: UNCHECKED,  # the hollow boxes of Chinese forms (F02A, F0A3)
        0x50: _TICK, 0x4F: _CROSS,
        0x96: "●", 0x98: "●",
    },
    "symbol": {0xD6: _TICK, 0xB4: _CROSS},  # the radical sign is the √ of many forms
}


def symbol_char(font: str | None, char: str | None) -> str:
    """The text of a w:sym: a checkbox or mark as ☑ □ √ × …, another character as itself; a
    symbol-font glyph with no Unicode meaning to the checker, nothing."""
    try:
        code = int(char or "", 16)
    except ValueError:
        return ""
    table = _SYMBOLS.get(_font_key(font))
    if table is not None and (code < 0x100 or 0xF000 <= code <= 0xF0FF):
        return table.get(code & 0xFF, "")
    if 0xE000 <= code <= 0xF8FF or not 0 < code <= 0x10FFFF:
        return ""  # private use: a glyph of an unknown symbol font
    return chr(code)


def _symbol_text(font: str, text: str) -> str:
    """Text typed in a symbol font (what converters write instead of w:sym): known marks
    become ☑ □ √ …, anything else is left as it was."""
    table = _SYMBOLS[font]
    out = []
    for ch in text:
        code = ord(ch)
        mark = table.get(code & 0xFF) if code < 0x100 or 0xF000 <= code <= 0xF0FF else None
        out.append(mark or ch)
    return "".join(out)


def _font_key(font: str | None) -> str:
    return re.sub(r"\s+", "", font or "").lower()


def _run_symbol_font(r) -> str | None:
    """The symbol font of a run (rFonts naming Wingdings / Wingdings 2 / Symbol), or None."""
    fonts = r.find(f"{_W}rPr/{_W}rFonts")
    if fonts is None:
        return None
    for attr in ("ascii", "hAnsi"):  # the fonts of the characters below U+0100 and of the PUA
        key = _font_key(fonts.get(_W + attr))
        if key in _SYMBOLS:
            return key
    return None


def _checkbox_control(sdt) -> bool | None:
    """A checkbox content control's state (w14:checkbox/w14:checked), or None for other controls."""
    box = sdt.find(f"{_W}sdtPr/{_W14}checkbox")
    if box is None:
        return None
    checked = box.find(_W14 + "checked")
    return checked is not None and _on(checked.get(_W14 + "val"))


def _field_char(fld, fields: list[bool], parts: list[str]) -> None:
    kind = fld.get(_W + "fldCharType")
    if kind == "begin":
        box = fld.find(f"{_W}ffData/{_W}checkBox")
        if box is not None and not any(fields):
            # w:checked (the current state) overrides w:default (the state the form starts in).
            state = box.find(_W + "checked")
            if state is None:
                state = box.find(_W + "default")
            parts.append(CHECKED if state is not None and _on(state.get(_VAL)) else UNCHECKED)
        fields.append(box is not None)
    elif kind == "end" and fields:
        fields.pop()


def _on(val: str | None) -> bool:
    """An ST_OnOff value: absent means on."""
    return val is None or val.lower() in ("1", "true", "on")


# --------------------------------------------------------------------------- tables


def table_rows(tbl) -> list[list[str]]:
    """Rows of cell texts on the table grid: a merged cell repeats its text in every grid cell
    it covers (gridSpan across, vMerge down), so column positions line up between rows."""
    grid: list[list[str]] = []
    for tr in _wrapped(tbl, _TR):
        row = [""] * _tr_int(tr, "gridBefore")
        for tc in _wrapped(tr, _TC):
            tc_pr = tc.find(_W + "tcPr")
            span = max(1, _prop_int(tc_pr, "gridSpan", 1))
            col = len(row)
            if _continues(tc_pr, "vMerge") and grid and col < len(grid[-1]):
                text = grid[-1][col]
            elif _continues(tc_pr, "hMerge") and row:  # legacy horizontal merge
                text = row[-1]
            else:
                text = cell_text(tc)
            row.extend([text] * span)
        grid.append(row)
    width = max((len(r) for r in grid), default=0)
    return [r + [""] * (width - len(r)) for r in grid]


def cell_text(tc) -> str:
    """Paragraphs of the cell, one per line; a nested table adds one line per row."""
    lines: list[str] = []

    def collect(container) -> None:
        for el in _block_children(container):
            if el.tag == _P:
                text, boxes = paragraph_text(el)
                if text:
                    lines.append(text)
                for box in boxes:
                    collect(box)
            else:
                for row in table_rows(el):
                    joined = " ".join(_dedupe(c for c in row if c))
                    if joined:
                        lines.append(joined)

    collect(tc)
    return "\n".join(lines)


def _dedupe(cells) -> list[str]:
    # A merged cell of a nested table repeats on the grid; once is enough inside a cell's text.
    out: list[str] = []
    for c in cells:
        if not out or out[-1] != c:
            out.append(c)
    return out


def _prop_int(props, name: str, default: int) -> int:
    el = props.find(_W + name) if props is not None else None
    try:
        return int(el.get(_VAL)) if el is not None else default
    except (TypeError, ValueError):
        return default


def _tr_int(tr, name: str) -> int:
    return max(0, _prop_int(tr.find(_W + "trPr"), name, 0))


def _continues(tc_pr, name: str) -> bool:
    """<w:vMerge/> or val="continue": this cell is covered by the one before it."""
    el = tc_pr.find(_W + name) if tc_pr is not None else None
    return el is not None and el.get(_VAL, "continue") == "continue"


# --------------------------------------------------------------------------- headings


def _styles(pkg, main: str) -> _Styles:
    """The paragraph styles of the main part: its styles part, parsed once per distinct content
    in a process (documents from one template share it); without one, the styles python-docx
    gives such a document (its default template's), as reading did before."""
    from .ooxml import STYLES, Memo, parse

    global _STYLES_MEMO
    if _STYLES_MEMO is None:
        _STYLES_MEMO = Memo()
    try:
        part = pkg.related(main, STYLES)
    except KeyError:
        data = _default_styles_xml()
        if data is None:
            return _Styles(None)
        return _STYLES_MEMO.get(data, lambda xml: _Styles(parse(xml)))
    # Keyed by the part as stored: a template's styles (hundreds of KB of XML) are not even
    # unpacked again. A relationship to a missing part: KeyError, the file is unreadable.
    stored = pkg.stored(part)
    return _STYLES_MEMO.get(lambda: pkg.read(part), lambda xml: _Styles(parse(xml)), key_data=stored)


_STYLES_MEMO = None


def _default_styles_xml() -> bytes | None:
    """python-docx's default styles part, found without importing python-docx."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("docx")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        try:
            return (Path(folder) / "templates" / "default-styles.xml").read_bytes()
        except OSError:
            continue
    return None


class _Styles:
    """Paragraph styles by id: name, parent, outline level — enough to tell headings."""

    def __init__(self, styles_el):
        self._by_id: dict[str, tuple[str, str | None, int | None]] = {}
        self._default: str | None = None
        if styles_el is None:
            return
        for s in styles_el.iterchildren(_W + "style"):
            if s.get(_W + "type") not in (None, "paragraph"):
                continue
            sid = s.get(_W + "styleId")
            name_el, based_el = s.find(_W + "name"), s.find(_W + "basedOn")
            name = name_el.get(_VAL, "") if name_el is not None else ""
            based = based_el.get(_VAL) if based_el is not None else None
            self._by_id[sid] = (name.strip(), based, _outline(s.find(_W + "pPr")))
            if s.get(_W + "default") in ("1", "true", "on"):
                self._default = sid

    def level(self, p) -> int:
        """Heading level: the paragraph's own outline level, else its style chain's
        (Heading N / 标题 N → N, Title → 1, outline level L → L+1), else 0 (body)."""
        p_pr = p.find(_W + "pPr")
        direct = _outline(p_pr)
        if direct is not None:
            return direct
        style_el = p_pr.find(_W + "pStyle") if p_pr is not None else None
        sid = style_el.get(_VAL) if style_el is not None else self._default
        for _ in range(10):  # basedOn chains are short; the bound guards against cycles
            if sid is None or sid not in self._by_id:
                break
            name, based, outline = self._by_id[sid]
            m = _HEADING_NAME.match(name)
            if m:
                return int(m.group(1))
            if _TITLE_NAME.match(name):
                return 1
            if outline is not None:
                return outline
            sid = based
        return 0


def _outline(p_pr) -> int | None:
    """w:outlineLvl 0–8 → heading level 1–9; 9 means body text."""
    el = p_pr.find(_W + "outlineLvl") if p_pr is not None else None
    if el is None:
        return None
    try:
        v = int(el.get(_VAL))
    except (TypeError, ValueError):
        return None
    return v + 1 if 0 <= v <= 8 else 0
