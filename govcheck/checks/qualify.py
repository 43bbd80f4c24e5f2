"""Qualified materials: a document of a kind that is also from the named body or about the
named subject (docs/decisions.md#D-52). Used by the materials and tier kinds and by CheckContext."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, model_validator

from ..identify.issuer import document_title, issued_by
from ..model import Document


class Qualifier(BaseModel):
    """What makes a document of a kind the one the article names (docs/decisions.md#D-52: opinions
    from the named body)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)  # as every check kind's parameters

    issued_by: list[str] = []  # bodies as the measure names them ("区大数据管理局")
    about: list[str] = []  # words of which one must be in the title or file name

    @model_validator(mode="after")
    def _something(self) -> "Qualifier":
        if not self.issued_by and not self.about:
            raise ValueError("a qualifier needs issued_by or about")
        return self


def document_qualifies(doc: Document, q: Qualifier | None) -> bool | None:
    """True / False, or None when the document names no issuing body to compare."""
    if q is None:
        return True
    if q.about:
        title = document_title(doc) + " " + doc.name
        if not any(w in title for w in q.about):
            return False
    if q.issued_by:
        return issued_by(doc, q.issued_by)
    return True
