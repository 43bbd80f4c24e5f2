"""Format detection from content, encryption, broken files, plain text and other files."""

from __future__ import annotations

import io

import pytest

from govcheck.read import read_dossier
from govcheck.read.ole import OleFile
from govcheck.read.sniff import sniff

from .builders import by_path, docx_bytes, ole_bytes, pdf_bytes, word_fib, xlsx_bytes, zip_bytes


def _read_one(write, name: str, data: bytes):
    [doc] = read_dossier(write(name, data).parent)
    return doc


# --------------------------------------------------------------------------- sniffing


@pytest.mark.parametrize(
    ("name", "data", "fmt"),
    [
        ("a.docx", docx_bytes(), "docx"),
        ("a.xlsx", xlsx_bytes(), "xlsx"),
        ("a.pdf", pdf_bytes(), "pdf"),
        ("a.zip", zip_bytes({"x.txt": b"x"}), "zip"),
        ("a.doc", ole_bytes({"WordDocument": word_fib()}), "doc"),
        ("a.wps", ole_bytes({"WordDocument": word_fib()}), "wps"),
        ("a.xls", ole_bytes({"Workbook": b"\x09\x08"}), "xls"),
        ("a.et", ole_bytes({"Workbook": b"\x09\x08"}), "et"),
        ("a.xls", ole_bytes({"Book": b"\x09\x08"}), "xls"),  # BIFF5 stream name
        ("a.odt", zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.text"}), "odt"),
        ("a.ods", zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}), "ods"),
        ("a.txt", "文字".encode(), "txt"),
        ("a.md", b"# x", "txt"),
        ("a.png", b"\x89PNG\r\n\x1a\n", "other"),
        ("noext", b"\x00\x01", "other"),
    ],
)
def test_format_is_sniffed_from_content(name, data, fmt):
    assert sniff(data, name).format == fmt


def test_docx_renamed_to_pdf_is_read_as_docx_with_a_note(write):
    doc = _read_one(write, "附件1-项目申报表.pdf", docx_bytes())
    assert doc.format == "docx" and doc.readable
    assert doc.paragraphs[0].text == "项目申报表"
    assert doc.notes == ["扩展名为 .pdf，实际内容为 .docx 格式，已按 .docx 读取"]


def test_xlsx_without_extension_is_read_as_xlsx(write):
    doc = _read_one(write, "预算表", xlsx_bytes())
    assert doc.format == "xlsx" and doc.sheets[0].rows == [["总投资", 70]]
    assert doc.notes == []  # nothing to remark on when there is no extension to contradict


def test_old_doc_renamed_to_docx_is_detected_as_doc(write, monkeypatch):
    from govcheck.read import legacy

    monkeypatch.setattr(legacy, "find_soffice", lambda: None)
    doc = _read_one(write, "报告.docx", ole_bytes({"WordDocument": word_fib(), "1Table": b""}))
    assert doc.format == "doc" and doc.problem == "legacy"


# --------------------------------------------------------------------------- encryption


def test_encrypted_ooxml_ole_container_is_encrypted(write):
    data = ole_bytes({"EncryptionInfo": b"\x04\x00\x04\x00", "EncryptedPackage": b"\0" * 16})
    doc = _read_one(write, "附件1-项目申报表.docx", data)
    assert (doc.format, doc.readable, doc.problem) == ("docx", False, "encrypted")
    assert doc.error == "文件已加密（设有打开密码）"


def test_real_password_protected_docx_is_encrypted(write):
    ooxml = pytest.importorskip("msoffcrypto.format.ooxml", reason="msoffcrypto-tool not installed")
    out = io.BytesIO()
    ooxml.OOXMLFile(io.BytesIO(docx_bytes())).encrypt("密码", out)
    data = out.getvalue()
    assert "EncryptionInfo" in OleFile(data).names  # small stream: lives in the mini stream
    assert len(OleFile(data).read_stream("EncryptionInfo")) > 0
    doc = _read_one(write, "申报表.docx", data)
    assert doc.problem == "encrypted" and doc.error == "文件已加密（设有打开密码）"


def test_encrypted_word_97_file_is_encrypted(write):
    doc = _read_one(write, "旧报告.doc", ole_bytes({"WordDocument": word_fib(encrypted=True)}))
    assert (doc.format, doc.problem) == ("doc", "encrypted")


def test_ole_reader_agrees_with_a_real_xls(tmp_path):
    xlwt = pytest.importorskip("xlwt", reason="xlwt not installed")
    wb = xlwt.Workbook()
    wb.add_sheet("表1").write(0, 0, "x")
    bio = io.BytesIO()
    wb.save(bio)
    ole = OleFile(bio.getvalue())
    assert "Workbook" in ole.names
    assert ole.read_stream("Workbook", limit=2) == b"\x09\x08"  # BIFF8 BOF record


# --------------------------------------------------------------------------- broken files


def test_corrupt_file_is_unreadable_and_the_others_are_still_read(write):
    write("好.docx", docx_bytes())
    write("坏.xlsx", xlsx_bytes()[:500])  # truncated: central directory gone
    docs = by_path(read_dossier(write("好.xlsx", xlsx_bytes()).parent))
    bad = docs["坏.xlsx"]
    assert (bad.format, bad.readable, bad.problem) == ("xlsx", False, "unreadable")
    assert bad.error == "不是有效的 .xlsx 文件（BadZipFile）"
    assert docs["好.docx"].readable and docs["好.xlsx"].readable


def test_docx_whose_xml_is_broken_is_unreadable_with_the_exception_class(write):
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(docx_bytes()))
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as zf:
        for info in src.infolist():
            data = src.read(info)
            zf.writestr(info, b"<w:document><broken" if info.filename == "word/document.xml" else data)
    doc = _read_one(write, "申报表.docx", bio.getvalue())
    assert doc.problem == "unreadable" and doc.error.startswith("不是有效的 .docx 文件（")
    assert "Error" in doc.error  # the exception class is named


def test_file_whose_content_does_not_match_its_extension(write):
    doc = _read_one(write, "申报表.docx", "这不是 Word 文件".encode())
    assert (doc.format, doc.problem) == ("docx", "unreadable")
    assert doc.error == "扩展名为 .docx，但内容不是有效的 .docx 文件"


def test_empty_file_is_unreadable(write):
    doc = _read_one(write, "申报表.docx", b"")
    assert doc.problem == "unreadable" and "为空" in doc.error


# --------------------------------------------------------------------------- text and others


def test_text_files_utf8_and_gbk(write):
    write("说明.txt", "第一行\n\n  第二行  \n".encode("gbk"))
    docs = by_path(read_dossier(write("readme.md", "# 标题\n正文".encode("utf-8-sig")).parent))
    assert [p.text for p in docs["说明.txt"].paragraphs] == ["第一行", "第二行"]
    assert [p.index for p in docs["说明.txt"].paragraphs] == [0, 1]
    assert [p.text for p in docs["readme.md"].paragraphs] == ["# 标题", "正文"]
    assert docs["说明.txt"].format == "txt"


def test_images_are_listed_without_content(write):
    doc = _read_one(write, "现场照片.jpg", b"\xff\xd8\xff\xe0" + b"\0" * 100)
    assert (doc.format, doc.readable, doc.has_text, doc.problem) == ("other", True, False, None)
    assert not doc.paragraphs and not doc.tables and not doc.sheets
