"""湖南省直 (hunan)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Callable

from builder.forms import data_form
from builder.place import load_place
from builder.model import Docx, Sec, Spec, T
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
from builder.documents import crypto_plan, letter, plan_document, report
from builder.adjustment import Adjustment, Change, adjustment_table
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
    security_policy_doc,
    supervision_contract_doc,
    tender_notice,
)

# =========================================================================== 湖南省直 (hunan)
# 湖南省省直单位政务信息系统项目管理办法 (catalog §1). 省直单位 apply to the 省党政系统信息化工作领导小组's
# annual plan at the end of the year before (第六条), pass the 前置审查 of the 省政务局 (非涉密, 第七条), are
# approved by the 省发展改革委 (可研, 初步设计, 概算: 第九条), with an 专家审查 at 计划投资 ≥ 500万 (第十一条).

HN_REFORM = load_place("hunan").units["reform"]
HN_GOV_AFFAIRS = load_place("hunan").units["gov_affairs"]

HUNAN = locale_of("hunan")

HN_REASONS = load_place("hunan").reasons

HN_EMPLOYMENT = Project(
    name="湖南省就业创业“一件事”集成服务平台建设项目",
    system="湖南省就业创业一件事集成服务平台",
    unit="湖南省人力资源和社会保障厅",
    region="湖南省",
    level="省直单位",
    total=D("680.00"),
    funding="省财政",
    plan_year=2026,
    application_date=date(2025, 12, 12),
    leader="谭建军",
    phone="0731-84890312",
    users="全省14个市州、122个县市区人社部门经办人员，省内高校毕业生、农民工等求职者及用人单位",
    background=(
        "全省城镇新增就业年均70万人以上，就业登记、失业登记、职业介绍、创业担保贷款等业务分散在"
        "5套省级系统办理，群众需多头申请、重复提交材料。",
        "实现就业创业服务“一件事一次办”，就业登记、创业补贴等高频事项全程网办率达到90%以上。",
    ),
    status=("现有湖南省公共就业服务信息系统建于2016年，采用单体架构，不支持与省一体化政务服务平台"
            "和省政务数据共享交换平台的接口调用。",),
    upgrade_gap=("现有系统核心组件厂商已停止维护，数据库为非国产产品，经评估升级改造需重构70%以上代码，"
                 "不能通过升级改造满足集成服务需求，故新建平台，原系统数据迁移后下线。"),
    duplication="人社部就业信息监测平台负责全国数据汇总，本平台只建设省级集成受理和服务功能，通过接口上报数据。",
    needs=(
        ("业务需求", "就业创业“一件事”集成受理、并联审批、结果统一送达，补贴资金直达个人。"),
        ("功能需求", "需具备集成受理、智能匹配岗位、创业补贴审核、就业监测分析功能。"),
        ("数据需求", "需共享获取户籍、市场主体登记、社保参保等数据，不重复采集。"),
    ),
    modules=(
        Module("一件事集成受理", "就业登记、失业登记、创业补贴等事项一表申请、并联办理。"),
        Module("岗位智能匹配", "根据求职者技能画像推荐岗位，推送招聘信息。"),
        Module("创业补贴审核", "创业补贴、担保贷款贴息在线审核和资金直达。"),
        Module("就业监测分析", "全省就业形势监测、重点群体跟踪分析。"),
    ),
    data_out=(
        DataRes("湖南省就业登记信息", "登记编号、姓名、公民身份号码、就业单位、登记日期", update="实时"),
        DataRes("湖南省创业补贴发放信息", "补贴编号、申请人、补贴类型、发放金额、发放日期"),
    ),
    data_in=(DataNeed("户籍人口信息", "湖南省公安厅"),
             DataNeed("市场主体登记信息", "湖南省市场监督管理局"),
             DataNeed("社会保险参保信息", "湖南省社会保险服务中心")),
    indicators=(
        Indicator("产出指标", "数量指标", "集成办理“一件事”数", "≥6件"),
        Indicator("产出指标", "质量指标", "系统可用率", "≥99.9%"),
        Indicator("效益指标", "社会效益指标", "高频事项全程网办率", "≥90%"),
        Indicator("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥95%"),
    ),
    works=(
        Item("一件事集成受理系统开发", 1, "236.00", "定制开发"),
        Item("岗位智能匹配及就业监测分析系统开发", 1, "168.00", "定制开发"),
        Item("创业补贴审核系统开发", 1, "96.00", "定制开发"),
        db_item("42.00"),
        Item("国产应用服务器中间件", 1, "18.00", "列入安全可靠测评结果", "license"),
        Item("数据库审计设备", 2, "12.00", "部署于省政务云安全区", "hardware"),
        Item(CRYPTO_SVC, 1, "26.00", "接入省级密码服务平台，签名验签及加密服务", "service"),
    ),
    mlps="第三级",
    months=18,
    implementing_body="湖南省人力资源和社会保障厅信息中心",
    designer="湖南省数字政府研究院有限公司",
    loc=HUNAN,
)


def hn_project(**kw) -> Project:
    return replace(HN_EMPLOYMENT, **kw)


HN_MARKET = hn_project(
    name="湖南省智慧市场监管一体化平台建设项目",
    system="湖南省智慧市场监管一体化平台",
    unit="湖南省市场监督管理局",
    total=D("860.00"),
    application_date=date(2025, 12, 5),
    leader="易志刚",
    phone="0731-88617230",
    code="2601-430000-04-01-635218",
    users="全省市场监管系统执法人员约2.6万人，全省约780万户经营主体",
    background=(
        "全省经营主体约780万户，市场监管业务涉及登记注册、信用监管、执法办案、产品质量等20余个系统，"
        "数据标准不一，“双随机、一公开”监管与信用风险分类结合不够。",
        "建成全省统一的智慧市场监管一体化平台，实现监管数据一个库、执法办案一张网、信用风险一张图。",
    ),
    status=("现有各业务系统分别建于2014—2020年，分散部署于局机房，未统一迁移至省政务云。",),
    upgrade_gap=("现有系统多为单体架构且分属不同厂商，经评估不能通过升级改造实现数据融合和业务协同，"
                 "故新建一体化平台，原有系统按计划整合迁移后关停。"),
    duplication="国家市场监管总局已建国家企业信用信息公示系统，本平台通过接口复用公示数据，不重复建设公示功能。",
    modules=(
        Module("监管数据中心", "汇聚登记、许可、抽检、投诉举报数据，形成经营主体全景画像。"),
        Module("信用风险分类监管", "经营主体信用风险自动分类，与“双随机、一公开”抽查联动。"),
        Module("执法办案一张网", "全省统一的行政执法办案和移动执法系统。"),
        Module("监管驾驶舱", "全省市场监管态势可视化分析。"),
    ),
    data_out=(
        DataRes("湖南省经营主体信用风险分类信息", "统一社会信用代码、主体名称、风险等级、分类日期"),
        DataRes("湖南省市场监管行政处罚信息", "处罚决定书文号、当事人、违法行为、处罚结果", share="无条件共享",
                open="无条件开放"),
    ),
    data_in=(DataNeed("纳税信用等级信息", "国家税务总局湖南省税务局"),
             DataNeed("社会保险参保信息", "湖南省人力资源和社会保障厅")),
    indicators=(
        Indicator("产出指标", "数量指标", "整合业务系统数", "≥12个"),
        Indicator("产出指标", "质量指标", "监管数据归集完整率", "≥98%"),
        Indicator("效益指标", "社会效益指标", "无事不扰经营主体比例", "≥70%"),
        Indicator("满意度指标", "服务对象满意度指标", "经营主体满意度", "≥90%"),
    ),
    works=(
        Item("监管数据中心建设", 1, "218.00", "定制开发"),
        Item("信用风险分类监管系统开发", 1, "166.00", "定制开发"),
        Item("执法办案一张网系统开发", 1, "188.00", "定制开发"),
        Item("监管驾驶舱开发", 1, "72.00", "定制开发"),
        db_item("48.00"),
        Item("移动执法终端", 40, "0.80", "国产终端", "hardware"),
        Item(CRYPTO_SVC, 1, "28.00", "接入省级密码服务平台，签名验签及加密服务", "service"),
    ),
    implementing_body="湖南省市场监督管理局信息中心",
)

HN_TRANSPORT = hn_project(
    name="湖南省农村公路数字化管理平台建设项目",
    system="湖南省农村公路数字化管理平台",
    unit="湖南省交通运输厅",
    total=D("500.00"),
    application_date=date(2025, 12, 8),
    leader="龙海波",
    phone="0731-88770526",
    code="2601-430000-04-01-635907",
    mlps="第二级",
    months=12,
    users="全省122个县市区交通运输部门、1900余个乡镇农村公路管理站的管养人员",
    background=(
        "全省农村公路里程约21万公里，路况巡查、养护计划和资金拨付依靠纸质台账，底数不清、养护不及时。",
        "建成全省农村公路“一张图”，路况自动评定率达到80%，养护资金按路况精准安排。",
    ),
    status=("现有公路管理系统只覆盖国省干线，农村公路数据分散在各县市区的电子表格中。",),
    upgrade_gap=("国省干线公路管理系统由交通运输部统一部署，不能扩展至农村公路，故新建本平台并与其数据对接。"),
    duplication="交通运输部全国农村公路基础数据平台负责全国汇总，本平台通过接口上报，不重复建设汇总功能。",
    modules=(
        Module("农村公路一张图", "全省农村公路路网、桥梁、隧道电子地图和属性管理。"),
        Module("路况巡查", "巡查人员移动端巡查上报和病害处置闭环。"),
        Module("养护管理", "养护计划编制、工程管理和资金拨付跟踪。"),
    ),
    data_out=(DataRes("湖南省农村公路路况信息", "路线编码、路段、路况等级、评定日期"),),
    data_in=(DataNeed("行政区划信息", "湖南省民政厅"),),
    indicators=(
        Indicator("产出指标", "数量指标", "入图农村公路里程", "≥21万公里"),
        Indicator("效益指标", "社会效益指标", "路况自动评定率", "≥80%"),
        Indicator("满意度指标", "服务对象满意度指标", "管养人员满意度", "≥90%"),
    ),
    works=(
        Item("农村公路一张图系统开发", 1, "168.00", "定制开发"),
        Item("路况巡查移动端开发", 1, "86.00", "定制开发"),
        Item("养护管理系统开发", 1, "118.00", "定制开发"),
        db_item("32.00"),
        Item("巡查移动终端", 60, "0.50", "国产终端", "hardware"),
        Item(CRYPTO_SVC, 1, "19.00", "接入省级密码服务平台", "service"),
    ),
    implementing_body="湖南省交通运输厅信息中心",
)

HN_LAND = hn_project(
    name="湖南省自然资源“一码管地”信息平台建设项目",
    system="湖南省自然资源一码管地信息平台",
    unit="湖南省自然资源厅",
    total=D("720.00"),
    plan_year=2025,
    application_date=date(2024, 12, 10),
    leader="罗世明",
    phone="0731-89991236",
    code="2501-430000-04-01-508236",
    users="全省自然资源部门审批、登记、执法人员",
    modules=(
        Module("地块赋码", "对全省用地地块统一赋码，贯穿规划、供地、登记全流程。"),
        Module("全生命周期管理", "按地块码归集审批、供应、利用、登记信息。"),
        Module("用地监测预警", "闲置、低效用地自动预警。"),
    ),
    data_out=(DataRes("湖南省地块全生命周期信息", "地块码、坐落、用途、审批文号、登记状态"),),
    works=(
        Item("地块赋码系统开发", 1, "196.00", "定制开发"),
        Item("地块全生命周期管理系统开发", 1, "238.00", "定制开发"),
        Item("用地监测预警系统开发", 1, "126.00", "定制开发"),
        db_item("46.00"),
        Item(CRYPTO_SVC, 1, "26.00", "接入省级密码服务平台", "service"),
    ),
    implementing_body="湖南省自然资源厅信息中心",
)

HN_EXAM = hn_project(
    name="湖南省教育考试综合管理平台建设项目",
    system="湖南省教育考试综合管理平台",
    unit="湖南省教育厅",
    total=D("1000.00"),
    plan_year=2025,
    code="2501-430000-04-01-507741",
    leader="彭立新",
    phone="0731-84714926",
    implementing_body="湖南省教育考试院信息技术处",
    modules=(Module("考务管理", ""), Module("标准化考点视频巡查", ""), Module("网上评卷", ""),
             Module("考试数据分析", "")),
)

HN_HEALTH = hn_project(
    name="湖南省“互联网+医疗健康”便民服务平台建设项目",
    system="湖南省互联网医疗健康便民服务平台",
    unit="湖南省卫生健康委员会",
    total=D("640.00"),
    plan_year=2024,
    application_date=date(2023, 12, 12),
    code="2401-430000-04-01-316582",
    leader="胡晓兰",
    phone="0731-84822015",
    users="全省二级以上公立医院、基层医疗卫生机构及就医群众",
    modules=(
        Module("预约挂号", "全省二级以上公立医院号源统一预约。"),
        Module("电子健康卡", "电子健康卡申领和跨院通用。"),
        Module("检查检验结果互认", "省内医疗机构检查检验结果调阅互认。"),
        Module("便民支付", "诊间支付和医保移动支付。"),
    ),
    data_out=(
        DataRes("湖南省电子健康卡信息", "卡号、姓名、公民身份号码、发卡机构", update="实时"),
        DataRes("湖南省检查检验结果互认信息", "报告编号、检查项目、检查机构、检查日期"),
    ),
    works=(
        Item("预约挂号及便民支付系统开发", 1, "168.00", "定制开发"),
        Item("电子健康卡系统开发", 1, "126.00", "定制开发"),
        Item("检查检验结果互认系统开发", 1, "188.00", "定制开发"),
        db_item("42.00"),
        Item("数据库审计设备", 1, "12.00", "部署于省政务云安全区", "hardware"),
        Item(CRYPTO_SVC, 1, "22.00", "接入省级密码服务平台", "service"),
    ),
    implementing_body="湖南省卫生健康委员会统计信息中心",
)

HN_EMERGENCY = hn_project(
    name="湖南省应急指挥综合应用平台建设项目",
    system="湖南省应急指挥综合应用平台",
    unit="湖南省应急管理厅",
    total=D("780.00"),
    plan_year=2023,
    application_date=date(2022, 12, 9),
    code="2301-430000-04-01-203519",
    leader="曾国华",
    phone="0731-89760118",
    users="省、市、县三级应急管理部门指挥人员",
    modules=(
        Module("综合监测预警", "汇聚气象、水文、地质灾害监测数据，分级预警。"),
        Module("指挥调度", "融合通信、视频会商和力量调度。"),
        Module("应急资源管理", "救援队伍、物资、装备一张图管理。"),
    ),
    data_out=(DataRes("湖南省应急救援物资储备信息", "物资名称、储备点、数量、更新时间"),),
    works=(
        Item("综合监测预警系统开发", 1, "260.00", "定制开发"),
        Item("指挥调度系统开发", 1, "230.00", "定制开发"),
        Item("应急资源管理系统开发", 1, "126.00", "定制开发"),
        db_item("48.00"),
        Item(CRYPTO_SVC, 1, "24.00", "接入省级密码服务平台", "service"),
    ),
    implementing_body="湖南省应急管理厅科技和信息化处",
)


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
    """第七条 前置审查 of the 省政务局, with the 第四条 department reviews bundled (§A-9)."""
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
    acc_like = Acceptance(
        approval_no=r.approval_no, approval_date=r.approval_date, contractor=r.contractor,
        supervisor="", contract_date=r.approval_date, start_date=r.approval_date,
        completion_date=r.live, period_end=r.live, preliminary_date=r.live - timedelta(days=19),
        trial_start=r.live, trial_stable=r.live, application_date=r.accepted, audit_date=r.accepted,
        archive_date=r.accepted, savings=D("0"), crypto_org="湖南湘密测评技术有限公司",
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

HN_LAND_BUILD = Build(
    approval_no="湘发改高技〔2025〕186号", approval_date=date(2025, 4, 18), approver=HN_REFORM,
    contractor="湖南星图数智科技有限公司", supervisor="湖南湘咨工程监理有限公司",
    tender_date=date(2025, 6, 20), contract_date=date(2025, 7, 2), start_date=date(2025, 7, 8),
    period_end=date(2026, 6, 30), report_date=date(2026, 2, 5), spent=D("318.60"), savings=D("21.40"),
    agent="湖南省公共资源交易中心",
)

HN_ADJ_CLEAN = Adjustment(
    approved_total=D("1000.00"), approval_no="湘发改高技〔2025〕97号", approval_date=date(2025, 3, 28),
    filing_date=date(2025, 11, 18), reason="一",
    why="为适配国产化运行环境、提高网上评卷并发能力，对原技术方案进行优化完善。",
    changes=(
        Change("网上评卷系统（增加主观题智能辅助评分）", 1, "180.00", 1, "252.00", "参数调整"),
        Change("标准化考点视频巡查终端", 600, "240.00", 480, "192.00", "数量调整"),
        Change("考试数据分析系统", 1, "160.00", 1, "208.00", "参数调整"),
        Change("考务管理服务器（改用省政务云资源）", 12, "156.00", 4, "76.00", "数量调整"),
    ),
)

HN_ADJ_OVER_15 = replace(
    HN_ADJ_CLEAN, filing_date=date(2025, 12, 2),
    changes=(
        Change("网上评卷系统（增加主观题智能辅助评分）", 1, "180.00", 1, "258.10", "参数调整"),
        Change("标准化考点视频巡查终端", 600, "240.00", 450, "180.00", "数量调整"),
        Change("考试数据分析系统", 1, "160.00", 1, "232.00", "参数调整"),
        Change("考务管理服务器（改用省政务云资源）", 12, "156.00", 3, "65.90", "数量调整"),
    ),
)

# 调增 150.00 / 调减 150.00 of 1000: exactly 15% — “不超过” includes it
HN_ADJ_15 = replace(
    HN_ADJ_CLEAN, filing_date=date(2025, 11, 26),
    changes=(
        Change("网上评卷系统（增加主观题智能辅助评分）", 1, "180.00", 1, "258.00", "参数调整"),
        Change("标准化考点视频巡查终端", 600, "240.00", 450, "180.00", "数量调整"),
        Change("考试数据分析系统", 1, "160.00", 1, "232.00", "参数调整"),
        Change("考务管理服务器（改用省政务云资源）", 12, "156.00", 3, "66.00", "数量调整"),
    ),
)

HN_ACC = Acceptance(
    approval_no="湘发改高技〔2024〕112号", approval_date=date(2024, 4, 16),
    contractor="湖南健康云数科技有限公司", supervisor="湖南湘咨工程监理有限公司",
    contract_date=date(2024, 6, 18), start_date=date(2024, 6, 25), completion_date=date(2025, 9, 30),
    period_end=date(2025, 10, 31), preliminary_date=date(2025, 9, 12), trial_start=date(2025, 7, 1),
    trial_stable=date(2025, 9, 30), application_date=date(2026, 1, 15), audit_date=date(2025, 12, 26),
    archive_date=date(2026, 1, 6), savings=D("18.60"),
    auditor="湖南天正会计师事务所有限公司", mlps_org="湖南省网络安全测评中心",
    crypto_org="湖南湘密测评技术有限公司", test_org="湖南省软件评测中心", audit_prefix="湘天正审字",
)

# 建成 2025-06-30 → 竣工验收 to be applied for by 2025-12-30; applied 2026-01-15.
HN_ACC_LATE = replace(HN_ACC, completion_date=date(2025, 6, 30), preliminary_date=date(2025, 6, 20),
                      trial_start=date(2025, 4, 1), trial_stable=date(2025, 6, 30), period_end=date(2025, 7, 31))

HN_REVIEW = Review(
    approval_no="湘发改高技〔2023〕58号", approval_date=date(2023, 3, 20), accepted=date(2025, 1, 20),
    live=date(2024, 10, 15), report_date=date(2025, 12, 20), contractor="湖南应急智联科技有限公司",
    spent=D("752.30"),
)
