"""Conditions and expressions rendered as short readable text (for `rules show` and docs)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..values import literal, money_str

_OPS = {"eq": "=", "ne": "≠", "ge": "≥", "gt": ">", "le": "≤", "lt": "<", "in": "∈",
        "not_in": "∉", "only_in": "⊆", "is": "="}


def expr_text(e: Any, lang: str = "zh") -> str:
    if isinstance(e, (bool, int, float, Decimal)):
        return literal(e, lang)
    if isinstance(e, list):
        return "{" + ", ".join(expr_text(x, lang) for x in e) + "}"
    if not isinstance(e, dict):
        return str(e)
    if set(e) == {"param"}:  # a named parameter (packs/parameters.py)
        return str(e["param"])
    if "fact" in e:
        s = e["fact"]
        if "times" in e:
            s = f"{money_str(e['times'])} × {s}"
        if "default" in e:
            s += (f" ({expr_text(e['default'], lang)} when unknown)" if lang == "en"
                  else f" (未知时取 {expr_text(e['default'], lang)})")
        return s
    for key, sym in (("max", "max"), ("min", "min"), ("latest", "latest"), ("earliest", "earliest"),
                     ("first", "first known of ")):
        if key in e:
            return f"{sym}(" + ", ".join(expr_text(x, lang) for x in e[key]) + ")"
    if "add" in e:
        return " + ".join(expr_text(x, lang) for x in e["add"])
    if "sub" in e:
        return " − ".join(expr_text(x, lang) for x in e["sub"])
    if "mul" in e:
        return " × ".join(expr_text(x, lang) for x in e["mul"])
    if "by" in e:
        return " / ".join(f"{k}: {expr_text(v, lang)}" for k, v in e["values"].items())
    if "date" in e:
        return str(e["date"])
    if "as_of" in e:
        return "as-of"
    if "date_add" in e:
        spec = e["date_add"]
        unit = next(k for k in ("months", "years", "days") if k in spec)
        return f"{expr_text(spec['from'], lang)} + {spec[unit]} {unit}"
    if "year_date" in e:
        y = e["year_date"]
        return f"({expr_text(y['year'], lang)})-{int(y.get('month', 12)):02d}-{int(y.get('day', 31)):02d}"
    if "year_of" in e:
        return f"year({expr_text(e['year_of'], lang)})"
    return str(e)


# The words of a condition; Chinese is what docs/rules/ and `rules show` print by default.
_WORDS = {"zh": {"and": " 且 ", "or": " 或 ", "not": "非 ", "has": "有材料 ", "known": "已知",
                 "unknown": "未知"},
          "en": {"and": " and ", "or": " or ", "not": "not ", "has": "has material ",
                 "known": "known", "unknown": "unknown"}}


def condition_text(c: Any, lang: str = "zh") -> str:
    w = _WORDS["en" if lang == "en" else "zh"]
    if c is None:
        return "always"
    if "all" in c:
        return w["and"].join(_paren(x, lang) for x in c["all"])
    if "any" in c:
        return w["or"].join(_paren(x, lang) for x in c["any"])
    if "not" in c:
        return w["not"] + _paren(c["not"], lang)
    if "material" in c:
        m = c["material"]
        who = "".join(f"（{k}: {'/'.join(c[k])}）" for k in ("issued_by", "about") if c.get(k))
        return w["has"] + (" / ".join(m) if isinstance(m, list) else m) + who
    subject_key = "fact" if "fact" in c else "value"
    subject = c["fact"] if subject_key == "fact" else expr_text(c["value"], lang)
    (op,) = [k for k in c if k != subject_key]
    if op == "known":
        return f"{subject} {w['known'] if c['known'] else w['unknown']}"
    return f"{subject} {_OPS[op]} {expr_text(c[op], lang)}"


def _paren(c: Any, lang: str = "zh") -> str:
    s = condition_text(c, lang)
    return f"({s})" if ("all" in c or "any" in c) else s
