"""facts.yaml covers every fact of catalog §9 and budget_items.yaml every item of §8.2; labels
and values are matched and coerced as the forms need."""

from datetime import date
from decimal import Decimal

import pytest

from govcheck.facts.coerce import checkbox_options, coerce
from govcheck.facts.labels import match_label
from govcheck.vocabulary import budget_items, facts
from govcheck.packs.load import load_pack
from govcheck.packs.vocabulary_ext import active

# catalog §9.1–9.7, in order
CATALOG_FACTS = """
project_name project_unit contractor lead_department participating_departments implementing_body
project_leader project_legal_person admin_level classification project_type construction_nature
project_category funding_source plan_year
is_cross_department is_cross_level is_vertical_management is_phased involves_digital_gov_platform
is_major_project involves_new_civil_works involves_machine_room is_high_energy has_hardware
is_pure_equipment is_custom_software has_mobile_terminal builds_dedicated_network is_isolated_network
can_share_data is_gov_service_project is_office_project is_complex is_new_department is_off_cycle
is_urgent_supplement supplement_basis direct_design_reason om_kind om_mode system_status
in_plan in_annual_plan in_project_list in_project_library in_annual_investment_plan
in_department_budget in_master_plan in_system_catalog project_code online_platform_filed
deployed_on_egov_extranet deployed_on_gov_cloud connected_to_sharing_platform
connected_to_one_stop_platform connected_to_collab_office connected_to_gp_service_system
connected_to_supervision_platform catalog_in_sharing_platform
secure_reliable_products uses_crypto mlps_level three_sync_rating security_rectified crypto_rectified
security_acceptance_passed
total_investment approved_budget_total original_project_investment adjusted_total_investment
adjustment_amount adjustment_increase adjustment_decrease new_content_investment procurement_savings
adjustment_reason objective_changed actual_expenditure annual_budget_amount annual_plan_amount
payment_method procurement_method
application_date approval_date contract_sign_date contract_filing_date construction_start_date
construction_period_end completion_date preliminary_acceptance_date trial_run_stable_date
acceptance_application_date acceptance_date acceptance_filing_date go_live_date self_evaluation_date
free_om_months free_om_end_date om_period_end_date unit_low_usage_final_acceptance_date
unit_has_unfinished_acceptance unit_integration_pending unit_migration_completed
unit_sharing_violation serious_delay major_loss rectification_ordered data_standards_done
existing_data_governed
""".split()


def test_every_catalog_fact_is_defined():
    assert len(CATALOG_FACTS) == 110
    defined = facts()
    assert set(CATALOG_FACTS) <= set(defined)
    # the "phase no." of is_phased, and facts the packs use that §9 lacks
    # approval_number: the 发文字号 of a 批复, read off the official document (facts/official.py)
    assert set(defined) - set(CATALOG_FACTS) == {"phase_no", "approval_number"} | PACK_FACTS


PACK_FACTS = {
    "pre_review_opinion_date", "project_library_entry_date", "assessment_report_date",
    "approved_via_other_channel", "exclusive_data_opening", "contract_amount",
    "acceptance_extension_request_date", "classified_certificate_date", "needs_higher_level_acceptance",
    "crypto_assessment_passed", "mlps_test_passed", "annual_funds_requested", "performance_report_date",
    "performance_report_year", "om_vendor_count", "om_evaluation_report_count",
    "pre_review_organizer", "crypto_assessment_date", "archive_acceptance_passed", "acceptance_passed",
    "unit_security_violation", "annual_plan_change", "duplicate_data_collection", "master_plan_changed",
    "feasibility_approval_date", "preliminary_design_date", "last_supervision_report_date",
    "rectification_deadline", "rectification_report_date", "application_notice_deadline",
    "finance_notice_date", "dedicated_network_consent",
    # issue 13 (rule fidelity): the approval step, named bodies, dates the articles count from
    "approval_step", "annual_investment_plan_applied", "prerequisites_complete_date",
    "framework_plan_date", "budget_change_date", "adjustment_approval_date",
    "higher_authority_required", "isolated_network_reason",
}


def test_fact_types_and_values():
    f = facts()
    types = {"money", "date", "bool", "enum", "string", "int", "months", "list"}
    assert all(d.type in types for d in f.values())
    assert all(d.labels for d in f.values())
    assert f["admin_level"].values == ("省直", "市本级", "旗县市区", "县级", "区级", "市直")
    assert f["classification"].values == ("涉密", "非涉密")
    assert f["project_type"].values == ("建设类", "采购服务类", "运维服务类")
    assert f["construction_nature"].values == ("新建", "续建", "扩建", "改建", "升级改造", "运行维护")
    assert f["om_kind"].values == ("新纳入", "接续")
    assert f["free_om_months"].type == "months"
    for fid in ("total_investment", "approved_budget_total", "adjustment_increase", "actual_expenditure"):
        assert f[fid].type == "money"
    # every alias points at a value of its enum
    for d in f.values():
        if d.type in ("enum", "list") and d.values:
            assert set(d.aliases.values()) <= set(d.values), d.id
        if d.type == "bool":
            assert set(d.aliases.values()) <= {"是", "否"}, d.id


def test_budget_items():
    items = budget_items()
    assert set(items) == {"preliminary_costs", "software_testing_fee", "security_risk_assessment_fee",
                          "om_fee", "purchased_service_fee", "acceptance_fee"}
    assert all(b.labels and b.zh and b.en for b in items.values())


