"""Runs every case of tests/rules/cases/<pack>.yaml against the real pack and check kinds."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from govcheck.checks.base import CheckContext
from govcheck.checks.engine import apply_rule
from govcheck.report.words import finding_out
from govcheck.model import BudgetLine, Document, Paragraph, ResolvedFact, Source
from govcheck.packs.load import builtin_rules_dir, load_pack
from govcheck.packs.vocabulary_ext import active

CASES_DIR = Path(__file__).parent / "cases"
DEFAULT_AS_OF = date(2026, 11, 22)


def _case_files() -> list[Path]:
    return sorted(CASES_DIR.glob("*.yaml"))


def _all_cases() -> list[Any]:
    out = []
    for f in _case_files():
        data = yaml.safe_load(f.read_text(encoding="utf-8")) or {}
        for rule_id, cases in data.items():
            for i, case in enumerate(cases):
                out.append(pytest.param(f.stem, rule_id, case, id=f"{f.stem}/{rule_id}/{i}"))
    return out


def _fact_value(v: Any) -> Any:
    if isinstance(v, bool) or isinstance(v, (date, str)) or v is None:
        return v
    if isinstance(v, (int, float)):
        return Decimal(str(v))
    return v


def build_context(case: dict[str, Any]) -> CheckContext:
    src = Source("case", None)
    facts = {
        k: ResolvedFact(id=k, value=_fact_value(v), source=Source("govcheck.yaml", f"facts.{k}"),
                        origin="manifest")
        for k, v in (case.get("facts") or {}).items()
    }
    docs = [Document(path=f"{k}.docx", format="docx", kind=k) for k in case.get("materials") or []]
    for i, d in enumerate(case.get("documents") or []):
        paras = [Paragraph(text=h, level=1) for h in d.get("headings") or []]
        paras += [Paragraph(text=t, level=0) for t in d.get("paragraphs") or []]
        for j, p in enumerate(paras):
            p.index = j
        docs.append(Document(path=d.get("path", f"doc{i}-{d['kind']}.docx"), format="docx",
                             kind=d["kind"], paragraphs=paras, has_text=d.get("has_text", True)))
    lines = [
        BudgetLine(label=b.get("label", b["item"]), amount=_fact_value(b.get("amount")),
                   source=Source(b.get("file", _budget_file(docs)), b.get("where")),
                   item=b["item"], note=b.get("note", ""))
        for b in case.get("budget_lines") or []
    ]
    return CheckContext(facts=facts, documents=docs, budget_lines=lines,
                        as_of=case.get("as_of", DEFAULT_AS_OF))


def _budget_file(docs: list[Document]) -> str:
    for d in docs:
        if d.kind in ("budget_estimate", "investment_estimate"):
            return d.path
    return "budget.xlsx"


@pytest.mark.parametrize("pack_id,rule_id,case", _all_cases())
def test_rule_case(pack_id: str, rule_id: str, case: dict[str, Any]) -> None:
    pack = load_pack(pack_id)
    rule = pack.rule(rule_id)
    assert rule is not None, f"{pack_id}: no rule {rule_id}"
    stage = case.get("stage", rule.stages[0])
    assert stage in rule.stages, f"case stage {stage} is not a stage of {rule_id}"
    with active(pack):  # a pack's rules run with its own vocabulary
        result = apply_rule(pack, rule, build_context(case))
    findings = [finding_out(f, "zh") for f in result.findings]  # data, worded as the report does
    detail = [f.message for f in findings] or result.not_evaluated
    assert result.status == case["expect"], f"{case.get('name')}: got {result.status}: {detail}"
    if "severity" in case:
        assert {f.severity for f in findings} == {case["severity"]}, case.get("name")
    if "message_contains" in case:
        assert any(case["message_contains"] in f.message for f in findings), detail


@pytest.mark.parametrize("pack_file", sorted(builtin_rules_dir().glob("*.yaml")), ids=lambda p: p.stem)
def test_every_rule_has_cases_on_both_sides(pack_file: Path) -> None:
    """A rule without a failing and a passing case is untested (SQLFluff-style meta-test)."""
    pack = load_pack(pack_file.stem)
    cases_file = CASES_DIR / f"{pack_file.stem}.yaml"
    assert cases_file.exists(), f"no cases file for pack {pack_file.stem}"
    cases = yaml.safe_load(cases_file.read_text(encoding="utf-8")) or {}
    problems = []
    for rule in pack.rules:
        outcomes = {c["expect"] for c in cases.get(rule.id, [])}
        if "fail" not in outcomes or "pass" not in outcomes:
            problems.append(f"{rule.id}: cases cover {sorted(outcomes) or 'nothing'}")
    unknown = sorted(set(cases) - {r.id for r in pack.rules})
    assert not unknown, f"cases for rules the pack does not have: {unknown}"
    assert not problems, "rules lacking a pass and a fail case:\n" + "\n".join(problems)
