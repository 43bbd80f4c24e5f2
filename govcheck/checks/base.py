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

    def documents_of(self, kinds: list[str]) -> list[Document]:
        return [d for d in self.documents if d.kind in kinds]


def not_decided(u: Unknown, what: str = "") -> "Verdict":
    from ..model import NotEvaluated

    facts = sorted(u.facts)
    reason = f"fact {', '.join(facts)} unknown" + (f" ({what})" if what else "")
    return NotEvaluated(reason=reason, facts=facts)


@dataclass(frozen=True)
class CheckKind:
    name: str
    Params: type[Params]
    evaluate: Callable[[Any, CheckContext], list[Verdict]]
    # Plain-language summary of the numbers, for `rules show` and docs/rules.
    describe: Callable[[Any, str], str]
