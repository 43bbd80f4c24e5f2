"""Amounts of money as Chinese documents write them, normalised to 万元 (Decimal, exact).

    parse_money("70")                     -> Decimal("70")        (万元 unless told otherwise)
    parse_money("1,200,000.00 元")        -> Decimal("120")
    parse_money("0.5亿元")                -> Decimal("5000")
    parse_money("约79.99万")              -> Decimal("79.99")
    parse_money("壹佰贰拾万元整")         -> Decimal("120")
    parse_money("120", default_unit="元") -> Decimal("0.012")

The unit comes from the text itself (元 / 万元 / 亿元), else from ``default_unit`` — the unit a
label (总投资（元）) or a sheet (单位：万元) gives — else 万元, the unit govcheck works in.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Any

from ..findings import Finding, tool_finding
from ..message import Place
from ..model import Source
from ..values import money_str

UNIT_FACTORS = {  # how many 万元 one unit is
    "元": Decimal("0.0001"),
    "千元": Decimal("0.1"),
    "万元": Decimal(1),
    "万": Decimal(1),
    "百万元": Decimal(100),
    "亿元": Decimal(10000),
    "亿": Decimal(10000),
}

_UNIT_RE = re.compile(r"(亿元|亿|百万元|万元|千元|万|元)")
# "单位：万元", "金额单位:元", "（单位：万元）", "单位 万元"
UNIT_LINE_RE = re.compile(r"单位\s*[:：]?\s*(?:人民币)?\s*(亿元|百万元|万元|千元|元)")

_NUM_RE = re.compile(
    r"(?P<sign>[-−])?\s*(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)\s*"
    r"(?P<unit>亿元|亿|百万元|万元|千元|万|元)?"
)

# ---------------------------------------------------------------- amounts in words (大写)

_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "洞": 0,
    "壹": 1, "一": 1, "幺": 1,
    "贰": 2, "貳": 2, "二": 2, "两": 2, "兩": 2,
    "叁": 3, "參": 3, "三": 3,
    "肆": 4, "四": 4,
    "伍": 5, "五": 5,
    "陆": 6, "陸": 6, "六": 6,
    "柒": 7, "七": 7,
    "捌": 8, "八": 8,
    "玖": 9, "九": 9,
}
_SMALL = {"拾": 10, "十": 10, "佰": 100, "百": 100, "仟": 1000, "千": 1000}
_BIG = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
_WORD_CHARS = set(_DIGITS) | set(_SMALL) | set(_BIG) | set("元圆角分整正")
# Characters that only occur in 大写 (so a string holding them is an amount in words).
CAPITAL_CHARS = set("零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟")

_WORDS_RUN_RE = re.compile(r"[零〇○壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億一二三四五六七八九十百千万亿两兩元圆角分整正]+")
_DECOR_RE = re.compile(r"(人民币|大写|金额|合计|小写|[:：\s¥￥（）()\[\]【】]|rmb)", re.I)


def normalize_text(text: str) -> str:
    """NFKC (full-width digits and punctuation to ASCII) without turning 〇 or ㎡ into surprises."""
    return unicodedata.normalize("NFKC", text)


def _clean(d: Decimal) -> Decimal:
    """Drop trailing zeros but never go to exponent notation for whole numbers (1E+2 → 100)."""
    d = d.normalize()
    if d == 0:
        return Decimal(0)
    if d.as_tuple().exponent > 0:
        try:
            d = d.quantize(Decimal(1))
        except InvalidOperation:  # more digits than the context's 28 (found by fuzzing): as it is
            pass
    return d


def to_decimal(v: Any) -> Decimal | None:
    """A number from a sheet cell (int/float/Decimal) as an exact Decimal; floats are rounded
    to 6 decimals so computed sums (10.1+20.2 = 30.299999999999997) come out as written."""
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return Decimal(v)
    if isinstance(v, float):
        if v != v or v in (float("inf"), float("-inf")):
            return None
        return _clean(Decimal(repr(round(v, 6))))
    return None


def unit_factor(unit: str | None) -> Decimal:
    if not unit:
        return Decimal(1)
    return UNIT_FACTORS.get(unit, Decimal(1))


def find_unit(text: str) -> str | None:
    """The money unit a label or a line states: 总投资（万元） → 万元; 单位：元 → 元; 金额(元) → 元."""
    if not text:
        return None
    t = normalize_text(str(text))
    m = UNIT_LINE_RE.search(t)
    if m:
        return m.group(1)
    for br in re.findall(r"[(\[【]([^)\]】]*)[)\]】]", t):
        m = re.fullmatch(r"\s*(?:单位\s*[:：]?\s*)?(亿元|百万元|万元|千元|元)\s*", br)
        if m:
            return m.group(1)
    m = re.search(r"[/／]\s*(亿元|万元|元)\s*$", t)
    if m:
        return m.group(1)
    return None


def has_capital_amount(text: str) -> bool:
    return any(ch in CAPITAL_CHARS for ch in str(text))


def parse_amount_in_words(text: str) -> Decimal | None:
    """An amount written in words (大写 or plain Chinese numerals), in 元.

    壹佰贰拾万元整 → 1200000; 贰拾叁万肆仟伍佰元伍角 → 234500.5; 壹亿贰仟万元 → 120000000;
    七十万元 → 700000. None if the text is not (only) an amount in words.
    """
    if text is None:
        return None
    t = _DECOR_RE.sub("", normalize_text(str(text)))
    t = t.replace("萬", "万").replace("億", "亿")
    if not t or any(ch not in _WORD_CHARS for ch in t):
        return None
    if not any(ch in _DIGITS or ch in _SMALL for ch in t):
        return None
    total = 0  # everything closed by 亿 / 万
    section = 0  # below 万 inside the current group
    num = 0  # the digit waiting for its unit
    seen_digit = False
    yuan: int | None = None
    jiao = fen = 0
    last = ""
    for ch in t:
        if ch in _DIGITS:
            num = _DIGITS[ch]
            seen_digit = True
        elif ch in _SMALL:
            section += (num if num or seen_digit and last in _DIGITS else 1) * _SMALL[ch]
            num = 0
        elif ch == "万":
            total += (section + num) * 10**4
            section = num = 0
        elif ch == "亿":
            total = (total + section + num) * 10**8
            section = num = 0
        elif ch in "元圆":
            yuan = total + section + num
            total = section = num = 0
        elif ch == "角":
            jiao, num = num, 0
        elif ch == "分":
            fen, num = num, 0
        elif ch in "整正":
            pass
        last = ch
    if yuan is None:
        yuan = total + section + num
    elif num:  # 元伍 (rare: 角 left out) — read as 角
        jiao = jiao or num
    return Decimal(yuan) + Decimal(jiao) / 10 + Decimal(fen) / 100


def _words_to_wan(text: str, default_unit: str | None) -> Decimal | None:
    yuan = parse_amount_in_words(text)
    if yuan is None:
        return None
    t = normalize_text(text)
    if not re.search(r"[元圆角分万萬亿億]", t) and default_unit:
        # a bare number in words (七十) in a column or label that states its unit
        return _clean(yuan * unit_factor(default_unit))
    return _clean(yuan / 10000)


def parse_money(text: Any, default_unit: str | None = None) -> Decimal | None:
    """An amount in 万元 (exact Decimal), or None when the text holds no amount."""
    if text is None or isinstance(text, bool):
        return None
    if isinstance(text, (int, float, Decimal)):
        d = to_decimal(text)
        return None if d is None else _clean(d * unit_factor(default_unit or "万元"))
    t = normalize_text(str(text)).strip()
    if not t:
        return None
    t = re.sub(r"^(约|大约|合计|共计|总计|人民币|RMB|rmb|¥|\$)+", "", t).strip()
    t = t.replace("¥", "").replace("￥", "")
    if "%" in t and not _UNIT_RE.search(t):
        return None
    m = _NUM_RE.search(t)
    if m is None:
        # 壹佰贰拾万元整 / 七十万元
        run = _WORDS_RUN_RE.search(t)
        if run and (re.search(r"[元圆万亿萬億]", run.group(0)) or run.group(0) == _DECOR_RE.sub("", t)):
            return _words_to_wan(run.group(0), default_unit)
        return None
    # a figure must not be part of a date or a percentage (2025年, 15%)
    after = t[m.end():m.end() + 1]
    if not m.group("unit") and after in ("年", "月", "日", "%", "个", "期", "级", "次", "人", "台", "套"):
        return None
    num = m.group("num").replace(",", "")
    try:
        d = Decimal(num)
    except InvalidOperation:
        return None
    if m.group("sign"):
        d = -d
    unit = m.group("unit") or default_unit or "万元"
    return _clean(d * unit_factor(unit))


def figure_and_words(text: str, default_unit: str | None = None) -> tuple[Decimal | None, Decimal | None]:
    """For '120万元（大写：壹佰贰拾万元整）': the figure and the amount in words, both in 万元.
    The words part is only returned when it is written in 大写 characters."""
    t = normalize_text(str(text))
    words: Decimal | None = None
    for run in _WORDS_RUN_RE.finditer(t):
        s = run.group(0)
        if has_capital_amount(s):
            words = _words_to_wan(s, default_unit)
            if words is not None:
                t = t[: run.start()] + t[run.end():]
                break
    figure = None
    m = _NUM_RE.search(t)
    if m:
        figure = parse_money(m.group(0), default_unit)
    return figure, words


def words_finding(src: Source, figure: Decimal, words: Decimal, text: str,
                  fact: str | None = None) -> Finding:
    runs = [m.group(0) for m in re.finditer(r"[零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟万萬亿億元圆角分整正]+", text)]
    runs = [r for r in runs if has_capital_amount(r)] or [text]
    return tool_finding(
        "amount-in-words", location=src, fact=fact, file=src.file, where=Place(src.where or ""),
        figure=f"{money_str(figure)}万元", words=f"{money_str(words)}万元", words_text=runs[0],
    )
