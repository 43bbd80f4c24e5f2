"""JUnit XML: parses, counts match, failures/skips carry the citation, location and hint."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from govcheck.model import AppliedRule, FindingOut, LocationOut
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
    # one case per rule: 5 rules with findings + 3 not evaluated
    assert len(cases) == 8
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

    summary = suite.find("system-out").text  # the suite's own output, not a fake test
    assert "适用规则 19 条" in summary and "未通过" in summary


def test_not_evaluated_are_skipped_with_the_reason(checked):
    suite = parse(checked).find("testsuite")
    skipped = {c.get("name"): c.find("skipped") for c in suite.findall("testcase")
               if c.find("skipped") is not None}
    assert set(skipped) == {"tongliao/TL-38k", "tongliao/TL-12a", "tongliao/TL-30b"}
    assert "is_custom_software" in skipped["tongliao/TL-38k"].get("message")
    assert "application_date, plan_year" in skipped["tongliao/TL-12a"].get("message")
    assert skipped["tongliao/TL-30b"].get("message") == "附件2 为扫描件，内容无法判定"


def _rules(n: int, status: str = "pass") -> list[AppliedRule]:
    return [AppliedRule(id=f"tongliao/TL-{i}a", status=status, severity="error", check="materials",
                        catalog=[f"TL-{i}a"], summary="须提交 …", hint="补充", citation=None)
            for i in range(1, n + 1)]


def test_clean_dossier_has_one_passing_test_per_applied_rule(clean):
    clean.rules = _rules(19)
    suite = check_counts(parse(clean))
    assert suite.get("tests") == "19" and suite.get("failures") == "0"
    assert suite.get("skipped") == "0"
    assert [c.get("name") for c in suite.findall("testcase")][:2] == ["tongliao/TL-1a", "tongliao/TL-2a"]
    assert suite.find("system-out").text.startswith("适用规则 19 条，发现问题 0 个")


def test_applied_rules_fail_skip_or_pass(checked):
    """The stage's rules are the cases; a rule both failing and listed undecided fails."""
    checked.rules = _rules(3) + [
        AppliedRule(id="tongliao/TL-14b", status="fail", severity="error", check="tier",
                    catalog=["TL-14b"], summary="", hint="", citation=None),
        AppliedRule(id="tongliao/TL-38k", status="not_evaluated", severity="error",
                    check="materials", catalog=["TL-38k"], summary="", hint="", citation=None)]
    suite = check_counts(parse(checked))
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    assert cases["tongliao/TL-1a"].find("failure") is None
    assert cases["tongliao/TL-1a"].find("skipped") is None
    assert cases["tongliao/TL-14b"].find("failure") is not None
    assert cases["tongliao/TL-38k"].find("skipped") is not None
    # 5 applied + 4 more rules with findings (govcheck/* and TL-20c) + 2 more undecided
    assert suite.get("tests") == "11"


def test_same_rule_twice_and_control_characters(checked):
    checked.findings += [
        FindingOut(rule="govcheck/fact-conflict", severity="warning", fact="plan_year",
                   message="计划年度取值不一致\x0b：2026、2027", location=LocationOut(file="a.docx")),
        FindingOut(rule="govcheck/fact-conflict", severity="warning", fact="plan_year",
                   message="计划年度取值不一致（第二处）", location=LocationOut(file="b.docx")),
    ]
    suite = check_counts(parse(checked))
    cases = [c for c in suite.findall("testcase") if c.get("name") == "govcheck/fact-conflict"]
    assert len(cases) == 1  # one rule, one case: all three findings in its failure text
    text = cases[0].find("failure").text
    assert "总投资在不同材料中取值不一致" in text and "（第二处）" in text
    assert "计划年度取值不一致\ufffd：2026、2027" in text  # XML cannot carry \x0b


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
    failing_rules = {f.rule for f in c.findings if f.severity in ("error", "warning")}
    assert bad and int(suite.get("failures")) == len(failing_rules)
    assert int(suite.get("skipped")) == len(c.not_evaluated)
    tool_rules = {f.rule for f in c.findings} - {r.id for r in c.rules}
    assert c.rules and int(suite.get("tests")) == len(c.rules) + len(tool_rules)
    assert len(c.rules) == c.rules_applied
