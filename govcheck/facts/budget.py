"""Budget sheets (概算 / 估算 / 预算): lines, their arithmetic, and the total.

A budget table is found by its header row: a name column (费用名称 / 项目名称 / 名称 / 内容 …)
and an amount column (金额 / 合计 / 小计 / 投资 / 费用 …), optionally 序号, 数量, 单价, 备注 and a
大写 column. The money unit comes from the amount header (金额（元）), else from a line above
(单位：万元 / 金额单位：元), else 万元.

Rows nest by their numbering — 一、 > （一） > 1 / 1. > （1） / 1.1 — and unnumbered rows are items
of the group above them (unnumbered 工程费用 / 工程建设其他费用 / 预备费 are sections). A group's
amount must equal the sum of its items, the 合计 / 总计 row the sum of the top-level rows
(tolerance 0.01万元); 数量 × 单价 must equal 金额; a 大写 amount must equal the figure beside it.
Each mismatch is a ``govcheck/budget-arithmetic`` finding at the cell.

The 合计 (the largest one, when a workbook holds several tables) is a total_investment
candidate (origin "budget") — approved_budget_total in a 批复, none in an adjustment, an
account, a review or a listing of many projects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any

from ..findings import Finding, tool_finding
from ..location import Where
from ..message import Message, Place, phrase
from ..model import BudgetLine, Candidate, Document, Source
from ..values import cell_text, money_str
from ..vocabulary import budget_items
from .grid import Grid, grids
from .labels import norm_label
from .money import (
    UNIT_LINE_RE, find_unit, has_capital_amount, normalize_text, parse_amount_in_words, parse_money,
    to_decimal, unit_factor,
)

TOLERANCE = Decimal("0.01")  # 万元

NAME_HEADERS = ("工程或费用名称", "工程和费用名称", "费用名称", "项目名称", "费用项目", "建设内容", "项目内容",
                "分项名称", "子项名称", "支出项目", "费用类别", "费用明细", "设备名称", "产品名称", "服务名称",
                "货物名称", "内容", "名称", "项目", "科目", "明细")
AMOUNT_HEADERS = (  # (substring, priority)
    ("金额", 6), ("总价", 5), ("合价", 5), ("合计", 4), ("小计", 3), ("总投资", 3), ("投资", 2),
    ("概算", 2), ("估算", 2), ("预算", 2), ("报价", 2), ("费用", 1), ("价格", 1),
)
TOTAL_NAMES = ("合计", "总计", "总合计", "合计金额", "总投资", "项目总投资", "投资合计", "概算总投资",
               "估算总投资", "总概算", "总估算", "总金额", "投资总额", "费用合计", "总费用", "总价",
               "项目合计", "总额")
SECTION_NAMES = ("工程费用", "工程建设其他费用", "建设其他费用", "其他费用", "预备费", "基本预备费",
                 "建设投资", "运维费用", "运行维护费用")

# Document kinds whose 合计 is not the project's total investment: adjustments and accounts
# (other amounts), reviews (审定 figures), listings (many projects).
NOT_TOTAL_KINDS = ("adjustment_filing", "adjustment_request", "adjustment_approval",
                   "financial_report", "audit_report", "payment_record", "annual_performance_report",
                   "contract", "procurement_docs", "assessment_report", "budget_review_opinion",
                   "review_opinion", "expert_review_opinion", "annual_plan_listing")
# ... and kinds whose 合计 is another fact.
TOTAL_FACT_BY_KIND = {"approval_reply": "approved_budget_total"}


@dataclass
class Header:
    row: int
    start: int  # first data row
    name: int
    amount: int
    unit: str
    seq: int | None = None
    qty: int | None = None
    price: int | None = None
    price_unit: str | None = None
    note: int | None = None
    words: int | None = None


@dataclass
class Node:
    r: int
    seq: str
    name: str
    level: int
    amount: Decimal | None  # 万元
    kind: str = "item"  # item | total | subtotal | breakdown | words
    children: list["Node"] = field(default_factory=list)
    parent: "Node | None" = None
    section: str | None = None


# ---------------------------------------------------------------- header

def _norm(v: Any) -> str:
    return norm_label(cell_text(v))[0]


_HEADER_WORDS = ("序号", "编号", "数量", "单价", "备注", "说明", "单位", "规格", "型号", "大写", "比例", "占比",
                 "依据", "计算", "类别", "参数", "配置", "品牌", "费", "价", "内容", "年度", "来源", "用途",
                 "测算", "标准", "项次", "no", "序", "明细", "科目", "构成", "额")


def _is_header_word(n: str) -> bool:
    if not n:
        return True
    if n in NAME_HEADERS or n.endswith("名称"):
        return True
    return any(sub in n for sub, _ in AMOUNT_HEADERS) or any(w in n for w in _HEADER_WORDS)


def find_header(g: Grid, max_scan: int = 25) -> Header | None:
    """The header row of a budget table, or None. Every cell of the row must read as a column
    heading, so a form row such as 项目名称 | X | 总投资（万元） | 70 is never taken for one."""
    for r in range(min(len(g.rows), max_scan)):
        row = g.rows[r]
        texts = [cell_text(v) for v in row]
        norms = [norm_label(t)[0] for t in texts]
        if sum(1 for n in norms if n) < 2 or not all(_is_header_word(n) for n in norms):
            continue
        name_col = None
        for want in NAME_HEADERS:
            for c, n in enumerate(norms):
                if n == want or (want == "名称" and n.endswith("名称") and len(n) <= 8):
                    name_col = c
                    break
            if name_col is not None:
                break
        if name_col is None:
            continue
        best: tuple[int, int] | None = None
        for c, n in enumerate(norms):
            if (c == name_col or not n or n == norms[name_col] or any(
                    w in n for w in ("单价", "大写", "名称", "数量", "比例", "占比", "依据", "说明", "备注"))):
                continue
            for sub, pri in AMOUNT_HEADERS:
                if sub in n:
                    if best is None or pri > best[0]:
                        best = (pri, c)
                    break
        if best is None:
            continue
        amount_col = best[1]
        start = r + 1
        # two-row header: 概算金额（万元） over 建筑工程费 | 设备购置费 | … | 合计
        if r + 1 < len(g.rows):
            below_name = _norm(g.get(r + 1, name_col))
            if not below_name or below_name == norms[name_col]:
                for c, v in enumerate(g.rows[r + 1]):
                    if c != name_col and _norm(v) in ("合计", "小计", "金额", "总价", "合价"):
                        amount_col = c
                        start = r + 2
                        break
        unit = find_unit(cell_text(g.get(r, amount_col)))
        if unit is None and start == r + 2:
            unit = find_unit(cell_text(g.get(r + 1, amount_col)))
        if unit is None:
            unit = _unit_above(g, r) or "万元"
        h = Header(row=r, start=start, name=name_col, amount=amount_col, unit=unit)
        for c, n in enumerate(norms):
            if c in (name_col, amount_col) or not n or n == norms[name_col]:
                continue
            if h.seq is None and n in ("序号", "编号", "no", "序", "项次"):
                h.seq = c
            elif h.qty is None and "数量" in n:
                h.qty = c
            elif h.price is None and "单价" in n:
                h.price = c
                h.price_unit = find_unit(texts[c]) or unit
            elif h.note is None and ("备注" in n or n == "说明"):
                h.note = c
            elif h.words is None and "大写" in n:
                h.words = c
        return h
    return None


def _unit_above(g: Grid, header_row: int) -> str | None:
    for r in range(header_row, -1, -1):
        for v in g.rows[r]:
            t = normalize_text(cell_text(v))
            m = UNIT_LINE_RE.search(t)
            if m:
                return m.group(1)
    for r in range(header_row - 1, -1, -1):  # a title such as 投资概算表（万元）
        for v in g.rows[r]:
            u = find_unit(cell_text(v))
            if u:
                return u
    return None


# ---------------------------------------------------------------- rows

_L1 = re.compile(r"^[一二三四五六七八九十]+$")
_L1_PREFIX = re.compile(r"^([一二三四五六七八九十]+)\s*[、.．]")
_L2 = re.compile(r"^[(（]\s*[一二三四五六七八九十]+\s*[)）]")
_L3 = re.compile(r"^\d+$|^\d+\s*[、.．](?!\d)")
_L4 = re.compile(r"^[(（]\s*\d+\s*[)）]|^\d+\.\d+(?:[^.\d]|$)")
_L5 = re.compile(r"^\d+\.\d+\.\d+")


def _level(seq: str, name: str) -> int:
    for s in (seq, name):
        s = normalize_text(s).strip()
        if not s:
            continue
        if _L1.match(s) or _L1_PREFIX.match(s):
            return 1
        if _L2.match(s):
            return 2
        if _L5.match(s):
            return 5
        if _L4.match(s):
            return 4
        if _L3.match(s):
            return 3
    n = norm_label(name)[0]
    if n in SECTION_NAMES:
        return 1
    return 9


def _amount(v: Any, unit: str) -> Decimal | None:
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, (int, float, Decimal)):
        d = to_decimal(v)
        return None if d is None else d * unit_factor(unit)
    s = str(v).strip()
    if not s or s.startswith("="):
        return None
    return parse_money(s, unit)


def _number(v: Any) -> Decimal | None:
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, (int, float, Decimal)):
        return to_decimal(v)
    m = re.search(r"-?\d+(?:\.\d+)?", normalize_text(str(v)).replace(",", ""))
    return Decimal(m.group(0)) if m else None


@lru_cache(maxsize=1)
def _item_labels() -> tuple[tuple[str, str], ...]:
    """(normalised label, item id), longest label first."""
    out = [(norm_label(lab)[0], item.id) for item in budget_items().values() for lab in item.labels]
    return tuple(sorted((x for x in out if x[0]), key=lambda x: -len(x[0])))


@lru_cache(maxsize=4096)
def budget_item_for(label: str) -> str | None:
    """The budget item a line belongs to: the longest item label its name contains."""
    n = norm_label(label)[0]
    if not n:
        return None
    for k, item in _item_labels():
        if k in n:
            return item
    return None


def _fmt(d: Decimal) -> str:
    return money_str(d.quantize(Decimal("0.0001")) if d.as_tuple().exponent < -4 else d)


# ---------------------------------------------------------------- one table

@dataclass
class BudgetTable:
    grid: Grid
    header: Header
    nodes: list[Node]
    lines: list[BudgetLine]
    findings: list[Finding]
    total: tuple[Decimal, Where, str] | None  # (amount 万元, where, raw)


def _finding(g: Grid, r: int, c: int, detail: Message) -> Finding:
    where = g.cell_where(r, c)
    return tool_finding("budget-arithmetic", location=Source(g.doc.path, where),
                        file=g.doc.path, where=Place(where), detail=detail, detail_en=detail)


def read_budget_table(g: Grid, h: Header) -> BudgetTable:
    nodes: list[Node] = []
    findings: list[Finding] = []
    lines: list[BudgetLine] = []
    root = Node(-1, "", "", 0, None)
    stack: list[Node] = [root]
    section: str | None = None
    totals: list[Node] = []
    for r in range(h.start, len(g.rows)):
        seq = cell_text(g.get(r, h.seq)) if h.seq is not None else ""
        name = cell_text(g.get(r, h.name))
        if not name and seq and not re.fullmatch(r"[\d.、()（）一二三四五六七八九十]+", normalize_text(seq)):
            name = seq  # 合计 merged over 序号 + 名称
        if not name:
            # a label spread left of the name column (merged cells in a sheet read as None)
            for c in range(0, h.name):
                t = cell_text(g.get(r, c))
                if t and norm_label(t)[0] in TOTAL_NAMES + ("小计",):
                    name = t
        n = norm_label(name)[0]
        if not n:
            continue
        if re.match(r"^(注|说明|备注|编制说明)\s*\d*\s*[:：]", normalize_text(name).strip()):
            continue  # 注：… notes under the table
        amount = _amount(g.get(r, h.amount), h.unit)
        if n.startswith("大写") or "大写" in n[:6] or (has_capital_amount(name) and parse_amount_in_words(name) is not None):
            node = Node(r, seq, name, 99, amount, kind="words")
            nodes.append(node)
            _check_words_row(g, h, r, node, nodes, findings)
            continue
        if n in TOTAL_NAMES or n.startswith("合计") or n.startswith("总计"):
            node = Node(r, seq, name, 0, amount, kind="total")
            totals.append(node)
            stack = [root]  # what follows a 合计 belongs to no section above it
            section = None
        elif n.startswith("小计"):
            node = Node(r, seq, name, 99, amount, kind="subtotal")
        elif n.startswith("其中"):
            node = Node(r, seq, name, 99, amount, kind="breakdown")
        else:
            level = _level(seq, name)
            node = Node(r, seq, name, level, amount)
            while len(stack) > 1 and stack[-1].level >= level:
                stack.pop()
            node.parent = stack[-1]
            stack[-1].children.append(node)
            stack.append(node)
            if level == 1:
                section = _section_label(seq, name)
            node.section = section
        if node.kind == "subtotal":
            # closes the innermost group: the group of the last item (or that item, if it has items)
            top = stack[-1]
            node.parent = top if top.children or top is root else top.parent
            node.section = section
        nodes.append(node)
        note = cell_text(g.get(r, h.note)) if h.note is not None else ""
        src = Source(g.doc.path, g.cell_where(r, h.amount))
        lines.append(BudgetLine(
            label=name, amount=amount, source=src,
            item=budget_item_for(name) if node.kind == "item" else None,
            section=node.section if node.kind != "total" else None,
            note=note, is_total=node.kind == "total",
        ))
        # 数量 × 单价 = 金额
        if h.qty is not None and h.price is not None and amount is not None and node.kind == "item":
            q, p = _number(g.get(r, h.qty)), _number(g.get(r, h.price))
            if q is not None and p is not None:
                expect = q * p * unit_factor(h.price_unit or h.unit)
                if abs(expect - amount) > TOLERANCE:
                    a_raw = amount / unit_factor(h.unit)
                    e_raw = q * p * unit_factor(h.price_unit or h.unit) / unit_factor(h.unit)
                    findings.append(_finding(g, r, h.amount, phrase(
                        "budget_product", name=name, qty=_fmt(q), price=_fmt(p), product=_fmt(e_raw),
                        amount=_fmt(a_raw), unit=h.unit)))
        # 大写 beside the figure (a 大写 column, or 大写 text in another cell of the row)
        if amount is not None:
            _check_words_cells(g, h, r, amount, findings)

    # group sums
    for node in nodes:
        if node.kind == "item" and node.children and node.amount is not None:
            _check_group(g, h, node, findings)
    for node in nodes:
        if node.kind == "subtotal" and node.amount is not None:
            grp = node.parent or root
            prev_sub = max((x.r for x in nodes if x.kind == "subtotal" and x.parent is grp and x.r < node.r),
                           default=-1)
            kids = [k for k in grp.children if prev_sub < k.r < node.r]
            if not kids:
                continue
            sums = _candidate_sums(kids)
            if sums and not any(abs(x - node.amount) <= TOLERANCE for x in sums):
                findings.append(_mismatch(g, h, node, sums[0]))
    # totals
    tops = [k for k in root.children]
    prev_total = -1
    for t in totals:
        # a 合计 adds up the top-level rows since the previous 合计 (a second table may follow)
        kids = [k for k in tops if prev_total < k.r < t.r]
        prev_total = t.r
        if t.amount is None:
            continue
        if not kids:
            continue
        sums = _candidate_sums(kids)
        if sums and not any(abs(s - t.amount) <= TOLERANCE for s in sums):
            findings.append(_mismatch(g, h, t, sums[0]))

    total = None
    known = [t for t in totals if t.amount is not None]
    if known:
        t = known[-1]
        total = (t.amount, g.cell_where(t.r, h.amount).labelled(t.name), cell_text(g.get(t.r, h.amount)))
    return BudgetTable(g, h, nodes, lines, findings, total)


def _section_label(seq: str, name: str) -> str:
    s = normalize_text(seq).strip()
    nm = name.strip()
    if s and _L1.match(s) and not _L1_PREFIX.match(normalize_text(nm)):
        return f"{s}、{nm}"
    return nm


def _value(node: Node) -> Decimal | None:
    if node.amount is not None:
        return node.amount
    vals = [_value(k) for k in node.children]
    vals = [v for v in vals if v is not None]
    return sum(vals, Decimal(0)) if vals else None


def _leaves(nodes: list[Node]) -> list[Node]:
    out: list[Node] = []
    for n in nodes:
        if n.children:
            out.extend(_leaves(n.children))
        else:
            out.append(n)
    return out


def _candidate_sums(kids: list[Node]) -> list[Decimal]:
    """Plausible sums of a group's items: of the direct items (groups by their own amount), and
    of all leaves — the group only fails when neither matches (an unrecognised nesting must not
    raise a false alarm)."""
    out: list[Decimal] = []
    direct = [_value(k) for k in kids]
    direct = [v for v in direct if v is not None]
    if direct:
        out.append(sum(direct, Decimal(0)))
    leaves = [k.amount for k in _leaves(kids) if k.amount is not None]
    if leaves:
        out.append(sum(leaves, Decimal(0)))
    return out


def _check_group(g: Grid, h: Header, node: Node, findings: list[Finding]) -> None:
    sums = _candidate_sums(node.children)
    if not sums or node.amount is None:
        return
    if not any(abs(s - node.amount) <= TOLERANCE for s in sums):
        findings.append(_mismatch(g, h, node, sums[0]))


def _mismatch(g: Grid, h: Header, node: Node, s: Decimal) -> Finding:
    f = unit_factor(h.unit)
    shown, sum_shown = node.amount / f, s / f
    diff = shown - sum_shown
    label = node.name.strip()
    return _finding(g, node.r, h.amount, phrase("budget_sum", label=label, amount=_fmt(shown),
                                                 sum=_fmt(sum_shown), diff=_fmt(diff), unit=h.unit))


def _words_in(v: Any) -> tuple[Decimal, str] | None:
    t = cell_text(v)
    if not t or not has_capital_amount(t):
        return None
    m = re.search(r"[零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟万萬亿億元圆角分整正]+", normalize_text(t))
    if not m:
        return None
    yuan = parse_amount_in_words(m.group(0))
    if yuan is None:
        return None
    if not re.search(r"[元圆角分万萬亿億]", m.group(0)):
        return None
    return yuan / 10000, m.group(0)


def _check_words_cells(g: Grid, h: Header, r: int, amount: Decimal, findings: list[Finding]) -> None:
    cols = [c for c in range(len(g.rows[r])) if c not in (h.amount, h.name)]
    for c in cols:
        w = _words_in(g.get(r, c))
        if w is None:
            continue
        words, text = w
        if abs(words - amount) > TOLERANCE:
            findings.append(_words_finding(g, h, r, c, amount, words, text))
        return


def _words_finding(g: Grid, h: Header, r: int, c: int, figure: Decimal, words: Decimal, text: str) -> Finding:
    return _finding(g, r, c, phrase("budget_words", text=text, words=_fmt(words), figure=_fmt(figure)))


def _check_words_row(g: Grid, h: Header, r: int, node: Node, nodes: list[Node],
                     findings: list[Finding]) -> None:
    """A row such as 大写：壹佰贰拾万元整 below the 合计: compare with the nearest figure above."""
    for c in range(len(g.rows[r])):
        w = _words_in(g.get(r, c))
        if w is None:
            continue
        words, text = w
        figure = node.amount
        if figure is None or (c == h.amount and cell_text(g.get(r, c)) and figure == words):
            prev = [x for x in nodes[:-1] if x.amount is not None and x.kind != "words"]
            tot = [x for x in prev if x.kind == "total"]
            ref = tot[-1] if tot else (prev[-1] if prev else None)
            figure = ref.amount if ref else None
        if figure is not None and abs(words - figure) > TOLERANCE:
            findings.append(_words_finding(g, h, r, c, figure, words, text))
        return


# ---------------------------------------------------------------- a document

@dataclass
class BudgetResult:
    lines: list[BudgetLine]
    candidates: list[Candidate]
    findings: list[Finding]
    tables: list[BudgetTable]
    # id() of each Table / Sheet holding a budget table → its header row (forms skip from there)
    skip: dict[int, int]


def budget_tables(doc: Document) -> list[BudgetTable]:
    """Every budget table of a document: a header row and at least two rows with amounts (so a
    form laid out as a row of labels over a row of values is not one)."""
    out = []
    for g in grids(doc):
        h = find_header(g)
        if h is None:
            continue
        t = read_budget_table(g, h)
        if sum(1 for n in t.nodes if n.amount is not None and n.kind != "words") < 2:
            continue
        out.append(t)
    return out


def extract_budget(doc: Document) -> BudgetResult:
    tables = budget_tables(doc)
    lines = [ln for t in tables for ln in t.lines]
    findings = [f for t in tables for f in t.findings]
    cands: list[Candidate] = []
    totals = [t.total for t in tables if t.total is not None]
    if totals and doc.kind not in NOT_TOTAL_KINDS:
        amount, where, raw = max(totals, key=lambda x: x[0])
        fact = TOTAL_FACT_BY_KIND.get(doc.kind or "", "total_investment")
        cands.append(Candidate(fact, amount, Source(doc.path, where), "budget", raw))
    skip = {id(t.grid.table if t.grid.table is not None else t.grid.sheet): t.header.row for t in tables}
    return BudgetResult(lines, cands, findings, tables, skip)
