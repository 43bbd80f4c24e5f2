#!/usr/bin/env python3
"""Build the sample dossiers under sample_dossiers/ — deterministically, byte for byte.

    .venv/bin/python sample_dossiers/build.py              # rebuild every sample in place
    .venv/bin/python sample_dossiers/build.py --out DIR    # build into DIR (the tests do this)
    .venv/bin/python sample_dossiers/build.py --only tongliao-application-clean

Every sample is a short declarative spec (`Sample`, at the bottom of this file): a project
(`Project`: the facts a unit would write on its forms, and its `Locale` — the measure, cloud,
network, platforms, authorities and the label its applicant goes by) and the documents it
submits, each made by one of a few shared builders:

    form(...)              a 申报表 / 审批表 / 验收申请表 / 调整备案表: title + 2-column label|value table
    report(...)            a report with a cover and heading-styled chapters (python-docx headings)
    budget_workbook(...)   an .xlsx 概算表: 单位：万元, [序号, 费用名称, 数量, 单价, 金额, 备注],
                           section rows 一/二/三, =SUM formulas, a 合计 row
    table_workbook(...)    an .xlsx list (数据资源目录, 调整对照表)

Chapter text comes from `content_*` / `sec_*` functions that read the Project and its Locale, so
two samples that differ in one thing differ in their spec in that one thing. The measures:
通辽市 (tongliao), 湖南省直 (hunan), 巫山县 (wushan), 常州市武进区 (wujin), 高平市 (gaoping) — each with
its own forms (titles, bodies, the §9 labels its rules read) in its own section below.

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
class Locale:
    """Where a project is: the measure it answers to and the names a unit there writes for its
    cloud, network, platforms and authorities. Chapter text and the acceptance materials read
    these, so one builder serves every jurisdiction; TONGLIAO holds the 通辽 wording."""

    id: str
    place: str  # 通辽市 / 湖南省 / 巫山县 / 常州市武进区 / 高平市
    measure: str  # 《…管理办法》
    basis: tuple[str, ...]  # 编制依据
    cloud: str  # 通辽市政务云
    cloud_short: str  # 市政务云
    net: str  # 通辽市电子政务外网
    net_short: str  # 市电子政务外网
    platforms: str  # what the system connects to
    upper: str  # whose built / planned systems a project is compared with
    infra: str  # the existing resources a project relies on
    one_stop: str  # the one-stop government-service platform
    catalog_system: str  # where the data resource catalogue is registered
    sharing_platform: str  # the data-sharing platform the forms name
    police: str  # where the 等保 filing is made
    crypto_support: str  # the shared cryptographic service
    archive_rules: str  # 档案验收依据
    experts: tuple[tuple[str, str, str], ...]  # 初步验收 / 评审 experts (name, unit, title)
    unit_label: str = "项目单位"  # Gaoping: 项目实施单位 (catalog A-30)
    contractor_label: str = "承建单位"  # Gaoping: 项目建设单位
    category_line: bool = False  # Tongliao's 公共 / 专业数字化项目
    confirmation: str = ""  # Tongliao's 数据共享情况确认书 sentence in the 建设总结
    secure_basis: str = ""  # the article the 安全可靠说明 answers
    region_code: str = "150500"  # 行政区划代码 in catalogue and filing numbers
    need_heading: str = "共享数据需求分析"
    solution_extra: tuple[tuple[str, tuple[str, ...]], ...] = ()  # more 总体建设方案 sections


BASIS = (
    "《通辽市数字化项目管理暂行办法》（通政发〔2024〕97号）",
    "《国务院办公厅关于印发国家政务信息化项目建设管理办法的通知》（国办发〔2019〕57号）",
    "《内蒙古自治区本级政务信息化项目管理暂行办法》（内政数字〔2024〕98号）",
    "《政务信息系统定义和范围》（GB/T 40692-2021）",
    "《信息安全技术 网络安全等级保护基本要求》（GB/T 22239-2019）",
    "《信息安全技术 信息系统密码应用基本要求》（GB/T 39786-2021）",
    "《政务信息资源目录编制指南（试行）》",
)

TONGLIAO = Locale(
    id="tongliao",
    place="通辽市",
    measure="《通辽市数字化项目管理暂行办法》",
    basis=BASIS,
    cloud="通辽市政务云",
    cloud_short="市政务云",
    net="通辽市电子政务外网",
    net_short="市电子政务外网",
    platforms="政务数据共享交换平台、公共应用支撑体系和密码服务支撑体系",
    upper="自治区、通辽市",
    infra="市电子政务网络、政务云、政务数据共享交换平台",
    one_stop="内蒙古自治区一体化政务服务平台（蒙速办）",
    catalog_system="通辽市政务数据共享交换平台目录管理系统",
    sharing_platform="政务数据共享交换平台",
    police="通辽市公安局网络安全保卫支队",
    crypto_support="通辽市密码服务支撑体系",
    archive_rules="自治区有关档案管理规定",
    experts=(("王建国", "内蒙古民族大学计算机科学与技术学院", "教授"),
             ("李慧敏", "通辽市大数据中心", "高级工程师"),
             ("赵志刚", "内蒙古网安信息安全测评中心有限公司", "高级工程师")),
    category_line=True,
    confirmation="，已取得数据共享情况确认书",
    secure_basis="《通辽市数字化项目管理暂行办法》第三十条",
)


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
    loc: Locale = TONGLIAO
    fees: str = "standard"  # which 工程建设其他费用 lines the 概算 carries (FEE_PROFILES)
    omit_fees: tuple[str, ...] = ()  # fee lines left out (a failing sample)

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


def fee_lines(p: Project, w: Decimal, sw: Decimal) -> list[BudgetLine]:
    """二、工程建设其他费用: the lines of the project's fee profile (FEE_PROFILES), in order,
    less p.omit_fees. w = 工程费用, sw = its software-development part."""
    mlps_fee, crypto_fee = MLPS_FEE[p.mlps]
    rate = lambda base, r: _r2(base * Decimal(r))  # noqa: E731
    lines = {
        "preliminary": BudgetLine("前期工作费（可行性研究报告编制）", None, None, rate(w, "0.015"),
                                  "按工程费用1.5%计取"),
        "supervision": BudgetLine("工程监理费", None, None, rate(w, "0.025"), "按工程费用2.5%计取"),
        "tender": BudgetLine("招标代理费", None, None, rate(w, "0.008"), "按工程费用0.8%计取"),
        "software_test": BudgetLine("第三方软件测试费", None, None, rate(sw, "0.02"),
                                    "定制开发软件，按软件开发费2%计取"),
        "mlps": BudgetLine("网络安全等级保护测评费", 1, mlps_fee, mlps_fee, f"{p.mlps}系统"),
        "crypto": BudgetLine("商用密码应用安全性评估费", 1, crypto_fee, crypto_fee, "GB/T 39786-2021"),
        "acceptance": BudgetLine("验收费", None, None, rate(w, "0.006"), "验收评审、验收测评"),
        # 巫山 第八条: the 投资估算 names five fee lines
        "ws_preliminary": BudgetLine("项目前期费用（实施方案编制、咨询评估）", None, None, rate(w, "0.015"),
                                     "按工程费用1.5%计取"),
        "ws_software_test": BudgetLine("新开发应用软件测评费", None, None, rate(sw, "0.02"),
                                       "新开发应用软件第三方测评，按软件开发费2%计取"),
        "ws_risk": BudgetLine("信息安全风险评估费", 1, Decimal("3.00"), Decimal("3.00"),
                              "上线前信息安全风险评估"),
        "ws_om": BudgetLine("运行维护费（免费维护期满后首年）", None, None, rate(w, "0.04"),
                            "按工程费用4%计取"),
        "ws_purchased": BudgetLine("政府购买服务费（政务云资源租用）", 1, Decimal("4.80"), Decimal("4.80"),
                                   "县政务云计算、存储资源租用一年"),
    }
    keys = [k for k in FEE_PROFILES[p.fees] if k not in p.omit_fees]
    if not p.custom:
        keys = [k for k in keys if k not in ("software_test", "ws_software_test")]
    return [lines[k] for k in keys]


FEE_PROFILES = {
    "standard": ("preliminary", "supervision", "tender", "software_test", "mlps", "crypto", "acceptance"),
    "wushan": ("ws_preliminary", "supervision", "tender", "ws_software_test", "ws_risk", "mlps", "crypto",
               "ws_om", "ws_purchased", "acceptance"),
}


def budget(p: Project) -> list[tuple[str, str, list[BudgetLine]]]:
    """(序号, section name, lines) for 一、工程费用 / 二、工程建设其他费用 / 三、预备费.

    Other costs follow the usual rates; the 预备费 is what is left of the declared total, so the
    sheet's 合计 is exactly the total investment the forms state.
    """
    works = [BudgetLine(i.name, i.qty, Decimal(i.price), _r2(i.amount), i.note) for i in p.works]
    w = sum((x.amount for x in works), Decimal(0))
    sw = sum((i.amount for i in p.works if i.kind == "software"), Decimal(0))
    other = fee_lines(p, w, sw)
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


def budget_workbook(file: str, p: Project, when: date, title_suffix: str = "投资概算表",
                    sheet: str = "概算表") -> Xlsx:
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
    spec = SheetSpec(
        name=sheet,
        title=f"{p.name}{title_suffix}",
        header=["序号", "费用名称", "数量", "单价", "金额", "备注"],
        rows=rows,
        unit_line="单位：万元",
        widths=[8, 44, 8, 10, 12, 36],
        bold_rows=bold,
        money_cols={3, 4},
    )
    return Xlsx(file, [spec], author=p.unit, when=when, title=spec.title)


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
    # Rule ids that must be among the WARNING findings (where the seed softens a number to a warning,
    # e.g. a self-evaluation earlier than 12 months).
    warnings: tuple[str, ...] = ()
    # False: govcheck.yaml names no jurisdiction, govcheck must detect it from the unit names.
    declare_jurisdiction: bool = True

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


TONGLIAO_SAMPLES: list[Sample] = [
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


# =========================================================================== other jurisdictions
#
# 湖南省直 (hunan), 巫山县 (wushan), 常州市武进区 (wujin) and 高平市 (gaoping) use the same specs
# (Project, Adjustment, Acceptance, plus Build and Review below) and the same builders as Tongliao.
# What differs is said once, in the project's Locale (cloud, network, platforms, bodies, the
# applicant's label) and in each measure's own forms: their titles, the bodies they go to and the
# rows their rules read, written with the catalogue §9 labels.


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


def doc_no(prefix: str, when: date, seed: str, base: int = 10) -> str:
    """A plausible 文号: prefix〔year〕N号, N fixed by the text it numbers."""
    return f"{prefix}〔{when.year}〕{sum(map(ord, seed)) % 80 + base}号"


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
    rows = unit_rows(p) + [
        ("项目代码", p.code or ""),
        ("批复文号", a.approval_no),
        ("批复日期", cn_date(a.approval_date)),
        ("原批复概算总投资（万元）", money(a.approved_total)),
        ("调增金额（万元）", money(a.increase)),
        ("调减金额（万元）", money(a.decrease)),
        ("资金调整数额（万元）", money(big)),
        ("资金调整比例", f"{pct(big, a.approved_total)}（调增、调减中较大者／原批复概算总投资）"),
        ("调整后总投资（万元）", money(a.adjusted_total)),
        ("调整原因", reasons[a.reason]),
        ("建设目标是否变化", "否"),
        *extra,
    ] + contact_rows(p)
    change_rows = [["序号", "建设内容", "调整类型", "原批复金额（万元）", "调整后金额（万元）", "增减（万元）"]]
    for k, c in enumerate(a.changes, start=1):
        change_rows.append([str(k), c.name, c.how, money(Decimal(c.orig_amount)),
                            money(Decimal(c.new_amount)), money(c.delta)])
    after: list[Block] = [
        Sec("调整说明", [
            Sec("调整原因", [a.why]),
            Sec("调整内容", ["本次调整在批复的建设内容内进行数量、参数的调整，建设目标不变，"
                            "详见下表及附件《建设内容调整对照表》。", T(change_rows)]),
            Sec("调整依据", [basis]),
        ]),
    ]
    return form(file, title, rows, author=p.unit, when=a.filing_date,
                intro=[P(f"报送单位：{p.unit}"), f"备案机关：{to}"], after=after)

# =========================================================================== 湖南省直 (hunan)
# 湖南省省直单位政务信息系统项目管理办法 (catalog §1). 省直单位 apply to the 省党政系统信息化工作领导小组's
# annual plan at the end of the year before (第六条), pass the 前置审查 of the 省政务局 (非涉密, 第七条), are
# approved by the 省发展改革委 (可研, 初步设计, 概算: 第九条), with an 专家审查 at 计划投资 ≥ 500万 (第十一条).

HN_REFORM = "湖南省发展和改革委员会"
HN_GOV_AFFAIRS = "湖南省人民政府政务管理服务局"

HUNAN = Locale(
    id="hunan",
    place="湖南省",
    measure="《湖南省省直单位政务信息系统项目管理办法》",
    basis=(
        "《湖南省省直单位政务信息系统项目管理办法》",
        "《国务院办公厅关于印发国家政务信息化项目建设管理办法的通知》（国办发〔2019〕57号）",
        "《湖南省省直单位政务信息系统项目前置审查管理办法（试行）》（湘党政信发〔2019〕1号）",
        "《湖南省人民政府办公厅关于进一步加强省本级政府投资项目审批及概算管理有关事项的通知》（湘政办发〔2019〕13号）",
        "《政务信息系统定义和范围》（GB/T 40692-2021）",
        "《信息安全技术 网络安全等级保护基本要求》（GB/T 22239-2019）",
        "《信息安全技术 信息系统密码应用基本要求》（GB/T 39786-2021）",
    ),
    cloud="湖南省政务云",
    cloud_short="省政务云",
    net="湖南省电子政务外网",
    net_short="省电子政务外网",
    platforms="省政务数据共享交换平台、省统一身份认证平台和省级密码服务平台",
    upper="国家、湖南省",
    infra="省电子政务外网、省政务云、省政务数据共享交换平台",
    one_stop="湖南省一体化政务服务平台（湘易办）",
    catalog_system="湖南省政务数据共享交换平台目录管理系统",
    sharing_platform="省政务数据共享交换平台",
    police="湖南省公安厅网络安全保卫总队",
    crypto_support="省级密码服务平台",
    archive_rules="湖南省有关档案管理规定",
    experts=(("刘志强", "中南大学计算机学院", "教授"),
             ("陈晓燕", "湖南省信息中心", "高级工程师"),
             ("周文斌", "湖南省网络安全测评中心", "高级工程师")),
    unit_label="项目建设单位",
    secure_basis="《湖南省省直单位政务信息系统项目管理办法》第十七条",
    region_code="430000",
)

HN_REASONS = {
    "一": "情形一：确需对原项目技术方案进行优化完善",
    "二": "情形二：根据党中央国务院、省委省政府的新要求，确需改变或增加相应建设内容",
    "三": "情形三：根据业务发展需要，在全省政务信息系统建设规划的框架下适当调整相关建设内容及进度",
}

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


def hn_common_rows(p: Project) -> list[tuple[str, str]]:
    """What 第六、七、八、十、十二、十七、二十三条 ask a 省直单位 to state on its forms."""
    return [
        ("是否纳入规划", "是（湖南省省直单位政务信息系统建设规划）"),
        ("涉及“数字政府”平台建设", "否"),
        ("是否省本级重大项目", "否"),
        ("是否跨部门共建共享", "否"),
        ("是否与市州、县市区共享协同", "否"),
        ("是否垂直管理单位", "否"),
        ("是否涉及新建土建", "否"),
        ("是否涉及机房工程", "否"),
        ("是否高耗能项目", "否"),
        ("部署网络", p.loc.net),
        ("部署位置", p.loc.cloud),
        ("是否孤网", "否"),
        ("是否采用安全可靠产品", "是"),
        ("拟定等保级别", p.mlps),
    ]


def hn_plan_form(p: Project, file: str = "附件1-年度建设计划申报表.docx") -> Docx:
    """第六条: the 申报 for next year's 建设计划 (project_plan_application_form)."""
    rows = unit_rows(p) + [
        ("计划年度", str(p.plan_year)),
        ("计划投资（万元）", money(p.total)),
        ("建设周期", f"{p.months}个月"),
        ("是否一事一议", "否（集中申报）"),
        ("是否有未完成竣工验收或自评价的项目", "否"),
    ] + hn_common_rows(p) + contact_rows(p) + [
        ("主要建设内容", f"建设{p.system}，包括" + "、".join(m.name for m in p.modules) + "。"),
        ("申报日期", cn_date(p.application_date)),
    ]
    return form(file, "湖南省省直单位政务信息系统项目年度建设计划申报表", rows, author=p.unit,
                when=p.application_date, intro=[P(f"填报单位：{p.unit}")])


