"""Excel .xlsx: every sheet, trimmed, merged cells filled, missing formula results computed."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime

from govcheck.read import read_dossier

from .builders import xlsx_bytes


def _read(write, build, name="预算表.xlsx", data=None):
    [doc] = read_dossier(write(name, data if data is not None else xlsx_bytes(build)).parent)
    assert doc.readable and doc.format == "xlsx", doc.error
    return doc


def test_every_sheet_in_order_trimmed_with_its_origin(write):
    def build(wb):
        ws = wb.active
        ws.title = "封面"
        ws["A1"] = "项目名称"
        ws["B1"] = "政务云"
        s2 = wb.create_sheet("概算表")
        s2["C4"] = "序号"
        s2["D4"] = "金额"
        s2["C5"] = 1
        s2["D5"] = 79.99
        s2["D9"] = None
        s2["F20"] = "   "  # whitespace only: not content, trimmed away
        wb.create_sheet("空表")

    doc = _read(write, build)
    assert [s.name for s in doc.sheets] == ["封面", "概算表", "空表"]
    s2 = doc.sheets[1]
    assert s2.rows == [["序号", "金额"], [1, 79.99]]
    assert (s2.first_row, s2.first_col) == (4, 3)
    assert s2.cell_ref(1, 1) == "D5"
    assert doc.sheets[2].rows == []


def test_merged_cells_repeat_the_top_left_value(write):
    def build(wb):
        ws = wb.active
        ws["A1"] = "政务信息化项目概算表"
        ws.merge_cells("A1:C1")  # horizontal
        ws["A2"] = "一、工程费用"
        ws.merge_cells("A2:A3")  # vertical
        ws["B2"] = "硬件"
        ws["C2"] = 10
        ws["B3"] = "软件"
        ws["C3"] = 20
        ws["A4"] = "合计"
        ws.merge_cells("A4:Z4")  # wider than the data: clipped, not widening the sheet
        ws["A5"] = None

    doc = _read(write, build)
    assert doc.sheets[0].rows == [
        ["政务信息化项目概算表"] * 3,
        ["一、工程费用", "硬件", 10],
        ["一、工程费用", "软件", 20],
        ["合计", "合计", "合计"],
    ]


def test_formulas_without_cached_values_are_computed(write):
    def build(wb):
        ws = wb.active
        ws.title = "概算"
        ws.append(["项目", "金额"])
        ws.append(["硬件", 10])
        ws.append(["软件", 20.5])
        ws.append(["小计", "=SUM(B2:B3)"])
        ws.append(["预备费", "=ROUND(B4*0.05,2)"])  # refers to a formula cell
        ws.append(["合计", "=B4+B5"])
        s2 = wb.create_sheet("表 2")
        s2["B3"] = "='概算'!B6"
        s2["B4"] = "=概算!$B$2*2+'表 2'!B3"
        s3 = wb.create_sheet("汇总")
        s3["A1"] = "=SUM('表 2'!B3:B4)"

    doc = _read(write, build)
    gaisuan, t2, summary = doc.sheets
    assert [row[1] for row in gaisuan.rows] == ["金额", 10, 20.5, 30.5, 1.53, 32.03]
    assert t2.rows == [[32.03], [52.03]]
    assert summary.rows == [[84.06]]
    assert doc.notes == ["6 个公式单元格没有保存计算结果，已由 govcheck 计算（如 概算!B4）"]


def test_unsupported_formula_is_left_empty_and_noted(write):
    def build(wb):
        ws = wb.active
        ws.title = "表1"
        ws["A1"] = 5
        ws["B1"] = '=VLOOKUP(A1,C1:D9,2,FALSE)'
        ws["C1"] = "=B1+1"  # depends on the unsupported one
        ws["D1"] = "=A1*2"

    doc = _read(write, build)
    assert doc.sheets[0].rows == [[5, None, None, 10]]
    assert "公式未能计算：表1!B1 =VLOOKUP(A1,C1:D9,2,FALSE)（不支持的函数 VLOOKUP）" in doc.notes
    assert any(n.startswith("公式未能计算：表1!C1 =B1+1") for n in doc.notes)


def test_cached_formula_values_are_used_as_they_are(write):
    # Excel stores each formula's result; that is what the reviewer saw, so it wins.
    src = zipfile.ZipFile(io.BytesIO(xlsx_bytes(lambda wb: wb.active.append([1, 2, "=A1+B1"]))))
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb"<v\s*/>|<v></v>", b"<v>99</v>", data)
                assert b"<v>99</v>" in data
            out.writestr(info, data)
    doc = _read(write, None, data=bio.getvalue())
    assert doc.sheets[0].rows == [[1, 2, 99]]
    assert doc.notes == []


def test_formula_cycle_is_noted_not_a_crash(write):
    def build(wb):
        wb.active["A1"] = "=B1+1"
        wb.active["B1"] = "=A1+1"
        wb.active["C1"] = "x"

    doc = _read(write, build)
    assert doc.sheets[0].rows == [["x"]] and doc.sheets[0].first_col == 3
    assert any("循环引用" in n for n in doc.notes)


def test_long_chain_of_running_totals(write):
    def build(wb):
        ws = wb.active
        ws["B1"] = 1
        for r in range(2, 3001):
            ws[f"A{r}"] = 1
            ws[f"B{r}"] = f"=B{r - 1}+A{r}"

    doc = _read(write, build)
    assert doc.sheets[0].rows[-1] == [1, 3000]


def test_dates_stay_dates(write):
    def build(wb):
        wb.active["A1"] = datetime(2024, 5, 1)
        wb.active["A2"] = datetime(2024, 5, 1, 9, 30)
        wb.active["A3"] = date(2025, 1, 2)

    rows = _read(write, build).sheets[0].rows
    assert rows == [[date(2024, 5, 1)], [datetime(2024, 5, 1, 9, 30)], [date(2025, 1, 2)]]
    assert type(rows[0][0]) is date  # comparable with the dates facts use


def test_stale_dimension_tag_does_not_cut_rows(write):
    src = zipfile.ZipFile(io.BytesIO(xlsx_bytes(lambda wb: [wb.active.append([i]) for i in range(1, 6)])))
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1"/>', data)
            out.writestr(info, data)
    doc = _read(write, None, data=bio.getvalue())
    assert doc.sheets[0].rows == [[1], [2], [3], [4], [5]]


def test_shared_and_array_formulas_are_read_as_openpyxl_reads_them(write):
    """Formula text is streamed from the sheet XML (read/xlsx.py _formula_cells), not from a
    second openpyxl load: shared formulas (Excel writes a column of like formulas as one master
    and its followers) translate to each cell, an array formula keeps its text, a data table
    has none — and the result equals what openpyxl's own reader gives."""
    import openpyxl

    from govcheck.read.xlsx import _formula_cells, _sheet_parts
    from govcheck.limits import Limits

    def build(wb):
        ws = wb.active
        ws.title = "概算"
        ws.append(["项目", "单价", "数量", "金额"])
        for name, price, n in (("服务器", 5, 2), ("存储", 3, 4), ("网络", 1.5, 6)):
            ws.append([name, price, n, None])
        ws.append(["合计", None, None, None])

    sheet_d = ('<c r="D2"><f t="shared" ref="D2:D4" si="0">B2*C2</f></c>'
               '<c r="D3"><f t="shared" si="0"/></c><c r="D4"><f t="shared" si="0"/></c>')
    data = xlsx_bytes(build)
    src = zipfile.ZipFile(io.BytesIO(data))
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            xml = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = xml.decode()
                for row in (2, 3, 4):  # the empty D cells become the shared formula's cells
                    cell = re.search(rf'<c r="D{row}"[^>]*>\s*<f t="shared"[^/]*/?>(?:[^<]*</f>)?\s*</c>',
                                     sheet_d).group(0)
                    text = re.sub(rf'(<row r="{row}"[^>]*>.*?)(</row>)', lambda m, c=cell: m.group(1) + c + m.group(2),
                                  text, count=1, flags=re.S)
                text = re.sub(r'(<row r="5"[^>]*>.*?)(</row>)',
                              lambda m: m.group(1) + '<c r="D5"><f t="array" ref="D5">SUM(D2:D4)</f></c>' + m.group(2),
                              text, count=1, flags=re.S)
                xml = text.encode()
            zf.writestr(info, xml)
    book = bio.getvalue()

    doc = _read(write, None, data=book)
    assert [row[3] for row in doc.sheets[0].rows[1:]] == [10, 12, 9, 31]  # computed from the formulas

    package = zipfile.ZipFile(io.BytesIO(book))
    ours = _formula_cells(package, _sheet_parts(package), Limits())
    wb = openpyxl.load_workbook(io.BytesIO(book), read_only=True, data_only=False)
    theirs = {ws.title: {(c.row, c.column): getattr(c.value, "text", c.value)
                         for row in ws.iter_rows() for c in row if getattr(c, "data_type", None) == "f"}
              for ws in wb.worksheets}
    assert ours == theirs
    assert ours["概算"][(3, 4)] == "=B3*C3" and ours["概算"][(5, 4)] == "=SUM(D2:D4)"
