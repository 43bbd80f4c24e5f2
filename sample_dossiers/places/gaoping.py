"""高平市 (gaoping): its dossier functions and the documents only it has (its data: data/gaoping/)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from builder.forms import data_form
from builder.place import load_place
from builder.model import Docx, Sec, Spec, T
from builder.text import chapters, cn_date, doc_no, money
from builder.project import (
    Project,
    locale_of,
)
from builder.budget import budget_workbook
from builder.documents import (
    crypto_plan,
    data_catalog_workbook,
    letter,
    mlps_filing,
    plan_document,
    report,
    table_workbook,
)
from builder.adjustment import Adjustment, change_table
from builder.acceptance import Acceptance, risk_assessment_report
from builder.construction import (
    Build,
    acceptance_opinion,
    approval_letter,
    contract_amount,
    contract_doc,
    emergency_plan_doc,
    om_plan_doc,
    supervision_contract_doc,
    tender_notice,
)

# =========================================================================== 高平市 (gaoping)
# 高平市政务信息化项目建设应用管理办法, 高政办发〔2020〕35号 (rules/gaoping.yaml). Here the owning 市直单位 is the
# 项目实施单位 and the contractor the 项目建设单位 (catalog A-30). Applications carry 项目建议书, 可研,
# 初步设计, 信息资源目录 and 投资概算 (第八条); every system must be in the 政务信息系统目录 (第十条); the
# contract is filed within 5 working days (第十五条); products are 自主可控 (第十八条); the 竣工验收报告 is
# filed within 30 working days (第二十条).

GP_APPROVER = load_place("gaoping").units["approver"]
GP_FINANCE = load_place("gaoping").units["finance"]
GP_INFO_CENTRE = load_place("gaoping").units["info_centre"]

GAOPING = locale_of("gaoping")


# ------------------------------------------------------------------ Gaoping documents


def gp_context(p: Project, *, in_catalog: bool = True) -> dict[str, object]:
    """The context of Gaoping's forms: the project, the units, and its entry in the 政务信息系统目录 (第十条)."""
    no = f"GPXT-{p.plan_year}-{sum(map(ord, p.system)) % 90 + 10:03d}"
    return {"project": p, "units": load_place("gaoping").units,
            "catalog_entry": f"是（系统编号{no}）" if in_catalog else "否（尚未列入）"}


def gp_application_form(p: Project, when: date, *, in_catalog: bool = True) -> Docx:
    context = gp_context(p, in_catalog=in_catalog) | {"when": when, "code_rows": [("项目代码", p.code)] if p.code else []}
    return data_form("gaoping", "application_form", context, author=p.unit, when=when)


GP_MATERIALS = ("proposal", "fs", "design", "catalog", "budget")


def gp_materials(p: Project, drafted: date, which: tuple[str, ...] = GP_MATERIALS,
                 fs_subtitle: str = "") -> list[Spec]:
    """第八条: 项目建议书, 可行性研究报告, 初步设计, 信息资源目录, 投资概算."""
    made = {
        "proposal": lambda: plan_document(p, "proposal", "附件2-项目建议书.docx", drafted - timedelta(days=30)),
        "fs": lambda: plan_document(p, "fs", "附件3-可行性研究报告.docx", drafted, subtitle=fs_subtitle),
        "design": lambda: plan_document(p, "design", "附件4-初步设计方案.docx", drafted),
        "catalog": lambda: data_catalog_workbook(p, drafted, "附件5-信息资源目录.xlsx"),
        "budget": lambda: budget_workbook("附件6-投资概算表.xlsx", p, drafted),
    }
    return [made[k]() for k in which]


def gp_application_docs(p: Project, which: tuple[str, ...] = GP_MATERIALS, fs_subtitle: str = "") -> list[Spec]:
    return [gp_application_form(p, p.application_date)] + gp_materials(
        p, p.application_date - timedelta(days=12), which, fs_subtitle)


def gp_approval_docs(p: Project, *, approved: bool = True, in_catalog: bool = True) -> list[Spec]:
    drafted, reviewed, request, reply, agreed = (date(2025, 11, 5), date(2025, 11, 26), date(2025, 11, 18),
                                                 date(2025, 12, 12), date(2025, 12, 26))
    docs: list[Spec] = [gp_application_form(p, request, in_catalog=in_catalog)] + gp_materials(p, drafted)
    docs += [
        letter("附件7-财政评审意见.docx", f"关于{p.name}预算的财政评审意见", p.unit, [
            f"根据{p.loc.measure}第五条，我局对{p.name}建设经费进行了财政评审。项目投资概算{money(p.total)}万元，"
            f"编制依据充分、单价合理，审定金额{money(p.total)}万元。",
        ], author=GP_FINANCE, when=reviewed, doc_no=doc_no("高财评", reviewed, p.name)),
        crypto_plan(p, drafted, "附件8-商用密码应用方案.docx"),
    ]
    if approved:
        docs += [
            approval_letter(p, file="附件9-立项批复.docx", authority=GP_APPROVER,
                            no=doc_no("高行审政信", reply, p.name), when=reply, what="立项"),
            letter("附件10-市人民政府同意实施的函.docx", f"高平市人民政府关于同意实施{p.name}的函", p.unit, [
                f"你单位《关于实施{p.name}的请示》收悉。经市人民政府研究，同意实施{p.name}，"
                f"请市财政局按规定安排预算。",
            ], author="高平市人民政府", when=agreed, doc_no=doc_no("高政函", agreed, p.name)),
        ]
    return docs