def hn_approval_form(p: Project, when: date, pre_review: date,
                     file: str = "附件1-项目审批申请表.docx") -> Docx:
    rows = unit_rows(p) + [
        ("项目代码", p.code or ""),
        ("在线平台备案", "已备案（湖南省投资项目在线审批监管平台）"),
        ("计划年度", str(p.plan_year)),
        ("计划投资（万元）", money(p.total)),
        ("是否纳入年度计划", f"是（{p.plan_year}年度省直单位政务信息系统项目建设计划）"),
        ("前置审查单位", "省政务局（湖南省人民政府政务管理服务局）"),
        ("前置审查日期", cn_date(pre_review)),
    ] + hn_common_rows(p) + contact_rows(p) + [("申报日期", cn_date(when))]
    return form(file, "湖南省省直单位政务信息系统项目审批申请表", rows, author=p.unit, when=when)


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


def hn_progress_form(p: Project, b: Build, file: str = "01-项目建设进展情况表.docx") -> Docx:
    """第十九条: the monthly progress a 非涉密 project reports on the online platform (progress_report)."""
    rows = unit_rows(p) + [
        ("项目代码", p.code or ""),
        ("批复文号", b.approval_no),
        ("批复日期", cn_date(b.approval_date)),
        ("批复总投资（万元）", money(p.total)),
        ("是否省本级重大项目", "否"),
        ("承建单位", b.contractor),
        ("监理单位", b.supervisor),
        ("采购方式", b.method),
        ("合同签订日期", cn_date(b.contract_date)),
        ("合同金额（万元）", money(contract_amount(p, b))),
        ("开工日期", cn_date(b.start_date)),
        ("计划完工时间", cn_date(b.period_end)),
        ("实际完成投资（万元）", money(b.spent)),
        ("支付方式", "国库集中支付"),
        ("是否采用安全可靠产品", "是" if b.secure else "否"),
    ] + contact_rows(p) + [
        ("本月建设进展", f"已完成{p.modules[0].name}、{p.modules[1].name}开发和省政务云部署，"
                       f"正在开展{p.modules[-1].name}开发和接口联调。"),
        ("在线平台报送", f"已于{cn_date(b.report_date)}通过湖南省投资项目在线审批监管平台报送"),
    ]
    return form(file, "湖南省省直单位政务信息系统项目建设进展情况表", rows, author=p.unit,
                when=b.report_date, intro=[P(f"报送月份：{cn_month(b.report_date.replace(day=1) - timedelta(days=1))}")])


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
    rows = unit_rows(p) + [
        ("项目代码", p.code or ""),
        ("批复文号", acc.approval_no),
        ("批复总投资（万元）", money(p.total)),
        ("实际完成投资（万元）", money(actual_total(p, acc))),
        ("承建单位", acc.contractor),
        ("监理单位", acc.supervisor),
        ("合同签订日期", cn_date(acc.contract_date)),
        ("开工日期", cn_date(acc.start_date)),
        ("建成日期", cn_date(acc.completion_date)),
        ("上线日期", cn_date(acc.trial_start)),
        ("竣工验收申请日期", cn_date(acc.application_date)),
        ("安全保护等级", p.mlps),
        ("信息资源目录纳入共享平台目录管理系统情况", "是（已纳入湖南省政务数据共享交换平台目录管理系统）"),
        ("接入省直单位政务信息系统项目建设监管平台", "是"),
    ] + contact_rows(p)
    after: list[Block] = [
        f"我单位{p.name}已于{cn_date(acc.completion_date)}建成，系统自{cn_date(acc.trial_start)}起上线运行。"
        f"根据{p.loc.measure}第二十六条，特向项目审批部门申请竣工验收。",
        "随附材料：" + "；".join(f"{i}.{x}" for i, x in enumerate(listed, start=1)) + "。",
    ]
    return form("01-竣工验收申请表.docx", "湖南省省直单位政务信息系统项目竣工验收申请表", rows, author=p.unit,
                when=acc.application_date, intro=[P(f"申请单位：{p.unit}"), f"受理部门：{HN_REFORM}"],
                after=after)


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
    rows = unit_rows(p) + [
        ("项目代码", p.code or ""),
        ("批复文号", r.approval_no),
        ("竣工验收日期", cn_date(r.accepted)),
        ("投入使用日期", cn_date(r.live)),
        ("自评价报告日期", cn_date(r.report_date)),
        ("密码应用安全性评估报告日期", cn_date(r.live - timedelta(days=19))),
        ("运维年度", str(year)),
        ("申请运行维护经费（万元）", money(amount)),
        ("运维单位", r.contractor),
    ] + contact_rows(p)
    return form("01-运行维护经费申请表.docx", "湖南省省直单位政务信息系统运行维护经费申请表", rows, author=p.unit,
                when=date(year - 1, 11, 20))


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

