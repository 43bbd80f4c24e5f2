"""Dates and durations as Chinese documents write them.

    parse_date("2025年7月15日") / "2025-07-15" / "2025/7/15" / "2025.7.15" / "二〇二五年七月十五日"
        -> date(2025, 7, 15)
    parse_months("1年") / "12个月" / "一年" -> 12
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from ..numerals import parse_cn_int
from .money import normalize_text

_NUM_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?P<s1>年|[-/.])\s*(?P<m>\d{1,2})\s*(?:月|[-/.])\s*(?P<d>\d{1,2})(?!\d)\s*[日号]?"
)
_COMPACT_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)")
_CN_DATE = re.compile(
    r"(?P<y>[〇零○Ｏ一二三四五六七八九]{4})\s*年\s*(?P<m>[一二三四五六七八九十]{1,3})\s*月\s*"
    r"(?P<d>[一二三四五六七八九十廿卅]{1,3})\s*[日号]"
)
_MIXED_DATE = re.compile(  # 2025年七月十五日
    r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>[一二三四五六七八九十]{1,3})\s*月\s*(?P<d>[一二三四五六七八九十廿卅]{1,3})\s*[日号]"
)
_YEAR_MONTH = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?:年|[-/.])\s*(?P<m>\d{1,2})(?!\d)\s*月?(?!\s*[-/.]?\s*\d)")
_CN_YEAR_MONTH = re.compile(r"(?P<y>[〇零○Ｏ一二三四五六七八九]{4})\s*年\s*(?P<m>[一二三四五六七八九十]{1,3})\s*月(?!\s*[一二三四五六七八九十廿卅])")

EXCEL_EPOCH = date(1899, 12, 30)


def _mk(y: int | None, m: int | None, d: int | None) -> date | None:
    if y is None or m is None or d is None:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _matches(t: str) -> list[tuple[int, date]]:
    """Every full date in the text with its position."""
    out: list[tuple[int, date]] = []
    for m in _NUM_DATE.finditer(t):
        d = _mk(int(m["y"]), int(m["m"]), int(m["d"]))
        if d:
            out.append((m.start(), d))
    for rx in (_CN_DATE, _MIXED_DATE):
        for m in rx.finditer(t):
            d = _mk(parse_cn_int(m["y"]), parse_cn_int(m["m"]), parse_cn_int(m["d"]))
            if d:
                out.append((m.start(), d))
    if not out:
        for m in _COMPACT_DATE.finditer(t):
            d = _mk(int(m["y"]), int(m["m"]), int(m["d"]))
            if d:
                out.append((m.start(), d))
    out.sort(key=lambda x: x[0])
    return out


def _month_end(y: int, m: int) -> date | None:
    if not 1 <= m <= 12:
        return None
    return date(y, m, calendar.monthrange(y, m)[1])


def parse_dates(text: Any) -> list[date]:
    """All dates in a text, in order (for ranges such as 2025年7月1日至2026年6月30日)."""
    if text is None:
        return []
    if isinstance(text, datetime):
        return [text.date()]
    if isinstance(text, date):
        return [text]
    return [d for _, d in _matches(normalize_text(str(text)))]


def parse_date(text: Any, month_end: bool = False) -> date | None:
    """The first date in ``text`` (a string, date/datetime, or an Excel serial number).

    A year and month without a day (2026年6月) gives None, or the month's last day when
    ``month_end`` (for end dates such as 计划完工时间).
    """
    if text is None or isinstance(text, bool):
        return None
    if isinstance(text, datetime):
        return text.date()
    if isinstance(text, date):
        return text
    if isinstance(text, (int, float, Decimal)):
        n = float(text)
        if 20000 <= n <= 80000:  # an Excel serial day number
            return EXCEL_EPOCH + timedelta(days=int(n))
        if 19000101 <= n <= 20991231 and n == int(n):
            s = str(int(n))
            return _mk(int(s[:4]), int(s[4:6]), int(s[6:]))
        return None
    t = normalize_text(str(text))
    found = _matches(t)
    if found:
        return found[0][1]
    if month_end:
        m = _YEAR_MONTH.search(t)
        if m:
            return _month_end(int(m["y"]), int(m["m"]))
        m = _CN_YEAR_MONTH.search(t)
        if m:
            y, mo = parse_cn_int(m["y"]), parse_cn_int(m["m"])
            if y and mo:
                return _month_end(y, mo)
    return None


def parse_end_date(text: Any) -> date | None:
    """The end of a period: the last date of a range, or the last day of a month."""
    ds = parse_dates(text)
    if ds:
        return ds[-1]
    if text is None or isinstance(text, (int, float, Decimal)):
        return parse_date(text)
    t = normalize_text(str(text))
    ends = [(m.start(), _month_end(int(m["y"]), int(m["m"]))) for m in _YEAR_MONTH.finditer(t)]
    ends = [e for e in ends if e[1]]
    if ends:
        return ends[-1][1]
    return parse_date(text, month_end=True)


# ---------------------------------------------------------------- durations

_DUR = re.compile(
    r"(?P<n>\d+(?:\.\d+)?|[〇零一二两三四五六七八九十百]+)\s*(?P<u>个月|月|周年|年)(?P<half>半)?"
)


def parse_months(text: Any) -> int | None:
    """A duration in months: 1年 → 12, 12个月 → 12, 一年 → 12, 两年 → 24, 半年 → 6,
    一年半 → 18, 1.5年 → 18, 24 (a bare number) → 24."""
    if text is None or isinstance(text, bool):
        return None
    if isinstance(text, int):
        return text if text >= 0 else None
    if isinstance(text, (float, Decimal)):
        return int(text) if float(text) == int(text) and text >= 0 else None
    t = normalize_text(str(text)).strip()
    if not t:
        return None
    if re.fullmatch(r"\d+", t):
        return int(t)
    best: tuple[int, int] | None = None
    for m in _DUR.finditer(t):
        raw = m["n"]
        if raw[0].isdigit():
            n = Decimal(raw)
        else:
            v = parse_cn_int(raw)
            if v is None:
                continue
            n = Decimal(v)
        if m["u"] in ("年", "周年"):
            months = n * 12 + (6 if m["half"] else 0)
        else:
            months = n
        if months != int(months):
            continue
        if best is None or m.start() < best[0]:
            best = (m.start(), int(months))
    if best:
        return best[1]
    if "半年" in t:
        return 6
    return None