def gp_progress_form(p: Project, b: Build) -> Docx:
    """第十九条 progress report, carrying the construction-stage facts (progress_report)."""
    context = gp_context(p) | {"build": b, "contract_amount": contract_amount(p, b),
                            "secure": "是" if b.secure else f"否（{b.secure_note}）"}
    return data_form("gaoping", "progress_form", context, author=p.unit, when=b.report_date)


def gp_contract_filing(p: Project, b: Build) -> Docx:
    """第十五条: the contract text filed within 5 working days of signing (contract_filing)."""
    context = gp_context(p) | {"build": b, "contract_amount": contract_amount(p, b)}
    return data_form("gaoping", "contract_filing", context, author=p.unit, when=b.contract_filed)


def gp_supervision_filing(p: Project, b: Build) -> Docx:
    return data_form("gaoping", "supervision_filing", gp_context(p) | {"build": b}, author=p.unit,
                     when=b.supervision_filed)


def gp_construction_docs(p: Project, b: Build) -> list[Spec]:
    acc_like = Acceptance(
        approval_no=b.approval_no, approval_date=b.approval_date, contractor=b.contractor,
        supervisor=b.supervisor, contract_date=b.contract_date, start_date=b.start_date,
        completion_date=b.period_end, period_end=b.period_end, preliminary_date=b.report_date - timedelta(days=4),
        trial_start=b.period_end, trial_stable=b.period_end, application_date=b.report_date,
        audit_date=b.report_date, archive_date=b.report_date, savings=b.savings,
        mlps_org="山西省信息安全测评中心")
    return [
        gp_progress_form(p, b),
        approval_letter(p, file="02-立项批复.docx", authority=GP_APPROVER, no=b.approval_no,
                        when=b.approval_date, what="立项"),
        letter("03-市人民政府同意实施的函.docx", f"高平市人民政府关于同意实施{p.name}的函", p.unit, [
            f"经市人民政府研究，同意实施{p.name}，请市财政局按规定安排预算。"],
            author="高平市人民政府", when=b.approval_date + timedelta(days=10),
            doc_no=doc_no("高政函", b.approval_date, p.name)),
        tender_notice(p, b, "04-中标通知书.docx"),
        contract_doc(p, b, "05-项目建设合同.docx"),
        gp_contract_filing(p, b),
        supervision_contract_doc(p, b, "07-监理服务合同.docx"),
        gp_supervision_filing(p, b),
        risk_assessment_report(p, acc_like, "09-安全风险评估报告.docx"),
        mlps_filing(p, b.start_date + timedelta(days=7), "10-网络安全等级保护备案证明.docx"),
        emergency_plan_doc(p, b, "11-网络安全事件应急预案.docx"),
    ]


def gp_adjustment_docs(p: Project, a: Adjustment) -> list[Spec]:
    """第十九条: a material change needs an 调整申请 and the 主管部门's opinion."""
    request = data_form("gaoping", "adjustment_request", gp_context(p) | {"adjustment": a}, author=p.unit,
                        when=a.filing_date, after=[Sec("调整原因", [a.why]), Sec("调整内容", [change_table(a)])])
    opinion_day = a.filing_date + timedelta(days=14)
    opinion = letter("附件2-关于同意调整建设内容的意见.docx", f"关于同意{p.name}调整建设内容的意见", p.unit, [
        f"你单位《{p.name}调整申请》收悉。根据{p.loc.measure}第十九条，经综合评估，同意按申请调整相关建设内容，"
        f"调整后总投资{money(a.adjusted_total)}万元，建设目标不变。",
    ], author=GP_APPROVER, when=opinion_day, doc_no=doc_no("高行审政信", opinion_day, p.name))
    return [request, opinion,
            approval_letter(p, file="附件3-原立项批复.docx", authority=GP_APPROVER, no=a.approval_no,
                            when=a.approval_date, total=a.approved_total, what="立项")]


@dataclass(frozen=True)
class Handover:
    """Gaoping 第二十条: a 竣工验收 and the filing of its report."""

    approval_no: str
    contractor: str
    accepted: date
    filed: date
    handed_over: date


