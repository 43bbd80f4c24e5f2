"""Applying a pack: for each rule of the stage, decide applicability, run its check kind,
and turn verdicts into findings (message, severity, citation) or not_evaluated entries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from ..findings import Finding
from ..message import Message, joined, phrase
from ..model import CitationOut, NotEvaluated, Passed, Violation
from ..packs.expressions import holds, is_unknown
from ..packs.parameters import ParameterValue, substitute, uses_parameters, values_on
from ..packs.schema import Pack, Rule
from .base import CheckContext
from .registry import CHECK_KINDS

Status = Literal["pass", "fail", "not_evaluated", "not_applicable"]


@dataclass
class RuleResult:
    rule: Rule
    status: Status
    findings: list[Finding] = field(default_factory=list)  # data: report/words.py gives them words
    not_evaluated: NotEvaluated | None = None  # why (a Message) and the facts that would decide it
    notes: list[Message] = field(default_factory=list)  # e.g. calendar assumptions on a pass


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
            not_evaluated=NotEvaluated(reason=phrase("applies_unknown", facts=joined(facts, "comma")),
                                       facts=facts),
        )
    verdicts = CHECK_KINDS[rule.check].evaluate(rule.parsed, ctx)
    undecided = [v for v in verdicts if isinstance(v, NotEvaluated)]
    violations = [v for v in verdicts if isinstance(v, Violation)]
    notes = [v.note for v in verdicts if isinstance(v, Passed) and v.note]
    if violations:
        # {adjustment_limit} → 15%, {total_investment} → 70: every parameter and fact by name
        base_vars: dict[str, Any] = {name: ParameterValue(p, p.in_force(ctx.as_of))
                                     for name, p in pack.parameters.items()}
        base_vars.update({k: f.value for k, f in ctx.facts.items()})
        findings = [_finding(pack, rule, rid, v, ctx, base_vars) for v in violations]
        return RuleResult(rule, "fail", findings=findings, notes=notes)
    if undecided:
        return RuleResult(rule, "not_evaluated", not_evaluated=undecided[0])
    return RuleResult(rule, "pass", notes=notes)


def _finding(pack: Pack, rule: Rule, rid: str, v: Violation, ctx: CheckContext,
             base_vars: dict[str, Any]) -> Finding:
    values = dict(base_vars, **v.message_vars)
    message = Message(rule.message.zh, rule.message.en, values, missing="unknown")
    if v.note:
        message = phrase("with_note", message=message, note=v.note)
    # a finding about a fact points at where the fact was read (file, cell or paragraph)
    loc = v.location or (ctx.facts[v.fact].source if v.fact and v.fact in ctx.facts else None)
    return Finding(
        rule=rid,
        catalog=list(rule.catalog),
        severity=_severity(rule, v, ctx),  # type: ignore[arg-type]
        message=message,
        hint=Message(rule.hint.zh, rule.hint.en, values, missing="unknown"),
        citation=citation_of(pack, rule),
        material=v.material,
        budget_item=v.budget_item,
        fact=v.fact,
        location=loc,
    )


def rules_for_stage(pack: Pack, stage: str) -> list[Rule]:
    return [r for r in pack.rules if stage in r.stages]


def apply_pack(pack: Pack, stage: str, ctx: CheckContext) -> list[RuleResult]:
    return [apply_rule(pack, r, ctx) for r in rules_for_stage(pack, stage)]
