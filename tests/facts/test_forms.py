"""Declaration forms in real .docx / .xlsx files, read through the reader."""

from datetime import date
from decimal import Decimal

from govcheck.facts.forms import form_candidates
from govcheck.packs.load import load_pack
from govcheck.packs.vocabulary_ext import active

from .conftest import said

D = Decimal

APPLICATION_ROWS = [
    ["项目名称", "科尔沁区智慧社区平台"],
    ["项目单位", "通辽市科尔沁区政务服务与数据管理局"],
    ["层级", "旗县市区"],
    ["项目类型", "建设类"],
    ["建设性质", "新建"],
    ["是否涉密", "非涉密"],
    ["总投资（万元）", "70"],
    ["计划年度", "2026"],
    ["申报日期", "2025年7月15日"],
    ["是否跨部门共建共享", "否"],
    ["是否定制开发", "是"],
    ["免费运维期", "1年"],
    ["项目负责人", "张三"],
    ["联系电话", "0475-1234567"],
]


def test_two_column_form(dossier, one):
    dossier.docx("申报表.docx", [APPLICATION_ROWS])
    cands, findings = form_candidates(dossier.doc("申报表.docx"))
    assert findings == []
    c = one(cands, "total_investment")
    assert c.value == D("70") and c.origin == "form" and c.raw == "70"
    assert c.source.file == "申报表.docx"
    assert c.source.where == "表1 第7行 总投资（万元）"
    assert c.source.where.words("en") == "table 1, row 7 “总投资（万元）”"  # a place is data: its parts
    assert one(cands, "project_name").value == "科尔沁区智慧社区平台"
    assert one(cands, "project_name").source.where == "表1 第1行 项目名称"
    assert one(cands, "project_unit").value == "通辽市科尔沁区政务服务与数据管理局"
    assert one(cands, "admin_level").value == "旗县市区"
    assert one(cands, "project_type").value == "建设类"
    assert one(cands, "construction_nature").value == "新建"
    assert one(cands, "classification").value == "非涉密"
    assert one(cands, "plan_year").value == 2026
    assert one(cands, "application_date").value == date(2025, 7, 15)
    assert one(cands, "is_cross_department").value is False
    assert one(cands, "is_custom_software").value is True
    assert one(cands, "free_om_months").value == 12
    assert one(cands, "project_leader").value == "张三"
    # 联系电话 is no fact; nothing else is invented
    assert {c.fact for c in cands} == {
        "project_name", "project_unit", "admin_level", "project_type", "construction_nature",
        "classification", "total_investment", "plan_year", "application_date", "is_cross_department",
        "is_custom_software", "free_om_months", "project_leader"}


def test_four_column_form_and_blank_value(dossier, one):
    dossier.docx("申报表.docx", [[
        ["项目名称", "智慧教育云平台", "项目代码", "2024-150526-65-01-000092"],
        ["项目单位", "扎鲁特旗教育局", "层级", "旗县市区"],
        ["入库编号", "", "总投资（万元）", "59.99"],
        ["申报日期", "2025-07-15", "是否涉密", "否"],
    ]])
    cands, _ = form_candidates(dossier.doc("申报表.docx"))
    assert one(cands, "project_name").value == "智慧教育云平台"
    assert one(cands, "project_code").value == "2024-150526-65-01-000092"
    assert one(cands, "project_code").source.where == "表1 第1行 项目代码"
    assert one(cands, "admin_level").value == "旗县市区"
    assert one(cands, "total_investment").value == D("59.99")
    assert one(cands, "total_investment").source.where == "表1 第3行 总投资（万元）"
    assert one(cands, "classification").value == "非涉密"
    assert one(cands, "application_date").value == date(2025, 7, 15)
    assert not [c for c in cands if c.fact == "in_project_library"]  # blank value


def test_label_units_and_full_width_brackets(dossier, one):
    dossier.docx("申报表.docx", [[
        ["总投资(元)", "1,200,000.00"],
        ["批复总投资（亿元）", "0.5"],
        ["实际完成投资 ( 万元 )", "233.16"],
        ["*项目名称：", "全宽括号测试"],
        ["调增金额（万元）", "８６．００"],
    ]])
    cands, _ = form_candidates(dossier.doc("申报表.docx"))
    assert one(cands, "total_investment").value == D("120")
    assert one(cands, "approved_budget_total").value == D("5000")
    assert one(cands, "actual_expenditure").value == D("233.16")
    assert one(cands, "project_name").value == "全宽括号测试"
    assert one(cands, "adjustment_increase").value == D("86")


