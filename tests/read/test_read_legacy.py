"""Old formats: .doc/.wps/.odt through LibreOffice, .xls/.et/.ods through python-calamine."""

from __future__ import annotations

import io
import struct
import sys
import textwrap
import zipfile
from datetime import date
from pathlib import Path

import pytest

from govcheck.read import legacy, read_dossier

from .builders import by_path, docx_bytes, ole_bytes, word_fib

DOC = ole_bytes({"WordDocument": word_fib(), "1Table": b"\0"})


def _read(write, name: str, data: bytes):
    [doc] = read_dossier(write(name, data).parent)
    return doc


# --------------------------------------------------------------------------- LibreOffice absent


@pytest.mark.parametrize(
    ("name", "fmt", "message"),
    [
        ("可研报告.doc", "doc", "旧版 .doc 文件：安装 LibreOffice 或另存为 .docx 后可检查内容"),
        ("可研报告.wps", "wps", "WPS 文字 .wps 文件：安装 LibreOffice 或另存为 .docx 后可检查内容"),
    ],
)
def test_legacy_word_without_libreoffice(write, monkeypatch, name, fmt, message):
    monkeypatch.setattr(legacy, "find_soffice", lambda: None)
    doc = _read(write, name, DOC)
    assert (doc.format, doc.readable, doc.problem, doc.error) == (fmt, False, "legacy", message)


def test_odt_without_libreoffice(write, monkeypatch):
    monkeypatch.setattr(legacy, "find_soffice", lambda: None)
    doc = _read(write, "说明.odt", zipfile_bytes({"mimetype": b"application/vnd.oasis.opendocument.text"}))
    assert (doc.format, doc.problem) == ("odt", "legacy")
    assert doc.error.startswith("OpenDocument .odt 文件：安装 LibreOffice")


def test_rtf_saved_as_doc_goes_the_legacy_way(write, monkeypatch):
    monkeypatch.setattr(legacy, "find_soffice", lambda: None)
    doc = _read(write, "导出.doc", b"{\\rtf1\\ansi hello}")
    assert (doc.format, doc.problem) == ("doc", "legacy")


# --------------------------------------------------------------------------- LibreOffice plumbing
# A stand-in `soffice` on PATH records how it was called and converts by writing a real .docx:
# this tests govcheck's side of the conversion (arguments, private profile, temp dir, timeout),
# the real LibreOffice test below tests the conversion itself.

FAKE_SOFFICE = textwrap.dedent(
    """\
    #!{python}
    import json, os, sys, time
    args = sys.argv[1:]
    with open(os.environ["FAKE_SOFFICE_LOG"], "w") as f:
        json.dump(args, f)
    time.sleep(float(os.environ.get("FAKE_SOFFICE_SLEEP", "0")))
    if os.environ.get("FAKE_SOFFICE_FAIL"):
        sys.exit(1)
    src = args[-1]
    outdir = args[args.index("--outdir") + 1]
    os.makedirs(outdir, exist_ok=True)
    import docx
    d = docx.Document()
    d.add_heading("转换后的标题", 1)
    d.add_paragraph("源文件 %d 字节" % os.path.getsize(src))
    d.save(os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".docx"))
    """
)


