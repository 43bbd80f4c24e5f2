"""Label wordings seen on real forms of the five jurisdictions."""

import pytest

from govcheck.facts.labels import match_label


@pytest.mark.parametrize("label,fact", [
    ("批复概算总投资（万元）", "approved_budget_total"),
    ("年度资金需求", "annual_plan_amount"),                       # 武进 第五条
    ("是否接入全县政务数据共享系统", "connected_to_sharing_platform"),  # 巫山
    ("是否接入区政务数据资源共享交换平台", "connected_to_sharing_platform"),  # 武进
    ("绩效评价报告日期", "performance_report_date"),
    ("是否列入年度计划", "in_annual_plan"),
    ("是否纯设备类项目", "is_pure_equipment"),
    ("信息安全验收是否合格", "security_acceptance_passed"),
    ("本单位是否有未完成竣工验收或自评价的项目", "unit_has_unfinished_acceptance"),
])
def test_real_form_wordings(label, fact):
    m = match_label(label)
    assert m is not None and m.facts[0] == fact


def test_server_middleware_is_not_hardware():
    from decimal import Decimal

    from govcheck.facts.resolve import derived_candidates
    from govcheck.location import Where
    from govcheck.model import BudgetLine, Source

    line = BudgetLine("国产应用服务器中间件", Decimal(12), Source("概算.xlsx", Where.cell("Sheet1", "E5")))
    assert not [c for c in derived_candidates({}, [line]) if c.fact == "has_hardware"]
    hw = BudgetLine("服务器购置", Decimal(40), Source("概算.xlsx", Where.cell("Sheet1", "E6")))
    assert [c.value for c in derived_candidates({}, [hw]) if c.fact == "has_hardware"] == [True]
