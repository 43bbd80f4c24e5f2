"""JUnit XML: parses, counts match, failures/skips carry the citation, location and hint."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from govcheck.model import FindingOut, LocationOut
from govcheck.report import junit

from .conftest import BUDGET


def parse(checked) -> ET.Element:
    text = junit.render(checked)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    return ET.fromstring(text.encode("utf-8"))


def check_counts(root: ET.Element) -> ET.Element:
    assert root.tag == "testsuites"
    (suite,) = root.findall("testsuite")
    cases = suite.findall("testcase")
    failures = sum(1 for c in cases if c.find("failure") is not None)
    errors = sum(1 for c in cases if c.find("error") is not None)
    skipped = sum(1 for c in cases if c.find("skipped") is not None)
    for el in (root, suite):
        assert int(el.get("tests")) == len(cases)
        assert int(el.get("failures")) == failures
        assert int(el.get("errors")) == errors == 0
        assert int(el.get("skipped")) == skipped
    keys = [(c.get("classname"), c.get("name")) for c in cases]
    assert len(keys) == len(set(keys)), "testcase ids must be unique"
    return suite


def test_counts_and_suite(checked):
    suite = check_counts(parse(checked))
    assert suite.get("name") == checked.path
    cases = suite.findall("testcase")
    # 5 findings + the summary + 3 not evaluated
    assert len(cases) == 9
    assert int(suite.get("failures")) == 4  # 2 errors + 2 warnings; the info passes
    assert int(suite.get("skipped")) == 3
    props = {p.get("name"): p.get("value") for p in suite.find("properties")}
    assert props["jurisdiction"] == "tongliao" and props["stage"] == "application"
    assert props["as_of"] == "2025-08-01" and props["rules_applied"] == "19"


def test_failures_carry_citation_location_and_hint(checked):
    suite = parse(checked).find("testsuite")
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    f = cases["tongliao/TL-14b"].find("failure")
    assert f.get("type") == "error"
    assert f.get("message").startswith("总投资70万元")
    assert "依据：通政发〔2024〕97号 第十四条第一款" in f.text
    assert "位置：整个材料包" in f.text
    assert "建议：补充《项目可行性研究报告》" in f.text

    w = cases["tongliao/TL-20c"].find("failure")
    assert w.get("type") == "warning"
    assert f"位置：{BUDGET} 概算表 第12行" in w.text
    assert "第二十条第二款第(三)项" in w.text
    assert "<b>合计</b>" in w.text  # text, escaped in the XML and restored by the parser

    info = cases["govcheck/calendar-assumption"]
    assert info.find("failure") is None and info.find("skipped") is None
    assert "2026 年节假日安排未覆盖" in info.find("system-out").text

    summary = cases["govcheck 汇总"]
    assert summary.find("failure") is None
    assert "适用规则 19 条" in summary.find("system-out").text
    assert "未通过" in summary.find("system-out").text


def test_not_evaluated_are_skipped_with_the_reason(checked):
    suite = parse(checked).find("testsuite")
    skipped = {c.get("name"): c.find("skipped") for c in suite.findall("testcase")
               if c.find("skipped") is not None}
    assert set(skipped) == {"tongliao/TL-38k", "tongliao/TL-12a", "tongliao/TL-30b"}
    assert "is_custom_software" in skipped["tongliao/TL-38k"].get("message")
    assert "application_date, plan_year" in skipped["tongliao/TL-12a"].get("message")
    assert skipped["tongliao/TL-30b"].get("message") == "附件2 为扫描件，内容无法判定"


def test_clean_dossier_has_one_passing_test(clean):
    suite = check_counts(parse(clean))
    assert suite.get("tests") == "1" and suite.get("failures") == "0"
    assert suite.find("testcase/system-out").text.startswith("适用规则 19 条，发现问题 0 个")


def test_same_rule_twice_and_control_characters(checked):
    checked.findings += [
        FindingOut(rule="govcheck/fact-conflict", severity="warning", fact="plan_year",
                   message="计划年度取值不一致\x0b：2026、2027", location=LocationOut(file="a.docx")),
        FindingOut(rule="govcheck/fact-conflict", severity="warning", fact="plan_year",
                   message="计划年度取值不一致（第二处）", location=LocationOut(file="b.docx")),
    ]
    suite = check_counts(parse(checked))
    names = [c.get("name") for c in suite.findall("testcase")
             if c.get("name").startswith("govcheck/fact-conflict")]
    assert names == ["govcheck/fact-conflict [total_investment]",
                     "govcheck/fact-conflict [plan_year] #1", "govcheck/fact-conflict [plan_year] #2"]


def test_english(checked_en):
    suite = check_counts(parse(checked_en))
    f = {c.get("name"): c for c in suite.findall("testcase")}["tongliao/TL-14b"].find("failure")
    assert "Basis: 通政发〔2024〕97号 Art. 14(1)" in f.text
    assert "Where: the whole dossier" in f.text


def test_real_pipeline(pipeline_checked):
    c = pipeline_checked()
    suite = check_counts(parse(c))
    assert suite.get("name") == c.path
    bad = sum(1 for f in c.findings if f.severity in ("error", "warning"))
    assert int(suite.get("failures")) == bad
    assert int(suite.get("skipped")) == len(c.not_evaluated)
    assert int(suite.get("tests")) == len(c.findings) + 1 + len(c.not_evaluated)
