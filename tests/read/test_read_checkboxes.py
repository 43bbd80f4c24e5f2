"""Word checkboxes come out as ☑ (checked) / □ (unchecked): Wingdings symbols (w:sym), checkbox
content controls (w14:checkbox) and legacy form fields (FORMCHECKBOX). Real .docx files made with
python-docx, the checkbox XML injected the way Word and WPS write it; then read end to end through
the fact extractor, which is what the marks are for."""

from __future__ import annotations

import pytest
from docx.oxml import parse_xml

from govcheck.facts import extract
from govcheck.read import read_dossier

from .builders import NS, checkbox_field, control, docx_bytes, fill_cell, gothic, sym, text


def _read(write, build, name: str = "申报表.docx"):
    [doc] = read_dossier(write(name, docx_bytes(build)).parent)
    assert doc.readable and doc.format == "docx", doc.error
    return doc


def _form(rows: list[tuple[str, str]]):
    """A two-column 申报表 whose value cells are raw run XML."""
    def build(d):
        d.add_paragraph("项目申报表")
        t = d.add_table(rows=len(rows), cols=2)
        for i, (label, xml) in enumerate(rows):
            t.cell(i, 0).text = label
            fill_cell(t.cell(i, 1), xml)
    return build


# --------------------------------------------------------------------------- w:sym


def test_secrecy_row_drawn_with_wingdings_symbols(write):
    doc = _read(write, _form([
        ("是否涉密", sym("Wingdings", "F0FE") + text("涉密 ") + sym("Wingdings", "F0A8") + text("非涉密")),
    ]))
    assert doc.tables[0].rows == [["是否涉密", "☑涉密 □非涉密"]]


@pytest.mark.parametrize(
    ("font", "char", "shown"),
    [
        ("Wingdings", "F0FE", "☑"),  # box with a tick: Word's Insert ▸ Symbol checkbox
        ("Wingdings", "F0FD", "☑"),  # box with an X
        ("Wingdings", "F078", "☑"),  # ⌧
        ("Wingdings", "F06E", "☑"),  # ■, the 已选 box of many forms
        ("Wingdings", "F0A8", "□"),
        ("Wingdings", "F06F", "□"),
        ("Wingdings", "F071", "□"),  # ❑
        ("Wingdings", "F0FC", "√"),
        ("Wingdings", "00FE", "☑"),  # the byte without the F0 page, as some generators write it
        ("Wingdings 2", "F052", "☑"),
        ("Wingdings 2", "F054", "☑"),
        ("Wingdings 2", "F053", "☑"),
        ("Wingdings 2", "F0A3", "□"),
        ("Wingdings 2", "F02A", "□"),
        ("Wingdings 2", "F050", "√"),
        ("WINGDINGS  2", "f052", "☑"),  # font names and hex digits in any case and spacing
        ("Symbol", "F0D6", "√"),
        ("MS Gothic", "2612", "☒"),  # a real Unicode character in an ordinary font: itself
        ("宋体", "221A", "√"),
        ("Wingdings", "F04A", ""),  # a smiley: a symbol with no meaning to the checker
        ("Some Dingbats", "F0FE", ""),  # an unknown symbol font's private-use glyph
        ("Wingdings", "zz", ""),  # damaged
    ],
)
def test_symbol_characters(write, font, char, shown):
    def build(d):
        d.element.body[-1].addprevious(parse_xml(
            f'<w:p {NS}>{text("甲")}{sym(font, char)}{text("乙")}</w:p>'))

    assert [p.text for p in _read(write, build).paragraphs] == [f"甲{shown}乙"]


def test_marks_typed_in_a_symbol_font_are_translated(write):
    # Converters (LibreOffice, WPS) often write the glyph as text in a Wingdings run, not w:sym.
    def build(d):
        d.element.body[-1].addprevious(parse_xml(
            f'<w:p {NS}><w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr>'
            f'<w:t>\uf0fe</w:t></w:r>{text("是 ")}'
            f'<w:r><w:rPr><w:rFonts w:ascii="Wingdings 2" w:hAnsi="Wingdings 2"/></w:rPr><w:t>\u00a3</w:t></w:r>'
            f'{text("否")}</w:p>'))
        d.add_paragraph("正文 o 与 R 不变")  # the same letters in an ordinary font stay letters

    assert [p.text for p in _read(write, build).paragraphs] == ["☑是 □否", "正文 o 与 R 不变"]


def test_deleted_and_moved_away_symbols_are_not_read(write):
    def build(d):
        d.element.body[-1].addprevious(parse_xml(
            f'<w:p {NS}><w:del w:id="1" w:author="a">{sym("Wingdings", "F0FE")}</w:del>'
            f'<w:ins w:id="2" w:author="a">{sym("Wingdings", "F0A8")}</w:ins>{text("涉密")}'
            f'<w:moveFrom w:id="3" w:author="a">{text("旧位置")}</w:moveFrom></w:p>'))

    assert [p.text for p in _read(write, build).paragraphs] == ["□涉密"]


