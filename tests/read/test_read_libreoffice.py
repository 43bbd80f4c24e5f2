"""Real legacy files, made by LibreOffice itself, read back through the read stage.

Writer turns a python-docx .docx into a Word 97–2003 .doc (and an .odt); govcheck then reads
the .doc — and the same bytes named .wps, which is what WPS writes — by converting it back with
LibreOffice. Calc turns an .xlsx into .xls/.ods, which govcheck reads with python-calamine, no
LibreOffice involved (so WPS's .et, the same BIFF8 bytes, reads the same way).

Every test here needs LibreOffice to *make* its input, so without it they skip with that reason;
the plumbing tests with a stand-in soffice (test_read_legacy.py) run everywhere.
"""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from govcheck.read import legacy, read_dossier

from .builders import by_path, checkbox_field, control, docx_bytes, fill_cell, gothic, sym, text, xlsx_bytes

SOFFICE = legacy.find_soffice()
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) not on PATH: cannot make real .doc/.xls files")

CONVERTED = "经 LibreOffice 转换为 .docx 后读取"


def _convert(src: Path, fmt: str, tmp: Path) -> Path:
    """src → fmt with the real soffice, in a private profile; the converted file's path."""
    out = tmp / f"out-{fmt}"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={(tmp / 'profile').as_uri()}", "--headless", "--norestore",
         "--convert-to", fmt, "--outdir", str(out), str(src)],
        check=True, timeout=180, capture_output=True)
    result = out / f"{src.stem}.{fmt.split(':')[0]}"
    assert result.is_file(), f"LibreOffice made no {fmt} from {src.name}"
    return result


def _report(d):
    d.add_heading("项目申报表", level=1)
    d.add_paragraph("项目名称：政务云平台")
    t = d.add_table(rows=5, cols=3)
    t.cell(0, 0).merge(t.cell(0, 1)).text = "项目名称"
    t.cell(0, 2).text = "政务云"
    t.cell(1, 0).text = "总投资（万元）"
    t.cell(1, 1).text = "70"
    t.cell(1, 2).merge(t.cell(2, 2)).text = "备注"
    t.cell(2, 0).text = "是否涉密"
    fill_cell(t.cell(2, 1), sym("Wingdings", "F0FE") + text("涉密 ") + sym("Wingdings", "F0A8") + text("非涉密"))
    t.cell(3, 0).text = "是否跨部门共建共享"
    fill_cell(t.cell(3, 1), control("1", gothic("☒")) + text("是 ") + control("0", gothic("☐")) + text("否"))
    t.cell(4, 0).text = "是否购置硬件设备"
    fill_cell(t.cell(4, 1), checkbox_field('<w:default w:val="0"/>') + text("是 ")
          + checkbox_field('<w:default w:val="0"/><w:checked/>') + text("否"))
    d.add_heading("一、项目概况", level=2)
    d.add_paragraph("结尾。")


PARAGRAPHS = [("项目申报表", 1), ("项目名称：政务云平台", 0), ("一、项目概况", 2), ("结尾。", 0)]
ROWS = [
    ["项目名称", "项目名称", "政务云"],
    ["总投资（万元）", "70", "备注"],
    ["是否涉密", "☑涉密 □非涉密", "备注"],  # Wingdings symbols survive the .doc as symbols
    # Word 97 has no content controls: LibreOffice keeps their glyphs (☒/☐) as text, which the
    # fact extractor reads as checked/unchecked like ☑/□. (.odt keeps them as controls: ☑/□.)
    ["是否跨部门共建共享", "☒是 ☐否", ""],
    ["是否购置硬件设备", "□是 ☑否", ""],  # legacy checkbox fields survive as fields
]


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> dict[str, bytes]:
    """The legacy files, made once per module: {"doc": …, "odt": …, "xls": …, "ods": …}."""
    tmp = tmp_path_factory.mktemp("lo")
    docx = tmp / "报告.docx"
    docx.write_bytes(docx_bytes(_report))
    xlsx = tmp / "概算.xlsx"
    xlsx.write_bytes(xlsx_bytes(_budget))
    return {
        "doc": _convert(docx, "doc", tmp).read_bytes(),
        "odt": _convert(docx, "odt", tmp).read_bytes(),
        "xls": _convert(xlsx, "xls", tmp).read_bytes(),
        "ods": _convert(xlsx, "ods", tmp).read_bytes(),
    }


