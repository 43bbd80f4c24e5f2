"""What the measures other than Tongliao share: identity rows, construction (Build), review (Review), approval letters, filing forms."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from .model import Block, Docx, P, Sec, T, Xlsx
from .text import chapters, cn_date, doc_no, money, pct
from .project import Project
from .budget import _r2, budget_totals
from .documents import form, letter, report, table_workbook
from .adjustment import Adjustment, approval_and_change_rows, change_table
from .acceptance import Acceptance

# =========================================================================== other jurisdictions
#
# 湖南省直 (hunan), 巫山县 (wushan), 常州市武进区 (wujin) and 高平市 (gaoping) use the same specs
# (Project, Adjustment, Acceptance, plus Build and Review below) and the same builders as Tongliao.
# What differs is said once, in the project's Locale (cloud, network, platforms, bodies, the
# applicant's label) and in each measure's own forms: their titles, the bodies they go to and the
# rows their rules read, written with the facts' labels (docs/vocabulary.md).


def unit_rows(p: Project) -> list[tuple[str, str]]:
    """The identity rows a form opens with: 项目名称, the applicant (项目建设单位 / Gaoping's
    项目实施单位), 项目层级, 建设性质, 是否涉密, 资金来源."""
    return [
        ("项目名称", p.name),
        (p.loc.unit_label, p.unit),
        ("项目层级", p.level),
        ("建设性质", p.nature),
        ("是否涉密", p.classification),
        ("资金来源", f"{p.funding}资金"),
    ]


def contact_rows(p: Project) -> list[tuple[str, str]]:
    return [("项目实施机构", p.body), ("项目负责人", p.leader), ("联系电话", p.phone)]


def has_hardware(p: Project) -> bool:
    return any(i.kind == "hardware" for i in p.works)


def works_total(p: Project) -> Decimal:
    return budget_totals(p)["工程费用"]


def expert_rows(p: Project) -> T:
    return T([["序号", "姓名", "工作单位", "职称"]] + [
        [str(k), *e] for k, e in enumerate(p.loc.experts, start=1)])


# ------------------------------------------------------------------ construction (建设实施)


@dataclass(frozen=True)
class Build:
    """A project being built: its approval, procurement, contracts and progress."""

    approval_no: str
    approval_date: date
    approver: str  # who issued the 批复 / 立项
    contractor: str
    supervisor: str
    tender_date: date  # 中标（成交）通知书
    contract_date: date
    start_date: date
    period_end: date
    report_date: date  # the progress report / filing form
    spent: Decimal  # 累计完成投资 (万元)
    savings: Decimal = Decimal("0")  # 招标采购结余 on the 工程费用
    method: str = "公开招标"
    agent: str = ""  # 采购代理机构 / 公共资源交易中心
    contract_filed: date | None = None  # Gaoping 第十五条 合同备案
    supervision_filed: date | None = None
    secure: bool = True  # 安全可靠 / 自主可控 products
    secure_note: str = ""


def contract_amount(p: Project, b: Build) -> Decimal:
    return works_total(p) - b.savings


def tender_notice(p: Project, b: Build, file: str) -> Docx:
    """中标（成交）通知书 (procurement_docs)."""
    return letter(file, f"{p.name}中标通知书", b.contractor, [
        f"{p.name}（采购方式：{b.method}）已于{cn_date(b.tender_date - timedelta(days=6))}开标、评标。"
        f"经评标委员会评审、采购人确认，确定你单位为中标供应商，中标金额{money(contract_amount(p, b))}万元。",
        f"请你单位自本通知书发出之日起30日内，与采购人{p.unit}按照招标文件和你单位投标文件的约定签订"
        f"政府采购合同。",
        f"采购人：{p.unit}；采购代理机构：{b.agent or '采购代理机构'}。",
    ], author=b.agent or p.unit, when=b.tender_date,
        doc_no=doc_no("中标通知", b.tender_date, p.name))


def contract_doc(p: Project, b: Build, file: str, *, ownership: bool = True) -> Docx:
    """项目建设合同 (contract): parties, scope, price, period, payment, ownership, maintenance."""
    L = p.loc
    scope = [["序号", "建设内容", "数量", "金额（万元）"]] + [
        [str(k), i.name, str(i.qty), money(i.amount)] for k, i in enumerate(p.works, start=1)]
    clauses = [
        Sec("合同双方", [f"甲方（{L.unit_label}）：{p.unit}", f"乙方（{L.contractor_label}）：{b.contractor}"]),
        Sec("建设内容", [f"乙方按照批复的建设方案（{b.approval_no}）完成{p.system}的建设，内容如下：",
                        T(scope)]),
        Sec("合同价款及支付", [f"合同总价{money(contract_amount(p, b))}万元。合同价款按进度分期支付，"
                              f"资金支付按照国库集中支付有关规定执行。"]),
        Sec("建设工期", [f"自{cn_date(b.start_date)}起至{cn_date(b.period_end)}止。"]),
        Sec("安全保密及产品要求", ["乙方应采用安全可靠、自主可控的软硬件产品，落实网络安全等级保护和"
                                  "商用密码应用要求，对项目涉及的政务数据承担保密责任。"]),
        Sec("质量保证及运维", ["系统竣工验收合格之日起提供不少于36个月的免费运维服务。"]),
    ]
    if ownership:
        clauses.append(Sec("知识产权及所有权", [
            "本项目形成的系统、源代码、设计文件、测试文档及数据资源的所有权归甲方所有，乙方应在竣工验收前"
            "向甲方移交全部成果；政务数据资源产权归政府所有，乙方不得擅自使用。"]))
    clauses.append(Sec("签订", [f"本合同于{cn_date(b.contract_date)}由双方签订，自签订之日起生效。"]))
    return report(file, f"{p.name}建设合同", chapters(clauses), author=p.unit, when=b.contract_date,
                  cover_lines=[f"合同编号：{L.region_code}-HT-{b.contract_date.year}-{sum(map(ord, p.name)) % 900 + 100}"])


def supervision_contract_doc(p: Project, b: Build, file: str) -> Docx:
    fee = _r2(works_total(p) * Decimal("0.025"))
    secs = chapters([
        Sec("委托人和监理人", [f"委托人：{p.unit}", f"监理人：{b.supervisor}"]),
        Sec("监理范围", [f"{p.name}建设全过程的质量、进度、投资控制，合同和信息管理，组织协调。"]),
        Sec("监理服务期限", [f"自{cn_date(b.start_date)}起至项目竣工验收合格止。"]),
        Sec("监理酬金", [f"监理服务费{money(fee)}万元。"]),
    ])
    return report(file, f"{p.name}监理服务合同", secs, author=p.unit, when=b.contract_date)


def security_policy_doc(p: Project, b: Build, file: str, title: str = "网络安全管理制度") -> Docx:
    secs = chapters([
        Sec("总则", [f"为保障{p.system}安全稳定运行，根据《中华人民共和国网络安全法》《中华人民共和国数据安全法》"
                    f"及{p.loc.measure}，制定本制度。"]),
        Sec("组织和职责", [f"{p.unit}主要负责人为网络安全第一责任人，{p.body}负责日常网络安全管理。"]),
        Sec("安全技术措施", ["落实网络安全等级保护要求，部署边界防护、入侵检测、日志审计和数据备份措施，"
                            "重要数据加密存储和传输。"]),
        Sec("检测评估和应急", ["每年至少开展一次网络安全检测与风险评估，制定应急预案并定期演练。"]),
    ])
    return report(file, f"{p.system}{title}", secs, author=p.unit, when=b.start_date)


def emergency_plan_doc(p: Project, b: Build, file: str) -> Docx:
    secs = chapters([
        Sec("总则", [f"为及时处置{p.system}网络安全事件，由{p.loc.unit_label}{p.unit}与"
                    f"{p.loc.contractor_label}{b.contractor}共同制定本预案。"]),
        Sec("事件分级", ["按影响范围和程度分为特别重大、重大、较大和一般四级。"]),
        Sec("处置流程", ["发现、报告、研判、处置、恢复和总结。处置中如实记录事件发生的时间、事件表现、"
                        "处置情况等内容。"]),
        Sec("演练", ["每半年至少组织一次应急演练。"]),
    ])
    return report(file, f"{p.system}网络安全事件应急预案", secs, author=p.unit, when=b.start_date)


# ------------------------------------------------------------------ acceptance, evaluation


def acceptance_opinion(p: Project, *, held: date, organiser: str, author: str, file: str,
                       contents: list[Sec] = (), doc_no_prefix: str = "") -> Docx:
    """竣工验收报告 / 验收意见 of the 验收专家组 (acceptance_report)."""
    secs: list[Block] = [
        Sec("验收概况", [f"{cn_date(held)}，{organiser}组织召开{p.name}竣工验收会议，竣工验收日期为"
                        f"{cn_date(held)}。验收专家组由以下专家组成：", expert_rows(p)]),
        Sec("验收内容", ["专家组听取了项目建设、承建、监理单位的汇报，查验了系统运行情况和验收材料。"]),
        *contents,
        Sec("验收结论", [f"{p.name}按批复完成建设内容，系统运行稳定，验收材料齐全。验收专家组同意通过竣工验收。"]),
    ]
    blocks: list[Block] = [P(doc_no(doc_no_prefix, held, p.name), align="center")] if doc_no_prefix else []
    return report(file, f"{p.name}竣工验收报告", blocks + secs, author=author, when=held, by=author)


def data_dictionary_doc(p: Project, acc: Acceptance, file: str) -> Xlsx:
    """数据字典 (data_dictionary): one row per table of the system's database."""
    rows: list[list[object]] = []
    k = 0
    for d in p.data_out:
        for j, item in enumerate(d.items.split("、"), start=1):
            k += 1
            rows.append([k, f"t_{(sum(map(ord, d.name)) % 900) + 100}", d.name, f"f{j:02d}", item,
                         "varchar(64)" if j > 1 else "varchar(32)", "是" if j == 1 else "否"])
    return table_workbook(file, f"{p.system}数据字典", ["序号", "表名", "表说明", "字段名", "字段说明",
                                                      "数据类型", "是否主键"],
                          rows, author=acc.contractor, when=acc.preliminary_date, sheet="数据字典",
                          widths=[6, 14, 30, 10, 24, 14, 10])


