"""What every check kind sees (CheckContext) and what it is (CheckKind)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable

from pydantic import BaseModel, ConfigDict

from ..message import joined, phrase
from ..model import BudgetLine, Document, NotEvaluated, ResolvedFact, Verdict
from ..packs.expressions import Unknown
from ..packs.references import expression_refs
from ..vocabulary import kinds_counting_as
from .qualify import Qualifier, document_qualifies


class Params(BaseModel):
    """Base of every check kind's parameters: unknown keys are errors."""

    # defer_build: only the kinds a run's pack uses build their validators (at start-up, all of
    # them were built on import).
    model_config = ConfigDict(extra="forbid", defer_build=True)


@dataclass
class CheckContext:
    facts: dict[str, ResolvedFact]
    documents: list[Document]
    budget_lines: list[BudgetLine] = field(default_factory=list)
    as_of: date = field(default_factory=date.today)

    # FactView protocol (expressions.py)
    def value(self, fact_id: str) -> Any:
        f = self.facts.get(fact_id)
        return None if f is None else f.value

    def has_material(self, kind: str) -> bool:
        wanted = kinds_counting_as(kind)  # a material that satisfies another in this jurisdiction
        return any(d.kind in wanted for d in self.documents)

    def has_qualified_material(self, kind: str, qualifier: dict[str, list[str]]) -> bool:
        """A document of the kind from the named body / about the subject (an unreadable
        issuer does not count)."""
        q = Qualifier.model_validate(qualifier)
        return any(document_qualifies(d, q) is True for d in self.documents_of([kind]))

    def documents_of(self, kinds: list[str]) -> list[Document]:
        wanted = {k for kind in kinds for k in kinds_counting_as(kind)}
        return [d for d in self.documents if d.kind in wanted]


def not_decided(u: Unknown) -> "Verdict":
    facts = sorted(u.facts)
    return NotEvaluated(reason=phrase("facts_unknown", facts=joined(facts, "comma")), facts=facts)


def required_in(cond: Any) -> list[str]:
    """Kinds a condition cannot hold without (a fact rule like 'the archive acceptance report
    is on file and passed'); materials under any/not are alternatives, not requirements."""
    if not isinstance(cond, dict):
        return []
    if "material" in cond:
        m = cond["material"]
        return [m] if isinstance(m, str) else []
    if "all" in cond:
        return [k for c in cond["all"] for k in required_in(c)]
    return []


@dataclass(frozen=True)
class CheckKind:
    """A check kind and its contract: what its params are, which of them name vocabulary ids,
    which placeholders its messages may use, and how the checklist and docs describe it. The
    loader, the linter, the checklist and `rules compare` ask the kind instead of guessing from
    key names."""

    name: str
    Params: type[Params]
    evaluate: Callable[[Any, CheckContext], list[Verdict]]
    # Plain-language summary of the numbers, for `rules show` and docs/rules (a renderer of
    # the rule itself, so it takes the language).
    describe: Callable[[Any, str], str]
    # The params column of docs/pack-format.md (generated from here).
    params_doc: str = ""
    # Placeholders its messages may use besides fact ids and parameter names.
    placeholders: tuple[str, ...] = ()
    # param key → what it holds: fact | facts (a list of fact ids) | material | materials |
    # budget_item | expr (a value expression) | condition; nested keys as 'expect.fact'.
    refs: dict[str, str] = field(default_factory=dict)
    # Material kinds a rule of this kind makes due (the checklist's rows), from its parsed params.
    due_materials: Callable[[Any], list[str]] = lambda parsed: []
    # Whether the dossier is inside the rule's band (tier): True / False / Unknown; None: no band.
    in_band: Callable[[Any, CheckContext], Any] | None = None


def references(kind: CheckKind, params: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(category: fact | material | budget_item, id, field path) for the vocabulary ids a rule's
    params name, read through the kind's declaration."""
    out: list[tuple[str, str, str]] = []
    for key, category in kind.refs.items():
        value: Any = params
        for part in key.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if value is None:
            continue
        where = f"params.{key}"
        if category in ("fact", "material", "budget_item") and isinstance(value, str):
            out.append((category, value, where))
        elif category in ("facts", "materials") and isinstance(value, list):
            out += [(category[:-1], v, f"{where}[{i}]") for i, v in enumerate(value) if isinstance(v, str)]
        elif category in ("expr", "condition"):
            out += expression_refs(value, where)
    return out