def test_merged_value_cells(dossier, one):
    # label | value merged over three columns; a title merged over the whole row
    dossier.docx("申报表.docx", [[
        ["政务信息化项目申报表", "", "", ""],
        ["项目名称", "跨列合并的项目名称", "", ""],
        ["总投资（万元）", "80", "", ""],
        ["建设性质", "扩建", "层级", "市本级"],
    ]], merges=[(0, (0, 0), (0, 3)), (0, (1, 1), (1, 3)), (0, (2, 1), (2, 3))])
    doc = dossier.doc("申报表.docx")
    assert doc.tables[0].rows[1] == ["项目名称"] + ["跨列合并的项目名称"] * 3  # the reader repeats it
    cands, _ = form_candidates(doc)
    assert one(cands, "project_name").value == "跨列合并的项目名称"
    assert one(cands, "total_investment").value == D("80")
    assert one(cands, "construction_nature").value == "扩建"
    assert one(cands, "admin_level").value == "市本级"


def test_merged_label_over_two_columns(dossier, one):
    # a label merged across two cells: the repeat is no value
    dossier.docx("申报表.docx", [[
        ["项目名称", "项目名称", "合并标签"],
        ["是否涉密", "是否涉密", ""],
    ]], merges=[(0, (0, 0), (0, 1)), (0, (1, 0), (1, 1))])
    cands, _ = form_candidates(dossier.doc("申报表.docx"))
    assert one(cands, "project_name").value == "合并标签"
    assert not [c for c in cands if c.fact == "classification"]


def test_checkboxes(dossier, one):
    dossier.docx("申报表.docx", [[
        ["是否涉密", "■涉密 □非涉密"],
        ["是否跨部门共建共享", "☑是 □否"],
        ["是否使用密码", "[√]是 [ ]否"],
        ["是否孤网", "是（ ）否（√）"],
        ["建设性质", "□新建 □续建 ✔升级改造"],
        ["是否分期建设", "□是", "☑否"],
        ["是否购置硬件设备", "□是 □否"],
    ]])
    cands, _ = form_candidates(dossier.doc("申报表.docx"))
    assert one(cands, "classification").value == "涉密"
    assert one(cands, "is_cross_department").value is True
    assert one(cands, "uses_crypto").value is True
    assert one(cands, "is_isolated_network").value is False
    assert one(cands, "construction_nature").value == "升级改造"
    assert one(cands, "is_phased").value is False  # options in separate cells
    assert not [c for c in cands if c.fact == "has_hardware"]  # nothing checked


def test_value_below_label(dossier, one):
    dossier.docx("申报表.docx", [[
        ["项目名称", "总投资（万元）", "建设性质", "申报日期"],
        ["下方取值的项目", "438", "续建", "2026年2月12日"],
    ]])
    cands, _ = form_candidates(dossier.doc("申报表.docx"))
    assert one(cands, "project_name").value == "下方取值的项目"
    assert one(cands, "project_name").source.where == "表1 第2行 项目名称"
    assert one(cands, "total_investment").value == D("438")
    assert one(cands, "construction_nature").value == "续建"
    assert one(cands, "application_date").value == date(2026, 2, 12)


def test_listing_of_many_projects_is_no_form(dossier):
    dossier.docx("年度计划.docx", [[
        ["序号", "项目名称", "项目单位", "项目类型", "总投资（万元）"],
        ["1", "甲项目", "甲单位", "建设类", "118.00"],
        ["2", "乙项目", "乙单位", "建设类", "438.00"],
        ["3", "丙项目", "丙单位", "建设类", "326.00"],
    ]])
    cands, _ = form_candidates(dossier.doc("年度计划.docx"))
    assert cands == []


def test_value_that_looks_like_a_label(dossier, one):
    dossier.docx("申报表.docx", [[["项目名称", "一体化政务服务平台"], ["项目单位", "某局"]]])
    cands, _ = form_candidates(dossier.doc("申报表.docx"))
    assert one(cands, "project_name").value == "一体化政务服务平台"
    assert not [c for c in cands if c.fact == "connected_to_one_stop_platform"]


def test_label_and_value_in_one_cell(dossier, one):
    dossier.docx("申报表.docx", [[["项目名称：单元格内取值平台", "总投资：70万元"]]])
    cands, _ = form_candidates(dossier.doc("申报表.docx"))
    assert one(cands, "project_name").value == "单元格内取值平台"
    assert one(cands, "total_investment").value == D("70")


def test_form_over_two_tables(dossier, one):
    dossier.docx("申报表.docx", [
        [["项目名称", "两表项目"], ["项目单位", "某局"]],
        [["总投资（万元）", "60"], ["层级", "旗县市区"]],
    ])
    cands, _ = form_candidates(dossier.doc("申报表.docx"))
    assert one(cands, "project_name").source.where == "表1 第1行 项目名称"
    assert one(cands, "total_investment").value == D("60")
    assert one(cands, "total_investment").source.where == "表2 第1行 总投资（万元）"
    assert one(cands, "admin_level").value == "旗县市区"