@pytest.mark.parametrize(("name", "fmt"), [("可研报告.doc", "doc"), ("可研报告.wps", "wps"), ("可研报告.odt", "odt")])
def test_word_processor_files_round_trip_to_paragraphs_and_tables(write, made, name, fmt):
    data = made["odt" if fmt == "odt" else "doc"]  # a .wps is a .doc by another name
    if fmt != "odt":
        assert data.startswith(b"\xd0\xcf\x11\xe0")  # really Word 97–2003 (OLE2), not a renamed .docx
    path = write(name, data)
    before = sorted(p.name for p in path.parent.iterdir())
    [doc] = read_dossier(path.parent)
    assert (doc.path, doc.format, doc.readable, doc.problem, doc.error) == (name, fmt, True, None, None)
    assert doc.notes == [CONVERTED]
    assert [(p.text, p.level) for p in doc.paragraphs] == PARAGRAPHS
    rows = [list(r) for r in ROWS]
    if fmt == "odt":
        rows[3][1] = "☑是 □否"
    assert [t.rows for t in doc.tables] == [rows]
    assert sorted(p.name for p in path.parent.iterdir()) == before  # nothing written into the dossier


def test_checkboxes_of_a_real_doc_reach_the_facts(write, made):
    from govcheck.facts import extract

    docs = read_dossier(write("申报表.doc", made["doc"]).parent)
    facts = extract(docs).facts
    assert facts["classification"].value == "涉密"
    assert facts["is_cross_department"].value is True
    assert facts["has_hardware"].value is False


def _budget(wb):
    ws = wb.active
    ws.title = "概算表"
    ws.append(["序号", "费用名称", "金额（万元）"])
    ws.append([1, "硬件购置", 40])
    ws.append([2, "软件开发", 30.5])
    ws.append([None, "合计", "=SUM(C2:C3)"])  # openpyxl stores no result: Calc computes it on save
    ws["A5"] = "批复日期"
    ws["B5"] = date(2024, 5, 1)
    ws["B5"].number_format = "yyyy-mm-dd"
    ws.merge_cells("B6:C6")
    ws["A6"] = "备注"
    ws["B6"] = "合并单元格"


BUDGET = [
    ["序号", "费用名称", "金额（万元）"],
    [1, "硬件购置", 40],
    [2, "软件开发", 30.5],
    [None, "合计", 70.5],
    ["批复日期", date(2024, 5, 1), None],
    ["备注", "合并单元格", "合并单元格"],
]


@pytest.mark.parametrize(("name", "fmt"), [("概算.xls", "xls"), ("概算.et", "et")])
def test_spreadsheets_saved_by_calc_are_read_by_calamine(write, made, monkeypatch, name, fmt):
    monkeypatch.setattr(legacy, "find_soffice", lambda: None)  # proves no LibreOffice is used
    [doc] = read_dossier(write(name, made["xls"]).parent)
    assert (doc.path, doc.format, doc.readable, doc.problem, doc.notes) == (name, fmt, True, None, [])
    [sheet] = doc.sheets
    assert sheet.name == "概算表" and (sheet.first_row, sheet.first_col) == (1, 1)
    assert sheet.rows == BUDGET


def test_ods_saved_by_calc_is_read_by_calamine(write, made, monkeypatch):
    monkeypatch.setattr(legacy, "find_soffice", lambda: None)
    [doc] = read_dossier(write("概算.ods", made["ods"]).parent)
    assert (doc.format, doc.readable, doc.notes) == ("ods", True, [])
    assert doc.sheets[0].rows == BUDGET


def test_a_dossier_of_legacy_files(write, made):
    for name, kind in (("01-申报表.doc", "doc"), ("02-方案.wps", "doc"), ("03-概算.xls", "xls"), ("04-概算.et", "xls")):
        write(name, made[kind])
    docs = by_path(read_dossier(write("05-说明.odt", made["odt"]).parent))
    assert {p: (d.format, d.readable) for p, d in docs.items()} == {
        "01-申报表.doc": ("doc", True), "02-方案.wps": ("wps", True), "03-概算.xls": ("xls", True),
        "04-概算.et": ("et", True), "05-说明.odt": ("odt", True),
    }
