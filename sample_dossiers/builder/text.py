"""Small text helpers: Chinese dates, money, percentages, numbered chapters."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, ROUND_HALF_UP

from .model import Block, Sec

# =========================================================================== small helpers


def cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def cn_month(d: date) -> str:
    return f"{d.year}年{d.month}月"


def money(x: Decimal | int | float) -> str:
    return f"{Decimal(x).quantize(Decimal('0.01'), ROUND_HALF_UP)}"


def pct(part: Decimal, whole: Decimal) -> str:
    return f"{(Decimal(part) * 100 / Decimal(whole)).quantize(Decimal('0.01'), ROUND_HALF_UP)}%"


def yn(b: bool) -> str:
    return "是" if b else "否"


CN_NUM = "一二三四五六七八九十"


def _numbered_subsections(blocks: list[Block], prefix: str) -> list[Block]:
    out: list[Block] = []
    k = 0
    for b in blocks:
        if isinstance(b, Sec):
            k += 1
            num = f"{prefix}.{k}"
            b = Sec(f"{num} {b.heading}", _numbered_subsections(b.blocks, num))
        out.append(b)
    return out


def chapters(secs: list[Sec]) -> list[Sec]:
    """Number top-level chapters 第一章 … and their sections 1.1, 1.1.1 …"""
    out = []
    for i, s in enumerate(secs, start=1):
        num = CN_NUM[i - 1] if i <= 10 else f"十{CN_NUM[i - 11]}"
        out.append(Sec(f"第{num}章 {s.heading}", _numbered_subsections(s.blocks, str(i))))
    return out



def doc_no(prefix: str, when: date, seed: str, base: int = 10) -> str:
    """A plausible 文号: prefix〔year〕N号, N fixed by the text it numbers."""
    return f"{prefix}〔{when.year}〕{sum(map(ord, seed)) % 80 + base}号"