@dataclass(frozen=True)
class Review:
    """A project after its 竣工验收: what its 自评价 / 绩效评价 / 运维经费 request states."""

    approval_no: str
    approval_date: date
    accepted: date  # 竣工验收日期
    live: date  # 投入使用 / 运行日期
    report_date: date  # 自评价报告 / 绩效评价报告 / 申请 date
    contractor: str
    spent: Decimal  # 实际完成投资 (万元)



def review_as_acceptance(r: Review, assessed: date, **orgs: str) -> Acceptance:
    """The acceptance facts of a system in operation, for the reports it still has on file (密评,
    等保测评, 安全风险评估, dated `assessed`); orgs: who tested (mlps_org, crypto_org)."""
    return Acceptance(
        approval_no=r.approval_no, approval_date=r.approval_date, contractor=r.contractor, supervisor="",
        contract_date=r.approval_date, start_date=r.approval_date, completion_date=r.live, period_end=r.live,
        preliminary_date=assessed, trial_start=r.live, trial_stable=r.live, application_date=r.accepted,
        audit_date=r.accepted, archive_date=r.accepted, savings=Decimal("0"), **orgs)

def approval_letter(p: Project, *, file: str, authority: str, no: str, when: date,
                    what: str = "初步设计方案和投资概算", total: Decimal | None = None,
                    extra: tuple[str, ...] = ()) -> Docx:
    """The 批复 of the approving body (approval_reply)."""
    return letter(file, f"关于{p.name}{what}的批复", p.unit, [
        f"你单位《关于审批{p.name}{what}的请示》及相关材料收悉。经研究，现批复如下：",
        f"一、同意{p.name}{what}。项目建设内容包括" + "、".join(m.name for m in p.modules) + "。",
        f"二、核定项目概算总投资{money(total if total is not None else p.total)}万元，"
        f"资金来源为{p.funding}资金。",
        f"三、项目建设周期{p.months}个月。请严格按照批复的建设规模、建设内容和设计方案组织实施，"
        f"不得擅自变更。",
        *extra,
    ], author=authority, when=when, doc_no=no)


