"""materials: documents of given kinds must be in the dossier.

    params:
      requires: [construction_summary, audit_report]   # each missing kind is one finding
      any_of: false     # true: one document of any listed kind is enough (one finding if none)
"""

from __future__ import annotations

from pydantic import Field

from ..model import Passed, Verdict, Violation
from ..vocabulary import document_name
from .base import CheckContext, CheckKind, Params


class MaterialsParams(Params):
    requires: list[str] = Field(min_length=1)
    any_of: bool = False


def missing_materials(requires: list[str], any_of: bool, ctx: CheckContext) -> list[Verdict]:
    """Shared by tier rules, which require materials inside an amount band."""
    present = [k for k in requires if ctx.has_material(k)]
    if any_of:
        if present:
            return [Passed()]
        names = " / ".join(document_name(k, ctx.lang) for k in requires)
        return [Violation(message_vars={"material_name": names}, material=requires[0])]
    out: list[Verdict] = []
    for kind in requires:
        if kind not in present:
            out.append(
                Violation(
                    message_vars={"material_name": document_name(kind, ctx.lang)}, material=kind
                )
            )
    return out or [Passed()]


def evaluate(p: MaterialsParams, ctx: CheckContext) -> list[Verdict]:
    return missing_materials(p.requires, p.any_of, ctx)


def describe(p: MaterialsParams, lang: str) -> str:
    names = [document_name(k, lang) for k in p.requires]
    if lang == "en":
        return ("one of: " if p.any_of else "requires: ") + "; ".join(names)
    return ("须提交其一：" if p.any_of else "须提交：") + "、".join(names)


KIND = CheckKind(
    "materials", MaterialsParams, evaluate, describe,
    params_doc="`requires: [kind…]`, `any_of: false`",
    placeholders=("material_name",),
    refs={"requires": "materials"},
    due_materials=lambda p: list(p.requires),
)
