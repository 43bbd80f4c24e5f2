"""Budget sheets: lines, items, sections, the total, and arithmetic findings at the right cell."""

from decimal import Decimal

from govcheck.facts.budget import budget_item_for, extract_budget
from govcheck.facts.forms import form_candidates

from .conftest import said

D = Decimal

HEAD = [["科尔沁区智慧社区平台投资概算表", None, None, None, None, None],
        ["单位：万元", None, None, None, None, None],
        ["序号", "费用名称", "数量", "单价", "金额", "备注"]]


def sheet(*rows, total="=E4+E7+E11"):
    """The sample builder's layout: sections 一/二/三 in rows 4/7/11, 合计 in row 12."""
    body = [
        ["一", "工程费用", None, None, "=SUM(E5:E6)", None],
        [1, "软件开发费", 1, 40, 40, "定制开发"],
        [2, "设备购置费", 2, 10, 20, None],
        ["二", "工程建设其他费用", None, None, "=SUM(E8:E10)", None],
        [1, "前期工作费", None, None, 3, None],
        [2, "软件测评费", None, None, 2, None],
        [3, "验收费", None, None, 0, "不涉及"],
        ["三", "预备费", None, None, 5, None],
        ["合计", None, None, None, total, None],
    ]
    for r, row in rows:
        body[r - 4] = row
    return HEAD + body


def test_clean_budget_sheet(dossier):
    dossier.xlsx("概算表.xlsx", {"概算表": sheet()})
    res = extract_budget(dossier.doc("概算表.xlsx"))
    assert res.findings == []
    by_label = {b.label: b for b in res.lines}
    assert by_label["工程费用"].amount == D("60")  # the formula, computed by the reader
    assert by_label["软件开发费"].section == "一、工程费用"
    assert by_label["前期工作费"].item == "preliminary_costs"
    assert by_label["前期工作费"].section == "二、工程建设其他费用"
    assert by_label["软件测评费"].item == "software_testing_fee"
    assert by_label["验收费"].item == "acceptance_fee"
    assert by_label["验收费"].amount == D("0") and by_label["验收费"].note == "不涉及"
    assert by_label["预备费"].section == "三、预备费"
    total = by_label["合计"]
    assert total.is_total and total.amount == D("70")
    assert total.source.file == "概算表.xlsx" and total.source.where == "概算表!E12"
    assert by_label["设备购置费"].source.where == "概算表!E6"
    [c] = res.candidates
    assert (c.fact, c.value, c.origin) == ("total_investment", D("70"), "budget")
    assert c.source.where == "概算表!E12 合计"
    assert c.source.where.words("en") == "概算表!E12 “合计”"  # the sheet's name and label as written


def test_budget_is_not_read_as_a_form(dossier):
    dossier.xlsx("概算表.xlsx", {"概算表": sheet()})
    doc = dossier.doc("概算表.xlsx")
    res = extract_budget(doc)
    cands, _ = form_candidates(doc, skip=res.skip)
    assert cands == []  # 设备购置费 | 2 is a budget line, not has_hardware = "2"


def test_section_subtotal_wrong(dossier):
    # 工程费用 says 65 but its items add up to 60; 合计 follows the sections (65+5+5 = 75)
    dossier.xlsx("概算表.xlsx", {"概算表": sheet((4, ["一", "工程费用", None, None, 65, None]))})
    res = extract_budget(dossier.doc("概算表.xlsx"))
    [f] = res.findings
    assert f.rule == "govcheck/budget-arithmetic" and f.severity == "error"
    assert (f.location.file, f.location.where) == ("概算表.xlsx", "概算表!E4")
    assert "工程费用" in said(f) and "65" in said(f) and "60" in said(f)
    assert "add up to 60" in said(f, "en")


def test_total_wrong(dossier):
    dossier.xlsx("概算表.xlsx", {"概算表": sheet(total=80)})
    res = extract_budget(dossier.doc("概算表.xlsx"))
    [f] = res.findings
    assert f.location.where == "概算表!E12"
    assert "合计" in said(f) and "80" in said(f) and "70" in said(f)
    assert res.candidates[0].value == D("80")  # the stated total is still the candidate


def test_tolerance(dossier):
    dossier.xlsx("概算表.xlsx", {"概算表": sheet(total=70.005)})
    assert extract_budget(dossier.doc("概算表.xlsx")).findings == []
    dossier.xlsx("概算表.xlsx", {"概算表": sheet(total=70.02)})
    assert len(extract_budget(dossier.doc("概算表.xlsx")).findings) == 1


def test_quantity_times_price(dossier):
    dossier.xlsx("概算表.xlsx", {"概算表": sheet(
        (6, [2, "设备购置费", 2, 10, 25, None]),
        (4, ["一", "工程费用", None, None, 65, None]),
        total=75,
    )})
    res = extract_budget(dossier.doc("概算表.xlsx"))
    [f] = res.findings
    assert f.location.where == "概算表!E6"
    assert "数量 2 × 单价 10 = 20" in said(f) and "25" in said(f)


