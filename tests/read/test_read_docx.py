"""Word .docx: paragraphs with heading levels, tables on the grid with merged cells repeated."""

from __future__ import annotations

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml

from govcheck.read import read_dossier

from .builders import docx_bytes

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _read(write, build):
    [doc] = read_dossier(write("申报表.docx", docx_bytes(build)).parent)
    assert doc.readable and doc.format == "docx", doc.error
    return doc


def _outline(paragraph, level: int) -> None:
    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.append(parse_xml(f'<w:outlineLvl {W} w:val="{level}"/>'))


def test_heading_levels_from_styles_and_outline_levels(write):
    def build(d):
        d.add_heading("政务云平台项目", level=0)  # Title style
        d.add_heading("一、项目概况", level=1)
        d.add_paragraph("正文段落。")
        d.add_heading("（一）建设内容", level=2)
        cn = d.styles.add_style("标题 3", WD_STYLE_TYPE.PARAGRAPH)  # WPS writes Chinese names
        d.add_paragraph("1. 中文样式名", style=cn)
        custom = d.styles.add_style("我的章标题", WD_STYLE_TYPE.PARAGRAPH)
        custom.element.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {W} w:val="0"/>'))
        d.add_paragraph("二、样式里设了大纲级别", style=custom)
        based = d.styles.add_style("继承的标题", WD_STYLE_TYPE.PARAGRAPH)
        based.base_style = d.styles["Heading 2"]
        d.add_paragraph("继承自标题 2", style=based)
        _outline(d.add_paragraph("段落自己设了大纲级别 3"), 2)
        _outline(d.add_paragraph("标题样式但大纲级别为正文", style="Heading 1"), 9)
        d.add_paragraph("")  # empty paragraphs are not listed
        d.add_paragraph("结尾。")

    doc = _read(write, build)
    assert [(p.text, p.level) for p in doc.paragraphs] == [
        ("政务云平台项目", 1),
        ("一、项目概况", 1),
        ("正文段落。", 0),
        ("（一）建设内容", 2),
        ("1. 中文样式名", 3),
        ("二、样式里设了大纲级别", 1),
        ("继承自标题 2", 2),
        ("段落自己设了大纲级别 3", 3),
        ("标题样式但大纲级别为正文", 0),
        ("结尾。", 0),
    ]
    assert [p.index for p in doc.paragraphs] == list(range(10))


def test_tables_in_order_with_horizontal_and_vertical_merges(write):
    def build(d):
        d.add_paragraph("表前")
        t = d.add_table(rows=3, cols=3)
        a = t.cell(0, 0).merge(t.cell(0, 1))  # horizontal (gridSpan)
        a.text = "项目名称"
        t.cell(0, 2).text = "政务云"
        b = t.cell(1, 2).merge(t.cell(2, 2))  # vertical (vMerge)
        b.text = "备注"
        for r in (1, 2):
            for c in (0, 1):
                t.cell(r, c).text = f"{r}{c}"
        d.add_paragraph("表间")
        t2 = d.add_table(rows=1, cols=2)
        t2.cell(0, 0).text = "总投资（万元）"
        t2.cell(0, 1).text = "70"

    doc = _read(write, build)
    assert [t.index for t in doc.tables] == [0, 1]
    assert doc.tables[0].rows == [
        ["项目名称", "项目名称", "政务云"],
        ["10", "11", "备注"],
        ["20", "21", "备注"],
    ]
    assert doc.tables[1].rows == [["总投资（万元）", "70"]]
    assert [p.text for p in doc.paragraphs] == ["表前", "表间"]  # cell text is not a paragraph


def test_rows_starting_late_keep_their_columns(write):
    def build(d):
        t = d.add_table(rows=2, cols=3)
        for c in range(3):
            t.cell(0, c).text = f"H{c}"
        tr = t.rows[1]._tr
        tr.remove(tr.tc_lst[0])  # the row starts one grid column late
        tr.get_or_add_trPr().append(parse_xml(f'<w:gridBefore {W} w:val="1"/>'))
        tr.tc_lst[0].clear_content()
        tr.tc_lst[0].add_p().add_r().text = "B"

    doc = _read(write, build)
    assert doc.tables[0].rows == [["H0", "H1", "H2"], ["", "B", ""]]


def test_nested_table_text_is_kept_in_its_cell(write):
    def build(d):
        t = d.add_table(rows=1, cols=2)
        t.cell(0, 0).text = "建设内容"
        cell = t.cell(0, 1)
        cell.text = "包括："
        inner = cell.add_table(rows=2, cols=2)
        inner.cell(0, 0).text = "硬件"
        inner.cell(0, 1).text = "10"
        inner.cell(1, 0).text = "软件"
        inner.cell(1, 1).text = "20"

    doc = _read(write, build)
    assert len(doc.tables) == 1  # the nested table is part of its cell, not a table of its own
    assert doc.tables[0].rows == [["建设内容", "包括：\n硬件 10\n软件 20"]]


def test_content_controls_and_tracked_insertions_are_read(write):
    def build(d):
        body = d.element.body
        sect = body[-1]
        sect.addprevious(parse_xml(
            f'<w:sdt {W}><w:sdtPr><w:alias w:val="项目名称"/></w:sdtPr><w:sdtContent>'
            '<w:p><w:r><w:t>块级内容控件</w:t></w:r></w:p></w:sdtContent></w:sdt>'))
        sect.addprevious(parse_xml(
            f'<w:p {W}><w:r><w:t xml:space="preserve">项目名称：</w:t></w:r>'
            '<w:sdt><w:sdtContent><w:r><w:t>政务云</w:t></w:r></w:sdtContent></w:sdt>'
            '<w:ins w:id="1" w:author="a"><w:r><w:t>（修订）</w:t></w:r></w:ins>'
            '<w:del w:id="2" w:author="a"><w:r><w:delText>删掉的</w:delText></w:r></w:del></w:p>'))

    doc = _read(write, build)
    assert [p.text for p in doc.paragraphs] == ["块级内容控件", "项目名称：政务云（修订）"]


def test_text_boxes_become_paragraphs_once(write):
    # Word writes a text box twice: the DrawingML version and a VML fallback.
    def build(d):
        d.element.body[-1].addprevious(parse_xml(
            f'<w:p {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<w:r><w:t>封面</w:t></w:r><w:r><mc:AlternateContent>'
            '<mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>'
            '<w:p><w:r><w:t>文本框里的标题</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice>'
            '<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>文本框里的标题</w:t></w:r></w:p>'
            '</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>'))

    doc = _read(write, build)
    assert [p.text for p in doc.paragraphs] == ["封面", "文本框里的标题"]


def test_tabs_and_breaks_inside_a_paragraph(write):
    def build(d):
        p = d.add_paragraph()
        r = p.add_run("甲")
        r.add_tab()
        r.add_text("乙")
        r.add_break()
        r.add_text("丙")

    doc = _read(write, build)
    assert doc.paragraphs[0].text == "甲\t乙\n丙"


def test_document_with_no_text_at_all(write):
    doc = _read(write, lambda d: None)
    assert doc.paragraphs == [] and doc.has_text is False
