"""Adjustment (调整): the spec of a change of a project and its filing documents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .model import Docx, T, Xlsx
from .text import cn_date, money
from .project import Project
from .documents import letter, table_workbook

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


def approval_and_change_rows(p: Project, a: Adjustment) -> list[tuple[str, str]]:
    """The rows every adjustment filing carries after the unit's: the 批复 and the 调增 / 调减 sums."""
    return [
        ("项目代码", p.code or ""),
        ("批复文号", a.approval_no),
        ("批复日期", cn_date(a.approval_date)),
        ("原批复概算总投资（万元）", money(a.approved_total)),
        ("调增金额（万元）", money(a.increase)),
        ("调减金额（万元）", money(a.decrease)),
    ]


def change_table(a: Adjustment) -> T:
    """The change lines of an adjustment: before, after and the difference of each."""
    rows = [["序号", "建设内容", "调整类型", "原批复金额（万元）", "调整后金额（万元）", "增减（万元）"]]
    for k, c in enumerate(a.changes, start=1):
        rows.append([str(k), c.name, c.how, money(Decimal(c.orig_amount)), money(Decimal(c.new_amount)),
                     money(c.delta)])
    return T(rows)


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
