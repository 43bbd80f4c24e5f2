"""Properties of the parsers every cell and sentence of an untrusted dossier goes through: money,
dates, Chinese numerals, labels. For any text they return a value or None, never raise; where a
value can be written and read back, reading gives back what was written."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govcheck.facts.dates import parse_date, parse_dates, parse_end_date, parse_months
from govcheck.facts.labels import norm_label, norm_value
from govcheck.facts.money import figure_and_words, parse_amount_in_words, parse_money
from govcheck.numerals import chinese_number, parse_cn_int

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text like a form cell's: Chinese, digits, units, punctuation, the odd control character.
CELL_CHARS = st.sampled_from(list("0123456789.,-+%/年月日号元万亿千百十零〇一二三四五六七八九两廿卅"
                                  "壹贰叁肆伍陆柒捌玖拾佰仟角分整圆约合计（）()：: \t\n¥￥$ⅠⅡ①②")
                             + ["\x00", "\u202e", "\ufeff", "\uf0fe", "𠀀"])
cell_text = st.one_of(st.text(), st.text(CELL_CHARS, max_size=40))


@SETTINGS
@given(cell_text)
def test_parsers_never_raise(text: str) -> None:
    assert parse_money(text) is None or isinstance(parse_money(text), Decimal)
    assert parse_amount_in_words(text) is None or isinstance(parse_amount_in_words(text), Decimal)
    figure_and_words(text)
    for parse in (parse_date, parse_end_date):
        assert parse(text) is None or isinstance(parse(text), date)
    assert all(isinstance(d, date) for d in parse_dates(text))
    assert parse_months(text) is None or isinstance(parse_months(text), int)
    assert parse_cn_int(text) is None or isinstance(parse_cn_int(text), int)
    label, unit = norm_label(text)
    assert isinstance(label, str) and (unit is None or isinstance(unit, str))
    assert isinstance(norm_value(text), str)


amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999999"), places=2,
                      allow_nan=False, allow_infinity=False)


@SETTINGS
@given(amounts)
def test_money_figures_read_back_in_wan_yuan(amount: Decimal) -> None:
    assert parse_money(f"{amount}") == amount  # 万元 unless told otherwise
    assert parse_money(f"{amount}万元") == amount
    assert parse_money(f"{amount}元") == amount / 10000
    assert parse_money(f"{amount:,}元") == amount / 10000
    assert parse_money(f"{amount}", default_unit="元") == amount / 10000


_CAPITAL = "零壹贰叁肆伍陆柒捌玖"


def capital_words(yuan: int) -> str:
    """An amount of whole 元 in 大写, written the way cheques and budget forms write it."""
    if yuan == 0:
        return "零元整"
    groups = []
    while yuan:
        groups.append(yuan % 10000)
        yuan //= 10000
    out = ""
    zero_pending = False
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g == 0:
            zero_pending = bool(out)
            continue
        if out and (zero_pending or g < 1000):
            out += "零"
        zero_pending = False
        digits = f"{g:04d}"
        part = ""
        gap = False
        for d, unit in zip(digits, ("仟", "佰", "拾", "")):
            if d == "0":
                gap = bool(part)
                continue
            if gap:
                part += "零"
                gap = False
            part += _CAPITAL[int(d)] + unit
        out += part + ("", "万", "亿", "万亿")[i]
    return out + "元整"


def test_capital_words_writer() -> None:  # the writer the property below relies on
    assert capital_words(1200000) == "壹佰贰拾万元整"
    assert capital_words(120000000) == "壹亿贰仟万元整"
    assert capital_words(100010) == "壹拾万零壹拾元整"
    assert capital_words(1005) == "壹仟零伍元整"


@SETTINGS
@given(st.integers(min_value=1, max_value=999_999_999_999))
def test_amounts_in_words_read_back(yuan: int) -> None:
    words = capital_words(yuan)
    assert parse_amount_in_words(words) == yuan, words
    assert parse_money(words) == Decimal(yuan) / 10000


@SETTINGS
@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2098, 12, 31)))  # the parser reads years 1900–2099
def test_dates_read_back_in_every_spelling(d: date) -> None:
    spellings = [f"{d.year}年{d.month}月{d.day}日", f"{d:%Y-%m-%d}", f"{d.year}/{d.month}/{d.day}",
                 f"{d.year}.{d.month:02d}.{d.day:02d}", f"{d:%Y%m%d}",
                 "".join("〇一二三四五六七八九"[int(c)] for c in str(d.year))
                 + f"年{chinese_number(d.month)}月{chinese_number(d.day)}日"]
    for text in spellings:
        assert parse_date(text) == d, text
    assert parse_dates(f"{spellings[0]}至{d.year + 1}年1月1日") == [d, date(d.year + 1, 1, 1)]


@SETTINGS
@given(st.integers(min_value=0, max_value=999))
def test_chinese_numerals_read_back(n: int) -> None:
    assert parse_cn_int(chinese_number(n)) == n


@SETTINGS
@given(st.text(max_size=30))
def test_label_normalisation_is_stable(text: str) -> None:
    label, _ = norm_label(text)
    assert norm_label(label)[0] == norm_label(norm_label(label)[0])[0]


# --------------------------------------------------------------------------- what they found


def test_an_amount_longer_than_decimal_precision_is_read_not_raised() -> None:
    # 29 digits: Decimal.quantize raised InvalidOperation (precision 28) and ended the run.
    assert parse_money("1" + "0" * 28) == Decimal("1E+28")
    assert parse_money(1e30) is not None


def test_a_superscript_digit_is_not_a_number() -> None:
    # "¹".isdigit() is True but int("¹") raises: parse_cn_int crashed on it.
    assert parse_cn_int("¹") is None and parse_cn_int("²³") is None
