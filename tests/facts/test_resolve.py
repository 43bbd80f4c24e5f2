"""extract(): precedence, conflicts, declared-differs, date order, derived facts — on real files."""

from datetime import date
from decimal import Decimal

from govcheck.facts import extract, manifest_candidates, parse_set_option
from govcheck.model import Candidate, Document, Paragraph, Source

from .conftest import said

D = Decimal

FORM = [
    ["项目名称", "科尔沁区智慧社区平台"],
    ["项目单位", "通辽市科尔沁区政务服务与数据管理局"],
    ["层级", "旗县市区"],
    ["总投资（万元）", "70"],
]


def budget_rows(total=70):
    return [["投资概算表", None, None],
            ["单位：万元", None, None],
            ["序号", "费用名称", "金额"],
            ["一", "工程费用", 60],
            [1, "软件开发费", 40],
            [2, "设备购置费", 20],
            ["二", "预备费", 10],
            ["合计", None, total]]


def test_agreeing_dossier(dossier):
    dossier.docx("附件1-申报表.docx", [FORM])
    dossier.xlsx("附件3-概算表.xlsx", {"概算": budget_rows()})
    dossier.docx("附件2-可行性研究报告.docx", paragraphs=["项目名称：科尔沁区智慧社区平台项目", "本项目总投资70万元。"])
    ex = extract(dossier.read(), [])
    assert ex.findings == []
    ti = ex.facts["total_investment"]
    assert ti.value == D("70") and ti.unit == "万元" and ti.origin == "form"
    assert ti.source == Source("附件1-申报表.docx", "表1 第4行 总投资（万元）")
    assert [c.origin for c in ti.candidates] == ["form", "budget", "text"]
    assert ex.facts["admin_level"].unit is None
    # derived from the budget lines, nothing states them
    assert ex.facts["has_hardware"].value is True and ex.facts["has_hardware"].origin == "derived"
    assert ex.facts["has_hardware"].source.where == "概算!C6 设备购置费"
    assert ex.facts["is_custom_software"].value is True
    assert [b.label for b in ex.budget_lines][:3] == ["工程费用", "软件开发费", "设备购置费"]
    assert ex.candidates and all(isinstance(c, Candidate) for c in ex.candidates)


def test_conflict_names_every_source(dossier):
    dossier.docx("附件1-申报表.docx", [FORM])
    dossier.xlsx("附件3-概算表.xlsx", {"概算": budget_rows(total=70)})
    dossier.docx("附件2-可行性研究报告.docx", paragraphs=["项目单位：科尔沁区政务服务局", "本项目总投资约80万元。"])
    ex = extract(dossier.read(), [])
    conflicts = [f for f in ex.findings if f.rule == "govcheck/fact-conflict"]
    assert {f.fact for f in conflicts} == {"total_investment", "project_unit"}
    ti = next(f for f in conflicts if f.fact == "total_investment")
    assert ti.severity == "warning"
    assert said(ti) == (
        "总投资在不同材料中取值不一致：70万元（附件1-申报表.docx 表1 第4行 总投资（万元）；"
        "附件3-概算表.xlsx 概算!C8 合计）、80万元（附件2-可行性研究报告.docx 段落2）；"
        "采用 70万元（附件1-申报表.docx 表1 第4行 总投资（万元））")
    assert (ti.location.file, ti.location.where) == ("附件1-申报表.docx", "表1 第4行 总投资（万元）")
    assert ex.facts["total_investment"].value == D("70")
    assert said(ti, "en").startswith("total investment differs between sources: 70 万元 (")


def test_forms_beat_budget_beat_text(dossier):
    dossier.xlsx("概算表.xlsx", {"概算": budget_rows(total=70)})
    dossier.docx("可研.docx", paragraphs=["本项目总投资80万元。"])
    ex = extract(dossier.read(), [])
    assert ex.facts["total_investment"].value == D("70")
    assert ex.facts["total_investment"].origin == "budget"
    dossier.docx("申报表.docx", [[["总投资（万元）", "75"]]])
    ex = extract(dossier.read(), [])
    assert ex.facts["total_investment"].value == D("75")