def gp_acceptance_docs(p: Project, h: Handover) -> list[Spec]:
    filing = data_form("gaoping", "acceptance_filing", gp_context(p) | {"handover": h}, author=p.unit, when=h.filed)
    acceptance = acceptance_opinion(p, held=h.accepted, organiser=p.unit, author=p.unit,
                                    file="02-竣工验收报告.docx", contents=[
        Sec("软硬件产品安全可控情况", ["服务器、操作系统、数据库、中间件和安全设备均为自主可控产品。"]),
        Sec("信息资源目录", [f"系统{len(p.data_out)}类信息资源目录已纳入共享平台目录管理系统。"]),
        Sec("成果移交", [f"项目建设单位{h.contractor}已于{cn_date(h.handed_over)}移交设计文件、源代码和测试文档。"]),
    ])
    design = report("03-详细设计说明书.docx", f"{p.system}详细设计说明书", chapters([
        Sec("系统架构设计", ["系统采用“大平台、小前端”架构，部署于高平市政务云。"]),
        Sec("功能模块设计", [Sec(m.name, [m.desc]) for m in p.modules]),
        Sec("接口设计", ["与市“政务服务系统”、山西省一体化在线政务服务平台的接口设计。"]),
    ]), author=h.contractor, when=h.handed_over, by=h.contractor)
    code_rows = [[k, m.name, f"{m.name}模块源代码", "Git代码库导出", "已移交"]
                 for k, m in enumerate(p.modules, start=1)]
    source = table_workbook("04-源代码移交清单.xlsx", f"{p.system}源代码移交清单",
                            ["序号", "模块", "内容", "介质", "移交状态"], code_rows, author=h.contractor,
                            when=h.handed_over, sheet="源代码", widths=[6, 24, 30, 16, 10])
    tests = report("05-系统测试用例及测试记录.docx", f"{p.system}测试用例及测试记录", chapters([
        Sec("测试范围", [f"{p.system}全部功能模块。"]),
        Sec("测试用例", [T([["序号", "模块", "用例数", "通过数"]] + [
            [str(k), m.name, str(30 + 5 * k), str(30 + 5 * k)] for k, m in enumerate(p.modules, start=1)])]),
        Sec("测试记录", ["功能、性能和安全测试记录详见附表。"]),
    ]), author=h.contractor, when=h.handed_over, by=h.contractor)
    return [filing, acceptance, design, source, tests]


def gp_self_evaluation(p: Project, when: date, year: int, file: str = "01-项目自评价报告.docx") -> Docx:
    """第二十一条: the 自评价 after the budget year (self_evaluation_report)."""
    info = T([["项目名称", p.name], ["项目实施单位", p.unit], ["实施年度", str(year)],
              ["自评价报告日期", cn_date(when)]], header=False, label_column=True)
    secs = chapters([
        Sec("项目基本情况", [info]),
        Sec("预算执行情况", [f"{year}年度预算资金执行率98.6%。"]),
        Sec("绩效目标完成情况", ["产出、效益和满意度指标均已完成。"]),
        Sec("报送", [f"本报告报送{GP_APPROVER}和{GP_FINANCE}。"]),
    ])
    return report(file, f"{p.name}{year}年度自评价报告", secs, author=p.unit, when=when)


def gp_evaluation_docs(p: Project, when: date, year: int) -> list[Spec]:
    rating = report("02-绩效考评报告.docx", f"{p.name}{year}年度绩效考评报告", chapters([
        Sec("应用建设情况", ["系统建设内容全部完成，运维情况良好。"]),
        Sec("服务对象满意度", ["问卷调查满意度96%。"]),
        Sec("信息化项目资金使用情况", ["资金使用规范。"]),
        Sec("项目产出和效果", ["产出指标全部完成，效果明显。"]),
    ]), author=GP_APPROVER, when=when + timedelta(days=20), by=GP_APPROVER)
    return [gp_self_evaluation(p, when, year), rating]


def gp_operation_docs(p: Project, h: Handover, year: int, amount: Decimal) -> list[Spec]:
    filing, *_ = gp_acceptance_docs(p, h)
    drill = report("04-应急演练记录.docx", f"{p.system}网络安全应急演练记录", [
        Sec("演练概况", [f"{cn_date(date(year - 1, 9, 18))}，{p.unit}与{GP_INFO_CENTRE}开展数据库勒索病毒应急演练。"]),
        Sec("演练过程", ["发现告警、隔离主机、切换备库、恢复数据，用时42分钟。"]),
        Sec("演练总结", ["预案可行，已完善备份恢复流程。"]),
    ], author=p.unit, when=date(year - 1, 9, 18))
    return [
        data_form("gaoping", "om_form", gp_context(p) | {"handover": h, "year": year, "amount": amount},
                  author=p.unit, when=date(year - 1, 10, 28)),
        replace(filing, file="02-竣工验收备案表.docx"),
        om_plan_doc(p, year, amount, "03-运维方案.docx", provider=GP_INFO_CENTRE),
        drill,
    ]


# ------------------------------------------------------------------ Gaoping specs


SPEC_TYPES = (Handover,)  # the spec type only Gaoping's specs.yaml names
