"""湖南省直 (hunan): its dossier functions and the documents only it has (its data: data/hunan/)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Callable

from builder.forms import data_form
from builder.place import load_place
from builder.model import Docx, Sec, Spec, T
from builder.text import chapters, cn_date, doc_no, money
from builder.project import (
    Project,
    locale_of,
)
from builder.budget import budget_workbook
from builder.documents import crypto_plan, letter, plan_document, report
from builder.adjustment import Adjustment, adjustment_table
from builder.acceptance import (
    Acceptance,
    actual_total,
    archive_report,
    audit_report,
    crypto_assessment,
    financial_report,
    risk_assessment_report,
)
from builder.construction import (
    Build,
    Review,
    acceptance_opinion,
    approval_letter,
    contract_amount,
    contract_doc,
    expert_rows,
    filing_form,
    om_plan_doc,
    review_as_acceptance,
    security_policy_doc,
    supervision_contract_doc,
    tender_notice,
)

# =========================================================================== 湖南省直 (hunan)
# 湖南省省直单位政务信息系统项目管理办法 (rules/hunan.yaml). 省直单位 apply to the 省党政系统信息化工作领导小组's
# annual plan at the end of the year before (第六条), pass the 前置审查 of the 省政务局 (非涉密, 第七条), are
# approved by the 省发展改革委 (可研, 初步设计, 概算: 第九条), with an 专家审查 at 计划投资 ≥ 500万 (第十一条).

HN_REFORM = load_place("hunan").units["reform"]
HN_GOV_AFFAIRS = load_place("hunan").units["gov_affairs"]

HUNAN = locale_of("hunan")

HN_REASONS = load_place("hunan").reasons


# ------------------------------------------------------------------ Hunan documents


def hn_plan_form(p: Project) -> Docx:
    """第六条: the 申报 for next year's 建设计划 (project_plan_application_form)."""
    return data_form("hunan", "plan_form", {"project": p}, author=p.unit, when=p.application_date)


def hn_approval_form(p: Project, when: date, pre_review: date) -> Docx:
    return data_form("hunan", "approval_form", {"project": p, "when": when, "pre_review": pre_review},
                     author=p.unit, when=when)


def hn_request(p: Project, when: date, attachments: list[str]) -> Docx:
    return letter("项目审批请示.docx", f"关于审批{p.name}可行性研究报告和初步设计方案的请示", HN_REFORM, [
        f"{p.name}已纳入{p.plan_year}年度省直单位政务信息系统项目建设计划，并通过省政务局前置审查。"
        f"按照{p.loc.measure}第九条，我单位组织编制了项目可行性研究报告、初步设计方案和投资概算，"
        f"计划投资{money(p.total)}万元，项目代码{p.code}。",
        "妥否，请批示。",
    ], author=p.unit, when=when, attachments=attachments)


def hn_pre_review(p: Project, when: date, file: str = "附件5-前置审查意见.docx") -> Docx:
    """第七条 前置审查 of the 省政务局, with the 第四条 department reviews bundled (docs/decisions.md#D-9)."""
    return letter(file, f"关于{p.name}的前置审查意见", p.unit, [
        f"你单位报来的《{p.name}》前置审查申请收悉。根据《湖南省省直单位政务信息系统项目前置审查管理办法（试行）》"
        f"（湘党政信发〔2019〕1号），我局会同省委网信办、省工业和信息化厅、省财政厅、省国家保密局、"
        f"省政府发展研究中心进行了前置审查，意见如下：",
        "一、网络安全（省委网信办）：项目网络安全方案符合国家网络安全和信息化战略及等级保护要求。",
        "二、科学性、先进性（省工业和信息化厅）：技术路线成熟，符合技术标准和管理规范，具有信息化创新。",
        "三、预算评审（省财政厅）：投资估算依据充分，取费合理。",
        "四、保密审查（省国家保密局）：项目为非涉密项目，保密情况符合要求。",
        f"五、技术架构（省政府发展研究中心）：部署于{p.loc.cloud}，依托{p.loc.net_short}集约化建设，"
        f"系统协同和数据共享开放方案可行。",
        "审查结论：通过。请按规定办理项目建设手续。",
    ], author=HN_GOV_AFFAIRS, when=when, doc_no=doc_no("湘政务审", when, p.name))


