"""absent: a wording that must NOT appear in documents of given kinds (不得垫资, 不得按标段分别验收).

    params:
      documents: [contract, procurement_documents]
      phrases: [垫资, 带资承建]        # any one of them found is a finding (one per document)
      unless: [不得垫资, 不接受垫资]   # optional: a sentence with one of these is not a hit
                                      # (the measure's own prohibition quoted in a tender)

Matching ignores white space, as content does. A dossier without such a document, or whose
documents have no text, cannot be decided (not_evaluated, saying why): absence of a phrase in a
document that is not there proves nothing.
"""

from __future__ import annotations

from pydantic import Field

from ..location import Where
from ..message import DocumentName, FileName, Place, joined
from ..message import phrase as said  # "phrase" names the wording found, below
from ..model import Document, NotEvaluated, Passed, Source, Verdict, Violation
from ..vocabulary import document_name
from .base import CheckContext, CheckKind, Params
from .content import squash


class AbsentParams(Params):
    documents: list[str] = Field(min_length=1)
    phrases: list[str] = Field(min_length=1)
    unless: list[str] = Field(default_factory=list)


def _lines(doc: Document) -> list[tuple[Where, str]]:
    """(where, text) of every paragraph, table row and sheet row."""
    out = [(Where.paragraph(p.index + 1), p.text) for p in doc.paragraphs]
    for t in doc.tables:
        out += [(Where.row(t.index + 1, r + 1), " ".join(row)) for r, row in enumerate(t.rows)]
    for sh in doc.sheets:
        out += [(Where.sheet_row(sh.name, r + sh.first_row), " ".join(str(v) for v in row if v is not None))
                for r, row in enumerate(sh.rows)]
    return out


def found_in(doc: Document, p: AbsentParams) -> tuple[Where, str] | None:
    """(where, phrase) of the first forbidden wording, or None."""
    wanted = [(x, squash(x)) for x in p.phrases]
    excused = [squash(x) for x in p.unless]
    for where, text in _lines(doc):
        t = squash(text)
        if any(e in t for e in excused):
            continue
        for phrase, w in wanted:
            if w in t:
                return where, phrase
    return None


def evaluate(p: AbsentParams, ctx: CheckContext) -> list[Verdict]:
    docs = ctx.documents_of(p.documents)
    if not docs:
        return [NotEvaluated(reason=said("no_document", names=joined(map(DocumentName, p.documents)),
                                           kinds=joined(p.documents, "comma")))]
    texts = [d for d in docs if d.readable and d.has_text]
    if not texts:
        return [NotEvaluated(reason=said("no_text", files=joined((d.path for d in docs), "comma")))]
    out: list[Verdict] = []
    for d in texts:
        hit = found_in(d, p)
        if hit:
            where, phrase = hit
            out.append(Violation(message_vars={"file": FileName(d.path), "phrase": phrase, "where": Place(where)},
                                 material=d.kind, location=Source(d.path, where)))
    return out or [Passed()]


def describe(p: AbsentParams, lang: str) -> str:
    docs = "、".join(document_name(k, lang) for k in p.documents)
    phrases = " / ".join(p.phrases)
    if lang == "en":
        return f"{docs} must not contain: {phrases}"
    return f"{docs} 不得含有：{phrases}"


KIND = CheckKind(
    "absent", AbsentParams, evaluate, describe,
    params_doc="`documents: [kind…]`, `phrases: [..]` (any one found is a finding), "
               "`unless: [..]` (a line with one of these is not a hit)",
    placeholders=("file", "phrase", "where"),
    refs={"documents": "materials"},
)