@pytest.mark.parametrize("label, fact, unit", [
    ("总投资（万元）", "total_investment", "万元"),
    ("总投资(元)", "total_investment", "元"),
    ("项目总投资（亿元）", "total_investment", "亿元"),
    ("*项目名称：", "project_name", None),
    ("项 目 名 称", "project_name", None),
    ("1、项目名称", "project_name", None),
    ("项目单位名称", "project_unit", None),
    ("申报单位（盖章）", "project_unit", None),
    ("是否跨部门共建共享", "is_cross_department", None),
    ("是否涉及新建土建工程", "involves_new_civil_works", None),
    ("是否采用安全可靠产品", "secure_reliable_products", None),
    ("概（预）算总投资", "approved_budget_total", None),
    ("原批复概算总投资（万元）", "approved_budget_total", "万元"),
    ("本项目总投资", "total_investment", None),
    ("合同签订时间", "contract_sign_date", None),
    ("涉密/非涉密", "classification", None),
    ("拟定等保级别", "mlps_level", None),
    ("免费运维期", "free_om_months", None),
    ("免费运维期结束日期", "free_om_end_date", None),
])
def test_label_matching(label, fact, unit):
    m = match_label(label)
    assert m is not None and m.facts[0] == fact
    assert m.unit == unit


@pytest.mark.parametrize("text", ["建设单位联系人", "项目负责人电话", "联系电话", "合计", "项目", "否", "序号",
                                  "监理单位"])
def test_not_labels(text):
    assert match_label(text) is None


def test_shared_labels_try_each_fact():
    assert match_label("项目性质").facts == ("classification", "construction_nature")
    assert match_label("项目建设单位").facts[0] == "project_unit"
    with active(load_pack("gaoping")):  # rules/gaoping.yaml vocabulary.labels
        assert match_label("项目建设单位", "gaoping").facts == ("contractor",)
    assert match_label("项目建设单位").facts[0] == "project_unit"  # and only there


@pytest.mark.parametrize("text, has, checked", [
    ("☑是 □否", True, ["是"]),
    ("□是 ☑否", True, ["否"]),
    ("■涉密 □非涉密", True, ["涉密"]),
    ("[√]是 [ ]否", True, ["是"]),
    ("是（√）否（ ）", True, ["是"]),
    ("√是 否", True, ["是"]),
    ("是√ 否", True, ["是"]),
    ("✔新建 □续建 □扩建", True, ["新建"]),
    ("□是 □否", True, []),
    ("是", False, []),
    ("√", False, []),
])
def test_checkboxes(text, has, checked):
    assert checkbox_options(text) == (has, checked)


@pytest.mark.parametrize("fact, value, expected", [
    ("is_cross_department", "是", True),
    ("is_cross_department", "否", False),
    ("is_cross_department", "有", True),
    ("is_cross_department", "无", False),
    ("is_cross_department", "√", True),
    ("is_cross_department", "☑是 □否", True),
    ("is_cross_department", "□是 ☑否", False),
    ("is_cross_department", "□是 □否", None),
    ("is_cross_department", "不涉及", False),
    ("is_cross_department", "是，与市公安局共建", True),
    ("is_cross_department", "/", None),
    ("classification", "非涉密", "非涉密"),
    ("classification", "非涉密项目", "非涉密"),
    ("classification", "■涉密 □非涉密", "涉密"),
    ("classification", "否", "非涉密"),
    ("classification", "是", "涉密"),
    ("construction_nature", "新建", "新建"),
    ("construction_nature", "新建、扩建", None),  # ambiguous
    ("construction_nature", "□新建 ☑升级改造", "升级改造"),
    ("admin_level", "旗县（市、区）", "旗县市区"),
    ("admin_level", "市级", "市本级"),
    ("admin_level", "旗县市区", "旗县市区"),
    ("project_type", "运维类", "运维服务类"),
    ("project_category", "公共数字化项目", "公共"),
    ("mlps_level", "等保三级", "第三级"),
    ("funding_source", "市级财政资金、单位自筹", ["市财政", "部门自筹"]),
    ("deployed_on_gov_cloud", "通辽市政务云", True),
    ("deployed_on_egov_extranet", "通辽市电子政务外网", True),
    ("plan_year", "2026年", 2026),
    ("plan_year", "26", None),
    ("phase_no", "二期", 2),
    ("free_om_months", "36个月", 36),
    ("free_om_months", "一年", 12),
    ("total_investment", "70", Decimal("70")),
    ("total_investment", "/", None),
    ("total_investment", "—", None),
    ("total_investment", "无", None),
    ("application_date", "2025年7月15日", date(2025, 7, 15)),
    ("construction_period_end", "2026年6月", date(2026, 6, 30)),
    ("project_name", "  科尔沁区 智慧社区平台 ", "科尔沁区 智慧社区平台"),
    ("project_unit", "通辽市大数据中心（盖章）", "通辽市大数据中心"),
    ("project_name", "/", None),
    ("participating_departments", "市公安局、市民政局", ["市公安局", "市民政局"]),
])
def test_coerce(fact, value, expected):
    assert coerce(facts()[fact], value) == expected


def test_coerce_money_with_label_unit():
    assert coerce(facts()["total_investment"], "1200000", unit="元") == Decimal("120")
    assert coerce(facts()["in_project_library"], "TL-2026-012", label="入库编号") is True


def test_approval_number_has_its_own_label():
    # 批复文号 names the reply's 文号 (approval_number), never a date or an amount
    assert match_label("批复文号").facts == ("approval_number",)
