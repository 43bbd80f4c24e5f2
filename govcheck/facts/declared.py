"""Facts the user declares: ``--set FACT=VALUE`` and the ``facts:`` of govcheck.yaml.

    parse_set_option("total_investment=70")   -> Candidate(origin="option", Source("--set", "total_investment"))
    manifest_candidates({"admin_level": "旗县市区"})  -> [Candidate(origin="manifest",
                                                      Source("govcheck.yaml", "facts.admin_level"))]

Values are coerced by the fact's type: money numbers are 万元 ("70万元", "1200000元" also read);
dates ISO or Chinese (2025年7月15日); booleans true/false/是/否/yes/no/1/0; enums by value or
alias (市级 → 市本级). An unknown fact id or a value the type cannot read raises ValueError with
a message naming the option and the problem in both languages, e.g.
``--set total_investment=abc: 不是金额 / not an amount`` (the CLI turns it into exit 2).
"""

from __future__ import annotations

import difflib
import re
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from ..model import Candidate, Source
from ..values import as_written
from ..vocabulary import FactDef
from ..vocabulary import facts as _facts
from .coerce import alias_lookup, clean_string, split_list
from .dates import parse_date, parse_months
from .labels import match_label, norm_value
from .money import normalize_text, parse_amount_in_words, parse_money

_MONEY_RE = re.compile(r"\s*[-]?\d[\d,]*(?:\.\d+)?\s*(?:万元|元|亿元|万|亿)?\s*")
_TRUE = {"true", "yes", "y", "1", "是", "有", "on", "t", "真", "对"}
_FALSE = {"false", "no", "n", "0", "否", "无", "off", "f", "假", "不"}

_TYPE_PROBLEM = {
    "money": ("不是金额", "not an amount (万元)"),
    "date": ("不是日期", "not a date (YYYY-MM-DD)"),
    "bool": ("不是“是/否”", "not true/false"),
    "int": ("不是整数", "not an integer"),
    "months": ("不是月数", "not a number of months"),
    "enum": ("不是可选取值", "not one of the values"),
    "list": ("不是可选取值", "not one of the values"),
    "string": ("值为空", "empty value"),
}


def _fail(who: str, zh: str, en: str, extra: str = "") -> ValueError:
    return ValueError(f"{who}: {zh} / {en}{extra}")


def resolve_fact_id(key: str, who: str) -> str:
    """A fact id from an id (or, as a convenience, a Chinese label such as 总投资)."""
    defs = _facts()
    k = key.strip()
    if k in defs:
        return k
    m = match_label(k)
    if m is not None and len(m.facts) == 1 and norm_value(k) == m.core:
        return m.facts[0]
    close = difflib.get_close_matches(k, list(defs), n=3, cutoff=0.6)
    hint = f"（是否指 / did you mean: {', '.join(close)}）" if close else ""
    raise _fail(who, f"未知事实 {k}", f"unknown fact {k}", hint)


def coerce_declared(fd: FactDef, value: Any, who: str) -> Any:
    """A declared value in the fact's type, or ValueError naming ``who`` and the problem."""
    t = fd.type
    zh, en = _TYPE_PROBLEM.get(t, ("无法识别", "cannot be read"))
    if value is None or isinstance(value, str) and not value.strip():
        raise _fail(who, "值为空", "empty value")
    if t == "money":
        if isinstance(value, bool):
            raise _fail(who, zh, en)
        if isinstance(value, (int, float, Decimal)):
            return parse_money(Decimal(str(value)))
        s = normalize_text(str(value))
        if _MONEY_RE.fullmatch(s):
            v = parse_money(s)
        elif parse_amount_in_words(s) is not None:
            v = parse_money(s)
        else:
            v = None
        if v is None:
            raise _fail(who, zh, en)
        return v
    if t == "date":
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        d = parse_date(str(value))
        if d is None:
            raise _fail(who, zh, en)
        return d
    if t == "bool":
        if isinstance(value, bool):
            return value
        s = norm_value(value)
        if s in _TRUE:
            return True
        if s in _FALSE:
            return False
        raise _fail(who, zh, en)
    if t == "int":
        if isinstance(value, bool):
            raise _fail(who, zh, en)
        if isinstance(value, int):
            return value
        s = normalize_text(str(value)).strip()
        m = re.fullmatch(r"(\d+)\s*(?:年|年度|期)?", s)
        if not m:
            raise _fail(who, zh, en)
        return int(m.group(1))
    if t == "months":
        m = parse_months(value)
        if m is None:
            raise _fail(who, zh, en)
        return m
    if t == "enum":
        if isinstance(value, bool):
            value = "是" if value else "否"
        v = alias_lookup(fd, norm_value(value))
        if v is None:
            raise _fail(who, zh, en, f"（可选 / choose from: {', '.join(fd.values)}）")
        return v
    if t == "list":
        items = split_list(value)
        if not items:
            raise _fail(who, "值为空", "empty value")
        if not fd.values:
            return [clean_string(i) for i in items]
        out = []
        for i in items:
            v = alias_lookup(fd, norm_value(i))
            if v is None:
                raise _fail(who, f"{i} {zh}", f"{i} is {en}", f"（可选 / choose from: {', '.join(fd.values)}）")
            if v not in out:
                out.append(v)
        return out
    s = clean_string(value)
    if not s:
        raise _fail(who, zh, en)
    return s


def parse_set_option(text: str) -> Candidate:
    """``FACT=VALUE`` from ``--set`` as a Candidate (origin "option")."""
    if "=" not in text:
        raise _fail(f"--set {text}", "应写作 FACT=VALUE", "expected FACT=VALUE")
    key, value = text.split("=", 1)
    who = f"--set {key.strip()}={value.strip()}"
    if not key.strip():
        raise _fail(who, "缺少事实名", "missing fact id")
    fid = resolve_fact_id(key, who)
    val = coerce_declared(_facts()[fid], value.strip(), who)
    return Candidate(fid, val, Source("--set", fid), "option", value.strip())


def manifest_candidates(facts: dict | None, file: str = "govcheck.yaml") -> list[Candidate]:
    """The ``facts:`` mapping of a manifest as Candidates (origin "manifest")."""
    facts_map = facts
    if not facts_map:
        return []
    if not isinstance(facts_map, dict):
        raise ValueError(f"{file} facts: 应为“事实: 值”的映射 / must be a mapping of fact: value")
    out = []
    for key, value in facts_map.items():
        who = f"{file} facts.{key}={as_written(value)}"
        fid = resolve_fact_id(str(key), who)
        val = coerce_declared(_facts()[fid], value, who)
        out.append(Candidate(fid, val, Source(file, f"facts.{fid}"), "manifest", as_written(value)))
    return out
