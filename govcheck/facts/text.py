"""Facts from body text (paragraphs of .docx / .pdf): cover pages and sentences.

- label：value pairs — 项目名称：X, 建设单位：Y, 竣工验收日期：2025年7月15日 (several on one line
  are split at the next label)
- money in sentences — 总投资XX万元 / 项目总投资约XX万元 / 总投资为XX元 / 概算总投资XX万元: the
  amount must carry a unit and follow the label closely
- dates in sentences — 批复日期为2025年7月15日
- 大写 amounts beside a figure — 120万元（大写：壹佰贰拾万元整）: a mismatch is a
  ``govcheck/amount-in-words`` finding

Each candidate has origin "text" and Source(file, Where.paragraph(12)) — 段落12, 1-based.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from ..findings import Finding
from ..location import Where
from ..model import Candidate, Document, Source
from ..vocabulary import facts
from .coerce import coerce, negation_before
from .labels import LabelMatch, clean_text, keep_best_labels, match_label, norm_label
from .money import normalize_text, parse_amount_in_words, parse_money, words_finding

_SEPARATORS = set(" \t\u3000。；;，,！!？?\n")
_STRING_TYPES = ("string", "enum", "bool", "list")


# A glued modifier makes another word of the label: 子项目名称 is not 项目名称, 原批复投资 …
_GLUED_MODIFIERS = set("子分副各次")


def colon_pairs(t: str, jurisdiction: str | None = None, kind: str | None = None
                ) -> list[tuple[LabelMatch, str, tuple[int, int]]]:
    """(label, value, value span) for every 'label：value' in a (NFKC-normalised) line. A value
    ends where the next 'word：' begins, whether or not that word is a label (受托人(乙方):X 签订
    地点: … — X is the value)."""
    keys: list[tuple[int, int, LabelMatch | None]] = []  # (key start, value start, match)
    for m in re.finditer(r"[:：]", t):
        colon = m.start()
        start = colon
        while start > 0 and t[start - 1] not in _SEPARATORS and colon - start < 24:
            start -= 1
        key = t[start:colon].strip()
        if not key:
            continue
        match = None
        # the longest tail of the key that is a label (经研究确定项目名称 → 项目名称), a whole word
        for s in range(0, max(len(key) - 1, 0)):
            match = match_label(key[s:], jurisdiction, kind)
            if match:
                if s > 0 and key[s - 1] in _GLUED_MODIFIERS:
                    match = None
                    break
                start += s
                break
        if match or (start == 0 or t[start - 1] in _SEPARATORS) and 2 <= len(key) <= 12:
            keys.append((start, m.end(), match))
    out = []
    for k, (kstart, vstart, match) in enumerate(keys):
        if match is None:
            continue
        vend = keys[k + 1][0] if k + 1 < len(keys) else len(t)
        value = t[vstart:vend]
        out.append((match, value, (vstart, vend)))
    return out


_DATE_RX = (r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
            r"|[〇零○一二三四五六七八九]{4}\s*年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十廿卅]{1,3}日")
_PHRASES: list[tuple[str, re.Pattern]] = [
    # procurement method in a sentence: 采用公开招标方式 / 通过竞争性磋商方式 / 以单一来源方式采购
    ("procurement_method", re.compile(
        r"(?:采用|通过|以|按|经)(?P<v>公开招标|邀请招标|竞争性谈判|竞争性磋商|单一来源(?:采购)?|询价(?:采购)?|框架协议(?:采购)?)"
        r"(?:的)?(?:方式|形式|程序)?")),
    # the signing of a contract: 甲乙双方于2024年11月6日签订本合同 / 本合同于…签订
    ("contract_sign_date", re.compile(
        rf"(?:双方|本合同|合同)\s*(?:于|在)\s*(?P<v>{_DATE_RX})\s*(?:正式)?(?:签订|签署|订立)")),
    # the free O&M period: 免费运维期为自终验合格之日起8个月 / 免费维护期为三年
    ("free_om_months", re.compile(
        r"(?:免费运维期|免费维护期|免费运维服务期|质保期|免费质保期)(?:限)?\s*(?:为|是|:)?\s*(?:自[^，。；]{0,20}?(?:之日|后)起)?\s*"
        r"(?P<v>(?:\d+|[一二两三四五六七八九十]+)\s*(?:个月|年|周年))")),
]


def phrase_facts(t: str) -> list[tuple[str, object, str]]:
    """(fact, value, the words) for facts stated in set phrases of a sentence; a phrase under a
    negation (未采用公开招标方式) states nothing."""
    defs = facts()
    out = []
    for fid, rx in _PHRASES:
        for m in rx.finditer(t):
            if negation_before(t, m.start()):
                continue
            val = coerce(defs[fid], m.group("v"))
            if val is not None:
                out.append((fid, val, m.group(0)))
    return out


_LABEL_LINE = re.compile(r"^(?P<label>[^:：，。；,;]{2,24}?)\s*[:：]?$")


def cover_pairs(doc: Document, jurisdiction: str | None = None):
    """(label paragraph, value paragraph, label match, value) for a label standing alone on a
    line — with or without its colon, or as a numbered heading (三、项目业主单位) — followed by a
    short value line that is neither a label nor a sentence."""
    lines = [p for p in doc.paragraphs if p.text and p.text.strip()]
    for p, nxt in zip(lines, lines[1:]):
        t = normalize_text(p.text).strip()
        m = _LABEL_LINE.match(t)
        if not m:
            continue
        lab = match_label(m.group("label"), jurisdiction, doc.kind)
        if lab is None:
            continue
        v = normalize_text(nxt.text).strip()
        if (not v or len(v) > 40 or re.search(r"[:：，。；;！？]", v) or re.match(r"^(本|该|我|其|根据|为)", v)
                or match_label(v, jurisdiction, doc.kind)):
            continue
        yield p, nxt, lab, v


def trim_value(value: str, ftype: str) -> str:
    """The value part of 'label：value…': up to the end of the clause (。；, a line break, a wide
    gap; also ，for names and yes/no answers)."""
    v = value.strip()
    v = re.split(r"[。；;\n]|\s{2,}", v, maxsplit=1)[0]
    if ftype in _STRING_TYPES:
        v = re.split(r"[，,]", v, maxsplit=1)[0]
    return v.strip().strip("：:，,、")


@lru_cache(maxsize=8)
def _prose_regex(kind: str) -> tuple[re.Pattern, dict[str, str]]:
    """One alternation of every label of the money (or date) facts, longest first."""
    by_label: dict[str, str] = {}
    for f in facts().values():
        if f.type != kind:
            continue
        for lab in f.labels:
            lab = normalize_text(lab)
            if "（" in lab or "(" in lab:
                lab = re.sub(r"[（(][^）)]*[）)]", "", lab)
            by_label.setdefault(lab, f.id)
    alts = "|".join(re.escape(x) for x in sorted(by_label, key=len, reverse=True))
    if kind == "money":
        amount = (r"(?P<amount>[-]?\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|元|亿|万)"
                  r"|[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元整]+元整?)")
        rx = re.compile(
            rf"(?P<label>{alts})\s*(?:[(][^)]{{0,10}}[)])?\s*(?:数|额|金额|资金|经费)?\s*"
            rf"(?:为|是|约为|约|共计|合计|总计|达|估算为|预计为?|计|:)*\s*(?:约|人民币|总计|合计|共计)*\s*{amount}"
        )
    else:
        date = (r"(?P<date>(?:19|20)\d{2}\s*(?:年|[-/.])\s*\d{1,2}\s*(?:月|[-/.])\s*\d{1,2}\s*[日号]?"
                r"|[〇零○一二三四五六七八九]{4}\s*年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十廿卅]{1,3}[日号])")
        rx = re.compile(rf"(?P<label>{alts})\s*(?:为|是|于|在|:)*\s*{date}")
    return rx, by_label


# a label inside a longer word is not that label (软件开发总投资 is not 总投资) …
_OK_BEFORE = set(" \t\u3000。；;，,：:、（）()“”\"本的其即为期和及与，") | {""}
# … but these words before it only say whose or which amount it is (该项目估算总投资为615万元,
# 全年实际支出2,316,400元, 经审核，核定项目概算投资为1,088.50万元)
_PREFIX_WORDS = ("该项目", "本项目", "项目", "工程", "全年", "年度", "本年度", "当年", "经核定", "核定", "经审核",
                 "审定", "批复", "核准", "合计", "共", "总", "实际")


def _ok_before(t: str, start: int) -> bool:
    before = t[start - 1] if start > 0 else ""
    if before in _OK_BEFORE:
        return True
    head = t[:start]
    word = next((w for w in _PREFIX_WORDS if head.endswith(w)), None)
    # 子项目总投资 / 分项目总投资 is a part's amount, not the project's
    return word is not None and not head[: len(head) - len(word)].endswith(tuple(_GLUED_MODIFIERS))

_WORDS_BESIDE = [
    # 120万元（大写：壹佰贰拾万元整）
    re.compile(r"(?P<fig>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>亿元|万元|元)\s*[(（]\s*(?:人民币)?\s*大写\s*[:：]?\s*(?:人民币)?\s*"
               r"(?P<words>[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正]+)"),
    # 大写：壹佰贰拾万元整（¥1,200,000.00）
    re.compile(r"大写\s*[:：]?\s*(?:人民币)?\s*(?P<words>[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正]+)\s*[(（]\s*"
               r"(?:小写\s*[:：]?)?\s*[¥￥]?\s*(?P<fig>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>亿元|万元|元)?"),
]


def text_candidates(doc: Document, jurisdiction: str | None = None) -> tuple[list[Candidate], list[Finding]]:
    defs = facts()
    out: list[tuple[Candidate, str]] = []  # (candidate, label core)
    findings: list[Finding] = []
    seen: set[tuple[str, str, str]] = set()

    def add(fid: str, val, where: Where, raw: str, label: str) -> None:
        key = (fid, repr(val), where)
        if key in seen:
            return
        seen.add(key)
        core = norm_label(label)[0]
        out.append((Candidate(fid, val, Source(doc.path, where), "text", clean_text(raw)), core))

    # 0. a cover page: the label on one line, its value on the next (项目建设单位： / XX局)
    for lab_p, val_p, m, v in cover_pairs(doc, jurisdiction):
        for fid in m.facts:
            fd = defs[fid]
            if fd.type == "money" and not m.unit and not re.search(r"[元万亿]", v):
                continue
            val = coerce(fd, v, unit=m.unit, label=m.text)
            if val is not None:
                add(fid, val, Where.paragraph(val_p.index + 1), v, m.core)
                break
    money_rx, money_labels = _prose_regex("money")
    date_rx, date_labels = _prose_regex("date")
    for p in doc.paragraphs:
        raw = p.text or ""
        if not raw.strip():
            continue
        t = normalize_text(raw)
        where = Where.paragraph(p.index + 1)
        # 1. label：value
        for m, value, _span in colon_pairs(t, jurisdiction, doc.kind):
            for fid in m.facts:
                fd = defs[fid]
                v = trim_value(value, fd.type)
                if not v or fd.type == "string" and len(v) > 60:
                    continue
                if fd.type == "money" and not m.unit and not re.search(r"[元万亿]", v):
                    continue  # a bare number in prose: no unit, no amount
                long_prose = fd.type == "bool" and len(v) > 6 and not re.match(r"^[是否有无][，,、。；;（(\s]", v)
                if fd.type == "enum" and len(v) > 20:
                    continue
                val = coerce(fd, v, unit=m.unit, label=m.text)
                if val is None:
                    continue
                if long_prose and not (val is False and re.search(r"未|不|非|没有", v)):
                    continue  # prose after a heading ("安全可靠：采用……") is no yes/no answer, unless it denies
                add(fid, val, where, v, m.core)
                break
        # 2. money in sentences
        for m in money_rx.finditer(t):
            if not _ok_before(t, m.start()):
                continue
            fid = money_labels[m.group("label")]
            val = parse_money(m.group("amount"))
            if val is not None:
                add(fid, val, where, m.group(0), m.group("label"))
        # 3. dates in sentences
        for m in date_rx.finditer(t):
            if not _ok_before(t, m.start()):
                continue
            fid = date_labels[m.group("label")]
            val = coerce(defs[fid], m.group("date"))
            if val is not None:
                add(fid, val, where, m.group(0), m.group("label"))
        # 4. facts stated in set phrases (采用公开招标方式, 甲乙双方于…签订本合同, 免费运维期为…8个月)
        for fid, val, raw in phrase_facts(t):
            add(fid, val, where, raw, "")
        # 5. 大写 beside a figure
        for rx in _WORDS_BESIDE:
            for m in rx.finditer(t):
                unit = m.group("unit") or "元"
                figure = parse_money(m.group("fig"), unit)
                yuan = parse_amount_in_words(m.group("words"))
                if figure is None or yuan is None:
                    continue
                words = yuan / 10000
                if abs(figure - words) > Decimal("0.0001"):
                    findings.append(words_finding(Source(doc.path, where), figure, words, m.group(0)))
    return keep_best_labels(out), findings