def filing_form(p: Project, a: Adjustment, *, title: str, to: str, reasons: dict[str, str],
                basis: str, file: str = "附件1-项目建设内容调整备案表.docx",
                extra: tuple[tuple[str, str], ...] = ()) -> Docx:
    """An adjustment 备案表 (adjustment_filing): the figures derived from the change lines, with
    the 资金调整数额 (max of 调增 and 调减) the 15% / 10% tests read (catalog A-12)."""
    big = max(a.increase, a.decrease)
    rows = unit_rows(p) + approval_and_change_rows(p, a) + [
        ("资金调整数额（万元）", money(big)),
        ("资金调整比例", f"{pct(big, a.approved_total)}（调增、调减中较大者／原批复概算总投资）"),
        ("调整后总投资（万元）", money(a.adjusted_total)),
        ("调整原因", reasons[a.reason]),
        ("建设目标是否变化", "否"),
        *extra,
    ] + contact_rows(p)
    after: list[Block] = [
        Sec("调整说明", [
            Sec("调整原因", [a.why]),
            Sec("调整内容", ["本次调整在批复的建设内容内进行数量、参数的调整，建设目标不变，"
                            "详见下表及附件《建设内容调整对照表》。", change_table(a)]),
            Sec("调整依据", [basis]),
        ]),
    ]
    return form(file, title, rows, author=p.unit, when=a.filing_date,
                intro=[P(f"报送单位：{p.unit}"), f"备案机关：{to}"], after=after)


def om_plan_doc(p: Project, year: int, amount: Decimal, file: str, provider: str = "") -> Docx:
    rows = [["序号", "运维内容", "金额（万元）"],
            ["1", "应用系统运行维护", money(_r2(amount * Decimal("0.55")))],
            ["2", "数据库及中间件运维", money(_r2(amount * Decimal("0.20")))],
            ["3", "安全运维及等保测评、密评", money(amount - _r2(amount * Decimal("0.55")) - _r2(amount * Decimal("0.20")))],
            ["", "合计", money(amount)]]
    secs = chapters([
        Sec("运维对象", [f"{p.system}应用系统、数据库、中间件及安全设备，部署于{p.loc.cloud}。"]),
        Sec("运维内容和要求", ["日常巡检、故障处理、数据备份、安全加固和版本升级；系统可用率不低于99.9%。"]),
        Sec("运维组织", [f"运维工作由{provider or p.body}负责实施。"]),
        Sec("运维经费", [T(rows)]),
    ])
    return report(file, f"{p.system}{year}年度运维方案", secs, author=p.unit, when=date(year - 1, 11, 10))