def test_declaration_form_beats_other_forms(dossier):
    # a 可研 with its own summary table sorts before the 申报表, yet the 申报表 wins
    dossier.docx("01-可行性研究报告.docx", [[["总投资（万元）", "80"]]])
    dossier.docx("02-项目申报表.docx", [[["总投资（万元）", "70"]]])
    ex = extract(dossier.read(), [])
    assert ex.facts["total_investment"].value == D("70")
    assert ex.facts["total_investment"].source.file == "02-项目申报表.docx"


def test_precedence_option_manifest_documents(dossier):
    dossier.docx("申报表.docx", [FORM])
    docs = dossier.read()
    manifest = manifest_candidates({"total_investment": 75, "admin_level": "旗县市区"})
    ex = extract(docs, [parse_set_option("total_investment=79.99")] + manifest)
    ti = ex.facts["total_investment"]
    assert (ti.value, ti.origin, ti.source) == (D("79.99"), "option", Source("--set", "total_investment"))
    assert [c.origin for c in ti.candidates] == ["option", "manifest", "form"]
    assert ex.facts["admin_level"].origin == "manifest"
    [f] = [f for f in ex.findings if f.rule == "govcheck/declared-differs"]
    assert f.fact == "total_investment"
    assert said(f) == ("总投资声明为 79.99万元（--set total_investment），但材料中为 70万元"
                         "（申报表.docx 表1 第4行 总投资（万元））；采用声明值")
    assert (f.location.file, f.location.where) == ("申报表.docx", "表1 第4行 总投资（万元）")
    # the manifest agrees with the form on admin_level: nothing to say
    assert not [f for f in ex.findings if f.fact == "admin_level"]


def test_declared_differs_groups_document_values(dossier):
    dossier.docx("申报表.docx", [FORM])
    dossier.docx("可研.docx", paragraphs=["本项目总投资70万元。", "项目总投资为80万元。"])
    ex = extract(dossier.read(), manifest_candidates({"total_investment": 60}))
    diffs = [f for f in ex.findings if f.rule == "govcheck/declared-differs"]
    assert len(diffs) == 2
    assert "70万元（申报表.docx 表1 第4行 总投资（万元）；可研.docx 段落1）" in said(diffs[0])
    assert "80万元（可研.docx 段落2）" in said(diffs[1])
    assert not [f for f in ex.findings if f.rule == "govcheck/fact-conflict"]


def test_date_order(dossier):
    dossier.docx("验收申请表.docx", [[
        ["合同签订日期", "2025年3月1日"],
        ["初步验收日期", "2025年2月20日"],  # before the contract
        ["竣工验收日期", "2025年8月1日"],
    ]])
    ex = extract(dossier.read(), [parse_set_option("approval_date=2024-12-01")])
    [f] = [f for f in ex.findings if f.rule == "govcheck/date-order"]
    assert f.severity == "warning" and f.fact == "preliminary_acceptance_date"
    assert said(f) == ("合同签订日期（2025-03-01，验收申请表.docx 表1 第1行 合同签订日期）晚于"
                         "初步验收日期（2025-02-20，验收申请表.docx 表1 第2行 初步验收日期）")
    assert f.location.where == "表1 第2行 初步验收日期"


def test_unreadable_documents_are_skipped():
    bad = Document("坏文件.docx", "docx", readable=False, error="损坏",
                   paragraphs=[Paragraph("本项目总投资90万元。", 0, 0)])
    ok = Document("可研.docx", "docx", paragraphs=[Paragraph("本项目总投资70万元。", 0, 0)])
    ex = extract([bad, ok], [])
    assert ex.facts["total_investment"].value == D("70")
    assert ex.findings == []


def test_derived_only_when_unstated_and_phase_from_name(dossier):
    dossier.docx("申报表.docx", [[["项目名称", "通辽市公共数据资源一体化平台（二期）建设项目"],
                                  ["是否购置硬件设备", "否"]]])
    dossier.xlsx("概算表.xlsx", {"概算": budget_rows()})
    ex = extract(dossier.read(), [])
    assert ex.facts["has_hardware"].value is False and ex.facts["has_hardware"].origin == "form"
    assert not [f for f in ex.findings if f.fact == "has_hardware"]  # derived never conflicts
    assert ex.facts["phase_no"].value == 2 and ex.facts["is_phased"].value is True
    assert ex.facts["phase_no"].origin == "derived"