def hn_expert_review(p: Project, when: date, file: str = "附件6-专家审查意见.docx") -> Docx:
    """第十一条: the 专家审查 for 计划投资 ≥ 500万 (expert_review_opinion)."""
    secs = [
        Sec("审查概况", [
            f"{cn_date(when)}，省政务局从湖南省省级政务信息系统项目评审非涉密专家库中随机抽取专家，"
            f"对{p.name}进行了专家审查。专家组名单如下：", expert_rows(p)]),
        Sec("审查意见", [
            "项目建设必要，需求分析充分；总体架构合理，依托省政务云集约化建设；数据共享分析完整；"
            "网络安全和密码应用方案符合要求；投资概算基本合理。"]),
        Sec("审查结论", ["同意通过专家审查，建议按专家意见修改完善后报批。"]),
    ]
    return report(file, f"{p.name}专家审查意见", secs, author="湖南省省级政务信息系统项目专家组", when=when,
                  by="湖南省省级政务信息系统项目专家组")


def hn_application_docs(p: Project) -> list[Spec]:
    drafted = p.application_date - timedelta(days=20)
    return [
        hn_plan_form(p),
        plan_document(p, "proposal", "附件2-项目建议书.docx", drafted, subtitle=""),
        budget_workbook("附件3-投资估算表.xlsx", p, drafted, title_suffix="投资估算表", sheet="估算表"),
    ]


def hn_approval_docs(p: Project, *, expert_review: bool = True) -> list[Spec]:
    drafted, pre_review, review, request = date(2025, 12, 26), date(2026, 1, 16), date(2026, 1, 23), date(2026, 2, 10)
    attachments = ["项目审批申请表", "可行性研究报告", "初步设计方案", "投资概算表", "前置审查意见"]
    docs: list[Spec] = [
        hn_approval_form(p, request, pre_review),
        plan_document(p, "fs", "附件2-可行性研究报告.docx", drafted, subtitle=""),
        plan_document(p, "design", "附件3-初步设计方案.docx", drafted),
        budget_workbook("附件4-投资概算表.xlsx", p, drafted),
        hn_pre_review(p, pre_review),
    ]
    if expert_review:
        docs.append(hn_expert_review(p, review))
        attachments.append("专家审查意见")
    docs.append(crypto_plan(p, drafted, "附件7-商用密码应用方案.docx"))
    attachments.append("商用密码应用方案")
    return [hn_request(p, request, attachments)] + docs


def hn_progress_form(p: Project, b: Build) -> Docx:
    """第十九条: the monthly progress a 非涉密 project reports on the online platform (progress_report)."""
    context = {"project": p, "build": b, "contract_amount": contract_amount(p, b), "last_module": p.modules[-1],
               "report_month": b.report_date.replace(day=1) - timedelta(days=1)}
    return data_form("hunan", "progress_form", context, author=p.unit, when=b.report_date)


def hn_construction_docs(p: Project, b: Build) -> list[Spec]:
    return [
        hn_progress_form(p, b),
        approval_letter(p, file="02-初步设计和投资概算批复.docx", authority=HN_REFORM, no=b.approval_no,
                        when=b.approval_date),
        tender_notice(p, b, "03-中标通知书.docx"),
        contract_doc(p, b, "04-项目建设合同.docx"),
        supervision_contract_doc(p, b, "05-监理服务合同.docx"),
        security_policy_doc(p, b, "06-网络安全管理制度.docx"),
    ]


def hn_adjustment_docs(p: Project, a: Adjustment) -> list[Spec]:
    filing = filing_form(
        p, a, title="湖南省省直单位政务信息系统项目调整备案表", to=f"{HN_REFORM}（项目审批部门）",
        reasons=HN_REASONS, basis=(
            f"根据{p.loc.measure}第二十一条，建设目标不变、项目投资规模未超出概算批复，主要建设内容需要调整且"
            f"资金调整数额不超过概算总投资15%，并符合规定情形之一的，可由项目建设单位自行调整，同时向项目审批"
            f"部门备案。"))
    return [filing, adjustment_table(p, a),
            approval_letter(p, file="附件3-原项目批复文件.docx", authority=HN_REFORM, no=a.approval_no,
                            when=a.approval_date, total=a.approved_total)]


# acceptance: 第二十六条 lists six materials; 第十六条 / 第二十二条 make 密评 and 档案验收 preconditions
HN_ACCEPTANCE_MATERIALS = {
    "acceptance_text": "项目建设验收文本",
    "functional_test_report": "功能测试报告",
    "audit_report": "第三方财务审计报告",
    "archive_acceptance_report": "档案验收报告",
    "security_risk_assessment_report": "安全风险评估报告",
    "crypto_assessment_report": "密码安全评估报告",
}


