"""Applying a pack: for each rule of the stage, decide applicability, run its check kind,
and turn verdicts into findings (message, severity, citation) or not_evaluated entries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from ..model import (
    CitationOut,
    FindingOut,
    LocationOut,
    NotEvaluated,
    NotEvaluatedOut,
    Passed,
    Violation,
)
from ..packs.expressions import holds, is_unknown
from ..packs.parameters import message_values, substitute, uses_parameters, values_on
from ..packs.schema import Pack, Rule
from ..values import plain
from .base import CheckContext, reason
from .registry import CHECK_KINDS

Status = Literal["pass", "fail", "not_evaluated", "not_applicable"]


@dataclass
class RuleResult:
    rule: Rule
    status: Status
    findings: list[FindingOut] = field(default_factory=list)
    not_evaluated: NotEvaluatedOut | None = None
    notes: list[str] = field(default_factory=list)  # e.g. calendar assumptions on a pass


class _Vars(dict):
    """Template values; a placeholder for an unknown fact reads 未知 / unknown, never '{x}'."""

    def __init__(self, lang: str, *a: Any, **kw: Any) -> None:
        super().__init__(*a, **kw)
        self.lang = lang

    def __missing__(self, key: str) -> str:
        return "unknown" if self.lang == "en" else "未知"


def citation_of(pack: Pack, rule: Rule) -> CitationOut:
    c = rule.citation
    return CitationOut(
        jurisdiction=pack.pack.id,
        document=pack.pack.document,
        article=c.article,
        paragraph=c.paragraph,
        item=c.item,
        quote=c.quote,
        article_inferred=c.article_inferred,
    )


def _severity(rule: Rule, v: Violation, ctx: CheckContext) -> str:
    if v.severity:
        return v.severity
    for sw in rule.severity_when:
        if holds(sw.when, ctx) is True:
            return sw.severity
    return rule.severity


def in_force(pack: Pack, rule: Rule, day: date) -> Rule:
    """The rule with each {param: NAME} replaced by the value in force on day (--as-of picks
    between the dated values of a parameter); a rule without parameters is itself."""
    if not uses_parameters(rule):
        return rule
    values = values_on(pack, day)
    key = (id(rule), tuple(sorted((k, repr(v)) for k, v in values.items())))
    cached = _IN_FORCE.get(key)
    if cached is not None and cached[0] is rule:
        return cached[1]
    bound = rule.model_copy(update={
        "when": substitute(rule.when, values),
        "params": substitute(rule.params, values),
        "severity_when": [sw.model_copy(update={"when": substitute(sw.when, values)})
                          for sw in rule.severity_when],
    })
    bound.parsed = CHECK_KINDS[rule.check].Params.model_validate(bound.params)
    _IN_FORCE[key] = (rule, bound)
    return bound


_IN_FORCE: dict[tuple, tuple[Rule, Rule]] = {}


def apply_rule(pack: Pack, rule: Rule, ctx: CheckContext) -> RuleResult:
    rid = f"{pack.pack.id}/{rule.id}"
    rule = in_force(pack, rule, ctx.as_of)
    applies = holds(rule.when, ctx)
    if applies is False:
        return RuleResult(rule, "not_applicable")
    if is_unknown(applies):
        facts = sorted(applies.facts)
        return RuleResult(
            rule,
            "not_evaluated",
            not_evaluated=NotEvaluatedOut(
                rule=rid, reason=reason(ctx.lang, "applies_unknown", facts=", ".join(facts)),
                facts=facts,
            ),
        )
    verdicts = CHECK_KINDS[rule.check].evaluate(rule.parsed, ctx)
    undecided = [v for v in verdicts if isinstance(v, NotEvaluated)]
    violations = [v for v in verdicts if isinstance(v, Violation)]
    notes = [v.note for v in verdicts if isinstance(v, Passed) and v.note]
    if violations:
        base_vars = message_values(pack, ctx.as_of, ctx.lang)  # {adjustment_limit} → 15%
        base_vars.update({k: plain(f.value, ctx.lang) for k, f in ctx.facts.items()})
        findings = [_finding(pack, rule, rid, v, ctx, base_vars) for v in violations]
        return RuleResult(rule, "fail", findings=findings, notes=notes)
    if undecided:
        u = undecided[0]
        return RuleResult(rule, "not_evaluated",
                          not_evaluated=NotEvaluatedOut(rule=rid, reason=u.reason, facts=u.facts))
    return RuleResult(rule, "pass", notes=notes)


def _finding(pack: Pack, rule: Rule, rid: str, v: Violation, ctx: CheckContext,
             base_vars: dict[str, str]) -> FindingOut:
    values = _Vars(ctx.lang, base_vars)
    values.update({k: plain(x, ctx.lang) for k, x in v.message_vars.items()})
    message = rule.message.get(ctx.lang).format_map(values)
    if v.note:
        message += f"（{v.note}）" if ctx.lang != "en" else f" ({v.note})"
    # a finding about a fact points at where the fact was read (file, cell or paragraph)
    loc = v.location or (ctx.facts[v.fact].source if v.fact and v.fact in ctx.facts else None)
    return FindingOut(
        rule=rid,
        catalog=list(rule.catalog),
        severity=_severity(rule, v, ctx),  # type: ignore[arg-type]
        message=message,
        hint=rule.hint.get(ctx.lang).format_map(values),
        citation=citation_of(pack, rule),
        material=v.material,
        budget_item=v.budget_item,
        fact=v.fact,
        location=LocationOut(file=loc.file, where=loc.where) if loc else LocationOut(),
    )


def rules_for_stage(pack: Pack, stage: str) -> list[Rule]:
    return [r for r in pack.rules if stage in r.stages]


def apply_pack(pack: Pack, stage: str, ctx: CheckContext) -> list[RuleResult]:
    return [apply_rule(pack, r, ctx) for r in rules_for_stage(pack, stage)]
