"""parse_money / parse_amount_in_words / find_unit: amounts as Chinese documents write them."""

from decimal import Decimal

import pytest

from govcheck.facts.money import figure_and_words, find_unit, parse_amount_in_words, parse_money

D = Decimal


@pytest.mark.parametrize("text, unit, expected", [
    # plain numbers are 万元 unless a unit is given
    ("70", None, D("70")),
    ("79.99", None, D("79.99")),
    ("80", None, D("80")),
    ("80.00", None, D("80")),
    ("0.5", None, D("0.5")),
    (70, None, D("70")),
    (79.99, None, D("79.99")),
    (D("59.99"), None, D("59.99")),
    # units in the text
    ("70万元", None, D("70")),
    ("70万", None, D("70")),
    ("79.99万元", None, D("79.99")),
    ("约79.99万", None, D("79.99")),
    ("0.5亿", None, D("5000")),
    ("0.5亿元", None, D("5000")),
    ("1.2亿元", None, D("12000")),
    ("1,200,000.00 元", None, D("120")),
    ("1,200,000元", None, D("120")),
    ("¥1,200,000.00元", None, D("120")),
    ("￥799,900元", None, D("79.99")),
    ("799900元", None, D("79.99")),
    ("人民币70万元", None, D("70")),
    ("合计：438万元", None, D("438")),
    ("５９．９９万元", None, D("59.99")),  # full-width digits
    ("７０", None, D("70")),
    ("-24.00", None, D("-24")),
    # the unit a label or a sheet gives
    ("1200000", "元", D("120")),
    ("1,200,000.00", "元", D("120")),
    (1200000, "元", D("120")),
    ("70", "万元", D("70")),
    ("0.5", "亿元", D("5000")),
    ("70万元", "元", D("70")),  # the text's own unit wins
    # amounts in words
    ("壹佰贰拾万元整", None, D("120")),
    ("人民币壹佰贰拾万元整", None, D("120")),
    ("大写：柒拾万元整", None, D("70")),
    ("贰拾叁万肆仟伍佰元伍角", None, D("23.45005")),
    ("壹亿贰仟万元", None, D("12000")),
    ("柒拾玖万玖仟玖佰元整", None, D("79.99")),
    ("壹万零伍佰元", None, D("1.05")),
    ("七十万元", None, D("70")),
    ("一百二十万元", None, D("120")),
    # not amounts
    ("", None, None),
    ("见附件", None, None),
    ("15%", None, None),
    ("2025年", None, None),
    ("第二期", None, None),
    (None, None, None),
    (True, None, None),
])
def test_parse_money(text, unit, expected):
    got = parse_money(text, unit)
    assert got == expected
    if expected is not None:
        assert isinstance(got, Decimal)


def test_money_stays_exact():
    assert str(parse_money("79.99")) == "79.99"
    assert str(parse_money("1,200,000.00 元")) == "120"
    assert str(parse_money(0.1 + 0.2)) == "0.3"  # float noise from computed sums is rounded away


@pytest.mark.parametrize("text, yuan", [
    ("壹佰贰拾万元整", D("1200000")),
    ("贰拾叁万肆仟伍佰元伍角", D("234500.5")),
    ("贰拾叁万肆仟伍佰元伍角陆分", D("234500.56")),
    ("壹亿贰仟万元", D("120000000")),
    ("壹亿零伍拾万元整", D("100500000")),
    ("拾万元整", D("100000")),
    ("壹拾万元整", D("100000")),
    ("壹万零伍佰元", D("10500")),
    ("壹仟零伍元", D("1005")),
    ("零元", D("0")),
    ("伍角", D("0.5")),
    ("柒拾万元正", D("700000")),
    ("七十万元", D("700000")),
    ("两万元", D("20000")),
    ("人民币（大写）：叁佰万元整", D("3000000")),
    ("abc", None),
    ("壹佰万元 plus", None),
    ("", None),
])
def test_parse_amount_in_words(text, yuan):
    assert parse_amount_in_words(text) == yuan


@pytest.mark.parametrize("text, unit", [
    ("总投资（万元）", "万元"),
    ("总投资(元)", "元"),
    ("总投资（亿元）", "亿元"),
    ("单位：万元", "万元"),
    ("金额单位：元", "元"),
    ("（单位：万元）", "万元"),
    ("金额（元）", "元"),
    ("单价/元", "元"),
    ("总投资", None),
    ("项目名称", None),
])
def test_find_unit(text, unit):
    assert find_unit(text) == unit


def test_figure_and_words():
    assert figure_and_words("120万元（大写：壹佰贰拾万元整）") == (D("120"), D("120"))
    assert figure_and_words("120万元（大写：壹佰万元整）") == (D("120"), D("100"))
    assert figure_and_words("120万元") == (D("120"), None)
