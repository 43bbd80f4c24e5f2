"""通辽市 (tongliao): its dossier functions — which documents each stage submits (its data: data/tongliao/)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Callable

from builder.construction import has_hardware
from builder.forms import data_form
from builder.place import load_place
from builder.model import Block, Docx, Sec, Spec
from builder.project import Project
from builder.text import money, pct
from builder.budget import budget_workbook
from builder.chapters import PLAN_TITLES
from builder.documents import (
    annual_plan_excerpt,
    approval_request,
    assessment_report,
    crypto_plan,
    data_catalog_workbook,
    mlps_filing,
    plan_document,
    pre_review_opinion,
    secure_reliable_statement,
)
from builder.adjustment import (
    Adjustment,
    adjustment_table,
    approval_and_change_rows,
    approval_reply,
    change_table,
)
from builder.acceptance import (
    ACCEPTANCE_MATERIALS,
    Acceptance,
    actual_total,
    archive_report,
    audit_report,
    construction_summary,
    crypto_assessment,
    data_sharing_confirmation,
    financial_report,
    mlps_test_report,
    preliminary_report,
    risk_assessment_report,
    software_test_report,
    trial_run_report,
)

# =========================================================================== dossiers (which documents)


def library_application(p: Project) -> Docx:
    """申请入库文件 (TL-14a): the 入库申请表 carries the application facts."""
    original = [] if p.original_investment is None else [("原项目投资（万元）", money(p.original_investment))]
    context = {"project": p, "original_investment_rows": original,
               "targets": "；".join(f"{i.name}{i.value}" for i in p.indicators[:3])}
    return data_form("tongliao", "library_application", context, author=p.unit, when=p.application_date)


def approval_form(p: Project, when: date, *, pre_review: date, entered: date, review: date) -> Docx:
    """项目审批申请表: the facts of 第十五–二十五条, 第四十一、四十三、四十七条."""
    context = {"project": p, "when": when, "pre_review": pre_review, "entered": entered, "review": review,
               "library_no": f"TLSZK-{p.application_date.year}-{sum(map(ord, p.name)) % 9000 + 1000}"}
    return data_form("tongliao", "approval_form", context, author=p.unit, when=when)


def application_docs(p: Project, variant: str) -> list[Spec]:
    """An 入库 application: 申请入库文件, the plan (二合一 可研 or 三合一 实施方案), 概算表, 前置审核意见."""
    drafted = p.application_date - timedelta(days=14)
    return [
        library_application(p),
        plan_document(p, variant, f"附件2-{PLAN_TITLES[variant]}.docx", drafted),
        budget_workbook("附件3-项目概算表.xlsx", p, drafted),
        pre_review_opinion(p, p.application_date - timedelta(days=5)),
    ]


def approval_docs(p: Project) -> list[Spec]:
    """A 市本级 ≥ 80万 approval request (第十九–二十二条, 第三十条)."""
    drafted, review, request = date(2025, 12, 18), date(2026, 2, 6), date(2026, 2, 12)
    pre_review, entered = date(2025, 7, 3), date(2025, 9, 26)
    return [
        approval_request(p, request, "项目审批请示.docx"),
        approval_form(p, request, pre_review=pre_review, entered=entered, review=review),
        plan_document(p, "fs", "附件2-可行性研究报告.docx", drafted),
        plan_document(p, "design", "附件3-初步设计方案.docx", drafted),
        budget_workbook("附件4-项目概算表.xlsx", p, drafted),
        assessment_report(p, review, "design", "附件5-评审报告.docx"),
        data_catalog_workbook(p, drafted, "附件6-数据资源目录.xlsx"),
        crypto_plan(p, drafted, "附件7-商用密码应用方案.docx"),
        mlps_filing(p, date(2026, 1, 20), "附件8-网络安全等级保护定级备案证明.docx"),
        secure_reliable_statement(p, drafted, "附件9-软硬件产品安全可靠说明.docx"),
        pre_review_opinion(p, pre_review, "附件10-前置审核意见.docx"),
        annual_plan_excerpt(p, date(2026, 1, 15), [
            ("通辽市智慧停车管理平台建设项目", "通辽市城市管理综合执法局", "326.00"),
            ("通辽市不动产登记“一窗办事”平台升级项目", "通辽市自然资源局", "118.00"),
        ], "附件11-年度计划下达文件（摘录）.docx"),
    ]


def adjustment_filing(p: Project, a: Adjustment) -> Docx:
    """调整备案表 (TL-35e): the figures TL-35a/b/g/h test, all derived from the change lines."""
    context = {"project": p, "adjustment": a, "approval_and_change_rows": approval_and_change_rows(p, a),
               "change_ratio": pct(max(a.increase, a.decrease), a.approved_total),
               "new_content_ratio": pct(a.new_content, a.approved_total),
               "reason": load_place("tongliao").reasons[a.reason]}
    after: list[Block] = [
        Sec("调整说明", [
            Sec("调整原因", [a.why]),
            Sec("调整内容", [
                "本次调整在批复的软硬件清单内进行数量、参数的调整，并新增部分建设内容，"
                "建设目标和建设规模不变，详见下表及附件《建设内容调整对照表》。",
                change_table(a),
            ]),
            Sec("调整依据", [
                "根据《通辽市数字化项目管理暂行办法》第三十五条，项目投资规模未超出概算批复、建设目标不变，"
                "资金调整数额不超过概算总投资15%，新增的建设内容投资不超过总投资5%且不超过200万元的，"
                "可以由项目单位调整，同时向项目主管部门备案。",
            ]),
        ]),
    ]
    return data_form("tongliao", "adjustment_filing", context, author=p.unit, when=a.filing_date, after=after)


def acceptance_application(p: Project, acc: Acceptance, attached: list[str],
                           names: dict[str, str] | None = None) -> Docx:
    """竣工验收申请表 (第三十八条), listing the materials attached (names: this dossier's own titles)."""
    names = {**ACCEPTANCE_MATERIALS, **(names or {})}
    context = {"project": p, "acceptance": acc, "actual_total": actual_total(p, acc), "has_hardware": has_hardware(p),
               "listed": [names[k] for k in attached if k in names]}
    return data_form("tongliao", "acceptance_application", context, author=p.unit, when=acc.application_date)


def adjustment_docs(p: Project, a: Adjustment) -> list[Spec]:
    return [adjustment_filing(p, a), adjustment_table(p, a), approval_reply(p, a)]


ACCEPTANCE_BUILDERS: dict[str, Callable[..., Docx]] = {
    "construction_summary": construction_summary,
    "preliminary_acceptance_report": preliminary_report,
    "financial_report": financial_report,
    "audit_report": audit_report,
    "security_risk_assessment_report": risk_assessment_report,
    "mlps_test_report": mlps_test_report,
    "crypto_assessment_report": crypto_assessment,
    "software_test_report": software_test_report,
    "data_sharing_confirmation": data_sharing_confirmation,
    "archive_acceptance_report": archive_report,
}


def acceptance_docs(p: Project, acc: Acceptance, omit: tuple[str, ...] = (),
                    user_evaluation: bool = True) -> list[Spec]:
    """A 竣工验收 application with the 第三十八条 list (minus `omit`)."""
    kinds = [k for k in ACCEPTANCE_MATERIALS if k not in omit]
    # the application lists what is attached, as the unit calls it
    names = {} if user_evaluation else {"trial_run_report": "试运行报告"}
    docs: list[Spec] = [acceptance_application(p, acc, kinds, names=names)]
    for k in kinds:
        if k == "trial_run_report":
            docs.append(trial_run_report(p, acc, user_evaluation))
        else:
            docs.append(ACCEPTANCE_BUILDERS[k](p, acc))
    return docs