@pytest.fixture
def fake_soffice(tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    exe = bin_dir / "soffice"
    exe.write_text(FAKE_SOFFICE.format(python=sys.executable))
    exe.chmod(0o755)
    log = tmp_path / "soffice-args.json"
    monkeypatch.setenv("PATH", f"{bin_dir}:{Path(sys.executable).parent}:/usr/bin:/bin")
    monkeypatch.setenv("FAKE_SOFFICE_LOG", str(log))
    return log


def test_doc_is_converted_in_a_private_temp_dir_and_read(write, fake_soffice):
    import json

    path = write("可研报告.doc", DOC)
    before = sorted(p.name for p in path.parent.iterdir())
    [doc] = read_dossier(path.parent)
    assert (doc.format, doc.readable, doc.problem) == ("doc", True, None)
    assert [(p.text, p.level) for p in doc.paragraphs] == [("转换后的标题", 1), (f"源文件 {len(DOC)} 字节", 0)]
    assert doc.notes == ["经 LibreOffice 转换为 .docx 后读取"]
    args = json.loads(fake_soffice.read_text())
    profile = next(a for a in args if a.startswith("-env:UserInstallation=file://"))
    outdir = Path(args[args.index("--outdir") + 1])
    assert "--headless" in args and args[args.index("--convert-to") + 1] == "docx"
    assert path.parent not in outdir.parents and str(path.parent) not in profile
    assert not outdir.exists()  # the temporary directory is gone
    assert sorted(p.name for p in path.parent.iterdir()) == before


def test_conversion_that_produces_nothing_is_unreadable(write, fake_soffice, monkeypatch):
    monkeypatch.setenv("FAKE_SOFFICE_FAIL", "1")
    doc = _read(write, "坏.wps", DOC)
    assert (doc.format, doc.problem) == ("wps", "unreadable")
    assert doc.error.startswith("LibreOffice 无法转换该文件")


def test_conversion_timeout_is_unreadable(write, fake_soffice, monkeypatch):
    monkeypatch.setenv("FAKE_SOFFICE_SLEEP", "30")
    monkeypatch.setattr(legacy, "TIMEOUT_SECONDS", 1)
    doc = _read(write, "慢.doc", DOC)
    assert (doc.problem, doc.error) == ("unreadable", "LibreOffice 转换超时（1 秒）")


def test_encrypted_doc_is_not_sent_to_libreoffice(write, fake_soffice):
    doc = _read(write, "加密.doc", ole_bytes({"WordDocument": word_fib(encrypted=True)}))
    assert doc.problem == "encrypted"
    assert not fake_soffice.exists()


# --------------------------------------------------------------------------- the shared profile
# LibreOffice creating a profile costs ≈0.1 s a start: conversions reuse one in the user cache
# directory, one LibreOffice at a time on it (a lock), a private one when it is taken.


@pytest.fixture
def user_cache(tmp_path, monkeypatch):
    cache = tmp_path / "user-cache"
    monkeypatch.setenv("GOVCHECK_CACHE_DIR", str(cache))
    return cache


def _profile_used(log: Path) -> Path:
    import json
    from urllib.parse import unquote, urlparse

    uri = next(a for a in json.loads(log.read_text()) if a.startswith("-env:UserInstallation="))
    return Path(unquote(urlparse(uri.split("=", 1)[1]).path))


def test_conversions_reuse_the_profile_in_the_user_cache(write, fake_soffice, user_cache):
    shared = user_cache / legacy.SHARED_PROFILE
    assert _read(write, "一.doc", DOC).readable
    assert _profile_used(fake_soffice) == shared
    (write("一.doc", DOC)).unlink()
    assert _read(write, "二.doc", DOC + b"\0").readable
    assert _profile_used(fake_soffice) == shared


def test_a_profile_in_use_by_another_conversion_is_not_shared(write, fake_soffice, user_cache):
    import fcntl

    user_cache.mkdir()
    with open(user_cache / f"{legacy.SHARED_PROFILE}.lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # another LibreOffice runs on the shared profile
        doc = _read(write, "一.doc", DOC)
    assert doc.readable
    used = _profile_used(fake_soffice)
    assert used != user_cache / legacy.SHARED_PROFILE and user_cache not in used.parents


def test_a_killed_conversion_leaves_no_shared_profile_behind(write, fake_soffice, user_cache, monkeypatch):
    shared = user_cache / legacy.SHARED_PROFILE
    (shared / "user").mkdir(parents=True)  # what an earlier LibreOffice left there
    monkeypatch.setenv("FAKE_SOFFICE_SLEEP", "30")
    monkeypatch.setattr(legacy, "TIMEOUT_SECONDS", 1)
    assert _read(write, "慢.doc", DOC).problem == "unreadable"
    assert _profile_used(fake_soffice) == shared and not shared.exists()  # half-written: the next starts anew


# The real LibreOffice converting real .doc/.wps/.odt files: test_read_libreoffice.py.


# --------------------------------------------------------------------------- calamine


def _xls(build) -> bytes:
    xlwt = pytest.importorskip("xlwt", reason="xlwt (writes test .xls files) not installed")
    wb = xlwt.Workbook(encoding="utf-8")
    build(wb, xlwt)
    bio = io.BytesIO()
    wb.save(bio)
    return bio.getvalue()


def _budget(wb, xlwt):
    ws = wb.add_sheet("概算表")
    ws.write_merge(0, 0, 0, 2, "政务云项目概算")  # horizontal merge
    ws.write_merge(1, 2, 0, 0, "工程费用")  # vertical merge
    ws.write(1, 1, "硬件")
    ws.write(1, 2, 70)
    ws.write(2, 1, "软件")
    ws.write(2, 2, 79.99)
    ws.write(3, 1, "批复日期")
    ws.write(3, 2, date(2024, 5, 1), xlwt.easyxf(num_format_str="yyyy-mm-dd"))
    wb.add_sheet("空")


def test_xls_is_read_into_sheets_with_merges(write):
    doc = _read(write, "概算.xls", _xls(_budget))
    assert (doc.format, doc.readable) == ("xls", True)
    gaisuan, empty = doc.sheets
    assert gaisuan.name == "概算表" and (gaisuan.first_row, gaisuan.first_col) == (1, 1)
    assert gaisuan.rows == [
        ["政务云项目概算"] * 3,
        ["工程费用", "硬件", 70],
        ["工程费用", "软件", 79.99],
        [None, "批复日期", date(2024, 5, 1)],
    ]
    assert type(gaisuan.rows[1][2]) is int
    assert empty.rows == []


def test_wps_et_is_read_like_xls(write):
    doc = _read(write, "概算.et", _xls(_budget))
    assert (doc.format, doc.readable) == ("et", True)
    assert doc.sheets[0].rows[1] == ["工程费用", "硬件", 70]


def test_ods_is_read_into_sheets(write):
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="预算">'
        '<table:table-row><table:table-cell/><table:table-cell office:value-type="string"><text:p>硬件</text:p>'
        '</table:table-cell><table:table-cell office:value-type="float" office:value="10.5"><text:p>10.5</text:p>'
        '</table:table-cell></table:table-row></table:table></office:spreadsheet></office:body>'
        '</office:document-content>'
    )
    data = zipfile_bytes({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                          "content.xml": content.encode(), "META-INF/manifest.xml": ODF_MANIFEST})
    doc = _read(write, "预算.ods", data)
    assert (doc.format, doc.readable) == ("ods", True)
    assert doc.sheets[0].rows == [["硬件", 10.5]] and doc.sheets[0].first_col == 2


def _ods_content(rows_xml: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="概算">{rows_xml}</table:table>'
        '</office:spreadsheet></office:body></office:document-content>'
    ).encode()


def _s(text: str, attrs: str = "") -> str:
    return f'<table:table-cell office:value-type="string" {attrs}><text:p>{text}</text:p></table:table-cell>'


def test_ods_merged_cells_repeat_their_value(write):
    # calamine reports no merged ranges for .ods: they come from content.xml's spans. Rows inside
    # header rows and row groups, repeated rows and repeated cells all move the position.
    covered = "<table:covered-table-cell/>"
    title = _s("项目概算", 'table:number-columns-spanned="3"')
    down = _s("工程费用", 'table:number-rows-spanned="2" table:number-columns-spanned="1"')
    rows = (
        f"<table:table-header-rows><table:table-row>{title}{covered}{covered}</table:table-row>"
        "</table:table-header-rows>"
        '<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="3"/>'
        "</table:table-row>"
        f"<table:table-row-group><table:table-row><table:table-cell/>{down}{_s('硬件')}</table:table-row>"
        f"<table:table-row><table:table-cell/>{covered}{_s('软件')}</table:table-row></table:table-row-group>"
        '<table:table-row table:number-rows-repeated="1048570">'
        '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
    )
    data = zipfile_bytes({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                          "content.xml": _ods_content(rows), "META-INF/manifest.xml": ODF_MANIFEST})
    doc = _read(write, "概算.ods", data)
    assert doc.readable, doc.error
    assert doc.sheets[0].rows == [
        ["项目概算", "项目概算", "项目概算"],
        [None, None, None],
        [None, None, None],
        [None, "工程费用", "硬件"],
        [None, "工程费用", "软件"],
    ]


def test_encrypted_xls_is_encrypted(write):
    bof = struct.pack("<HH", 0x0809, 16) + struct.pack("<HHHHII", 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 6)
    filepass = struct.pack("<HH", 0x002F, 6) + b"\x01\x00\x01\x00\x01\x00"
    eof = struct.pack("<HH", 0x000A, 0)
    doc = _read(write, "加密.xls", ole_bytes({"Workbook": bof + filepass + eof}))
    assert (doc.format, doc.problem, doc.error) == ("xls", "encrypted", "文件已加密（设有打开密码）")


def test_corrupt_xls_is_unreadable(write):
    doc = _read(write, "坏.xls", ole_bytes({"Workbook": b"garbage" * 10}))
    assert (doc.format, doc.problem) == ("xls", "unreadable")
    assert doc.error.startswith("不是有效的 .xls 文件（")


def test_xls_without_calamine_is_legacy(write, monkeypatch):
    monkeypatch.setitem(sys.modules, "python_calamine", None)  # makes the import fail
    write("申报表.docx", docx_bytes())
    docs = by_path(read_dossier(write("概算.xls", ole_bytes({"Workbook": b"\x09\x08"})).parent))
    assert (docs["概算.xls"].problem, docs["概算.xls"].readable) == ("legacy", False)
    assert "python-calamine" in docs["概算.xls"].error and "另存为 .xlsx" in docs["概算.xls"].error
    assert docs["申报表.docx"].readable


ODF_MANIFEST = (
    b'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
    b'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    b'<manifest:file-entry manifest:full-path="/" '
    b'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    b'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    b"</manifest:manifest>"
)


def zipfile_bytes(members: dict[str, bytes]) -> bytes:
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)  # mimetype first and stored: as ODF requires
    return bio.getvalue()
