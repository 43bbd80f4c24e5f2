"""A small spreadsheet formula evaluator, for workbooks saved without cached results.

Files written by openpyxl and similar generators store formulas with no computed value; Excel
would compute them on opening, so the numbers a reviewer sees are not in the file. Budget
sheets use a handful of things — cell references, ranges, arithmetic, SUM/ROUND/MAX/MIN/
AVERAGE — and that is what this covers. Anything else raises FormulaError and the cell stays
empty, with a note naming it.

Arithmetic is done in Decimal so ROUND(2.675,2) gives 2.68 like Excel does (binary floats
give 2.67); results go back out as int/float, the types cached values have.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, time, timedelta
from decimal import ROUND_DOWN, ROUND_HALF_UP, ROUND_UP, Decimal, InvalidOperation
from typing import Any


class FormulaError(Exception):
    """The formula can't be computed here; the message says why, in short Chinese."""


# --------------------------------------------------------------------------- cell addresses

_CELL = re.compile(r"^\$?([A-Z]{1,3})\$?(\d+)$", re.IGNORECASE)


def col_number(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


def parse_cell(ref: str) -> tuple[int, int]:
    """"$B$3" → (3, 2): 1-based row, column."""
    m = _CELL.match(ref)
    if not m:
        raise FormulaError(f"无法识别的单元格引用 {ref}")
    return int(m.group(2)), col_number(m.group(1))


@dataclass(frozen=True)
class Area:
    """A reference: one cell or a rectangle. rows/cols of None mean whole columns/rows."""

    sheet: str
    r1: int | None
    c1: int | None
    r2: int | None
    c2: int | None

    @property
    def is_cell(self) -> bool:
        return self.r1 is not None and self.r1 == self.r2 and self.c1 is not None and self.c1 == self.c2


# --------------------------------------------------------------------------- the workbook


class FormulaBook:
    """Cell values and formulas of every sheet; computes formula cells on demand.

    ``values[sheet][(row, col)]`` are the values as read (cached results included);
    ``formulas[sheet][(row, col)]`` the formula text ("=SUM(B2:B9)") of formula cells.
    """

    def __init__(self, values: dict[str, dict[tuple[int, int], Any]],
                 formulas: dict[str, dict[tuple[int, int], str]]):
        self.values = values
        self.formulas = formulas
        self._sheet_names = {name.lower(): name for name in values}
        self._done: dict[tuple[str, int, int], Any] = {}
        self._active: set[tuple[str, int, int]] = set()

    def sheet(self, name: str) -> str:
        real = self._sheet_names.get(name.lower())  # Excel sheet names are case-insensitive
        if real is None:
            raise FormulaError(f"引用的工作表“{name}”不存在")
        return real

    def compute(self, sheet: str, row: int, col: int) -> Any:
        """The value of a cell: its cached value, else its formula's result."""
        value = self.values.get(sheet, {}).get((row, col))
        formula = self.formulas.get(sheet, {}).get((row, col))
        if value is not None or formula is None:
            return value
        key = (sheet, row, col)
        if key in self._done:
            return self._done[key]
        if key in self._active:
            raise FormulaError("公式循环引用")
        self._active.add(key)
        try:
            result = evaluate(formula, sheet, self)
        finally:
            self._active.discard(key)
        self._done[key] = result
        return result

    def cells(self, area: Area) -> Iterator[Any]:
        """Values of the non-empty cells in the area, computed where needed."""
        sheet = area.sheet
        values, formulas = self.values.get(sheet, {}), self.formulas.get(sheet, {})
        if area.r1 is not None and area.c1 is not None:
            size = (area.r2 - area.r1 + 1) * (area.c2 - area.c1 + 1)
            if size <= len(values) + len(formulas):
                # A small rectangle (the usual subtotal): visit it, don't scan the whole sheet.
                for r in range(area.r1, area.r2 + 1):
                    for c in range(area.c1, area.c2 + 1):
                        if (r, c) in values or (r, c) in formulas:
                            yield self.compute(sheet, r, c)
                return
        for r, c in sorted(set(values) | set(formulas)):  # whole rows/columns, huge rectangles
            if (area.r1 is None or area.r1 <= r <= area.r2) and (area.c1 is None or area.c1 <= c <= area.c2):
                yield self.compute(sheet, r, c)


# --------------------------------------------------------------------------- tokens

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<string>"(?:[^"]|"")*")
  | (?P<ref>(?:(?P<sheet>'(?:[^']|'')+'|[^\s!'"(),:;+\-*/^&=<>{}%]+)!)?
        (?P<area>\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?
               |\$?[A-Z]{1,3}:\$?[A-Z]{1,3}
               |\$?\d+:\$?\d+)
        (?![A-Z0-9_(.]))
  | (?P<number>(?:\d+\.?\d*|\.\d+)(?:E[+-]?\d+)?)
  | (?P<func>[A-Z_][A-Z0-9_.]*)\s*\(
  | (?P<bool>TRUE|FALSE)(?![A-Z0-9_(])
  | (?P<error>\#[A-Z0-9/]+[!?]?)
  | (?P<name>[A-Z_\u4e00-\u9fff][\w.]*)
  | (?P<op><=|>=|<>|[-+*/^&=<>%(),;])
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _tokens(text: str) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            raise FormulaError(f"无法解析公式（位置 {pos}）")
        pos = m.end()
        kind = m.lastgroup
        if kind == "ws":
            continue
        if m.group("ref") is not None:
            out.append(("ref", (m.group("sheet"), m.group("area"))))
        elif kind == "func":
            out.append(("func", m.group("func").upper()))
        else:
            out.append((kind, m.group(kind)))
    out.append(("end", None))
    return out


# --------------------------------------------------------------------------- parse + evaluate
# Recursive descent straight to values, with Excel's precedence (lowest first):
# comparison, &, + -, * /, ^, unary minus, %. IF evaluates only the branch it takes.


def evaluate(formula: str, sheet: str, book: FormulaBook) -> Any:
    text = formula[1:] if formula.startswith("=") else formula
    parser = _Parser(_tokens(text), sheet, book)
    value = parser.comparison()
    if parser.peek()[0] != "end":
        raise FormulaError("无法解析公式")
    value = parser.scalar(value)
    return _out(Decimal(0) if value is None else value)  # =A1 of an empty cell shows 0


class _Skip:
    """Stands for an argument that was parsed but not evaluated (IF's untaken branch)."""


class _Parser:
    def __init__(self, tokens: list[tuple[str, Any]], sheet: str, book: FormulaBook):
        self.tokens = tokens
        self.pos = 0
        self.sheet = sheet
        self.book = book
        self.skipping = 0  # >0 while parsing an IF branch that is not taken

    def peek(self) -> tuple[str, Any]:
        return self.tokens[self.pos]

    def take(self) -> tuple[str, Any]:
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, op: str) -> None:
        kind, val = self.take()
        if kind != "op" or val != op:
            raise FormulaError("无法解析公式")

    def _op(self, ops: tuple[str, ...]) -> str | None:
        kind, val = self.peek()
        if kind == "op" and val in ops:
            self.pos += 1
            return val
        return None

    # -- grammar

    def comparison(self) -> Any:
        left = self.concat()
        while op := self._op(("=", "<>", "<", ">", "<=", ">=")):
            right = self.concat()
            left = self._apply(lambda a, b, op=op: _compare(op, a, b), left, right, numeric=False)
        return left

    def concat(self) -> Any:
        left = self.additive()
        while self._op(("&",)):
            right = self.additive()
            left = self._apply(lambda a, b: _text(a) + _text(b), left, right, numeric=False)
        return left

    def additive(self) -> Any:
        left = self.term()
        while op := self._op(("+", "-")):
            right = self.term()
            left = self._apply((lambda a, b: a + b) if op == "+" else (lambda a, b: a - b), left, right)
        return left

    def term(self) -> Any:
        left = self.power()
        while op := self._op(("*", "/")):
            right = self.power()
            left = self._apply((lambda a, b: a * b) if op == "*" else _divide, left, right)
        return left

    def power(self) -> Any:
        left = self.unary()
        while self._op(("^",)):
            right = self.unary()
            left = self._apply(lambda a, b: a ** b, left, right)
        return left

    def unary(self) -> Any:
        if op := self._op(("-", "+")):
            value = self.unary()
            if self.skipping:
                return value
            n = _number(self.scalar(value))
            return -n if op == "-" else n
        return self.postfix()

    def postfix(self) -> Any:
        value = self.primary()
        while self._op(("%",)):
            if not self.skipping:
                value = _number(self.scalar(value)) / 100
        return value

    def primary(self) -> Any:
        kind, val = self.take()
        if kind == "number":
            return Decimal(val)
        if kind == "string":
            return val[1:-1].replace('""', '"')
        if kind == "bool":
            return val.upper() == "TRUE"
        if kind == "ref":
            return self._area(*val)
        if kind == "func":
            return self._call(val)
        if kind == "op" and val == "(":
            value = self.comparison()
            self.expect(")")
            return value
        if kind == "error":
            raise FormulaError(f"公式含错误值 {val}")
        if kind == "name":
            raise FormulaError(f"不支持的名称 {val}")
        raise FormulaError("无法解析公式")

    def _area(self, sheet: str | None, area: str) -> Area:
        if sheet is None:
            name = self.sheet
        else:
            name = sheet[1:-1].replace("''", "'") if sheet.startswith("'") else sheet
            if not self.skipping:
                name = self.book.sheet(name)
        first, _, last = area.partition(":")
        last = last or first
        if first.lstrip("$").isdigit():  # whole rows: 3:5
            return Area(name, int(first.lstrip("$")), None, int(last.lstrip("$")), None)
        if not any(ch.isdigit() for ch in first):  # whole columns: B:D
            c1, c2 = col_number(first.lstrip("$")), col_number(last.lstrip("$"))
            return Area(name, None, min(c1, c2), None, max(c1, c2))
        (r1, c1), (r2, c2) = parse_cell(first), parse_cell(last)
        return Area(name, min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2))

    def _args(self) -> list[Any]:
        args: list[Any] = []
        if self._op((")",)):
            return args
        while True:
            args.append(self.comparison())
            if self._op((")",)):
                return args
            if not self._op((",", ";")):
                raise FormulaError("无法解析公式")

    def _call(self, name: str) -> Any:
        short = name.removeprefix("_XLFN.").removeprefix("_XLWS.")
        if short == "IF":
            return self._if()
        args = self._args()
        if self.skipping:
            return _Skip()
        fn = _FUNCTIONS.get(short)
        if fn is None:
            raise FormulaError(f"不支持的函数 {short}")
        return fn(self, args)

    def _if(self) -> Any:
        cond = self.comparison()
        taken = self.skipping or _truthy(self.scalar(cond))
        result: Any = False
        for branch_taken in (taken, not taken):
            if not self._op((",", ";")):
                break
            if not branch_taken:
                self.skipping += 1
            try:
                value = self.comparison()
            finally:
                if not branch_taken:
                    self.skipping -= 1
            if branch_taken:
                result = value
        self.expect(")")
        return _Skip() if self.skipping else result

    # -- values

    def _apply(self, fn: Callable[[Any, Any], Any], a: Any, b: Any, numeric: bool = True) -> Any:
        if self.skipping:
            return _Skip()
        a, b = self.scalar(a), self.scalar(b)
        if numeric:
            a, b = _number(a), _number(b)
        try:
            return fn(a, b)
        except (InvalidOperation, OverflowError, ArithmeticError) as e:
            raise FormulaError("公式计算出错") from e

    def scalar(self, value: Any) -> Any:
        """A single value: a one-cell reference becomes that cell's value."""
        if isinstance(value, Area):
            if not value.is_cell:
                raise FormulaError("区域不能直接参与运算")
            value = self.book.compute(value.sheet, value.r1, value.c1)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return Decimal(str(value))  # str(): the number as written, not its binary expansion
        return value

    def numbers(self, args: list[Any]) -> list[Decimal]:
        """The numbers a SUM-like function sees: numbers in ranges (text, blanks and logicals
        there are skipped, as Excel does); direct arguments are coerced or an error."""
        out: list[Decimal] = []
        for arg in args:
            if isinstance(arg, Area):
                for v in self.book.cells(arg):
                    v = self.scalar(v)
                    if isinstance(v, Decimal):
                        out.append(v)
                    elif isinstance(v, str) and v.startswith("#"):
                        raise FormulaError(f"引用的单元格为错误值 {v}")
                    elif isinstance(v, (date, time, timedelta)):
                        raise FormulaError("不支持日期运算")
            else:
                out.append(_number(self.scalar(arg)))
        return out


def _number(v: Any) -> Decimal:
    if v is None:
        return Decimal(0)  # an empty cell counts as 0 in arithmetic
    if isinstance(v, bool):
        return Decimal(int(v))
    if isinstance(v, Decimal):
        return v
    if isinstance(v, str):
        if v.startswith("#"):
            raise FormulaError(f"引用的单元格为错误值 {v}")
        try:
            return Decimal(v.strip().replace(",", "")) if v.strip() else Decimal(0)
        except InvalidOperation:
            raise FormulaError(f"文本“{v[:20]}”不能参与运算") from None
    if isinstance(v, (date, time, timedelta)):
        raise FormulaError("不支持日期运算")
    raise FormulaError("无法计算")


def _divide(a: Decimal, b: Decimal) -> Decimal:
    if b == 0:
        raise FormulaError("公式除以零（#DIV/0!）")
    return a / b


def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, Decimal):
        return _fmt(v)
    return str(v)


def _fmt(d: Decimal) -> str:
    return format(d.normalize(), "f") if d == d.to_integral_value() or d.adjusted() < -6 else format(d, "f")


def _compare(op: str, a: Any, b: Any) -> bool:
    a = Decimal(0) if a is None and isinstance(b, Decimal) else ("" if a is None else a)
    b = Decimal(0) if b is None and isinstance(a, Decimal) else ("" if b is None else b)
    if isinstance(a, str) and isinstance(b, str):
        a, b = a.lower(), b.lower()
    elif type(a) is not type(b):
        raise FormulaError("不支持不同类型的比较")
    return {"=": a == b, "<>": a != b, "<": a < b, ">": a > b, "<=": a <= b, ">=": a >= b}[op]


def _truthy(v: Any) -> bool:
    if isinstance(v, str):
        raise FormulaError("IF 条件不是逻辑值")
    return bool(_number(v))


def _out(v: Any) -> Any:
    """Back to the types cell values have: int when whole, else float."""
    if isinstance(v, Decimal):
        if not v.is_finite():
            raise FormulaError("公式计算出错")
        return int(v) if v == v.to_integral_value() else float(v)
    return v


# --------------------------------------------------------------------------- functions


def _round(mode: str) -> Callable[[_Parser, list[Any]], Decimal]:
    def fn(p: _Parser, args: list[Any]) -> Decimal:
        if len(args) not in (1, 2):
            raise FormulaError("ROUND 参数个数不对")
        x = _number(p.scalar(args[0]))
        digits = int(_number(p.scalar(args[1]))) if len(args) == 2 else 0
        return x.scaleb(digits).quantize(Decimal(1), rounding=mode).scaleb(-digits)

    return fn


def _average(p: _Parser, args: list[Any]) -> Decimal:
    nums = p.numbers(args)
    if not nums:
        raise FormulaError("AVERAGE 没有数值（#DIV/0!）")
    return sum(nums, Decimal(0)) / len(nums)


_FUNCTIONS: dict[str, Callable[[_Parser, list[Any]], Any]] = {
    "SUM": lambda p, a: sum(p.numbers(a), Decimal(0)),
    "MAX": lambda p, a: max(p.numbers(a), default=Decimal(0)),
    "MIN": lambda p, a: min(p.numbers(a), default=Decimal(0)),
    "AVERAGE": _average,
    "COUNT": lambda p, a: Decimal(len(p.numbers(a))),
    "ABS": lambda p, a: abs(_number(p.scalar(a[0]))) if len(a) == 1 else _bad_args("ABS"),
    "ROUND": _round(ROUND_HALF_UP),  # Excel rounds halves away from zero
    "ROUNDUP": _round(ROUND_UP),
    "ROUNDDOWN": _round(ROUND_DOWN),
}


def _bad_args(name: str) -> Any:
    raise FormulaError(f"{name} 参数个数不对")
