"""Official-document (公文) structure: 文号, 主送机关, subject, 落款 date — from real .docx files."""

from datetime import date

from govcheck.identify.classify import classify
from govcheck.facts import extract

REPLY = [
    "关于市卫生健康委员会智慧医疗平台项目初步设计方案的批复",
    "X政数审〔2024〕5号",
    "市卫生健康委员会：",
    "你委《关于审批智慧医疗平台项目初步设计方案的请示》收悉。经研究，批复如下：",
    "一、原则同意该项目初步设计方案。",
    "二、核定项目概算投资为1,088.50万元。",
    "X市政务服务和数据管理局",
    "二〇二四年九月十二日",
]


def _facts(dossier, name, paragraphs, tables=None):
    dossier.docx(name, paragraphs=paragraphs, tables=tables)
    docs = dossier.read()
    classify(docs)
    return docs[0], extract(docs).facts


def test_reply_structure_gives_number_unit_name_amount_and_date(dossier):
    doc, facts = _facts(dossier, "附件3.docx", REPLY)
    assert doc.kind == "approval_reply"
    assert facts["approval_number"].value == "X政数审〔2024〕5号"
    assert facts["project_unit"].value == "市卫生健康委员会"
    assert facts["project_unit"].source.where == "段落3"
    # the subject names the project; what is approved (初步设计方案) is cut off
    assert facts["project_name"].value == "市卫生健康委员会智慧医疗平台项目"
    assert str(facts["approved_budget_total"].value) == "1088.5"
    # the 落款 date of a 批复 is the approval date, read in Chinese numerals
    assert facts["approval_date"].value == date(2024, 9, 12)
    assert facts["approval_date"].source.where == "段落8"


def test_a_circular_has_no_single_addressee(dossier):
    paras = ["关于XX项目可行性研究报告的批复", "各县（市、区）人民政府，市直各部门：", "你们报来的材料收悉，批复如下：",
             "2024年3月1日"]
    _, facts = _facts(dossier, "批复.docx", paras)
    assert "project_unit" not in facts


def test_subject_of_the_request_names_the_project_when_there_is_no_title(dossier):
    paras = ["许发改政务审〔2023〕2号", "许昌市投资集团有限公司:",
             "报来《关于报批中原人工智能计算中心(二期)项目可行性研究报告的请示》及有关材料收悉。经研究批复如下:"]
    doc, facts = _facts(dossier, "许发改政务审〔2023〕2号.docx", paras)
    # a file named by its 文号 is classified from its text, and says so
    assert doc.kind == "approval_reply" and doc.kind_evidence.startswith("正文：")
    assert facts["project_name"].value == "中原人工智能计算中心(二期)项目"
    assert facts["project_unit"].value == "许昌市投资集团有限公司"
    assert facts["approval_number"].value == "许发改政务审〔2023〕2号"


def test_date_of_a_contract_is_its_signing_date_but_not_on_a_plan(tmp_path):
    from tests.facts.conftest import Dossier

    _, facts = _facts(Dossier(tmp_path / "a"), "合同.docx", ["数字档案系统建设合同", "甲方：晋城市档案局", "乙方：龙图软件有限公司", "2025年3月2日"])
    assert facts["contract_sign_date"].value == date(2025, 3, 2)
    _, facts = _facts(Dossier(tmp_path / "b"), "实施方案.docx", ["数字档案系统实施方案", "编制单位：龙图软件有限公司", "2025年3月2日"])
    assert "approval_date" not in facts and "contract_sign_date" not in facts


def test_report_subtitle_names_the_project(dossier):
    _, facts = _facts(dossier, "自评.docx", ["2017年度项目绩效自评报告", "(电子政务运行维护项目)",
                                              "一、项目基本情况", "全年实际支出1409205.4元。"])
    assert facts["project_name"].value == "电子政务运行维护项目"
    assert str(facts["actual_expenditure"].value) == "140.92054"


def test_project_type_inferred_from_a_plan_for_a_construction_project(dossier):
    dossier.docx("可行性研究报告.docx", paragraphs=["科尔沁区智慧社区平台建设项目可行性研究报告",
                                                 "项目名称：科尔沁区智慧社区平台建设项目"])
    docs = dossier.read()
    classify(docs)
    pt = extract(docs).facts["project_type"]
    assert pt.value == "建设类" and pt.origin == "derived"
    assert pt.source.file == "可行性研究报告.docx"
    assert "推定" in pt.candidates[0].raw and "建设项目" in pt.candidates[0].raw


def test_project_type_not_inferred_without_evidence(dossier):
    dossier.docx("可行性研究报告.docx", paragraphs=["科尔沁区智慧社区平台可行性研究报告",
                                                 "项目名称：科尔沁区智慧社区平台"])
    docs = dossier.read()
    classify(docs)
    assert "project_type" not in extract(docs).facts


def test_a_tender_for_development_work_is_a_construction_project(dossier):
    dossier.docx("招标文件.docx", paragraphs=["奈曼旗政务服务平台系统开发项目招标文件",
                                             "项目名称：奈曼旗政务服务平台", "采购方式：公开招标"])
    docs = dossier.read()
    classify(docs)
    assert docs[0].kind == "procurement_docs"
    pt = extract(docs).facts["project_type"]
    assert pt.value == "建设类" and pt.origin == "derived" and pt.source.file == "招标文件.docx"
    assert "不是运维服务" in pt.candidates[0].raw


def test_a_tender_for_a_service_settles_nothing(dossier):
    dossier.docx("招标文件.docx", paragraphs=["奈曼旗政务服务平台运维服务项目招标文件",
                                             "项目名称：奈曼旗政务服务平台", "采购方式：公开招标"])
    docs = dossier.read()
    classify(docs)
    assert docs[0].kind == "procurement_docs"
    assert extract(docs).facts.get("project_type") is None or \
        extract(docs).facts["project_type"].value != "建设类"
