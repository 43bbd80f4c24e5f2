"""classify: file names and titles → catalog §8.1 document kinds."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from govcheck.identify.classify import classify, classify_document, match_text, stem, strip_numbering
from govcheck.model import Document, Paragraph, Sheet
from govcheck.vocabulary import DATA, document_kinds

# catalog.md §8.1, in the catalog's row order
CATALOG_IDS = [
    "construction_application", "project_plan_application_form", "project_library_application",
    "project_proposal", "feasibility_study_report", "preliminary_design", "budget_estimate",
    "investment_estimate", "implementation_plan", "construction_plan",
    "construction_plan_proposal", "om_plan", "integration_master_plan",
    "cross_dept_framework_plan", "phase_plan", "data_resource_catalog", "data_sharing_list",
    "data_dictionary", "annual_plan_listing", "approval_reply", "pre_review_opinion",
    "expert_review_opinion", "review_opinion", "assessment_report", "budget_review_opinion",
    "security_review_opinion", "confidentiality_review_opinion", "secure_reliable_statement",
    "crypto_application_plan", "leadership_approval", "meeting_minutes", "energy_assessment",
    "site_selection", "land_pre_review", "eia", "procurement_docs", "contract",
    "contract_filing", "supervision_contract", "supervision_filing", "supervision_report",
    "security_management_policy", "progress_report", "annual_performance_report",
    "special_issue_report", "issue_report", "rectification_report", "payment_record",
    "adjustment_filing", "adjustment_request", "adjustment_approval", "project_filing",
    "design_documents", "source_code", "test_documents", "emergency_plan", "drill_record",
    "incident_record", "acceptance_application", "acceptance_text", "construction_summary",
    "functional_test_report", "software_test_report", "financial_report", "audit_report",
    "archive_acceptance_report", "security_risk_assessment_report",
    "classified_security_test_report", "classified_system_certificate", "mlps_test_report",
    "mlps_filing", "crypto_assessment_report", "preliminary_acceptance_report",
    "data_sharing_confirmation", "trial_run_report", "acceptance_report", "acceptance_filing",
    "acceptance_extension_request", "self_evaluation_report", "post_evaluation_report",
    "performance_evaluation_report", "ex_ante_performance_evaluation", "om_summary",
]

NAMES = [
    # feasibility study and its overlaps
    ("附件2-可行性研究报告.docx", "feasibility_study_report"),
    ("XX县智慧城管项目可研报告.docx", "feasibility_study_report"),
    ("可行性研究报告（项目建议书、可行性研究报告二合一）.docx", "feasibility_study_report"),
    ("可研报告(代项目建议书).docx", "feasibility_study_report"),
    ("可行性研究报告（代初步设计）.pdf", "feasibility_study_report"),
    ("XX市预算管理一体化系统项目可行性研究报告.docx", "feasibility_study_report"),
    ("XX市数字档案馆建设项目可行性研究报告.docx", "feasibility_study_report"),
    ("关于XX项目可行性研究报告的批复.pdf", "approval_reply"),
    ("可研批复.pdf", "approval_reply"),
    ("关于XX项目初步设计及概算的批复.pdf", "approval_reply"),
    ("关于同意XX项目立项的通知.pdf", "approval_reply"),
    ("XX项目可研报告专家评审意见.pdf", "expert_review_opinion"),
    ("初步设计审核意见.pdf", "review_opinion"),
    ("可研评审报告.pdf", "assessment_report"),
    ("XX系统项目投资估算表.xlsx", "investment_estimate"),
    ("可研投资估算表.xlsx", "investment_estimate"),
    # proposals and plans
    ("XX项目建议书.docx", "project_proposal"),
    ("项目建议书.pdf", "project_proposal"),
    ("项目建设方案建议书.docx", "construction_plan_proposal"),
    ("XX平台建设方案.docx", "construction_plan"),
    ("XX项目（一期）建设方案.docx", "construction_plan"),
    ("XX平台二期建设方案.docx", "phase_plan"),
    ("实施方案（项目建议书、可行性研究报告、初步设计方案三合一）.docx", "implementation_plan"),
    ("项目实施方案.docx", "implementation_plan"),
    ("商用密码应用方案.docx", "crypto_application_plan"),
    ("XX系统密码应用方案.pdf", "crypto_application_plan"),
    ("运维实施方案.docx", "om_plan"),
    ("XX局信息化整合建设总体方案.docx", "integration_master_plan"),
    ("统一框架方案.docx", "cross_dept_framework_plan"),
    ("XX项目初步设计方案.docx", "preliminary_design"),
    ("初步设计方案和投资概算报告.docx", "preliminary_design"),
    ("初步设计及概（预）算方案.docx", "preliminary_design"),
    # budgets
    ("附件3-项目概算表.xlsx", "budget_estimate"),
    ("01_投资概算表.xlsx", "budget_estimate"),
    ("附件3（项目概算表）.xlsx", "budget_estimate"),
    ("分项报价表.xlsx", "budget_estimate"),
    ("预算评审报告.pdf", "budget_review_opinion"),
    ("财政评审意见.pdf", "budget_review_opinion"),
    # assessments
    ("安全风险评估报告.pdf", "security_risk_assessment_report"),
    ("XX系统信息安全风险评估报告.pdf", "security_risk_assessment_report"),
    ("项目评估报告.pdf", "assessment_report"),
    ("第三方咨询评估报告.pdf", "assessment_report"),
    ("商用密码应用安全性评估报告.pdf", "crypto_assessment_report"),
    ("密评报告.pdf", "crypto_assessment_report"),
    ("社会稳定风险评估报告.pdf", None),
    ("前置审查意见书.pdf", "pre_review_opinion"),
    ("网络安全审查意见.pdf", "security_review_opinion"),
    ("保密审查意见.pdf", "confidentiality_review_opinion"),
    ("节能审查意见.pdf", "energy_assessment"),
    ("环境影响报告表.pdf", "eia"),
    ("环评批复.pdf", "eia"),
    ("XX项目规划选址意见书.pdf", "site_selection"),
    ("用地预审意见.pdf", "land_pre_review"),
    # applications and decisions
    ("关于XX项目建设的请示.pdf", "construction_application"),
    ("关于XX县政务云平台建设项目的请示.pdf", "construction_application"),
    # a request/reply wrapping a matter named before the project name
    ("关于调整XX项目概算的请示.pdf", "adjustment_request"),
    ("关于调整XX项目建设内容的批复.pdf", "adjustment_approval"),
    ("关于拨付XX项目建设资金的请示.pdf", "payment_record"),
    ("关于申请XX项目入库的请示.pdf", "project_library_application"),
    ("关于申请XX项目竣工验收的请示.pdf", "acceptance_application"),
    ("政务信息化项目申报表.xlsx", "project_plan_application_form"),
    ("年度项目计划表.xlsx", "project_plan_application_form"),
    ("附件1-项目审批申请表.docx", "construction_application"),
    ("附件0-项目审批请示.docx", "construction_application"),
    ("申请入库.docx", "project_library_application"),
    ("项目入库申请表.docx", "project_library_application"),
    ("关于下达2024年度建设计划的通知.pdf", "annual_plan_listing"),
    ("领导小组会议纪要.pdf", "leadership_approval"),
    ("党组会议纪要.pdf", "meeting_minutes"),
    ("安全可靠情况说明.docx", "secure_reliable_statement"),
    # construction
    ("监理合同.pdf", "supervision_contract"),
    ("XX项目监理委托合同.pdf", "supervision_contract"),
    ("技术服务合同.pdf", "contract"),
    ("政府采购合同.pdf", "contract"),
    ("合同备案回执.pdf", "contract_filing"),
    ("XX项目合同备案表.pdf", "contract_filing"),
    ("监理备案表.pdf", "supervision_filing"),
    ("中标通知书.pdf", "procurement_docs"),
    ("XX项目招标文件.pdf", "procurement_docs"),
    ("监理月报（2024年5月）.pdf", "supervision_report"),
    ("监理总结报告.pdf", "supervision_report"),
    ("项目建设进度和概算执行情况报告.docx", "progress_report"),
    ("资金拨付申请表.docx", "payment_record"),
    ("网络安全管理制度汇编.pdf", "security_management_policy"),
    ("网络安全应急预案.docx", "emergency_plan"),
    ("应急演练记录.docx", "drill_record"),
    ("审计整改报告.docx", "rectification_report"),
    # adjustment
    ("项目调整备案表.docx", "adjustment_filing"),
    ("关于XX项目建设内容调整的请示.pdf", "adjustment_request"),
    ("概算调整批复.pdf", "adjustment_approval"),
    ("变更申请.docx", "adjustment_request"),
    # acceptance
    ("XX项目初步验收报告.docx", "preliminary_acceptance_report"),
    ("初验意见.pdf", "preliminary_acceptance_report"),
    ("竣工验收申请.docx", "acceptance_application"),
    ("关于XX项目竣工验收的请示.pdf", "acceptance_application"),
    ("验收申请报告.docx", "acceptance_application"),
    ("竣工验收报告.pdf", "acceptance_report"),
    ("专家验收意见.pdf", "acceptance_report"),
    ("验收报告-XX管理平台.docx", "acceptance_report"),
    ("XX县数字档案馆项目竣工验收报告.docx", "acceptance_report"),
    ("竣工验收报告备案回执.pdf", "acceptance_filing"),
    ("延期验收申请.docx", "acceptance_extension_request"),
    ("关于XX项目延期验收的请示.pdf", "acceptance_extension_request"),
    ("试运行报告（含用户使用评价）.docx", "trial_run_report"),
    ("数据共享情况确认书.docx", "data_sharing_confirmation"),
    ("政务数据资源共享清单.xlsx", "data_sharing_list"),
    ("政务信息资源目录.xlsx", "data_resource_catalog"),
    ("项目建设总结报告.docx", "construction_summary"),
    ("系统功能测试报告.pdf", "functional_test_report"),
    ("第三方软件测试报告.pdf", "software_test_report"),
    ("验收测试报告.pdf", "software_test_report"),
    ("竣工财务决算报告.pdf", "financial_report"),
    ("决算审计报告.pdf", "audit_report"),
    ("档案验收意见.pdf", "archive_acceptance_report"),
    ("等保测评报告.pdf", "mlps_test_report"),
    ("网络安全等级保护测评报告.pdf", "mlps_test_report"),
    ("信息系统安全等级保护备案证明.pdf", "mlps_filing"),
    ("XX项目等保备案证明.pdf", "mlps_filing"),
    ("分保测评报告.pdf", "classified_security_test_report"),
    ("涉密信息系统测评审查合格证.pdf", "classified_system_certificate"),
    ("数据字典.xlsx", "data_dictionary"),
    ("详细设计说明书.docx", "design_documents"),
    ("源代码光盘说明.docx", "source_code"),
    ("测试用例.xlsx", "test_documents"),
    # evaluation
    ("项目自评价报告.docx", "self_evaluation_report"),
    ("绩效自评价报告.docx", "self_evaluation_report"),
    ("2024年度绩效自评报告.docx", "annual_performance_report"),
    ("项目绩效评价报告.docx", "annual_performance_report"),
    ("绩效考评结果.pdf", "performance_evaluation_report"),
    ("事前绩效评估报告.pdf", "ex_ante_performance_evaluation"),
    ("后评价报告.pdf", "post_evaluation_report"),
    ("运维工作总结.docx", "om_summary"),
    # nothing to go on
    ("附件5.docx", None),
    ("材料3.pdf", None),
    ("scan001.pdf", None),
    ("新建 Microsoft Word 文档.docx", None),
    ("照片.jpg", None),
    ("其他.pdf", None),
]


@pytest.mark.parametrize(("name", "kind"), NAMES, ids=[n for n, _ in NAMES])
def test_file_name(name: str, kind: str | None) -> None:
    doc = Document(path=f"dossier/{name}", format=name.rsplit(".", 1)[-1])
    classify([doc])
    assert doc.kind == kind
    if kind:
        assert doc.kind_evidence == f"文件名：{name}"
    else:
        assert doc.kind_evidence is None


def test_enough_names() -> None:
    assert len(NAMES) >= 60
    assert len({n for n, _ in NAMES}) == len(NAMES)


@pytest.mark.parametrize(
    ("raw", "stripped"),
    [
        ("附件5-数据共享情况确认书.docx", "数据共享情况确认书"),
        ("附件5、数据共享情况确认书.docx", "数据共享情况确认书"),
        ("附件五：可研报告.pdf", "可研报告"),
        ("附件5-1 概算表.xlsx", "概算表"),
        ("01_可研报告.docx", "可研报告"),
        ("(3)可研报告.docx", "可研报告"),
        ("（3）可研报告.docx", "可研报告"),
        ("【3】可研报告.docx", "可研报告"),
        ("【附件3】初验报告.pdf", "初验报告"),
        ("附件１０－可研报告.docx", "可研报告"),
        ("附件2.1 可研报告.docx", "可研报告"),
        ("3. 可研报告.docx", "可研报告"),
        ("01_附件3-概算表.xlsx", "概算表"),
        ("2024年度绩效自评报告.docx", "2024年度绩效自评报告"),
        ("附件5.docx", ""),
    ],
)
def test_stem(raw: str, stripped: str) -> None:
    assert stem(raw) == stripped


def test_full_width_and_spaces() -> None:
    assert match_text("ＸＸ项目　可行性 研究报告")[0] == "feasibility_study_report"
    assert match_text("附件３－项目概算表")[0] == "budget_estimate"
    assert strip_numbering("附件３－项目概算表") == "项目概算表"


# --------------------------------------------------------------------------- titles


def _doc(name: str, *lines: str | tuple[str, int], **kw) -> Document:
    paras = []
    for i, line in enumerate(lines):
        text, level = line if isinstance(line, tuple) else (line, 0)
        paras.append(Paragraph(text, level=level, index=i))
    return Document(path=name, format=name.rsplit(".", 1)[-1], paragraphs=paras, **kw)


def test_generic_name_uses_heading() -> None:
    doc = _doc("附件5.docx", ("数据共享情况确认书", 1), "XX项目建设单位：XX局")
    classify([doc])
    assert doc.kind == "data_sharing_confirmation"
    assert doc.kind_evidence == "标题：数据共享情况确认书"


def test_cover_page_lines() -> None:
    doc = _doc("材料3.docx", "XX市智慧城管平台建设项目", "可行性研究报告", "编制单位：XX工程咨询有限公司",
               "二〇二四年三月")
    classify([doc])
    assert doc.kind == "feasibility_study_report"
    assert doc.kind_evidence == "标题：可行性研究报告"


def test_title_with_attachment_number() -> None:
    doc = _doc("scan001.pdf", "附件5", "附件5 数据共享情况确认书")
    classify([doc])
    assert doc.kind == "data_sharing_confirmation"
    assert doc.kind_evidence == "标题：附件5 数据共享情况确认书"


def test_numbered_body_headings_are_not_titles() -> None:
    # a document without cover whose first headings are chapters: 投资估算 is not its kind
    doc = _doc("附件7.docx", ("第一章 项目概况", 1), ("第五章 投资估算", 1), ("一、投资估算", 2))
    classify([doc])
    assert doc.kind is None


def test_long_body_text_is_not_a_title() -> None:
    body = "根据《关于XX项目可行性研究报告的批复》（X发改〔2024〕12号）要求，现将项目建设进展情况报告如下，请审阅并提出宝贵意见。"
    doc = _doc("附件8.docx", body)
    classify([doc])
    assert doc.kind is None


def test_name_wins_over_title() -> None:
    doc = _doc("合同备案回执.pdf", ("技术服务合同", 1))
    classify([doc])
    assert doc.kind == "contract_filing"
    assert doc.kind_evidence == "文件名：合同备案回执.pdf"


def test_title_wins_over_weak_name() -> None:
    # the name holds a kind word only inside the project name
    doc = _doc("XX局信创改造项目.docx", "XX局信创改造项目", ("初步验收报告", 1))
    classify([doc])
    assert doc.kind == "preliminary_acceptance_report"
    assert doc.kind_evidence == "标题：初步验收报告"


def test_weak_name_used_when_title_says_nothing() -> None:
    doc = _doc("XX局信创改造项目.docx", "目录")
    classify([doc])
    assert doc.kind == "secure_reliable_statement"


def test_workbook_title_cell() -> None:
    sheet = Sheet(name="Sheet1", rows=[[None, None], ["XX项目投资概算表", None], ["序号", "费用名称", "金额"]])
    doc = Document(path="附件3.xlsx", format="xlsx", sheets=[sheet])
    classify([doc])
    assert doc.kind == "budget_estimate"
    assert doc.kind_evidence == "标题：XX项目投资概算表"


def test_workbook_sheet_name() -> None:
    sheet = Sheet(name="资源目录", rows=[["序号", "信息资源名称", "共享类型"]])
    doc = Document(path="附件4.xlsx", format="xlsx", sheets=[sheet])
    classify([doc])
    assert doc.kind == "data_resource_catalog"
    assert doc.kind_evidence == "工作表：资源目录"


def test_unreadable_document_classified_by_name() -> None:
    doc = Document(path="等保测评报告.pdf", format="pdf", readable=False, error="encrypted",
                   problem="encrypted")
    classify([doc])
    assert doc.kind == "mlps_test_report"


def test_unreadable_generic_name_is_none() -> None:
    doc = Document(path="附件9.pdf", format="pdf", readable=False, has_text=False)
    classify([doc])
    assert (doc.kind, doc.kind_evidence) == (None, None)


def test_classify_document_returns_pair() -> None:
    assert classify_document(Document(path="x/可研报告.docx", format="docx")) == (
        "feasibility_study_report",
        "文件名：可研报告.docx",
    )


def test_real_docx_read_through_reader(tmp_path: Path) -> None:
    read = pytest.importorskip("govcheck.read")
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_heading("数据共享情况确认书", level=1)
    d.add_paragraph("项目名称：XX市政务服务平台升级改造项目")
    d.save(tmp_path / "附件5.docx")
    d = docx.Document()
    d.add_paragraph("XX市政务服务平台升级改造项目")
    d.add_paragraph("初步验收报告", style="Title")
    d.save(tmp_path / "材料3.docx")
    d = docx.Document()
    d.add_paragraph("随便写点什么")
    d.save(tmp_path / "其他.docx")

    docs = read.read_dossier(tmp_path)
    classify(docs)
    kinds = {doc.name: (doc.kind, doc.kind_evidence) for doc in docs}
    assert kinds["附件5.docx"] == ("data_sharing_confirmation", "标题：数据共享情况确认书")
    assert kinds["材料3.docx"] == ("preliminary_acceptance_report", "标题：初步验收报告")
    assert kinds["其他.docx"] == (None, None)


def test_real_xlsx_read_through_reader(tmp_path: Path) -> None:
    read = pytest.importorskip("govcheck.read")
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "XX项目投资概算表"
    ws.append(["序号", "费用名称", "金额（万元）"])
    ws.append([1, "软件开发费", 50])
    wb.save(tmp_path / "附件3.xlsx")
    docs = read.read_dossier(tmp_path)
    classify(docs)
    assert [(d.name, d.kind) for d in docs] == [("附件3.xlsx", "budget_estimate")]


# --------------------------------------------------------------------------- the data file


def _yaml() -> dict:
    return yaml.safe_load((DATA / "documents.yaml").read_text(encoding="utf-8"))


def test_ids_unique_and_equal_to_catalog() -> None:
    ids = [d["id"] for d in _yaml()["documents"]]
    assert len(ids) == len(set(ids))
    assert set(ids) == set(CATALOG_IDS)
    assert len(CATALOG_IDS) == 83


def test_every_kind_complete() -> None:
    from govcheck.model import STAGES

    stages = set(STAGES)
    for k in document_kinds():
        assert k.zh and k.en, k.id
        assert k.stage in stages, k.id
        assert k.patterns, k.id
    for d in _yaml()["documents"]:
        assert set(d) <= {"id", "zh", "en", "stage", "patterns", "exclude", "indicates_stage",
                          "signal", "wrapper"}, d["id"]
        if "indicates_stage" in d:
            assert d["indicates_stage"] in stages, d["id"]
        if "signal" in d:
            assert d["signal"] == "weak" and "indicates_stage" in d, d["id"]


def test_every_kind_recognises_its_own_name() -> None:
    # the display name of each kind is classified as that kind
    for k in document_kinds():
        assert match_text(k.zh)[0] == k.id, (k.zh, match_text(k.zh))


@pytest.mark.parametrize(
    ("specific", "general"),
    [
        ("security_risk_assessment_report", "assessment_report"),
        ("crypto_assessment_report", "assessment_report"),
        ("self_evaluation_report", "assessment_report"),
        ("annual_performance_report", "assessment_report"),
        ("performance_evaluation_report", "assessment_report"),
        ("crypto_application_plan", "implementation_plan"),
        ("contract_filing", "contract"),
        ("supervision_contract", "contract"),
        ("acceptance_filing", "acceptance_report"),
        ("acceptance_extension_request", "acceptance_report"),
        ("acceptance_application", "acceptance_report"),
        ("preliminary_acceptance_report", "acceptance_report"),
        ("construction_plan_proposal", "construction_plan"),
        ("construction_plan_proposal", "project_proposal"),
        ("adjustment_filing", "approval_reply"),
        ("adjustment_approval", "approval_reply"),
        ("eia", "approval_reply"),
        ("payment_record", "construction_application"),
        ("data_sharing_confirmation", "data_sharing_list"),
        ("mlps_test_report", "mlps_filing"),
        ("budget_review_opinion", "budget_estimate"),
        ("feasibility_study_report", "project_proposal"),
        ("implementation_plan", "feasibility_study_report"),
        ("feasibility_study_report", "preliminary_design"),
        ("preliminary_design", "budget_estimate"),
        ("supervision_report", "construction_summary"),
        ("expert_review_opinion", "review_opinion"),
    ],
)
def test_order(specific: str, general: str) -> None:
    ids = [k.id for k in document_kinds()]
    assert ids.index(specific) < ids.index(general)


def test_sheet_header_row_is_not_a_title():
    from govcheck.model import Sheet

    sheet = Sheet(name="Sheet1", rows=[["序号", "建设内容", "原批复数量", "调整后数量", "变化"],
                                       [1, "服务器", 4, 6, 2]])
    doc = Document(path="附件2-建设内容调整对照表.xlsx", format="xlsx", sheets=[sheet])
    classify([doc])
    assert doc.kind != "approval_reply"


# --------------------------------------------------------------------------- what the document says


def test_title_decides_before_the_file_name_and_says_so() -> None:
    doc = _doc("可行性研究报告.docx", ("XX平台建设项目实施方案", 1), "第一章 项目概况")
    classify([doc])
    assert doc.kind == "implementation_plan"
    assert doc.kind_evidence.startswith("标题：XX平台建设项目实施方案")
    assert "以标题为准" in doc.kind_evidence


@pytest.mark.parametrize("title", [
    "深圳市政府投资信息化工程建设项目可行性研究报告编制指南",
    "关于印发《湖北省电子政务第二批重点应用系统验收办法》的通知",
    "关于转发《咸宁市政府大数据中心建设方案》的通知",
    "政府投资项目初步设计及概算审批 办事指南",
    "平顶山市政务云使用流程（试行）",
    "绩效评价工作要求",
])
def test_a_measure_notice_or_guide_is_no_material(title: str) -> None:
    doc = _doc("附件1.docx", (title, 1), "第一条 为规范……")
    classify([doc])
    assert doc.kind is None
    assert doc.kind_evidence and "不是项目材料" in doc.kind_evidence


@pytest.mark.parametrize("title, kind", [
    ("关于XX项目立项的通知", "approval_reply"),
    ("网络安全管理制度", "security_management_policy"),
    ("XX项目监理细则", "supervision_report"),
])
def test_a_kind_reaching_the_last_word_is_still_a_material(title: str, kind: str) -> None:
    doc = _doc("附件1.docx", (title, 1))
    classify([doc])
    assert doc.kind == kind


def test_reply_without_title_is_known_by_its_formulae() -> None:
    doc = _doc("附件2.docx", "封开县渔涝镇人民政府:",
               "发来《关于申请审批XX建设项目概算的请示》及有关材料收悉。现将有关事项批复如下:",
               "一、原则同意你单位编制的XX建设项目初步设计概算。",
               "附件:XX建设项目初步设计概算核定表")
    classify([doc])
    assert doc.kind == "approval_reply"
    assert doc.kind_evidence.startswith("正文：")


def test_a_letter_sending_a_plan_round_is_not_that_plan() -> None:
    doc = _doc("遂府函〔2019〕55号.docx", "遂府函〔2019〕55 号", "各县(区)人民政府,市直有关部门:",
               "《遂宁市工程建设项目审批制度改革实施方案》已经市政府常务会议讨论通过,现印发给你们,请认真组织实施。",
               "遂宁市人民政府", "2019年4月29日", "遂宁市工程建设项目审批制度改革实施方案")
    classify([doc])
    assert doc.kind is None
    assert "印发" in doc.kind_evidence


def test_report_title_with_the_kind_as_its_head_noun_wins_over_a_site_heading() -> None:
    doc = _doc("page.docx", "预算绩效管理", "- 发布机构: 红河州数据发展中心",
               "红河州数据发展中心2024年度项目支出绩效单位自评报告", "一、基本情况")
    classify([doc])
    assert doc.kind == "annual_performance_report"


def test_run_in_title_of_a_long_first_paragraph() -> None:
    doc = _doc("doc.docx", "1、重庆市大足区电子政务中心项目资金绩效自评报告一、基本情况(一)项目基本情况。" + "正文" * 40)
    classify([doc])
    assert doc.kind == "annual_performance_report"


def test_form_title_in_the_first_table_row() -> None:
    from govcheck.model import Table

    doc = _doc("表.docx", tables=[Table(0, [["部门预算项目支出绩效自评表(2023年度)", "", ""],
                                           ["项目名称", "XX项目", ""]])])
    classify([doc])
    assert doc.kind == "annual_performance_report"


def test_cloud_resource_application_is_no_construction_application() -> None:
    doc = _doc("某某电子政务云资源使用申请书.docx", "电子政务云资源使用申请书")
    classify([doc])
    assert doc.kind is None


@pytest.mark.parametrize("name, kind, stands_for", [
    ("可行性研究报告（代初步设计）.docx", "feasibility_study_report", ["preliminary_design"]),
    ("XX项目实施方案（三合一）.docx", "implementation_plan",
     ["project_proposal", "feasibility_study_report", "preliminary_design"]),
    ("XX项目可行性研究报告.docx", "feasibility_study_report", []),
])
def test_qualifiers_are_kept_on_the_document(name: str, kind: str, stands_for: list[str]) -> None:
    doc = _doc(name)
    classify([doc])
    assert doc.kind == kind
    assert doc.stands_for == stands_for


@pytest.mark.parametrize("title", ["关于申请将XX系统纳入项目库的函", "关于申请XX平台建设项目纳入政务信息化项目库的函"])
def test_a_letter_asking_to_enter_the_project_library_is_an_application(title: str) -> None:
    assert match_text(title) == ("project_library_application", True)