def test_words_column_and_words_row(dossier):
    rows = [["投资估算表", None, None, None],
            ["序号", "项目名称", "金额（元）", "大写金额"],
            [1, "软件开发", 400000, "肆拾万元整"],
            [2, "硬件购置", 200000, "贰拾伍万元整"],  # wrong
            ["合计", None, 600000, None],
            ["大写：陆拾伍万元整", None, None, None]]  # wrong too
    dossier.xlsx("估算表.xlsx", {"估算": rows})
    res = extract_budget(dossier.doc("估算表.xlsx"))
    wheres = sorted(f.location.where for f in res.findings)
    assert wheres == ["估算!A6", "估算!D4"]
    by_label = {b.label: b for b in res.lines}
    assert by_label["软件开发"].amount == D("40")  # 元 from the header 金额（元）
    assert res.candidates[0].value == D("60")


def test_unit_line_in_yuan_and_nested_numbering(dossier):
    rows = [["项目预算表", None, None],
            ["金额单位：元", None, None],
            ["序号", "费用名称", "金额"],
            ["一", "工程费用", 900000],
            ["（一）", "软件部分", 600000],
            ["1", "平台开发", 400000],
            ["2", "接口开发", 200000],
            ["（二）", "硬件部分", 300000],
            ["1", "服务器", 300000],
            ["二", "其他费用", 100000],
            ["1", "监理费", 60000],
            ["2", "验收测评费", 40000],
            ["", "总计", 1000000]]
    dossier.xlsx("预算表.xlsx", {"预算": rows})
    res = extract_budget(dossier.doc("预算表.xlsx"))
    assert res.findings == []
    assert res.candidates[0].value == D("100")
    by_label = {b.label: b for b in res.lines}
    assert by_label["平台开发"].amount == D("40")
    assert by_label["验收测评费"].item == "acceptance_fee"
    assert by_label["服务器"].section == "一、工程费用"

    rows[6] = ["2", "接口开发", 150000]  # (一) 软件部分 no longer adds up
    dossier.xlsx("预算表.xlsx", {"预算": rows})
    res = extract_budget(dossier.doc("预算表.xlsx"))
    assert [f.location.where for f in res.findings] == ["预算!C5"]


def test_budget_table_in_docx(dossier):
    dossier.docx("可行性研究报告.docx", [[
        ["序号", "工程或费用名称", "金额（万元）", "备注"],
        ["一", "工程费用", "50.00", ""],
        ["1", "应用软件开发", "50.00", ""],
        ["二", "工程建设其他费用", "10.00", ""],
        ["1", "可研编制费", "2.00", ""],
        ["2", "信息安全风险评估费", "3.00", ""],
        ["3", "运维费", "4.00", ""],
        ["三", "预备费", "0.00", "不涉及"],
        ["合计", "合计", "61.00", ""],
    ]], merges=[(0, (8, 0), (8, 1))])
    res = extract_budget(dossier.doc("可行性研究报告.docx"))
    # 工程建设其他费用 10 ≠ 2+3+4 = 9, and 合计 61 ≠ 50+10+0 = 60
    assert sorted(f.location.where for f in res.findings) == ["表1 第4行 第3列", "表1 第9行 第3列"]
    items = {b.label: b.item for b in res.lines}
    assert items["可研编制费"] == "preliminary_costs"
    assert items["信息安全风险评估费"] == "security_risk_assessment_fee"
    assert items["运维费"] == "om_fee"
    assert res.candidates[0].value == D("61")


def test_several_tables_total_is_the_largest(dossier):
    detail = [["序号", "设备名称", "数量", "单价", "金额"],
              [1, "服务器", 2, 10, 20],
              [2, "交换机", 1, 5, 5],
              ["合计", None, None, None, 25]]
    dossier.xlsx("概算表.xlsx", {"概算表": sheet(), "设备明细": detail})
    res = extract_budget(dossier.doc("概算表.xlsx"))
    assert res.findings == []
    assert [c.value for c in res.candidates] == [D("70")]


def test_header_row_of_a_form_is_no_budget(dossier):
    dossier.docx("申报表.docx", [[["项目名称", "总投资（万元）"], ["某项目", "70"]]])
    res = extract_budget(dossier.doc("申报表.docx"))
    assert res.lines == [] and res.candidates == []


def test_adjustment_table_is_no_total_investment(dossier):
    dossier.xlsx("概算表.xlsx", {"概算表": sheet()})
    doc = dossier.doc("概算表.xlsx")
    doc.kind = "adjustment_filing"
    res = extract_budget(doc)
    assert res.lines and res.candidates == []


def test_budget_item_labels():
    assert budget_item_for("项目前期费用") == "preliminary_costs"
    assert budget_item_for("第三方软件测试费") == "software_testing_fee"
    assert budget_item_for("运行维护费用（三年）") == "om_fee"
    assert budget_item_for("政府购买服务") == "purchased_service_fee"
    assert budget_item_for("验收评审费") == "acceptance_fee"
    assert budget_item_for("等保测评费") is None
    assert budget_item_for("服务器") is None


def test_total_fact_depends_on_the_kind(dossier):
    dossier.xlsx("批复.xlsx", {"概算": sheet()})
    doc = dossier.doc("批复.xlsx")
    doc.kind = "approval_reply"
    assert [(c.fact, c.value) for c in extract_budget(doc).candidates] == [("approved_budget_total", D("70"))]
    doc.kind = "assessment_report"
    assert extract_budget(doc).candidates == []