def test_form_in_xlsx(dossier, one):
    dossier.xlsx("申报表.xlsx", {"申报表": [
        ["政务信息化项目申报表", None, None, None],
        ["金额单位：元", None, None, None],
        ["项目名称", "表格项目", "项目代码", "2026-150500-65-01-000873"],
        ["总投资", 1200000, "计划年度", 2026],
        ["申报日期", "2026-02-12", "是否涉密", "非涉密"],
        ["是否跨部门", "否", "开工日期", None],
    ]}, merges={"申报表": ["A1:D1"]})
    cands, _ = form_candidates(dossier.doc("申报表.xlsx"))
    c = one(cands, "total_investment")
    assert c.value == D("120")  # 元 from the 金额单位 line
    assert c.source.where == "申报表!B4 总投资"
    assert (c.source.where.kind, c.source.where.parts, c.source.where.label) == ("cell", ("申报表", "B4"), "总投资")
    assert c.raw == "1200000"
    assert one(cands, "project_code").source.where == "申报表!D3 项目代码"
    assert one(cands, "plan_year").value == 2026
    assert one(cands, "application_date").value == date(2026, 2, 12)
    assert one(cands, "classification").value == "非涉密"
    assert one(cands, "is_cross_department").value is False
    assert not [c for c in cands if c.fact == "construction_start_date"]


def test_xlsx_merged_value_and_real_dates(dossier, one):
    dossier.xlsx("申报表.xlsx", {"Sheet1": [
        ["项目名称", "合并单元格的项目", None],
        ["总投资（万元）", 79.99, None],
        ["申报日期", date(2025, 7, 15), None],
    ]}, merges={"Sheet1": ["B1:C1", "B2:C2"]})
    cands, _ = form_candidates(dossier.doc("申报表.xlsx"))
    assert one(cands, "project_name").value == "合并单元格的项目"
    assert one(cands, "total_investment").value == D("79.99")
    assert one(cands, "total_investment").source.where == "Sheet1!B2 总投资（万元）"
    assert one(cands, "application_date").value == date(2025, 7, 15)


def test_blank_values_are_skipped(dossier):
    dossier.docx("申报表.docx", [[
        ["项目名称", "/"], ["总投资（万元）", "—"], ["项目代码", "无"], ["资金来源", ""],
    ]])
    cands, _ = form_candidates(dossier.doc("申报表.docx"))
    assert cands == []


def test_words_beside_figure_in_form(dossier):
    dossier.docx("申报表.docx", [[["总投资", "120万元（大写：壹佰万元整）"]]])
    cands, findings = form_candidates(dossier.doc("申报表.docx"))
    assert cands[0].value == D("120")
    assert [f.rule for f in findings] == ["govcheck/amount-in-words"]
    assert findings[0].location.where == "表1 第1行 总投资"
    assert "壹佰万元整" in said(findings[0])


def test_gaoping_labels(dossier, one):
    dossier.docx("申报表.docx", [[["项目实施单位", "高平市行政审批服务管理局"], ["项目建设单位", "某科技公司"]]])
    doc = dossier.doc("申报表.docx")
    with active(load_pack("gaoping")):  # the Gaoping pack gives these labels their meaning there
        cands, _ = form_candidates(doc, jurisdiction="gaoping")
    assert one(cands, "project_unit").value == "高平市行政审批服务管理局"
    assert one(cands, "contractor").value == "某科技公司"
    cands, _ = form_candidates(doc)  # elsewhere 项目建设单位 is the owning unit (and preferred)
    assert one(cands, "project_unit").value == "某科技公司"
    assert not [c for c in cands if c.fact == "contractor"]


def test_in_cell_value_stops_at_line_end(dossier, one):
    dossier.docx("封面.docx", [[["项目名称：多行单元格平台\n编制日期：2025年7月"]]])
    cands, _ = form_candidates(dossier.doc("封面.docx"))
    assert one(cands, "project_name").value == "多行单元格平台"


def test_preferred_label_within_one_form(dossier, one):
    dossier.docx("申报表.docx", [[
        ["主管部门", "通辽市卫生健康委员会"],
        ["项目单位", "通辽市医院"],
        ["申请资金（万元）", "50"],
        ["总投资（万元）", "70"],
    ]])
    cands, _ = form_candidates(dossier.doc("申报表.docx"))
    assert one(cands, "project_unit").value == "通辽市医院"
    assert one(cands, "total_investment").value == D("70")