def hn_acceptance_form(p: Project, acc: Acceptance, listed: list[str]) -> Docx:
    context = {"project": p, "acceptance": acc, "actual_total": actual_total(p, acc), "listed": listed,
               "units": load_place("hunan").units}
    return data_form("hunan", "acceptance_form", context, author=p.unit, when=acc.application_date)


def hn_acceptance_text(p: Project, acc: Acceptance, file: str = "02-项目建设验收文本.docx") -> Docx:
    """项目建设验收文本 (acceptance_text): what 第二十四条 asks the acceptance to cover."""
    done = [["序号", "建设内容", "完成情况"]] + [
        [str(k), m.name, "已按批复完成"] for k, m in enumerate(p.modules, start=1)]
    secs = chapters([
        Sec("项目概况", [f"{p.name}经{HN_REFORM}批复（{acc.approval_no}），批复总投资{money(p.total)}万元，"
                        f"承建单位为{acc.contractor}，监理单位为{acc.supervisor}。"]),
        Sec("建设内容完成情况", [T(done)]),
        Sec("信息化创新情况", [f"平台采用微服务架构和数据中台模式，实现{p.modules[0].name}等业务“一网通办”，"
                              f"信息化创新成效明显。"]),
        Sec("密码应用情况", [f"依托{p.loc.crypto_support}完成商用密码应用建设，已通过商用密码应用安全性评估。"]),
        Sec("网络安全情况", [f"系统已完成网络安全等级保护{p.mlps}备案和测评，建立网络安全管理制度。"]),
        Sec("系统信息资源目录纳入共享平台目录管理系统情况", [
            f"系统{len(p.data_out)}类信息资源目录已纳入{p.loc.catalog_system}。"]),
        Sec("软硬件系统资源接入省直单位政务信息系统项目建设监管平台情况", [
            "项目软硬件系统资源已全部接入省直单位政务信息系统项目建设监管平台。"]),
        Sec("投资执行情况", [f"项目实际完成投资{money(actual_total(p, acc))}万元，未超概算。"]),
    ])
    return report(file, f"{p.name}建设验收文本", secs, author=p.unit, when=acc.application_date)


def hn_functional_test(p: Project, acc: Acceptance, file: str = "03-功能测试报告.docx") -> Docx:
    rows = [["序号", "功能模块", "测试用例数", "通过数", "结论"]]
    for k, m in enumerate(p.modules, start=1):
        rows.append([str(k), m.name, str(60 + 9 * k), str(60 + 9 * k), "通过"])
    secs = [
        Sec("测试概述", [f"受{p.unit}委托，我中心对{p.system}进行了功能测试。"]),
        Sec("测试结果", [T(rows)]),
        Sec("测试结论", ["被测系统功能满足初步设计和合同要求，测试结论：通过。"]),
    ]
    return report(file, f"{p.system}功能测试报告", secs, author=acc.test_org, when=acc.preliminary_date,
                  by=acc.test_org)


HN_ACCEPTANCE_BUILDERS: dict[str, Callable[..., Docx]] = {
    "acceptance_text": hn_acceptance_text,
    "functional_test_report": hn_functional_test,
    "audit_report": lambda p, acc: audit_report(p, acc, "04-第三方财务审计报告.docx"),
    "archive_acceptance_report": lambda p, acc: archive_report(p, acc, "05-档案验收报告.docx"),
    "security_risk_assessment_report": lambda p, acc: risk_assessment_report(p, acc, "06-安全风险评估报告.docx"),
    "crypto_assessment_report": lambda p, acc: crypto_assessment(p, acc, "07-商用密码应用安全性评估报告.docx"),
}


def hn_acceptance_docs(p: Project, acc: Acceptance, omit: tuple[str, ...] = ()) -> list[Spec]:
    kinds = [k for k in HN_ACCEPTANCE_MATERIALS if k not in omit]
    docs: list[Spec] = [hn_acceptance_form(p, acc, [HN_ACCEPTANCE_MATERIALS[k] for k in kinds] + ["竣工财务决算报告"])]
    docs += [HN_ACCEPTANCE_BUILDERS[k](p, acc) for k in kinds]
    docs.append(financial_report(p, acc, "08-竣工财务决算报告.docx"))
    return docs


def hn_acceptance_opinion(p: Project, r: Review, file: str) -> Docx:
    return acceptance_opinion(p, held=r.accepted, organiser=HN_REFORM, author=HN_REFORM, file=file,
                              doc_no_prefix="湘发改验", contents=[
        Sec("验收意见", ["项目信息化创新、密码应用、网络安全等情况符合要求；系统信息资源目录已纳入共享平台"
                        "目录管理系统；软硬件系统资源已接入省直单位政务信息系统项目建设监管平台。"])])


