"""Facts from body text, from real .docx paragraphs."""

from datetime import date
from decimal import Decimal

import pytest

from govcheck.facts.text import text_candidates
from govcheck.model import Document, Paragraph

from .conftest import said

D = Decimal


def doc_of(*paragraphs: str) -> Document:
    return Document("可研.docx", "docx", paragraphs=[Paragraph(p, 0, i) for i, p in enumerate(paragraphs)])


@pytest.mark.parametrize("sentence, fact, value", [
    ("本项目总投资70万元。", "total_investment", D("70")),
    ("项目总投资约79.99万元，全部由市财政安排。", "total_investment", D("79.99")),
    ("总投资为1,200,000元。", "total_investment", D("120")),
    ("项目估算总投资：0.5亿元", "total_investment", D("5000")),
    ("总投资（万元）：60", "total_investment", D("60")),
    ("投资估算为438.00万元", "total_investment", D("438")),
    ("经评审，概算总投资860万元。", "approved_budget_total", D("860")),
    ("调整后总投资853.6万元", "adjusted_total_investment", D("853.6")),
    ("项目名称：科尔沁区智慧社区平台", "project_name", "科尔沁区智慧社区平台"),
    ("建设单位：通辽市科尔沁区政务服务与数据管理局", "project_unit", "通辽市科尔沁区政务服务与数据管理局"),
    ("竣工验收日期：2025年7月15日", "acceptance_date", date(2025, 7, 15)),
    ("批复日期为2025年4月18日。", "approval_date", date(2025, 4, 18)),
    ("合同签订日期：二〇二五年三月一日", "contract_sign_date", date(2025, 3, 1)),
    ("免费运维期：3年", "free_om_months", 36),
    ("建设性质：升级改造", "construction_nature", "升级改造"),
])
def test_sentence(sentence, fact, value):
    cands, findings = text_candidates(doc_of(sentence))
    got = [c for c in cands if c.fact == fact]
    assert got and got[0].value == value, cands
    assert got[0].origin == "text" and got[0].source.where == "段落1"
    assert got[0].source.where.words("en") == "paragraph 1"
    assert findings == []


@pytest.mark.parametrize("sentence", [
    "其中软件开发总投资40万元。",  # a label inside a longer word
    "占总投资的15%。",
    "总投资规模较大，需分期实施。",
    "项目总投资：详见投资估算表",
    "总投资：1200000",  # a bare number in prose has no unit
])
def test_not_a_fact(sentence):
    cands, _ = text_candidates(doc_of(sentence))
    assert [c for c in cands if c.fact == "total_investment"] == []


def test_several_pairs_on_one_line():
    cands, _ = text_candidates(doc_of("项目名称：智慧社区平台    建设单位：某局    编制日期：2025年7月"))
    vals = {c.fact: c.value for c in cands}
    assert vals == {"project_name": "智慧社区平台", "project_unit": "某局"}


def test_paragraph_numbers():
    cands, _ = text_candidates(doc_of("第一章 概述", "", "本项目总投资70万元。"))
    assert cands[0].source.where == "段落3"


def test_amount_in_words_beside_figure():
    cands, findings = text_candidates(doc_of("项目总投资120万元（大写：壹佰万元整）。",
                                             "合同金额：人民币大写壹拾万元整（¥100,000.00）"))
    assert [f.rule for f in findings] == ["govcheck/amount-in-words"]
    assert findings[0].location.where == "段落1"
    assert "120万元" in said(findings[0]) and "100万元" in said(findings[0])


def test_from_real_docx(dossier):
    dossier.docx("附件2-可行性研究报告.docx", paragraphs=[
        "科尔沁区智慧社区平台可行性研究报告",
        "项目名称：科尔沁区智慧社区平台",
        "本项目总投资约80万元（大写：捌拾万元整）。",
    ])
    cands, findings = text_candidates(dossier.doc("附件2-可行性研究报告.docx"))
    assert findings == []
    c = [c for c in cands if c.fact == "total_investment"][0]
    assert c.value == D("80") and c.source.file == "附件2-可行性研究报告.docx"
    assert c.source.where == "段落3"


@pytest.mark.parametrize("sentence, fact, value", [
    ("是否跨部门：否", "is_cross_department", False),
    ("是否涉及新建土建工程：不涉及", "involves_new_civil_works", False),
    ("数据共享：是，已接入市共享平台", "can_share_data", True),
    ("（三）数据共享：涉及的部门包括市公安局等", "can_share_data", None),  # prose, no answer
    ("安全可靠、自主可控：采用安全可靠的软硬件产品", "secure_reliable_products", None),
])
def test_yes_no_in_text_needs_an_answer(sentence, fact, value):
    cands, _ = text_candidates(doc_of(sentence))
    got = [c.value for c in cands if c.fact == fact]
    assert got == ([] if value is None else [value])
