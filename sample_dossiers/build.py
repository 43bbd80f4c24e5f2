#!/usr/bin/env python3
"""Build the sample dossiers under sample_dossiers/ — deterministically, byte for byte.

    .venv/bin/python sample_dossiers/build.py              # rebuild every sample in place
    .venv/bin/python sample_dossiers/build.py --out DIR    # build into DIR (the tests do this)
    .venv/bin/python sample_dossiers/build.py --only tongliao-application-clean

Every sample is a short declarative spec (`Sample`, at the bottom of this file): a project
(`Project`: the facts a unit would write on its forms) and the documents it submits, each made
by one of a few shared builders:

    form(...)              a 申报表 / 审批表 / 验收申请表 / 调整备案表: title + 2-column label|value table
    report(...)            a report with a cover and heading-styled chapters (python-docx headings)
    budget_workbook(...)   an .xlsx 概算表: 单位：万元, [序号, 费用名称, 数量, 单价, 金额, 备注],
                           section rows 一/二/三, =SUM formulas, a 合计 row
    table_workbook(...)    an .xlsx list (数据资源目录, 调整对照表)

Chapter text comes from `content_*` functions that read the Project, so two samples that differ
in one thing differ in their spec in that one thing.

Reproducibility: docx core properties and workbook properties are fixed, and each zip container
is re-written with sorted members, ZipInfo date_time (1980, 1, 1, 0, 0, 0), create_system 3 and
deflate level 6, so a rebuild reproduces the committed bytes (tests/samples checks this; the
check assumes the same zlib — see README).

`expected.yaml` (what `govcheck validate` must report for each sample) is written from the same
specs, so a sample and its expectation cannot drift apart.
"""

from __future__ import annotations

import argparse
import io
import re
import shutil
import sys
import zipfile
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Callable, Union

HERE = Path(__file__).resolve().parent

# =========================================================================== determinism

ZIP_TIME = (1980, 1, 1, 0, 0, 0)
FIXED_WHEN = datetime(2025, 1, 1, 9, 0, 0)  # core-property time when a document has no date
_CORE_DATE = re.compile(
    r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)|"
    r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)"
)


def _fix_core_xml(xml: bytes, when: datetime) -> bytes:
    """Pin dcterms:created / dcterms:modified / cp:lastPrinted (openpyxl stamps 'now' on save)."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")

    def sub(m: re.Match) -> str:
        if m.group(1):
            return f"{m.group(1)}{stamp}{m.group(3)}"
        return f"{m.group(4)}{stamp}{m.group(5)}"

    return _CORE_DATE.sub(sub, xml.decode("utf-8")).encode("utf-8")


def normalise_zip(data: bytes, when: datetime) -> bytes:
    """Re-write an OOXML zip so that the same content always gives the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in sorted(src.namelist()):
            payload = src.read(name)
            if name == "docProps/core.xml":
                payload = _fix_core_xml(payload, when)
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, payload, compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
    return out.getvalue()


# =========================================================================== document model


@dataclass
class P:
    """A body paragraph."""

    text: str
    align: str | None = None  # center | right
    bold: bool = False


@dataclass
class T:
    """A table: the first row is a header row unless header=False."""

    rows: list[list[str]]
    header: bool = True
    label_column: bool = False  # bold first column (label|value forms)


Block = Union[str, P, T, "Sec"]


@dataclass
class Sec:
    """A section: a heading (python-docx heading style, level = depth) and its blocks."""

    heading: str
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Docx:
    file: str
    title: str
    blocks: list[Block]
    author: str
    when: date | None = None
    subject: str = ""


@dataclass
class SheetSpec:
    name: str
    title: str
    header: list[str]
    rows: list[list[object]]
    unit_line: str | None = None  # e.g. 单位：万元
    widths: list[int] = field(default_factory=list)
    bold_rows: set[int] = field(default_factory=set)  # indexes into rows
    money_cols: set[int] = field(default_factory=set)  # 0-based columns shown as 0.00


@dataclass
class Xlsx:
    file: str
    sheets: list[SheetSpec]
    author: str
    when: date | None = None
    title: str = ""


Spec = Union[Docx, Xlsx]


def _when(d: date | None) -> datetime:
    return datetime(d.year, d.month, d.day, 9, 0, 0) if d else FIXED_WHEN


# =========================================================================== writers


def _east_asian(style, font: str, size_pt: float | None = None, bold: bool | None = None) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    style.font.name = font
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rfonts.set(qn(attr), font)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)
    style.font.color.rgb = RGBColor(0, 0, 0)
    if size_pt:
        style.font.size = Pt(size_pt)
    if bold is not None:
        style.font.bold = bold


def write_docx(spec: Docx) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    _east_asian(d.styles["Normal"], "仿宋", 14)
    _east_asian(d.styles["Title"], "方正小标宋简体", 20, True)
    for lvl, (font, size) in enumerate((("黑体", 16), ("楷体", 16), ("仿宋", 14)), start=1):
        _east_asian(d.styles[f"Heading {lvl}"], font, size, lvl != 3)
    align = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}

    def put(block: Block, depth: int) -> None:
        if isinstance(block, Sec):
            d.add_heading(block.heading, level=min(depth, 3))
            for b in block.blocks:
                put(b, depth + 1)
        elif isinstance(block, T):
            put_table(block)
        else:
            para = block if isinstance(block, P) else P(block)
            p = d.add_paragraph()
            run = p.add_run(para.text)
            run.bold = para.bold
            if para.align:
                p.alignment = align[para.align]

    def put_table(t: T) -> None:
        ncols = max(len(r) for r in t.rows)
        table = d.add_table(rows=0, cols=ncols)
        table.style = "Table Grid"
        for i, row in enumerate(t.rows):
            cells = table.add_row().cells
            for j in range(ncols):
                text = row[j] if j < len(row) else ""
                para = cells[j].paragraphs[0]
                run = para.add_run(text)
                if (t.header and i == 0) or (t.label_column and j == 0):
                    run.bold = True
        d.add_paragraph()

    d.add_heading(spec.title, level=0)
    for b in spec.blocks:
        put(b, 1)

    cp = d.core_properties
    when = _when(spec.when)
    cp.title = spec.title
    cp.subject = spec.subject
    cp.author = spec.author
    cp.last_modified_by = spec.author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""
    buf = io.BytesIO()
    d.save(buf)
    return normalise_zip(buf.getvalue(), when)


