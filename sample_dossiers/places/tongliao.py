"""通辽市 (tongliao): projects, dossiers and specs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Callable

from builder.model import Docx, Spec
from builder.project import (
    D,
    DataNeed,
    DataRes,
    Indicator,
    Item,
    Module,
    Project,
    crypto_item,
    db_item,
)
from builder.budget import budget_workbook
from builder.chapters import PLAN_TITLES
from builder.documents import (
    annual_plan_excerpt,
    approval_form,
    approval_request,
    assessment_report,
    crypto_plan,
    data_catalog_workbook,
    library_application,
    mlps_filing,
    plan_document,
    pre_review_opinion,
    secure_reliable_statement,
)
from builder.adjustment import (
    Adjustment,
    Change,
    adjustment_filing,
    adjustment_table,
    approval_reply,
)
from builder.acceptance import (
    ACCEPTANCE_MATERIALS,
    Acceptance,
    acceptance_application,
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

# =========================================================================== projects (what units write)
KEERQIN_ONE_WINDOW = Project(
    name="科尔沁区“一网通办”政务服务综合受理平台建设项目",
    system="科尔沁区政务服务综合受理平台",
    unit="通辽市科尔沁区政务服务与数据管理局",
    region="科尔沁区",
    level="旗县市区",
    total=D("70.00"),
    funding="区财政",
    plan_year=2026,
    application_date=date(2025, 7, 15),
    leader="孙立伟",
    phone="0475-8212345",
    users="科尔沁区政务服务中心42个进驻部门窗口人员、12个苏木乡镇（街道）便民服务中心工作人员及办事企业群众",
    background=(
        "科尔沁区政务服务中心现有进驻部门42个、政务服务事项1368项，年办件量约46万件；"
        "12个苏木乡镇（街道）便民服务中心和186个嘎查村（社区）便民服务站承担基层代办服务。",
        "实现全区政务服务事项“一窗受理、集成服务、一网通办”，企业和群众办事平均跑动次数降至0.3次以下。",
    ),
    status=(
        "目前各进驻部门使用自治区、市、区三级共23套业务系统分别受理，窗口人员需在多个系统间重复录入"
        "申请信息，综合窗口改革缺乏统一的受理系统支撑。",
        "区级现有政务服务事项管理系统建于2019年，仅具备事项公示功能，不支持与政务数据共享交换平台对接"
        "和电子证照调用。",
    ),
    upgrade_gap=(
        "现有政务服务事项管理系统采用单体架构和非国产数据库，仅提供事项公示功能，不具备统一受理、"
        "分办流转和数据共享能力。经评估，通过升级改造满足需求需重构80%以上代码并更换数据库，改造费用"
        "接近新建且无法满足安全可靠要求，故不能通过原有系统升级改造满足需求，采用新建方式，"
        "原系统事项公示功能迁移后下线。"
    ),
    duplication=(
        "自治区一体化政务服务平台（蒙速办）已提供网上申报和统一身份认证，本项目不重复建设网上申报门户，"
        "仅建设线下综合窗口受理、分办和出件功能，并通过接口与蒙速办对接，网上申报件统一推送至综合受理平台。"
    ),
    needs=(
        ("业务需求", "实现综合窗口无差别受理，申请材料一次录入、多部门共享，办件全程留痕、可追溯。"),
        ("功能需求", "需具备统一受理、分办流转、材料共享、电子证照调用、出件管理、好差评对接和统计分析等功能。"),
        ("数据需求", "需调用人口基础信息、法人单位基础信息、电子证照等共享数据，产生的办件信息按要求"
                     "汇聚至市政务数据共享交换平台。"),
    ),
    modules=(
        Module("综合受理", "提供无差别综合受理窗口，支持身份证读卡、电子证照调用、材料扫描和一次录入多事项复用。"),
        Module("分办流转", "按事项自动分派至部门审批系统或后台审批人员，实现办理进度实时跟踪和超期预警。"),
        Module("材料共享库", "建立申请材料共享库，已提交材料和电子证照免于重复提交。"),
        Module("出件管理", "统一出件窗口，支持邮寄送达和证照领取短信提醒。"),
        Module("统计分析", "按部门、事项、窗口统计办件量、办理时长和满意度。"),
    ),
    data_out=(
        DataRes("科尔沁区政务服务办件信息", "办件编号、事项名称、申请人、受理时间、办结时间、办理结果",
                update="实时"),
        DataRes("科尔沁区政务服务申请材料目录", "材料名称、材料类型、关联事项、来源", share="无条件共享",
                open="有条件开放"),
        DataRes("科尔沁区综合窗口服务评价信息", "评价编号、办件编号、评价等级、评价时间"),
    ),
    data_in=(
        DataNeed("人口基础信息", "通辽市公安局"),
        DataNeed("法人单位基础信息", "通辽市市场监督管理局"),
        DataNeed("电子证照信息", "内蒙古自治区政务服务与数据管理局"),
    ),
    indicators=(
        Indicator("产出指标", "数量指标", "接入政务服务事项数", "≥1200项"),
        Indicator("产出指标", "质量指标", "系统可用率", "≥99.9%"),
        Indicator("产出指标", "时效指标", "建设周期", "≤12个月"),
        Indicator("效益指标", "社会效益指标", "办事平均跑动次数", "≤0.3次"),
        Indicator("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥95%"),
    ),
    works=(
        Item("综合受理平台应用软件开发", 1, "36.00", "定制开发"),
        Item("电子证照及共享交换平台接口开发", 1, "6.50", "定制开发"),
        db_item("4.80"),
        Item("国产应用服务器中间件", 1, "2.20", "列入安全可靠测评结果", "license"),
        Item("高拍仪及身份证阅读器", 20, "0.18", "综合窗口配套设备", "hardware"),
        crypto_item("3.90"),
    ),
    implementing_body="科尔沁区政务服务与数据管理局数据管理科",
)


def county_project(**kw) -> Project:
    """A 旗县市区 政务服务 project of the local 政务服务与数据管理局 (TL-8a: it applies itself)."""
    return replace(KEERQIN_ONE_WINDOW, **kw)


NAIMAN_RATING = county_project(
    name="奈曼旗政务服务“好差评”及效能监督系统建设项目",
    system="奈曼旗政务服务“好差评”及效能监督系统",
    unit="奈曼旗政务服务与数据管理局",
    region="奈曼旗",
    total=D("59.99"),
    funding="旗县财政",
    application_date=date(2025, 7, 22),
    leader="包海龙",
    phone="0475-4212618",
    users="奈曼旗政务服务中心、15个苏木乡镇便民服务中心窗口人员及办事企业群众",
    background=(
        "奈曼旗政务服务中心进驻部门36个，年办件量约21万件，现行纸质评价和电话回访方式覆盖率不足30%。",
        "实现政务服务评价全覆盖、差评整改全闭环，政务服务效能可量化、可考核。",
    ),
    status=("窗口评价依赖纸质评价表，评价数据无法实时汇总，差评整改缺乏跟踪手段。",),
    upgrade_gap=("旗内无可供升级改造的评价系统；蒙速办“好差评”系统仅覆盖网办渠道，不能通过升级"
                 "原有系统满足窗口和基层站点评价需求，故新建本系统并与蒙速办“好差评”系统对接。"),
    duplication="本系统评价数据统一推送至自治区政务服务“好差评”系统，不重复建设网办评价功能。",
    modules=(
        Module("窗口评价", "窗口评价器、二维码评价和短信评价多渠道采集评价数据。"),
        Module("差评核实整改", "差评自动派发、核实、整改、回访闭环管理。"),
        Module("效能监督", "对超时办理、推诿扯皮等情形实时预警和督办。"),
        Module("评价分析", "按部门、窗口、事项分析评价结果并生成效能报告。"),
    ),
    data_out=(
        DataRes("奈曼旗政务服务评价信息", "评价编号、办件编号、评价渠道、评价等级、评价时间", update="实时"),
        DataRes("奈曼旗差评整改信息", "差评编号、整改部门、整改措施、回访结果"),
    ),
    data_in=(DataNeed("政务服务办件信息", "通辽市大数据中心"),
             DataNeed("人口基础信息", "通辽市公安局")),
    indicators=(
        Indicator("产出指标", "数量指标", "评价渠道覆盖窗口数", "≥120个"),
        Indicator("产出指标", "质量指标", "差评整改率", "100%"),
        Indicator("效益指标", "社会效益指标", "主动评价率", "≥90%"),
        Indicator("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥95%"),
    ),
    works=(
        Item("好差评及效能监督系统应用软件开发", 1, "30.00", "定制开发"),
        Item("窗口评价器及评价终端", 24, "0.20", "进驻窗口配套", "hardware"),
        Item("与蒙速办“好差评”系统接口开发", 1, "5.50", "定制开发"),
        db_item("4.20"),
        crypto_item("3.20"),
    ),
    implementing_body="奈曼旗政务服务与数据管理局电子政务股",
    needs=(
        ("业务需求", "窗口、站点、网办全渠道评价数据统一采集，差评100%核实整改和回访。"),
        ("功能需求", "需具备多渠道评价、差评核实整改、效能预警督办和评价分析功能。"),
        ("数据需求", "需获取政务服务办件信息以关联评价，评价数据推送至自治区“好差评”系统。"),
    ),
)

JARUD_OUTREACH = county_project(
    name="扎鲁特旗苏木乡镇便民服务“一网通办”延伸系统建设项目",
    system="扎鲁特旗便民服务“一网通办”延伸系统",
    unit="扎鲁特旗政务服务与数据管理局",
    region="扎鲁特旗",
    total=D("60.00"),
    funding="旗县财政",
    application_date=date(2025, 7, 25),
    leader="乌云毕力格",
    phone="0475-7212306",
    users="扎鲁特旗16个苏木乡镇便民服务中心、238个嘎查村便民服务站工作人员及农牧民群众",
    background=(
        "扎鲁特旗地域辽阔，农牧民到旗政务服务中心办事平均往返路程超过120公里，基层代办服务缺乏系统支撑。",
        "实现高频政务服务事项在苏木乡镇、嘎查村就近可办、帮办代办。",
    ),
    status=("苏木乡镇便民服务中心通过电话、微信与旗直部门沟通代办事项，办件信息无法留痕和统计。",),
    upgrade_gap=("旗内无覆盖基层的受理系统可供升级改造；蒙速办提供网上申报但不支持代办人员帮办和"
                 "纸质材料流转，不能通过升级原有系统满足需求，故新建延伸系统。"),
    duplication="系统复用蒙速办统一身份认证和事项库，不重复建设事项管理和网上申报功能。",
    modules=(
        Module("帮办代办", "基层工作人员代群众申报，材料扫描上传，办理进度推送。"),
        Module("移动服务", "嘎查村便民服务站移动端受理和上门服务登记。"),
        Module("自助服务", "苏木乡镇自助服务终端提供社保、医保、不动产等查询打印。"),
        Module("基层服务统计", "统计基层办件量、代办量和群众评价。"),
    ),
    data_out=(
        DataRes("扎鲁特旗基层代办办件信息", "办件编号、事项名称、代办人、受理时间、办结时间", update="实时"),
        DataRes("扎鲁特旗便民服务站点信息", "站点名称、所属苏木乡镇、地址、服务事项", share="无条件共享",
                open="无条件开放", update="每月"),
    ),
    data_in=(DataNeed("人口基础信息", "通辽市公安局"),
             DataNeed("社会保障卡信息", "通辽市人力资源和社会保障局")),
    indicators=(
        Indicator("产出指标", "数量指标", "覆盖嘎查村便民服务站数", "≥238个"),
        Indicator("产出指标", "数量指标", "可代办事项数", "≥150项"),
        Indicator("效益指标", "社会效益指标", "群众到旗办事次数减少", "≥40%"),
        Indicator("满意度指标", "服务对象满意度指标", "农牧民群众满意度", "≥95%"),
    ),
    works=(
        Item("便民服务延伸系统应用软件开发", 1, "29.00", "定制开发"),
        Item("嘎查村代办服务移动端开发", 1, "6.00", "定制开发"),
        Item("自助服务终端", 4, "1.35", "苏木乡镇便民服务中心", "hardware"),
        db_item("4.20"),
        crypto_item("3.20"),
    ),
    implementing_body="扎鲁特旗政务服务与数据管理局数据管理股",
    needs=(
        ("业务需求", "高频事项在苏木乡镇、嘎查村帮办代办，办件全程留痕，办理进度实时推送。"),
        ("功能需求", "需具备帮办代办、移动受理、自助查询打印和基层服务统计功能。"),
        ("数据需求", "需获取人口基础信息和社会保障卡信息用于身份核验和业务查询。"),
    ),
)

KAILU_HOTLINE_UPGRADE = county_project(
    name="开鲁县12345政务服务便民热线系统升级改造项目",
    system="开鲁县12345政务服务便民热线系统",
    unit="开鲁县政务服务与数据管理局",
    region="开鲁县",
    nature="升级改造",
    original_investment=D("500.00"),
    total=D("60.00"),
    funding="旗县财政",
    application_date=date(2025, 7, 18),
    leader="王振宇",
    phone="0475-6212345",
    users="开鲁县12345热线坐席人员、68个承办单位工作人员及来电企业群众",
    background=(
        "开鲁县12345政务服务便民热线于2021年建成运行，年受理来电及网络诉求约9.6万件。",
        "提升热线智能派单和知识库服务能力，诉求按时办结率达到98%以上。",
    ),
    status=("现有系统派单依赖人工判断，知识库检索效率低，数据库为非国产产品。",),
    upgrade_gap=("原系统于2021年建成，批复投资500.00万元，运行稳定。本次在原系统基础上升级改造智能派单、"
                 "知识库和智能质检功能，并完成数据库国产化迁移，不新建系统。"),
    duplication="热线数据按要求汇聚至通辽市12345热线平台，不重复建设市级热线功能。",
    modules=(
        Module("智能派单", "基于诉求内容和历史工单自动推荐承办单位。"),
        Module("知识库升级", "知识库全文检索和一问一答，坐席直接答复率提升。"),
        Module("智能质检", "语音转写和通话智能质检。"),
    ),
    data_out=(DataRes("开鲁县12345热线工单信息", "工单编号、诉求类型、承办单位、办结时间、满意度",
                      update="实时"),),
    data_in=(DataNeed("人口基础信息", "通辽市公安局"),),
    indicators=(
        Indicator("产出指标", "质量指标", "智能派单准确率", "≥90%"),
        Indicator("效益指标", "社会效益指标", "诉求按时办结率", "≥98%"),
        Indicator("满意度指标", "服务对象满意度指标", "来电群众满意度", "≥95%"),
    ),
    works=(
        Item("热线工单系统智能化升级开发（智能派单、知识库）", 1, "26.00", "定制开发"),
        Item("语音识别及智能质检模块", 1, "8.50", "定制开发"),
        Item("坐席终端更新", 10, "0.60", "国产终端", "hardware"),
        Item("国产数据库迁移服务", 1, "4.00", "原数据库国产化迁移", "service"),
        crypto_item("3.20"),
    ),
    implementing_body="开鲁县政务服务与数据管理局12345热线中心",
    needs=(
        ("业务需求", "诉求智能分类和派单，坐席知识库快速检索，通话质量全量质检。"),
        ("功能需求", "需升级智能派单、知识库和智能质检功能，完成数据库国产化迁移。"),
        ("数据需求", "热线工单数据按要求汇聚至市12345热线平台和政务数据共享交换平台。"),
    ),
)


def city_project(**kw) -> Project:
    """A 市本级 专业数字化项目 of a 市直部门."""
    base = replace(KEERQIN_ONE_WINDOW, region="通辽市", level="市本级", funding="市财政",
                   designer="通辽市数字政府研究院有限公司")
    return replace(base, **kw)


TONGLIAO_MEDICAL_INSURANCE = city_project(
    name="通辽市医保基金智能监管辅助系统建设项目",
    system="通辽市医保基金智能监管辅助系统",
    unit="通辽市医疗保障局",
    total=D("79.99"),
    application_date=date(2025, 7, 20),
    leader="刘晓东",
    phone="0475-8861302",
    users="通辽市及各旗县市区医保经办机构、基金监管人员，全市1862家定点医药机构",
    background=(
        "全市现有定点医药机构1862家，年医保结算约3100万人次，基金监管主要依靠人工抽查和事后审核。",
        "实现医保基金使用事前提醒、事中审核、事后监管全流程智能监控，守好群众“看病钱”“救命钱”。",
    ),
    status=("国家医保信息平台已提供基础智能审核规则，但缺少本地化规则和定点机构视频监控接入能力。",),
    upgrade_gap=("国家医保信息平台由国家统一建设，地方不得自行改造；本地无可升级的监管系统，"
                 "不能通过升级改造原有系统满足本地化规则和视频监控接入需求，故新建辅助系统。"),
    duplication="系统调用国家医保信息平台开放的结算数据接口，不重复建设结算和基础审核功能。",
    modules=(
        Module("本地化监管规则引擎", "配置本地化监管规则和知识库，对结算数据进行筛查。"),
        Module("结算数据分析", "对异常结算、聚集性就医等疑点进行分析预警。"),
        Module("视频监控接入", "接入定点医药机构视频监控，实现远程巡查。"),
    ),
    data_out=(DataRes("通辽市医保基金监管疑点信息", "疑点编号、定点机构、疑点类型、处理结果"),),
    data_in=(DataNeed("定点医药机构登记信息", "通辽市卫生健康委员会"),
             DataNeed("人口死亡信息", "通辽市民政局")),
    indicators=(
        Indicator("产出指标", "数量指标", "本地化监管规则数", "≥120条"),
        Indicator("效益指标", "经济效益指标", "追回违规基金", "较上年增长≥20%"),
        Indicator("满意度指标", "服务对象满意度指标", "监管人员满意度", "≥90%"),
    ),
    works=(
        Item("医保基金智能监管规则引擎开发", 1, "32.00", "定制开发"),
        Item("医保结算数据分析模块开发", 1, "18.00", "定制开发"),
        Item("定点医药机构视频监控接入开发", 1, "6.00", "定制开发"),
        db_item("4.80"),
        crypto_item("3.60"),
    ),
    implementing_body="通辽市医疗保障局基金监管科",
    needs=(
        ("业务需求", "医保基金使用事前提醒、事中审核、事后监管全流程智能监控。"),
        ("功能需求", "需具备本地化规则配置、疑点筛查预警、视频远程巡查和疑点处理跟踪功能。"),
        ("数据需求", "需获取定点医药机构登记信息和人口死亡信息用于疑点比对。"),
    ),
)

TONGLIAO_FOOD_SAFETY = city_project(
    name="通辽市食品安全智慧监管平台建设项目",
    system="通辽市食品安全智慧监管平台",
    unit="通辽市市场监督管理局",
    total=D("80.00"),
    application_date=date(2025, 7, 24),
    leader="韩志强",
    phone="0475-8230915",
    users="市、旗县市区两级市场监管部门执法人员，全市约2.3万家食品生产经营主体",
    background=(
        "全市持证食品生产经营主体约2.3万家，学校食堂、大型餐饮单位监管任务重，现场检查覆盖率不足。",
        "实现食品生产经营主体风险分级、“互联网+明厨亮灶”远程监管和抽检数据智能分析。",
    ),
    status=("国家市场监管总局食品安全抽检监测系统仅提供抽检数据上报，缺少本地风险分级和远程监管能力。",),
    upgrade_gap=("市场监管部门现有系统均为国家、自治区垂直系统，地方无可升级改造的本地系统，"
                 "不能通过升级改造满足需求，故新建平台。"),
    duplication="抽检数据通过接口从国家抽检监测系统获取，不重复建设抽检上报功能。",
    modules=(
        Module("主体风险分级", "按食品安全风险分级管理办法自动评定主体风险等级。"),
        Module("明厨亮灶远程监管", "接入学校食堂和大型餐饮单位后厨视频，AI识别违规行为。"),
        Module("抽检数据分析", "对抽检不合格数据进行趋势分析和风险预警。"),
        Module("移动执法", "执法人员移动端现场检查和结果录入。"),
    ),
    data_out=(DataRes("通辽市食品生产经营主体风险等级信息", "主体名称、统一社会信用代码、风险等级、评定日期"),),
    data_in=(DataNeed("市场主体登记信息", "内蒙古自治区市场监督管理局"),
             DataNeed("学校基本信息", "通辽市教育局")),
    indicators=(
        Indicator("产出指标", "数量指标", "接入明厨亮灶单位数", "≥600家"),
        Indicator("效益指标", "社会效益指标", "食品安全抽检合格率", "≥98%"),
        Indicator("满意度指标", "服务对象满意度指标", "执法人员满意度", "≥90%"),
    ),
    works=(
        Item("食品安全智慧监管平台应用软件开发", 1, "38.00", "定制开发"),
        Item("“互联网+明厨亮灶”接入开发", 1, "9.00", "定制开发"),
        Item("食品抽检数据分析模块开发", 1, "8.00", "定制开发"),
        Item("移动执法终端", 6, "0.55", "国产终端", "hardware"),
        db_item("4.80"),
        crypto_item("3.60"),
    ),
    implementing_body="通辽市市场监督管理局食品安全协调科",
    needs=(
        ("业务需求", "食品生产经营主体风险分级管理，重点单位后厨远程监管，抽检数据智能分析。"),
        ("功能需求", "需具备风险分级、明厨亮灶远程监管、抽检分析预警和移动执法功能。"),
        ("数据需求", "需获取市场主体登记信息和学校基本信息用于主体建档。"),
    ),
)

TONGLIAO_PUBLIC_DATA = city_project(
    name="通辽市公共数据资源一体化平台（一期）建设项目",
    system="通辽市公共数据资源一体化平台",
    unit="通辽市大数据中心",
    category="公共",
    mlps="第三级",
    total=D("438.00"),
    application_date=date(2025, 7, 10),
    months=18,
    code="2026-150500-65-01-000873",
    leader="张海峰",
    phone="0475-8250106",
    users="市直各部门、各旗县市区政务服务与数据管理部门及数据使用人员",
    background=(
        "全市已汇聚政务数据资源目录4100余条，但数据分散在各部门系统，数据质量参差不齐，"
        "共享交换以库表交换为主，接口服务化程度低。",
        "构建全市统一的公共数据汇聚、治理、共享和安全管控能力，支撑数据按需共享和数据要素价值释放。",
    ),
    status=(
        "现有政务数据共享交换平台建于2018年，仅支持前置机库表交换，不支持数据治理和服务化共享。",
    ),
    upgrade_gap=("现有共享交换平台采用前置机架构，核心组件厂商已停止维护，不支持国产化环境，"
                 "经评估不能通过升级改造满足数据治理和服务化共享需求；本项目新建一体化平台，"
                 "原平台数据和接口平滑迁移后下线。"),
    duplication=("自治区一体化公共数据平台提供省级目录和共享通道，本平台作为市级节点与其级联，"
                 "不重复建设自治区已建功能。"),
    modules=(
        Module("数据汇聚治理子系统", "多源数据汇聚、清洗、比对、标准化和质量监测。"),
        Module("数据资源目录管理子系统", "目录编制、审核、发布和挂接，与自治区目录系统级联。"),
        Module("数据共享交换服务子系统", "接口服务化共享、授权审批、调用监测和使用情况反馈。"),
        Module("数据安全管控子系统", "数据分类分级、脱敏、水印和全流程审计。"),
    ),
    data_out=(
        DataRes("通辽市人口综合库", "姓名、公民身份号码、户籍地址、婚姻状况、社保参保状态", update="每日"),
        DataRes("通辽市法人综合库", "单位名称、统一社会信用代码、法定代表人、登记状态", share="无条件共享"),
        DataRes("通辽市电子证照库", "证照名称、证照编号、持证主体、有效期", update="实时"),
        DataRes("通辽市公共数据资源目录", "目录名称、提供部门、共享类型、更新周期", share="无条件共享",
                open="无条件开放"),
    ),
    data_in=(
        DataNeed("户籍人口信息", "通辽市公安局"),
        DataNeed("市场主体登记信息", "通辽市市场监督管理局"),
        DataNeed("社会保险参保信息", "通辽市人力资源和社会保障局"),
        DataNeed("不动产登记信息", "通辽市自然资源局"),
    ),
    indicators=(
        Indicator("产出指标", "数量指标", "汇聚数据资源目录数", "≥4500条"),
        Indicator("产出指标", "质量指标", "数据质量问题整改率", "≥95%"),
        Indicator("效益指标", "社会效益指标", "接口服务化共享比例", "≥80%"),
        Indicator("满意度指标", "服务对象满意度指标", "数据使用部门满意度", "≥90%"),
    ),
    works=(
        Item("数据汇聚治理子系统开发", 1, "118.00", "定制开发"),
        Item("数据资源目录管理子系统开发", 1, "46.00", "定制开发"),
        Item("数据共享交换服务子系统开发", 1, "72.00", "定制开发"),
        Item("数据安全管控子系统开发", 1, "38.00", "定制开发"),
        db_item("56.00", "国产分布式数据库软件"),
        Item("国产应用服务器中间件", 1, "12.00", "列入安全可靠测评结果", "license"),
        Item("数据库审计及数据脱敏设备", 2, "9.80", "部署于政务云安全区", "hardware"),
        crypto_item("18.00"),
    ),
    implementing_body="通辽市大数据中心数据资源部",
    needs=(
        ("业务需求", "全市公共数据统一汇聚、统一治理、统一目录、统一共享和统一安全管控。"),
        ("功能需求", "需具备数据汇聚治理、目录管理、服务化共享交换和数据安全管控功能。"),
        ("数据需求", "需汇聚人口、法人、电子证照、不动产等基础数据，形成市级基础库。"),
    ),
)


def adjustment_project(**kw) -> Project:
    base = replace(TONGLIAO_PUBLIC_DATA, category="专业", mlps="第三级")
    return replace(base, **kw)


HOUSING_FUND = adjustment_project(
    name="通辽市住房公积金综合服务平台建设项目",
    system="通辽市住房公积金综合服务平台",
    unit="通辽市住房公积金管理中心",
    total=D("860.00"),
    code="2025-150500-65-01-000412",
    leader="高文杰",
    phone="0475-8326677",
    implementing_body="通辽市住房公积金管理中心信息科",
    modules=(Module("公积金业务系统", ""), Module("网上服务大厅", ""), Module("基础软硬件及存储", "")),
)

ECO_MONITORING = adjustment_project(
    name="通辽市生态环境智慧监管平台建设项目",
    system="通辽市生态环境智慧监管平台",
    unit="通辽市生态环境局",
    total=D("1000.00"),
    code="2025-150500-65-01-000655",
    leader="周立新",
    phone="0475-8211863",
    implementing_body="通辽市生态环境局科技与信息化科",
    modules=(Module("水环境监测", ""), Module("大气网格化监测", ""), Module("视频监控", ""),
             Module("三维可视化展示", "")),
)

EMERGENCY_COMMAND = adjustment_project(
    name="通辽市应急指挥综合平台建设项目",
    system="通辽市应急指挥综合平台",
    unit="通辽市应急管理局",
    total=D("1000.00"),
    code="2025-150500-65-01-000731",
    leader="吴国庆",
    phone="0475-8612119",
    implementing_body="通辽市应急管理局科技和信息化科",
    modules=(Module("融合通信调度", ""), Module("应急资源管理", ""), Module("指挥大屏显示", "")),
)

CITY_OPERATIONS = adjustment_project(
    name="通辽市城市运行管理服务平台建设项目",
    system="通辽市城市运行管理服务平台",
    unit="通辽市城市管理综合执法局",
    total=D("4200.00"),
    code="2024-150500-65-01-000298",
    leader="马春生",
    phone="0475-8219312",
    implementing_body="通辽市城市管理综合执法局城市运行管理服务中心",
    modules=(Module("城市部件物联感知", ""), Module("城市运行综合展示", ""), Module("智慧环卫", "")),
)


def acceptance_project(**kw) -> Project:
    base = replace(KEERQIN_ONE_WINDOW, designer="通辽市数字政府研究院有限公司")
    return replace(base, **kw)


KAILU_HEALTH = acceptance_project(
    name="开鲁县全民健康信息平台建设项目",
    system="开鲁县全民健康信息平台",
    unit="开鲁县卫生健康委员会",
    region="开鲁县",
    mlps="第三级",
    total=D("258.00"),
    funding="旗县财政",
    code="2024-150523-65-01-000137",
    leader="李春梅",
    phone="0475-6223170",
    users="开鲁县2家县级医院、12家苏木乡镇卫生院、236个村卫生室医务人员及居民",
    modules=(
        Module("全民健康信息平台", "汇聚县域医疗卫生机构诊疗数据和居民健康档案。"),
        Module("电子健康档案调阅", "居民和医务人员按授权调阅电子健康档案。"),
        Module("检查检验结果互认", "县域内医疗机构检查检验结果互认共享。"),
        Module("基层医疗机构接入", "苏木乡镇卫生院和村卫生室系统接入。"),
    ),
    data_out=(
        DataRes("开鲁县居民电子健康档案", "档案编号、姓名、公民身份号码、既往史、体检记录", update="每日"),
        DataRes("开鲁县检查检验结果互认信息", "检查项目、检查机构、检查结果、检查日期"),
        DataRes("开鲁县医疗卫生机构信息", "机构名称、机构代码、机构类别、地址", share="无条件共享",
                open="无条件开放", update="每月"),
    ),
    works=(
        Item("全民健康信息平台应用软件开发", 1, "118.00", "定制开发"),
        Item("电子健康档案调阅及互认模块开发", 1, "36.00", "定制开发"),
        Item("基层医疗机构接入改造", 14, "2.20", "定制开发"),
        db_item("18.00"),
        Item("数据库审计设备", 1, "8.50", "部署于政务云安全区", "hardware"),
        crypto_item("9.50"),
    ),
    implementing_body="开鲁县卫生健康委员会信息中心",
)

JARUD_EDUCATION = acceptance_project(
    name="扎鲁特旗智慧教育云平台建设项目",
    system="扎鲁特旗智慧教育云平台",
    unit="扎鲁特旗教育局",
    region="扎鲁特旗",
    total=D("182.00"),
    funding="旗县财政",
    code="2024-150526-65-01-000092",
    leader="白雪峰",
    phone="0475-7221658",
    users="扎鲁特旗48所中小学校、幼儿园的教师、学生和家长",
    modules=(
        Module("智慧教育云平台", "教育管理、教学应用统一门户和统一身份认证。"),
        Module("教育资源公共服务", "优质教育资源汇聚和共享。"),
        Module("学校接入及数据对接", "中小学校业务系统接入和数据对接。"),
    ),
    data_out=(
        DataRes("扎鲁特旗中小学校基本信息", "学校名称、学校代码、办学类型、地址", share="无条件共享",
                open="无条件开放", update="每月"),
        DataRes("扎鲁特旗学生学籍汇总信息", "学校代码、年级、在校生人数"),
    ),
    works=(
        Item("智慧教育云平台应用软件开发", 1, "96.00", "定制开发"),
        Item("教育资源公共服务模块开发", 1, "28.00", "定制开发"),
        Item("中小学校接入及数据对接", 1, "16.00", "定制开发"),
        db_item("12.00"),
        crypto_item("6.80"),
    ),
    implementing_body="扎鲁特旗教育局电化教育馆",
)

HURE_GOVERNANCE = acceptance_project(
    name="库伦旗社会治理现代化综合指挥平台建设项目",
    system="库伦旗社会治理综合指挥平台",
    unit="库伦旗社会治理综合指挥中心",
    region="库伦旗",
    total=D("158.00"),
    funding="旗县财政",
    code="2024-150524-65-01-000041",
    leader="陈宝山",
    phone="0475-5221030",
    users="库伦旗8个苏木乡镇、187个嘎查村（社区）网格员及旗直部门工作人员",
    modules=(
        Module("综合指挥调度", "事件受理、分拨、督办和指挥调度。"),
        Module("网格化管理移动端", "网格员事件上报和巡查走访。"),
        Module("视频资源整合", "整合公安、城管、应急视频资源。"),
    ),
    data_out=(
        DataRes("库伦旗社会治理事件信息", "事件编号、事件类型、发生地点、处置部门、处置结果", update="实时"),
        DataRes("库伦旗网格划分信息", "网格编号、所属苏木乡镇、网格员、覆盖范围", share="无条件共享",
                update="每月"),
    ),
    works=(
        Item("社会治理综合指挥平台应用软件开发", 1, "86.00", "定制开发"),
        Item("网格化管理移动端开发", 1, "18.00", "定制开发"),
        Item("视频资源整合接入开发", 1, "14.00", "定制开发"),
        db_item("12.00"),
        crypto_item("6.50"),
    ),
    implementing_body="库伦旗社会治理综合指挥中心信息科",
)


# =========================================================================== dossiers (which documents)


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


ADJ_CLEAN = Adjustment(
    approved_total=D("860.00"), approval_no="通数字审〔2025〕6号", approval_date=date(2025, 4, 18),
    filing_date=date(2025, 11, 12), reason="二",
    why="为适配国产化运行环境并满足住房和城乡建设部异地转移接续业务要求，对原技术方案进行完善优化。",
    changes=(
        Change("应用服务器（国产）", 8, "96.00", 6, "72.00", "数量调整"),
        Change("分布式存储（400TB调整为200TB，改用政务云存储资源）", 1, "120.00", 1, "51.60", "参数调整"),
        Change("公积金业务系统开发（增加异地转移接续功能）", 1, "210.00", 1, "266.00", "参数调整"),
        Change("电子档案管理模块", 0, "0.00", 1, "30.00", "新增"),
    ),
)

ADJ_OVER_15 = Adjustment(
    approved_total=D("1000.00"), approval_no="通数字审〔2025〕9号", approval_date=date(2025, 5, 20),
    filing_date=date(2025, 12, 3), reason="三",
    why="根据全市生态环境监管业务发展需要，在已批复项目建设规划框架下调整水质监测接入和大气微站布点。",
    changes=(
        Change("水质自动监测数据接入开发", 1, "80.00", 1, "140.00", "参数调整"),
        Change("大气网格化监测微站", 50, "150.00", 68, "205.10", "数量调整"),
        Change("生态环境执法移动端", 0, "0.00", 1, "35.00", "新增"),
        Change("视频监控点位建设", 120, "360.00", 80, "240.00", "数量调整"),
        Change("三维可视化展示子系统", 1, "90.00", 1, "59.90", "参数调整"),
    ),
)

ADJ_NEW_5 = Adjustment(
    approved_total=D("1000.00"), approval_no="通数字审〔2025〕11号", approval_date=date(2025, 6, 10),
    filing_date=date(2025, 12, 15), reason="一",
    why="根据应急管理部关于加强森林草原火灾监测预警能力建设的明确要求，确需增加火险监测预警建设内容。",
    changes=(
        Change("融合通信调度系统", 1, "160.00", 1, "180.00", "参数调整"),
        Change("森林草原火险监测预警模块", 0, "0.00", 1, "50.10", "新增"),
        Change("应急指挥大屏显示系统", 1, "210.00", 1, "139.90", "参数调整"),
    ),
)

ADJ_NEW_200 = Adjustment(
    approved_total=D("4200.00"), approval_no="通数字审〔2024〕21号", approval_date=date(2024, 10, 15),
    filing_date=date(2025, 10, 28), reason="三",
    why="根据城市安全运行业务发展需要，在已批复项目建设规划框架下增加城市生命线安全监测内容。",
    changes=(
        Change("城市部件物联感知设备", 3000, "900.00", 2600, "780.00", "数量调整"),
        Change("城市运行综合展示系统", 1, "560.00", 1, "380.00", "参数调整"),
        Change("智慧环卫子系统", 1, "240.00", 1, "339.99", "参数调整"),
        Change("城市生命线安全监测子系统（燃气、供热管网）", 0, "0.00", 1, "200.01", "新增"),
    ),
)

ACC_CLEAN = Acceptance(
    approval_no="开发改审批〔2024〕37号", approval_date=date(2024, 9, 10),
    contractor="内蒙古智医云科技有限公司", supervisor="内蒙古信达工程监理有限公司",
    contract_date=date(2024, 11, 5), start_date=date(2024, 11, 10), completion_date=date(2025, 7, 31),
    period_end=date(2025, 9, 30), preliminary_date=date(2025, 8, 20), trial_start=date(2025, 8, 25), trial_stable=date(2025, 11, 25),
    application_date=date(2026, 1, 20), audit_date=date(2026, 1, 8), archive_date=date(2026, 1, 12),
    savings=D("14.26"),
)

ACC_MISSING = replace(
    ACC_CLEAN, approval_no="扎发改审批〔2024〕22号", approval_date=date(2024, 8, 20),
    contractor="通辽启航教育科技有限公司",
    contract_date=date(2024, 10, 12), start_date=date(2024, 10, 15), completion_date=date(2025, 8, 15),
    period_end=date(2025, 10, 31), preliminary_date=date(2025, 9, 5), trial_start=date(2025, 9, 8), trial_stable=date(2025, 12, 8),
    application_date=date(2026, 2, 5), audit_date=date(2026, 1, 20), archive_date=date(2026, 1, 25),
    savings=D("9.40"),
)

# 初验 2025-03-20, 试运行稳定 2025-06-30 → 竣工验收申请 due by 2025-12-30; applied 2026-02-10.
ACC_LATE = replace(
    ACC_CLEAN, approval_no="库发改审批〔2024〕8号", approval_date=date(2024, 3, 15),
    contractor="内蒙古网格通信息技术有限公司",
    contract_date=date(2024, 5, 10), start_date=date(2024, 5, 15), completion_date=date(2025, 2, 28),
    period_end=date(2025, 3, 31), preliminary_date=date(2025, 3, 20), trial_start=date(2025, 3, 25), trial_stable=date(2025, 6, 30),
    application_date=date(2026, 2, 10), audit_date=date(2026, 1, 15), archive_date=date(2026, 1, 22),
    savings=D("7.85"),
)
