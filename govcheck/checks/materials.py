"""materials: documents of given kinds must be in the dossier.

    params:
      requires: [construction_summary, audit_report]   # each missing kind is one finding
      any_of: false     # true: one document of any listed kind is enough (one finding if none)
      qualified:        # optional: a kind counts only when its document is from the named body
        leadership_approval: {issued_by: [市人民政府], about: [负面清单, 不能对接]}
                        # issued_by: the 落款 / seal / title names one of these bodies (issuer.py)
                        # about: the title or file name holds one of these words
      required_when:    # optional: a kind is due only under a condition (the approval step, docs/decisions.md#D-50)
        preliminary_design: {fact: approval_step, in: [初步设计概算, 合并]}

A document whose issuing body cannot be read leaves a qualified requirement undecided, never
passed; a condition that cannot be decided leaves its kind undecided (naming the facts).
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, model_validator

from ..identify.issuer import document_issuers, document_title
from ..message import DocumentName, Joined, Message, joined, phrase
from ..model import Document, NotEvaluated, Passed, Verdict, Violation
from ..packs.describe import condition_text
from ..packs.expressions import check_condition_shape, holds, is_unknown
from ..vocabulary import document_name
from .base import CheckContext, CheckKind, Params, not_decided
from .qualify import Qualifier, document_qualifies


class MaterialsParams(Params):
    requires: list[str] = Field(min_length=1)
    any_of: bool = False
    qualified: dict[str, Qualifier] = {}
    required_when: dict[str, dict[str, Any]] = {}

    @model_validator(mode="after")
    def _conditions(self) -> "MaterialsParams":
        check_required_when(self.requires, self.required_when)
        return self


def check_required_when(requires: list[str], required_when: dict[str, dict[str, Any]]) -> None:
    for kind, cond in required_when.items():
        if kind not in requires:
            raise ValueError(f"required_when: {kind} is not in requires")
        check_condition_shape(cond, f"required_when.{kind}")


def _presence(kind: str, q: Qualifier | None, ctx: CheckContext) -> tuple[bool | None, list[Document]]:
    """(present, the documents of the kind that do not qualify or cannot be told)."""
    docs = ctx.documents_of([kind])
    verdicts = [(d, document_qualifies(d, q)) for d in docs]
    if any(v is True for _, v in verdicts):
        return True, []
    others = [d for d, _ in verdicts]
    return (None if any(v is None for _, v in verdicts) else False), others


def _qualifier_note(q: Qualifier | None, others: list[Document]) -> Joined | None:
    """Why each document of the kind does not count: its subject, or who issued it."""
    if q is None or not others:
        return None
    return joined((_why_not(d, q) for d in others), "semi")


def _why_not(doc: Document, q: Qualifier) -> Message:
    title = document_title(doc) + " " + doc.name
    if q.about and not any(w in title for w in q.about):
        return phrase("not_about", file=doc.name, about=joined(q.about, "or"))
    found = document_issuers(doc)
    issuers = joined(found, "dunhao") if found else phrase("unknown")
    return phrase("issued_by_other", file=doc.name, issuers=issuers, wanted=joined(q.issued_by, "or"))


def missing_materials(requires: list[str], any_of: bool, ctx: CheckContext,
                      qualified: dict[str, Qualifier] | None = None,
                      required_when: dict[str, dict[str, Any]] | None = None) -> list[Verdict]:
    """Shared by tier rules, which require materials inside an amount band."""
    qualified = qualified or {}
    due: list[str] = []
    undecided_due: list[Verdict] = []
    for kind in requires:
        cond = (required_when or {}).get(kind)
        applies = holds(cond, ctx) if cond else True
        if is_unknown(applies):
            undecided_due.append(not_decided(applies))
        elif applies:
            due.append(kind)
    if not due:
        return undecided_due[:1] or [Passed()]
    found = [v for v in _missing(due, any_of, ctx, qualified) if not isinstance(v, Passed)]
    return found + undecided_due or [Passed()]


def _missing(requires: list[str], any_of: bool, ctx: CheckContext,
             qualified: dict[str, Qualifier]) -> list[Verdict]:
    presence = {k: _presence(k, qualified.get(k), ctx) for k in requires}
    undecided = [k for k in requires if presence[k][0] is None]
    if any_of:
        if any(presence[k][0] is True for k in requires):
            return [Passed()]
        if undecided:
            return [_issuer_unknown(undecided, ctx)]
        names = joined(map(DocumentName, requires), "slash")
        notes = [n for k in requires for n in [_qualifier_note(qualified.get(k), presence[k][1])] if n]
        return [Violation(message_vars={"material_name": names}, material=requires[0],
                          note=joined(notes, "full_semicolon") if notes else None)]
    out: list[Verdict] = []
    for kind in requires:
        present, others = presence[kind]
        if present is None:
            out.append(_issuer_unknown([kind], ctx))
        elif not present:
            out.append(
                Violation(
                    message_vars={"material_name": DocumentName(kind)}, material=kind,
                    note=_qualifier_note(qualified.get(kind), others),
                )
            )
    return out or [Passed()]


def _issuer_unknown(kinds: list[str], ctx: CheckContext) -> NotEvaluated:
    files = joined((d.name for d in ctx.documents_of(kinds)), "dunhao")
    return NotEvaluated(reason=phrase("issuer_unknown", files=files))


def evaluate(p: MaterialsParams, ctx: CheckContext) -> list[Verdict]:
    return missing_materials(p.requires, p.any_of, ctx, p.qualified, p.required_when)


def describe(p: MaterialsParams, lang: str) -> str:
    names = [material_text(k, p.qualified, p.required_when, lang) for k in p.requires]
    if lang == "en":
        return ("one of: " if p.any_of else "requires: ") + "; ".join(names)
    return ("须提交其一：" if p.any_of else "须提交：") + "、".join(names)


def material_text(kind: str, qualified: dict[str, Qualifier], required_when: dict[str, dict[str, Any]],
                  lang: str) -> str:
    """A required kind as `rules show` prints it, with the body it must come from and when it is due."""
    text = document_name(kind, lang) + _qualifier_text(qualified.get(kind), lang)
    cond = required_when.get(kind)
    if cond:
        text += f" [when {condition_text(cond, lang)}]" if lang == "en" else f"［{condition_text(cond, lang)}时］"
    return text


def _qualifier_text(q: Qualifier | None, lang: str) -> str:
    if q is None:
        return ""
    parts = []
    if q.issued_by:
        parts.append(("issued by " if lang == "en" else "由") + " / ".join(q.issued_by)
                     + ("" if lang == "en" else "出具"))
    if q.about:
        parts.append(("about " if lang == "en" else "关于") + " / ".join(q.about))
    return f" ({', '.join(parts)})" if lang == "en" else f"（{'，'.join(parts)}）"


KIND = CheckKind(
    "materials", MaterialsParams, evaluate, describe,
    params_doc="`requires: [kind…]`, `any_of: false`; optional `qualified: {kind: {issued_by: [body…], "
               "about: [word…]}}` (the document must come from the body the article names / be about "
               "the subject; an unreadable issuer → not evaluated) and `required_when: {kind: COND}` (a "
               "kind due only under a condition, e.g. `{fact: approval_step, in: [初步设计概算, 合并]}`)",
    placeholders=("material_name",),
    refs={"requires": "materials"},
    due_materials=lambda p: list(p.requires),
)
