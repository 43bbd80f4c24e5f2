"""Helpers to build a CheckContext from plain values (facts in 万元 / ISO dates)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from govcheck.checks.base import CheckContext
from govcheck.model import BudgetLine, Document, Paragraph, ResolvedFact, Source
from govcheck.report.words import render


def words(x: Any, lang: str = "zh") -> str:
    """A verdict's message, reason or note as the report would write it (they are data)."""
    return render(x, lang)


def _v(v: Any) -> Any:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return v
    return Decimal(str(v))


def make_ctx(facts: dict[str, Any] | None = None, kinds: list[str] = (), docs: list[Document] = (),
             lines: list[BudgetLine] = (), as_of: date = date(2026, 11, 22)) -> CheckContext:
    resolved = {k: ResolvedFact(k, _v(v), Source("govcheck.yaml", f"facts.{k}"), "manifest")
                for k, v in (facts or {}).items() if v is not None}
    documents = [Document(path=f"{k}.docx", format="docx", kind=k) for k in kinds] + list(docs)
    return CheckContext(facts=resolved, documents=documents, budget_lines=list(lines), as_of=as_of)


def doc(kind: str, *paragraphs: str, headings: tuple[str, ...] = (), path: str | None = None,
        has_text: bool = True) -> Document:
    paras = [Paragraph(h, 1, i) for i, h in enumerate(headings)]
    paras += [Paragraph(t, 0, len(paras) + i) for i, t in enumerate(paragraphs)]
    return Document(path=path or f"{kind}.docx", format="docx", kind=kind, paragraphs=paras,
                    has_text=has_text)


@pytest.fixture
def ctx_factory():
    return make_ctx
