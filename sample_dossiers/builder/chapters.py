"""Chapter content of plans and reports, generated from a Project and its Locale."""

from __future__ import annotations

from datetime import date

from .model import Block, P, Sec, T
from .text import CN_NUM, chapters, money
from .project import Project
from .budget import budget_summary_table, budget_totals, equipment_table

# =========================================================================== chapter content

PLAN_TITLES = {
    "fs": "可行性研究报告",
    "impl": "实施方案",
    "design": "初步设计方案",
    "proposal": "项目建议书",
    "plan": "建设方案",
}
PLAN_SUBTITLES = {
    "fs": "（项目建议书、可行性研究报告二合一）",
    "impl": "（项目建议书、可行性研究报告、初步设计方案三合一）",
    "design": "",
    "proposal": "",
    "plan": "",
}


def numbered(items: list[str] | tuple[str, ...]) -> list[str]:
    return [f"（{CN_NUM[i]}）{x}" for i, x in enumerate(items)]


def sec_overview(p: Project, variant: str) -> Sec:
    t = budget_totals(p)
    L = p.loc
    category = f"项目分类：{p.category}数字化项目；" if L.category_line else ""
    money_line = (
        f"项目总投资{money(p.total)}万元，其中工程费用{money(t['工程费用'])}万元，"
        f"工程建设其他费用{money(t['工程建设其他费用'])}万元，预备费{money(t['预备费'])}万元。"
        f"资金来源为{p.funding}资金。"
    )
    return Sec("项目概况", [
        Sec("项目基本情况", [
            f"项目名称：{p.name}",
            f"{L.unit_label}：{p.unit}",
            f"项目层级：{p.level}；项目类型：{p.project_type}；建设性质：{p.nature}；"
            f"{category}涉密情况：{p.classification}。",
            f"项目责任人：{p.leader}；联系电话：{p.phone}。",
        ]),
        Sec("编制依据", numbered(L.basis)),
        Sec("建设目标", [
            f"通过建设{p.system}，{p.background[-1]}",
            f"项目建成后，系统部署于{L.cloud}，依托{L.net_short}运行，与{L.platforms}对接，"
            f"实现互联互通、数据共享和业务协同。",
        ]),
        Sec("建设内容和规模", [
            f"本项目建设内容包括{'、'.join(m.name for m in p.modules)}等{len(p.modules)}个功能模块，"
            f"以及配套的基础软硬件、安全防护和密码应用改造。服务对象为{p.users}。",
        ]),
        Sec("投资估算及资金来源" if variant != "design" else "投资概算及资金来源", [money_line]),
        Sec("建设周期", [f"项目建设周期为{p.months}个月，自合同签订之日起计算，其中试运行期3个月。"]),
    ])


def sec_status(p: Project) -> Sec:
    if p.nature == "升级改造":
        gap_heading = "原系统建设情况及升级改造内容"
    else:
        gap_heading = "现有系统升级改造可行性分析"
    return Sec("现状分析与建设必要性", [
        Sec("业务现状", list(p.background[:-1]) or [p.background[0]]),
        Sec("信息化现状及存在问题", list(p.status)),
        Sec(gap_heading, [p.upgrade_gap]),
        Sec("与上级已建及拟建系统重复建设分析", [
            p.duplication,
            f"经比对{p.loc.upper}已建及拟建系统清单，本项目建设内容与上级系统不存在重复建设，"
            "能够通过共享共用方式满足的功能均已直接复用，不再重复开发。",
        ]),
        Sec("建设必要性", [
            f"建设{p.system}是落实{p.loc.measure}关于推进集约节约建设、系统互联互通、"
            f"数据共享和业务协同要求的具体举措，对于提升{p.region}相关业务的数字化水平十分必要。",
        ]),
    ])


def sec_needs(p: Project) -> Sec:
    return Sec("需求分析", [Sec(h, [text]) for h, text in p.needs] + [
        Sec("用户规模及性能需求", [
            f"系统服务对象为{p.users}。系统应支持不少于500个并发用户，常用业务页面响应时间不超过3秒，"
            f"系统可用性不低于99.9%，数据备份恢复点目标（RPO）不超过24小时。",
        ]),
    ])


