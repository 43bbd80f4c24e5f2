"""The rule-pack schema: what a `rules/<id>.yaml` may say, validated with unknown keys forbidden.

A rule is an instance of one check kind (the closed set in ``govcheck.checks.registry``); its
``params`` are validated by that kind's own ``Params`` model when the pack is loaded
(``packs/load.py`` binds them), so a typo in a number's key is an error naming the file, the rule
and the field — never a rule that silently never fires. This module only holds the data shapes:
it imports no check kind (the kinds import the shapes, never the other way round).
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..model import Severity, Stage
from .expressions import check_condition_shape



class Strict(BaseModel):
    # defer_build: a run whose packs come from the cache (cache.load_compiled_pack) validates
    # none of these shapes, so their validators are built only when a pack is parsed.
    model_config = ConfigDict(extra="forbid", defer_build=True)


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
    article_inferred: bool = False  # the article heading is not printed in the source (Hunan)


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
    id: str  # <catalog_prefix>-<article><letter>, e.g. TL-14b; the full id is <pack>/<id>
    catalog: list[str] = Field(min_length=1)
    check: str
    stages: list[Stage] = Field(min_length=1)
    severity: Severity
    when: dict[str, Any] | None = None
    params: dict[str, Any] = Field(default_factory=dict)
    message: Text  # a template: {placeholders} are filled by the check kind
    hint: Text
    citation: Citation
    rationale: str | None = None  # how the source was read, in words, where it is not plain
    severity_when: list[SeverityWhen] = Field(default_factory=list)
    # Parsed params, filled on load by the check kind's own model (packs/load.py: bind_rules).
    parsed: Any = Field(default=None, exclude=True)

    @field_validator("when")
    @classmethod
    def _when_shape(cls, v: dict[str, Any] | None) -> dict[str, Any] | None:
        if v is not None:
            check_condition_shape(v, "when")
        return v


class VocabDocument(Strict):
    """A document kind of this jurisdiction only (same fields as govcheck/data/documents.yaml)."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    zh: str
    en: str
    stage: Stage | None = None
    patterns: list[str] = Field(min_length=1)
    exclude: list[str] = Field(default_factory=list)
    before: str | None = None  # its place in the classifier order (first match wins) …
    after: str | None = None  # … or after a kind; neither: last


class VocabFact(Strict):
    """A fact of this jurisdiction only (same fields as govcheck/data/facts.yaml)."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    zh: str
    en: str
    type: Literal["money", "date", "bool", "enum", "string", "int", "months", "list"]
    labels: list[str] = Field(default_factory=list)
    values: list[str] = Field(default_factory=list)
    aliases: dict[str, str] = Field(default_factory=dict)


class VocabBudgetItem(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    zh: str
    en: str
    labels: list[str] = Field(min_length=1)


class PackVocabulary(Strict):
    """What this jurisdiction adds to the built-in vocabulary (govcheck/packs/vocabulary_ext.py)."""

    documents: list[VocabDocument] = Field(default_factory=list)
    facts: list[VocabFact] = Field(default_factory=list)
    budget_items: list[VocabBudgetItem] = Field(default_factory=list)
    labels: dict[str, list[str]] = Field(default_factory=dict)  # fact id → more labels (exclusive here)
    patterns: dict[str, list[str]] = Field(default_factory=dict)  # kind id → more patterns
    aliases: dict[str, dict[str, str]] = Field(default_factory=dict)  # fact id → {spelling: value}
    satisfies: dict[str, list[str]] = Field(default_factory=dict)  # kind → kinds it counts as here


class ParameterValue(Strict):
    """One value of a parameter and the days it is in force (from inclusive, until exclusive)."""

    value: Any
    from_: date | None = Field(default=None, alias="from")
    until: date | None = None
    citation: Citation | None = None  # the later measure that set it, where not the pack's own

    model_config = Strict.model_config | {"populate_by_name": True}


class Parameter(Strict):
    """A named number of the measure (OpenFisca style): declared once with its unit and citation;
    rules refer to it as {param: NAME}. ``values`` (several, dated) lets a number changed by a
    later measure carry both; --as-of picks the one in force."""

    zh: str
    en: str | None = None
    unit: Literal["万元", "ratio", "months", "years", "days", "working_days", "count", "members"]
    citation: Citation
    value: Any = None
    values: list[ParameterValue] = Field(default_factory=list)

    @model_validator(mode="after")
    def _one_form(self) -> "Parameter":
        if (self.value is None) == (not self.values):
            raise ValueError("a parameter has either value or values (dated), not both")
        return self

    def dated(self) -> list[ParameterValue]:
        return self.values or [ParameterValue(value=self.value)]

    def in_force(self, day: date | None) -> Any:
        """The value in force on ``day`` (None: the latest one)."""
        vals = self.dated()
        if day is None:
            return vals[-1].value
        for v in vals:
            if (v.from_ is None or v.from_ <= day) and (v.until is None or day < v.until):
                return v.value
        # before the first or after the last dated value: the nearest one
        return vals[0].value if vals[0].from_ and day < vals[0].from_ else vals[-1].value


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
    vocabulary: PackVocabulary | None = None  # contract: "Rule packs may bring their own vocabulary"
    parameters: dict[str, Parameter] = Field(default_factory=dict)  # named, cited numbers
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
