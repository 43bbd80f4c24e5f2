"""content: a document of given kinds must contain a section or wording.

    params:
      documents: [feasibility_study_report, preliminary_design, implementation_plan]
      phrases: [数据资源共享分析]     # any one of them satisfies the rule …
                                     # (messages get {file} as 《name》, {phrases} joined by /)
      match: any                     # … or, with match: all, every one must appear
      each: true                     # every such document must contain it (false: at least one)
      headings_only: false           # true: only headings count (a chapter 篇/章 is required)

Matching ignores white space (seed and document texts break lines anywhere). A dossier without
any such document, or whose documents have no text (a scanned PDF), cannot be decided: the
rule goes to not_evaluated with that reason; the materials rules report the missing document.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field

from ..location import Where
from ..message import DocumentName, FileName, joined, phrase
from ..model import Document, NotEvaluated, Passed, Source, Verdict, Violation
from ..vocabulary import document_name
from .base import CheckContext, CheckKind, Params

_SPACE = re.compile(r"\s+")


class ContentParams(Params):
    documents: list[str] = Field(min_length=1)
    phrases: list[str] = Field(min_length=1)
    match: Literal["any", "all"] = "any"
    each: bool = True
    headings_only: bool = False


def squash(text: str) -> str:
    return _SPACE.sub("", text)


def _where(doc: Document, p: ContentParams) -> Where | None:
    """Where the wording stands (the first place; with match: all, every phrase must), else None."""
    if p.match == "all":
        places = [_where_any(doc, [x], p.headings_only) for x in p.phrases]
        return None if None in places else places[0]
    return _where_any(doc, p.phrases, p.headings_only)


def _where_any(doc: Document, phrases: list[str], headings_only: bool) -> Where | None:
    wanted = [squash(x) for x in phrases]
    for para in doc.paragraphs:
        if headings_only and para.level == 0:
            continue
        t = squash(para.text)
        if any(w in t for w in wanted):
            return Where.paragraph(para.index + 1)
    if headings_only:
        return None
    for table in doc.tables:
        for r, row in enumerate(table.rows):
            if any(w in squash(" ".join(row)) for w in wanted):
                return Where.row(table.index + 1, r + 1)
    for sheet in doc.sheets:
        for r, row in enumerate(sheet.rows):
            line = squash(" ".join(str(v) for v in row if v is not None))
            if any(w in line for w in wanted):
                return Where.sheet_row(sheet.name, r + sheet.first_row)
    return None


def evaluate(p: ContentParams, ctx: CheckContext) -> list[Verdict]:
    docs = ctx.documents_of(p.documents)
    if not docs:
        return [NotEvaluated(reason=phrase("no_document", names=joined(map(DocumentName, p.documents)),
                                           kinds=joined(p.documents, "comma")))]
    texts = [d for d in docs if d.readable and d.has_text]
    if not texts:
        return [NotEvaluated(reason=phrase("no_text", files=joined((d.path for d in docs), "comma")))]
    found = {d.path: _where(d, p) for d in texts}
    lacking = [d for d in texts if found[d.path] is None]
    if p.each:
        return [
            Violation(
                message_vars={"file": FileName(d.path), "phrases": " / ".join(p.phrases)},
                material=d.kind,
                location=_loc(d),
            )
            for d in lacking
        ] or [Passed()]
    if len(lacking) == len(texts):
        d = lacking[0]
        return [Violation(message_vars={"file": FileName(d.path), "phrases": " / ".join(p.phrases)},
                          material=d.kind, location=_loc(d))]
    return [Passed()]


def _loc(d: Document) -> Source:
    return Source(d.path, Where.whole())  # the wording is absent from the whole document


def describe(p: ContentParams, lang: str) -> str:
    docs = ("; " if lang == "en" else "、").join(document_name(k, lang) for k in p.documents)
    phrases = (" + " if p.match == "all" else " / ").join(p.phrases)
    if lang == "en":  # the phrases are the documents' own wording: quoted
        phrases = (" + " if p.match == "all" else " / ").join(f"“{x}”" for x in p.phrases)
        return f"{docs} must contain: {phrases}" + (" (as a heading)" if p.headings_only else "")
    return f"{docs} 须包含：{phrases}" + ("（作为章节标题）" if p.headings_only else "")


KIND = CheckKind(
    "content", ContentParams, evaluate, describe,
    params_doc="`documents: [kind…]`, `phrases: [..]`, `match: any\\|all`, `each: true`, "
               "`headings_only: false`",
    placeholders=("file", "phrases"),
    refs={"documents": "materials"},
)
