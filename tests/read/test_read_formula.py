"""The formula evaluator on its own: grammar, references, functions, Excel's quirks."""

from __future__ import annotations

import pytest

from govcheck.read.formula import FormulaBook, FormulaError, evaluate

VALUES = {
    "S": {(1, 1): 10, (2, 1): 20.5, (3, 1): "文字", (4, 1): True, (5, 1): None,
          (1, 2): 2.675, (1, 3): "5", (1, 4): "#DIV/0!"},
    "表 2": {(3, 2): 7},
    "it's": {(1, 1): 3},
}


def calc(formula: str, formulas: dict | None = None):
    return evaluate(formula, "S", FormulaBook(VALUES, formulas or {}))


@pytest.mark.parametrize(
    ("formula", "expected"),
    [
        ("=1+2*3", 7),
        ("=(1+2)*3", 9),
        ("=-2^2", 4),  # Excel: negation binds tighter than ^
        ("=2^3^2", 64),  # and ^ is left-associative
        ("=10/4", 2.5),
        ("=--3", 3),
        ("=50%", 0.5),
        ("=0.1+0.2", 0.3),  # decimal arithmetic: no 0.30000000000000004
        ("=A1+A2", 30.5),
        ("=$A$1*2", 20),
        ("=a1", 10),
        ("=A5", 0),  # empty cell shows 0
        ("=A5+1", 1),
        ("=C1+1", 6),  # numeric text is coerced in arithmetic
        ("=SUM(A1:A5)", 30.5),  # text, logicals and blanks in ranges are skipped
        ("=SUM(A1:A2,1,B1)", 34.175),
        ("=SUM(A:A)", 30.5),
        ("=SUM(E1:E9)", 0),  # SUM of nothing is 0
        ("=MAX(A1:A5)", 20.5),
        ("=MIN(A1:A5)", 10),
        ("=MAX(E1:E9)", 0),
        ("=AVERAGE(A1:A2)", 15.25),
        ("=ROUND(B1,2)", 2.68),  # half away from zero, as Excel; float round() gives 2.67
        ("=ROUND(-2.5,0)", -3),
        ("=ROUND(1234,-2)", 1200),
        ("=ROUNDUP(1.01,0)", 2),
        ("=ROUNDDOWN(1.99,0)", 1),
        ("=ABS(-3)", 3),
        ("=COUNT(A1:A5)", 2),
        ("=IF(A1>5,1,1/0)", 1),  # the untaken branch is not evaluated
        ("=IF(A1<5,1)", False),
        ("=\"总\"&\"计\"", "总计"),
        ("='表 2'!B3*2", 14),
        ("='it''s'!A1", 3),
        ("=sum(A1:A2)", 30.5),
        ("=_xlfn.SUM(A1)", 10),
        ("= 1 + 1 ", 2),
    ],
)
def test_values(formula, expected):
    assert calc(formula) == expected


@pytest.mark.parametrize(
    ("formula", "message"),
    [
        ("=VLOOKUP(A1,B1:C2,2)", "不支持的函数 VLOOKUP"),
        ("=1/0", "除以零"),
        ("=A3+1", "不能参与运算"),
        ("=D1+1", "错误值"),
        ("=SUM(1:1)", "错误值"),  # row 1 holds #DIV/0! in D1: Excel propagates it
        ("=表 2!B3", "不支持的名称 表"),  # a sheet name with a space must be quoted
        ("=Sheet9!A1", "不存在"),
        ("=AVERAGE(E1:E2)", "DIV/0"),
        ("=A1:A2+1", "区域"),
        ("=Budget", "不支持的名称"),
        ("=#REF!+1", "错误值"),
        ("=(1+2", "无法解析"),
        ("=1+", "无法解析"),
    ],
)
def test_errors(formula, message):
    with pytest.raises(FormulaError, match=message):
        calc(formula)


def test_formula_cells_are_computed_recursively_and_remembered():
    formulas = {"S": {(9, 1): "=A1*2", (9, 2): "=A9+1", (10, 1): "=A9+B9"}}
    book = FormulaBook(VALUES, formulas)
    assert book.compute("S", 10, 1) == 41
    assert book.compute("S", 9, 2) == 21


def test_formula_cells_inside_a_range_are_computed():
    formulas = {"S": {(6, 1): "=A1*10"}}
    assert calc("=SUM(A1:A9)", formulas) == 130.5


def test_cycles_are_an_error_not_a_hang():
    formulas = {"S": {(9, 1): "=B9", (9, 2): "=A9+1"}}
    with pytest.raises(FormulaError, match="循环引用"):
        FormulaBook(VALUES, formulas).compute("S", 9, 1)


def test_sheet_names_are_case_insensitive():
    assert evaluate("=s!A1", "表 2", FormulaBook(VALUES, {})) == 10
