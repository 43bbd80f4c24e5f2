"""classify: give each document a kind from catalog §8.1 (or none), with the evidence.

The kinds, their patterns and their ORDER live in ``govcheck/data/documents.yaml``: the first
kind whose pattern matches a text wins, so more specific kinds come first there (可研批复 is an
approval_reply, 监理合同 a supervision_contract, 等保测评报告 an mlps_test_report …).

What is matched
---------------
1. The file name, without its extension and without leading numbering (附件5-, 附件5、, 附表1：,
   01_, (3), 【3】, 3. …).
2. When the name says nothing (附件5.docx, 材料3.pdf, scan001.pdf) — or only matched weakly,
   see below — the document's title: its first few short, non-empty paragraphs (headings first),
   or for a workbook the first non-empty cells of the first sheet and then its name.

Texts are normalised before matching: full-width → half-width (NFKC), lower case, no spaces or
separators, no quotes or 《》. Bracketed asides are tried without their content first
("可研报告（代项目建议书）" is matched as "可研报告"), then with it ("附件3（项目概算表）").

Strong and weak matches
-----------------------
Real names put the document type last, after the project name: "XX市数字档案馆建设项目可行性
研究报告", "关于XX系统项目可研的批复". The project name may itself hold words of other kinds
(档案, 信创, 预算管理, 支付平台 …). So each text is first matched on its *tail*, the part after
the last 项目 / 工程 / 系统 / 平台, and on each of its separator-delimited segments
("验收报告-XX管理平台"); a match there is **strong**. Failing that the whole text is matched; a
match that reaches into the last 项目/工程/系统/平台 ("项目备案表") is strong too, one lying wholly
inside the project-name part ("XX局信创改造项目") is **weak**. Kinds marked ``wrapper`` in the
data (请示, 批复) say only *that* something is asked or granted; when one matched on the tail, an
earlier kind whose match starts before the project name and reaches into the tail wins
("关于调整XX项目概算的请示" → adjustment_request, "关于拨付XX项目资金的请示" → payment_record).

Decision rule (first that applies):
    strong name match  >  strong title match  >  weak name match  >  weak title match  >  None.
A document is never guessed: no pattern, no kind. Unreadable documents are classified by name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .model import Document
from .vocabulary import DATA, DocumentKind, document_kinds

# The last of these in a name/title ends the project-name part.
DELIMITERS = ("项目", "工程", "系统", "平台")

# How many non-empty paragraphs / sheet rows are looked at for a title, and how long a title may be.
TITLE_PARAGRAPHS = 8
TITLE_SHEET_ROWS = 3
TITLE_MAX_CHARS = 60

_DASHES = str.maketrans({c: "-" for c in "—–－‐‑‒―─"})
_SEPARATORS = re.compile(r"[-_|/\\·•~+,;、:]+")
_SEGMENTS = re.compile(r"[-_|/\\·•~+,;、:\s]+")  # also spaces: "验收报告 XX平台"
_DROP = re.compile(r"[\s\"'“”‘’《》〈〉<>「」『』.。!?]")
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】|〔[^〔〕]*〕|〖[^〖〗]*〗|\{[^{}]*\}")
_BRACKET_CHARS = re.compile(r"[()\[\]【】〔〕〖〗{}]")

_CN_NUM = "一二三四五六七八九十〇零"
# Leading numbering of a file name or title line, applied repeatedly.
_LEADING = re.compile(
    rf"""^\s*(?:
        (?:附件|附表|附图|attachment|annex)\s*[(\[【]?\s*[0-9{_CN_NUM}]*(?:[-.．_][0-9]+)*\s*[)\]】]?
      | [(\[【]\s*(?:附件|附表)?\s*[0-9{_CN_NUM}]+(?:[-.．_][0-9]+)*\s*[)\]】]
      | [0-9]+(?:[-.．_][0-9]+)*(?=[-_、.．:：\s)）]|$)
      | [{_CN_NUM}]+(?=[、.．])
    )\s*[-_、.．:：\s]*""",
    re.IGNORECASE | re.VERBOSE,
)
# A title line that is a numbered section heading of the body (第五章 投资估算, 一、…, 1.2 …).
_SECTION = re.compile(
    rf"^\s*(?:第[0-9{_CN_NUM}百]+[章节条部分篇]|[{_CN_NUM}]+[、.．]|[(（][{_CN_NUM}0-9]+[)）]"
    r"|[0-9]+(?:\.[0-9]+)*[、.．\s])"
)
# Sentence punctuation: the line is body text, not a title.
_SENTENCE = re.compile(r"[，。；！？]|[,;!?]\s")
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,5}$")


# --------------------------------------------------------------------------- normalisation


def normalize(text: str) -> str:
    """Full-width → half-width, lower case, no spaces, separators, quotes or title marks."""
    t = unicodedata.normalize("NFKC", text).lower().translate(_DASHES)
    t = _SEPARATORS.sub("", t)
    return _DROP.sub("", t)


def strip_numbering(text: str) -> str:
    """Remove leading 附件5- / 01_ / (3) … (repeatedly: "01_附件3-概算表" → "概算表")."""
    t = unicodedata.normalize("NFKC", text).translate(_DASHES).strip()
    for _ in range(4):
        m = _LEADING.match(t)
        if not m or m.end() == 0:
            break
        t = t[m.end() :]
    return t.strip()


def stem(file_name: str) -> str:
    """A file name without extension and leading numbering."""
    return strip_numbering(_EXTENSION.sub("", file_name.strip()))


# --------------------------------------------------------------------------- patterns


@dataclass(frozen=True)
class _Kind:
    id: str
    patterns: tuple[tuple[str, ...], ...]  # each pattern split on '*', normalised
    exclude: tuple[tuple[str, ...], ...]
    wrapper: bool = False  # 请示, 批复 …: see documents.yaml


@lru_cache(maxsize=1)
def documents_data() -> dict:
    """documents.yaml as written — for the fields vocabulary.DocumentKind does not carry
    (wrapper, indicates_stage, signal) and the stage_signals section."""
    from .vocabulary import load_data  # parsed once, with the C loader

    return load_data("documents.yaml")


def _record(kind_id: str) -> dict:
    return next((d for d in documents_data()["documents"] if d["id"] == kind_id), {})


@lru_cache(maxsize=1)
def _by_id() -> dict[str, _Kind]:
    return {k.id: k for k in _kinds()}


def _compile(p: str) -> tuple[str, ...]:
    return tuple(part for part in (normalize(x) for x in p.split("*")) if part)


@lru_cache(maxsize=1)
def _kinds() -> tuple[_Kind, ...]:
    return tuple(_prepare(k) for k in document_kinds())


def _prepare(k: DocumentKind) -> _Kind:
    return _Kind(
        id=k.id,
        patterns=tuple(c for c in (_compile(p) for p in k.patterns) if c),
        exclude=tuple(c for c in (_compile(p) for p in k.exclude) if c),
        wrapper=bool(_record(k.id).get("wrapper")),
    )


def _find(parts: tuple[str, ...], text: str) -> tuple[int, int] | None:
    """Span (start, end) of parts occurring in this order in text, reaching as far right as
    possible (earliest occurrences of the leading parts, the last occurrence of the final one)."""
    if len(parts) == 1:
        i = text.rfind(parts[0])
        return (i, i + len(parts[0])) if i >= 0 else None
    i = text.find(parts[0])
    if i < 0:
        return None
    pos = i + len(parts[0])
    for part in parts[1:-1]:
        j = text.find(part, pos)
        if j < 0:
            return None
        pos = j + len(part)
    j = text.rfind(parts[-1], pos)
    return (i, j + len(parts[-1])) if j >= 0 else None


def _kind_span(k: _Kind, text: str) -> tuple[int, int] | None:
    """The match of kind k in text reaching furthest right, or None (also when excluded)."""
    if not text or any(_find(x, text) for x in k.exclude):
        return None
    spans = [s for s in (_find(p, text) for p in k.patterns) if s]
    return max(spans, key=lambda s: s[1]) if spans else None


def _first_kind(text: str) -> str | None:
    for k in _kinds():
        if _kind_span(k, text):
            return k.id
    return None


def _last_delimiter(text: str) -> int:
    """Index of the last 项目/工程/系统/平台 in text, -1 if none."""
    return max(text.rfind(d) for d in DELIMITERS)


def _tail(text: str) -> str:
    i = _last_delimiter(text)
    if i < 0:
        return text
    d = next(d for d in DELIMITERS if text.startswith(d, i))
    return text[i + len(d) :]


def _match_variant(raw: str) -> tuple[str | None, bool]:
    """(kind, strong) for one variant of a text (raw = not yet normalised, separators kept)."""
    whole = normalize(raw)
    if not whole:
        return None, False
    cut = _last_delimiter(whole)
    # 1. the tail, after the project name; a wrapper (请示, 批复) yields to an earlier kind whose
    #    match starts in the project name and reaches into the tail (关于调整XX项目概算的请示)
    kind = _first_kind(_tail(whole))
    if kind:
        if cut >= 0 and _by_id()[kind].wrapper:
            for k in _kinds():
                if k.id == kind:
                    break
                span = _kind_span(k, whole)
                if span and span[1] > cut:
                    return k.id, True
        return kind, True
    # 2. each separator-delimited segment, on its own tail
    segments = [normalize(s) for s in _SEGMENTS.split(raw)]
    segments = [s for s in segments if s]
    if len(segments) > 1:
        for seg in segments:
            kind = _first_kind(_tail(seg))
            if kind:
                return kind, True
    # 3. the whole text: strong when the match reaches into the last delimiter
    weak: str | None = None
    for k in _kinds():
        span = _kind_span(k, whole)
        if not span:
            continue
        if span[1] > cut:
            return k.id, True
        weak = weak or k.id
    return weak, False


@lru_cache(maxsize=4096)
def match_text(text: str) -> tuple[str | None, bool]:
    """The kind a name or title denotes, and whether the match is strong (see module doc)."""
    t = unicodedata.normalize("NFKC", text).translate(_DASHES)
    core = _BRACKET_CHARS.sub("", _strip_bracketed(t))
    full = _BRACKET_CHARS.sub("", t)
    weak: str | None = None
    for variant in dict.fromkeys((core, full)):  # core first; full only if it differs
        kind, strong = _match_variant(variant)
        if kind and strong:
            return kind, True
        weak = weak or kind
    return weak, False


def _strip_bracketed(t: str) -> str:
    prev = None
    while prev != t:  # nested brackets, innermost first
        prev, t = t, _BRACKETED.sub("", t)
    return t


def kind_of(text: str) -> str | None:
    """The kind a file name or title denotes (strong or weak), or None."""
    return match_text(text)[0]


# --------------------------------------------------------------------------- titles


def title_lines(doc: Document) -> list[tuple[str, str]]:
    """Candidate title lines of a document, in the order they are tried: (label, text).

    Headings among the first TITLE_PARAGRAPHS non-empty paragraphs first, then the other
    paragraphs among them; for workbooks the first non-empty string cells of the first sheet,
    then that sheet's name. Numbered section headings (第五章 投资估算, 一、…) and body text
    (long lines, lines with ，。；！？) are skipped.
    """
    out: list[tuple[str, str]] = []
    first = [p for p in doc.paragraphs if p.text and p.text.strip()][:TITLE_PARAGRAPHS]
    ordered = [p for p in first if p.level > 0] + [p for p in first if p.level <= 0]
    for p in ordered:
        line = _title_candidate(p.text)
        if line:
            out.append(("标题", line))
    if doc.sheets:
        sheet = doc.sheets[0]
        rows = 0
        for row in sheet.rows:
            cells = [v for v in row if isinstance(v, str) and v.strip()]
            if not cells:
                continue
            rows += 1
            if len(cells) >= 3:
                continue  # a header row (序号 | 名称 | 原批复数量 …) names columns, not the sheet
            for v in cells:
                line = _title_candidate(v)
                if line:
                    out.append(("标题", line))
            if rows >= TITLE_SHEET_ROWS:
                break
        if sheet.name and not re.fullmatch(r"(?i)sheet\s*\d*", sheet.name.strip()):
            out.append(("工作表", sheet.name.strip()))
    return out


def _title_candidate(text: str) -> str | None:
    line = " ".join(text.split())
    if not line or _SECTION.match(unicodedata.normalize("NFKC", line)):
        return None
    if len(normalize(line)) > TITLE_MAX_CHARS or _SENTENCE.search(line):
        return None
    return line


# --------------------------------------------------------------------------- API


def classify_document(doc: Document) -> tuple[str | None, str | None]:
    """(kind, evidence) for one document; evidence is "文件名：…" or "标题：…"."""
    name_kind, name_strong = match_text(stem(doc.name))
    if name_kind and name_strong:
        return name_kind, f"文件名：{doc.name}"
    title_weak: tuple[str, str] | None = None
    for label, line in title_lines(doc):
        kind, strong = match_text(strip_numbering(line))
        if kind and strong:
            return kind, f"{label}：{line}"
        if kind and title_weak is None:
            title_weak = (kind, f"{label}：{line}")
    if name_kind:
        return name_kind, f"文件名：{doc.name}"
    if title_weak:
        return title_weak
    return None, None


def classify(documents: list[Document]) -> None:
    """Set ``kind`` and ``kind_evidence`` on every document (None/None when unclassifiable)."""
    for doc in documents:
        doc.kind, doc.kind_evidence = classify_document(doc)
