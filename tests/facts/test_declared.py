"""--set FACT=VALUE and the manifest's facts: coercion and the errors that become exit 2."""

from datetime import date
from decimal import Decimal

import pytest

from govcheck.facts import manifest_candidates, parse_set_option
from govcheck.model import Source

D = Decimal


@pytest.mark.parametrize("option, fact, value", [
    ("total_investment=70", "total_investment", D("70")),
    ("total_investment=79.99", "total_investment", D("79.99")),
    ("total_investment=70万元", "total_investment", D("70")),
    ("total_investment=1200000元", "total_investment", D("120")),
    ("total_investment=0.5亿", "total_investment", D("5000")),
    ("admin_level=旗县市区", "admin_level", "旗县市区"),
    ("admin_level=市级", "admin_level", "市本级"),
    ("classification=非涉密项目", "classification", "非涉密"),
    ("is_custom_software=true", "is_custom_software", True),
    ("is_custom_software=否", "is_custom_software", False),
    ("is_custom_software=yes", "is_custom_software", True),
    ("acceptance_date=2025-07-15", "acceptance_date", date(2025, 7, 15)),
    ("acceptance_date=2025年7月15日", "acceptance_date", date(2025, 7, 15)),
    ("plan_year=2026", "plan_year", 2026),
    ("free_om_months=1年", "free_om_months", 12),
    ("free_om_months=18", "free_om_months", 18),
    ("funding_source=市财政,部门自筹", "funding_source", ["市财政", "部门自筹"]),
    ("project_name=科尔沁区智慧社区平台", "project_name", "科尔沁区智慧社区平台"),
    (" total_investment = 70 ", "total_investment", D("70")),
    ("总投资=70", "total_investment", D("70")),  # a Chinese label works as the key too
])
def test_set_option(option, fact, value):
    c = parse_set_option(option)
    assert (c.fact, c.value, c.origin) == (fact, value, "option")
    assert c.source == Source("--set", fact)


@pytest.mark.parametrize("option, message", [
    ("total_investment=abc", "--set total_investment=abc: 不是金额 / not an amount"),
    ("total_investment=70abc", "--set total_investment=70abc: 不是金额 / not an amount"),
    ("acceptance_date=2025-13-01", "--set acceptance_date=2025-13-01: 不是日期 / not a date"),
    ("is_custom_software=maybe", "--set is_custom_software=maybe: 不是“是/否” / not true/false"),
    ("plan_year=明年", "--set plan_year=明年: 不是整数 / not an integer"),
    ("admin_level=乡镇", "--set admin_level=乡镇: 不是可选取值 / not one of the values（可选 / choose from: 省直, 市本级"),
    ("total_investment=", "--set total_investment=: 值为空 / empty value"),
    ("total_investment", "--set total_investment: 应写作 FACT=VALUE / expected FACT=VALUE"),
    ("totl_investment=70", "--set totl_investment=70: 未知事实 totl_investment / unknown fact totl_investment"
                           "（是否指 / did you mean: total_investment"),
    ("nonsense_fact=1", "--set nonsense_fact=1: 未知事实 nonsense_fact / unknown fact nonsense_fact"),
])
def test_set_option_errors(option, message):
    with pytest.raises(ValueError) as e:
        parse_set_option(option)
    assert str(e.value).startswith(message)


def test_manifest():
    cands = manifest_candidates({"admin_level": "旗县市区", "total_investment": 70,
                                 "acceptance_date": date(2025, 7, 15), "is_custom_software": True,
                                 "approved_budget_total": 79.99})
    got = {c.fact: c for c in cands}
    assert got["admin_level"].source == Source("govcheck.yaml", "facts.admin_level")
    assert got["admin_level"].origin == "manifest"
    assert got["total_investment"].value == D("70")
    assert got["approved_budget_total"].value == D("79.99")  # a YAML float stays exact
    assert got["acceptance_date"].value == date(2025, 7, 15)
    assert got["is_custom_software"].value is True
    assert manifest_candidates(None) == []


def test_manifest_errors_name_the_file():
    with pytest.raises(ValueError, match=r"^dossier/govcheck.yaml facts.total_investment=abc: 不是金额"):
        manifest_candidates({"total_investment": "abc"}, file="dossier/govcheck.yaml")
    with pytest.raises(ValueError, match="unknown fact admin_levl"):
        manifest_candidates({"admin_levl": "市本级"})
