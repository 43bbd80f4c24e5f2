"""Values as text (or as JSON): the one home for how money, dates, yes/no, enums, lists and
periods are written, in Chinese and in English.

Each printer keeps the exact form its readers expect (messages, the facts table, `rules show`,
the JSON contract, cell text for the extractors), so they differ on purpose where they differ:
- ``money_str``   万元 amounts as people write them (70, 79.99, 1200.5);
- ``plain``       a value inside a finding's message (no unit: the message carries it);
- ``with_unit``   a fact's value with its unit (万元, 个月), for conflict findings;
- ``literal``     a constant in a pack's condition (`rules show`, docs);
- ``as_written``  a value from govcheck.yaml as the user wrote it, for error messages;
- ``cell_text``   a table or sheet cell as text, for the extractors;
- ``json_value``  a value in the JSON report (contract: amounts are 万元 numbers).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from .vocabulary import facts


def money_str(v: Decimal | float | int) -> str:
    """万元 amounts as people write them: 70, 79.99, 1200.5 (no trailing zeros)."""
    d = Decimal(str(v)).normalize()
    s = format(d, "f")
    return s


def yes_no(v: bool, lang: str = "zh") -> str:
    if lang == "en":
        return "yes" if v else "no"
    return "是" if v else "否"


def plain(v: Any, lang: str = "zh") -> str:
    if isinstance(v, bool):
        return yes_no(v, lang)
    if isinstance(v, Decimal):
        return money_str(v)
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, (list, tuple)):
        return "、".join(plain(x, lang) for x in v)
    return str(v)


def with_unit(fid: str, v: Any, lang: str = "zh") -> str:
    if isinstance(v, bool):
        return yes_no(v, lang)
    if isinstance(v, Decimal):
        return f"{money_str(v)}万元" if lang != "en" else f"{money_str(v)} 万元"
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, (list, tuple)):
        return "、".join(str(x) for x in v)
    fd = facts().get(fid)
    if fd is not None and fd.type == "months":
        return f"{v}个月" if lang != "en" else f"{v} months"
    return str(v)


def literal(v: bool | int | float | Decimal, lang: str = "zh") -> str:
    """A yes/no or a number written in a pack's condition."""
    if isinstance(v, bool):
        return yes_no(v, lang)
    return money_str(v)


def as_written(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return ",".join(str(v) for v in value)
    return str(value)


def cell_text(v: Any) -> str:
    """A cell as text: numbers without a trailing .0, dates ISO."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "是" if v else "否"
    if isinstance(v, float):
        if v == int(v):
            return str(int(v))
        return repr(round(v, 6))
    if isinstance(v, Decimal):
        return format(v.normalize(), "f")
    if isinstance(v, datetime):
        return v.date().isoformat() if v.time() == datetime.min.time() else v.isoformat(sep=" ")
    if isinstance(v, date):
        return v.isoformat()
    return str(v).strip()


def json_value(v: Any) -> Any:
    if isinstance(v, bool):
        return v
    if isinstance(v, Decimal):
        return float(v)  # amounts are 万元 numbers (contract)
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, (list, tuple)):
        return [json_value(x) for x in v]
    return v