# --------------------------------------------------------------------------- content controls


@pytest.mark.parametrize(
    ("checked", "glyph", "shown"),
    [
        ("1", gothic("☒"), "☑"),
        ("0", gothic("☐"), "□"),
        ("true", gothic("☒"), "☑"),
        (None, gothic("☐"), "□"),  # no w14:checked: unchecked
        ("0", gothic("☒"), "□"),  # a stale glyph: the state is the answer
        ("1", sym("Wingdings", "F0FE"), "☑"),  # custom glyphs (checkedState in Wingdings)
        ("0", sym("Wingdings", "F0A8"), "□"),
    ],
    ids=["checked", "unchecked", "true", "no-state", "stale-glyph", "wingdings-checked", "wingdings-unchecked"],
)
def test_checkbox_content_controls(write, checked, glyph, shown):
    doc = _read(write, _form([("是否涉密", control(checked, glyph) + text("涉密"))]))
    assert doc.tables[0].rows[0][1] == f"{shown}涉密"


def test_other_content_controls_still_show_their_text(write):
    doc = _read(write, _form([
        ("项目名称", '<w:sdt><w:sdtPr><w:alias w:val="名称"/></w:sdtPr><w:sdtContent>'
                     f'{text("政务云")}</w:sdtContent></w:sdt>'),
    ]))
    assert doc.tables[0].rows[0][1] == "政务云"


# --------------------------------------------------------------------------- legacy form fields


@pytest.mark.parametrize(
    ("box", "shown"),
    [
        ('<w:default w:val="1"/>', "☑"),  # never clicked: the default state
        ('<w:default w:val="0"/>', "□"),
        ('<w:default w:val="0"/><w:checked/>', "☑"),  # w:checked overrides the default
        ('<w:default w:val="1"/><w:checked w:val="0"/>', "□"),
        ('<w:default w:val="0"/><w:checked w:val="true"/>', "☑"),
        ("", "□"),
    ],
)
def test_legacy_checkbox_fields(write, box, shown):
    doc = _read(write, _form([("是否涉密", checkbox_field(box) + text("涉密"))]))
    assert doc.tables[0].rows[0][1] == f"{shown}涉密"


def test_a_legacy_checkbox_result_is_not_read_twice(write):
    doc = _read(write, _form([
        ("是否涉密", checkbox_field('<w:default w:val="1"/>', result=gothic("☐")) + text("涉密 ")
         + checkbox_field('<w:default w:val="0"/>') + text("非涉密")),
    ]))
    assert doc.tables[0].rows[0][1] == "☑涉密 □非涉密"


def test_other_fields_keep_their_result(write):
    def build(d):
        d.element.body[-1].addprevious(parse_xml(
            f'<w:p {NS}>{text("第")}<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'{text("3")}<w:r><w:fldChar w:fldCharType="end"/></w:r>{text("页")}</w:p>'))

    assert [p.text for p in _read(write, build).paragraphs] == ["第3页"]


# --------------------------------------------------------------------------- end to end


def _classification(write, rows, name="申报表.docx"):
    docs = read_dossier(write(name, docx_bytes(_form([("项目名称", text("政务云平台")), *rows]))).parent)
    ex = extract(docs)
    fact = ex.facts.get("classification")
    return None if fact is None else (fact.value, fact.source.file)


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (sym("Wingdings", "F0FE") + text("涉密 ") + sym("Wingdings", "F0A8") + text("非涉密"), "涉密"),
        (sym("Wingdings 2", "F0A3") + text("涉密 ") + sym("Wingdings 2", "F052") + text("非涉密"), "非涉密"),
        (control("0", gothic("☐")) + text("涉密 ") + control("1", gothic("☒")) + text("非涉密"), "非涉密"),
        (control("1", gothic("☒")) + text("涉密 ") + control("0", gothic("☐")) + text("非涉密"), "涉密"),
        (checkbox_field('<w:default w:val="0"/><w:checked/>') + text("涉密 ") + checkbox_field('<w:default w:val="0"/>')
         + text("非涉密"), "涉密"),
        (checkbox_field('<w:default w:val="0"/>') + text("涉密 ") + checkbox_field('<w:default w:val="1"/>')
         + text("非涉密"), "非涉密"),
    ],
    ids=["wingdings", "wingdings2", "control-non", "control-secret", "legacy-secret", "legacy-non"],
)
def test_classification_comes_out_of_the_checked_box(write, row, expected):
    assert _classification(write, [("是否涉密", row)]) == (expected, "申报表.docx")


def test_nothing_checked_is_no_classification(write):
    row = sym("Wingdings", "F0A8") + text("涉密 ") + sym("Wingdings", "F0A8") + text("非涉密")
    assert _classification(write, [("是否涉密", row)]) is None
