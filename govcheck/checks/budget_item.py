"""budget_item: a budget sheet must carry a line for a budget item (docs/vocabulary.md).

    params:
      item: acceptance_fee                      # budget item id
      documents: [budget_estimate, investment_estimate]   # where the line is looked for
      allow_zero_with_note: true                # 0 with a note such as 不涉及 counts as present

No budget sheet in the dossier → not_evaluated (the materials rules report the missing sheet).
"""

from __future__ import annotations

from pydantic import Field

from ..message import BudgetItemName, DocumentName, joined, phrase
from ..model import NotEvaluated, Passed, Source, Verdict, Violation
from ..vocabulary import budget_item_name
from .base import CheckContext, CheckKind, Params


class BudgetItemParams(Params):
    item: str
    documents: list[str] = Field(default_factory=lambda: ["budget_estimate", "investment_estimate"])
    allow_zero_with_note: bool = True
    positive: bool = False  # the line must have an amount > 0 (else a 0 line satisfies it)


def evaluate(p: BudgetItemParams, ctx: CheckContext) -> list[Verdict]:
    docs = {d.path for d in ctx.documents_of(p.documents)}
    if not docs:
        kinds = joined(map(DocumentName, p.documents), "list_semi")
        return [NotEvaluated(reason=phrase("no_budget", names=kinds))]
    lines = [b for b in ctx.budget_lines if b.source.file in docs and b.item == p.item]
    name = BudgetItemName(p.item)
    if not lines:
        return [Violation(message_vars={"item_name": name}, budget_item=p.item,
                          location=Source(sorted(docs)[0], None))]
    if p.positive and not any(b.amount and b.amount > 0 for b in lines):
        zero_ok = p.allow_zero_with_note and any(b.note for b in lines)
        if not zero_ok:
            b = lines[0]
            return [Violation(message_vars={"item_name": name}, budget_item=p.item,
                              location=b.source)]
    return [Passed()]


def describe(p: BudgetItemParams, lang: str) -> str:
    name = budget_item_name(p.item, lang)
    if lang == "en":
        return f"budget line '{name}' present"
    return f"预算表须列「{name}」" + ("（金额为0须注明不涉及）" if p.allow_zero_with_note else "")


KIND = CheckKind(
    "budget_item", BudgetItemParams, evaluate, describe,
    params_doc="`item: id`, `documents: [budget_estimate, investment_estimate]`, "
               "`allow_zero_with_note: true`, `positive: false`",
    placeholders=("item_name",),
    refs={"item": "budget_item", "documents": "materials"},
)
