"""classify: give each document a kind of docs/vocabulary.md (or none), with the evidence.

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


from ..memo import PerVocabulary
from ..model import Document
from ..vocabulary import DATA, DocumentKind, document_kinds, load_data

# The compiled kinds and the answers of match_text for the document kinds in force, kept per
# vocabulary (govcheck/memo.py): lru_caches here were cleared and rebuilt for every dossier.
_PER_VOCABULARY = PerVocabulary(document_kinds)

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
_SENTENCE = re.compile(r"[，。；！？]|[,;!?]")
# A line that only names an organisation (the 落款 issuer, 平顶山市…领导小组) is no title.
_ORGANISATION = re.compile(r"(领导小组|委员会|办公室|办公厅|人民政府|政府|[局厅委办院部处科]|中心|公司|小组|学校|大学|小学|中学)$")
# An addressee line (市卫生健康委员会：), a 文号 line (X发改审〔2024〕5号) or an attachment list
# line (附件：…概算核定表) is no title either.
_NOT_TITLE = re.compile(r"^(附件\s*\d*\s*[:：].+|.{1,40}[:：]|.{0,20}[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d+\s*号)$")
# A body paragraph opening with its own title (run in: "1、XX报告一、基本情况(一)…").
_RUN_IN = re.compile(r"^(.{6,60}?(?:报告|报告书|自评表|评价表|方案|批复|合同|申请书|申请表))(?=[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章节]|\s|$)")
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
    return load_data("documents.yaml")  # parsed once, with the C loader


def _record(kind_id: str) -> dict:
    return next((d for d in documents_data()["documents"] if d["id"] == kind_id), {})


def _by_id() -> dict[str, _Kind]:
    return _PER_VOCABULARY.get("by_id", lambda: {k.id: k for k in _kinds()})


def _compile(p: str) -> tuple[str, ...]:
    return tuple(part for part in (normalize(x) for x in p.split("*")) if part)


def _kinds() -> tuple[_Kind, ...]:
    return _PER_VOCABULARY.get("kinds", lambda: tuple(_prepare(k) for k in document_kinds()))


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


def match_text(text: str) -> tuple[str | None, bool]:
    """The kind a name or title denotes, and whether the match is strong (see module doc)."""
    return _PER_VOCABULARY.get(("match", text), lambda: _match_text(text))


def _match_text(text: str) -> tuple[str | None, bool]:
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
    paragraphs among them (a long first paragraph that opens with its own title lends that
    title); then the first cells of the first .docx table (a form's title row); for workbooks
    the first non-empty string cells of the first sheet, then that sheet's name. Numbered
    section headings (第五章 投资估算, 一、…), body text (long lines, lines with ，。；！？),
    addressee, 文号, attachment-list and organisation-name lines are skipped.
    """
    return [(label, line) for label, line, _ in _title_lines(doc)]


def _title_lines(doc: Document) -> list[tuple[str, str, int]]:
    """(label, text, paragraph position) — the position orders titles against body formulae."""
    out: list[tuple[str, str, int]] = []
    first = [p for p in doc.paragraphs if p.text and p.text.strip()][:TITLE_PARAGRAPHS]
    pos = {id(p): i for i, p in enumerate(first)}
    ordered = [p for p in first if p.level > 0] + [p for p in first if p.level <= 0]
    for p in ordered:
        line = _title_candidate(p.text)
        if line is None and pos[id(p)] == 0:
            line = _run_in_title(p.text)
        if line:
            out.append(("标题", line, pos[id(p)]))
    late = TITLE_PARAGRAPHS
    if doc.tables and doc.tables[0].rows:
        # a form's title in its first row (部门预算项目支出绩效自评表(2023年度) | | …)
        cells = list(dict.fromkeys(c.strip() for c in doc.tables[0].rows[0] if c and c.strip()))
        if len(cells) <= 2:
            for v in cells:
                line = _title_candidate(v)
                if line:
                    out.append(("标题", line, late))
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
                    out.append(("标题", line, late))
            if rows >= TITLE_SHEET_ROWS:
                break
        if sheet.name and not re.fullmatch(r"(?i)sheet\s*\d*", sheet.name.strip()):
            out.append(("工作表", sheet.name.strip(), late))
    return out


