"""parse_date / parse_end_date / parse_months."""

from datetime import date, datetime
from decimal import Decimal

import pytest

from govcheck.facts.dates import parse_cn_int, parse_date, parse_end_date, parse_months


@pytest.mark.parametrize("text, expected", [
    ("2025年7月15日", date(2025, 7, 15)),
    ("2025 年 7 月 15 日", date(2025, 7, 15)),
    ("2025年07月05日", date(2025, 7, 5)),
    ("2025-07-15", date(2025, 7, 15)),
    ("2025/7/15", date(2025, 7, 15)),
    ("2025.7.15", date(2025, 7, 15)),
    ("2025.07.15", date(2025, 7, 15)),
    ("20250715", date(2025, 7, 15)),
    ("２０２５年７月１５日", date(2025, 7, 15)),  # full-width digits
    ("二〇二五年七月十五日", date(2025, 7, 15)),
    ("二零二五年七月十五日", date(2025, 7, 15)),
    ("二〇二五年十二月三十一日", date(2025, 12, 31)),
    ("二〇二六年一月二十日", date(2026, 1, 20)),
    ("二〇二六年十月十日", date(2026, 10, 10)),
    ("二〇二六年二月廿三日", date(2026, 2, 23)),
    ("2025年七月十五日", date(2025, 7, 15)),
    ("于2025年7月15日通过验收", date(2025, 7, 15)),
    ("2024年2月29日", date(2024, 2, 29)),
    (date(2025, 7, 15), date(2025, 7, 15)),
    (datetime(2025, 7, 15, 0, 0), date(2025, 7, 15)),
    (45853, date(2025, 7, 15)),  # an Excel serial number
    # not dates
    ("2025年2月30日", None),
    ("2025年13月1日", None),
    ("2026年6月", None),  # no day
    ("2026", None),
    ("", None),
    ("无", None),
    (None, None),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_month_end_and_ranges():
    assert parse_date("2026年6月", month_end=True) == date(2026, 6, 30)
    assert parse_date("2024年2月", month_end=True) == date(2024, 2, 29)
    assert parse_end_date("2025年7月1日至2026年6月30日") == date(2026, 6, 30)
    assert parse_end_date("2025年7月至2026年6月") == date(2026, 6, 30)
    assert parse_end_date("2026年12月") == date(2026, 12, 31)


@pytest.mark.parametrize("text, n", [
    ("1年", 12), ("一年", 12), ("两年", 24), ("三年", 36), ("12个月", 12), ("十二个月", 12),
    ("6个月", 6), ("半年", 6), ("一年半", 18), ("1.5年", 18), ("36个月", 36), ("24", 24), (24, 24),
    (Decimal("12"), 12), ("不少于1年", 12), ("1年（12个月）", 12), ("3周年", 36),
    ("", None), ("无", None), ("见合同", None), (None, None),
])
def test_parse_months(text, n):
    assert parse_months(text) == n


@pytest.mark.parametrize("s, n", [
    ("十", 10), ("十五", 15), ("二十", 20), ("三十一", 31), ("二〇二五", 2025), ("七", 7), ("一百二十", 120),
])
def test_cn_int(s, n):
    assert parse_cn_int(s) == n