def hn_self_evaluation(p: Project, r: Review, file: str = "01-项目自评价报告.docx") -> Docx:
    """第二十七条 自评价报告 (self_evaluation_report), with the 前置审查意见完成情况."""
    info = T([["项目名称", p.name], ["项目建设单位", p.unit], ["竣工验收日期", cn_date(r.accepted)],
              ["投入使用日期", cn_date(r.live)], ["信息安全验收合格情况", "合格"],
              ["自评价报告日期", cn_date(r.report_date)]], header=False, label_column=True)
    secs = chapters([
        Sec("项目基本情况", [info, f"项目经{HN_REFORM}批复（{r.approval_no}），批复总投资{money(p.total)}万元，"
                              f"实际完成投资{money(r.spent)}万元。"]),
        Sec("项目目标实现情况", ["项目建设目标全部实现，各项绩效指标达到预期。"]),
        Sec("前置审查意见完成情况", ["省政务局前置审查意见提出的网络安全、数据共享、集约化建设等要求均已落实："
                                    "系统部署于省政务云，信息资源目录全部纳入共享平台，等保测评和密评均已通过。"]),
        Sec("应用效果及效益", [f"系统上线以来服务{p.users}，运行平稳。"]),
        Sec("存在问题及改进措施", ["部分市州数据更新不及时，将通过考核通报推动。"]),
    ])
    return report(file, f"{p.name}自评价报告", secs, author=p.unit, when=r.report_date)


def hn_performance_evaluation(p: Project, r: Review, when: date, file: str) -> Docx:
    """第二十九条: the 绩效评价 the 省政务局 runs 12 months after acceptance (performance_evaluation_report)."""
    secs = chapters([
        Sec("评价概况", [f"{p.name}于{cn_date(r.accepted)}通过竣工验收，已满12个月。根据{p.loc.measure}第二十九条，"
                        f"{HN_GOV_AFFAIRS}组织对该项目开展绩效评价。"]),
        Sec("应用效果", [f"系统服务{p.users}，主要功能使用率95%以上。"]),
        Sec("支撑能力", ["系统支撑省、市、县三级业务协同，接口调用稳定。"]),
        Sec("网络安全", ["等级保护测评和商用密码应用安全性评估均已通过，未发生网络安全事件。"]),
        Sec("投资效益", [f"项目实际完成投资{money(r.spent)}万元，未超概算，投资效益良好。"]),
        Sec("实际应用资源配置与设计的吻合程度", ["省政务云资源配置与初步设计基本吻合，利用率78%。"]),
        Sec("评价结论", ["绩效评价等级：优。"]),
    ])
    return report(file, f"{p.name}绩效评估报告", secs, author=HN_GOV_AFFAIRS, when=when, by=HN_GOV_AFFAIRS)


def hn_evaluation_docs(p: Project, r: Review, evaluated: date) -> list[Spec]:
    return [hn_self_evaluation(p, r), hn_acceptance_opinion(p, r, "02-竣工验收报告.docx"),
            hn_performance_evaluation(p, r, evaluated, "03-绩效评估报告.docx")]


def hn_om_form(p: Project, r: Review, year: int, amount: Decimal) -> Docx:
    context = {"project": p, "review": r, "year": year, "amount": amount,
               "crypto_assessed": r.live - timedelta(days=19)}
    return data_form("hunan", "om_form", context, author=p.unit, when=date(year - 1, 11, 20))


def hn_operation_docs(p: Project, r: Review, year: int, amount: Decimal) -> list[Spec]:
    acc_like = review_as_acceptance(r, r.live - timedelta(days=19), crypto_org="湖南湘密测评技术有限公司",
                                    mlps_org="湖南省网络安全测评中心")
    return [
        hn_om_form(p, r, year, amount),
        om_plan_doc(p, year, amount, "02-运维方案.docx"),
        hn_pre_review(p, r.approval_date - timedelta(days=40), "03-前置审查意见.docx"),
        approval_letter(p, file="04-初步设计和投资概算批复.docx", authority=HN_REFORM, no=r.approval_no,
                        when=r.approval_date),
        hn_acceptance_opinion(p, r, "05-竣工验收报告.docx"),
        hn_self_evaluation(p, r, "06-项目自评价报告.docx"),
        crypto_assessment(p, acc_like, "07-商用密码应用安全性评估报告.docx"),
        risk_assessment_report(p, acc_like, "08-安全风险评估报告.docx"),
    ]


# ------------------------------------------------------------------ Hunan specs