def _title_candidate(text: str) -> str | None:
    line = " ".join(text.split())
    if not line or _SECTION.match(unicodedata.normalize("NFKC", line)):
        return None
    if len(normalize(line)) > TITLE_MAX_CHARS or _SENTENCE.search(line):
        return None
    n = unicodedata.normalize("NFKC", line).strip()
    if _NOT_TITLE.match(n) or _ORGANISATION.search(_strip_bracketed(n)):
        return None
    return line


def _run_in_title(text: str) -> str | None:
    """The title a long first paragraph opens with ("1、XX自评报告一、基本情况…" → XX自评报告)."""
    t = strip_numbering(unicodedata.normalize("NFKC", text))
    m = _RUN_IN.match(t)
    return " ".join(m.group(1).split()) if m else None


# --------------------------------------------------------------------------- non-materials


def non_material(text: str) -> bool:
    """True when a title names a measure, notice, guide … (documents.yaml non_material_titles)
    and no kind's pattern reaches its last word: "…可行性研究报告编制指南", "关于印发…验收办法
    的通知" are no materials; "关于XX项目立项的通知" (立项*通知) and "网络安全管理制度" are."""
    t = _BRACKET_CHARS.sub("", _strip_bracketed(unicodedata.normalize("NFKC", text).translate(_DASHES)))
    whole = normalize(t)
    if not whole or not whole.endswith(_non_material_nouns()):
        return False
    return not any((span := _kind_span(k, whole)) and span[1] == len(whole) for k in _kinds())


@lru_cache(maxsize=1)
def _non_material_nouns() -> tuple[str, ...]:
    return tuple(normalize(w) for w in documents_data().get("non_material_titles") or ())


# --------------------------------------------------------------------------- formulae


@dataclass(frozen=True)
class _Formula:
    kind: str | None
    all: tuple[tuple[str, ...], ...]
    any: tuple[tuple[str, ...], ...]


@lru_cache(maxsize=1)
def _formulae() -> tuple[_Formula, ...]:
    out = []
    for f in documents_data().get("formulae") or ():
        out.append(_Formula(f.get("kind"), tuple(_compile(x) for x in f.get("all") or ()),
                            tuple(_compile(x) for x in f.get("any") or ())))
    return tuple(out)


FORMULA_PARAGRAPHS = 12  # the opening of the body, where 收悉 / 批复如下 / 印发给你们 stand


def body_formula(doc: Document) -> tuple[str | None, str, int] | None:
    """(kind or None, the paragraph showing it, its position) for the first standard formula
    (documents.yaml formulae) in the opening paragraphs; None when there is none. Parts of one
    formula may stand in different paragraphs (收悉 … 批复如下); the position is the last one."""
    first = [p for p in doc.paragraphs if p.text and p.text.strip()][:FORMULA_PARAGRAPHS]
    texts = [normalize(p.text) for p in first]
    for f in _formulae():
        for end in range(len(texts)):
            joined = "".join(texts[: end + 1])
            if all(_find(x, joined) for x in f.all) and any(_find(x, texts[end]) for x in f.any):
                return f.kind, " ".join(first[end].text.split())[:60], end
    return None


# --------------------------------------------------------------------------- API


