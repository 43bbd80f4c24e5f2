"""巫山县 (wushan): its dossier functions and the documents only it has (its data: data/wushan/)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal
from typing import Callable

from builder.forms import data_form
from builder.place import load_place
from builder.model import Docx, Sec, Spec, T
from builder.text import CN_NUM, chapters, cn_date, doc_no, money
from builder.project import (
    Project,
    locale_of,
)
from builder.budget import (
    budget,
    budget_summary_table,
    budget_totals,
    budget_workbook,
    equipment_table,
)
from builder.chapters import data_catalog_table, numbered, sec_needs, sec_organisation, sec_security
from builder.documents import (
    assessment_report,
    crypto_plan,
    letter,
    mlps_filing,
    plan_document,
    report,
    secure_reliable_statement,
)
from builder.adjustment import Adjustment, adjustment_table
from builder.acceptance import (
    Acceptance,
    actual_total,
    archive_report,
    audit_report,
    construction_summary,
    crypto_assessment,
    financial_report,
    mlps_test_report,
    risk_assessment_report,
)
from builder.construction import (
    Build,
    Review,
    acceptance_opinion,
    approval_letter,
    contract_doc,
    data_dictionary_doc,
    filing_form,
    has_hardware,
    om_plan_doc,
    review_as_acceptance,
    supervision_contract_doc,
    tender_notice,
)

# =========================================================================== 巫山县 (wushan)
# 巫山县政务信息化项目管理办法 (rules/wushan.yaml). Units apply by 9月30日 of the year before with a 建设申请
# and an 实施方案 of eleven items whose 投资估算 has five fee lines (第八条); the 县发展改革委 approves —
# 可研 + 概（预）算（代初步设计） below 3000万, 可研 first and then 初步设计 at 3000万 and above (第九条);
# self-adjustment ≤ 10% without raising the total (第二十条); acceptance within half a year with a
# 数据字典 and the 等保 materials (第二十二条); 自评价 12—24 months after acceptance (第二十四条).

WS_REFORM = load_place("wushan").units["reform"]
WS_FINANCE = load_place("wushan").units["finance"]
WS_BIGDATA = load_place("wushan").units["bigdata"]
WS_FILED_WITH = f"{WS_REFORM}、{WS_FINANCE}、{WS_BIGDATA}"

WUSHAN = locale_of("wushan")

WS_REASONS = load_place("wushan").reasons


# ------------------------------------------------------------------ Wushan documents


def ws_plan_sections(p: Project, start: date, omit: tuple[str, ...] = ()) -> list[Sec]:
    """The 实施方案 of 第八条: its eleven content items as chapters (`omit` leaves some out)."""
    L = p.loc
    t = budget_totals(p)
    fees = "、".join(re.sub(r"（.*）", "", x.name) for x in budget(p)[1][2])
    need_rows = [["序号", "共享数据名称", "提供部门", "共享方式"]] + [
        [str(k), d.name, d.provider, "全县政务数据共享系统接口调用"] for k, d in enumerate(p.data_in, start=1)]
    ind_rows = [["一级指标", "二级指标", "三级指标", "指标值"]] + [
        [i.level1, i.level2, i.name, i.value] for i in p.indicators]
    secs = {
        "background": Sec("项目建设的背景和依据", [
            Sec("项目背景", list(p.background[:-1])),
            Sec("编制依据", numbered(L.basis)),
        ]),
        "necessity": Sec("项目建设的必要性和可行性", [
            Sec("建设必要性", [f"建设{p.system}是落实{L.measure}和全县政务信息化建设规划的具体举措，"
                              f"{p.background[-1]}"]),
            Sec("建设可行性", ["项目需求明确，技术路线成熟，依托县政务云和全县政务数据共享系统建设，"
                              "建设单位具备组织实施能力，政策、技术、资金和组织上可行。"]),
        ]),
        "catalog": Sec("项目的政务数据资源目录清单", [
            f"本项目梳理政务数据资源{len(p.data_out)}类，编入全县政务数据资源目录：", data_catalog_table(p)]),
        "status": Sec("现有信息化系统设备和应用状况", [
            Sec("现有系统及设备", list(p.status)),
            Sec("现有系统升级改造可行性", [p.upgrade_gap]),
            Sec("与上级已建及拟建系统重复建设分析", [p.duplication]),
        ]),
        "needs": sec_needs(p),
        "goals": Sec("总体目标和主要建设内容", [
            Sec("总体目标", [f"通过建设{p.system}，{p.background[-1]}"]),
            Sec("主要建设内容", [f"（{CN_NUM[k]}）{m.name}：{m.desc}" for k, m in enumerate(p.modules)]),
        ]),
        "sharing": Sec("项目共享整合方案和共享目录", [
            Sec("共享整合方案", [f"系统全部部署于{L.cloud}，依托全县政务数据共享系统与相关部门系统对接，"
                                "整合本单位现有系统和视频资源，不新建机房和业务专网，不形成孤立系统。"]),
            Sec("共享目录", [f"本项目需共享获取的数据{len(p.data_in)}类，均通过全县政务数据共享系统获取，不重复采集：",
                            T(need_rows)]),
        ]),
        "config": Sec("总体设计和软硬件配置", [
            Sec("总体架构", ["系统总体架构分为基础设施层、数据资源层、应用支撑层、业务应用层和用户访问层。"]),
            Sec("部署方案", [f"系统部署于{L.cloud}，网络环境为{L.net_short}，充分利用本单位已有软硬件设施。"]),
            Sec("软硬件配置", [equipment_table(p)]),
        ]),
        "security": sec_security(p),
        "organisation": sec_organisation(p, start),
        "benefits": Sec("经济和社会效益", [
            Sec("经济效益", ["减少重复采集和各景区、部门分散建设投入，降低运行维护成本。"]),
            Sec("社会效益", [f"{p.background[-1]}"]),
            Sec("绩效目标", [T(ind_rows)]),
        ]),
        "estimate": Sec("投资估算", [
            f"项目投资估算{money(p.total)}万元，其中工程费用{money(t['工程费用'])}万元，工程建设其他费用"
            f"{money(t['工程建设其他费用'])}万元（含{fees}），预备费{money(t['预备费'])}万元，详见附件《投资估算表》。",
            budget_summary_table(p)]),
    }
    return chapters([s for k, s in secs.items() if k not in omit])


def ws_master_plan(p: Project, when: date, file: str = "附件4-信息化整合建设总体方案.docx") -> Docx:
    """第六条 3—5年整合建设总体方案 (integration_master_plan)."""
    rows = [["序号", "项目名称", "建设类型", "计划年度", "建设时序"],
            ["1", f"{p.unit}数据资源治理项目", "数据治理", str(p.plan_year - 1), "先治理"],
            ["2", p.name, "新建", str(p.plan_year), "后新建"],
            ["3", f"{p.system}运行维护", "运行维护", str(p.plan_year + 1), "持续运维"]]
    secs = chapters([
        Sec("现状和问题", list(p.status)),
        Sec("数据规划", ["按照“一数一源”原则梳理本部门政务数据资源，明确数据标准、更新频率和共享方式。"]),
        Sec("数据治理", ["对已有业务数据完成汇聚、清洗和标准化，数据质量问题整改率达到95%以上。"]),
        Sec("信息化项目清单和建设时序", ["按照“先治理、后新建”原则明确建设时序，逐年进行申报：", T(rows)]),
        Sec("报备情况", [f"本方案已经本部门党组会集体审议，并向{WS_BIGDATA}、{WS_REFORM}、巫山县网络舆情监管中心报备。"]),
    ])
    return report(file, f"{p.unit}信息化整合建设总体方案（{p.plan_year - 1}—{p.plan_year + 1}年）", secs,
                  author=p.unit, when=when)


def ws_minutes(p: Project, when: date, file: str = "附件5-党组会议纪要.docx") -> Docx:
    return letter(file, f"中共{p.unit}党组会议纪要", "本部门各科室", [
        f"{cn_date(when)}，{p.unit}党组召开会议，集体审议《{p.unit}信息化整合建设总体方案（"
        f"{p.plan_year - 1}—{p.plan_year + 1}年）》和{p.name}实施方案。",
        f"会议原则同意上述方案，由{p.body}按程序向县政府办公室（县大数据管理中心）、县发展改革委、"
        "县网络舆情监管中心报备，并于9月底前提出下一年度项目建设申请。",
    ], author=f"中共{p.unit}党组", when=when, doc_no=doc_no("党组纪要", when, p.name, 1))


def ws_application_form(p: Project) -> Docx:
    return data_form("wushan", "application_form", {"project": p, "units": load_place("wushan").units},
                     author=p.unit, when=p.application_date)


def ws_application_docs(p: Project, omit: tuple[str, ...] = ()) -> list[Spec]:
    drafted = p.application_date - timedelta(days=21)
    return [
        ws_application_form(p),
        plan_document(p, "impl", "附件2-项目实施方案.docx", drafted, subtitle="",
                      secs=ws_plan_sections(p, drafted, omit)),
        budget_workbook("附件3-投资估算表.xlsx", p, drafted, title_suffix="投资估算表", sheet="投资估算"),
        ws_master_plan(p, date(p.plan_year - 1, 6, 20)),
        ws_minutes(p, drafted - timedelta(days=3)),
    ]


def ws_approval_form(p: Project, when: date) -> Docx:
    return data_form("wushan", "approval_form", {"project": p, "when": when}, author=p.unit, when=when)


def ws_technical_review(p: Project, when: date, file: str = "附件5-技术审查意见.docx") -> Docx:
    """第九条 技术审查 with the 网络安全, 预算, 数据, 密码, 保密 authorities (review_opinion)."""
    return letter(file, f"关于{p.name}的技术审查意见", p.unit, [
        f"根据{p.loc.measure}第九条、第二十五条，我办会同县网络舆情监管中心（网络安全）、县财政局（预算管理）、"
        f"县委机要局（密码应用）、县保密局（保密）对{p.name}进行了技术审查，意见如下：",
        f"一、项目部署于{p.loc.cloud}，充分利用全县政务数据共享系统，能够按要求进行数据共享。",
        "二、网络安全方案符合等级保护要求，商用密码应用方案可行，项目为非涉密项目。",
        "三、预算编制符合县级政务信息化项目预算管理要求。",
        "审查结论：同意。",
    ], author=WS_BIGDATA, when=when, doc_no=doc_no("巫山数据审", when, p.name))


def ws_approval_docs(p: Project) -> list[Spec]:
    """An approved one-stage dossier (第九条: 可研 + 概（预）算（代初步设计）, one 批复)."""
    drafted, assessed, review, request, reply = (date(2025, 11, 14), date(2025, 12, 12), date(2025, 12, 16),
                                                  date(2025, 12, 22), date(2026, 1, 20))
    what = "可行性研究报告及概（预）算（代初步设计）"
    return [
        letter("项目审批请示.docx", f"关于审批{p.name}{what}的请示", WS_REFORM, [
            f"{p.name}已纳入{p.plan_year}年度县级政务信息化项目建设清单。按照{p.loc.measure}第九条，我单位编制了"
            f"项目{what}，项目总投资{money(p.total)}万元，已完成第三方评估和技术审查。",
            "妥否，请批示。",
        ], author=p.unit, when=request, attachments=[
            "项目审批申请表", "可行性研究报告（代初步设计）", "概（预）算表", "项目评估报告", "技术审查意见",
            "商用密码应用方案", "软硬件产品安全可靠情况说明"]),
        ws_approval_form(p, request),
        plan_document(p, "fs", "附件2-可行性研究报告（代初步设计）.docx", drafted,
                      subtitle="（含概（预）算，代初步设计）"),
        budget_workbook("附件3-项目概（预）算表.xlsx", p, drafted, title_suffix="概（预）算表"),
        assessment_report(p, assessed, "fs", "附件4-项目评估报告.docx", org="重庆三峡工程咨询有限公司",
                          client=WS_REFORM, kind="评估报告", plan_wide="全县政务信息化建设规划"),
        ws_technical_review(p, review),
        crypto_plan(p, drafted, "附件6-商用密码应用方案.docx"),
        secure_reliable_statement(p, drafted, "附件7-软硬件产品安全可靠情况说明.docx"),
        approval_letter(p, file="附件8-可研及概（预）算批复.docx", authority=WS_REFORM,
                        no=doc_no("巫山发改投", reply, p.name), when=reply, what=what),
    ]


def ws_performance_report(p: Project, b: Build, year: int, file: str = "01-项目年度绩效评价报告.docx") -> Docx:
    """第十七条 项目绩效评价报告 of each construction year (annual_performance_report)."""
    info = T([
        ["项目名称", p.name], ["项目建设单位", p.unit], ["项目法人", f"{p.unit}（法定代表人：{p.leader}）"],
        ["是否涉密", p.classification], ["批复文号", b.approval_no], ["概（预）算总投资（万元）", money(p.total)],
        ["实际完成投资（万元）", money(b.spent)], ["支付方式", "国库集中支付"], ["开工日期", cn_date(b.start_date)],
        ["计划完工时间", cn_date(b.period_end)], ["等保级别", p.mlps], ["是否使用密码", "是"],
        ["是否采用安全可靠产品", "是"], ["是否工程严重逾期", "否"], ["是否投资重大损失", "否"],
        ["限期整改情况", "无"], ["绩效评价年度", str(year)], ["绩效自评报告日期", cn_date(b.report_date)],
    ], header=False, label_column=True)
    secs = chapters([
        Sec("项目基本情况", [info]),
        Sec("绩效目标执行情况", [Sec("建设进度", [f"{p.modules[0].name}、{p.modules[1].name}已完成开发部署，"
                                               f"{p.modules[-1].name}正在开发，建设进度符合合同约定。"]),
                               Sec("投资计划执行情况", [f"{year}年度投资计划{money(p.total)}万元，累计完成投资"
                                                        f"{money(b.spent)}万元，资金支付按国库集中支付规定执行。"])]),
        Sec("征求项目使用单位和监理单位意见情况", [
            f"项目使用单位认为已上线功能满足业务需要；监理单位{b.supervisor}认为项目质量、进度受控，"
            f"监理意见已落实。"]),
        Sec("存在问题和下一步工作", ["部分乡镇网络条件较差，将协调电信运营商改善。"]),
    ])
    return report(file, f"{p.name}{year}年度绩效评价报告", secs, author=p.unit, when=b.report_date)


def ws_construction_docs(p: Project, b: Build) -> list[Spec]:
    return [
        ws_performance_report(p, b, b.report_date.year),
        approval_letter(p, file="02-可研及概（预）算批复.docx", authority=WS_REFORM, no=b.approval_no,
                        when=b.approval_date, what="可行性研究报告及概（预）算（代初步设计）"),
        tender_notice(p, b, "03-中标通知书.docx"),
        contract_doc(p, b, "04-项目建设合同.docx"),
        supervision_contract_doc(p, b, "05-监理服务合同.docx"),
        mlps_filing(p, b.start_date + timedelta(days=40), "06-网络安全等级保护备案证明.docx"),
    ]


def ws_adjustment_docs(p: Project, a: Adjustment) -> list[Spec]:
    filing = filing_form(
        p, a, title="巫山县政务信息化项目建设内容调整备案表", to=WS_FILED_WITH, reasons=WS_REASONS, basis=(
            f"根据{p.loc.measure}第二十条，项目投资规模未超出概（预）算批复、建设目标不变，不增加项目总投资且"
            f"资金调整数额不超过概（预）算总投资10%，并符合规定情形之一的，可以由项目建设单位调整，同时向"
            f"{WS_FILED_WITH}备案。"), extra=(("是否涉及年度投资计划变更", "否"),))
    return [filing, adjustment_table(p, a),
            approval_letter(p, file="附件3-原项目批复文件.docx", authority=WS_REFORM, no=a.approval_no,
                            when=a.approval_date, total=a.approved_total,
                            what="可行性研究报告及概（预）算（代初步设计）")]


WS_ACCEPTANCE_MATERIALS = {
    "construction_summary": "项目建设总结",
    "financial_report": "财务报告",
    "audit_report": "审计报告",
    "security_risk_assessment_report": "安全风险评估报告",
    "mlps_test_report": "非涉密信息系统网络安全等级保护测评报告",
    "mlps_filing": "网络安全等级保护备案情况",
    "crypto_assessment_report": "密码应用安全性评估报告",
    "data_dictionary": "数据字典",
    "archive_acceptance_report": "档案验收报告",
}

WS_ACCEPTANCE_BUILDERS: dict[str, Callable[..., Spec]] = {
    "construction_summary": lambda p, acc: construction_summary(p, acc, "02-项目建设总结.docx"),
    "financial_report": lambda p, acc: financial_report(p, acc, "03-竣工财务决算报告.docx"),
    "audit_report": lambda p, acc: audit_report(p, acc, "04-竣工结算审计报告.docx"),
    "security_risk_assessment_report": lambda p, acc: risk_assessment_report(p, acc, "05-安全风险评估报告.docx"),
    "mlps_test_report": lambda p, acc: mlps_test_report(p, acc, "06-网络安全等级保护测评报告.docx"),
    "mlps_filing": lambda p, acc: mlps_filing(p, acc.start_date + timedelta(days=45),
                                              "07-网络安全等级保护备案证明.docx"),
    "crypto_assessment_report": lambda p, acc: crypto_assessment(p, acc, "08-商用密码应用安全性评估报告.docx"),
    "data_dictionary": lambda p, acc: data_dictionary_doc(p, acc, "09-数据字典.xlsx"),
    "archive_acceptance_report": lambda p, acc: archive_report(p, acc, "10-档案验收报告.docx"),
}


def ws_acceptance_form(p: Project, acc: Acceptance, listed: list[str]) -> Docx:
    context = {"project": p, "acceptance": acc, "actual_total": actual_total(p, acc), "listed": listed,
               "has_hardware": has_hardware(p), "units": load_place("wushan").units}
    return data_form("wushan", "acceptance_form", context, author=p.unit, when=acc.application_date)


def ws_acceptance_docs(p: Project, acc: Acceptance, omit: tuple[str, ...] = ()) -> list[Spec]:
    kinds = [k for k in WS_ACCEPTANCE_MATERIALS if k not in omit]
    return ([ws_acceptance_form(p, acc, [WS_ACCEPTANCE_MATERIALS[k] for k in kinds])]
            + [WS_ACCEPTANCE_BUILDERS[k](p, acc) for k in kinds])


def ws_self_evaluation(p: Project, r: Review, file: str = "01-项目自评价报告.docx") -> Docx:
    info = T([["项目名称", p.name], ["项目建设单位", p.unit], ["竣工验收日期", cn_date(r.accepted)],
              ["投入运行日期", cn_date(r.live)], ["自评价报告日期", cn_date(r.report_date)]],
             header=False, label_column=True)
    secs = chapters([
        Sec("项目基本情况", [info, f"项目经{WS_REFORM}批复（{r.approval_no}），实际完成投资{money(r.spent)}万元。"]),
        Sec("绩效目标实现情况", ["建设目标全部实现，监测预警覆盖全县26个乡镇（街道）。"]),
        Sec("运行及应用情况", [f"系统投入运行以来运行稳定，服务{p.users}。"]),
        Sec("存在问题及改进措施", ["部分监测点通信不稳定，将结合运维逐步改善。"]),
        Sec("报送", [f"本报告报送{WS_FILED_WITH}。"]),
    ])
    return report(file, f"{p.name}自评价报告", secs, author=p.unit, when=r.report_date)


def ws_evaluation_docs(p: Project, r: Review) -> list[Spec]:
    return [ws_self_evaluation(p, r),
            acceptance_opinion(p, held=r.accepted, organiser=WS_BIGDATA, author=WS_BIGDATA,
                               file="02-竣工验收报告.docx", doc_no_prefix="巫山数据验")]


def ws_operation_docs(p: Project, r: Review, year: int, amount: Decimal) -> list[Spec]:
    context = {"project": p, "review": r, "year": year, "amount": amount, "units": load_place("wushan").units}
    acc_like = review_as_acceptance(r, date(year - 1, 8, 26), mlps_org="重庆市信息安全测评中心",
                                    crypto_org="重庆密码应用测评有限公司")
    return [
        data_form("wushan", "om_form", context, author=p.unit, when=date(year - 1, 9, 26)),
        om_plan_doc(p, year, amount, "02-运维方案.docx"),
        crypto_assessment(p, acc_like, "03-商用密码应用安全性评估报告.docx"),
        mlps_test_report(p, acc_like, "04-网络安全等级保护测评报告.docx"),
    ]


# ------------------------------------------------------------------ Wushan specs


