"""One realistic messy dossier, read whole: the formats and quirks real submissions arrive with,
each asserted on its own Document.

项目材料.zip is zipped "on Windows": GBK names with the UTF-8 flag clear, folder entries, one
name with backslashes, and the litter of the machines it passed through (__MACOSX/, .DS_Store,
Word's ~$ lock file, Thumbs.db). Inside: a 申报表 whose checkboxes are Wingdings symbols, an old
.doc, an .xlsx budget whose formulas carry no results, a GBK text file, a photo, and 附件.zip
(GBK names again) holding a scan without a text layer, a password-protected .xlsx and .pdf, and
a truncated .docx.

| quirk | what the reader does |
| --- | --- |
| GBK member names, no UTF-8 flag (Windows zipper) | decoded as GB18030 |
| backslash separators (old zippers) | become "/" |
| folder entries, empty folders | not documents |
| __MACOSX/, .DS_Store, ~$ lock file, Thumbs.db | not documents |
| zip inside the dossier (附件.zip) | listed as format zip, its members read as 附件.zip/… |
| Wingdings checkboxes (w:sym) | ☑/□ in the cell text; the fact extractor reads them |
| .doc (Word 97–2003) | LibreOffice → .docx; without it: problem "legacy" |
| .xlsx formulas without cached results (generated files) | computed, with a note |
| PDF that is a scanned image | readable, has_text False, problem "no_text" |
| password-protected .xlsx / .pdf | problem "encrypted" |
| truncated .docx | problem "unreadable", the others still read |
| GBK .txt | decoded |
| photo (.jpg) | listed, format other, no text |
"""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest

from govcheck.facts import extract
from govcheck.read import legacy, read_dossier

from .builders import (
    docx_bytes,
    fill_cell,
    ole_bytes,
    pdf_bytes,
    scan_pdf_bytes,
    sym,
    text,
    windows_zip,
    word_fib,
    xlsx_bytes,
)

ROOT = "项目材料"
FORM = f"{ROOT}/01-申报材料/项目申报表.docx"
DOC = f"{ROOT}/02-可研/可行性研究报告.doc"
BUDGET = f"{ROOT}/03-概算/项目概算表.xlsx"
ATTACHMENTS = f"{ROOT}/04-附件/附件.zip"
SCAN = f"{ATTACHMENTS}/附件1-营业执照（扫描件）.pdf"
LOCKED_XLSX = f"{ATTACHMENTS}/附件2-资金来源明细（加密）.xlsx"
LOCKED_PDF = f"{ATTACHMENTS}/附件3-批复文件（加密）.pdf"
TRUNCATED = f"{ATTACHMENTS}/附件4-专家评审意见.docx"
NOTE = f"{ROOT}/05-其他/说明.txt"
PHOTO = f"{ROOT}/05-其他/现场照片.jpg"

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 64 + b"\xff\xd9"


def _form(d):
    d.add_heading("政务信息化项目申报表", level=1)
    t = d.add_table(rows=3, cols=2)
    t.cell(0, 0).text = "项目名称"
    t.cell(0, 1).text = "科尔沁区政务云平台"
    t.cell(1, 0).text = "总投资（万元）"
    t.cell(1, 1).text = "70.5"
    t.cell(2, 0).text = "是否涉密"
    fill_cell(t.cell(2, 1), sym("Wingdings", "F0FE") + text("涉密 ") + sym("Wingdings", "F0A8") + text("非涉密"))


def _report(d):
    d.add_heading("可行性研究报告", level=1)
    d.add_paragraph("项目建设必要性。")


def _budget(wb):
    ws = wb.active
    ws.title = "概算表"
    ws.append(["政务云平台项目概算表"])
    ws.merge_cells("A1:C1")
    ws.append(["序号", "费用名称", "金额（万元）"])
    ws.append([1, "硬件购置", 40])
    ws.append([2, "软件开发", 30.5])
    ws.append([None, "合计", "=SUM(C3:C4)"])  # openpyxl saves no result, like most generators


def _encrypted_xlsx() -> bytes:
    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(xlsx_bytes())).encrypt("123456", out)
    return out.getvalue()


def _encrypted_pdf() -> bytes:
    return pdf_bytes(["Approval"], encrypt={"user_password": "123456", "owner_password": "x",
                                            "algorithm": "AES-128"})