def sec_solution(p: Project, variant: str) -> Sec:
    L = p.loc
    blocks: list[Block] = [
        Sec("建设原则", numbered((
            f"统筹规划、集约建设：充分依托{L.infra}等已有资源。",
            "数据赋能、共享协同：按照“一数一源、一源多用”原则开展数据资源整合和共享。",
            "安全可靠、自主可控：采用安全可靠的软硬件产品，同步落实网络安全和密码应用要求。",
        ))),
        Sec("总体架构", [
            "系统总体架构分为基础设施层、数据资源层、应用支撑层、业务应用层和用户访问层，"
            "并贯穿标准规范体系、安全保障体系和运维管理体系。",
            f"基础设施层使用{L.cloud}提供的计算、存储和网络资源，不新建机房；应用支撑层复用统一身份认证、"
            "电子印章、电子证照、统一消息等公共应用支撑体系组件。",
        ]),
        Sec("功能设计", [Sec(m.name, [m.desc]) for m in p.modules]),
        Sec("部署方案", [
            f"系统部署于{L.cloud}，网络环境为{L.net_short}，互联网用户访问经政务云安全接入区统一接入。"
            "数据库采用主备部署，应用服务器采用负载均衡集群部署。",
        ]),
        Sec("系统集成与接口", [
            f"系统通过{L.sharing_platform}与相关部门系统对接，通过统一身份认证平台实现单点登录，"
            f"政务服务类事项与{L.one_stop}对接，不形成孤立信息系统。",
        ]),
    ]
    if variant in ("design", "impl"):
        blocks.append(Sec("软硬件配置清单", [equipment_table(p)]))
    blocks += [Sec(h, list(paras)) for h, paras in p.loc.solution_extra]
    return Sec("总体建设方案" if variant != "design" else "详细设计方案", blocks)


def data_catalog_table(p: Project) -> T:
    rows = [["序号", "信息资源名称", "信息项", "共享类型", "开放类型", "更新周期"]]
    for k, d in enumerate(p.data_out, start=1):
        rows.append([str(k), d.name, d.items, d.share, d.open, d.update])
    return T(rows)


def sec_data_sharing(p: Project) -> Sec:
    need_rows = [["序号", "共享数据名称", "提供部门", "共享方式"]]
    for k, d in enumerate(p.data_in, start=1):
        need_rows.append([str(k), d.name, d.provider, d.via])
    return Sec("数据资源共享分析", [
        Sec("数据资源目录编制情况", [
            f"项目单位已按照《政务信息资源目录编制指南（试行）》编制本项目数据资源目录，共梳理信息资源"
            f"{len(p.data_out)}类，全部挂接至{p.loc.catalog_system}。",
            data_catalog_table(p),
        ]),
        Sec(p.loc.need_heading, [
            f"本项目需从相关部门获取以下{len(p.data_in)}类数据，均通过{p.loc.sharing_platform}按需申请、"
            f"接口调用，不重复采集：",
            T(need_rows),
        ]),
        Sec("数据共享开放长效机制", [
            "建立数据共享开放长效机制：明确数据资源的责任部门、更新频率和质量要求，新增或变更的数据资源在"
            "10个工作日内更新目录；可普遍共享的数据向所有依法履职的部门共享，不将应当普遍共享的数据仅向"
            "特定企业、社会组织开放。",
        ]),
        Sec("共享数据使用情况反馈机制", [
            "建立共享数据使用情况反馈机制：使用部门每季度向数据提供部门反馈数据使用情况、数据质量问题和"
            "新增需求，提供部门在5个工作日内核实处理并通过共享交换平台反馈处理结果。",
        ]),
    ])


