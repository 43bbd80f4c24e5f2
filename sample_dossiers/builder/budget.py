"""The 概算 / 估算: fee lines, the budget workbook and its summary tables."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, ROUND_HALF_UP

from .model import SheetSpec, T, Xlsx
from .text import money, pct
from .project import Project

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