HUNAN_SAMPLES: list[Sample] = [
    Sample(
        "hunan-application-clean", "application",
        "湖南省人力资源和社会保障厅 (省直单位) 680万 新建 非涉密: 年度建设计划申报表 dated 2025-12-12 for plan "
        "year 2026 (第六条: by the end of the year before), 纳入规划, 非一事一议, no unfinished acceptance; "
        "项目建议书 + 投资估算表 — no error",
        lambda: hn_application_docs(HN_EMPLOYMENT), clean=True, jurisdiction="hunan"),
    Sample(
        "hunan-approval-clean", "approval",
        "湖南省市场监督管理局 860万: 请示 to 省发展改革委, 审批申请表 (项目代码, 在线平台备案, 纳入规划 and 年度计划, "
        "省政务云, not 孤网), 可研, 初步设计方案, 投资概算表, 省政务局 前置审查意见 (with the 网信办, 工信厅, 财政厅 "
        "预算评审, 保密局, 发展研究中心 reviews), 专家审查意见 (≥ 500万, experts from the 专家库), 商用密码应用方案 "
        "— no error, no warning",
        lambda: hn_approval_docs(HN_MARKET), clean=True, jurisdiction="hunan"),
    Sample(
        "hunan-approval-500-no-expert-review", "approval",
        "计划投资 500.00万 (第十一条 “500万元(含)以上”) without an 专家审查意见 → HN-11a; the 发改 论证 after the "
        "前置审查 is then missing too (HN-11b, an error at ≥ 500万, catalog §A-4)",
        lambda: hn_approval_docs(HN_TRANSPORT, expert_review=False),
        errors=("hunan/HN-11a", "hunan/HN-11b"), jurisdiction="hunan"),
    Sample(
        "hunan-approval-49999-no-expert-review", "approval",
        "the same dossier at 499.99万 (< 500万): no 专家审查 needed — no error; HN-11b (发改 论证) stays a "
        "warning below 500万 (catalog §A-4)",
        lambda: hn_approval_docs(replace(HN_TRANSPORT, total=D("499.99")), expert_review=False),
        clean=True, warnings=("hunan/HN-11b",), jurisdiction="hunan"),
    Sample(
        "hunan-construction-clean", "construction",
        "湖南省自然资源厅 720万 in construction: 建设进展情况表 (reported monthly on the online platform, "
        "项目实施机构 and 责任人, 国库集中支付, 安全可靠 products, 318.60 spent of 720), 初设概算批复 of 省发展改革委, "
        "中标通知书, 建设合同, 监理服务合同, 网络安全管理制度 — no error",
        lambda: hn_construction_docs(HN_LAND, HN_LAND_BUILD), clean=True, jurisdiction="hunan"),
    Sample(
        "hunan-adjustment-clean", "adjustment",
        "self-adjustment filed with the 省发展改革委: 调增 120 / 调减 128 of 概算 1000 (资金调整数额 128 = 12.80% ≤ 15%), "
        "调整后 992 ≤ 概算, 目标不变, 情形一 — no error",
        lambda: hn_adjustment_docs(HN_EXAM, HN_ADJ_CLEAN), clean=True, jurisdiction="hunan"),
    Sample(
        "hunan-adjustment-15", "adjustment",
        "资金调整数额 max(调增 150.00, 调减 150.00) = exactly 15.00% of 1000: “不超过概算总投资15%” includes 15% "
        "— still a self-adjustment by 备案, no error",
        lambda: hn_adjustment_docs(HN_EXAM, HN_ADJ_15), clean=True, jurisdiction="hunan"),
    Sample(
        "hunan-adjustment-over-15", "adjustment",
        "资金调整数额 max(调增 150.10, 调减 150.10) / 概算总投资 1000 = 15.01% > 15% → HN-21a; outside 第二十一条 "
        "the 备案 is not enough: an 调整申请 / 批复 is due (HN-21f)",
        lambda: hn_adjustment_docs(HN_EXAM, HN_ADJ_OVER_15),
        errors=("hunan/HN-21a", "hunan/HN-21f"), jurisdiction="hunan"),
    Sample(
        "hunan-acceptance-clean", "acceptance",
        "湖南省卫生健康委员会 640万: 建成 2025-09-30, 竣工验收申请 2026-01-15 (≤ 半年), with the six 第二十六条 "
        "materials (建设验收文本 covering 信息化创新 / 密码应用 / 网络安全 / 资源目录 / 监管平台, 功能测试报告, 第三方财务审计报告, "
        "档案验收报告, 安全风险评估报告, 密码安全评估报告) + 竣工财务决算 with 结余退回 — no error",
        lambda: hn_acceptance_docs(HN_HEALTH, HN_ACC), clean=True, jurisdiction="hunan"),
    Sample(
        "hunan-acceptance-late", "acceptance",
        "建成 2025-06-30, 竣工验收申请 2026-01-15, later than 半年 (2025-12-30), no 延期验收申请 → HN-26a and "
        "HN-26h",
        lambda: hn_acceptance_docs(HN_HEALTH, HN_ACC_LATE),
        errors=("hunan/HN-26a", "hunan/HN-26h"), jurisdiction="hunan"),
    Sample(
        "hunan-acceptance-no-test-report", "acceptance",
        "one of the six 第二十六条 materials missing: no 功能测试报告 → HN-26c",
        lambda: hn_acceptance_docs(HN_HEALTH, HN_ACC, omit=("functional_test_report",)),
        errors=("hunan/HN-26c",), jurisdiction="hunan"),
    Sample(
        "hunan-acceptance-no-crypto-archive", "acceptance",
        "no 密码应用安全评估 (第十六条 HN-16c, 第二十六条 HN-26g) and no 档案验收 (第二十二条 HN-22b, 第二十六条 HN-26e): "
        "the acceptance cannot pass",
        lambda: hn_acceptance_docs(HN_HEALTH, HN_ACC,
                                   omit=("crypto_assessment_report", "archive_acceptance_report")),
        errors=("hunan/HN-16c", "hunan/HN-26g", "hunan/HN-22b", "hunan/HN-26e"), jurisdiction="hunan"),
    Sample(
        "hunan-evaluation-clean", "evaluation",
        "湖南省应急管理厅: 竣工验收 2025-01-20 (after 上线 2024-10-15), 自评价报告 2025-12-20 (≤ 12 months), with the "
        "前置审查意见完成情况; 竣工验收报告 of the 省发展改革委; the 省政务局 绩效评估报告 due 12 months after "
        "acceptance (第二十九条: 应用效果, 支撑能力, 网络安全, 投资效益, 资源配置吻合程度) — no error, no warning",
        lambda: hn_evaluation_docs(HN_EMERGENCY, HN_REVIEW, date(2026, 2, 12)), clean=True,
        jurisdiction="hunan"),
    Sample(
        "hunan-evaluation-late", "evaluation",
        "自评价报告 2026-02-24, more than 12 months after 竣工验收 2025-01-20 (due 2026-01-20) → HN-27a",
        lambda: hn_evaluation_docs(HN_EMERGENCY, replace(HN_REVIEW, report_date=date(2026, 2, 24)),
                                   date(2026, 2, 12)),
        errors=("hunan/HN-27a",), jurisdiction="hunan"),
    Sample(
        "hunan-operation-clean", "operation",
        "2026 运行维护经费 request of 湖南省应急管理厅: 前置审查意见 and 批复 on file (第八条), 密评 passed (第十六条), "
        "竣工验收报告 and 自评价报告 (第二十八条), 安全风险评估 — no error",
        lambda: hn_operation_docs(HN_EMERGENCY, HN_REVIEW, 2026, D("46.80")), clean=True,
        jurisdiction="hunan"),
]

# =========================================================================== 巫山县 (wushan)
# 巫山县政务信息化项目管理办法 (catalog §2). Units apply by 9月30日 of the year before with a 建设申请
# and an 实施方案 of eleven items whose 投资估算 has five fee lines (第八条); the 县发展改革委 approves —
# 可研 + 概（预）算（代初步设计） below 3000万, 可研 first and then 初步设计 at 3000万 and above (第九条);
# self-adjustment ≤ 10% without raising the total (第二十条); acceptance within half a year with a
# 数据字典 and the 等保 materials (第二十二条); 自评价 12—24 months after acceptance (第二十四条).

WS_REFORM = "巫山县发展和改革委员会"
WS_FINANCE = "巫山县财政局"
WS_BIGDATA = "巫山县人民政府办公室（县大数据管理中心）"
WS_FILED_WITH = f"{WS_REFORM}、{WS_FINANCE}、{WS_BIGDATA}"

WUSHAN = Locale(
    id="wushan",
    place="巫山县",
    measure="《巫山县政务信息化项目管理办法》",
    basis=(
        "《巫山县政务信息化项目管理办法》（巫山县人民政府办公室2022年5月30日印发）",
        "《重庆市市级政务信息化项目管理办法》",
        "《重庆市全面推行“云长制”实施方案》",
        "《重庆市政务数据资源管理暂行办法》",
        "《政务信息系统定义和范围》（GB/T 40692-2021）",
        "《信息安全技术 网络安全等级保护基本要求》（GB/T 22239-2019）",
        "《信息安全技术 信息系统密码应用基本要求》（GB/T 39786-2021）",
    ),
    cloud="巫山县政务云",
    cloud_short="县政务云",
    net="巫山县电子政务外网",
    net_short="县电子政务外网",
    platforms="全县政务数据共享系统、统一身份认证平台和重庆市政务密码服务平台",
    upper="重庆市、巫山县",
    infra="县电子政务外网、县政务云、全县政务数据共享系统和本单位已有软硬件设施",
    one_stop="重庆市一体化政务服务平台（渝快办）",
    catalog_system="全县政务数据共享系统目录管理模块",
    sharing_platform="全县政务数据共享系统",
    police="巫山县公安局网络安全保卫大队",
    crypto_support="重庆市政务密码服务平台",
    archive_rules="重庆市有关档案管理规定",
    experts=(("谭明远", "重庆三峡学院计算机科学与工程学院", "教授"),
             ("向春梅", "巫山县大数据管理中心", "高级工程师"),
             ("冉光辉", "重庆市信息安全测评中心", "高级工程师")),
    unit_label="项目建设单位",
    secure_basis="《巫山县政务信息化项目管理办法》第十六条",
    region_code="500237",
)

