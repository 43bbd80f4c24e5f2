"""What every check kind sees (CheckContext) and what it is (CheckKind)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable

from pydantic import BaseModel, ConfigDict

from ..model import BudgetLine, Document, ResolvedFact, Verdict
from ..packs.expressions import Unknown


class Params(BaseModel):
    """Base of every check kind's parameters: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid")


@dataclass
class CheckContext:
    facts: dict[str, ResolvedFact]
    documents: list[Document]
    budget_lines: list[BudgetLine] = field(default_factory=list)
    as_of: date = field(default_factory=date.today)
    lang: str = "zh"

    # FactView protocol (expressions.py)
    def value(self, fact_id: str) -> Any:
        f = self.facts.get(fact_id)
        return None if f is None else f.value

    def has_material(self, kind: str) -> bool:
        return any(d.kind == kind for d in self.documents)

    def has_qualified_material(self, kind: str, qualifier: dict[str, list[str]]) -> bool:
        """A document of the kind from the named body / about the subject (an unreadable
        issuer does not count)."""
        from .materials import Qualifier, document_qualifies

        q = Qualifier.model_validate(qualifier)
        return any(document_qualifies(d, q) is True for d in self.documents_of([kind]))

    def documents_of(self, kinds: list[str]) -> list[Document]:
        return [d for d in self.documents if d.kind in kinds]


# Why a rule could not be decided, in both languages (the report's not_evaluated section).
REASONS: dict[str, tuple[str, str]] = {
    "facts_unknown": ("事实未知：{facts}", "fact {facts} unknown"),
    "applies_unknown": ("事实未知：{facts}（无法判断本规则是否适用）",
                        "fact {facts} unknown (whether the rule applies)"),
    "no_document": ("材料包中没有{names}（{kinds}）", "no document of kind {kinds} ({names})"),
    "no_text": ("以下材料没有可读文字：{files}", "documents have no readable text: {files}"),
    "no_budget": ("材料包中没有预算表（{names}）", "no budget sheet ({names}) in the dossier"),
    "zero_base": ("基数 {facts} 为 0", "base {facts} is 0"),
    "dates_few": ("已知日期少于两个：{facts}", "fewer than two of the dates are known: {facts}"),
}


def reason(lang: str, key: str, **values: str) -> str:
    zh, en = REASONS[key]
    return (en if lang == "en" else zh).format(**values)


def not_decided(u: Unknown, lang: str) -> "Verdict":
    from ..model import NotEvaluated

    facts = sorted(u.facts)
    return NotEvaluated(reason=reason(lang, "facts_unknown", facts=", ".join(facts)), facts=facts)


@dataclass(frozen=True)
class CheckKind:
    name: str
    Params: type[Params]
    evaluate: Callable[[Any, CheckContext], list[Verdict]]
    # Plain-language summary of the numbers, for `rules show` and docs/rules.
    describe: Callable[[Any, str], str]