def sec_security(p: Project) -> Sec:
    return Sec("网络和数据安全保障措施", [
        Sec("网络安全等级保护", [
            f"本系统拟定网络安全等级保护{p.mlps}，系统上线前向{p.loc.police}办理定级备案，"
            f"上线后委托具备资质的测评机构开展等级保护测评。",
        ]),
        Sec("安全保障体系设计", [
            "按照网络安全保护措施与信息化建设同步规划、同步建设、同步使用的要求，从安全通信网络、安全区域边界、"
            "安全计算环境和安全管理中心等方面设计技术防护措施，并完善网络安全管理制度。",
        ]),
        Sec("数据安全", [
            "对个人信息和敏感数据实行分类分级保护，传输采用加密通道，存储采用加密和脱敏措施，"
            "数据访问实行最小授权和全程审计。",
        ]),
        Sec("密码应用", [
            f"依托{p.loc.crypto_support}，按照GB/T 39786-2021{p.crypto_level}要求同步规划、同步建设、"
            f"同步运行密码保障系统，使用商用密码实现身份鉴别、传输机密性和重要数据存储完整性保护，"
            f"上线后开展商用密码应用安全性评估。",
        ]),
        Sec("软硬件产品安全可靠情况", [
            "服务器、操作系统、数据库、中间件均选用列入安全可靠测评结果的国产产品，"
            "应用软件基于国产化环境开发和适配。",
        ]),
    ])


def sec_organisation(p: Project, start: date) -> Sec:
    months = p.months
    plan = [["阶段", "工作内容", "时间安排"],
            ["前期准备", "招标采购、合同签订", "第1—2个月"],
            ["系统建设", "需求调研、设计开发、部署集成", f"第3—{months - 4}个月"],
            ["初步验收", "系统测试、初步验收", f"第{months - 3}个月"],
            ["试运行", "试运行及问题整改", f"第{months - 2}—{months}个月"]]
    return Sec("项目组织实施", [
        Sec("组织机构", [
            f"项目实施机构为{p.body}，项目责任人为{p.leader}，负责项目建设全过程的统筹协调。",
        ]),
        Sec("实施进度计划", [T(plan)]),
        Sec("招标采购", ["项目按照《中华人民共和国政府采购法》有关规定，通过公开招标方式确定承建单位。"]),
        Sec("工程监理", ["项目委托具备信息系统工程监理资质的监理单位对项目建设进行全过程监理。"]),
    ])


def sec_investment(p: Project, variant: str) -> Sec:
    name = "投资估算" if variant == "fs" else "投资概算"
    return Sec(name, [
        f"本项目{name}编制范围包括工程费用、工程建设其他费用和预备费，详见附件《项目概算表》。",
        budget_summary_table(p),
    ])


def sec_targets(p: Project) -> Sec:
    rows = [["一级指标", "二级指标", "三级指标", "指标值"]]
    rows += [[i.level1, i.level2, i.name, i.value] for i in p.indicators]
    return Sec("绩效目标", [
        Sec("总体目标", [f"项目建成后，{p.background[-1]}"]),
        Sec("绩效指标", [T(rows)]),
    ])


def sec_conclusion(p: Project, variant: str) -> Sec:
    doc = PLAN_TITLES[variant]
    return Sec("风险分析及结论", [
        Sec("风险分析", [
            "项目主要风险为需求变更风险、数据对接风险和进度风险，将通过需求冻结、接口联调前置和"
            "监理过程控制等措施加以防范。",
        ]),
        Sec("结论", [f"经分析，{p.name}建设必要、技术可行、投资合理，建议批准本{doc}。"]),
    ])


def content_plan(p: Project, variant: str, start: date) -> list[Sec]:
    """可行性研究报告（二合一） / 实施方案（三合一） / 初步设计方案."""
    secs = [
        sec_overview(p, variant),
        sec_status(p),
        sec_needs(p),
        sec_solution(p, variant),
        sec_data_sharing(p),
        sec_security(p),
        sec_organisation(p, start),
        sec_investment(p, variant),
        sec_targets(p),
        sec_conclusion(p, variant),
    ]
    return chapters(secs)


def cover(lines: list[str]) -> list[Block]:
    return [P(x, align="center") for x in lines]