WS_REASONS = {
    "一": "情形一：根据党中央、国务院决策部署和市委、市政府工作安排和县委、县政府要求，确需改变建设内容",
    "二": "情形二：确需对原项目技术方案进行完善优化",
    "三": "情形三：根据业务发展需要，在已批复项目建设规划的框架下调整相关建设内容及进度",
}

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
    rows = unit_rows(p) + [
        ("计划年度", str(p.plan_year)),
        ("投资估算（万元）", money(p.total)),
        ("建设周期", f"{p.months}个月"),
        ("是否纳入整合建设总体方案", "是"),
        ("数据标准制定完成情况", "已完成"),
        ("已有数据汇聚治理完成情况", "已完成"),
        ("是否分期建设", "否"),
        ("是否增补项目", "否"),
        ("是否跨部门共建共享", "否"),
        ("是否违反政务数据资源共享管理规定", "否"),
        ("是否存在应整合而未整合情形", "否"),
        ("本单位存在重大安全隐患的系统", "无"),
        ("部署位置", p.loc.cloud),
        ("拟定等保级别", p.mlps),
    ] + contact_rows(p) + [
        ("主要建设内容", f"建设{p.system}，包括" + "、".join(m.name for m in p.modules) + "。"),
        ("申报日期", cn_date(p.application_date)),
    ]
    return form("附件1-政务信息化项目建设申请表.docx", "巫山县政务信息化项目建设申请表", rows, author=p.unit,
                when=p.application_date, intro=[P(f"报送：{WS_BIGDATA}")])


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
    rows = unit_rows(p) + [
        ("项目代码", p.code or ""),
        ("总投资（万元）", money(p.total)),
        ("是否纳入项目清单", f"是（{p.plan_year}年度县级政务信息化项目建设清单）"),
        ("是否纳入年度投资计划", "是"),
        ("年度投资计划金额（万元）", money(p.total)),
        ("部门预算安排（万元）", money(p.total)),
        ("是否纳入部门预算", "是"),
        ("能否共享", "是（按要求向全县政务数据共享系统提供数据）"),
        ("是否跨部门共建共享", "否"),
        ("是否分期建设", "否"),
        ("是否涉及新建土建工程", "否"),
        ("是否高耗能项目", "否"),
        ("是否采用安全可靠产品", "是"),
        ("拟定等保级别", p.mlps),
    ] + contact_rows(p) + [("申报日期", cn_date(when))]
    return form("附件1-项目审批申请表.docx", "巫山县政务信息化项目审批申请表", rows, author=p.unit, when=when)


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
    rows = unit_rows(p) + [
        ("批复文号", acc.approval_no),
        ("批复总投资（万元）", money(p.total)),
        ("实际完成投资（万元）", money(actual_total(p, acc))),
        ("承建单位", acc.contractor),
        ("监理单位", acc.supervisor),
        ("合同签订日期", cn_date(acc.contract_date)),
        ("开工日期", cn_date(acc.start_date)),
        ("建成日期", cn_date(acc.completion_date)),
        ("上线日期", cn_date(acc.trial_start)),
        ("竣工验收申请日期", cn_date(acc.application_date)),
        ("是否购置硬件设备", yn(has_hardware(p))),
        ("是否新建数据中心", "否"),
        ("安全保护等级", p.mlps),
    ] + contact_rows(p)
    after: list[Block] = [
        f"{p.name}已于{cn_date(acc.completion_date)}建成。根据{p.loc.measure}第二十二条，特申请县政府办公室"
        f"（县大数据管理中心）组织竣工验收。",
        "随附材料：" + "；".join(f"{i}.{x}" for i, x in enumerate(listed, start=1)) + "。",
    ]
    return form("01-竣工验收申请表.docx", "巫山县政务信息化项目竣工验收申请表", rows, author=p.unit,
                when=acc.application_date, intro=[P(f"申请单位：{p.unit}"), f"受理部门：{WS_BIGDATA}"],
                after=after)


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
    rows = unit_rows(p) + [
        ("系统名称", p.system),
        ("是否纳入县级政务信息系统总目录", "是"),
        ("是否接入政务数据共享交换平台（全县政务数据共享系统）", "是"),
        ("是否存在应整合而未整合情形", "否"),
        ("竣工验收日期", cn_date(r.accepted)),
        ("投入运行日期", cn_date(r.live)),
        ("运维年度", str(year)),
        ("申请运行维护经费（万元）", money(amount)),
    ] + contact_rows(p)
    acc_like = Acceptance(
        approval_no=r.approval_no, approval_date=r.approval_date, contractor=r.contractor, supervisor="",
        contract_date=r.approval_date, start_date=r.approval_date, completion_date=r.live, period_end=r.live,
        preliminary_date=date(year - 1, 8, 26), trial_start=r.live, trial_stable=r.live,
        application_date=r.accepted, audit_date=r.accepted, archive_date=r.accepted, savings=D("0"),
        mlps_org="重庆市信息安全测评中心", crypto_org="重庆密码应用测评有限公司")
    return [
        form("01-运行维护经费申请表.docx", "巫山县政务信息系统运行维护经费申请表", rows, author=p.unit,
             when=date(year - 1, 9, 26), intro=[P(f"报送：{WS_FINANCE}、{WS_BIGDATA}")]),
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

WUSHAN_SAMPLES: list[Sample] = [
    Sample(
        "wushan-application-clean", "application",
        "巫山县文化和旅游发展委员会 368万: 建设申请表 dated 2025-09-22 for plan year 2026 (第八条: by 9月30日), "
        "实施方案 with all eleven 第八条 items, 投资估算表 with the five fee lines (项目前期费用, 新开发应用软件测评, "
        "信息安全风险评估, 运行维护费, 政府购买服务), 3—5年整合建设总体方案 (数据规划, 项目清单, 先治理、后新建) and the "
        "党组会议纪要 of its 集体审议 — no error",
        lambda: ws_application_docs(WS_TOURISM), clean=True, jurisdiction="wushan"),
    Sample(
        "wushan-application-detected", "application",
        "the same dossier with a govcheck.yaml that names no jurisdiction: govcheck detects 巫山县 from the unit "
        "names (巫山县文化和旅游发展委员会 …) — no error",
        lambda: ws_application_docs(WS_TOURISM), clean=True, jurisdiction="wushan",
        declare_jurisdiction=False),
    Sample(
        "wushan-application-late", "application",
        "建设申请 dated 2025-10-09, after 9月30日 of the year before plan year 2026 → WS-8a",
        lambda: ws_application_docs(replace(WS_TOURISM, application_date=date(2025, 10, 9))),
        errors=("wushan/WS-8a",), jurisdiction="wushan"),
    Sample(
        "wushan-application-plan-incomplete", "application",
        "实施方案 without its 经济和社会效益 chapter (one of the 第八条 items) → WS-8n",
        lambda: ws_application_docs(WS_TOURISM, omit=("benefits",)),
        errors=("wushan/WS-8n",), jurisdiction="wushan"),
    Sample(
        "wushan-application-estimate-incomplete", "application",
        "投资估算 without the 运行维护费 line (one of the five 第八条 fee lines) → WS-8s",
        lambda: ws_application_docs(replace(WS_TOURISM, omit_fees=("ws_om",))),
        errors=("wushan/WS-8s",), jurisdiction="wushan"),
    Sample(
        "wushan-approval-clean", "approval",
        "巫山县农业农村委员会 486万, one-stage path (第九条: < 3000万): 请示, 审批申请表 (项目清单, 年度投资计划 = "
        "部门预算安排, 能否共享), 可研（代初步设计）, 概（预）算表, 第三方 项目评估报告, 县大数据管理中心 技术审查意见, "
        "商用密码应用方案, 安全可靠情况说明, 县发展改革委 批复 — no error",
        lambda: ws_approval_docs(WS_AGRI), clean=True, jurisdiction="wushan"),
    Sample(
        "wushan-approval-299999-one-stage", "approval",
        "总投资 2999.99万 (< 3000万) approved on the one-stage path (可研 + 概（预）算 代初步设计, one 批复) — no error",
        lambda: ws_approval_docs(replace(WS_CITY, total=D("2999.99"))), clean=True, jurisdiction="wushan"),
    Sample(
        "wushan-approval-3000-one-stage", "approval",
        "the same dossier at 3000.00万 (“3000万元（含）以上”): the 可研批复 is there but no separate 初步设计 → WS-9e",
        lambda: ws_approval_docs(WS_CITY), errors=("wushan/WS-9e",), jurisdiction="wushan"),
    Sample(
        "wushan-construction-clean", "construction",
        "巫山县卫生健康委员会 420万 in construction: 年度绩效评价报告 (项目法人, 建设进度, 投资计划执行, 使用单位和监理单位 "
        "意见, 国库集中支付, 安全可靠, 密码, 等保级别), 批复, 中标通知书, 建设合同, 监理服务合同, 等保备案证明 — no error",
        lambda: ws_construction_docs(WS_HEALTH, WS_HEALTH_BUILD), clean=True, jurisdiction="wushan"),
    Sample(
        "wushan-adjustment-clean", "adjustment",
        "self-adjustment filed with 县发展改革委, 县财政局 and 县大数据管理中心: 调增 54 / 调减 57.50 of 600 "
        "(资金调整数额 57.50 = 9.58% ≤ 10%), 调整后 596.50 ≤ 600, 目标不变, 情形二 — no error",
        lambda: ws_adjustment_docs(WS_EDU, WS_ADJ_CLEAN), clean=True, jurisdiction="wushan"),
    Sample(
        "wushan-adjustment-10", "adjustment",
        "资金调整数额 60.00 = exactly 10.00% of 600, total unchanged: “不超过概（预）算总投资10%” includes 10% — no error",
        lambda: ws_adjustment_docs(WS_EDU, WS_ADJ_10), clean=True, jurisdiction="wushan"),
    Sample(
        "wushan-adjustment-over-10", "adjustment",
        "资金调整数额 60.06 / 概（预）算总投资 600 = 10.01% > 10% → WS-20a; outside 第二十条 a formal approval is "
        "due (WS-20g)",
        lambda: ws_adjustment_docs(WS_EDU, WS_ADJ_OVER_10),
        errors=("wushan/WS-20a", "wushan/WS-20g"), jurisdiction="wushan"),
    Sample(
        "wushan-adjustment-raises-total", "adjustment",
        "调增 48 / 调减 30 (资金调整数额 8% ≤ 10%) but the total rises from 600 to 618: 第二十条 “不增加项目总投资”, "
        "“投资规模未超出概（预）算批复” → WS-20b; so a formal approval is due (WS-20g)",
        lambda: ws_adjustment_docs(WS_EDU, WS_ADJ_RAISES),
        errors=("wushan/WS-20b", "wushan/WS-20g"), jurisdiction="wushan"),
    Sample(
        "wushan-acceptance-clean", "acceptance",
        "巫山县人力资源和社会保障局 296万: 建成 2025-10-31, 竣工验收申请 2026-02-10 to 县大数据管理中心 (≤ 半年) with "
        "the 第二十二条 list (建设总结 with 安全可靠 / 密码应用和安全审查 / 能源利用效率, 财务报告 with 结余, 审计报告, "
        "安全风险评估, 等保测评, 等保备案, 密评, 数据字典) + 档案验收 合格 — no error",
        lambda: ws_acceptance_docs(WS_SOCIAL, WS_ACC), clean=True, jurisdiction="wushan"),
    Sample(
        "wushan-acceptance-no-data-dictionary", "acceptance",
        "no 数据字典 (第二十二条) → WS-22k",
        lambda: ws_acceptance_docs(WS_SOCIAL, WS_ACC, omit=("data_dictionary",)),
        errors=("wushan/WS-22k",), jurisdiction="wushan"),
    Sample(
        "wushan-acceptance-no-mlps-report", "acceptance",
        "非涉密 system without its 网络安全等级保护测评报告 (第二十二条) → WS-22h",
        lambda: ws_acceptance_docs(WS_SOCIAL, WS_ACC, omit=("mlps_test_report",)),
        errors=("wushan/WS-22h",), jurisdiction="wushan"),
    Sample(
        "wushan-evaluation-clean", "evaluation",
        "巫山县应急管理局: 竣工验收 2024-01-18 (上线 2023-12-01), 自评价报告 2025-06-20 — inside 12—24 months — "
        "sent to 县发展改革委, 县财政局, 县大数据管理中心; 竣工验收报告 — no error",
        lambda: ws_evaluation_docs(WS_EMERGENCY, WS_REVIEW), clean=True, jurisdiction="wushan"),
    Sample(
        "wushan-evaluation-late", "evaluation",
        "自评价报告 2026-02-10, more than 24 months after 竣工验收 2024-01-18 (window ends 2026-01-18) → WS-24a",
        lambda: ws_evaluation_docs(WS_EMERGENCY, replace(WS_REVIEW, report_date=date(2026, 2, 10))),
        errors=("wushan/WS-24a",), jurisdiction="wushan"),
    Sample(
        "wushan-evaluation-early", "evaluation",
        "自评价报告 2024-11-15, earlier than 12 months after 竣工验收 2024-01-18: outside 12—24 months, but the seed "
        "states no consequence for being early (catalog §A-11) — WS-24a is a warning, no error",
        lambda: ws_evaluation_docs(WS_EMERGENCY, replace(WS_REVIEW, report_date=date(2024, 11, 15))),
        clean=True, warnings=("wushan/WS-24a",), jurisdiction="wushan"),
    Sample(
        "wushan-operation-clean", "operation",
        "2026 运行维护经费 request of 巫山县应急管理局: system in the 县级政务信息系统总目录, sharing through the 全县政务数据"
        "共享系统, nothing left to integrate, 密评 and 等保测评 reports on file (第二十五—二十七条) — no error",
        lambda: ws_operation_docs(WS_EMERGENCY, WS_REVIEW, 2026, D("24.60")), clean=True,
        jurisdiction="wushan"),
]

# =========================================================================== 常州市武进区 (wujin)
# 常州市武进区政务信息化项目建设管理办法, 武政办发〔2023〕85号 (catalog §3). Units file a 项目计划申报表 and
# 项目概算 with a 政务数据资源共享清单 (第五、七条); a 非涉密 system must run on the 电子政务外网 and the 市政务云
# (第八条); at 投资匡算 ≥ 50万 the 区发改局 立项 and a 项目代码 are due and the 《项目方案》 is reviewed by the
# 区大数据管理局, below 50万 (or 纯设备类) the unit reviews its own 建设方案 (第十一、十四条); acceptance within
# half a year of completion (第二十二条).

WJ_BIGDATA = "常州市武进区人民政府办公室（区大数据管理局）"
WJ_REFORM = "常州市武进区发展和改革局"

WUJIN = Locale(
    id="wujin",
    place="常州市武进区",
    measure="《常州市武进区政务信息化项目建设管理办法》（武政办发〔2023〕85号）",
    basis=(
        "《常州市武进区政务信息化项目建设管理办法》（武政办发〔2023〕85号）",
        "《江苏省省级政务信息化项目建设管理办法》（苏政办发〔2021〕24号）",
        "《常州市电子政务项目管理办法》（常政办发〔2018〕73号）",
        "《常州市武进区政务信息化项目建设网络安全管理规定》",
        "《政务信息系统定义和范围》（GB/T 40692-2021）",
        "《信息安全技术 网络安全等级保护基本要求》（GB/T 22239-2019）",
        "《信息安全技术 信息系统密码应用基本要求》（GB/T 39786-2021）",
    ),
    cloud="常州市政务云",
    cloud_short="市政务云",
    net="常州市武进区电子政务外网",
    net_short="电子政务外网",
    platforms="区政务数据资源共享交换平台、统一身份认证平台和常州市政务密码服务平台",
    upper="江苏省、常州市、武进区",
    infra="电子政务外网、常州市政务云、区政务数据资源共享交换平台",
    one_stop="江苏政务服务网（武进旗舰店）",
    catalog_system="区政务数据资源共享交换平台目录系统",
    sharing_platform="区政务数据资源共享交换平台",
    police="常州市公安局武进分局网络安全保卫大队",
    crypto_support="常州市政务密码服务平台",
    archive_rules="江苏省有关档案管理规定",
    experts=(("沈建华", "常州大学计算机与人工智能学院", "教授"),
             ("蒋丽君", "常州市武进区电子政务中心", "高级工程师"),
             ("吴国平", "江苏省网络与信息安全测评中心", "高级工程师")),
    unit_label="项目建设单位",
    secure_basis="《常州市武进区政务信息化项目建设管理办法》第十七条（自主可控）",
    region_code="320412",
    need_heading="部门间数据共享需求分析",
)

# a system the unit keeps in its own machine room on its own network (第八条第(二)项)
WUJIN_OWN_ROOM = replace(WUJIN, cloud="区市场监管局自建机房", cloud_short="局自建机房", net_short="局业务专网",
                         infra="局自建机房、局业务专网和区政务数据资源共享交换平台")

WJ_REASONS = {
    "一": "情形一：上级部门有明确要求，确需改变建设内容（按区级政府投资建设项目工程变更管理办法办理）",
    "二": "情形二：确需对原技术方案进行完善优化（按区级政府投资建设项目工程变更管理办法办理）",
    "三": "情形三：根据业务发展需要调整相关建设内容及进度（按区级政府投资建设项目工程变更管理办法办理）",
}

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


def wj_plan_form(p: Project) -> Docx:
    """第五条 项目计划申报表 with what 第七、八条 ask (project_plan_application_form)."""
    rows = unit_rows(p) + [
        ("计划年度", str(p.plan_year)),
        ("投资匡算（万元）", money(p.total)),
        ("年度投资计划金额（万元）", money(p.total)),
        ("部门预算安排（万元）", money(p.total)),
        ("是否纳入部门预算", f"是（已纳入本单位{p.plan_year}年度财政预算）"),
        ("是否纳入规划", "是（武进区“十四五”政务信息化和数字政府建设规划）"),
        ("是否纯设备类", yn(p.custom is False and all(i.kind == "hardware" for i in p.works))),
        ("是否跨部门共建共享", "否"),
        ("是否增补项目", "否"),
        ("是否采用自主可控产品", "是"),
        *wj_network_rows(p),
        ("迁移整合完成情况", "已完成"),
        ("是否违反政务数据资源共享管理规定", "否"),
        ("网络安全“三同步”评价", "良好"),
        ("密评整改完成情况", "已完成"),
        ("拟定等保级别", p.mlps),
    ] + contact_rows(p) + [
        ("主要建设内容", f"建设{p.system}，包括" + "、".join(m.name for m in p.modules) + "。"),
        ("申报日期", cn_date(p.application_date)),
    ]
    return form("附件1-项目计划申报表.docx", "常州市武进区政务信息化项目计划申报表", rows, author=p.unit,
                when=p.application_date, intro=[P(f"报送：{WJ_BIGDATA}")])


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
    pure = p.custom is False and all(i.kind == "hardware" for i in p.works)
    rows = unit_rows(p) + [
        ("项目代码", p.code or ""),
        ("投资匡算（万元）", money(p.total)),
        ("是否纯设备类", yn(pure)),
        ("是否纳入区政府年度投资项目建设计划", "是" if p.code else "否"),
        ("是否增补项目", "否"),
        ("是否采用自主可控产品", "是"),
        *wj_network_rows(p),
        ("拟定等保级别", p.mlps),
    ] + contact_rows(p) + [("申报日期", cn_date(when))]
    if not p.code:
        rows = [r for r in rows if r[0] != "项目代码"]
    return form("附件1-项目审批申请表.docx", "常州市武进区政务信息化项目审批申请表", rows, author=p.unit, when=when)


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


def wj_filing_form(p: Project, b: Build, file: str = "01-项目全流程备案表.docx") -> Docx:
    """第四条 全流程备案 at the construction stage (project_filing)."""
    rows = unit_rows(p) + [("项目代码", p.code or "")]
    if b.approval_no:
        rows += [("立项批复文号", b.approval_no), ("批复日期", cn_date(b.approval_date))]
    rows += [
        ("批复总投资（万元）", money(p.total)),
        ("投资匡算（万元）", money(p.total)),
        ("是否纳入年度计划", f"是（{p.plan_year}年度区级政务信息化项目建设计划）"),
        ("承建单位", b.contractor),
        ("监理单位", b.supervisor),
        ("采购方式", b.method),
        ("合同签订日期", cn_date(b.contract_date)),
        ("合同金额（万元）", money(contract_amount(p, b))),
        ("开工日期", cn_date(b.start_date)),
        ("计划完工时间", cn_date(b.period_end)),
        ("是否采用自主可控产品", "是" if b.secure else "否"),
        ("是否工程严重逾期", "否"),
        ("是否投资重大损失", "否"),
        ("限期整改情况", "无"),
    ] + contact_rows(p)
    return form(file, "常州市武进区政务信息化项目全流程备案表（建设实施阶段）", rows, author=p.unit,
                when=b.report_date, intro=[P(f"备案机关：{WJ_BIGDATA}")])


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
    rows = unit_rows(p) + [
        ("项目代码", p.code or ""),
        ("立项批复文号", acc.approval_no),
        ("批复总投资（万元）", money(p.total)),
        ("实际完成投资（万元）", money(actual_total(p, acc))),
        ("承建单位", acc.contractor),
        ("监理单位", acc.supervisor),
        ("合同签订日期", cn_date(acc.contract_date)),
        ("开工日期", cn_date(acc.start_date)),
        ("实施完成日期", cn_date(acc.completion_date)),
        ("上线日期", cn_date(acc.trial_start)),
        ("竣工验收申请日期", cn_date(acc.application_date)),
    ] + contact_rows(p)
    after: list[Block] = [
        f"{p.name}已于{cn_date(acc.completion_date)}实施完成。根据{p.loc.measure}第二十二条，特向区政府办公室"
        f"（区大数据管理局）提出竣工验收申请，并将项目建设过程中产生的相关材料作为附件一并上报。",
        "附件：" + "；".join(f"{i}.{x}" for i, x in enumerate(listed, start=1)) + "。",
    ]
    return form("01-竣工验收申请表.docx", "常州市武进区政务信息化项目竣工验收申请表", rows, author=p.unit,
                when=acc.application_date, intro=[P(f"申请单位：{p.unit}"), f"受理部门：{WJ_BIGDATA}"],
                after=after)


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
    rows = unit_rows(p) + [
        ("项目代码", p.code or ""),
        ("竣工验收日期", cn_date(r.accepted)),
        ("竣工验收结论", "通过"),
        ("上线日期", cn_date(r.live)),
        ("运维年度", str(year)),
        ("申请运行维护经费（万元）", money(amount)),
        ("运维单位", r.contractor),
    ] + contact_rows(p)
    acc_like = Acceptance(
        approval_no=r.approval_no, approval_date=r.approval_date, contractor=r.contractor, supervisor="",
        contract_date=r.approval_date, start_date=r.approval_date, completion_date=r.live, period_end=r.live,
        preliminary_date=date(year - 1, 10, 16), trial_start=r.live, trial_stable=r.live,
        application_date=r.accepted, audit_date=r.accepted, archive_date=r.accepted, savings=D("0"),
        mlps_org="江苏省网络与信息安全测评中心")
    return [
        form("01-运行维护经费申请表.docx", "常州市武进区政务信息系统运行维护经费申请表", rows, author=p.unit,
             when=date(year - 1, 11, 6), intro=[P(f"报送：{WJ_BIGDATA}、常州市武进区财政局")]),
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

WUJIN_SAMPLES: list[Sample] = [
    Sample(
        "wujin-application-clean", "application",
        "常州市武进区市场监督管理局 186万 非涉密: 项目计划申报表 (纳入财政预算, 纳入规划, 自主可控, 电子政务外网 + "
        "市政务云, 共享交换平台, 迁移整合完成, 三同步 良好, 密评整改完成), 可研 (标准规范, 已有资源, 总体架构, 网络和数据"
        "安全, 密码, 部门间数据共享需求, 投资估算, 实施进度), 项目概算表, 政务数据资源共享清单, 商用密码应用方案 — no error",
        lambda: wj_application_docs(WJ_MARKET), clean=True, jurisdiction="wujin"),
    Sample(
        "wujin-application-not-on-gov-cloud", "application",
        "the same system kept in the unit's own machine room on its own network, not on the 电子政务外网 and the "
        "市政务云 (第八条第(二)项: 不予审核) → WJ-8b, WJ-8c",
        lambda: wj_application_docs(replace(WJ_MARKET, loc=WUJIN_OWN_ROOM)),
        errors=("wujin/WJ-8b", "wujin/WJ-8c"), jurisdiction="wujin"),
    Sample(
        "wujin-application-no-sharing-list", "application",
        "no 项目政务数据资源共享清单 (第七条第(五)项) → WJ-7f",
        lambda: wj_application_docs(WJ_MARKET, sharing_list=False),
        errors=("wujin/WJ-7f",), jurisdiction="wujin"),
    Sample(
        "wujin-approval-clean", "approval",
        "常州市武进区卫生健康局 268万 (≥ 50万): 审批申请表 with 项目代码 and 区政府年度投资项目建设计划, 可研, 概算表, "
        "区大数据管理局 联合会审 评审意见, 自主可控情况说明, 区委网信办 网络和数据安全审查意见 — no error",
        lambda: wj_approval_docs(WJ_HEALTH, plan="fs"), clean=True, jurisdiction="wujin"),
    Sample(
        "wujin-approval-4999-self-review", "approval",
        "常州市武进区司法局 49.99万 (< 50万): the unit reviews its own 建设方案 and the 区大数据管理局 issues an 审核意见 "
        "(第十四条); no 立项, 项目代码 or 投资计划 needed — no error",
        lambda: wj_approval_docs(WJ_LEGAL, plan="self"), clean=True, jurisdiction="wujin"),
    Sample(
        "wujin-approval-50-self-review", "approval",
        "the same dossier at 50.00万 (“50万元及以上”): a 《项目可行性研究报告》 or 《项目建设方案建议书》 is due (WJ-14c), "
        "with a 项目代码 (WJ-11c); its form says it is not yet in the 区政府年度投资项目建设计划 and says nothing of the "
        "application for it, so WJ-11a (“应同时申请列入”, catalog §C) is not evaluated rather than an error",
        lambda: wj_approval_docs(replace(WJ_LEGAL, total=D("50.00")), plan="self"),
        errors=("wujin/WJ-14c", "wujin/WJ-11c"), jurisdiction="wujin"),
    Sample(
        "wujin-approval-pure-equipment", "approval",
        "常州市武进区应急管理局 128万 纯设备类: the self-review path of 第十四条 (建设方案 + own review + 审核意见) although "
        "≥ 50万 (catalog §A-22), with 项目代码 and 投资计划 (第十一条 still applies) — no error",
        lambda: wj_approval_docs(WJ_EQUIPMENT, plan="self"), clean=True, jurisdiction="wujin"),
    Sample(
        "wujin-approval-pure-equipment-no-plan", "approval",
        "the same 纯设备类 project reviewing a 可研 instead of the 项目建设方案 the 纯设备类 path asks for → WJ-14a",
        lambda: wj_approval_docs(WJ_EQUIPMENT, plan="fs-self"),
        errors=("wujin/WJ-14a",), jurisdiction="wujin"),
    Sample(
        "wujin-construction-clean", "construction",
        "268万 in construction: 全流程备案表 (纳入年度计划, 自主可控, 合同金额 ≤ 批复), 区发改局 立项批复, 公共资源交易中心 "
        "中标通知书, 建设合同, 监理服务合同, 网络和数据安全管理制度 — no error",
        lambda: wj_construction_docs(WJ_HEALTH, WJ_HEALTH_BUILD), clean=True, jurisdiction="wujin"),
    Sample(
        "wujin-construction-no-lixiang", "construction",
        "the same 268万 project built without the 区发改局 立项 (第十一条: 投资匡算 ≥ 50万 报区发改局立项) → WJ-11b",
        lambda: wj_construction_docs(WJ_HEALTH, replace(WJ_HEALTH_BUILD, approval_no="")),
        errors=("wujin/WJ-11b",), jurisdiction="wujin"),
    Sample(
        "wujin-adjustment-clean", "adjustment",
        "调整 of 建设内容 within the 概算 (320 → 314), 目标不变, under the 工程变更 rules and filed with the 区大数据管理局 "
        "(第二十一条) — no error",
        lambda: wj_adjustment_docs(WJ_CITY, WJ_ADJ), clean=True, jurisdiction="wujin"),
    Sample(
        "wujin-acceptance-clean", "acceptance",
        "常州市武进区教育局 236万: 实施完成 2025-09-30, 竣工验收申请 2026-01-15 (≤ 半年) with the construction materials "
        "attached (合同, 中标通知书, 监理合同, 监理总结, 决算) — no error",
        lambda: wj_acceptance_docs(WJ_EDU, WJ_ACC, WJ_ACC_BUILD), clean=True, jurisdiction="wujin"),
    Sample(
        "wujin-acceptance-late", "acceptance",
        "实施完成 2025-05-31, 竣工验收申请 2026-01-15, later than 半年 (2025-11-30), no 延期验收申请 → WJ-22a, WJ-24a",
        lambda: wj_acceptance_docs(WJ_EDU, WJ_ACC_LATE, WJ_ACC_BUILD),
        errors=("wujin/WJ-22a", "wujin/WJ-24a"), jurisdiction="wujin"),
    Sample(
        "wujin-evaluation-clean", "evaluation",
        "常州市武进区民政局: 2025年度 项目绩效评价报告 dated 2025-12-12 (第三十条: before the year ends) covering the "
        "第二十七条 aspects; 竣工验收报告 of the 验收专家组; the 区大数据管理局's 年度绩效评估报告 (成本效益, 应用实效, 运行"
        "效率, 使用频度, 共享开放, 网络和数据安全, 创新服务, 运维, 资金使用) — no error, no warning",
        lambda: wj_evaluation_docs(WJ_SOCIAL, WJ_REVIEW, 2025), clean=True, jurisdiction="wujin"),
    Sample(
        "wujin-operation-clean", "operation",
        "2026 运行维护经费 request: 竣工验收 passed (第二十五条), 运维方案, 安全风险评估报告 — no error",
        lambda: wj_operation_docs(WJ_SOCIAL, WJ_REVIEW, 2026, D("12.60")), clean=True, jurisdiction="wujin"),
]

# =========================================================================== 高平市 (gaoping)
# 高平市政务信息化项目建设应用管理办法, 高政办发〔2020〕35号 (catalog §4). Here the owning 市直单位 is the
# 项目实施单位 and the contractor the 项目建设单位 (catalog A-30). Applications carry 项目建议书, 可研,
# 初步设计, 信息资源目录 and 投资概算 (第八条); every system must be in the 政务信息系统目录 (第十条); the
# contract is filed within 5 working days (第十五条); products are 自主可控 (第十八条); the 竣工验收报告 is
# filed within 30 working days (第二十条).

GP_APPROVER = "高平市行政审批服务管理局（市政务信息管理局）"
GP_FINANCE = "高平市财政局"
GP_INFO_CENTRE = "高平市政府信息中心（大数据中心）"

GAOPING = Locale(
    id="gaoping",
    place="高平市",
    measure="《高平市政务信息化项目建设应用管理办法》（高政办发〔2020〕35号）",
    basis=(
        "《高平市政务信息化项目建设应用管理办法》（高政办发〔2020〕35号）",
        "《山西省政务信息化项目建设应用管理办法》（晋政办发〔2020〕72号）",
        "《晋城市政务大数据项目建设应用管理办法》（晋市政办〔2019〕44号）",
        "《高平市政务云系统服务目录》",
        "《政务信息系统定义和范围》（GB/T 40692-2021）",
        "《信息安全技术 网络安全等级保护基本要求》（GB/T 22239-2019）",
        "《信息安全技术 信息系统密码应用基本要求》（GB/T 39786-2021）",
    ),
    cloud="高平市政务云",
    cloud_short="市政务云",
    net="高平市电子政务外网",
    net_short="市电子政务外网",
    platforms="市“政务服务系统”、山西省一体化在线政务服务平台和市政务数据共享交换平台",
    upper="山西省、晋城市、高平市",
    infra="市政务云、市电子政务外网、市“政务服务系统”",
    one_stop="山西省一体化在线政务服务平台（三晋通）",
    catalog_system="共享平台目录管理系统",
    sharing_platform="高平市政务数据共享交换平台",
    police="高平市公安局网络安全保卫大队",
    crypto_support="山西省政务密码服务平台",
    archive_rules="山西省有关档案管理规定",
    experts=(("李建军", "太原理工大学信息与计算机学院", "教授"),
             ("王晓红", "高平市政府信息中心（大数据中心）", "高级工程师"),
             ("张志伟", "山西省信息安全测评中心", "高级工程师")),
    unit_label="项目实施单位",
    contractor_label="项目建设单位",
    secure_basis="《高平市政务信息化项目建设应用管理办法》第十八条（自主可控）",
    region_code="140581",
    solution_extra=(
        ("“大平台、小前端”集约建设", (
            "系统按照“大平台、小前端”集约建设模式，业务中台和数据中台依托市政务云系统建设，前端应用轻量化，"
            "新建应用纳入市“政务服务系统”规划体系统一管理，不新建独立信息平台。",
            "云资源全部使用《高平市政务云系统服务目录》中提供的计算、存储、数据库和安全服务，并利用山西省一体化"
            "在线政务服务平台提供的统一身份认证、电子证照等公共应用支撑体系，不重复建设服务系统。",
        )),
        ("技术方案可行性分析", (
            "项目采用的微服务架构、国产数据库和中间件均为成熟技术，已在晋城市同类系统中应用，技术方案可行。",
        )),
    ),
)

GP_SOCIAL = Project(
    name="高平市人社服务“一网通办”平台建设项目",
    system="高平市人社服务一网通办平台",
    unit="高平市人力资源和社会保障局",
    region="高平市",
    level="市直单位",
    total=D("156.00"),
    funding="市财政",
    plan_year=2026,
    application_date=date(2025, 10, 15),
    leader="牛建平",
    phone="0356-5221906",
    users="高平市人社局、16个乡镇（街道）人社服务站经办人员及办事群众",
    background=(
        "高平市人社业务涉及社保、就业、劳动关系等120项服务事项，群众办事需往返市政务服务中心和乡镇服务站。",
        "实现人社服务事项“一网通办”，高频事项全程网办率达到85%以上。",
    ),
    status=("人社业务使用山西省人社一体化信息平台办理，市级无统一的受理和延伸服务系统。",),
    upgrade_gap="省人社一体化信息平台由省级统一部署，市级不能改造；本项目新建市级受理前端并与省平台对接。",
    duplication="省人社一体化信息平台承担业务经办，本项目只建设前端受理和延伸服务，不重复建设经办系统。",
    needs=(
        ("业务需求", "人社服务事项网上申请、乡镇延伸受理、进度查询和评价。"),
        ("功能需求", "需具备网上受理、乡镇延伸、电子档案和服务评价功能。"),
        ("数据需求", "需共享获取户籍、婚姻等数据，办件数据汇聚至市政务数据共享交换平台。"),
    ),
    modules=(
        Module("网上受理", "人社服务事项网上申请和材料电子化。"),
        Module("乡镇延伸服务", "16个乡镇（街道）人社服务站延伸受理。"),
        Module("电子档案", "办件材料电子归档。"),
    ),
    data_out=(
        DataRes("高平市人社服务办件信息", "办件编号、事项名称、申请人、受理时间、办结时间", update="实时"),
        DataRes("高平市人社服务网点信息", "网点名称、地址、服务事项", share="无条件共享", open="无条件开放",
                update="每月"),
    ),
    data_in=(DataNeed("户籍人口信息", "高平市公安局"), DataNeed("婚姻登记信息", "高平市民政局")),
    indicators=(
        Indicator("产出指标", "数量指标", "网上可办事项数", "≥100项"),
        Indicator("效益指标", "社会效益指标", "高频事项全程网办率", "≥85%"),
        Indicator("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%"),
    ),
    works=(
        Item("网上受理系统开发", 1, "52.00", "定制开发"),
        Item("乡镇延伸服务系统开发", 1, "36.00", "定制开发"),
        Item("电子档案系统开发", 1, "22.00", "定制开发"),
        Item("乡镇服务站高拍仪及读卡器", 32, "0.30", "16个乡镇（街道）", "hardware"),
        db_item("12.00"),
        Item(CRYPTO_SVC, 1, "5.60", "接入山西省政务密码服务平台", "service"),
    ),
    implementing_body="高平市人力资源和社会保障局信息中心",
    designer="山西晋数规划设计有限公司",
    loc=GAOPING,
)


def gp_project(**kw) -> Project:
    return replace(GP_SOCIAL, **kw)


GP_LAND = gp_project(
    name="高平市不动产登记智慧服务系统建设项目",
    system="高平市不动产登记智慧服务系统",
    unit="高平市自然资源局",
    total=D("238.00"),
    application_date=date(2025, 10, 20),
    leader="郭志强",
    phone="0356-5222318",
    code="2510-140581-04-01-613205",
    users="高平市不动产登记中心、16个乡镇（街道）便民服务中心及办事企业群众",
    background=(
        "高平市年办理不动产登记约3.8万件，交易、税务、登记三个环节分别受理，群众需多次提交材料。",
        "实现不动产登记“一窗受理、并行办理”，一般登记3个工作日办结。",
    ),
    modules=(
        Module("一窗受理", "交易、税务、登记一窗受理、一次提交。"),
        Module("网上登记", "抵押登记、预告登记网上办理。"),
        Module("电子证照", "不动产权证书电子证照生成和共享。"),
    ),
    data_out=(DataRes("高平市不动产登记信息", "不动产单元号、权利人、坐落、用途、登记日期"),),
    data_in=(DataNeed("户籍人口信息", "高平市公安局"), DataNeed("税收完税信息", "国家税务总局高平市税务局")),
    works=(
        Item("一窗受理系统开发", 1, "82.00", "定制开发"),
        Item("网上登记系统开发", 1, "56.00", "定制开发"),
        Item("电子证照系统开发", 1, "38.00", "定制开发"),
        Item("窗口高拍仪及电子签名设备", 24, "0.60", "不动产登记窗口", "hardware"),
        db_item("14.00"),
        Item(CRYPTO_SVC, 1, "6.80", "接入山西省政务密码服务平台", "service"),
    ),
    implementing_body="高平市不动产登记中心",
)

GP_HOUSING = gp_project(
    name="高平市智慧住建综合管理平台建设项目",
    system="高平市智慧住建综合管理平台",
    unit="高平市住房和城乡建设局",
    total=D("198.00"),
    plan_year=2024,
    application_date=date(2023, 10, 16),
    leader="赵国庆",
    phone="0356-5225031",
    code="2408-140581-04-01-402716",
    modules=(
        Module("工程质量安全监管", "在建工程质量安全巡查和隐患整改。"),
        Module("建筑市场监管", "建筑企业、人员和项目信用管理。"),
        Module("房屋安全管理", "既有房屋安全排查和鉴定管理。"),
    ),
    works=(
        Item("工程质量安全监管系统开发", 1, "62.00", "定制开发"),
        Item("建筑市场监管系统开发", 1, "48.00", "定制开发"),
        Item("房屋安全管理系统开发", 1, "36.00", "定制开发"),
        Item("核心交换机及防火墙", 2, "6.50", "部署于市政务云安全区", "hardware"),
        db_item("12.00"),
        Item(CRYPTO_SVC, 1, "6.20", "接入山西省政务密码服务平台", "service"),
    ),
    implementing_body="高平市住房和城乡建设局信息中心",
)

GP_EDU = gp_project(
    name="高平市智慧教育云平台建设项目",
    system="高平市智慧教育云平台",
    unit="高平市教育局",
    total=D("176.00"),
    plan_year=2024,
    code="2407-140581-04-01-401538",
    leader="李文斌",
    phone="0356-5223162",
    modules=(
        Module("教育云门户", "统一身份认证和应用门户。"),
        Module("优质资源共享", "优质课程资源汇聚和共享。"),
        Module("教育管理", "学校、教师和学生管理。"),
    ),
    data_out=(DataRes("高平市中小学校基本信息", "学校名称、学校代码、办学类型、地址", share="无条件共享",
                      open="无条件开放", update="每月"),),
    works=(
        Item("教育云门户开发", 1, "48.00", "定制开发"),
        Item("优质资源共享系统开发", 1, "52.00", "定制开发"),
        Item("教育管理系统开发", 1, "38.00", "定制开发"),
        db_item("12.00"),
        Item(CRYPTO_SVC, 1, "5.60", "接入山西省政务密码服务平台", "service"),
    ),
    implementing_body="高平市教育局电化教育馆",
)

GP_MARKET = gp_project(
    name="高平市食品安全智慧监管平台建设项目",
    system="高平市食品安全智慧监管平台",
    unit="高平市市场监督管理局",
    total=D("142.00"),
    plan_year=2025,
    code="2504-140581-04-01-512077",
    leader="秦海燕",
    phone="0356-5226710",
    implementing_body="高平市市场监督管理局信息中心",
)

GP_HEALTH = gp_project(
    name="高平市全民健康信息平台建设项目",
    system="高平市全民健康信息平台",
    unit="高平市卫生健康和体育局",
    total=D("216.00"),
    plan_year=2024,
    code="2404-140581-04-01-401207",
    leader="常晓东",
    phone="0356-5227125",
    implementing_body="高平市卫生健康和体育局信息中心",
    modules=(Module("全民健康信息平台", ""), Module("电子健康档案", ""), Module("分级诊疗", "")),
)


# ------------------------------------------------------------------ Gaoping documents


def gp_rows(p: Project, *, in_catalog: bool = True) -> list[tuple[str, str]]:
    """What 第十、十一、十二条 ask a project to state (its system in the 目录, on the 政务云, …)."""
    no = f"GPXT-{p.plan_year}-{sum(map(ord, p.system)) % 90 + 10:03d}"
    return [
        ("是否纳入规划", "是（高平市政务信息化应用规划）"),
        ("是否新设立部门", "否"),
        ("是否纳入政务信息系统目录", f"是（系统编号{no}）" if in_catalog else "否（尚未列入）"),
        ("是否跨部门共建共享", "否"),
        ("是否跨层级", "否"),
        ("部署位置", p.loc.cloud),
        ("是否接入市“政务服务系统”", "是"),
        ("是否接入一体化在线政务服务平台", "是"),
        ("是否孤网", "否"),
        ("是否新建业务专网", "否"),
        ("是否采用自主可控产品", "是"),
        ("拟定等保级别", p.mlps),
    ]


def gp_application_form(p: Project, when: date, *, in_catalog: bool = True) -> Docx:
    rows = unit_rows(p) + [
        ("项目代码", p.code or ""),
        ("计划年度", str(p.plan_year)),
        ("总投资（万元）", money(p.total)),
    ] + gp_rows(p, in_catalog=in_catalog) + contact_rows(p) + [("申报日期", cn_date(when))]
    if not p.code:
        rows = [r for r in rows if r[0] != "项目代码"]
    return form("附件1-审批立项申请表.docx", "高平市政务信息化项目审批立项申请表", rows, author=p.unit, when=when,
                intro=[P(f"报送：{GP_APPROVER}")])


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


def gp_progress_form(p: Project, b: Build, file: str = "01-项目建设进度报告.docx") -> Docx:
    """第十九条 progress report, carrying the construction-stage facts (progress_report)."""
    rows = unit_rows(p) + [
        ("项目建设单位", b.contractor),
        ("项目代码", p.code or ""),
        ("批复文号", b.approval_no),
        ("批复日期", cn_date(b.approval_date)),
        ("批复总投资（万元）", money(p.total)),
        ("是否内容复杂、技术要求高", "是"),
        ("采购方式", b.method),
        ("合同签订日期", cn_date(b.contract_date)),
        ("合同金额（万元）", money(contract_amount(p, b))),
        ("开工日期", cn_date(b.start_date)),
        ("计划完工时间", cn_date(b.period_end)),
        ("是否建设移动端", "否"),
    ] + [r for r in gp_rows(p) if r[0] != "是否采用自主可控产品"] + [
        ("是否采用自主可控产品", "是" if b.secure else f"否（{b.secure_note}）"),
    ] + contact_rows(p) + [
        ("本期进展", f"{p.modules[0].name}需求调研和详细设计已完成，正在开发。"),
    ]
    return form(file, "高平市政务信息化项目建设进度报告", rows, author=p.unit, when=b.report_date,
                intro=[P(f"报送：{GP_APPROVER}")])


def gp_contract_filing(p: Project, b: Build, file: str = "06-合同备案表.docx") -> Docx:
    """第十五条: the contract text filed within 5 working days of signing (contract_filing)."""
    rows = [
        ("项目名称", p.name), ("项目实施单位", p.unit), ("项目建设单位", b.contractor),
        ("合同名称", f"{p.name}建设合同"), ("合同金额（万元）", money(contract_amount(p, b))),
        ("合同签订日期", cn_date(b.contract_date)), ("合同备案日期", cn_date(b.contract_filed)),
        ("备案机关", GP_APPROVER),
    ]
    return form(file, "高平市政务信息化项目合同备案表", rows, author=p.unit, when=b.contract_filed,
                after=["备案意见：合同文本已收悉，予以备案。"], signer=GP_APPROVER)


def gp_supervision_filing(p: Project, b: Build, file: str = "08-监理单位备案表.docx") -> Docx:
    rows = [("项目名称", p.name), ("项目实施单位", p.unit), ("监理单位", b.supervisor),
            ("确定方式", "竞争性磋商"), ("备案机关", GP_APPROVER)]
    return form(file, "高平市政务信息化项目监理单位备案表", rows, author=p.unit, when=b.supervision_filed,
                after=["备案意见：予以备案。"], signer=GP_APPROVER)


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
    rows = unit_rows(p) + [
        ("项目代码", p.code or ""),
        ("批复文号", a.approval_no),
        ("批复日期", cn_date(a.approval_date)),
        ("原批复概算总投资（万元）", money(a.approved_total)),
        ("调增金额（万元）", money(a.increase)),
        ("调减金额（万元）", money(a.decrease)),
        ("调整后总投资（万元）", money(a.adjusted_total)),
        ("建设目标是否变化", "否"),
    ] + contact_rows(p)
    change_rows = [["序号", "建设内容", "调整类型", "原批复金额（万元）", "调整后金额（万元）", "增减（万元）"]]
    for k, c in enumerate(a.changes, start=1):
        change_rows.append([str(k), c.name, c.how, money(Decimal(c.orig_amount)), money(Decimal(c.new_amount)),
                            money(c.delta)])
    request = form("附件1-项目调整申请表.docx", "高平市政务信息化项目调整申请表", rows, author=p.unit,
                   when=a.filing_date, intro=[P(f"报送：{GP_APPROVER}")],
                   after=[Sec("调整原因", [a.why]), Sec("调整内容", [T(change_rows)])])
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
    filing = form("01-竣工验收备案表.docx", "高平市政务信息化项目竣工验收备案表", [
        ("项目名称", p.name), ("项目实施单位", p.unit), ("项目建设单位", h.contractor), ("项目代码", p.code or ""),
        ("批复文号", h.approval_no), ("竣工验收日期", cn_date(h.accepted)), ("验收备案日期", cn_date(h.filed)),
        ("信息资源目录纳入共享平台目录管理系统情况", "已纳入"), ("备案机关", GP_APPROVER),
    ], author=p.unit, when=h.filed, after=["备案意见：竣工验收报告已收悉，予以备案。"], signer=GP_APPROVER)
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
    rows = unit_rows(p) + [
        ("项目代码", p.code or ""),
        ("是否纳入政务信息系统目录", "是"),
        ("部署位置", p.loc.cloud),
        ("是否接入市“政务服务系统”", "是"),
        ("是否接入政务数据共享交换平台", "是"),
        ("竣工验收日期", cn_date(h.accepted)),
        ("运维年度", str(year)),
        ("申请运行维护经费（万元）", money(amount)),
    ] + contact_rows(p)
    filing, *_ = gp_acceptance_docs(p, h)
    drill = report("04-应急演练记录.docx", f"{p.system}网络安全应急演练记录", [
        Sec("演练概况", [f"{cn_date(date(year - 1, 9, 18))}，{p.unit}与{GP_INFO_CENTRE}开展数据库勒索病毒应急演练。"]),
        Sec("演练过程", ["发现告警、隔离主机、切换备库、恢复数据，用时42分钟。"]),
        Sec("演练总结", ["预案可行，已完善备份恢复流程。"]),
    ], author=p.unit, when=date(year - 1, 9, 18))
    return [
        form("01-运行维护经费申请表.docx", "高平市政务信息系统运行维护经费申请表", rows, author=p.unit,
             when=date(year - 1, 10, 28), intro=[P(f"报送：{GP_APPROVER}、{GP_FINANCE}")]),
        replace(filing, file="02-竣工验收备案表.docx"),
        om_plan_doc(p, year, amount, "03-运维方案.docx", provider=GP_INFO_CENTRE),
        drill,
    ]


# ------------------------------------------------------------------ Gaoping specs

# signed Friday 2024-09-27; 5 working days: 9-29 (调休 Sunday), 9-30, 10-8, 10-9, 10-10 (国庆 10-1…10-7)
GP_HOUSING_BUILD = Build(
    approval_no="高行审政信〔2024〕27号", approval_date=date(2024, 8, 20), approver=GP_APPROVER,
    contractor="山西晋智城建科技有限公司", supervisor="山西正源信息工程监理有限公司",
    tender_date=date(2024, 9, 13), contract_date=date(2024, 9, 27), start_date=date(2024, 10, 8),
    period_end=date(2025, 9, 30), report_date=date(2024, 10, 25), spent=D("59.40"), savings=D("5.60"),
    agent="高平市公共资源交易中心", contract_filed=date(2024, 10, 10), supervision_filed=date(2024, 10, 12),
)

GP_ADJ = Adjustment(
    approved_total=D("216.00"), approval_no="高行审政信〔2024〕19号", approval_date=date(2024, 6, 18),
    filing_date=date(2025, 7, 8), reason="二",
    why="晋城市全民健康信息平台已提供分级诊疗转诊接口，本市分级诊疗模块改为对接，节省资金用于完善电子健康档案。",
    changes=(
        Change("分级诊疗系统（改为对接晋城市平台）", 1, "58.00", 1, "22.00", "参数调整"),
        Change("电子健康档案系统（增加居民端授权调阅）", 1, "46.00", 1, "78.00", "参数调整"),
    ),
)

GP_HANDOVER = Handover(approval_no="高行审政信〔2024〕15号", contractor="山西智教云科技有限公司",
                       accepted=date(2025, 9, 15), filed=date(2025, 10, 30), handed_over=date(2025, 9, 10))

GAOPING_SAMPLES: list[Sample] = [
    Sample(
        "gaoping-application-clean", "application",
        "高平市人力资源和社会保障局 (项目实施单位) 156万: 审批立项申请表 + the five 第八条 materials — 项目建议书, "
        "可行性研究报告, 初步设计方案, 信息资源目录, 投资概算表 — no error",
        lambda: gp_application_docs(GP_SOCIAL), clean=True, jurisdiction="gaoping"),
    Sample(
        "gaoping-application-fs-without-proposal", "application",
        "a 可行性研究报告（代项目建议书） in place of the separate 项目建议书 第八条 asks for → GP-8a",
        lambda: gp_application_docs(GP_SOCIAL, which=("fs", "design", "catalog", "budget"),
                                    fs_subtitle="（代项目建议书）"),
        errors=("gaoping/GP-8a",), jurisdiction="gaoping"),
    Sample(
        "gaoping-application-proposal-only", "application",
        "only a 项目建议书: no 可研, 初步设计, 信息资源目录 or 投资概算 → GP-8b, GP-8c, GP-8d, GP-8e",
        lambda: gp_application_docs(GP_SOCIAL, which=("proposal",)),
        errors=("gaoping/GP-8b", "gaoping/GP-8c", "gaoping/GP-8d", "gaoping/GP-8e"), jurisdiction="gaoping"),
    Sample(
        "gaoping-approval-clean", "approval",
        "高平市自然资源局 238万: system in the 政务信息系统目录, on the 市政务云 and the 市“政务服务系统” (“大平台、小前端”, "
        "《政务云系统服务目录》), 需求 / 集约 / 技术方案 / 绩效目标 in the plans, 财政评审意见, 密码应用方案, 立项批复 of the "
        "市行政审批服务管理局 and 市人民政府 同意 — no error",
        lambda: gp_approval_docs(GP_LAND), clean=True, jurisdiction="gaoping"),
    Sample(
        "gaoping-approval-not-in-catalog", "approval",
        "the same project submitted for 审批立项 while its system is not in the 政务信息系统目录 (第十条: 不予审批) "
        "→ GP-10a",
        lambda: gp_approval_docs(GP_LAND, approved=False, in_catalog=False),
        errors=("gaoping/GP-10a",), jurisdiction="gaoping"),
    Sample(
        "gaoping-construction-clean", "construction",
        "高平市住房和城乡建设局 198万: contract signed Fri 2024-09-27 and filed 2024-10-10 — the 5th working day, "
        "counting the 调休 Sunday 9-29 and skipping 国庆 10-1…10-7 (第十五条) — with 所有权 clause, 监理 chosen and "
        "filed, 自主可控 products, 安全风险评估, 等保备案, 应急预案 — no error",
        lambda: gp_construction_docs(GP_HOUSING, GP_HOUSING_BUILD), clean=True, jurisdiction="gaoping",
        as_of=date(2024, 10, 31)),
    Sample(
        "gaoping-construction-contract-filed-late", "construction",
        "the same contract filed 2024-10-11, the 6th working day after signing → GP-15c",
        lambda: gp_construction_docs(GP_HOUSING, replace(GP_HOUSING_BUILD, contract_filed=date(2024, 10, 11))),
        errors=("gaoping/GP-15c",), jurisdiction="gaoping", as_of=date(2024, 10, 31)),
    Sample(
        "gaoping-construction-not-autonomous", "construction",
        "core network and security devices of foreign brands: not 自主可控 (第十八条) → GP-18a",
        lambda: gp_construction_docs(GP_HOUSING, replace(
            GP_HOUSING_BUILD, secure=False, secure_note="核心交换机、防火墙为进口品牌，未列入自主可控产品名录")),
        errors=("gaoping/GP-18a",), jurisdiction="gaoping", as_of=date(2024, 10, 31)),
    Sample(
        "gaoping-adjustment-clean", "adjustment",
        "a material change of 建设内容 (216 → 216, 分级诊疗 改为对接) with the 调整申请 and the 主管部门's 同意意见 "
        "(第十九条) — no error",
        lambda: gp_adjustment_docs(GP_HEALTH, GP_ADJ), clean=True, jurisdiction="gaoping"),
    Sample(
        "gaoping-acceptance-clean", "acceptance",
        "高平市教育局: 竣工验收 2025-09-15, report filed 2025-10-30 — within 30 working days only because 国庆 "
        "10-1…10-8 does not count (deadline 2025-10-31); 安全可控 and 资源目录 in the report; 设计文件, 源代码, 测试文档 "
        "handed over — no error",
        lambda: gp_acceptance_docs(GP_EDU, GP_HANDOVER), clean=True, jurisdiction="gaoping"),
    Sample(
        "gaoping-acceptance-filed-late", "acceptance",
        "the same 竣工验收报告 filed 2025-11-03, the 31st working day after 竣工验收 → GP-20c",
        lambda: gp_acceptance_docs(GP_EDU, replace(GP_HANDOVER, filed=date(2025, 11, 3))),
        errors=("gaoping/GP-20c",), jurisdiction="gaoping"),
    Sample(
        "gaoping-evaluation-clean", "evaluation",
        "高平市市场监督管理局: 2025年度 自评价报告 dated 2026-02-10 (after the budget year, 第二十一条) sent to the "
        "主管部门 and 市财政局; 绩效考评报告 — no error",
        lambda: gp_evaluation_docs(GP_MARKET, date(2026, 2, 10), 2025), clean=True, jurisdiction="gaoping"),
    Sample(
        "gaoping-operation-clean", "operation",
        "2026 运维经费 request of 高平市教育局: in the 目录, on the 市政务云, connected to the 市“政务服务系统” and the "
        "sharing platform, 竣工验收 filed, 运维 by the 市政府信息中心（大数据中心）, 应急演练记录 — no error",
        lambda: gp_operation_docs(GP_EDU, GP_HANDOVER, 2026, D("14.80")), clean=True, jurisdiction="gaoping"),
]

# =========================================================================== 聊城高新区 (lcgxq)
# The sixth measure, written only as data (rules/lcgxq.yaml). Its acceptance dossier is built
# from the shared builders alone: the 验收申请表 names the 完成项目建设任务日期 in the pack's own
# words (vocabulary.labels), and the 密码应用情况 is a kind only that pack knows.

LG_UNIT = "聊城高新区综合管理办公室"  # the body the measure names; the applicant below reports to it
LG_APPLICANT = "聊城高新技术产业开发区社会事务部"
LG_PROJECT = "聊城高新区社区网格化服务管理平台"
LG_CONTRACTOR = "山东鲁西数智科技有限公司"


def lg_acceptance_docs(completed: date, accepted: date, crypto: bool = True) -> list[Spec]:
    """验收申请表 + 验收报告 and the five parts 解读 二(4) names, + the 验收备案 receipt."""
    def part(file: str, title: str, body: list[str]) -> Docx:
        return report(file, f"{LG_PROJECT}{title}", [Sec("一、基本情况", list(body))],
                      author=LG_APPLICANT, when=accepted - timedelta(days=3))

    docs: list[Spec] = [
        form("01-竣工验收申请表.docx", "聊城高新区信息系统项目竣工验收申请表", [
            ("项目名称", LG_PROJECT), ("项目单位", LG_APPLICANT), ("承建单位", LG_CONTRACTOR),
            ("完成项目建设任务日期", cn_date(completed)), ("竣工验收日期", cn_date(accepted)),
        ], author=LG_APPLICANT, when=accepted, intro=[P(f"报送：{LG_UNIT}")]),
        report("02-竣工验收报告.docx", f"{LG_PROJECT}竣工验收报告", [
            Sec("一、验收结论", [f"验收组于{cn_date(accepted)}对{LG_PROJECT}进行竣工验收，同意通过验收。"]),
        ], author=LG_APPLICANT, when=accepted),
        part("03-项目建设总结.docx", "项目建设总结", [f"项目于{cn_date(completed)}完成全部建设任务。"]),
        part("04-财务报告.docx", "财务报告", ["项目资金按合同约定支付，无超支。"]),
        part("05-审计报告.docx", "审计报告", ["经审计，项目资金使用符合规定。"]),
        part("06-信息安全风险评估报告.docx", "信息安全风险评估报告", ["未发现高风险项。"]),
    ]
    if crypto:
        docs.append(part("07-密码应用情况说明.docx", "密码应用情况说明", ["平台采用SM2、SM3、SM4国产密码算法。"]))
    docs.append(form("08-验收报告备案回执.docx", "信息系统项目验收报告备案回执", [
        ("项目名称", LG_PROJECT), ("备案单位", LG_APPLICANT), ("验收备案日期", cn_date(accepted + timedelta(days=5))),
    ], author=LG_UNIT, when=accepted + timedelta(days=5)))
    return docs


LCGXQ_SAMPLES: list[Sample] = [
    Sample(
        "lcgxq-acceptance-clean", "acceptance",
        "建设任务 2025-11-28 完成, 竣工验收 2026-02-28 — the last day of 3 months (解读 二(4)); 验收报告 with 建设总结, "
        "财务报告, 审计报告, 风险评估 and 密码应用情况 (a kind only the lcgxq pack knows), filed — no error",
        lambda: lg_acceptance_docs(date(2025, 11, 28), date(2026, 2, 28)), clean=True, jurisdiction="lcgxq"),
    Sample(
        "lcgxq-acceptance-late-no-crypto", "acceptance",
        "the same project accepted 2026-03-01, a day after the 3 months, and without the 密码应用情况 → LG-2f, LG-2h",
        lambda: lg_acceptance_docs(date(2025, 11, 28), date(2026, 3, 1), crypto=False),
        errors=("lcgxq/LG-2f", "lcgxq/LG-2h"), jurisdiction="lcgxq"),
]


SAMPLES: list[Sample] = (TONGLIAO_SAMPLES + HUNAN_SAMPLES + WUSHAN_SAMPLES + WUJIN_SAMPLES
                         + GAOPING_SAMPLES + LCGXQ_SAMPLES)


# =========================================================================== output


def manifest_text(s: Sample) -> str:
    lines = [f"# {s.name} — built by sample_dossiers/build.py; facts come from the documents"]
    if s.declare_jurisdiction:
        lines.append(f"jurisdiction: {s.jurisdiction}")
    else:
        lines.append("# no jurisdiction: govcheck detects it from the unit and place names")
    lines.append(f"stage: {s.stage}")
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
        "#   warnings    rule ids that must be among the findings of severity warning",
        "#   jurisdiction_source  manifest (govcheck.yaml names it) or detected (from unit names)",
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
            f"    jurisdiction_source: {'manifest' if s.declare_jurisdiction else 'detected'}",
            f"    exit_code: {s.exit_code}",
            f"    errors: {errors}",
            f"    exactly: {'true' if s.exact else 'false'}",
            f"    no_errors: {'true' if s.clean else 'false'}",
            f"    warnings: [{', '.join(s.warnings)}]",
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
