""".docx read without python-docx's Package (read/ooxml.py): parts found through relationships,
only the main part and the styles parsed, styles remembered per content — and the result the
same as before for every kind of package the reader meets."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from docx.enum.style import WD_STYLE_TYPE

from govcheck.read import read_dossier
from govcheck.read.ooxml import Package, parse

from .builders import docx_bytes

_MAIN_CT = b"wordprocessingml.document.main+xml"


def _rewrite(data: bytes, change) -> bytes:
    """The package with each member passed through change(name, bytes) (None: left out)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            new = change(info.filename, src.read(info))
            if new is not None:
                zf.writestr(info.filename, new)
    return out.getvalue()


def _headed(d) -> None:
    d.add_heading("一、项目概况", level=1)
    d.add_paragraph("项目名称：政务云平台")
    d.add_heading("（一）建设内容", level=2)


def _read_one(write, name: str, data: bytes):
    [doc] = read_dossier(write(name, data).parent)
    return doc


@pytest.mark.parametrize("content_type, name", [
    (b"ms-word.document.macroEnabled.main+xml", "申报表.docm"),
    (b"wordprocessingml.template.main+xml", "申报表模板.dotx"),
])
def test_macro_enabled_and_template_packages_read_like_a_docx(write, content_type, name):
    data = _rewrite(docx_bytes(_headed), lambda n, b: b.replace(_MAIN_CT, content_type)
                    if n == "[Content_Types].xml" else b)
    # named .docx: the reader (not the extension) decides; python-docx refused these main parts
    doc = _read_one(write, "申报表.docx", data)
    assert doc.readable, doc.error
    assert [(p.text, p.level) for p in doc.paragraphs] == [
        ("一、项目概况", 1), ("项目名称：政务云平台", 0), ("（一）建设内容", 2)]


def test_main_part_under_another_name_is_found_through_the_relationships(write):
    def move(name: str, data: bytes) -> bytes:
        if name == "word/document.xml":
            return None
        if name in ("_rels/.rels", "[Content_Types].xml"):
            return data.replace(b"word/document.xml", b"word/main.xml")
        return data

    base = docx_bytes(_headed)
    moved = io.BytesIO(_rewrite(base, move))
    with zipfile.ZipFile(moved, "a") as zf:
        zf.writestr("word/main.xml", zipfile.ZipFile(io.BytesIO(base)).read("word/document.xml"))
        # the main part's relationships (styles) move with it
        zf.writestr("word/_rels/main.xml.rels",
                    zipfile.ZipFile(io.BytesIO(base)).read("word/_rels/document.xml.rels"))
    doc = _read_one(write, "申报表.docx", moved.getvalue())
    assert doc.readable, doc.error
    assert [(p.text, p.level) for p in doc.paragraphs][0] == ("一、项目概况", 1)


def test_a_broken_part_the_reader_does_not_need_costs_nothing(write):
    # python-docx parsed numbering.xml too and refused the whole file
    data = _rewrite(docx_bytes(_headed), lambda n, b: b"<w:numbering" if n == "word/numbering.xml" else b)
    doc = _read_one(write, "申报表.docx", data)
    assert doc.readable, doc.error
    assert doc.paragraphs[0].text == "一、项目概况"


@pytest.mark.parametrize("change, why", [
    (lambda n, b: None if n == "_rels/.rels" else b, "KeyError"),  # no way to the main part
    (lambda n, b: None if n == "word/styles.xml" else b, "KeyError"),  # a relationship to nothing
    (lambda n, b: b"<w:styles" if n == "word/styles.xml" else b, "XMLSyntaxError"),
    (lambda n, b: re.sub(rb"<w:body>.*</w:body>", b"", b, flags=re.S) if n == "word/document.xml" else b,
     "ValueError"),
])
def test_a_package_without_what_the_reader_needs_is_unreadable(write, change, why):
    doc = _read_one(write, "申报表.docx", _rewrite(docx_bytes(_headed), change))
    assert doc.problem == "unreadable"
    assert doc.error == f"不是有效的 .docx 文件（{why}）"


def test_without_a_styles_part_headings_read_as_python_docx_read_them(write):
    """No styles part: the default styles python-docx supplies (as reading did before), which
    know no "Heading1" id — the style names decide, so such headings are body text."""
    def drop_styles(name: str, data: bytes) -> bytes | None:
        if name == "word/styles.xml":
            return None
        if name == "word/_rels/document.xml.rels":
            return re.sub(rb'<Relationship [^>]*/styles"[^>]*/>', b"", data)
        return data

    doc = _read_one(write, "申报表.docx", _rewrite(docx_bytes(_headed), drop_styles))
    assert doc.readable, doc.error
    assert [p.level for p in doc.paragraphs] == [0, 0, 0]


def test_styles_remembered_per_content_never_mix_two_documents(write):
    """Two files whose styles share an id but not its meaning: each keeps its own levels."""
    def styled(outline: int):
        def build(d):
            s = d.styles.add_style("自定义", WD_STYLE_TYPE.PARAGRAPH)
            from docx.oxml import parse_xml

            s.element.get_or_add_pPr().append(parse_xml(
                '<w:outlineLvl xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                f'w:val="{outline}"/>'))
            d.add_paragraph("同一样式", style=s)
        return build

    write("甲.docx", docx_bytes(styled(0)))
    write("乙.docx", docx_bytes(styled(2)))
    write("丙.docx", docx_bytes(styled(0)))  # the same styles as 甲: remembered, same answer
    docs = {d.path: d for d in read_dossier(write("丁.txt", b"x").parent)}
    assert [docs[n].paragraphs[0].level for n in ("甲.docx", "乙.docx", "丙.docx")] == [1, 3, 1]


def test_the_parser_expands_and_fetches_nothing_by_itself(tmp_path):
    """Below the package check (read/package.py refuses any DTD), the parser read/ooxml.py uses
    does not resolve entities: fed a part with an external and an internal entity directly, the
    text comes out without the file's content or the expansion."""
    secret = tmp_path / "secret.txt"
    secret.write_text("机密内容", encoding="utf-8")
    xml = (f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY f SYSTEM "{secret.as_uri()}">'
           '<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
           '<d><t>&f;</t><t>&b;</t></d>').encode()
    root = parse(xml)
    text = "".join(root.itertext())
    assert "机密内容" not in text and "AAAA" not in text


def test_package_relationships_resolve_relative_and_absolute_targets():
    bio = io.BytesIO()
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="r1" Type="http://example.com/external" Target="http://example.com" '
            'TargetMode="External"/>'
            '<Relationship Id="r2" Type="{t}" Target="{target}"/></Relationships>')
    office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
    styles = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
    with zipfile.ZipFile(bio, "w") as zf:
        zf.writestr("_rels/.rels", rels.format(t=office, target="/word/document.xml"))
        zf.writestr("word/_rels/document.xml.rels", rels.format(t=styles, target="../word/./styles.xml"))
    pkg = Package(zipfile.ZipFile(bio))
    assert pkg.main_part() == "word/document.xml"
    assert pkg.related("word/document.xml", styles) == "word/styles.xml"
    with pytest.raises(KeyError):
        pkg.related("word/styles.xml", styles)  # a part without relationships
