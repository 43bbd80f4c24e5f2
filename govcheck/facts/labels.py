"""Recognising a fact's label on a form or before a colon (its labels in docs/vocabulary.md).

Both the labels in facts.yaml and the text found on a form are normalised the same way:
full-width to half-width, spaces, bracketed parts (units such as （万元）, remarks such as
（盖章）), leading numbering (一、 / 1. / （三）), required marks (*), quotes, 、 and / removed.
The unit a bracket states is kept aside (it is the unit of a money value).

A label also matches with a few harmless words around it: 是否 / 本项目 / 本单位 / 列入 / 拟
before it, 名称 / 日期 / 金额 / 额 / 项目 after it, 是否 inside it (项目单位名称 → 项目单位, 是否跨部门共建共享 → 跨部门共建共享).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any


from ..memo import Bounded, PerVocabulary
from ..vocabulary import facts
from .money import find_unit, normalize_text

# The label index, label matches and label ranks of the vocabulary in force, kept per vocabulary
# (govcheck/memo.py): lru_caches here were cleared and rebuilt for every dossier of a batch.
_PER_VOCABULARY = PerVocabulary(facts)
_NORMALISED = Bounded(65536)  # norm_label depends on the text alone

_NUMBERING = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*\s*[.、)]|[(]\s*[一二三四五六七八九十\d]+\s*[)]|[一二三四五六七八九十]+\s*[、.])\s*"
)
_BRACKETS = re.compile(r"[(\[【〔<〈][^)\]】〕>〉]*[)\]】〕>〉]")
_STRIP = re.compile(r"[\s“”\"'‘’《》「」『』、/\\·:：_\-—*★※☆]|[()\[\]【】〔〕<>〈〉]")

LEADS = ("", "是否", "是否涉及", "是否属于", "是否为", "是否已", "是否需要", "是否有", "是否存在",
         "是否使用", "是否接入", "是否部署在", "是否部署于", "是否纳入", "是否新建", "是否采用", "是否购置",
         "是否开展", "是否完成", "是否通过", "是否建设", "是否实现", "是否已完成", "有无", "涉及", "采用",
         "纳入", "接入", "部署于", "部署在", "本", "项目", "本项目", "本期", "拟", "项目的",
         "是否列入", "列入", "本单位", "本单位是否", "本单位是否有")
TAILS = ("", "名称", "全称", "情况", "金额", "总额", "额", "费", "日期", "时间", "编号", "级别",
         "类型", "类别", "方式", "合计", "数", "为", "是否", "与否", "说明", "情况说明", "产品", "情形",
         "项目")


def norm_label(text: Any) -> tuple[str, str | None]:
    """(normalised label, money unit stated in it)."""
    text = str(text or "")
    return _NORMALISED.get(text, lambda: _norm_label(text))


def _norm_label(text: str) -> tuple[str, str | None]:
    s = normalize_text(text).strip()
    unit = find_unit(s) if "元" in s else None
    s = s.lstrip("*★※☆ ")
    s = _NUMBERING.sub("", s)
    s = _BRACKETS.sub("", s)
    s = _STRIP.sub("", s)
    return s.casefold(), unit


def norm_value(text: Any) -> str:
    """A value for comparing and for enum look-up: half-width, no spaces, brackets or 、."""
    s = normalize_text(str(text if text is not None else "")).strip()
    s = re.sub(r"[\s“”\"'‘’《》「」、()\[\]【】〔〕]", "", s)
    return s.casefold()


@dataclass(frozen=True)
class LabelMatch:
    facts: tuple[str, ...]  # fact ids to try, in order
    unit: str | None  # money unit stated in the label (总投资（万元） → 万元)
    text: str  # the label as written (whitespace collapsed)
    core: str  # the normalised label variant that matched


def label_index(jurisdiction: str | None = None, kind: str | None = None) -> dict[str, tuple[str, ...]]:
    """Normalised label → the facts it names. Labels scoped to document kinds (facts.yaml
    ``{label: 备案日期, kinds: [contract_filing]}``) count only on a document of such a kind,
    and there they name that fact before any other."""
    return _PER_VOCABULARY.get(("index", jurisdiction, kind), lambda: _label_index(jurisdiction, kind))


def _label_index(jurisdiction: str | None, kind: str | None) -> dict[str, tuple[str, ...]]:
    idx = dict(_PER_VOCABULARY.get(("index-base",), _base_index))
    if kind:
        scoped: dict[str, list[str]] = {}
        for f in facts().values():
            for lab, kinds in f.scoped_labels.items():
                if kind in kinds:
                    scoped.setdefault(norm_label(lab)[0], []).append(f.id)
        for key, fids in scoped.items():
            idx[key] = tuple(fids + [x for x in idx.get(key, ()) if x not in fids])
    return idx


def _base_index() -> dict[str, tuple[str, ...]]:
    """The labels of every document kind (built once per vocabulary, shared by the indexes
    of each kind and jurisdiction)."""
    idx: dict[str, list[str]] = {}
    for f in facts().values():
        for lab in f.labels:
            key, _ = norm_label(lab)
            if key and f.id not in idx.setdefault(key, []):
                idx[key].append(f.id)
    return {k: tuple(v) for k, v in idx.items()}


def clean_text(text: Any) -> str:
    return re.sub(r"\s+", " ", str(text if text is not None else "")).strip()


def _match(text: str, jurisdiction: str | None, kind: str | None = None) -> LabelMatch | None:
    return _PER_VOCABULARY.get(("match", text, jurisdiction, kind), lambda: _match_label(text, jurisdiction, kind))


def _match_label(text: str, jurisdiction: str | None, kind: str | None) -> LabelMatch | None:
    n, unit = norm_label(text)
    if len(n) < 2 or len(n) > 32:
        return None
    idx = label_index(jurisdiction, kind)
    best: tuple[int, int, str] | None = None  # (core length, -stripped, core)
    for lead in LEADS:
        if lead and not n.startswith(lead):
            continue
        rest = n[len(lead):]
        for tail in TAILS:
            if tail and not rest.endswith(tail):
                continue
            core = rest[: len(rest) - len(tail)] if tail else rest
            tries = [core]
            if core.startswith("是否"):
                tries.append(core[2:])
            if "是否" in core[1:]:  # 信息安全验收是否合格 → 信息安全验收合格
                tries.append(core.replace("是否", ""))
            if tail == "时间":
                tries.append(core + "日期")
            for c in tries:
                if len(c) >= 2 and c in idx:
                    score = (len(c), -(len(lead) + len(tail)), c)
                    if best is None or score > best:
                        best = score
    if best is None:
        return None
    return LabelMatch(idx[best[2]], unit, clean_text(text), best[2])


def _ranks() -> dict[tuple[str, str], int]:
    return _PER_VOCABULARY.get(("ranks",), _label_ranks)


def _label_ranks() -> dict[tuple[str, str], int]:
    out: dict[tuple[str, str], int] = {}
    for f in facts().values():
        for i, lab in enumerate(f.labels):
            out.setdefault((f.id, norm_label(lab)[0]), i)
    return out


def label_rank(fact_id: str, core: str) -> int:
    """Position of a label variant in its fact's list (facts.yaml lists the preferred first)."""
    return _ranks().get((fact_id, core), 99)


def keep_best_labels(found: list[tuple[Any, str]]) -> list[Any]:
    """(candidate, label core) of one document → the candidates, dropping those of a fact that
    came from a less preferred label than another candidate of that fact (申报表 rows 项目单位
    and 主管部门 are two different units; 总投资 and 申请资金 two different amounts)."""
    best: dict[str, int] = {}
    for c, core in found:
        r = label_rank(c.fact, core)
        best[c.fact] = min(best.get(c.fact, 99), r)
    return [c for c, core in found if label_rank(c.fact, core) == best[c.fact]]


def match_label(text: Any, jurisdiction: str | None = None, kind: str | None = None) -> LabelMatch | None:
    """The facts a label cell (or the words before a colon) names on a document of ``kind``
    (None: labels of every document only), or None."""
    if text is None or isinstance(text, (int, float)) and not isinstance(text, bool):
        return None
    s = str(text)
    if not s.strip() or len(s) > 60:
        return None
    return _match(s, jurisdiction, kind)


def is_label(text: Any, jurisdiction: str | None = None, kind: str | None = None) -> bool:
    return match_label(text, jurisdiction, kind) is not None
