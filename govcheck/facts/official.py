"""Facts from the structure of an official document (公文): what a careful reviewer reads off a
reply or a letter before reading its body.

- 发文字号 (X政数审〔2024〕5号, alone on a line near the top) — on a 批复 the approval number;
- 主送机关 (the addressee line "市卫生健康委员会：") — on a 批复 the project unit, the body
  answering it (你局 / 你单位 / 你校 …);
- the subject (关于XX项目初步设计方案的批复, or the request it answers: 报来《关于报批XX项目可行性
  研究报告的请示》收悉) — the project name, without the thing approved;
- the 落款 date (2024年9月12日 / 二〇二四年九月十二日, alone on a line after the body) — the fact
  the document's kind implies (documents.yaml date_facts: a 批复's date is the approval date);
- a report's subtitle in brackets under its title ("2017年度项目绩效自评报告" / "(电子政务运行
  维护项目)") — the project the report is about.

Each candidate has origin "text" and Source(file, Where.paragraph(N)) — 段落N. The issuing body (落款 issuer, seal
line) is read elsewhere (govcheck/identify/issuer.py).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..identify.classify import documents_data
from ..location import Where
from ..model import Candidate, Document, Paragraph, Source
from .dates import parse_date
from .labels import clean_text

HEAD_PARAGRAPHS = 10  # where 文号 / 主送机关 / subject stand (a published page adds 索引号, 公开 lines)
REPLY_KINDS = ("approval_reply",)
REPORT_KINDS = ("annual_performance_report", "self_evaluation_report", "post_evaluation_report",
                "performance_evaluation_report", "om_summary", "construction_summary")

_DOC_NUMBER = re.compile(r"^[(（]?\s*([A-Za-z\u4e00-\u9fff]{1,14}\s*[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d+\s*号)\s*[)）]?$")
# The addressee: one short unit name ending in a colon; 各… / lists of units are a circular.
_ADDRESSEE = re.compile(r"^(?:[(（][^()（）]{0,6}[)）]\s*)?([\u4e00-\u9fff][\u4e00-\u9fff()（）·\s]{1,38})\s*[:：]$")
_CIRCULAR = re.compile(r"^各|[、,，]|有关")
_ANSWERED = re.compile(r"^(?:你|贵)(?:单位|局|委|校|院|中心|公司|厅|办|部|处|镇|乡|街道|区|县|市)|报来|发来|报送|收悉")

_DATE_LINE = re.compile(
    r"^(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"|[〇零○Ｏ一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十廿卅]{1,3}\s*日"
    r"|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2})$"
)

# 关于<subject>的批复/请示/函/报告 — in a title line or a quoted request
_SUBJECT = re.compile(r"关于(?P<s>.{4,80}?)的(?:批复|请示|函|报告|申请|复函|通知)")
_LEADING_VERBS = re.compile(r"^(?:要求审批|商请|请求|恳请|申请审批|申请批复|恳请批复|请求批复|请予批复|报请审批|申请审核|报批|审批|报送|申请|批复|核准|审核|审定|上报|呈报)+")
# what is approved, at the end of the subject (longest first); a bracketed aside after it
# (可行性研究报告(代项目建议书)) goes with it
_APPROVED = re.compile(
    r"(?:项目建议书|建议书|可行性研究报告|可研报告|可研|初步设计(?:方案)?(?:及|和|与)?(?:投资)?概算|"
    r"初步设计(?:方案)?|(?:投资)?概算|立项报告|立项|实施方案|建设方案|资金申请报告)"
    r"\s*(?:[(（][^()（）]*[)）])?$"
)


def _lines(doc: Document) -> list[Paragraph]:
    return [p for p in doc.paragraphs if p.text and p.text.strip()]


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def official_candidates(doc: Document) -> list[Candidate]:
    """Candidates read off the structure of one document (see the module doc)."""
    lines = _lines(doc)
    if not lines:
        return []
    out: list[Candidate] = []

    def add(fact: str, value, p: Paragraph, raw: str) -> None:
        out.append(Candidate(fact, value, Source(doc.path, Where.paragraph(p.index + 1)), "text", clean_text(raw)))

    if doc.kind in REPLY_KINDS:
        number = doc_number(lines)
        if number:
            add("approval_number", number[1], number[0], number[1])
        addressee = addressee_line(lines)
        if addressee:
            add("project_unit", addressee[1], addressee[0], addressee[0].text)
        subject = subject_name(lines)
        if subject:
            add("project_name", subject[1], subject[0], subject[0].text)
    if doc.kind in REPORT_KINDS:
        sub = report_subtitle(lines)
        if sub:
            add("project_name", sub[1], sub[0], sub[0].text)
    fact = date_facts().get(doc.kind or "")
    if fact:
        signed = signing_date(lines)
        if signed:
            add(fact, signed[1], signed[0], signed[0].text)
    return out


def doc_number(lines: list[Paragraph]) -> tuple[Paragraph, str] | None:
    """The 发文字号 standing alone on one of the first lines."""
    for p in lines[:HEAD_PARAGRAPHS]:
        m = _DOC_NUMBER.match(_norm(p.text))
        if m:
            return p, re.sub(r"\s+", "", m.group(1))
    return None


def addressee_line(lines: list[Paragraph]) -> tuple[Paragraph, str] | None:
    """The one unit a reply is addressed to, when the next line answers it (你局… / 报来…收悉)."""
    for i, p in enumerate(lines[:HEAD_PARAGRAPHS]):
        t = _norm(p.text)
        m = _ADDRESSEE.match(t)
        if not m:
            continue
        unit = re.sub(r"\s+", "", m.group(1))
        if _CIRCULAR.search(unit) or i + 1 >= len(lines):
            return None
        if not _ANSWERED.search(_norm(lines[i + 1].text)):
            return None
        return p, unit
    return None


def subject_name(lines: list[Paragraph]) -> tuple[Paragraph, str] | None:
    """The project named by the subject: the title 关于XX的批复, else the request the reply
    answers (报来《关于报批XX可行性研究报告的请示》). The thing approved is cut off."""
    for p in lines[:HEAD_PARAGRAPHS]:
        t = _norm(p.text)
        if len(t) > 80 or not t.startswith("关于"):
            continue
        name = _subject_project(t)
        if name:
            return p, name
    # the quoted request, which a page may break over lines (可行性研究报告(代项目。/建议书。/)的请示》)
    head = lines[:HEAD_PARAGRAPHS + 2]
    joined = "".join(_norm(p.text) for p in head)
    m = re.search(r"《\s*(关于.{4,120}?)》", joined)
    if m:
        name = _subject_project(m.group(1))
        if name:
            start = joined.find(m.group(1))
            pos = 0
            for p in head:
                pos += len(_norm(p.text))
                if pos > start:
                    return p, name
    return None


def _subject_project(text: str) -> str | None:
    m = _SUBJECT.search(text.replace("。", ""))
    if not m:
        return None
    s = m.group("s").strip()
    s = _LEADING_VERBS.sub("", s).strip()
    inner = re.search(r"[<《〈]([^<>《》〈〉]{4,})[>》〉]", s)  # 关于审批<XX项目建议书>的请示
    if inner:
        s = inner.group(1)
    cut = _APPROVED.search(s)
    if not cut or cut.start() == 0:
        return None  # a subject that approves no project document names no project
    name = s[: cut.start()].strip(" 的之")
    return name if len(name) >= 4 else None


def report_subtitle(lines: list[Paragraph]) -> tuple[Paragraph, str] | None:
    """(电子政务运行维护项目) in brackets on the line under a report's title."""
    for prev, p in zip(lines[:3], lines[1:4]):
        t = _norm(p.text)
        m = re.fullmatch(r"[(（]\s*([^()（）]{4,40})\s*[)）]", t)
        if m and re.search(r"报告|评价|自评", _norm(prev.text)):
            return p, m.group(1).strip()
    return None


def signing_date(lines: list[Paragraph]) -> tuple[Paragraph, object] | None:
    """The 落款 date: the first line after the body's opening that holds a full date and nothing
    else; failing that (a 落款 printed unreadably), a date line in the head of a published page
    (文号 / 发布机构 / 2022.06.29 before the addressee)."""
    body = _body_start(lines)
    head: tuple[Paragraph, object] | None = None
    for i, p in enumerate(lines):
        t = _norm(p.text).replace(" ", "")
        if not _DATE_LINE.match(t):
            continue
        d = parse_date(t)
        if not d:
            continue
        if i > body:
            return p, d
        head = head or (p, d)
    return head


def _body_start(lines: list[Paragraph]) -> int:
    """Index of the first body paragraph (the one answering the addressee, or the third line)."""
    for i, p in enumerate(lines[:HEAD_PARAGRAPHS + 2]):
        if _ANSWERED.search(_norm(p.text)) and i > 0:
            return i
    return 1


@lru_cache(maxsize=1)
def date_facts() -> dict[str, str]:
    return dict(documents_data().get("date_facts") or {})