def build_dossier(tmp_path: Path, doc_bytes: bytes) -> Path:
    pytest.importorskip("msoffcrypto", reason="msoffcrypto-tool (writes the password-protected .xlsx) not installed")
    attachments = windows_zip([
        ("附件1-营业执照（扫描件）.pdf", scan_pdf_bytes()),
        ("附件2-资金来源明细（加密）.xlsx", _encrypted_xlsx()),
        ("附件3-批复文件（加密）.pdf", _encrypted_pdf()),
        ("附件4-专家评审意见.docx", docx_bytes()[:700]),  # cut off mid-upload: no central directory
        ("__MACOSX/._附件1-营业执照（扫描件）.pdf", b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        "),
    ])
    dossier = windows_zip([
        (f"{ROOT}/", None),
        (f"{ROOT}/01-申报材料/", None),
        (FORM, docx_bytes(_form)),
        (f"{ROOT}/01-申报材料/~$项目申报表.docx", b"\x0dAdministrator" + b"\x00" * 148),
        (f"{ROOT}/02-可研/", None),
        (DOC, doc_bytes),
        (f"{ROOT}/03-概算/", None),
        (BUDGET, xlsx_bytes(_budget)),
        (f"{ROOT}/03-概算/Thumbs.db", ole_bytes({"Catalog": b"\x10\x00"})),
        (f"{ROOT}/04-附件/", None),
        (ATTACHMENTS, attachments),
        (f"{ROOT}\\05-其他\\说明.txt", "本项目材料共五部分。\r\n".encode("gbk")),  # an old zipper's backslashes
        (f"{ROOT}/05-其他/现场照片.jpg", JPEG),
        (f"{ROOT}/06-空文件夹/", None),
        (f"{ROOT}/.DS_Store", b"\x00\x00\x00\x01Bud1"),
        (f"__MACOSX/{ROOT}/01-申报材料/._项目申报表.docx", b"\x00\x05\x16\x07\x00\x02\x00\x00"),
    ])
    path = tmp_path / "项目材料.zip"
    path.write_bytes(dossier)
    return path


def _tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


def _outcome(docs) -> dict[str, tuple]:
    return {d.path: (d.format, d.readable, d.problem) for d in docs}


EXPECTED = {
    FORM: ("docx", True, None),
    BUDGET: ("xlsx", True, None),
    ATTACHMENTS: ("zip", True, None),
    SCAN: ("pdf", True, "no_text"),
    LOCKED_XLSX: ("xlsx", False, "encrypted"),
    LOCKED_PDF: ("pdf", False, "encrypted"),
    TRUNCATED: ("docx", False, "unreadable"),
    NOTE: ("txt", True, None),
    PHOTO: ("other", True, None),
}


def _check_common(docs, tmp_path: Path, before: list[str]) -> dict:
    assert [d.path for d in docs] == sorted(d.path for d in docs)
    by = {d.path: d for d in docs}
    assert _tree(tmp_path) == before  # read in memory: nothing extracted, nothing left behind

    form = by[FORM]
    assert form.paragraphs[0].text == "政务信息化项目申报表" and form.paragraphs[0].level == 1
    assert form.tables[0].rows[2] == ["是否涉密", "☑涉密 □非涉密"]

    budget = by[BUDGET]
    assert budget.sheets[0].rows == [
        ["政务云平台项目概算表"] * 3,
        ["序号", "费用名称", "金额（万元）"],
        [1, "硬件购置", 40],
        [2, "软件开发", 30.5],
        [None, "合计", 70.5],
    ]
    assert budget.notes == ["1 个公式单元格没有保存计算结果，已由 govcheck 计算（如 概算表!C5）"]

    assert by[ATTACHMENTS].has_text is False
    assert by[ATTACHMENTS].notes == ["压缩包：其中 4 个文件已作为材料读取"]  # __MACOSX/ not counted
    assert (by[SCAN].has_text, by[SCAN].error) == (False, "没有文字层（扫描件）")
    assert by[LOCKED_XLSX].error == by[LOCKED_PDF].error == "文件已加密（设有打开密码）"
    assert by[TRUNCATED].error == "不是有效的 .docx 文件（BadZipFile）"
    assert [p.text for p in by[NOTE].paragraphs] == ["本项目材料共五部分。"]
    assert by[PHOTO].has_text is False

    ex = extract(docs)
    assert ex.facts["classification"].value == "涉密"
    assert ex.facts["classification"].source.file == FORM
    assert str(ex.facts["total_investment"].value) == "70.5"
    assert not [f for f in ex.findings if f.rule == "govcheck/fact-conflict"]  # form and budget agree
    return by


def test_messy_dossier_without_libreoffice(tmp_path, monkeypatch):
    monkeypatch.setattr(legacy, "find_soffice", lambda: None)  # the same everywhere
    path = build_dossier(tmp_path, ole_bytes({"WordDocument": word_fib(), "1Table": b"\0"}))
    before = _tree(tmp_path)
    docs = read_dossier(path)
    assert _outcome(docs) == {**EXPECTED, DOC: ("doc", False, "legacy")}
    by = _check_common(docs, tmp_path, before)
    assert by[DOC].error == "旧版 .doc 文件：安装 LibreOffice 或另存为 .docx 后可检查内容"


@pytest.mark.skipif(legacy.find_soffice() is None, reason="LibreOffice (soffice) not on PATH: the .doc is not converted")
def test_messy_dossier_with_libreoffice(tmp_path):
    src = tmp_path / "src" / "可行性研究报告.docx"
    src.parent.mkdir()
    src.write_bytes(docx_bytes(_report))
    subprocess.run(
        [legacy.find_soffice(), f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", "doc", "--outdir", str(src.parent), str(src)],
        check=True, timeout=180, capture_output=True)
    work = tmp_path / "work"
    work.mkdir()
    path = build_dossier(work, (src.parent / "可行性研究报告.doc").read_bytes())
    before = _tree(work)
    docs = read_dossier(path)
    assert _outcome(docs) == {**EXPECTED, DOC: ("doc", True, None)}
    by = _check_common(docs, work, before)
    assert [(p.text, p.level) for p in by[DOC].paragraphs] == [("可行性研究报告", 1), ("项目建设必要性。", 0)]
    assert by[DOC].notes == ["经 LibreOffice 转换为 .docx 后读取"]
