"""巫山县 (wushan)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Callable

from builder.forms import data_form
from builder.place import load_place
from builder.model import Docx, Sec, Spec, T
from builder.text import CN_NUM, chapters, cn_date, doc_no, money
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
from builder.adjustment import Adjustment, Change, adjustment_table
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
    supervision_contract_doc,
    tender_notice,
)

# =========================================================================== 巫山县 (wushan)
# 巫山县政务信息化项目管理办法 (catalog §2). Units apply by 9月30日 of the year before with a 建设申请
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

WS_TOURISM = Project(
    name="巫山县智慧文旅综合服务平台建设项目",
    system="巫山县智慧文旅综合服务平台",
    unit="巫山县文化和旅游发展委员会",
    region="巫山县",
    level="县级",
    total=D("368.00"),
    funding="县财政",
    plan_year=2026,
    application_date=date(2025, 9, 22),
    leader="向红梅",
    phone="023-57682316",
    users="巫山县文旅委及小三峡、神女峰等28家A级景区、312家旅游住宿和餐饮经营者、来巫游客",
    background=(
        "巫山县年接待游客超过2600万人次，小三峡、神女峰、巫山红叶节等景区和节会客流高度集中，"
        "景区票务、客流监测、游客服务分散在各景区自建系统中，数据无法汇聚。",
        "建成全县统一的智慧文旅综合服务平台，实现景区客流实时监测、游客服务“一码游巫山”、"
        "文旅市场监管线上化。",
    ),
    status=(
        "县文旅委现有景区视频监控平台1套（2019年建设），仅接入小三峡、神女峰两个景区的42路视频，"
        "不具备客流统计和预警功能；各景区票务系统由不同厂商建设，数据格式不统一。",
    ),
    upgrade_gap=("现有视频监控平台采用单机版软件，不支持扩展客流分析和数据共享，经评估不能通过升级改造"
                 "满足需求；本项目新建综合服务平台，原平台视频资源接入后统一管理。"),
    duplication="重庆市文旅大数据平台已建全市客流汇总功能，本平台通过接口报送数据，不重复建设市级功能。",
    needs=(
        ("业务需求", "景区客流实时监测和超限预警，游客一码通行、一码投诉，文旅市场经营主体线上监管。"),
        ("功能需求", "需具备客流监测预警、一码游巫山、文旅市场监管和数据分析功能。"),
        ("数据需求", "需共享获取市场主体登记、交通卡口等数据，产生的客流数据向全县政务数据共享系统提供。"),
    ),
    modules=(
        Module("客流监测预警", "接入景区闸机、视频和通信运营商数据，实时统计客流并分级预警。"),
        Module("一码游巫山", "游客扫码预约、购票、导览、投诉一码通办。"),
        Module("文旅市场监管", "旅行社、导游、住宿经营者线上监管和信用评价。"),
        Module("文旅数据分析", "游客画像、消费分析和节会效果评估。"),
    ),
    data_out=(
        DataRes("巫山县景区实时客流信息", "景区名称、统计时间、在园人数、承载量、预警等级", update="实时"),
        DataRes("巫山县文旅经营主体信息", "主体名称、统一社会信用代码、经营类别、信用等级", share="无条件共享",
                open="无条件开放", update="每月"),
    ),
    data_in=(DataNeed("市场主体登记信息", "巫山县市场监督管理局"),
             DataNeed("交通卡口车流信息", "巫山县公安局")),
    indicators=(
        Indicator("产出指标", "数量指标", "接入A级景区数", "≥28家"),
        Indicator("产出指标", "质量指标", "客流数据准确率", "≥95%"),
        Indicator("效益指标", "社会效益指标", "游客投诉办结率", "≥98%"),
        Indicator("满意度指标", "服务对象满意度指标", "游客满意度", "≥92%"),
    ),
    works=(
        Item("客流监测预警系统开发", 1, "96.00", "定制开发"),
        Item("一码游巫山服务系统开发", 1, "88.00", "定制开发"),
        Item("文旅市场监管及数据分析系统开发", 1, "72.00", "定制开发"),
        Item("景区客流统计摄像机", 30, "0.90", "A级景区出入口", "hardware"),
        db_item("18.00"),
        Item(CRYPTO_SVC, 1, "9.60", "接入重庆市政务密码服务平台", "service"),
    ),
    mlps="第二级",
    implementing_body="巫山县文化和旅游发展委员会智慧旅游科",
    designer="重庆渝信数字规划设计有限公司",
    loc=WUSHAN,
    fees="wushan",
)


def ws_project(**kw) -> Project:
    return replace(WS_TOURISM, **kw)


WS_AGRI = ws_project(
    name="巫山县数字乡村（巫山脆李）产业服务平台建设项目",
    system="巫山县数字乡村产业服务平台",
    unit="巫山县农业农村委员会",
    total=D("486.00"),
    application_date=date(2025, 9, 18),
    leader="刘国庆",
    phone="023-57681425",
    users="巫山县26个乡镇（街道）农业服务中心、1.2万户巫山脆李种植户及合作社",
    background=(
        "巫山脆李种植面积30万亩，年产量约18万吨，种植、采收、物流和品牌监管信息分散，"
        "品质溯源依靠纸质档案。",
        "建成巫山脆李全产业链数字服务平台，实现种植一张图、品质可溯源、销售有数据。",
    ),
    status=("县农业农村委现有农业综合信息系统仅有信息发布功能，未接入全县政务数据共享系统。",),
    upgrade_gap="现有系统为静态网站，不具备扩展能力，故新建平台，原网站内容迁移后关停。",
    duplication="重庆市农业农村大数据平台已建全市农产品溯源功能，本平台通过接口对接，不重复建设溯源赋码。",
    modules=(
        Module("种植一张图", "果园地块、品种、面积和农户信息一张图管理。"),
        Module("品质溯源", "采收、分级、物流环节扫码溯源。"),
        Module("产销服务", "产销对接、价格监测和品牌授权管理。"),
    ),
    data_out=(DataRes("巫山脆李果园地块信息", "地块编号、乡镇、种植户、面积、品种"),),
    data_in=(DataNeed("土地承包经营权信息", "巫山县农业农村委员会"),),
    works=(
        Item("种植一张图系统开发", 1, "130.00", "定制开发"),
        Item("品质溯源系统开发", 1, "126.00", "定制开发"),
        Item("产销服务系统开发", 1, "96.00", "定制开发"),
        Item("田间物联网监测站", 12, "2.60", "主产乡镇示范果园", "hardware"),
        db_item("22.00"),
        Item(CRYPTO_SVC, 1, "10.80", "接入重庆市政务密码服务平台", "service"),
    ),
    implementing_body="巫山县农业农村委员会信息中心",
)

WS_CITY = ws_project(
    name="巫山县城市运行管理服务平台建设项目",
    system="巫山县城市运行管理服务平台",
    unit="巫山县城市管理局",
    total=D("3000.00"),
    application_date=date(2025, 9, 16),
    leader="李德明",
    phone="023-57683102",
    mlps="第三级",
    months=24,
    users="巫山县城市管理局、住房城乡建委、交通、应急等12个部门及26个乡镇（街道）",
    background=(
        "巫山县城区沿长江布局，城市部件约12万个，燃气、供水、排水管网和沿江护岸安全监测手段不足。",
        "建成县级城市运行管理服务平台，实现城市运行“一网统管”和城市生命线安全实时监测。",
    ),
    status=("县数字化城管系统建于2015年，仅支持城市部件和事件管理，未接入生命线监测数据。",),
    upgrade_gap=("数字化城管系统为2015年单体架构，经评估不能通过升级改造满足一网统管需求，故新建平台，"
                 "原系统数据迁移后下线。"),
    duplication="重庆市城市运行管理服务平台负责市级汇总，本平台按标准对接，不重复建设市级功能。",
    modules=(
        Module("城市运行一网统管", "城市事件统一受理、分拨、处置和考核。"),
        Module("城市生命线安全监测", "燃气、供水、排水管网和桥梁护岸安全实时监测。"),
        Module("城市部件物联感知", "井盖、路灯、消防栓等部件物联感知。"),
        Module("城市运行指挥中心", "城市运行态势可视化和联动指挥。"),
    ),
    data_out=(DataRes("巫山县城市运行事件信息", "事件编号、类型、位置、处置部门、处置结果", update="实时"),),
    works=(
        Item("城市运行一网统管系统开发", 1, "620.00", "定制开发"),
        Item("城市生命线安全监测系统开发", 1, "560.00", "定制开发"),
        Item("生命线监测感知设备", 1200, "0.65", "燃气、供水、排水管网监测点", "hardware"),
        Item("城市部件物联感知设备", 3000, "0.12", "井盖、路灯、消防栓", "hardware"),
        Item("城市运行指挥中心显示及会商系统", 1, "138.00", "利用现有场地", "hardware"),
        db_item("62.00", "国产分布式数据库软件"),
        Item(CRYPTO_SVC, 1, "36.00", "接入重庆市政务密码服务平台", "service"),
    ),
    implementing_body="巫山县城市管理局数字城管中心",
)

WS_HEALTH = ws_project(
    name="巫山县基层医疗卫生机构信息系统一体化建设项目",
    system="巫山县基层医疗卫生机构一体化信息系统",
    unit="巫山县卫生健康委员会",
    total=D("420.00"),
    plan_year=2025,
    application_date=date(2024, 9, 20),
    leader="陈永华",
    phone="023-57685120",
    modules=(
        Module("基层HIS一体化", "26个乡镇卫生院统一门诊、住院、药房管理。"),
        Module("公共卫生服务", "家庭医生签约、慢病随访和健康档案管理。"),
        Module("远程诊疗", "县级医院与乡镇卫生院远程会诊、影像诊断。"),
    ),
    works=(
        Item("基层HIS一体化系统开发", 1, "140.00", "定制开发"),
        Item("公共卫生服务系统开发", 1, "92.00", "定制开发"),
        Item("远程诊疗系统开发", 1, "68.00", "定制开发"),
        Item("乡镇卫生院终端设备", 26, "1.20", "国产终端", "hardware"),
        db_item("18.00"),
        Item(CRYPTO_SVC, 1, "9.80", "接入重庆市政务密码服务平台", "service"),
    ),
    implementing_body="巫山县卫生健康委员会信息中心",
)

WS_EDU = ws_project(
    name="巫山县智慧教育平台建设项目",
    system="巫山县智慧教育平台",
    unit="巫山县教育委员会",
    total=D("600.00"),
    plan_year=2025,
    leader="冉光明",
    phone="023-57682207",
    code="2503-500237-04-01-110386",
    implementing_body="巫山县教育委员会电化教育馆",
    modules=(Module("教育管理公共服务", ""), Module("优质资源共享", ""), Module("智慧课堂", ""),
             Module("学校网络及终端", "")),
)

WS_SOCIAL = ws_project(
    name="巫山县人力社保“一窗通办”综合服务平台建设项目",
    system="巫山县人力社保一窗通办综合服务平台",
    unit="巫山县人力资源和社会保障局",
    total=D("296.00"),
    plan_year=2024,
    application_date=date(2023, 9, 19),
    leader="杨文斌",
    phone="023-57681908",
    modules=(
        Module("一窗综合受理", "社保、就业、人才服务事项一窗受理。"),
        Module("乡镇延伸服务", "26个乡镇（街道）人社服务所延伸办理。"),
        Module("经办风险防控", "待遇发放和基金支付风险监测。"),
    ),
    data_out=(
        DataRes("巫山县人社业务办件信息", "办件编号、事项名称、申请人、受理时间、办结时间", update="实时"),
        DataRes("巫山县人社服务网点信息", "网点名称、地址、服务事项", share="无条件共享", open="无条件开放",
                update="每月"),
    ),
    works=(
        Item("一窗综合受理系统开发", 1, "100.00", "定制开发"),
        Item("乡镇延伸服务系统开发", 1, "62.00", "定制开发"),
        Item("经办风险防控系统开发", 1, "48.00", "定制开发"),
        Item("窗口高拍仪及读卡器", 40, "0.35", "乡镇人社服务所", "hardware"),
        db_item("16.00"),
        Item(CRYPTO_SVC, 1, "8.60", "接入重庆市政务密码服务平台", "service"),
    ),
    implementing_body="巫山县人力资源和社会保障局信息中心",
)

WS_EMERGENCY = ws_project(
    name="巫山县应急管理综合应用平台建设项目",
    system="巫山县应急管理综合应用平台",
    unit="巫山县应急管理局",
    total=D("338.00"),
    plan_year=2023,
    application_date=date(2022, 9, 23),
    leader="龚德兵",
    phone="023-57683119",
    modules=(
        Module("监测预警", "地质灾害、森林火险和长江水位监测预警。"),
        Module("指挥调度", "融合通信和应急力量调度。"),
        Module("应急资源", "救援队伍、物资和避难场所管理。"),
    ),
    data_out=(DataRes("巫山县应急物资储备信息", "物资名称、储备点、数量、更新时间"),),
    works=(
        Item("监测预警系统开发", 1, "110.00", "定制开发"),
        Item("指挥调度系统开发", 1, "90.00", "定制开发"),
        Item("应急资源管理系统开发", 1, "56.00", "定制开发"),
        db_item("18.00"),
        Item(CRYPTO_SVC, 1, "9.20", "接入重庆市政务密码服务平台", "service"),
    ),
    implementing_body="巫山县应急管理局信息化科",
)


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
    acc_like = Acceptance(
        approval_no=r.approval_no, approval_date=r.approval_date, contractor=r.contractor, supervisor="",
        contract_date=r.approval_date, start_date=r.approval_date, completion_date=r.live, period_end=r.live,
        preliminary_date=date(year - 1, 8, 26), trial_start=r.live, trial_stable=r.live,
        application_date=r.accepted, audit_date=r.accepted, archive_date=r.accepted, savings=D("0"),
        mlps_org="重庆市信息安全测评中心", crypto_org="重庆密码应用测评有限公司")
    return [
        data_form("wushan", "om_form", context, author=p.unit, when=date(year - 1, 9, 26)),
        om_plan_doc(p, year, amount, "02-运维方案.docx"),
        crypto_assessment(p, acc_like, "03-商用密码应用安全性评估报告.docx"),
        mlps_test_report(p, acc_like, "04-网络安全等级保护测评报告.docx"),
    ]


# ------------------------------------------------------------------ Wushan specs

WS_HEALTH_BUILD = Build(
    approval_no="巫山发改投〔2025〕23号", approval_date=date(2025, 2, 26), approver=WS_REFORM,
    contractor="重庆医联数智科技有限公司", supervisor="重庆渝正工程监理有限公司",
    tender_date=date(2025, 4, 22), contract_date=date(2025, 5, 6), start_date=date(2025, 5, 12),
    period_end=date(2026, 5, 11), report_date=date(2025, 12, 18), spent=D("236.40"), savings=D("8.60"),
    agent="巫山县公共资源交易中心",
)

WS_ADJ_CLEAN = Adjustment(
    approved_total=D("600.00"), approval_no="巫山发改投〔2025〕17号", approval_date=date(2025, 3, 12),
    filing_date=date(2025, 11, 6), reason="二",
    why="为适配国产化终端并减少重复采购，对原技术方案进行完善优化，将部分自建资源改为县政务云资源。",
    changes=(
        Change("优质资源共享系统（增加同步课堂功能）", 1, "96.00", 1, "150.00", "参数调整"),
        Change("智慧课堂终端", 120, "144.00", 90, "108.00", "数量调整"),
        Change("学校网络设备（改用县政务云及电子政务外网资源）", 42, "84.00", 42, "62.50", "参数调整"),
    ),
)

# 调增 60.00 / 调减 60.00 of 600: exactly 10% — “不超过” includes it
WS_ADJ_10 = replace(WS_ADJ_CLEAN, filing_date=date(2025, 11, 13), changes=(
    Change("优质资源共享系统（增加同步课堂功能）", 1, "96.00", 1, "156.00", "参数调整"),
    Change("智慧课堂终端", 120, "144.00", 80, "96.00", "数量调整"),
    Change("学校网络设备（改用县政务云及电子政务外网资源）", 42, "84.00", 42, "72.00", "参数调整"),
))

# 调增 60.06 / 调减 60.06 of 600: 10.01% > 10%
WS_ADJ_OVER_10 = replace(WS_ADJ_CLEAN, filing_date=date(2025, 11, 20), changes=(
    Change("优质资源共享系统（增加同步课堂功能）", 1, "96.00", 1, "156.06", "参数调整"),
    Change("智慧课堂终端", 120, "144.00", 80, "96.00", "数量调整"),
    Change("学校网络设备（改用县政务云及电子政务外网资源）", 42, "84.00", 42, "71.94", "参数调整"),
))

# 调增 48 / 调减 30 of 600 (8% ≤ 10%) — but the total rises to 618
WS_ADJ_RAISES = replace(WS_ADJ_CLEAN, filing_date=date(2025, 11, 27), changes=(
    Change("优质资源共享系统（增加同步课堂功能）", 1, "96.00", 1, "144.00", "参数调整"),
    Change("智慧课堂终端", 120, "144.00", 95, "114.00", "数量调整"),
))

WS_ACC = Acceptance(
    approval_no="巫山发改投〔2024〕31号", approval_date=date(2024, 3, 19),
    contractor="重庆智汇人社科技有限公司", supervisor="重庆渝正工程监理有限公司",
    contract_date=date(2024, 6, 3), start_date=date(2024, 6, 10), completion_date=date(2025, 10, 31),
    period_end=date(2025, 12, 31), preliminary_date=date(2025, 10, 20), trial_start=date(2025, 8, 1),
    trial_stable=date(2025, 10, 31), application_date=date(2026, 2, 10), audit_date=date(2026, 1, 16),
    archive_date=date(2026, 1, 23), savings=D("6.80"),
    auditor="重庆三峡会计师事务所有限公司", mlps_org="重庆市信息安全测评中心",
    crypto_org="重庆密码应用测评有限公司", test_org="重庆市软件评测中心", audit_prefix="三峡会审字",
)

WS_REVIEW = Review(
    approval_no="巫山发改投〔2023〕12号", approval_date=date(2023, 2, 20), accepted=date(2024, 1, 18),
    live=date(2023, 12, 1), report_date=date(2025, 6, 20), contractor="重庆应急智联科技有限公司",
    spent=D("321.50"),
)
