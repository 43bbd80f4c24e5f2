"""常州市武进区 (wujin): its dossier functions and the documents only it has (its data: data/wujin/)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from builder.forms import data_form
from builder.place import load_place
from builder.model import Docx, Sec, Spec, T, Xlsx
from builder.text import chapters, cn_date, doc_no, money
from builder.project import (
    Project,
    locale_of,
)
from builder.budget import budget_workbook
from builder.chapters import PLAN_TITLES
from builder.documents import (
    crypto_plan,
    letter,
    plan_document,
    report,
    secure_reliable_statement,
    table_workbook,
)
from builder.adjustment import Adjustment, adjustment_table
from builder.acceptance import (
    Acceptance,
    actual_total,
    construction_summary,
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

# =========================================================================== 常州市武进区 (wujin)
# 常州市武进区政务信息化项目建设管理办法, 武政办发〔2023〕85号 (rules/wujin.yaml). Units file a 项目计划申报表 and
# 项目概算 with a 政务数据资源共享清单 (第五、七条); a 非涉密 system must run on the 电子政务外网 and the 市政务云
# (第八条); at 投资匡算 ≥ 50万 the 区发改局 立项 and a 项目代码 are due and the 《项目方案》 is reviewed by the
# 区大数据管理局, below 50万 (or 纯设备类) the unit reviews its own 建设方案 (第十一、十四条); acceptance within
# half a year of completion (第二十二条).

WJ_BIGDATA = load_place("wujin").units["bigdata"]
WJ_REFORM = load_place("wujin").units["reform"]

WUJIN = locale_of("wujin")

# a system the unit keeps in its own machine room on its own network (第八条第(二)项)
WUJIN_OWN_ROOM = replace(WUJIN, cloud="区市场监管局自建机房", cloud_short="局自建机房", net_short="局业务专网",
                         infra="局自建机房、局业务专网和区政务数据资源共享交换平台")

WJ_REASONS = load_place("wujin").reasons


# ------------------------------------------------------------------ Wujin documents


def wj_network_rows(p: Project) -> list[tuple[str, str]]:
    on = p.loc.cloud == WUJIN.cloud
    return [
        ("是否部署在电子政务外网", "是" if on else f"否（部署于{p.loc.net_short}）"),
        ("是否部署于市政务云", f"是（{WUJIN.cloud}）" if on else f"否（部署于{p.loc.cloud}）"),
        ("是否接入政务数据共享交换平台（区政务数据资源共享交换平台）", "是"),
    ]


def wj_pure_equipment(p: Project) -> bool:
    """纯设备类: no custom development, only hardware (第十四条's self-review path)."""
    return p.custom is False and all(i.kind == "hardware" for i in p.works)


def wj_plan_form(p: Project) -> Docx:
    """第五条 项目计划申报表 with what 第七、八条 ask (project_plan_application_form)."""
    context = {"project": p, "pure_equipment": wj_pure_equipment(p), "network_rows": wj_network_rows(p),
               "units": load_place("wujin").units}
    return data_form("wujin", "plan_form", context, author=p.unit, when=p.application_date)


def wj_sharing_list(p: Project, when: date, file: str = "附件4-政务数据资源共享清单.xlsx") -> Xlsx:
    """第七条第(五)项 项目政务数据资源共享清单 (data_sharing_list)."""
    rows: list[list[object]] = []
    k = 0
    for d in p.data_out:
        k += 1
        rows.append([k, "本项目提供", d.name, p.unit, d.items, d.share, "区政务数据资源共享交换平台"])
    for d in p.data_in:
        k += 1
        rows.append([k, "部门间数据共享需求", d.name, d.provider, "按需申请", "有条件共享",
                     "区政务数据资源共享交换平台接口调用"])
    return table_workbook(file, f"{p.name}政务数据资源共享清单",
                          ["序号", "类别", "数据资源名称", "提供部门", "信息项", "共享类型", "共享方式"],
                          rows, author=p.unit, when=when, sheet="共享清单", widths=[6, 18, 30, 30, 40, 12, 30])


def wj_application_docs(p: Project, *, sharing_list: bool = True) -> list[Spec]:
    drafted = p.application_date - timedelta(days=18)
    docs: list[Spec] = [
        wj_plan_form(p),
        plan_document(p, "fs", "附件2-项目可行性研究报告.docx", drafted, subtitle=""),
        budget_workbook("附件3-项目概算表.xlsx", p, drafted),
    ]
    if sharing_list:
        docs.append(wj_sharing_list(p, drafted))
    docs.append(crypto_plan(p, drafted, "附件5-商用密码应用方案.docx"))
    return docs


def wj_approval_form(p: Project, when: date) -> Docx:
    context = {"project": p, "when": when, "pure_equipment": wj_pure_equipment(p), "in_plan": bool(p.code),
               "network_rows": wj_network_rows(p), "code_rows": [("项目代码", p.code)] if p.code else []}
    return data_form("wujin", "approval_form", context, author=p.unit, when=when)


def wj_review(p: Project, when: date, file: str, *, self_review: bool, what: str = "建设方案") -> Docx:
    """第十四条: the 评审意见 (≥ 50万, organised by the 区大数据管理局) or, below 50万 / 纯设备类, the unit's own
    建设方案评审 (review_opinion)."""
    if self_review:
        return report(file, f"{p.name}{what}评审意见", [
            Sec("评审概况", [f"{cn_date(when)}，{p.unit}依据{p.loc.measure}第十四条自行组织专家对"
                            f"《{p.name}{what}》进行评审。专家组名单如下：", expert_rows(p)]),
            Sec("评审意见", ["建设方案技术路线合理，设备选型符合自主可控要求，部署于电子政务外网和市政务云，"
                            "投资测算合理。"]),
            Sec("评审结论", ["同意通过评审，报区政府办公室（区大数据管理局）审核。"]),
        ], author=p.unit, when=when)
    return letter(file, f"关于{p.name}项目方案的评审意见", p.unit, [
        f"根据{p.loc.measure}第四条、第十四条，我办牵头组织项目建设联合会审成员单位（区委办公室、区委网信办、"
        f"区发改局、区工信局、区财政局、区审计局、区公共资源交易中心）及专家，于{cn_date(when)}对{p.name}"
        f"《项目可行性研究报告》进行了联合会审，意见如下：",
        "一、项目符合全区政务信息化和数字政府建设总体发展规划，技术方案合理可行，符合自主可控要求。",
        "二、项目部署于电子政务外网和常州市政务云，按规定向区政务数据资源共享交换平台提供数据。",
        "三、网络、数据和密码安全方案完整，投资测算和进度安排合理。",
        "评审结论：同意。",
    ], author=WJ_BIGDATA, when=when, doc_no=doc_no("武大数审", when, p.name))


def wj_audit_opinion(p: Project, when: date, file: str) -> Docx:
    """第十四条: the 区大数据管理局's 审核意见 on a self-reviewed 建设方案 (review_opinion)."""
    return letter(file, f"关于{p.name}建设方案的审核意见", p.unit, [
        f"你单位报送的《{p.name}建设方案》及自行组织的评审意见收悉。我办会同项目建设联合会审成员单位进行了审核，"
        f"项目建设方案符合{p.loc.measure}第七条、第八条要求，同意按方案组织实施。",
    ], author=WJ_BIGDATA, when=when, doc_no=doc_no("武大数核", when, p.name))


def wj_secure_statement(p: Project, when: date, file: str) -> Docx:
    return secure_reliable_statement(p, when, file)


def wj_security_review(p: Project, when: date, file: str) -> Docx:
    return letter(file, f"关于{p.name}网络和数据安全审查意见", p.unit, [
        f"经审查，{p.name}网络和数据安全的规划、建设、运行方案符合《常州市武进区政务信息化项目建设网络安全管理规定》"
        f"要求，同意实施。",
    ], author="中共常州市武进区委网络安全和信息化委员会办公室", when=when)


def wj_approval_docs(p: Project, *, plan: str) -> list[Spec]:
    """plan = "fs": ≥ 50万 《项目可行性研究报告》 + the 区大数据管理局's 评审意见 + 区发改局 立项;
    plan = "self": 《建设方案》 + the unit's own review + the 区大数据管理局's 审核意见 (< 50万 / 纯设备类);
    plan = "fs-self": a 纯设备类 project that reviewed a 可研 itself instead of a 建设方案."""
    drafted, reviewed, audited, request = date(2025, 12, 1), date(2025, 12, 16), date(2025, 12, 23), date(2026, 1, 8)
    docs: list[Spec] = [wj_approval_form(p, request)]
    if plan == "fs":
        docs += [plan_document(p, "fs", "附件2-项目可行性研究报告.docx", drafted, subtitle=""),
                 budget_workbook("附件3-项目概算表.xlsx", p, drafted),
                 wj_review(p, reviewed, "附件4-项目评审意见.docx", self_review=False)]
    else:
        variant = "fs" if plan == "fs-self" else "plan"
        docs += [plan_document(p, variant, f"附件2-项目{PLAN_TITLES[variant]}.docx", drafted, subtitle=""),
                 budget_workbook("附件3-项目概算表.xlsx", p, drafted),
                 wj_review(p, reviewed, f"附件4-{PLAN_TITLES[variant]}评审意见.docx", self_review=True,
                           what=PLAN_TITLES[variant]),
                 wj_audit_opinion(p, audited, "附件5-建设方案审核意见.docx")]
    docs += [wj_secure_statement(p, drafted, "附件6-软硬件产品自主可控情况说明.docx"),
             wj_security_review(p, reviewed, "附件7-网络和数据安全审查意见.docx")]
    return docs


def wj_filing_form(p: Project, b: Build) -> Docx:
    """第四条 全流程备案 at the construction stage (project_filing)."""
    approval_rows = [("立项批复文号", b.approval_no), ("批复日期", cn_date(b.approval_date))] if b.approval_no else []
    context = {"project": p, "build": b, "contract_amount": contract_amount(p, b), "approval_rows": approval_rows,
               "units": load_place("wujin").units}
    return data_form("wujin", "filing_form", context, author=p.unit, when=b.report_date)


def wj_construction_docs(p: Project, b: Build) -> list[Spec]:
    docs: list[Spec] = [wj_filing_form(p, b)]
    if b.approval_no:
        docs.append(approval_letter(p, file="02-区发改局立项批复.docx", authority=WJ_REFORM, no=b.approval_no,
                                    when=b.approval_date, what="立项"))
    docs += [
        tender_notice(p, b, "03-中标通知书.docx"),
        contract_doc(p, b, "04-项目建设合同.docx"),
        supervision_contract_doc(p, b, "05-监理服务合同.docx"),
        security_policy_doc(p, b, "06-网络和数据安全管理制度.docx", title="网络和数据安全管理制度"),
    ]
    return docs


def wj_adjustment_docs(p: Project, a: Adjustment) -> list[Spec]:
    filing = filing_form(
        p, a, title="常州市武进区政务信息化项目建设内容调整备案表", to=WJ_BIGDATA, reasons=WJ_REASONS, basis=(
            f"根据{p.loc.measure}第二十一条，项目投资规模未超出概算批复、建设目标不变，主要建设内容确需调整的，"
            f"对照区级政府投资建设项目工程变更管理办法执行，同时报区政府办公室（区大数据管理局）备案。本次调整已按"
            f"工程变更程序经监理单位审核。"))
    return [filing, adjustment_table(p, a),
            approval_letter(p, file="附件3-区发改局立项批复.docx", authority=WJ_REFORM, no=a.approval_no,
                            when=a.approval_date, total=a.approved_total, what="立项")]


def wj_acceptance_form(p: Project, acc: Acceptance, listed: list[str]) -> Docx:
    context = {"project": p, "acceptance": acc, "actual_total": actual_total(p, acc), "listed": listed,
               "units": load_place("wujin").units}
    return data_form("wujin", "acceptance_form", context, author=p.unit, when=acc.application_date)


def wj_supervision_summary(p: Project, acc: Acceptance, file: str) -> Docx:
    secs = chapters([
        Sec("监理工作概况", [f"{acc.supervisor}自{cn_date(acc.start_date)}起对{p.name}实施全过程监理。"]),
        Sec("质量、进度和投资控制", ["项目质量符合合同要求，进度受控，投资未超概算。"]),
        Sec("监理结论", ["项目已按合同完成全部建设内容，具备竣工验收条件。"]),
    ])
    return report(file, f"{p.name}监理工作总结报告", secs, author=acc.supervisor,
                  when=acc.completion_date + timedelta(days=10), by=acc.supervisor)


def wj_acceptance_docs(p: Project, acc: Acceptance, b: Build) -> list[Spec]:
    listed = ["项目建设总结", "中标通知书", "项目建设合同", "监理服务合同", "监理工作总结报告", "竣工财务决算报告"]
    return [
        wj_acceptance_form(p, acc, listed),
        construction_summary(p, acc, "02-项目建设总结.docx"),
        tender_notice(p, b, "03-中标通知书.docx"),
        contract_doc(p, b, "04-项目建设合同.docx"),
        supervision_contract_doc(p, b, "05-监理服务合同.docx"),
        wj_supervision_summary(p, acc, "06-监理工作总结报告.docx"),
        financial_report(p, acc, "07-竣工财务决算报告.docx"),
    ]


def wj_annual_report(p: Project, r: Review, year: int, file: str = "01-项目绩效评价报告.docx") -> Docx:
    """第三十条: the unit's 项目绩效评价报告 before the year ends (annual_performance_report)."""
    info = T([["项目名称", p.name], ["项目建设单位", p.unit], ["项目代码", p.code or ""],
              ["是否涉密", p.classification],
              ["竣工验收日期", cn_date(r.accepted)], ["上线日期", cn_date(r.live)],
              ["绩效评价年度", str(year)], ["绩效自评报告日期", cn_date(r.report_date)]],
             header=False, label_column=True)
    secs = chapters([
        Sec("项目基本情况", [info, f"项目实际完成投资{money(r.spent)}万元。"]),
        Sec("成本效益", ["年度运维成本控制在预算内，替代人工巡查，成本效益良好。"]),
        Sec("应用实效和使用频度", [f"系统服务{p.users}，月均访问量约3.6万次。"]),
        Sec("运行效率", ["系统可用率99.95%，平均响应时间0.8秒。"]),
        Sec("共享开放", ["按规定向区政务数据资源共享交换平台提供数据，累计共享调用2.1万次。"]),
        Sec("网络和数据安全", ["年度等保测评和商用密码应用安全性评估均已通过。"]),
        Sec("创新服务", ["推出移动端隐患随手拍功能。"]),
        Sec("运维情况和资金使用情况", ["运维服务按合同履行，资金使用符合财政管理规定。"]),
    ])
    return report(file, f"{p.name}{year}年度绩效评价报告", secs, author=p.unit, when=r.report_date)


def wj_assessment(p: Project, r: Review, year: int, when: date, file: str) -> Docx:
    """第二十七条: the 区大数据管理局's yearly 绩效评估 (performance_evaluation_report)."""
    rows = [["评估维度", "评估结果", "得分"],
            ["成本效益", "运维成本在预算内", "9"], ["应用实效", "业务全流程线上办理", "14"],
            ["运行效率", "系统可用率99.95%", "9"], ["使用频度", "月均访问量3.6万次", "9"],
            ["共享开放", "按规定向共享交换平台提供数据", "14"], ["网络和数据安全", "等保、密评通过", "14"],
            ["创新服务", "主动发现预警", "9"], ["运维情况", "运维响应及时", "9"], ["资金使用情况", "合规", "9"]]
    secs = chapters([
        Sec("评估概况", [f"{WJ_BIGDATA}委托第三方机构对{p.name}开展{year}年度绩效评估。"]),
        Sec("评估结果", [T(rows)]),
        Sec("评估结论", ["绩效评估得分96分，等级为优秀。"]),
    ])
    return report(file, f"{p.name}{year}年度绩效评估报告", secs, author=WJ_BIGDATA, when=when, by=WJ_BIGDATA)


def wj_evaluation_docs(p: Project, r: Review, year: int) -> list[Spec]:
    return [wj_annual_report(p, r, year),
            acceptance_opinion(p, held=r.accepted, organiser=WJ_BIGDATA, author=WJ_BIGDATA,
                               file="02-竣工验收报告.docx", doc_no_prefix="武大数验"),
            wj_assessment(p, r, year, date(year + 1, 1, 26), "03-绩效评估报告.docx")]


def wj_operation_docs(p: Project, r: Review, year: int, amount: Decimal) -> list[Spec]:
    context = {"project": p, "review": r, "year": year, "amount": amount, "units": load_place("wujin").units}
    acc_like = review_as_acceptance(r, date(year - 1, 10, 16), mlps_org="江苏省网络与信息安全测评中心")
    return [
        data_form("wujin", "om_form", context, author=p.unit, when=date(year - 1, 11, 6)),
        om_plan_doc(p, year, amount, "02-运维方案.docx"),
        acceptance_opinion(p, held=r.accepted, organiser=WJ_BIGDATA, author=WJ_BIGDATA,
                           file="03-竣工验收报告.docx", doc_no_prefix="武大数验"),
        risk_assessment_report(p, acc_like, "04-安全风险评估报告.docx"),
    ]


# ------------------------------------------------------------------ Wujin specs


