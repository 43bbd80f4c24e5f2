"""The rule-pack schema: what a `rules/<id>.yaml` may say, validated with unknown keys forbidden.

A rule is an instance of one check kind (the closed set in ``govcheck.checks.registry``); its
``params`` are validated by that kind's own ``Params`` model, so a typo in a number's key is an
error naming the file, the rule and the field — never a rule that silently never fires.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..model import STAGES, Severity
from .expressions import check_condition_shape

Stage = Literal[
    "application", "approval", "construction", "adjustment", "acceptance", "evaluation", "operation"
]
assert set(Stage.__args__) == set(STAGES)  # type: ignore[attr-defined]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Text(Strict):
    """A message in both languages. Chinese is the users' language and always required."""

    zh: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh


class Citation(Strict):
    article: int = Field(ge=1)
    paragraph: int | None = Field(default=None, ge=1)  # 第N款
    item: int | None = Field(default=None, ge=1)  # 第(N)项
    quote: str  # exact substring of the seed ("A … B" joins two places)
    article_inferred: bool = False  # Hunan: the heading is missing in the seed (catalog §1.0)


class SeverityWhen(Strict):
    when: dict[str, Any]
    severity: Severity
    reason: str

    @field_validator("when")
    @classmethod
    def _shape(cls, v: dict[str, Any]) -> dict[str, Any]:
        check_condition_shape(v, "severity_when.when")
        return v


class Rule(Strict):
    id: str  # the catalogue id, e.g. TL-14b; the full id is <pack>/<id>
    catalog: list[str] = Field(min_length=1)
    check: str
    stages: list[Stage] = Field(min_length=1)
    severity: Severity
    when: dict[str, Any] | None = None
    params: dict[str, Any] = Field(default_factory=dict)
    message: Text  # a template: {placeholders} are filled by the check kind
    hint: Text
    citation: Citation
    rationale: str | None = None  # how the seed was read (catalog §A refs) where it is not plain
    severity_when: list[SeverityWhen] = Field(default_factory=list)
    # Parsed params, filled by the validator from the check kind's own model.
    parsed: Any = Field(default=None, exclude=True)

    @field_validator("when")
    @classmethod
    def _when_shape(cls, v: dict[str, Any] | None) -> dict[str, Any] | None:
        if v is not None:
            check_condition_shape(v, "when")
        return v

    @model_validator(mode="after")
    def _params_fit_check(self) -> "Rule":
        from ..checks.registry import CHECK_KINDS

        kind = CHECK_KINDS.get(self.check)
        if kind is None:
            raise ValueError(
                f"check: unknown check kind '{self.check}'; one of {sorted(CHECK_KINDS)}"
            )
        self.parsed = kind.Params.model_validate(self.params)
        return self


class NotChecked(Strict):
    catalog: str
    reason: str


class Detection(Strict):
    """Words in documents that point to this jurisdiction (for detection without -j)."""

    names: list[str] = Field(default_factory=list)  # each hit is evidence
    requires_any: list[str] = Field(default_factory=list)  # at least one must also appear


class PackInfo(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_-]*$")
    name: Text
    document: str | None  # 文号; None where the seed prints none (say so in notes)
    issued: date | None = None
    effective: date | None = None
    source: str  # seed text file, relative to the pack file
    catalog_prefix: str
    notes: list[str] = Field(default_factory=list)
    detect: Detection = Field(default_factory=Detection)


class Pack(Strict):
    pack: PackInfo
    rules: list[Rule]
    not_checked: list[NotChecked] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique(self) -> "Pack":
        seen: set[str] = set()
        for r in self.rules:
            if r.id in seen:
                raise ValueError(f"rules: duplicate rule id {r.id}")
            seen.add(r.id)
        covered = {c for r in self.rules for c in r.catalog}
        for n in self.not_checked:
            if n.catalog in covered:
                raise ValueError(f"not_checked: {n.catalog} is also implemented by a rule")
        return self

    def rule(self, rule_id: str) -> Rule | None:
        short = rule_id.split("/", 1)[-1]
        return next((r for r in self.rules if r.id == short), None)
