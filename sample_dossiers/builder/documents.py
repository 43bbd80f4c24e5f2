"""Shared document builders (form, report, letter, workbooks) and one function per document kind."""

from __future__ import annotations

from datetime import date

from .model import Block, Docx, P, Sec, SheetSpec, T, Xlsx
from .text import chapters, cn_date, cn_month, money, yn
from .project import Project
from .budget import budget_totals
from .chapters import PLAN_SUBTITLES, PLAN_TITLES, content_plan, cover, numbered

# =========================================================================== shared builders


def form(file: str, title: str, rows: list[tuple[str, str]], *, author: str, when: date,
         intro: list[Block] = (), after: list[Block] = (), signer: str | None = None) -> Docx:
    """A form: title, optional intro, a 2-column label|value table, optional text, signature."""
    blocks: list[Block] = list(intro)
    blocks.append(T([[k, v] for k, v in rows], header=False, label_column=True))
    blocks += list(after)
    blocks.append(P(f"{signer or author}（盖章）", align="right"))
    blocks.append(P(cn_date(when), align="right"))
    return Docx(file, title, blocks, author=author, when=when)


def report(file: str, title: str, sections: list[Block], *, author: str, when: date,
           subtitle: str = "", by: str | None = None, cover_lines: list[str] = ()) -> Docx:
    """A report: title (Title style), cover lines, then heading-styled sections."""
    lines = [subtitle] if subtitle else []
    lines += list(cover_lines)
    lines += [f"编制单位：{by or author}", cn_month(when)]
    return Docx(file, title, cover(lines) + list(sections), author=by or author, when=when,
                subject=subtitle.strip("（）"))


def letter(file: str, title: str, to: str, paragraphs: list[str], *, author: str, when: date,
           doc_no: str = "", attachments: list[str] = ()) -> Docx:
    """An official letter / opinion: 文号, 主送, body, 附件, signature and date."""
    blocks: list[Block] = []
    if doc_no:
        blocks.append(P(doc_no, align="center"))
    blocks.append(f"{to}：")
    blocks += paragraphs
    if attachments:
        blocks.append("附件：" + "；".join(f"{i}.{a}" for i, a in enumerate(attachments, start=1)))
    blocks.append(P(author, align="right"))
    blocks.append(P(cn_date(when), align="right"))
    return Docx(file, title, blocks, author=author, when=when)


def table_workbook(file: str, title: str, header: list[str], rows: list[list[object]], *,
                   author: str, when: date, sheet: str, widths: list[int] = (),
                   unit_line: str | None = None, money_cols: set[int] = frozenset(),
                   bold_rows: set[int] = frozenset()) -> Xlsx:
    return Xlsx(file, [SheetSpec(sheet, title, header, rows, unit_line=unit_line,
                                 widths=list(widths), money_cols=set(money_cols),
                                 bold_rows=set(bold_rows))],
                author=author, when=when, title=title)


# =========================================================================== documents by kind


def identity_rows(p: Project) -> list[tuple[str, str]]:
    return [
        ("项目名称", p.name),
        ("项目单位", p.unit),
        ("层级", p.level),
        ("项目类型", p.project_type),
        ("建设性质", p.nature),
        ("项目分类", f"{p.category}数字化项目"),
        ("是否涉密", p.classification),
    ]


def feature_rows(p: Project) -> list[tuple[str, str]]:
    has_hw = any(i.kind == "hardware" for i in p.works)
    return [
        ("是否定制开发", yn(p.custom)),
        ("是否购置硬件设备", yn(has_hw)),
        ("是否跨部门共建共享", "否"),
        ("是否增补项目", "否"),
        ("是否孤网", "否"),
        ("部署网络", "通辽市电子政务外网"),
        ("部署位置", "通辽市政务云"),
        ("是否接入政务数据共享交换平台", "是"),
        ("是否使用密码", "是"),
        ("是否采用安全可靠产品", "是"),
        ("拟定等保级别", p.mlps),
    ]


def plan_document(p: Project, variant: str, file: str, when: date, subtitle: str | None = None,
                  secs: list[Sec] | None = None) -> Docx:
    title = f"{p.name}{PLAN_TITLES[variant]}"
    return report(file, title, secs or content_plan(p, variant, when), author=p.unit, when=when,
                  subtitle=PLAN_SUBTITLES[variant] if subtitle is None else subtitle, by=p.designer,
                  cover_lines=[f"{p.loc.unit_label}：{p.unit}"])