def test_no_clear_signal_no_derived():
    ex = extract([Document("说明.docx", "docx", paragraphs=[Paragraph("项目名称：某平台", 0, 0)])], [])
    assert set(ex.facts) == {"project_name"}


def test_months_unit_and_declared_only():
    ex = extract([], [parse_set_option("free_om_months=1年")])
    assert ex.facts["free_om_months"].value == 12
    assert ex.facts["free_om_months"].unit == "个月"
    assert ex.budget_lines == [] and ex.findings == []


def test_sample_builder_conventions(dossier):
    """The layout the sample-dossier builder uses: every value parses."""
    dossier.docx("附件1-项目入库申请表.docx", [[
        ["项目名称", "科尔沁区智慧社区平台"],
        ["项目单位", "通辽市科尔沁区政务服务与数据管理局"],
        ["层级", "旗县市区"],
        ["项目类型", "建设类"],
        ["建设性质", "新建"],
        ["是否涉密", "非涉密"],
        ["总投资（万元）", "70"],
        ["计划年度", "2026"],
        ["申报日期", "2025年7月15日"],
        ["是否定制开发", "是"],
        ["是否跨部门共建共享", "否"],
    ]])
    dossier.xlsx("附件3-项目概算表.xlsx", {"概算表": [
        ["科尔沁区智慧社区平台投资概算表", None, None, None, None, None],
        ["单位：万元", None, None, None, None, None],
        ["序号", "费用名称", "数量", "单价", "金额", "备注"],
        ["一", "工程费用", None, None, "=SUM(E5:E6)", None],
        [1, "社区服务平台开发", 1, 50, 50, "定制开发"],
        [2, "服务器", 1, 10, 10, None],
        ["二", "工程建设其他费用", None, None, "=SUM(E8:E9)", None],
        [1, "前期工作费", None, None, 4, None],
        [2, "验收费", None, None, 2, None],
        ["三", "预备费", None, None, 4, None],
        ["合计", None, None, None, "=E4+E7+E10", None],
    ]})
    ex = extract(dossier.read(), [])
    assert ex.findings == []
    v = {k: f.value for k, f in ex.facts.items()}
    assert v["project_name"] == "科尔沁区智慧社区平台"
    assert v["admin_level"] == "旗县市区"
    assert v["project_type"] == "建设类"
    assert v["construction_nature"] == "新建"
    assert v["classification"] == "非涉密"
    assert v["total_investment"] == D("70")
    assert v["plan_year"] == 2026
    assert v["application_date"] == date(2025, 7, 15)
    assert v["is_custom_software"] is True
    assert v["is_cross_department"] is False
    assert v["has_hardware"] is True  # 服务器 line
    assert {b.item for b in ex.budget_lines} >= {"preliminary_costs", "acceptance_fee"}
    total = next(b for b in ex.budget_lines if b.is_total)
    assert total.amount == D("70") and total.source.where == "概算表!E11"


def test_english_messages():
    docs = [Document("a.docx", "docx", paragraphs=[
        Paragraph("合同签订日期：2025年3月1日", 0, 0),
        Paragraph("初步验收日期：2025年2月1日", 0, 1),
        Paragraph("项目总投资120万元（大写：壹佰万元整）", 0, 2),
    ])]
    ex = extract(docs, [parse_set_option("total_investment=100")])
    msgs = {f.rule: said(f, "en") for f in ex.findings}
    assert msgs["govcheck/date-order"] == (
        "contract signing date (2025-03-01, a.docx paragraph 1) is later than "
        "preliminary acceptance date (2025-02-01, a.docx paragraph 2)")
    assert msgs["govcheck/declared-differs"].startswith(
        "total investment is declared as 100 万元 (--set total_investment) but the documents say 120 万元")
    assert msgs["govcheck/amount-in-words"].startswith("a.docx paragraph 3: the figure 120万元 differs")