def classify_document(doc: Document) -> tuple[str | None, str | None]:
    """(kind, evidence) for one document: evidence is "标题：…", "正文：…" or "文件名：…".

    What the document says of itself decides before its file name: a title naming a material
    (strong match), then a title naming a notice / measure / guide (no kind), then a standard
    formula of the body (经研究，批复如下 → approval_reply; 现印发给你们 → no kind), then the file
    name, then weak matches. When the title overrides a file name that says otherwise, the
    evidence says so.
    """
    name_kind, name_strong = match_text(stem(doc.name))
    formula = body_formula(doc)
    title: tuple[str, str, int] | None = None  # (kind, evidence, position)
    title_weak: tuple[str, str] | None = None
    blocked: tuple[str, int] | None = None
    loose: tuple[str, str, int] | None = None  # strong, but the kind is not the title's last word
    for label, line, pos in _title_lines(doc):
        text = strip_numbering(line)
        if non_material(text):
            blocked = blocked or (f"{label}：{line}", pos)
            break
        kind, strong = match_text(text)
        if kind and strong and not head_final(text, kind):
            kind = _head_final_kind(text) or kind  # 2025年度绩效考评报告: 绩效考评, not 年度绩效
        if kind and strong:
            if head_final(text, kind):
                title = (kind, f"{label}：{line}", pos)
                break
            loose = loose or (kind, f"{label}：{line}", pos)
            continue
        if kind and title_weak is None:
            title_weak = (kind, f"{label}：{line}")
    title = title or (loose if not blocked else None)
    if formula and formula[0] is None and (title is None or formula[2] < title[2]):
        return None, f"正文：{formula[1]}（转发/印发他件，本身不是项目材料）"
    if title:
        kind, evidence, _ = title
        if name_kind and name_strong and name_kind != kind:
            if _kind_span(_by_id()[kind], normalize(stem(doc.name))):
                # the name says more of the same document (合同备案回执 over a 技术服务合同 title)
                return name_kind, f"文件名：{doc.name}"
            evidence += f"（文件名《{doc.name}》所示类别不同，以标题为准）"
        return kind, evidence
    if blocked:
        if name_kind and name_strong and _kind_span(_by_id()[name_kind], normalize(blocked[0])):
            # 年度计划下达文件.docx titled 关于下达…年度计划的通知: the notice is that material
            return name_kind, f"文件名：{doc.name}"
        return None, f"{blocked[0]}（通知/办法/指南等，不是项目材料）"
    if formula and formula[0]:
        return formula[0], f"正文：{formula[1]}"
    if name_kind and name_strong:
        return name_kind, f"文件名：{doc.name}"
    if name_kind:
        return name_kind, f"文件名：{doc.name}"
    if title_weak:
        return title_weak
    return None, None


_GENERIC_TAIL = re.compile(r"^(?:的|之|项目|工作)?(?:报告书?|表|书|文件|材料|情况|说明|汇总表|意见|函|文本|全文|稿)*$")


def head_final(text: str, kind: str) -> bool:
    """Whether the kind is what the title ends with — its head noun — and not a word earlier in
    it ("预算绩效管理" names a budget only in passing; "…绩效单位自评报告" is a 绩效自评报告)."""
    t = _BRACKET_CHARS.sub("", _strip_bracketed(unicodedata.normalize("NFKC", text).translate(_DASHES)))
    whole = normalize(t)
    span = _kind_span(_by_id()[kind], whole)
    return bool(span) and bool(_GENERIC_TAIL.match(whole[span[1]:]))


def _head_final_kind(text: str) -> str | None:
    """The first kind (in documents.yaml order) that is the title's head noun, if any."""
    t = _BRACKET_CHARS.sub("", _strip_bracketed(unicodedata.normalize("NFKC", text).translate(_DASHES)))
    whole = normalize(t)
    for k in _kinds():
        span = _kind_span(k, whole)
        if span and _GENERIC_TAIL.match(whole[span[1]:]):
            return k.id
    return None


def qualifiers(doc: Document) -> list[str]:
    """The kinds a document also stands for, from qualifiers beside its name or title
    (可研（代初步设计） → preliminary_design; 实施方案（三合一） → project_proposal, 可研, 初步设计)."""
    texts = [normalize(doc.name)] + [normalize(line) for _, line, _ in _title_lines(doc)[:3]]
    out: list[str] = []
    for q in documents_data().get("qualifiers") or ():
        if any(normalize(w) in t for w in q["words"] for t in texts):
            out += [k for k in q["stands_for"] if k != doc.kind and k not in out]
    return out


def classify(documents: list[Document]) -> None:
    """Set ``kind`` and ``kind_evidence`` on every document (None/None when unclassifiable)."""
    for doc in documents:
        doc.kind, doc.kind_evidence = classify_document(doc)
        if doc.kind:
            doc.stands_for = qualifiers(doc)