def pre_review_opinion(p: Project, when: date, file: str = "附件4-前置审核意见.docx") -> Docx:
    """前置审核意见 of 市大数据中心 (TL-15a)."""
    doc_no = f"通大数据审〔{when.year}〕{(sum(map(ord, p.name)) % 90) + 10}号"
    return letter(file, f"关于{p.name}的前置审核意见", p.unit, [
        f"你单位报来的《{p.name}》前置审核申请及相关材料收悉。根据《通辽市数字化项目管理暂行办法》"
        f"第十五条，我中心从技术可行性、系统整合、数据共享、云网资源使用等方面进行了前置审核，意见如下：",
        f"一、技术可行性。项目技术路线成熟，总体架构合理，符合全市数字政府建设总体框架。",
        f"二、系统整合。项目复用统一身份认证、电子印章、电子证照等公共应用支撑组件，"
        f"与上级已建及拟建系统无重复建设。",
        f"三、数据共享。项目已编制数据资源目录，共{len(p.data_out)}类信息资源，"
        f"需共享获取{len(p.data_in)}类数据，均通过政务数据共享交换平台获取。",
        f"四、云网资源使用。项目部署于通辽市政务云，依托市电子政务外网运行，不新建机房和业务专网。",
        "审核结论：通过。请按程序申请入库。",
    ], author="通辽市大数据中心", when=when, doc_no=doc_no)


def assessment_report(p: Project, when: date, variant: str = "design",
                      file: str = "附件5-评审报告.docx",
                      org: str = "内蒙古正衡工程咨询有限公司",
                      client: str = "通辽市人民政府职能转变和数字政府建设领导小组办公室",
                      kind: str = "评审报告", plan_wide: str = "全市数字化发展规划") -> Docx:
    """评审报告 of the 评审机构 (TL-19b); elsewhere the 第三方 项目评估报告 (WS-9a)."""
    L = p.loc
    t = budget_totals(p)
    rows = [["序号", "费用名称", "申报金额（万元）", "审核金额（万元）", "审减金额（万元）"]]
    for num, name in (("一", "工程费用"), ("二", "工程建设其他费用"), ("三", "预备费")):
        rows.append([num, name, money(t[name]), money(t[name]), "0.00"])
    rows.append(["", "合计", money(p.total), money(p.total), "0.00"])
    what = PLAN_TITLES[variant]
    secs = [
        Sec("评审依据", numbered(L.basis[:4])),
        Sec("评审过程", [
            f"受{client}委托，我公司组织5名专家于{cn_date(when)}"
            f"对《{p.name}{what}》进行了评审。专家组听取了项目单位和编制单位的汇报，审阅了相关材料，"
            f"经质询和讨论，形成评审意见。项目单位已按专家意见修改完善。",
        ]),
        Sec("评审意见", [
            Sec("建设必要性", [f"项目建设符合{plan_wide}，需求明确，建设必要。"]),
            Sec("建设方案", [f"总体架构合理，部署于{L.cloud_short}，依托{L.net_short}和{L.sharing_platform}，"
                            "技术方案可行。"]),
            Sec("数据资源共享", ["已编制数据资源目录，数据资源共享分析章节完整，建立了数据共享开放长效机制"
                                "和共享数据使用情况反馈机制。"]),
            Sec("网络和数据安全", ["网络和数据安全保障措施、密码应用方案基本完整，符合“三同步”要求。"]),
            Sec("投资审核", ["经审核，项目总投资审核金额与申报金额一致，详见下表。", T(rows)]),
        ]),
        Sec("评审结论", [f"项目建设必要，方案可行，投资合理。审核总投资{money(p.total)}万元。"
                         f"评审结论：通过，建议批复。"]),
    ]
    return report(file, f"{p.name}{what}{kind}", secs, author=org, when=when, by=org)


def data_catalog_workbook(p: Project, when: date, file: str = "附件6-数据资源目录.xlsx") -> Xlsx:
    """数据资源目录 (TL-22c)."""
    rows = []
    for k, d in enumerate(p.data_out, start=1):
        rows.append([k, d.name, f"{p.loc.region_code}-{p.code[12:14] if p.code else '00'}-{k:04d}", p.unit,
                     d.items, d.share, d.condition if d.share != "无条件共享" else "", d.open,
                     d.update, d.fmt])
    return table_workbook(
        file, f"{p.name}数据资源目录",
        ["序号", "信息资源名称", "信息资源代码", "信息资源提供方", "信息项", "共享类型", "共享条件",
         "开放类型", "更新周期", "资源格式"],
        rows, author=p.unit, when=when, sheet="数据资源目录",
        widths=[6, 28, 18, 30, 48, 12, 36, 10, 10, 10])


