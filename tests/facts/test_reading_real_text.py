"""What applicants and offices actually write: prose with prefixes and connecting words, cover
pages line by line, placeholders, negation, brackets, whole-word labels, labels scoped to
document kinds, column headers, project codes — read from real .docx files."""

from datetime import date
from decimal import Decimal

import pytest

from govcheck.identify.classify import classify
from govcheck.facts import extract
from govcheck.facts.text import text_candidates
from govcheck.model import Document, Paragraph

from .conftest import said

D = Decimal


def doc_of(*paragraphs: str, kind: str | None = None) -> Document:
    d = Document("材料.docx", "docx", paragraphs=[Paragraph(p, 0, i) for i, p in enumerate(paragraphs)])
    d.kind = kind
    return d


def values(doc: Document, fact: str) -> list:
    cands, _ = text_candidates(doc)
    return [c.value for c in cands if c.fact == fact]


@pytest.mark.parametrize("sentence, fact, value", [
    ("该项目估算总投资为615万元。", "total_investment", D("615")),
    ("经审核，核定项目概算投资为1,088.50万元。", "approved_budget_total", D("1088.5")),
    ("项目建设费用总计约为96万元。", "total_investment", D("96")),
    ("全年实际支出2,316,400元。", "actual_expenditure", D("231.64")),
    ("本年度项目经费预算为5万元，全年实际支出数为5万元。", "actual_expenditure", D("5")),
    ("项目估算总投资498.63万元，其中，工程费用376.04万元。", "total_investment", D("498.63")),
    ("甲乙双方于2024年11月6日签订本合同。", "contract_sign_date", date(2024, 11, 6)),
    ("免费运维期为自终验合格之日起8个月。", "free_om_months", 8),
    ("本项目采用公开招标方式确定承建单位。", "procurement_method", "公开招标"),
])
def test_prose(sentence, fact, value):
    assert values(doc_of(sentence), fact) == [value]


@pytest.mark.parametrize("sentence, fact", [
    ("本项目未采用公开招标方式。", "procurement_method"),
    ("子项目名称：数据中台", "project_name"),            # whole words: 项目名称 inside 子项目名称
    ("项目单位：XXX单位", "project_unit"),                # placeholders are not stated
    ("项目单位：待定", "project_unit"),
    ("以上建设费用总计约为XXX万元。", "total_investment"),
    ("投资项目代码：2404-*-04-01-*", "project_code"),     # masked: no code
    ("项目代码：待补充", "project_code"),
    ("签订日期：2017 年 月 日", "contract_sign_date"),
])
def test_nothing_stated(sentence, fact):
    assert values(doc_of(sentence, kind="contract"), fact) == []


def test_project_code_must_have_the_national_format():
    got = values(doc_of("原则同意该项目（项目代码：2111-420200-04-01-656699）可行性研究报告"), "project_code")
    assert got == ["2111-420200-04-01-656699"]


def test_value_stops_at_a_bracket_and_negation_flips():
    assert values(doc_of("所属层级：市本级（含下属单位）"), "admin_level") == ["市本级"]
    assert values(doc_of("部署位置：部署于本单位机房（尚未迁入政务云）"), "deployed_on_gov_cloud") == [False]
    assert values(doc_of("部署位置：政务云"), "deployed_on_gov_cloud") == [True]
    assert values(doc_of("部署位置：拟部署于政务云"), "deployed_on_gov_cloud") == []


def test_cover_page_label_and_value_on_separate_lines():
    assert values(doc_of("XX系统建设项目实施方案", "项目建设单位：", "通辽市数据局"), "project_unit") == ["通辽市数据局"]
    assert values(doc_of("二、项目建设地点", "黄石市下陆区", "三、项目业主单位", "黄石市气象局"),
                  "project_unit") == ["黄石市气象局"]
    # a heading followed by a sentence is no cover pair
    assert values(doc_of("项目建设单位", "本项目由市数据局负责建设，市财政保障资金。"), "project_unit") == []


def test_labels_scoped_to_the_document_kind():
    line = "备案日期：2025年3月18日"
    assert values(doc_of(line, kind="contract_filing"), "contract_filing_date") == [date(2025, 3, 18)]
    assert values(doc_of(line, kind="acceptance_filing"), "acceptance_filing_date") == [date(2025, 3, 18)]
    assert values(doc_of(line, kind="acceptance_filing"), "contract_filing_date") == []
    # 甲方 / 乙方 are the unit and the contractor on a contract only
    assert values(doc_of("甲方：晋城市财政局", kind="contract"), "project_unit") == ["晋城市财政局"]
    assert values(doc_of("甲方：晋城市财政局", kind="implementation_plan"), "project_unit") == []
    assert values(doc_of("受托方(乙方): 龙图软件有限公司 签订地点: 晋城市", kind="contract"), "contractor") == ["龙图软件有限公司"]


def test_column_header_is_no_value(dossier):
    dossier.docx("设备清单.docx", tables=[[["序号", "项目名称", "数量", "单价"], ["1", "服务器", "2", "5"]]])
    docs = dossier.read()
    classify(docs)
    assert "project_name" not in extract(docs).facts


def test_unticked_option_is_not_the_value(dossier):
    dossier.docx("申报表.docx", tables=[[["是否涉密", "□是 ☑否"], ["部署位置", "☐政务云 ☐本单位机房"]]])
    docs = dossier.read()
    classify(docs)
    facts = extract(docs).facts
    assert facts["classification"].value == "非涉密"
    assert "deployed_on_gov_cloud" not in facts


def test_text_and_form_disagreeing_is_a_conflict(dossier):
    dossier.docx("验收申请表.docx", tables=[[["项目名称", "智慧社区平台"], ["项目总投资（万元）", "96"]]])
    dossier.docx("验收报告.docx", paragraphs=["智慧社区平台竣工验收报告", "项目总投资为98万元。"])
    docs = dossier.read()
    classify(docs)
    ex = extract(docs)
    assert ex.facts["total_investment"].value == D("96")  # the form is preferred
    conflict = [f for f in ex.findings if f.rule == "govcheck/fact-conflict" and f.fact == "total_investment"]
    assert conflict and "验收报告.docx" in said(conflict[0])


@pytest.mark.parametrize("name, fact", [("合同备案表.docx", "contract_filing_date"),
                                         ("验收备案表.docx", "acceptance_filing_date")])
def test_filing_date_on_a_filing_form_is_read_for_its_kind(tmp_path, name, fact):
    from tests.facts.conftest import Dossier

    d = Dossier(tmp_path / "d")
    d.docx(name, tables=[[["项目名称", "智慧社区平台"], ["备案日期", "2025年3月18日"]]])
    docs = d.read()
    classify(docs)
    facts = extract(docs).facts
    assert facts[fact].value == date(2025, 3, 18)
    assert facts[fact].source.where.startswith("表1 第2行")
    other = {"contract_filing_date", "acceptance_filing_date"} - {fact}
    assert not other & set(facts)
