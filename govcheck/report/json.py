"""The JSON report, schema govcheck.report/1 — the contract scripts and CI depend on."""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from ..model import CheckedDossier, ResolvedFact
from ..values import json_value
from .common import counts, passed

SCHEMA = "govcheck.report/1"


def _fact(f: ResolvedFact) -> dict[str, Any]:
    out: dict[str, Any] = {"value": json_value(f.value)}
    if f.unit:
        out["unit"] = f.unit
    out["source"] = {"file": f.source.file, "where": f.source.where}
    return out


def report_dict(checked: CheckedDossier) -> dict[str, Any]:
    c = counts(checked.findings)
    out = {
        "schema": SCHEMA,
        "tool": {"name": "govcheck", "version": __version__},
        "dossier": {
            "path": checked.path,
            "jurisdiction": checked.jurisdiction,
            "jurisdiction_source": checked.jurisdiction_source,
            "stage": checked.stage,
            "stage_source": checked.stage_source,
            "as_of": checked.as_of.isoformat(),
            # additions to the contract's fields: how detection/inference decided
            "jurisdiction_evidence": checked.jurisdiction_evidence,
            "stage_evidence": checked.stage_evidence,
        },
        "facts": {k: _fact(f) for k, f in sorted(checked.facts.items())},
        "documents": [
            {"file": d.path, "kind": d.kind, "format": d.format, "readable": d.readable,
             "error": d.error}
            for d in checked.documents
        ],
        "findings": [f.model_dump(mode="json") for f in checked.findings],
        "not_evaluated": [n.model_dump(mode="json") for n in checked.not_evaluated],
        "summary": {**c, "passed": passed(checked)},
    }
    # Additions (issue 10), present only when used: findings shown but not counted.
    if checked.waived:
        out["waived"] = [{**w.finding.model_dump(mode="json"), "waiver": {
            "reason": w.reason, "approved_by": w.approved_by, "document": w.document,
            "expires": w.expires.isoformat() if w.expires else None}} for w in checked.waived]
    if checked.baselined:
        out["baselined"] = [f.model_dump(mode="json") for f in checked.baselined]
    return out


def render(checked: CheckedDossier) -> str:
    return json.dumps(report_dict(checked), ensure_ascii=False, indent=2)


def render_line(checked: CheckedDossier) -> str:
    """One object per line, for `batch --format json` (JSON Lines)."""
    return json.dumps(report_dict(checked), ensure_ascii=False)
