"""Article text from a seed: the paragraphs of 第N条 up to the next article heading."""

from __future__ import annotations

import re

_HEADING = re.compile(r"^\s*第([一二三四五六七八九十百零〇]+)条")
_VALUES = {"零": 0, "〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
           "八": 8, "九": 9}


def parse_chinese_number(s: str) -> int:
    """十四 → 14, 二十 → 20, 三十八 → 38, 一百零五 → 105."""
    total, current = 0, 0
    for ch in s:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _VALUES[ch]
    return total + current


def article_text(source: str, article: int) -> str | None:
    """The seed's text of 第{article}条, or None where the heading is not printed."""
    lines = source.splitlines()
    out: list[str] = []
    inside = False
    for line in lines:
        m = _HEADING.match(line)
        if m:
            if inside:
                break
            inside = parse_chinese_number(m.group(1)) == article
        if inside and line.strip():
            out.append(line.strip())
    return "\n".join(out) or None
