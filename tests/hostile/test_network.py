"""Nothing in a dossier makes govcheck fetch anything: a listener on 127.0.0.1 is the target of
every link a file can carry — external entities (XXE) in .docx/.xlsx/.odt, an attached
template and a linked image in a .docx, an external workbook link in an .xlsx, a linked image
in an .odt and in an HTML file saved as .doc (both converted by LibreOffice), a URI action in a
PDF — and after `govcheck validate` over all of them it has received no connection."""

from __future__ import annotations

import io
import json
import socket
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest

from govcheck.read.legacy import find_soffice

from .make_corpus import docx, external_link_xlsx, external_template_docx, pdf, xxe_docx, xxe_xlsx


class Listener:
    """Accepts TCP connections on 127.0.0.1 and records each (with what it was sent)."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.received: list[bytes] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, socket.timeout):
                continue
            except OSError:
                return
            conn.settimeout(1)
            try:
                self.received.append(conn.recv(4096) or b"(connected)")
            except OSError:
                self.received.append(b"(connected)")
            finally:
                conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self.sock.close()


@pytest.fixture
def listener():
    srv = Listener()
    yield srv
    srv.close()


def test_the_listener_does_hear_a_connection(listener) -> None:
    # The check below is only worth something if the listener notices a real fetch.
    import urllib.request

    with pytest.raises(Exception):
        urllib.request.urlopen(f"{listener.url}/probe", timeout=2)
    listener.close()
    assert listener.received and listener.received[0].startswith(b"GET /probe")


def _odt(url: str, xxe: bool) -> bytes:
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    prolog = f'<!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM "{url}/odt-xxe">]>' if xxe else ""
    body = "&xxe;" if xxe else ""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<office:document-content xmlns:office="{office}" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" '
        'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2">'
        f'<office:body><office:text><text:h text:outline-level="1">可行性研究报告{body}</text:h>'
        '<text:p><draw:frame svg:width="2cm" svg:height="2cm"><draw:image xlink:type="simple" '
        f'xlink:show="embed" xlink:actuate="onLoad" xlink:href="{url}/odt-image.png"/></draw:frame></text:p>'
        '</office:text></office:body></office:document-content>').encode()
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '</manifest:manifest>').encode()
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return bio.getvalue()


def _html_doc(url: str) -> bytes:
    return (f'<html><head><link rel="stylesheet" href="{url}/style.css"></head><body><h1>项目建设总结</h1>'
            f'<img src="{url}/html-image.png"><iframe src="{url}/frame.html"></iframe></body></html>').encode()


def _pdf_with_uri(url: str) -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import Link
    from pypdf.generic import RectangleObject

    w = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf(["approval"]))))
    w.add_annotation(0, Link(rect=RectangleObject([0, 0, 100, 100]), url=f"{url}/pdf-link"))
    bio = io.BytesIO()
    w.write(bio)
    return bio.getvalue()


def test_no_file_makes_govcheck_fetch_anything(listener, tmp_path: Path) -> None:
    url = listener.url
    root = tmp_path / "dossier"
    root.mkdir()
    files = {
        "申报表.docx": docx(),
        "01-可研报告-xxe.docx": xxe_docx(f"{url}/docx-xxe"),
        "02-概算表-xxe.xlsx": xxe_xlsx(f"{url}/xlsx-xxe"),
        "03-实施方案-模板.docx": external_template_docx(url),
        "04-概算表-外部链接.xlsx": external_link_xlsx(url),
        "05-批复.pdf": _pdf_with_uri(url),
        "06-说明-xxe.odt": _odt(url, xxe=True),
    }
    if find_soffice():  # CI installs LibreOffice (.ci/run); these go through a conversion
        files["07-说明-图片.odt"] = _odt(url, xxe=False)
        files["08-总结.doc"] = _html_doc(url)
    for name, data in files.items():
        (root / name).write_bytes(data)
    r = subprocess.run([sys.executable, "-m", "govcheck", "validate", str(root), "-j", "tongliao",
                        "-s", "application", "-f", "json"], capture_output=True, text=True, timeout=600)
    assert r.returncode in (0, 1), r.stderr
    report = json.loads(r.stdout)
    docs = {d["file"]: d for d in report["documents"]}
    assert docs["03-实施方案-模板.docx"]["readable"] and docs["04-概算表-外部链接.xlsx"]["readable"]
    if find_soffice():  # converted, so LibreOffice did open it (and had the chance to fetch)
        assert docs["07-说明-图片.odt"]["readable"]
    for name in ("01-可研报告-xxe.docx", "02-概算表-xxe.xlsx", "06-说明-xxe.odt"):
        assert not docs[name]["readable"] and "DTD" in docs[name]["error"]
    listener.close()
    assert listener.received == []


def test_the_libraries_underneath_expand_and_fetch_nothing_either(listener, tmp_path: Path) -> None:
    """Below govcheck's own DTD check (read/package.py), what python-docx and openpyxl parse with
    is safe by itself: python-docx's lxml parser has resolve_entities=False (the entity is left
    out of the text); openpyxl parses with expat, which refuses an external entity ("undefined
    entity"). Fed the hostile parts directly, they neither read the local file an entity names,
    nor fetch the URL, nor expand a billion laughs."""
    from xml.etree.ElementTree import ParseError

    import docx as python_docx
    import openpyxl
    from lxml.etree import XMLSyntaxError

    from .make_corpus import BILLION_LAUGHS, SECRET, document_xml, para, replace_part, xlsx

    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    outcomes: list[str | Exception] = []

    def attempt(read) -> None:
        try:
            outcomes.append(read())
        except (XMLSyntaxError, ParseError) as e:  # refusing is as good as not resolving
            outcomes.append(e)

    def docx_text(data: bytes) -> str:
        return "\n".join(p.text for p in python_docx.Document(io.BytesIO(data)).paragraphs)

    def book_text(data: bytes, read_only: bool) -> str:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=read_only)
        return "\n".join(str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row)

    for url in (secret.as_uri(), f"{listener.url}/lib-docx"):
        attempt(lambda: docx_text(xxe_docx(url)))
    attempt(lambda: docx_text(replace_part(docx(), "word/document.xml", document_xml(para("&j;"), BILLION_LAUGHS))))
    sheet_xxe = (
        f'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY f SYSTEM "{secret.as_uri()}">'
        f'<!ENTITY u SYSTEM "{listener.url}/lib-sheet">]><worksheet '
        'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
        '<c r="A1" t="inlineStr"><is><t>&f;&u;</t></is></c></row></sheetData></worksheet>').encode()
    books = [xxe_xlsx(secret.as_uri()), xxe_xlsx(f"{listener.url}/lib-strings"),
             replace_part(xlsx(), "xl/worksheets/sheet1.xml", sheet_xxe)]
    for book in books:
        for read_only in (True, False):
            attempt(lambda: book_text(book, read_only))

    texts = [o for o in outcomes if isinstance(o, str)]
    assert texts[:2] == ["项目名称：", "项目名称："]  # python-docx read them, the entity left out
    assert all(len(t) < 10_000 for t in texts)  # 10^9 哈 were not expanded
    assert not any(SECRET in t for t in texts)
    listener.close()
    assert listener.received == []
