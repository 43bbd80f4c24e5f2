"""Acceptance (竣工验收): the spec and the acceptance materials."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from .model import Block, Docx, Sec, T
from .text import chapters, cn_date, money
from .project import Project
from .budget import budget_totals
from .documents import letter, report

# =========================================================================== acceptance (竣工验收)


@dataclass(frozen=True)
class Acceptance:
    approval_no: str
    approval_date: date
    contractor: str
    supervisor: str
    contract_date: date
    start_date: date
    completion_date: date
    period_end: date  # end of the approved 建设期
    preliminary_date: date
    trial_start: date
    trial_stable: date
    application_date: date
    audit_date: date
    archive_date: date
    savings: Decimal  # 招标采购结余 on the 工程费用 (万元)
    auditor: str = "通辽正信会计师事务所有限责任公司"
    mlps_org: str = "内蒙古网安信息安全测评中心有限公司"
    crypto_org: str = "内蒙古商密测评技术有限公司"
    test_org: str = "内蒙古软件测评中心有限公司"
    audit_prefix: str = "通正信审字"


def actual_spend(p: Project, acc: Acceptance) -> dict[str, Decimal]:
    t = budget_totals(p)
    return {"工程费用": t["工程费用"] - acc.savings, "工程建设其他费用": t["工程建设其他费用"],
            "预备费": Decimal(0)}


def actual_total(p: Project, acc: Acceptance) -> Decimal:
    return sum(actual_spend(p, acc).values(), Decimal(0))


ACCEPTANCE_MATERIALS = {
    "construction_summary": "项目建设总结",
    "preliminary_acceptance_report": "初步验收报告",
    "financial_report": "财务报告",
    "audit_report": "审计报告",
    "security_risk_assessment_report": "安全风险评估报告",
    "mlps_test_report": "非涉密信息系统网络安全等级保护测评报告",
    "crypto_assessment_report": "密码应用安全性评估报告",
    "software_test_report": "软件测试报告（定制开发类软件）",
    "data_sharing_confirmation": "数据共享情况确认书",
    "trial_run_report": "试运行报告（含用户使用评价）",
    "archive_acceptance_report": "档案验收报告",
}


def construction_summary(p: Project, acc: Acceptance, file: str = "02-项目建设总结.docx") -> Docx:
    done = [["序号", "建设内容", "完成情况"]] + [
        [str(k), m.name, "已按合同完成并通过初步验收"] for k, m in enumerate(p.modules, start=1)]
    has_hw = any(i.kind == "hardware" for i in p.works)
    secs = chapters([
        Sec("项目概况", [f"{p.name}于{cn_date(acc.approval_date)}经批复（{acc.approval_no}），"
                        f"批复总投资{money(p.total)}万元。承建单位为{acc.contractor}，"
                        f"监理单位为{acc.supervisor}。"]),
        Sec("项目建设情况", [
            Sec("建设内容完成情况", [T(done)]),
            Sec("建设进度", [f"项目于{cn_date(acc.start_date)}开工，{cn_date(acc.completion_date)}完工，"
                            f"{cn_date(acc.preliminary_date)}通过初步验收，在批复建设期内完成建设任务。"]),
        ]),
        Sec("投资完成情况", [f"项目实际完成投资{money(actual_total(p, acc))}万元，"
                            f"结余资金按规定退回。"]),
        Sec("项目管理情况", ["项目严格执行招标投标、政府采购、工程监理、合同管理、档案管理等制度，"
                            "项目实施机构和项目责任人明确。"]),
        Sec("软硬件产品安全可靠情况", ["项目采购的服务器、操作系统、数据库、中间件均为安全可靠产品，"
                                      "与报批阶段安全可靠说明一致。"]),
        Sec("密码应用和安全审查情况", [
            f"项目按照商用密码应用方案完成密码应用建设，已通过商用密码应用安全性评估；系统已完成网络安全"
            f"等级保护{p.mlps}备案和测评，网络安全审查未发现重大问题。"]),
        Sec("硬件设备和新建数据中心能源利用效率情况", [
            (f"项目新购服务器均部署于{p.loc.cloud_short}机房，未新建数据中心，设备满足能效等级要求。"
             if has_hw else f"项目未购置硬件设备、未新建数据中心，计算资源使用{p.loc.cloud_short}。")]),
        Sec("数据共享情况", [f"系统已编目信息资源{len(p.data_out)}类并挂接至{p.loc.sharing_platform}"
                            f"{p.loc.confirmation}。"]),
        Sec("存在问题及下一步工作", ["持续做好系统运行维护和数据更新，按期开展绩效自评价。"]),
    ])
    return report(file, f"{p.name}建设总结", secs, author=p.unit, when=acc.application_date)


def preliminary_report(p: Project, acc: Acceptance, file: str = "03-初步验收报告.docx") -> Docx:
    experts = [["序号", "姓名", "工作单位", "职称"]] + [
        [str(k), *e] for k, e in enumerate(p.loc.experts, start=1)]
    secs = [
        Sec("初步验收概况", [f"{cn_date(acc.preliminary_date)}，{p.unit}组织专家组对{p.name}进行了"
                            f"初步验收，初验日期为{cn_date(acc.preliminary_date)}。", T(experts)]),
        Sec("验收内容", ["专家组听取了承建单位和监理单位的汇报，查验了系统功能、性能测试结果、"
                        "安全测评情况和文档资料。"]),
        Sec("初步验收意见", ["项目按合同完成全部建设内容，功能和性能满足设计要求，文档资料齐全。"
                            "初步验收结论：通过。同意系统进入试运行。"]),
    ]
    return report(file, f"{p.name}初步验收报告", secs, author=p.unit, when=acc.preliminary_date)


def financial_report(p: Project, acc: Acceptance, file: str = "04-竣工财务决算报告.docx") -> Docx:
    t = budget_totals(p)
    a = actual_spend(p, acc)
    rows = [["序号", "费用名称", "批复概算（万元）", "实际支出（万元）", "结余（万元）"]]
    for num, name in (("一", "工程费用"), ("二", "工程建设其他费用"), ("三", "预备费")):
        rows.append([num, name, money(t[name]), money(a[name]), money(t[name] - a[name])])
    total_actual = actual_total(p, acc)
    rows.append(["", "合计", money(p.total), money(total_actual), money(p.total - total_actual)])
    secs = [
        Sec("资金到位情况", [f"项目批复概算总投资{money(p.total)}万元，资金来源为{p.funding}资金，"
                            f"已全部到位。"]),
        Sec("资金支出情况", [f"项目累计支出{money(total_actual)}万元，资金支出按照国库集中支付有关制度"
                            f"规定执行，做到单独核算、专款专用。", T(rows)]),
        Sec("结余资金情况", [f"项目目标和内容未发生变化，结余资金{money(p.total - total_actual)}万元"
                            f"（主要为招标采购结余和未使用的预备费），已按规定退回。"]),
    ]
    return report(file, f"{p.name}竣工财务决算报告", secs, author=p.unit, when=acc.audit_date)


def audit_report(p: Project, acc: Acceptance, file: str = "05-竣工结算审计报告.docx") -> Docx:
    total_actual = actual_total(p, acc)
    secs = [
        Sec("审计范围", [f"受{p.unit}委托，我所对{p.name}竣工结算进行了审计，审计范围包括项目资金"
                        f"到位、使用、合同执行和会计核算情况。"]),
        Sec("审计依据", ["《中华人民共和国审计法》、《基本建设财务规则》及项目批复文件、合同等。"]),
        Sec("审计结果", [f"项目送审金额{money(total_actual)}万元，审定金额{money(total_actual)}万元。"
                        f"项目资金使用符合规定，会计核算规范，未发现违规问题。"]),
        Sec("审计结论", ["项目资金管理规范，竣工结算真实、完整。"]),
    ]
    return report(file, f"{p.name}竣工结算审计报告", secs, author=acc.auditor, when=acc.audit_date,
                  by=acc.auditor, subtitle="",
                  cover_lines=[f"{acc.audit_prefix}〔{acc.audit_date.year}〕第0{acc.audit_date.month:02d}6号"])


def risk_assessment_report(p: Project, acc: Acceptance, file: str = "06-安全风险评估报告.docx") -> Docx:
    rows = [["风险类别", "发现数量", "已整改", "残余风险等级"],
            ["技术脆弱性", "6", "6", "低"], ["管理脆弱性", "3", "3", "低"]]
    when = acc.preliminary_date
    secs = [
        Sec("评估范围", [f"{p.system}部署于{p.loc.cloud}的应用系统、数据库及相关安全设备。"]),
        Sec("资产识别与威胁分析", ["识别重要资产18项，分析网络攻击、数据泄露、误操作等威胁。"]),
        Sec("脆弱性识别及整改", [T(rows)]),
        Sec("评估结论", ["系统整体安全风险可控，残余风险等级为低，满足上线运行要求。"]),
    ]
    return report(file, f"{p.name}安全风险评估报告", secs, author=acc.mlps_org, when=when, by=acc.mlps_org)


def mlps_test_report(p: Project, acc: Acceptance, file: str = "07-网络安全等级保护测评报告.docx") -> Docx:
    secs = [
        Sec("测评对象", [f"被测系统：{p.system}；安全保护等级：{p.mlps}；被测单位：{p.unit}。"]),
        Sec("测评依据", ["GB/T 22239-2019《信息安全技术 网络安全等级保护基本要求》、"
                        "GB/T 28448-2019《信息安全技术 网络安全等级保护测评要求》。"]),
        Sec("测评结论", ["经测评，被测系统等级测评结论为：基本符合，综合得分86.35分。"
                        "中高风险问题已全部整改。"]),
    ]
    return report(file, f"{p.system}网络安全等级保护测评报告", secs, author=acc.mlps_org,
                  when=acc.preliminary_date, by=acc.mlps_org)


def crypto_assessment(p: Project, acc: Acceptance, file: str = "08-商用密码应用安全性评估报告.docx") -> Docx:
    secs = [
        Sec("评估对象", [f"{p.system}，密码应用等级要求：{p.crypto_level}。"]),
        Sec("评估依据", ["GB/T 39786-2021《信息安全技术 信息系统密码应用基本要求》、"
                        "GM/T 0115-2021《信息系统密码应用测评要求》。"]),
        Sec("评估结论", ["被测系统密码应用安全性评估结论为：符合，评估得分88.60分。"]),
    ]
    return report(file, f"{p.system}商用密码应用安全性评估报告", secs, author=acc.crypto_org,
                  when=acc.preliminary_date, by=acc.crypto_org)


def software_test_report(p: Project, acc: Acceptance, file: str = "09-软件测试报告.docx") -> Docx:
    rows = [["序号", "测试模块", "测试用例数", "通过数", "结论"]]
    for k, m in enumerate(p.modules, start=1):
        n = 40 + 7 * k
        rows.append([str(k), m.name, str(n), str(n), "通过"])
    secs = [
        Sec("测试概述", [f"受{p.unit}委托，我中心对{p.system}（定制开发类软件）进行了第三方软件测试。"]),
        Sec("测试内容", ["功能性、性能效率、可靠性、信息安全性和易用性测试。", T(rows)]),
        Sec("测试结论", ["被测软件功能和性能满足需求规格说明要求，测试结论：通过。"]),
    ]
    return report(file, f"{p.system}软件测试报告", secs, author=acc.test_org,
                  when=acc.preliminary_date, by=acc.test_org)


def data_sharing_confirmation(p: Project, acc: Acceptance, file: str = "10-数据共享情况确认书.docx") -> Docx:
    rows = [["序号", "信息资源名称", "共享类型", "挂接情况", "累计调用次数"]]
    for k, d in enumerate(p.data_out, start=1):
        rows.append([str(k), d.name, d.share, "已挂接", str(1200 * k + 356)])
    return letter(file, f"{p.name}数据共享情况确认书", p.unit, [
        f"经核实，{p.name}已按照批复的数据资源目录完成{len(p.data_out)}类信息资源的编目和挂接，"
        f"并通过政务数据共享交换平台向相关部门提供共享服务，情况如下：",
        T(rows),
        "确认意见：该项目数据共享情况符合《通辽市数字化项目管理暂行办法》第二十二条要求，予以确认。",
    ], author="通辽市大数据中心", when=acc.application_date - timedelta(days=12))


def trial_run_report(p: Project, acc: Acceptance, user_evaluation: bool = True,
                     file: str = "11-试运行报告.docx") -> Docx:
    secs: list[Block] = [
        Sec("试运行概况", [f"系统自{cn_date(acc.trial_start)}起试运行，于{cn_date(acc.trial_stable)}"
                          f"达到稳定状态，试运行结束日期为{cn_date(acc.trial_stable)}。"]),
        Sec("运行情况", ["试运行期间系统运行平稳，未发生重大故障，系统可用率99.95%，"
                        "平均页面响应时间1.2秒。"]),
        Sec("问题及处理", ["试运行期间共发现一般问题14个，均已整改完成。"]),
    ]
    if user_evaluation:
        rows = [["评价项", "满意", "基本满意", "不满意"],
                ["功能完整性", "86%", "12%", "2%"], ["易用性", "82%", "15%", "3%"],
                ["响应速度", "88%", "11%", "1%"]]
        secs.append(Sec("用户使用评价", [f"试运行期间向{p.users}发放问卷312份，回收298份，"
                                        f"综合满意度96.6%。", T(rows)]))
    secs.append(Sec("试运行结论", ["系统已达到稳定运行状态，具备竣工验收条件。"]))
    title = f"{p.name}试运行报告"
    return report(file, title, secs, author=p.unit, when=acc.trial_stable)


def archive_report(p: Project, acc: Acceptance, file: str = "12-档案验收报告.docx") -> Docx:
    secs = [
        Sec("验收依据", [f"《中华人民共和国档案法》、《重大建设项目档案验收办法》及{p.loc.archive_rules}。"]),
        Sec("档案管理情况", ["项目档案共归档案卷86卷，其中文书类32卷、技术类41卷、财务类13卷，"
                            "并同步形成电子档案。"]),
        Sec("验收意见", [f"经检查，{p.name}档案齐全、完整、准确、系统，整理规范。"
                        f"档案验收结论：合格。"]),
    ]
    return report(file, f"{p.name}档案验收报告", secs, author=f"{p.region}档案馆",
                  when=acc.archive_date)
