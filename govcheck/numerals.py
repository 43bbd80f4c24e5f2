"""Chinese numerals both ways: 第三十八条 ↔ 38, 二〇二五年 ↔ 2025 (dates, article numbers)."""

from __future__ import annotations

_CN_DIGIT = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_NUM_CHARS = "〇零○一二两三四五六七八九十廿卅百千"


def parse_cn_int(s: str) -> int | None:
    """A small number in Chinese numerals: 七 → 7, 十 → 10, 十五 → 15, 二十 → 20, 三十一 → 31,
    廿三 → 23, 一百二十 → 120; digit by digit where there is no 十/百 (二〇二五 → 2025)."""
    s = s.strip()
    if not s:
        return None
    if s.isdecimal():  # not isdigit(): "¹" is a digit int() cannot read (found by fuzzing)
        return int(s)
    if any(ch not in _CN_NUM_CHARS for ch in s):
        return None
    if not any(ch in "十廿卅百千" for ch in s):
        return int("".join(str(_CN_DIGIT[ch]) for ch in s))
    total = 0
    num = 0
    for ch in s:
        if ch in _CN_DIGIT:
            num = _CN_DIGIT[ch]
        elif ch == "十":
            total += (num or 1) * 10
            num = 0
        elif ch == "廿":
            total += 20
            num = 0
        elif ch == "卅":
            total += 30
            num = 0
        elif ch == "百":
            total += (num or 1) * 100
            num = 0
        elif ch == "千":
            total += (num or 1) * 1000
            num = 0
    return total + num


_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 → 一, 14 → 十四, 20 → 二十, 38 → 三十八, 105 → 一百零五 (article numbering)."""
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _DIGITS[n // 10] + "十" + (_DIGITS[n % 10] if n % 10 else "")
    rest = n % 100
    tail = "" if rest == 0 else ("零" + chinese_number(rest) if rest < 10 else
                                 ("一" + chinese_number(rest) if rest < 20 else chinese_number(rest)))
    return _DIGITS[n // 100] + "百" + tail