def crypto_plan(p: Project, when: date, file: str = "附件7-商用密码应用方案.docx") -> Docx:
    secs = chapters([
        Sec("项目概况", [f"{p.system}部署于{p.loc.cloud}，拟定等级保护{p.mlps}。"]),
        Sec("密码应用需求分析", [
            Sec("合规性需求", [f"依据GB/T 39786-2021，系统应满足{p.crypto_level}密码应用基本要求。"]),
            Sec("安全需求", ["需保障用户身份鉴别的真实性、重要数据传输的机密性和完整性、"
                             "重要数据存储的机密性和完整性以及关键操作的不可否认性。"]),
        ]),
        Sec("密码应用技术方案", [
            Sec("物理和环境安全", ["复用政务云机房已部署的电子门禁和视频监控密码保护措施。"]),
            Sec("网络和通信安全", ["采用SSL VPN安全网关建立国密SM2/SM4安全通道。"]),
            Sec("设备和计算安全", ["服务器采用基于SM3的身份鉴别，日志记录完整性采用HMAC-SM3保护。"]),
            Sec("应用和数据安全", [f"依托{p.loc.crypto_support}提供的签名验签和数据加解密服务，"
                                   "重要数据采用SM4加密存储。"]),
        ]),
        Sec("密码应用管理方案", ["建立密码应用管理制度、人员管理制度和应急处置预案。"]),
        Sec("实施保障及密评计划", [f"系统上线前委托商用密码应用安全性评估机构开展密评。"]),
    ])
    return report(file, f"{p.name}商用密码应用方案", secs, author=p.unit, when=when, by=p.designer)


def mlps_filing(p: Project, when: date, file: str = "附件8-网络安全等级保护定级备案证明.docx") -> Docx:
    no = f"{p.loc.region_code}99{(sum(map(ord, p.system)) % 900) + 100:03d}-{when.year % 100:02d}001"
    rows = [
        ("备案单位", p.unit),
        ("信息系统名称", p.system),
        ("安全保护等级", p.mlps),
        ("备案编号", no),
        ("受理机关", p.loc.police),
        ("受理日期", cn_date(when)),
    ]
    return form(file, "信息系统安全等级保护备案证明", rows, author=p.loc.police,
                when=when, intro=[f"{p.unit}：", "经审核，你单位报送的信息系统安全等级保护定级材料"
                                  "符合要求，予以备案。"])


def secure_reliable_statement(p: Project, when: date, file: str = "附件9-软硬件产品安全可靠说明.docx") -> Docx:
    rows = [["序号", "产品类别", "产品名称", "说明"],
            ["1", "服务器", "国产ARM架构服务器", "列入安全可靠测评结果"],
            ["2", "操作系统", "国产服务器操作系统V10", "列入安全可靠测评结果"],
            ["3", "数据库", "国产关系型数据库V8", "列入安全可靠测评结果"],
            ["4", "中间件", "国产应用服务器中间件V10", "列入安全可靠测评结果"]]
    return report(file, f"{p.name}软硬件产品安全可靠说明", [
        Sec("总体说明", [f"根据{p.loc.secure_basis}，现将{p.name}拟采用软硬件产品的"
                        "安全可靠情况说明如下。"]),
        Sec("产品清单", [T(rows)]),
        Sec("结论", ["本项目拟采用的软硬件产品均为安全可靠产品，不采用存在安全隐患的产品。"]),
    ], author=p.unit, when=when)


def approval_request(p: Project, when: date, file: str = "附件0-项目审批请示.docx") -> Docx:
    """The 项目审批申请 to the 领导小组办公室 (TL-19a)."""
    return letter(file, f"关于审批{p.name}可行性研究报告和初步设计方案的请示",
                  "通辽市人民政府职能转变和数字政府建设领导小组办公室", [
        f"{p.name}已纳入通辽市{p.plan_year}年度数字化项目年度计划。按照《通辽市数字化项目管理暂行办法》"
        f"第十九条、第二十条规定，我单位组织编制了项目可行性研究报告（项目建议书、可行性研究报告二合一）"
        f"和初步设计方案，已通过评审并取得评审报告，前置要件齐全。项目总投资{money(p.total)}万元，"
        f"项目代码{p.code}。",
        "妥否，请批示。",
    ], author=p.unit, when=when, attachments=[
        "项目审批申请表", "可行性研究报告", "初步设计方案", "项目概算表", "评审报告", "数据资源目录",
        "商用密码应用方案", "网络安全等级保护定级备案证明", "软硬件产品安全可靠说明", "前置审核意见"])


def annual_plan_excerpt(p: Project, when: date, others: list[tuple[str, str, str]],
                        file: str = "附件10-年度计划下达文件（摘录）.docx") -> Docx:
    rows = [["序号", "项目名称", "项目单位", "项目类型", "总投资（万元）"]]
    allp = [(p.name, p.unit, money(p.total))] + others
    for k, (n, u, m) in enumerate(sorted(allp), start=1):
        rows.append([str(k), n, u, "建设类", m])
    return letter(file, f"关于下达通辽市{p.plan_year}年度数字化项目年度计划的通知（摘录）",
                  "市直各部门，各旗县市区人民政府", [
        f"经通辽市人民政府职能转变和数字政府建设领导小组审定，现将通辽市{p.plan_year}年度数字化项目"
        f"年度计划下达给你们。请各项目单位按照已下达的年度计划，向领导小组办公室提出项目审批申请。",
        "市本级建设类项目（摘录）：",
        T(rows),
    ], author="通辽市人民政府职能转变和数字政府建设领导小组办公室", when=when,
        doc_no=f"通数字办发〔{when.year}〕3号")
