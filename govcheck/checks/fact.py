"""fact: a declared fact must hold (or simply be stated).

    params:
      expect: {fact: in_project_library, is: true}    # a condition over facts
      # or
      stated: project_code                            # the fact must be given somewhere

With ``expect``, an unknown fact sends the rule to not_evaluated; with ``stated``, absence is
the violation itself (the measure demands the dossier say it).
"""

from __future__ import annotations

from typing import Any

from pydantic import model_validator

from ..message import FactName
from ..model import Passed, Verdict, Violation
from ..packs.describe import condition_text
from ..packs.expressions import check_condition_shape
from ..vocabulary import fact_name
from .base import CheckContext, CheckKind, Params, required_in
from .expect import expectation


class FactParams(Params):
    expect: dict[str, Any] | None = None
    stated: str | None = None

    @model_validator(mode="after")
    def _one(self) -> "FactParams":
        if (self.expect is None) == (self.stated is None):
            raise ValueError("fact takes exactly one of expect / stated")
        if self.expect is not None:
            check_condition_shape(self.expect, "expect")
        return self


def evaluate(p: FactParams, ctx: CheckContext) -> list[Verdict]:
    if p.stated is not None:
        if ctx.value(p.stated) is None:
            return [Violation(message_vars={"fact_name": FactName(p.stated)},
                              fact=p.stated)]
        return [Passed()]
    return expectation(p.expect or {}, ctx)


def describe(p: FactParams, lang: str) -> str:
    if p.stated is not None:
        return f"{fact_name(p.stated, lang)} " + ("must be stated" if lang == "en" else "须填报")
    return condition_text(p.expect, lang)


KIND = CheckKind(
    "fact", FactParams, evaluate, describe,
    params_doc="`expect: COND` or `stated: fact`",
    placeholders=("actual", "fact_name"),
    refs={"expect": "condition", "stated": "fact"},
    due_materials=lambda p: required_in(p.expect) if p.expect else [],
)