def write_xlsx(spec: Xlsx) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for s in spec.sheets:
        ws = wb.create_sheet(s.name)
        ncols = len(s.header)
        last = get_column_letter(ncols)
        ws.append([s.title])
        ws.merge_cells(f"A1:{last}1")
        ws["A1"].font = Font(name="宋体", size=16, bold=True)
        ws["A1"].alignment = Alignment(horizontal="center")
        r = 2
        if s.unit_line:
            ws.append([s.unit_line])
            ws.merge_cells(f"A2:{last}2")
            ws["A2"].alignment = Alignment(horizontal="right")
            r = 3
        ws.append(s.header)
        for c in range(1, ncols + 1):
            cell = ws.cell(row=r, column=c)
            cell.font = Font(name="宋体", bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = box
        for i, row in enumerate(s.rows):
            ws.append(row)
            rr = r + 1 + i
            for c in range(1, ncols + 1):
                cell = ws.cell(row=rr, column=c)
                cell.border = box
                cell.font = Font(name="宋体", bold=i in s.bold_rows)
                if c - 1 in s.money_cols:
                    cell.number_format = "0.00"
        for c, w in enumerate(s.widths, start=1):
            ws.column_dimensions[get_column_letter(c)].width = w
        ws.freeze_panes = ws.cell(row=r + 1, column=1)
    when = _when(spec.when)
    wb.properties.creator = spec.author
    wb.properties.lastModifiedBy = spec.author
    wb.properties.title = spec.title or spec.file.rsplit(".", 1)[0]
    wb.properties.created = when
    wb.properties.modified = when
    buf = io.BytesIO()
    wb.save(buf)
    return normalise_zip(buf.getvalue(), when)


def write_spec(spec: Spec) -> bytes:
    return write_docx(spec) if isinstance(spec, Docx) else write_xlsx(spec)


# =========================================================================== small helpers


def cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def cn_month(d: date) -> str:
    return f"{d.year}年{d.month}月"


def money(x: Decimal | int | float) -> str:
    return f"{Decimal(x).quantize(Decimal('0.01'), ROUND_HALF_UP)}"


def pct(part: Decimal, whole: Decimal) -> str:
    return f"{(Decimal(part) * 100 / Decimal(whole)).quantize(Decimal('0.01'), ROUND_HALF_UP)}%"


def yn(b: bool) -> str:
    return "是" if b else "否"


CN_NUM = "一二三四五六七八九十"


def _numbered_subsections(blocks: list[Block], prefix: str) -> list[Block]:
    out: list[Block] = []
    k = 0
    for b in blocks:
        if isinstance(b, Sec):
            k += 1
            num = f"{prefix}.{k}"
            b = Sec(f"{num} {b.heading}", _numbered_subsections(b.blocks, num))
        out.append(b)
    return out


def chapters(secs: list[Sec]) -> list[Sec]:
    """Number top-level chapters 第一章 … and their sections 1.1, 1.1.1 …"""
    out = []
    for i, s in enumerate(secs, start=1):
        num = CN_NUM[i - 1] if i <= 10 else f"十{CN_NUM[i - 11]}"
        out.append(Sec(f"第{num}章 {s.heading}", _numbered_subsections(s.blocks, str(i))))
    return out


# =========================================================================== the project a unit describes


@dataclass(frozen=True)
class Item:
    """One line of 一、工程费用 (amounts in 万元)."""

    name: str
    qty: int
    price: str  # 单价, 万元
    note: str = ""
    kind: str = "software"  # software | hardware | service

    @property
    def amount(self) -> Decimal:
        return Decimal(self.price) * self.qty


@dataclass(frozen=True)
class Module:
    name: str
    desc: str


@dataclass(frozen=True)
class DataRes:
    """A data resource the system produces and catalogues (数据资源目录 row)."""

    name: str
    items: str
    share: str = "有条件共享"
    condition: str = "经申请审核后通过政务数据共享交换平台共享"
    open: str = "不予开放"
    update: str = "每日"
    fmt: str = "数据库"


@dataclass(frozen=True)
class DataNeed:
    """Data the system needs from another department."""

    name: str
    provider: str
    via: str = "政务数据共享交换平台接口调用"


@dataclass(frozen=True)
class Indicator:
    level1: str
    level2: str
    name: str
    value: str


@dataclass(frozen=True)
class Project:
    name: str
    system: str  # the system being built, e.g. 政务服务综合受理平台
    unit: str
    region: str  # 通辽市 / 科尔沁区 / 开鲁县 …
    level: str  # 市本级 | 旗县市区
    total: Decimal
    funding: str
    plan_year: int
    application_date: date
    leader: str
    phone: str
    works: tuple[Item, ...]
    modules: tuple[Module, ...]
    data_out: tuple[DataRes, ...]
    users: str
    background: tuple[str, ...] = ()
    status: tuple[str, ...] = ()
    upgrade_gap: str = ""  # 新建: why upgrading an old system will not do; 升级改造: what is upgraded
    duplication: str = ""  # relation to higher-level built / planned systems
    needs: tuple[tuple[str, str], ...] = ()
    data_in: tuple[DataNeed, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    project_type: str = "建设类"
    nature: str = "新建"
    category: str = "专业"  # 公共 | 专业
    classification: str = "非涉密"
    mlps: str = "第二级"
    custom: bool = True
    months: int = 12
    code: str | None = None
    original_investment: Decimal | None = None
    implementing_body: str = ""
    designer: str = "内蒙古数智云图信息技术咨询有限公司"  # who wrote the 可研 / 实施方案

    @property
    def body(self) -> str:
        return self.implementing_body or f"{self.unit}项目建设领导小组办公室"

    @property
    def crypto_level(self) -> str:
        return self.mlps


# =========================================================================== budget


def _r2(x: Decimal) -> Decimal:
    return x.quantize(Decimal("0.01"), ROUND_HALF_UP)


MLPS_FEE = {"第二级": (Decimal("2.80"), Decimal("2.20")), "第三级": (Decimal("6.00"), Decimal("5.00"))}


@dataclass(frozen=True)
class BudgetLine:
    name: str
    qty: int | None
    price: Decimal | None
    amount: Decimal
    note: str = ""


def budget(p: Project) -> list[tuple[str, str, list[BudgetLine]]]:
    """(序号, section name, lines) for 一、工程费用 / 二、工程建设其他费用 / 三、预备费.

    Other costs follow the usual rates; the 预备费 is what is left of the declared total, so the
    sheet's 合计 is exactly the total investment the forms state.
    """
    works = [BudgetLine(i.name, i.qty, Decimal(i.price), _r2(i.amount), i.note) for i in p.works]
    w = sum((x.amount for x in works), Decimal(0))
    sw = sum((i.amount for i in p.works if i.kind == "software"), Decimal(0))
    mlps_fee, crypto_fee = MLPS_FEE[p.mlps]
    other = [
        BudgetLine("前期工作费（可行性研究报告编制）", None, None, _r2(w * Decimal("0.015")),
                   "按工程费用1.5%计取"),
        BudgetLine("工程监理费", None, None, _r2(w * Decimal("0.025")), "按工程费用2.5%计取"),
        BudgetLine("招标代理费", None, None, _r2(w * Decimal("0.008")), "按工程费用0.8%计取"),
    ]
    if p.custom:
        other.append(BudgetLine("第三方软件测试费", None, None, _r2(sw * Decimal("0.02")),
                                "定制开发软件，按软件开发费2%计取"))
    other += [
        BudgetLine("网络安全等级保护测评费", 1, mlps_fee, mlps_fee, f"{p.mlps}系统"),
        BudgetLine("商用密码应用安全性评估费", 1, crypto_fee, crypto_fee, "GB/T 39786-2021"),
        BudgetLine("验收费", None, None, _r2(w * Decimal("0.006")), "验收评审、验收测评"),
    ]
    o = sum((x.amount for x in other), Decimal(0))
    reserve = p.total - w - o
    if not (Decimal(0) < reserve < p.total * Decimal("0.08")):
        raise ValueError(f"{p.name}: 预备费 {reserve} out of range — adjust the 工程费用 lines")
    rate = pct(reserve, w + o)
    return [
        ("一", "工程费用", works),
        ("二", "工程建设其他费用", other),
        ("三", "预备费", [BudgetLine("基本预备费", None, None, reserve, f"按一、二部分之和的{rate}计取")]),
    ]


def budget_totals(p: Project) -> dict[str, Decimal]:
    return {name: sum((x.amount for x in lines), Decimal(0)) for _, name, lines in budget(p)}


def budget_workbook(file: str, p: Project, when: date, title_suffix: str = "投资概算表") -> Xlsx:
    """The 概算表: 单位：万元, the six-column header, sections with =SUM, a 合计 row."""
    rows: list[list[object]] = []
    bold: set[int] = set()
    section_rows: list[int] = []
    header_row = 3  # title, unit line, header
    for num, name, lines in budget(p):
        r = header_row + len(rows) + 1  # spreadsheet row of this section
        bold.add(len(rows))
        section_rows.append(r)
        if name == "预备费":
            # a single-line section: the amount sits on the section row itself
            only = lines[0]
            rows.append([num, f"{num}、{name}", None, None, float(only.amount), only.note])
            continue
        first, last = r + 1, r + len(lines)
        rows.append([num, f"{num}、{name}", None, None, f"=SUM(E{first}:E{last})", ""])
        for k, x in enumerate(lines, start=1):
            rows.append([k, x.name, x.qty, float(x.price) if x.price is not None else None,
                         float(x.amount), x.note])
    bold.add(len(rows))
    rows.append(["合计", "合计", None, None, "=SUM(" + ",".join(f"E{r}" for r in section_rows) + ")",
                 ""])
    sheet = SheetSpec(
        name="概算表",
        title=f"{p.name}{title_suffix}",
        header=["序号", "费用名称", "数量", "单价", "金额", "备注"],
        rows=rows,
        unit_line="单位：万元",
        widths=[8, 44, 8, 10, 12, 36],
        bold_rows=bold,
        money_cols={3, 4},
    )
    return Xlsx(file, [sheet], author=p.unit, when=when, title=sheet.title)


def budget_summary_table(p: Project) -> T:
    t = budget_totals(p)
    rows = [["序号", "费用名称", "金额（万元）", "占总投资比例"]]
    for (num, name, _), amount in zip(budget(p), t.values()):
        rows.append([num, name, money(amount), pct(amount, p.total)])
    rows.append(["", "合计", money(p.total), "100.00%"])
    return T(rows)


def equipment_table(p: Project) -> T:
    rows = [["序号", "名称", "数量", "单价（万元）", "金额（万元）", "说明"]]
    for k, i in enumerate(p.works, start=1):
        rows.append([str(k), i.name, str(i.qty), money(Decimal(i.price)), money(i.amount), i.note])
    return T(rows)


# =========================================================================== chapter content

BASIS = (
    "《通辽市数字化项目管理暂行办法》（通政发〔2024〕97号）",
    "《国务院办公厅关于印发国家政务信息化项目建设管理办法的通知》（国办发〔2019〕57号）",
    "《内蒙古自治区本级政务信息化项目管理暂行办法》（内政数字〔2024〕98号）",
    "《政务信息系统定义和范围》（GB/T 40692-2021）",
    "《信息安全技术 网络安全等级保护基本要求》（GB/T 22239-2019）",
    "《信息安全技术 信息系统密码应用基本要求》（GB/T 39786-2021）",
    "《政务信息资源目录编制指南（试行）》",
)

PLAN_TITLES = {
    "fs": "可行性研究报告",
    "impl": "实施方案",
    "design": "初步设计方案",
}
PLAN_SUBTITLES = {
    "fs": "（项目建议书、可行性研究报告二合一）",
    "impl": "（项目建议书、可行性研究报告、初步设计方案三合一）",
    "design": "",
}


def numbered(items: list[str] | tuple[str, ...]) -> list[str]:
    return [f"（{CN_NUM[i]}）{x}" for i, x in enumerate(items)]


def sec_overview(p: Project, variant: str) -> Sec:
    t = budget_totals(p)
    money_line = (
        f"项目总投资{money(p.total)}万元，其中工程费用{money(t['工程费用'])}万元，"
        f"工程建设其他费用{money(t['工程建设其他费用'])}万元，预备费{money(t['预备费'])}万元。"
        f"资金来源为{p.funding}资金。"
    )
    return Sec("项目概况", [
        Sec("项目基本情况", [
            f"项目名称：{p.name}",
            f"项目单位：{p.unit}",
            f"项目层级：{p.level}；项目类型：{p.project_type}；建设性质：{p.nature}；"
            f"项目分类：{p.category}数字化项目；涉密情况：{p.classification}。",
            f"项目责任人：{p.leader}；联系电话：{p.phone}。",
        ]),
        Sec("编制依据", numbered(BASIS)),
        Sec("建设目标", [
            f"通过建设{p.system}，{p.background[-1]}",
            f"项目建成后，系统部署于通辽市政务云，依托市电子政务外网运行，与政务数据共享交换平台、"
            f"公共应用支撑体系和密码服务支撑体系对接，实现互联互通、数据共享和业务协同。",
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
            "经比对自治区、通辽市已建及拟建系统清单，本项目建设内容与上级系统不存在重复建设，"
            "能够通过共享共用方式满足的功能均已直接复用，不再重复开发。",
        ]),
        Sec("建设必要性", [
            f"建设{p.system}是落实《通辽市数字化项目管理暂行办法》关于推进集约节约建设、系统互联互通、"
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
    blocks: list[Block] = [
        Sec("建设原则", numbered((
            "统筹规划、集约建设：充分依托市电子政务网络、政务云、政务数据共享交换平台等已有资源。",
            "数据赋能、共享协同：按照“一数一源、一源多用”原则开展数据资源整合和共享。",
            "安全可靠、自主可控：采用安全可靠的软硬件产品，同步落实网络安全和密码应用要求。",
        ))),
        Sec("总体架构", [
            "系统总体架构分为基础设施层、数据资源层、应用支撑层、业务应用层和用户访问层，"
            "并贯穿标准规范体系、安全保障体系和运维管理体系。",
            "基础设施层使用通辽市政务云提供的计算、存储和网络资源，不新建机房；应用支撑层复用统一身份认证、"
            "电子印章、电子证照、统一消息等公共应用支撑体系组件。",
        ]),
        Sec("功能设计", [Sec(m.name, [m.desc]) for m in p.modules]),
        Sec("部署方案", [
            "系统部署于通辽市政务云，网络环境为市电子政务外网，互联网用户访问经政务云安全接入区统一接入。"
            "数据库采用主备部署，应用服务器采用负载均衡集群部署。",
        ]),
        Sec("系统集成与接口", [
            "系统通过政务数据共享交换平台与相关部门系统对接，通过统一身份认证平台实现单点登录，"
            "政务服务类事项与内蒙古自治区一体化政务服务平台（蒙速办）对接，不形成孤立信息系统。",
        ]),
    ]
    if variant in ("design", "impl"):
        blocks.append(Sec("软硬件配置清单", [equipment_table(p)]))
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
            f"{len(p.data_out)}类，全部挂接至通辽市政务数据共享交换平台目录管理系统。",
            data_catalog_table(p),
        ]),
        Sec("共享数据需求分析", [
            f"本项目需从相关部门获取以下{len(p.data_in)}类数据，均通过政务数据共享交换平台按需申请、"
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
            f"本系统拟定网络安全等级保护{p.mlps}，系统上线前向通辽市公安局网络安全保卫支队办理定级备案，"
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
            f"依托通辽市密码服务支撑体系，按照GB/T 39786-2021{p.crypto_level}要求同步规划、同步建设、"
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


def library_application(p: Project, file: str = "附件1-项目入库申请表.docx") -> Docx:
    """申请入库文件 (TL-14a): the 入库申请表 carries the application facts."""
    rows = identity_rows(p)
    if p.original_investment is not None:
        rows.append(("原项目投资（万元）", money(p.original_investment)))
    rows += [
        ("总投资（万元）", money(p.total)),
        ("资金来源", f"{p.funding}资金"),
        ("计划年度", str(p.plan_year)),
        ("建设工期", f"{p.months}个月"),
    ]
    rows += feature_rows(p)
    rows += [
        ("项目实施机构", p.body),
        ("项目负责人", p.leader),
        ("联系电话", p.phone),
        ("主要建设内容", f"建设{p.system}，包括" + "、".join(m.name for m in p.modules) + "。"),
        ("绩效目标", "；".join(f"{i.name}{i.value}" for i in p.indicators[:3]) + "。"),
        ("申报日期", cn_date(p.application_date)),
    ]
    return form(file, f"通辽市数字化项目入库申请表", rows, author=p.unit, when=p.application_date,
                intro=[P(f"填报单位：{p.unit}")])


def plan_document(p: Project, variant: str, file: str, when: date) -> Docx:
    title = f"{p.name}{PLAN_TITLES[variant]}"
    return report(file, title, content_plan(p, variant, when), author=p.unit, when=when,
                  subtitle=PLAN_SUBTITLES[variant], by=p.designer,
                  cover_lines=[f"项目单位：{p.unit}"])


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
                      org: str = "内蒙古正衡工程咨询有限公司") -> Docx:
    """评审报告 of the 评审机构 (TL-19b)."""
    t = budget_totals(p)
    rows = [["序号", "费用名称", "申报金额（万元）", "审核金额（万元）", "审减金额（万元）"]]
    for num, name in (("一", "工程费用"), ("二", "工程建设其他费用"), ("三", "预备费")):
        rows.append([num, name, money(t[name]), money(t[name]), "0.00"])
    rows.append(["", "合计", money(p.total), money(p.total), "0.00"])
    what = PLAN_TITLES[variant]
    secs = [
        Sec("评审依据", numbered(BASIS[:4])),
        Sec("评审过程", [
            f"受通辽市人民政府职能转变和数字政府建设领导小组办公室委托，我公司组织5名专家于{cn_date(when)}"
            f"对《{p.name}{what}》进行了评审。专家组听取了项目单位和编制单位的汇报，审阅了相关材料，"
            f"经质询和讨论，形成评审意见。项目单位已按专家意见修改完善。",
        ]),
        Sec("评审意见", [
            Sec("建设必要性", ["项目建设符合全市数字化发展规划，需求明确，建设必要。"]),
            Sec("建设方案", ["总体架构合理，部署于市政务云，依托市电子政务外网和政务数据共享交换平台，"
                            "技术方案可行。"]),
            Sec("数据资源共享", ["已编制数据资源目录，数据资源共享分析章节完整，建立了数据共享开放长效机制"
                                "和共享数据使用情况反馈机制。"]),
            Sec("网络和数据安全", ["网络和数据安全保障措施、密码应用方案基本完整，符合“三同步”要求。"]),
            Sec("投资审核", ["经审核，项目总投资审核金额与申报金额一致，详见下表。", T(rows)]),
        ]),
        Sec("评审结论", [f"项目建设必要，方案可行，投资合理。审核总投资{money(p.total)}万元。"
                         f"评审结论：通过，建议批复。"]),
    ]
    return report(file, f"{p.name}{what}评审报告", secs, author=org, when=when, by=org)


def data_catalog_workbook(p: Project, when: date, file: str = "附件6-数据资源目录.xlsx") -> Xlsx:
    """数据资源目录 (TL-22c)."""
    rows = []
    for k, d in enumerate(p.data_out, start=1):
        rows.append([k, d.name, f"150500-{p.code[12:14] if p.code else '00'}-{k:04d}", p.unit,
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
        Sec("项目概况", [f"{p.system}部署于通辽市政务云，拟定等级保护{p.mlps}。"]),
        Sec("密码应用需求分析", [
            Sec("合规性需求", [f"依据GB/T 39786-2021，系统应满足{p.crypto_level}密码应用基本要求。"]),
            Sec("安全需求", ["需保障用户身份鉴别的真实性、重要数据传输的机密性和完整性、"
                             "重要数据存储的机密性和完整性以及关键操作的不可否认性。"]),
        ]),
        Sec("密码应用技术方案", [
            Sec("物理和环境安全", ["复用政务云机房已部署的电子门禁和视频监控密码保护措施。"]),
            Sec("网络和通信安全", ["采用SSL VPN安全网关建立国密SM2/SM4安全通道。"]),
            Sec("设备和计算安全", ["服务器采用基于SM3的身份鉴别，日志记录完整性采用HMAC-SM3保护。"]),
            Sec("应用和数据安全", ["依托通辽市密码服务支撑体系提供的签名验签和数据加解密服务，"
                                   "重要数据采用SM4加密存储。"]),
        ]),
        Sec("密码应用管理方案", ["建立密码应用管理制度、人员管理制度和应急处置预案。"]),
        Sec("实施保障及密评计划", [f"系统上线前委托商用密码应用安全性评估机构开展密评。"]),
    ])
    return report(file, f"{p.name}商用密码应用方案", secs, author=p.unit, when=when, by=p.designer)


def mlps_filing(p: Project, when: date, file: str = "附件8-网络安全等级保护定级备案证明.docx") -> Docx:
    no = f"15050099{(sum(map(ord, p.system)) % 900) + 100:03d}-{when.year % 100:02d}001"
    rows = [
        ("备案单位", p.unit),
        ("信息系统名称", p.system),
        ("安全保护等级", p.mlps),
        ("备案编号", no),
        ("受理机关", "通辽市公安局网络安全保卫支队"),
        ("受理日期", cn_date(when)),
    ]
    return form(file, "信息系统安全等级保护备案证明", rows, author="通辽市公安局网络安全保卫支队",
                when=when, intro=[f"{p.unit}：", "经审核，你单位报送的信息系统安全等级保护定级材料"
                                  "符合要求，予以备案。"])


def secure_reliable_statement(p: Project, when: date, file: str = "附件9-软硬件产品安全可靠说明.docx") -> Docx:
    rows = [["序号", "产品类别", "产品名称", "说明"],
            ["1", "服务器", "国产ARM架构服务器", "列入安全可靠测评结果"],
            ["2", "操作系统", "国产服务器操作系统V10", "列入安全可靠测评结果"],
            ["3", "数据库", "国产关系型数据库V8", "列入安全可靠测评结果"],
            ["4", "中间件", "国产应用服务器中间件V10", "列入安全可靠测评结果"]]
    return report(file, f"{p.name}软硬件产品安全可靠说明", [
        Sec("总体说明", [f"根据《通辽市数字化项目管理暂行办法》第三十条，现将{p.name}拟采用软硬件产品的"
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


def approval_form(p: Project, when: date, *, pre_review: date, entered: date, review: date,
                  file: str = "附件1-项目审批申请表.docx") -> Docx:
    """项目审批申请表: the facts of 第十五–二十五条, 第四十一、四十三、四十七条."""
    rows = identity_rows(p) + [
        ("项目代码", p.code or ""),
        ("总投资（万元）", money(p.total)),
        ("资金来源", f"{p.funding}资金"),
        ("计划年度", str(p.plan_year)),
        ("前置审核日期", cn_date(pre_review)),
        ("入库编号", f"TLSZK-{p.application_date.year}-{sum(map(ord, p.name)) % 9000 + 1000}"),
        ("入库日期", cn_date(entered)),
        ("是否纳入年度计划", "是"),
        ("是否纳入财政预算", "是"),
        ("建设工期", f"{p.months}个月"),
    ] + feature_rows(p) + [
        ("是否涉及新建土建工程", "否"),
        ("是否高耗能项目", "否"),
        ("是否存在数据仅向特定企业、社会组织开放情形", "否"),
        ("是否通过其他渠道审批", "否"),
        ("是否需国家、自治区相关部门验收", "否"),
        ("评审报告日期", cn_date(review)),
        ("项目实施机构", p.body),
        ("项目负责人", p.leader),
        ("联系电话", p.phone),
        ("申报日期", cn_date(when)),
    ]
    return form(file, "通辽市数字化项目审批申请表", rows, author=p.unit, when=when)


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


# =========================================================================== adjustment (调整)


@dataclass(frozen=True)
class Change:
    """One line of the 建设内容调整对照表 (amounts in 万元)."""

    name: str
    orig_qty: int
    orig_amount: str
    new_qty: int
    new_amount: str
    how: str  # 数量调整 | 参数调整 | 新增

    @property
    def delta(self) -> Decimal:
        return Decimal(self.new_amount) - Decimal(self.orig_amount)


@dataclass(frozen=True)
class Adjustment:
    approved_total: Decimal
    approval_no: str
    approval_date: date
    filing_date: date
    reason: str  # 一 | 二 | 三 (第三十五条第一款第(一)–(三)项)
    why: str
    changes: tuple[Change, ...]

    @property
    def increase(self) -> Decimal:
        return sum((c.delta for c in self.changes if c.delta > 0), Decimal(0))

    @property
    def decrease(self) -> Decimal:
        return -sum((c.delta for c in self.changes if c.delta < 0), Decimal(0))

    @property
    def new_content(self) -> Decimal:
        return sum((c.delta for c in self.changes if c.how == "新增"), Decimal(0))

    @property
    def adjusted_total(self) -> Decimal:
        return self.approved_total + self.increase - self.decrease


REASONS = {
    "一": "情形一：根据党中央、国务院和自治区部署，或国家行业主管部门有明确要求，确需改变建设内容",
    "二": "情形二：确需对原项目技术方案进行完善优化",
    "三": "情形三：根据业务发展需要，在已批复项目建设规划的框架下适当调整相关建设内容和进度",
}


def adjustment_filing(p: Project, a: Adjustment, file: str = "附件1-项目建设内容调整备案表.docx") -> Docx:
    """调整备案表 (TL-35e): the figures TL-35a/b/g/h test, all derived from the change lines."""
    big = max(a.increase, a.decrease)
    rows = identity_rows(p) + [
        ("项目代码", p.code or ""),
        ("批复文号", a.approval_no),
        ("批复日期", cn_date(a.approval_date)),
        ("原批复概算总投资（万元）", money(a.approved_total)),
        ("调增金额（万元）", money(a.increase)),
        ("调减金额（万元）", money(a.decrease)),
        ("新增建设内容投资（万元）", money(a.new_content)),
        ("调整后总投资（万元）", money(a.adjusted_total)),
        ("资金调整比例", f"{pct(big, a.approved_total)}（调增、调减中较大者／原批复概算总投资）"),
        ("新增建设内容占比", pct(a.new_content, a.approved_total)),
        ("调整原因", REASONS[a.reason]),
        ("建设目标是否变化", "否"),
        ("项目负责人", p.leader),
        ("联系电话", p.phone),
    ]
    change_rows = [["序号", "建设内容", "调整类型", "原批复金额（万元）", "调整后金额（万元）", "增减（万元）"]]
    for k, c in enumerate(a.changes, start=1):
        change_rows.append([str(k), c.name, c.how, money(Decimal(c.orig_amount)),
                            money(Decimal(c.new_amount)), money(c.delta)])
    after: list[Block] = [
        Sec("调整说明", [
            Sec("调整原因", [a.why]),
            Sec("调整内容", [
                "本次调整在批复的软硬件清单内进行数量、参数的调整，并新增部分建设内容，"
                "建设目标和建设规模不变，详见下表及附件《建设内容调整对照表》。",
                T(change_rows),
            ]),
            Sec("调整依据", [
                "根据《通辽市数字化项目管理暂行办法》第三十五条，项目投资规模未超出概算批复、建设目标不变，"
                "资金调整数额不超过概算总投资15%，新增的建设内容投资不超过总投资5%且不超过200万元的，"
                "可以由项目单位调整，同时向项目主管部门备案。",
            ]),
        ]),
    ]
    return form(file, "通辽市数字化项目建设内容调整备案表", rows, author=p.unit, when=a.filing_date,
                intro=[P(f"报送单位：{p.unit}"), "备案机关：通辽市人民政府职能转变和数字政府建设领导小组办公室"],
                after=after)


def adjustment_table(p: Project, a: Adjustment, file: str = "附件2-建设内容调整对照表.xlsx") -> Xlsx:
    rows: list[list[object]] = []
    for k, c in enumerate(a.changes, start=1):
        rows.append([k, c.name, c.how, c.orig_qty, float(Decimal(c.orig_amount)), c.new_qty,
                     float(Decimal(c.new_amount)), f"=G{k + 3}-E{k + 3}"])
    n = len(rows)
    rows.append(["小计", "小计", "", None, f"=SUM(E4:E{n + 3})", None, f"=SUM(G4:G{n + 3})",
                 f"=SUM(H4:H{n + 3})"])
    return table_workbook(
        file, f"{p.name}建设内容调整对照表",
        ["序号", "建设内容", "调整类型", "原批复数量", "原批复金额", "调整后数量", "调整后金额", "增减金额"],
        rows, author=p.unit, when=a.filing_date, sheet="调整对照表", unit_line="单位：万元",
        widths=[8, 40, 12, 10, 12, 10, 12, 12], money_cols={4, 6, 7}, bold_rows={n})


def approval_reply(p: Project, a: Adjustment, file: str = "附件3-原项目批复文件.docx") -> Docx:
    return letter(file, f"关于{p.name}初步设计方案及投资概算的批复", p.unit, [
        f"你单位《关于审批{p.name}可行性研究报告和初步设计方案的请示》及相关材料收悉。"
        f"经研究，现批复如下：",
        f"一、同意{p.name}初步设计方案。项目建设内容包括" + "、".join(m.name for m in p.modules) + "。",
        f"二、核定项目概算总投资{money(a.approved_total)}万元，资金来源为{p.funding}资金。",
        f"三、项目建设周期{p.months}个月。请严格按照批复的建设规模、建设内容和设计方案组织实施，"
        f"不得擅自变更。",
    ], author="通辽市人民政府职能转变和数字政府建设领导小组办公室", when=a.approval_date,
        doc_no=a.approval_no)


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


def acceptance_application(p: Project, acc: Acceptance, attached: list[str],
                           file: str = "01-竣工验收申请表.docx",
                           names: dict[str, str] | None = None) -> Docx:
    rows = identity_rows(p) + [
        ("项目代码", p.code or ""),
        ("批复文号", acc.approval_no),
        ("批复总投资（万元）", money(p.total)),
        ("实际完成投资（万元）", money(actual_total(p, acc))),
        ("承建单位", acc.contractor),
        ("监理单位", acc.supervisor),
        ("合同签订日期", cn_date(acc.contract_date)),
        ("开工日期", cn_date(acc.start_date)),
        ("批复建设期", f"{cn_date(acc.approval_date)}至{cn_date(acc.period_end)}"),
        ("完工日期", cn_date(acc.completion_date)),
        ("初步验收日期", cn_date(acc.preliminary_date)),
        ("上线日期", cn_date(acc.trial_start)),
        ("试运行稳定日期", cn_date(acc.trial_stable)),
        ("竣工验收申请日期", cn_date(acc.application_date)),
        ("是否定制开发", yn(p.custom)),
        ("是否购置硬件设备", yn(any(i.kind == "hardware" for i in p.works))),
        ("是否新建数据中心", "否"),
        ("安全保护等级", p.mlps),
        ("免费运维期", "36个月"),
        ("项目负责人", p.leader),
        ("联系电话", p.phone),
    ]
    names = {**ACCEPTANCE_MATERIALS, **(names or {})}
    listed = [names[k] for k in attached if k in names]
    after: list[Block] = [
        f"我单位{p.name}已于{cn_date(acc.preliminary_date)}完成初步验收，系统自{cn_date(acc.trial_start)}"
        f"起试运行，于{cn_date(acc.trial_stable)}达到稳定状态。根据《通辽市数字化项目管理暂行办法》"
        f"第三十八条，特申请竣工验收。",
        "随附材料：" + "；".join(f"{i}.{x}" for i, x in enumerate(listed, start=1)) + "。",
    ]
    return form(file, "通辽市数字化项目竣工验收申请表", rows, author=p.unit, when=acc.application_date,
                intro=[P(f"申请单位：{p.unit}"),
                       "受理部门：通辽市人民政府职能转变和数字政府建设领导小组办公室"],
                after=after)


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
            ("项目新购服务器均部署于市政务云机房，未新建数据中心，设备满足能效等级要求。"
             if has_hw else "项目未购置硬件设备、未新建数据中心，计算资源使用市政务云。")]),
        Sec("数据共享情况", [f"系统已编目信息资源{len(p.data_out)}类并挂接至政务数据共享交换平台，"
                            f"已取得数据共享情况确认书。"]),
        Sec("存在问题及下一步工作", ["持续做好系统运行维护和数据更新，按期开展绩效自评价。"]),
    ])
    return report(file, f"{p.name}建设总结", secs, author=p.unit, when=acc.application_date)


def preliminary_report(p: Project, acc: Acceptance, file: str = "03-初步验收报告.docx") -> Docx:
    experts = [["序号", "姓名", "工作单位", "职称"],
               ["1", "王建国", "内蒙古民族大学计算机科学与技术学院", "教授"],
               ["2", "李慧敏", "通辽市大数据中心", "高级工程师"],
               ["3", "赵志刚", "内蒙古网安信息安全测评中心有限公司", "高级工程师"]]
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
                  by=acc.auditor, subtitle="", cover_lines=[f"通正信审字〔{acc.audit_date.year}〕第0{acc.audit_date.month:02d}6号"])


def risk_assessment_report(p: Project, acc: Acceptance, file: str = "06-安全风险评估报告.docx") -> Docx:
    rows = [["风险类别", "发现数量", "已整改", "残余风险等级"],
            ["技术脆弱性", "6", "6", "低"], ["管理脆弱性", "3", "3", "低"]]
    when = acc.preliminary_date
    secs = [
        Sec("评估范围", [f"{p.system}部署于通辽市政务云的应用系统、数据库及相关安全设备。"]),
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
        Sec("验收依据", ["《中华人民共和国档案法》、《重大建设项目档案验收办法》及自治区有关档案管理规定。"]),
        Sec("档案管理情况", ["项目档案共归档案卷86卷，其中文书类32卷、技术类41卷、财务类13卷，"
                            "并同步形成电子档案。"]),
        Sec("验收意见", [f"经检查，{p.name}档案齐全、完整、准确、系统，整理规范。"
                        f"档案验收结论：合格。"]),
    ]
    return report(file, f"{p.name}档案验收报告", secs, author=f"{p.region}档案馆",
                  when=acc.archive_date)


# =========================================================================== projects (what units write)

D = Decimal
CRYPTO_SVC = "商用密码应用改造服务"


def crypto_item(price: str) -> Item:
    return Item(CRYPTO_SVC, 1, price, "接入市密码服务支撑体系，SSL VPN及签名验签服务", "service")


def db_item(price: str, name: str = "国产数据库软件（企业版）") -> Item:
    return Item(name, 1, price, "列入安全可靠测评结果", "license")


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


# =========================================================================== the samples

AS_OF = date(2026, 3, 1)  # fixed, so deadline results never depend on the day the tests run


@dataclass
class Sample:
    name: str
    stage: str
    proves: str
    documents: Callable[[], list[Spec]]
    # The rule ids of the error findings. A failing sample fails for exactly these (the one thing
    # it is about, plus what the catalogue says follows from it, e.g. TL-35j after TL-35a).
    errors: tuple[str, ...] = ()
    exact: bool = True  # False: other error findings may appear as well
    clean: bool = False  # no error finding at all
    jurisdiction: str = "tongliao"
    as_of: date = AS_OF
    facts: dict[str, object] = field(default_factory=dict)  # manifest facts (what no form carries)

    @property
    def exit_code(self) -> int:
        return 0 if self.clean else 1


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


SAMPLES: list[Sample] = [
    # ------------------------------------------------------------------ application (入库)
    Sample(
        "tongliao-application-clean", "application",
        "旗县市区 70万 建设类 新建: 入库申请表 + 可研（二合一, 含需求分析、重复建设分析、数据资源共享分析、"
        "网络和数据安全保障措施、绩效目标）+ 概算表 + 市大数据中心前置审核意见 — no error",
        lambda: application_docs(KEERQIN_ONE_WINDOW, "fs"), clean=True),
    Sample(
        "tongliao-application-city-7999", "application",
        "市本级 79.99万 (< 80) needs the 实施方案（三合一）; submits a 可研（二合一） only → TL-14c",
        lambda: application_docs(TONGLIAO_MEDICAL_INSURANCE, "fs"), errors=("tongliao/TL-14c",)),
    Sample(
        "tongliao-application-city-80", "application",
        "市本级 80.00万 (≥ 80) needs the 可研（二合一）; submits a 实施方案 only → TL-14b",
        lambda: application_docs(TONGLIAO_FOOD_SAFETY, "impl"), errors=("tongliao/TL-14b",)),
    Sample(
        "tongliao-application-county-5999", "application",
        "旗县市区 59.99万 (< 60) needs the 实施方案（三合一）; submits a 可研 only → TL-14c",
        lambda: application_docs(NAIMAN_RATING, "fs"), errors=("tongliao/TL-14c",)),
    Sample(
        "tongliao-application-county-60", "application",
        "旗县市区 60.00万 (≥ 60) needs the 可研（二合一）; submits a 实施方案 only → TL-14b",
        lambda: application_docs(JARUD_OUTREACH, "impl"), errors=("tongliao/TL-14b",)),
    Sample(
        "tongliao-application-upgrade-reclass", "application",
        "升级改造 60万 with 原项目投资 500万 (12% ≤ 15%, ≤ 80万) must be managed as 运维服务类; "
        "declared 建设类 → TL-2c",
        lambda: application_docs(KAILU_HOTLINE_UPGRADE, "fs"), errors=("tongliao/TL-2c",)),
    # ------------------------------------------------------------------ approval (审批)
    Sample(
        "tongliao-approval-clean", "approval",
        "市本级 438万 公共数字化项目: 请示 to 领导小组办公室, 审批申请表 (项目代码, 纳入年度计划), 可研 + "
        "初步设计方案 (数据资源共享分析篇, 安全保障, 密码, 安全可靠), 概算表, 评审报告, 数据资源目录, "
        "商用密码应用方案, 等保定级备案证明, 安全可靠说明, 前置审核意见, 年度计划 — no error",
        lambda: approval_docs(TONGLIAO_PUBLIC_DATA), clean=True),
    # ------------------------------------------------------------------ adjustment (调整)
    Sample(
        "tongliao-adjustment-clean", "adjustment",
        "self-adjustment filed with 调整备案表: 调增 86 / 调减 92.40 of 860 (10.74% ≤ 15%), 新增 30 "
        "(3.49% ≤ 5%, ≤ 200万), 调整后 853.60 ≤ 概算, 目标不变, 情形二 — no error",
        lambda: adjustment_docs(HOUSING_FUND, ADJ_CLEAN), clean=True),
    Sample(
        "tongliao-adjustment-over-15", "adjustment",
        "max(调增 150.10, 调减 150.10) / 概算 1000 = 15.01% > 15% → TL-35a; so not a self-adjustment: "
        "调整批复 (TL-35j), 领导小组批准 (TL-46a) and 调整申请 (TL-46b) are required",
        lambda: adjustment_docs(ECO_MONITORING, ADJ_OVER_15), errors=("tongliao/TL-35a", "tongliao/TL-35j", "tongliao/TL-46a", "tongliao/TL-46b")),
    Sample(
        "tongliao-adjustment-new-content", "adjustment",
        "新增建设内容 50.10 / 概算 1000 = 5.01% > 5% (still ≤ 200万; 资金调整 7.01% ≤ 15%) → TL-35g "
        "(+ TL-35j, TL-46a, TL-46b as for every change outside 第三十五条)",
        lambda: adjustment_docs(EMERGENCY_COMMAND, ADJ_NEW_5), errors=("tongliao/TL-35g", "tongliao/TL-35j", "tongliao/TL-46a", "tongliao/TL-46b")),
    Sample(
        "tongliao-adjustment-new-content-200", "adjustment",
        "新增建设内容 200.01万 > 200万 (only 4.76% of 4200; 资金调整 7.14% ≤ 15%) → TL-35h "
        "(+ TL-35j, TL-46a, TL-46b as for every change outside 第三十五条)",
        lambda: adjustment_docs(CITY_OPERATIONS, ADJ_NEW_200), errors=("tongliao/TL-35h", "tongliao/TL-35j", "tongliao/TL-46a", "tongliao/TL-46b")),
    # ------------------------------------------------------------------ acceptance (竣工验收)
    Sample(
        "tongliao-acceptance-clean", "acceptance",
        "旗县市区 非涉密 定制开发 建设类: the full 第三十八条 list (申请, 建设总结, 初验报告, 财务报告, 审计报告, "
        "安全风险评估, 等保测评, 密评, 软件测试, 数据共享情况确认书, 试运行报告 with 用户使用评价) + 档案验收 合格; "
        "applied 2026-01-20, within 6 months of 初验 2025-08-20 / 试运行稳定 2025-11-25 — no error",
        lambda: acceptance_docs(KAILU_HEALTH, ACC_CLEAN), clean=True),
    Sample(
        "tongliao-acceptance-missing", "acceptance",
        "no 数据共享情况确认书 (TL-38l), no 审计报告 (TL-38f), 试运行报告 without 用户使用评价 (TL-38n)",
        lambda: acceptance_docs(JARUD_EDUCATION, ACC_MISSING,
                                omit=("data_sharing_confirmation", "audit_report"),
                                user_evaluation=False),
        errors=("tongliao/TL-38l", "tongliao/TL-38f", "tongliao/TL-38n")),
    Sample(
        "tongliao-acceptance-late", "acceptance",
        "竣工验收申请 2026-02-10, more than 6 months after 初验 2025-03-20 and 试运行稳定 2025-06-30 "
        "(due 2025-12-30), no 延期验收申请 → TL-38b",
        lambda: acceptance_docs(HURE_GOVERNANCE, ACC_LATE), errors=("tongliao/TL-38b",)),
]


# =========================================================================== output


def manifest_text(s: Sample) -> str:
    lines = [
        f"# {s.name} — built by sample_dossiers/build.py; facts come from the documents",
        f"jurisdiction: {s.jurisdiction}",
        f"stage: {s.stage}",
    ]
    if s.facts:
        lines.append("facts:")
        lines += [f"  {k}: {v}" for k, v in s.facts.items()]
    return "\n".join(lines) + "\n"


def expected_text(samples: list[Sample]) -> str:
    out = [
        "# What `govcheck validate <sample> -f json --as-of <as_of>` must report for each sample.",
        "# Written by sample_dossiers/build.py from the sample specs — edit the specs, not this file.",
        "#   exit_code   0 (no error finding) or 1",
        "#   errors      rule ids that must be among the findings of severity error",
        "#   exactly     true: the error findings are exactly these rules, nothing else",
        "#   no_errors   true: no finding of severity error at all",
        "#   proves      what the sample shows",
        "samples:",
    ]
    for s in samples:
        errors = "[" + ", ".join(s.errors) + "]"
        proves = s.proves.replace('"', '\\"')
        out += [
            f"  {s.name}:",
            f"    jurisdiction: {s.jurisdiction}",
            f"    stage: {s.stage}",
            f"    as_of: {s.as_of.isoformat()}",
            f"    exit_code: {s.exit_code}",
            f"    errors: {errors}",
            f"    exactly: {'true' if s.exact else 'false'}",
            f"    no_errors: {'true' if s.clean else 'false'}",
            f"    proves: \"{proves}\"",
        ]
    return "\n".join(out) + "\n"


def build_sample(s: Sample, out: Path) -> list[Path]:
    target = out / s.name
    if target.exists():
        shutil.rmtree(target)  # only the sample's own folder: stale files must not survive
    target.mkdir(parents=True)
    written = [target / "govcheck.yaml"]
    written[0].write_text(manifest_text(s), encoding="utf-8")
    names = set()
    for spec in s.documents():
        if spec.file in names:
            raise ValueError(f"{s.name}: two documents named {spec.file}")
        names.add(spec.file)
        path = target / spec.file
        path.write_bytes(write_spec(spec))
        written.append(path)
    return written


def build(out: Path = HERE, only: list[str] | None = None) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    chosen = [s for s in SAMPLES if not only or s.name in only]
    unknown = set(only or ()) - {s.name for s in SAMPLES}
    if unknown:
        raise SystemExit(f"unknown sample(s): {', '.join(sorted(unknown))}")
    written: list[Path] = []
    for s in chosen:
        written += build_sample(s, out)
    exp = out / "expected.yaml"
    exp.write_text(expected_text(SAMPLES), encoding="utf-8")
    written.append(exp)
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=HERE, help="where to build (default: next to this script)")
    ap.add_argument("--only", action="append", help="build only this sample (repeatable)")
    args = ap.parse_args(argv)
    written = build(args.out, args.only)
    print(f"{len(written)} files written under {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
