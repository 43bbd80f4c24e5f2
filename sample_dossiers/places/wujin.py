"""常州市武进区 (wujin)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from builder.forms import data_form
from builder.place import load_place
from builder.model import Docx, Sec, Spec, T, Xlsx
from builder.text import chapters, cn_date, doc_no, money
from builder.project import (
    CRYPTO_SVC,
    D,
    DataNeed,
    DataRes,
    Indicator,
    Item,
    Module,
    Project,
    db_item,
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
from builder.adjustment import Adjustment, Change, adjustment_table
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
    security_policy_doc,
    supervision_contract_doc,
    tender_notice,
)

# =========================================================================== 常州市武进区 (wujin)
# 常州市武进区政务信息化项目建设管理办法, 武政办发〔2023〕85号 (catalog §3). Units file a 项目计划申报表 and
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

WJ_MARKET = Project(
    name="武进区智慧市场监管平台建设项目",
    system="武进区智慧市场监管平台",
    unit="常州市武进区市场监督管理局",
    region="武进区",
    level="区级",
    total=D("186.00"),
    funding="区财政",
    plan_year=2026,
    application_date=date(2025, 11, 20),
    leader="钱志刚",
    phone="0519-86312051",
    users="武进区市场监管局及15个市场监管分局执法人员，全区约32万户经营主体",
    background=(
        "武进区经营主体约32万户，食品生产经营、特种设备、电梯维保等重点监管对象底数大，"
        "现有监管依靠人工巡查，风险发现滞后。",
        "建成全区智慧市场监管平台，实现重点领域风险智能预警、监管任务闭环处置。",
    ),
    status=("现有监管业务分别使用省、市垂直系统，区级无统一的监管数据汇聚和风险分析系统。",),
    upgrade_gap="省、市垂直系统不能由区级改造，区内无可升级的本地系统，故新建平台并与省、市系统对接。",
    duplication="江苏省市场监管信息平台负责登记和信用公示，本平台通过接口复用，不重复建设。",
    needs=(
        ("业务需求", "重点领域风险预警、监管任务派发和处置闭环，监管数据统一汇聚分析。"),
        ("功能需求", "需具备风险预警模型、任务闭环、电梯和特种设备物联监测、统计分析功能。"),
        ("数据需求", "需从区政务数据资源共享交换平台获取市场主体、投诉举报等数据。"),
    ),
    modules=(
        Module("风险预警", "食品、特种设备等重点领域风险模型和分级预警。"),
        Module("监管任务闭环", "监管任务派发、处置、反馈和考核。"),
        Module("特种设备物联监测", "电梯、锅炉等特种设备运行状态物联监测。"),
        Module("监管统计分析", "监管数据汇聚和统计分析。"),
    ),
    data_out=(
        DataRes("武进区市场监管风险预警信息", "预警编号、主体名称、统一社会信用代码、风险类型、预警等级"),
        DataRes("武进区特种设备运行监测信息", "设备编号、使用单位、设备类别、运行状态", update="实时"),
    ),
    data_in=(DataNeed("市场主体登记信息", "常州市武进区行政审批局"),
             DataNeed("12345投诉举报信息", "常州市武进区人民政府办公室（区大数据管理局）")),
    indicators=(
        Indicator("产出指标", "数量指标", "接入特种设备数", "≥1.2万台"),
        Indicator("产出指标", "质量指标", "风险预警准确率", "≥85%"),
        Indicator("效益指标", "社会效益指标", "重点领域风险处置及时率", "≥95%"),
        Indicator("满意度指标", "服务对象满意度指标", "执法人员满意度", "≥90%"),
    ),
    works=(
        Item("风险预警系统开发", 1, "58.00", "定制开发"),
        Item("监管任务闭环系统开发", 1, "36.00", "定制开发"),
        Item("特种设备物联监测系统开发", 1, "32.00", "定制开发"),
        Item("监管统计分析模块开发", 1, "18.00", "定制开发"),
        db_item("12.00"),
        Item(CRYPTO_SVC, 1, "6.40", "接入常州市政务密码服务平台", "service"),
    ),
    implementing_body="常州市武进区市场监督管理局科技和信息化科",
    designer="江苏省信息咨询研究院有限公司",
    loc=WUJIN,
)


def wj_project(**kw) -> Project:
    return replace(WJ_MARKET, **kw)


WJ_HEALTH = wj_project(
    name="武进区基层卫生健康数字化平台建设项目",
    system="武进区基层卫生健康数字化平台",
    unit="常州市武进区卫生健康局",
    total=D("268.00"),
    application_date=date(2025, 11, 14),
    leader="周建新",
    phone="0519-86318726",
    code="2603-320412-04-01-425107",
    users="武进区16家社区卫生服务中心、283个村卫生室医务人员及居民",
    background=(
        "武进区基层医疗机构使用的HIS、公卫系统来自6家厂商，居民健康档案和诊疗数据不能互通。",
        "建成区级基层卫生健康数字化平台，实现健康档案、诊疗、公卫数据“一人一档”。",
    ),
    modules=(
        Module("基层诊疗一体化", "社区卫生服务中心、村卫生室统一诊疗系统。"),
        Module("居民健康档案", "健康档案统一管理和授权调阅。"),
        Module("家庭医生签约", "签约、履约和绩效考核。"),
    ),
    data_out=(DataRes("武进区居民电子健康档案", "档案编号、姓名、公民身份号码、签约医生", update="每日"),),
    data_in=(DataNeed("户籍人口信息", "常州市公安局武进分局"),),
    works=(
        Item("基层诊疗一体化系统开发", 1, "92.00", "定制开发"),
        Item("居民健康档案系统开发", 1, "62.00", "定制开发"),
        Item("家庭医生签约系统开发", 1, "38.00", "定制开发"),
        Item("村卫生室终端", 50, "0.50", "国产终端", "hardware"),
        db_item("16.00"),
        Item(CRYPTO_SVC, 1, "8.60", "接入常州市政务密码服务平台", "service"),
    ),
    implementing_body="常州市武进区卫生健康局信息中心",
)

WJ_LEGAL = wj_project(
    name="武进区公共法律服务智能终端管理系统建设项目",
    system="武进区公共法律服务智能终端管理系统",
    unit="常州市武进区司法局",
    total=D("49.99"),
    application_date=date(2025, 11, 18),
    leader="潘晓东",
    phone="0519-86316512",
    users="武进区16个镇（街道）公共法律服务站、326个村（社区）法律服务点及群众",
    background=(
        "全区村（社区）已配置公共法律服务智能终端326台，各终端分散管理，服务数据无法统计。",
        "实现公共法律服务终端统一管理、服务数据统一统计。",
    ),
    modules=(
        Module("终端统一管理", "终端状态监控、远程运维和内容发布。"),
        Module("法律服务统计", "咨询、援助申请等服务数据统计分析。"),
    ),
    data_out=(DataRes("武进区公共法律服务终端服务信息", "终端编号、服务类型、服务时间"),),
    data_in=(DataNeed("行政区划信息", "常州市武进区民政局"),),
    works=(
        Item("终端统一管理系统开发", 1, "22.00", "定制开发"),
        Item("法律服务统计模块开发", 1, "11.60", "定制开发"),
        db_item("4.00"),
        Item(CRYPTO_SVC, 1, "2.40", "接入常州市政务密码服务平台", "service"),
    ),
    implementing_body="常州市武进区司法局公共法律服务科",
)

WJ_EQUIPMENT = wj_project(
    name="武进区应急指挥视频会商设备购置项目",
    system="武进区应急指挥视频会商系统",
    unit="常州市武进区应急管理局",
    total=D("128.00"),
    application_date=date(2025, 11, 12),
    leader="许国强",
    phone="0519-86319110",
    code="2603-320412-04-01-425233",
    custom=False,
    users="武进区应急管理局及16个镇（街道）应急管理办公室",
    background=(
        "区应急指挥中心视频会商设备于2016年购置，已超期服役，镇（街道）会商终端不支持高清和国产密码。",
        "更新区、镇两级视频会商设备，实现与市应急指挥中心高清会商。",
    ),
    modules=(
        Module("区级指挥中心会商设备", "高清视频会议终端、MCU和显示设备。"),
        Module("镇（街道）会商终端", "16个镇（街道）高清会商终端。"),
    ),
    data_out=(DataRes("武进区应急会商记录", "会商编号、会商时间、参会单位"),),
    data_in=(DataNeed("应急值守信息", "常州市应急管理局"),),
    works=(
        Item("高清视频会议MCU（国产）", 1, "36.00", "区应急指挥中心", "hardware"),
        Item("区级会商终端及显示设备", 1, "28.00", "区应急指挥中心", "hardware"),
        Item("镇（街道）高清会商终端", 16, "2.80", "16个镇（街道）", "hardware"),
    ),
    implementing_body="常州市武进区应急管理局指挥中心",
)

WJ_CITY = wj_project(
    name="武进区城市管理综合执法平台建设项目",
    system="武进区城市管理综合执法平台",
    unit="常州市武进区城市管理局",
    total=D("320.00"),
    plan_year=2025,
    code="2503-320412-04-01-318562",
    leader="顾建平",
    phone="0519-86310339",
    implementing_body="常州市武进区城市管理局数字城管中心",
    modules=(Module("综合执法办案", ""), Module("执法记录仪管理", ""), Module("案件统计分析", "")),
)

WJ_EDU = wj_project(
    name="武进区智慧校园安全管理平台建设项目",
    system="武进区智慧校园安全管理平台",
    unit="常州市武进区教育局",
    total=D("236.00"),
    plan_year=2024,
    application_date=date(2023, 11, 16),
    code="2403-320412-04-01-206318",
    leader="陆海峰",
    phone="0519-86316233",
    users="武进区126所中小学、幼儿园安保人员和教育局管理人员",
    modules=(
        Module("校园安防联网", "校园视频、一键报警联网。"),
        Module("校园安全巡查", "安全隐患巡查和整改闭环。"),
        Module("食堂明厨亮灶", "学校食堂后厨视频监管。"),
    ),
    data_out=(DataRes("武进区校园安全隐患信息", "隐患编号、学校、隐患类型、整改状态"),),
    works=(
        Item("校园安防联网系统开发", 1, "78.00", "定制开发"),
        Item("校园安全巡查系统开发", 1, "46.00", "定制开发"),
        Item("食堂明厨亮灶接入开发", 1, "32.00", "定制开发"),
        Item("一键报警终端", 126, "0.30", "各学校", "hardware"),
        db_item("12.00"),
        Item(CRYPTO_SVC, 1, "6.80", "接入常州市政务密码服务平台", "service"),
    ),
    implementing_body="常州市武进区教育局装备与信息中心",
)

WJ_SOCIAL = wj_project(
    name="武进区社会救助一体化平台建设项目",
    system="武进区社会救助一体化平台",
    unit="常州市武进区民政局",
    total=D("158.00"),
    plan_year=2024,
    application_date=date(2023, 11, 10),
    code="2403-320412-04-01-206127",
    leader="孙丽华",
    phone="0519-86313721",
    users="武进区16个镇（街道）社会救助经办人员及困难群众",
    modules=(
        Module("救助申请一门受理", "低保、特困、临时救助一门受理。"),
        Module("家庭经济状况核对", "跨部门经济状况核对。"),
        Module("主动发现预警", "低收入人口动态监测预警。"),
    ),
    data_out=(DataRes("武进区社会救助对象信息", "救助编号、姓名、救助类型、救助金额"),),
    works=(
        Item("救助一门受理系统开发", 1, "56.00", "定制开发"),
        Item("家庭经济状况核对系统开发", 1, "42.00", "定制开发"),
        Item("主动发现预警系统开发", 1, "30.00", "定制开发"),
        db_item("8.00"),
        Item(CRYPTO_SVC, 1, "4.80", "接入常州市政务密码服务平台", "service"),
    ),
    implementing_body="常州市武进区民政局社会救助科",
)


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
    acc_like = Acceptance(
        approval_no=r.approval_no, approval_date=r.approval_date, contractor=r.contractor, supervisor="",
        contract_date=r.approval_date, start_date=r.approval_date, completion_date=r.live, period_end=r.live,
        preliminary_date=date(year - 1, 10, 16), trial_start=r.live, trial_stable=r.live,
        application_date=r.accepted, audit_date=r.accepted, archive_date=r.accepted, savings=D("0"),
        mlps_org="江苏省网络与信息安全测评中心")
    return [
        data_form("wujin", "om_form", context, author=p.unit, when=date(year - 1, 11, 6)),
        om_plan_doc(p, year, amount, "02-运维方案.docx"),
        acceptance_opinion(p, held=r.accepted, organiser=WJ_BIGDATA, author=WJ_BIGDATA,
                           file="03-竣工验收报告.docx", doc_no_prefix="武大数验"),
        risk_assessment_report(p, acc_like, "04-安全风险评估报告.docx"),
    ]


# ------------------------------------------------------------------ Wujin specs

WJ_HEALTH_BUILD = Build(
    approval_no="武发改审〔2026〕16号", approval_date=date(2026, 1, 22), approver=WJ_REFORM,
    contractor="江苏常卫数智科技有限公司", supervisor="常州正衡信息工程监理有限公司",
    tender_date=date(2026, 2, 3), contract_date=date(2026, 2, 10), start_date=date(2026, 2, 16),
    period_end=date(2026, 12, 31), report_date=date(2026, 2, 25), spent=D("48.60"), savings=D("6.40"),
    agent="常州市武进区公共资源交易中心",
)

WJ_ADJ = Adjustment(
    approved_total=D("320.00"), approval_no="武发改审〔2025〕38号", approval_date=date(2025, 3, 14),
    filing_date=date(2025, 10, 22), reason="二",
    why="执法记录仪管理改用市级统一平台接口，相应调减本地存储并完善综合执法办案功能。",
    changes=(
        Change("综合执法办案系统（增加非现场执法模块）", 1, "120.00", 1, "146.00", "参数调整"),
        Change("执法记录仪管理存储设备（改用市级平台）", 4, "48.00", 2, "24.00", "数量调整"),
        Change("案件统计分析模块", 1, "36.00", 1, "34.00", "参数调整"),
    ),
)

WJ_ACC = Acceptance(
    approval_no="武发改审〔2024〕21号", approval_date=date(2024, 2, 26),
    contractor="江苏校安智联科技有限公司", supervisor="常州正衡信息工程监理有限公司",
    contract_date=date(2024, 5, 8), start_date=date(2024, 5, 15), completion_date=date(2025, 9, 30),
    period_end=date(2025, 11, 30), preliminary_date=date(2025, 9, 20), trial_start=date(2025, 6, 1),
    trial_stable=date(2025, 9, 30), application_date=date(2026, 1, 15), audit_date=date(2025, 12, 30),
    archive_date=date(2026, 1, 8), savings=D("9.20"),
    auditor="常州中正会计师事务所有限公司", mlps_org="江苏省网络与信息安全测评中心",
    crypto_org="江苏密码测评中心有限公司", test_org="江苏省软件产品检测中心", audit_prefix="常中正审字",
)

WJ_ACC_BUILD = Build(
    approval_no=WJ_ACC.approval_no, approval_date=WJ_ACC.approval_date, approver=WJ_REFORM,
    contractor=WJ_ACC.contractor, supervisor=WJ_ACC.supervisor, tender_date=date(2024, 4, 28),
    contract_date=WJ_ACC.contract_date, start_date=WJ_ACC.start_date, period_end=WJ_ACC.period_end,
    report_date=WJ_ACC.application_date, spent=D("0"), savings=WJ_ACC.savings,
    agent="常州市武进区公共资源交易中心",
)

# 实施完成 2025-05-31 → 竣工验收 to be applied for by 2025-11-30; applied 2026-01-15.
WJ_ACC_LATE = replace(WJ_ACC, completion_date=date(2025, 5, 31), preliminary_date=date(2025, 5, 20),
                      trial_start=date(2025, 3, 1), trial_stable=date(2025, 5, 31), period_end=date(2025, 6, 30))

WJ_REVIEW = Review(
    approval_no="武发改审〔2024〕9号", approval_date=date(2024, 1, 30), accepted=date(2025, 4, 18),
    live=date(2025, 1, 6), report_date=date(2025, 12, 12), contractor="常州民安数据科技有限公司",
    spent=D("151.40"),
)
