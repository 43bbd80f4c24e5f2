"""Turning what a form cell or a sentence says into a fact's typed value (by the fact's type).

    coerce(fact_def, "☑是 □否")              -> True
    coerce(total_investment, "70", unit="万元") -> Decimal("70")
    coerce(admin_level, "旗县（市、区）")     -> "旗县市区"

None means "this is not a value of that fact" (blank, "/", "无" for non-bool facts, or text the
type cannot read). Values stay plain Python: Decimal (万元), date, bool, int, str, list[str].
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from ..vocabulary import FactDef
from .dates import parse_cn_int, parse_date, parse_end_date, parse_months
from .labels import norm_label, norm_value
from .money import normalize_text, parse_money

BLANKS = {"", "/", "\\", "无", "—", "——", "-", "--", "－", "–", "n/a", "na", "不适用", "暂无", "空",
          "略", "/ ", "×", "待定", "待补充", "待填", "待填写", "暂未申请", "未申请", "暂缺", "不详", "未定",
          "暂定", "…", "……", "**", "***"}
# A value still to be filled in: XXX单位, ××系统, ＿＿, 2017 年 月 日, a masked 2404-*-04-01-*.
_PLACEHOLDER = re.compile(r"[XxＸ×]{2,}|某某|[_＿]{2,}|\*|年\s+月\s*日|□{2,}")
# The national investment project code (投资项目统一代码): 2403-430300-04-01-206130.
PROJECT_CODE = re.compile(r"(?<!\d)\d{4}-\d{6}-\d{2}-\d{2}-\d{6}(?!\d)")
# A leading budget-item code glued to a project name (51092324T000010263357-2023年XX项目).
_NAME_CODE = re.compile(r"^[0-9A-Z]{12,}\s*[-_—]\s*")
END_DATE_FACTS = {"construction_period_end", "free_om_end_date", "om_period_end_date"}

# Wingdings checkboxes read from .docx come through as private-use characters (U+F0FE …).
CHECKED_MARKS = "☑☒■√✓✔●◉▣⊠✅\uf0fe\uf0fd\uf078\uf052"
UNCHECKED_MARKS = "□☐○◯❏❐\uf0a8\uf06f"
_BRACKET_CHECKED = re.compile(r"[\[(]\s*[√✓✔xX×■●]\s*[\])]")
_BRACKET_UNCHECKED = re.compile(r"[\[(]\s*[\])]")

TRUE_WORDS = ("是", "有", "涉及", "需要", "已", "属于", "具备", "y", "yes", "true", "对", "合格", "通过",
              "已完成", "完成", "已纳入", "纳入", "已备案", "使用", "采用")
FALSE_WORDS = ("否", "无", "不涉及", "不需要", "未", "不属于", "不具备", "n", "no", "false", "没有", "不",
               "非", "未完成", "未纳入", "未备案", "不使用", "不合格", "未通过")


def is_blank(v: Any) -> bool:
    if v is None:
        return True
    if isinstance(v, str):
        return norm_value(v) in BLANKS or bool(_PLACEHOLDER.search(normalize_text(v)))
    return False


# ---------------------------------------------------------------- checkboxes

def checkbox_options(text: str) -> tuple[bool, list[str]]:
    """(has checkbox marks, the checked options) for '☑是 □否', '■涉密 □非涉密', '[√]是 [ ]否',
    '是（√）否（ ）', '√是 否'. A lone mark (√) is no checkbox list."""
    t = normalize_text(text).strip()
    # bracketed marks → single characters, so one pass handles every spelling
    t = _BRACKET_CHECKED.sub("☑", t)
    t = _BRACKET_UNCHECKED.sub("□", t)
    marks = CHECKED_MARKS + UNCHECKED_MARKS
    if not any(ch in marks for ch in t):
        return False, []
    if all(ch in marks or ch.isspace() for ch in t):
        return False, []
    sep = f"[{re.escape(marks)}]"
    if t[0] in marks:
        # mark before option: ☑是 □否
        parts = re.findall(rf"({sep})\s*([^\s{re.escape(marks)}]*)", t)
        opts = [(m in CHECKED_MARKS, o.strip(" ,，;；、")) for m, o in parts]
    else:
        # option before mark: 是☑ 否□ / 是（√）否（ ）; an option with no mark after it is unchecked,
        # unless the only mark anywhere is a checked one before it (√是 否 handled above)
        parts = re.findall(rf"([^{re.escape(marks)}]+)({sep})?", t)
        opts = [(bool(m) and m in CHECKED_MARKS, o.strip(" ,，;；、")) for o, m in parts]
    checked = [o for c, o in opts if c and o]
    return True, checked


def resolve_checkboxes(value: Any) -> tuple[bool, Any]:
    """(ok, value) — the checked option(s) when the value is a checkbox list; ok False when it is a
    list with nothing (or, for a single choice, more than one thing) checked."""
    if not isinstance(value, str):
        return True, value
    has, checked = checkbox_options(value)
    if not has:
        return True, value
    if not checked:
        return False, None
    return True, checked


# ---------------------------------------------------------------- by type

def alias_lookup(fact: FactDef, s: str) -> str | None:
    """Enum value for a normalised text: a value, an alias, or one contained (longest first)."""
    vals = {norm_value(v): v for v in fact.values}
    aliases = {norm_value(k): str(v) for k, v in fact.aliases.items()}
    if s in vals:
        return vals[s]
    if s in aliases:
        return aliases[s]
    # contained: 旗县市区级 → 旗县市区; 非涉密项目 → 非涉密 (longest first, so 非涉密 beats 涉密)
    pool = [(k, v) for k, v in list(vals.items()) + list(aliases.items()) if len(k) >= 2]
    pool.sort(key=lambda kv: -len(kv[0]))
    hits = [(k, v) for k, v in pool if k in s]
    if not hits:
        return None
    if s not in (hits[0][0],) and negation_before(s, s.index(hits[0][0])):
        return None  # 非X / 拟X: not (yet) that value
    # the longest hit must not be ambiguous with another hit for a different value that is not
    # part of it (e.g. '新建、扩建' → none)
    k0, v0 = hits[0]
    for k, v in hits[1:]:
        if v != v0 and k not in k0:
            return None
    return v0


# Words that void or flip what follows them: 尚未迁入政务云 is not on the cloud; 拟部署于政务云
# is a plan, not a fact.
NEGATORS = ("尚未", "暂未", "还未", "未", "不", "非", "没有", "无")
PLANNED = ("拟", "计划", "将")


def negation_before(s: str, i: int) -> str | None:
    """'no' when a negator stands right before position i of s, 'planned' for 拟/计划, else None."""
    head = s[max(0, i - 4):i]
    head = re.sub(r"(迁入|迁移至|迁至|部署于|部署在|部署到|接入|纳入|使用|采用|上)$", "", head)
    if head.endswith(NEGATORS):
        return "no"
    if head.endswith(PLANNED):
        return "planned"
    return None


def parse_bool(value: Any, fact: FactDef | None = None) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float, Decimal)):
        return None
    if value is None:
        return None
    s = norm_value(value)
    if not s:
        return None
    if s in ("√", "✓", "✔", "☑", "■"):
        return True
    if s in ("×", "✗", "✘", "☐", "□"):
        return False
    if fact is not None and fact.aliases:
        a = alias_lookup(fact, s) if fact.values else None
        if a is None:
            amap = {norm_value(k): str(v) for k, v in fact.aliases.items()}
            a = amap.get(s)
            if a is None:
                for k in sorted(amap, key=len, reverse=True):
                    if len(k) >= 2 and k in s:
                        a = amap[k]
                        neg = negation_before(s, s.index(k))
                        if neg == "planned":
                            return None
                        if neg == "no" and parse_bool(a) is True:
                            return False
                        break
        if a is not None:
            return parse_bool(a)
    if s in TRUE_WORDS:
        return True
    if s in FALSE_WORDS:
        return False
    for w in sorted(FALSE_WORDS, key=len, reverse=True):
        if len(w) >= 1 and not w.isascii() and s.startswith(w):
            return False
    for w in sorted(TRUE_WORDS, key=len, reverse=True):
        if not w.isascii() and s.startswith(w):
            return True
    return None


def parse_int(value: Any) -> int | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, (float, Decimal)):
        return int(value) if value == int(value) else None
    t = normalize_text(str(value)).strip()
    m = re.search(r"\d+", t)
    if m:
        return int(m.group(0))
    m = re.search(r"[〇零一二两三四五六七八九十百]+", t)
    if m:
        return parse_cn_int(m.group(0))
    return None


def split_list(value: Any) -> list[str]:
    if isinstance(value, (list, tuple)):
        items = [str(v) for v in value]
    else:
        items = re.split(r"[、,，;；/\n]+|\s{2,}", normalize_text(str(value)))
    return [i.strip() for i in items if i and i.strip() and norm_value(i) not in BLANKS]


def clean_string(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value == int(value):
        value = int(value)
    s = re.sub(r"\s+", " ", str(value)).strip().strip("：:，,；;。")
    s = re.sub(r"[（(]\s*(盖章|签章|签字|公章|盖公章)\s*[)）]$", "", s).strip()
    return s or None


def coerce(fact: FactDef, value: Any, unit: str | None = None, label: str = "") -> Any:
    """The typed value of ``value`` for ``fact``, or None."""
    ok, value = resolve_checkboxes(value)
    if not ok:
        return None
    if isinstance(value, list):  # checked options
        if fact.type == "list":
            return _coerce_list(fact, value)
        if len(value) != 1:
            return None
        value = value[0]
    if fact.type == "bool":
        if value is None or isinstance(value, str) and norm_value(value) in ("", "/", "—", "——", "-"):
            return None
        b = parse_bool(value, fact)
        if b is None and label and norm_label(label)[0].endswith("编号") and not is_blank(value):
            return True  # 入库编号 / 系统编号 filled in
        return b
    if is_blank(value):
        return None
    t = fact.type
    if fact.id == "project_code":
        m = PROJECT_CODE.search(normalize_text(str(value)))
        return m.group(0) if m else None
    if t == "money":
        return parse_money(value, unit)
    if t == "date":
        return parse_end_date(value) if fact.id in END_DATE_FACTS else parse_date(value)
    if t == "months":
        return parse_months(value)
    if t == "int":
        n = parse_int(value)
        if fact.id == "plan_year" and n is not None and not 1990 <= n <= 2100:
            return None
        return n
    if t == "enum":
        if isinstance(value, bool):
            value = "是" if value else "否"
        if not isinstance(value, str):
            value = str(value)
        return alias_lookup(fact, norm_value(value))
    if t == "list":
        return _coerce_list(fact, split_list(value))
    # string
    if isinstance(value, (list, tuple)):
        return "、".join(str(v) for v in value) or None
    s = clean_string(value)
    if s and fact.id == "project_name":
        s = _NAME_CODE.sub("", s) or None
    return s


def _coerce_list(fact: FactDef, items: list[str]) -> list[str] | None:
    if not items:
        return None
    if not fact.values:
        out = [clean_string(i) for i in items]
        return [o for o in out if o] or None
    out: list[str] = []
    for i in items:
        v = alias_lookup(fact, norm_value(i))
        if v is not None and v not in out:
            out.append(v)
    return out or None


def same_value(a: Any, b: Any) -> bool:
    """Two values of one fact are the same (money exact in 万元, strings normalised)."""
    if isinstance(a, Decimal) or isinstance(b, Decimal):
        try:
            return abs(Decimal(str(a)) - Decimal(str(b))) < Decimal("0.00005")
        except Exception:
            return False
    if isinstance(a, list) and isinstance(b, list):
        return sorted(norm_value(x) for x in a) == sorted(norm_value(x) for x in b)
    if isinstance(a, str) and isinstance(b, str):
        return norm_value(a) == norm_value(b)
    return a == b
