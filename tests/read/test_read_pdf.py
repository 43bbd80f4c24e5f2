"""PDF: lines of text as paragraphs; scans (no text layer); open passwords vs permission-only."""

from __future__ import annotations

import io

import pytest

from govcheck.read import read_dossier

from .builders import pdf_bytes


def _read(write, data: bytes, name: str = "批复.pdf"):
    [doc] = read_dossier(write(name, data).parent)
    assert doc.format == "pdf"
    return doc


def test_text_pdf_gives_one_paragraph_per_line(write):
    doc = _read(write, pdf_bytes(["Project approval", "", "Total investment 70"]))
    assert doc.readable and doc.has_text and doc.problem is None
    assert [(p.text, p.level, p.index) for p in doc.paragraphs] == [
        ("Project approval", 0, 0), ("Total investment 70", 0, 1)]


def test_pdf_without_text_layer_is_a_scan(write):
    doc = _read(write, pdf_bytes())
    assert (doc.readable, doc.has_text, doc.problem) == (True, False, "no_text")
    assert doc.error == "没有文字层（扫描件）"
    assert doc.paragraphs == []


def test_pages_without_text_among_text_pages_are_noted(write):
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter()
    for data in (pdf_bytes(["page one"]), pdf_bytes(), pdf_bytes(), pdf_bytes(["page four"])):
        w.add_page(PdfReader(io.BytesIO(data)).pages[0])
    bio = io.BytesIO()
    w.write(bio)
    doc = _read(write, bio.getvalue())
    assert [p.text for p in doc.paragraphs] == ["page one", "page four"]
    assert doc.problem is None
    assert doc.notes == ["第 2–3 页没有文字层（可能是扫描页）"]


def test_pdf_with_an_open_password_is_encrypted(write):
    open_password = {"user_password": "用户密码", "owner_password": "o", "algorithm": "RC4-128"}
    data = pdf_bytes(["secret"], encrypt=open_password)
    doc = _read(write, data)
    assert (doc.readable, doc.problem) == (False, "encrypted")
    assert doc.error == "文件已加密（设有打开密码）"


def test_permission_only_pdf_is_read(write):
    # No open password, only "no copying/printing": official PDFs often are like this.
    permissions_only = {"user_password": "", "owner_password": "o", "algorithm": "RC4-128"}
    data = pdf_bytes(["restricted but readable"], encrypt=permissions_only)
    doc = _read(write, data)
    assert doc.readable and [p.text for p in doc.paragraphs] == ["restricted but readable"]


def test_permission_only_aes_pdf_is_read(write):
    pytest.importorskip("cryptography", reason="AES PDFs need the cryptography package")
    data = pdf_bytes(["aes restricted"], encrypt={"user_password": "", "owner_password": "o", "algorithm": "AES-256"})
    doc = _read(write, data)
    assert doc.readable and [p.text for p in doc.paragraphs] == ["aes restricted"]


def test_truncated_pdf_is_unreadable(write):
    doc = _read(write, pdf_bytes(["x"])[:200])
    assert (doc.readable, doc.problem) == (False, "unreadable")
    assert doc.error.startswith("不是有效的 .pdf 文件（") and doc.error.endswith("Error）")
