"""The SARIF 2.1.0 report, for code-scanning dashboards and SARIF viewers.

One run; ``tool.driver.rules`` holds every rule that produced a finding. Files are
``artifactLocation``s relative to the ``DOSSIER`` base id, which ``originalUriBaseIds`` maps to
the dossier's absolute file URI. A dossier has no line numbers: where in a file a finding points
("表1 第8行 总投资（万元）") is the location's ``message`` and the result's ``properties.where``.
A finding about the whole dossier (a missing material) is located on the dossier root, because
several consumers (GitHub code scanning among them) reject results without a location.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .. import __version__
from ..findings import FINDING_TYPES
from ..model import CheckedDossier, FindingOut
from .common import citation_label, counts, passed

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
BASE_ID = "DOSSIER"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}

_T = {
    "zh": {"cite": "依据", "hint": "建议", "whole": "整个材料包", "dossier": "材料包根目录",
           "lq": "“", "rq": "”", "sep": "："},
    "en": {"cite": "Basis", "hint": "Fix", "whole": "the whole dossier", "dossier": "dossier root",
           "lq": "“", "rq": "”", "sep": ": "},
}


def _t(lang: str) -> dict[str, str]:
    return _T["en" if lang == "en" else "zh"]


def base_uri(path: str) -> str:
    """The dossier as an absolute file URI with a trailing slash (SARIF §3.14.14)."""
    uri = Path(path).resolve().as_uri()
    return uri if uri.endswith("/") else uri + "/"


def relative_uri(file: str) -> str:
    """A dossier-relative POSIX path as a relative URI reference (percent-encoded UTF-8)."""
    return quote(file.replace("\\", "/"), safe="/")


def _short_name(rule: str) -> str:
    return rule.split("/", 1)[-1]


def _rule_descriptor(rule: str, first: FindingOut, lang: str) -> dict[str, Any]:
    t = _t(lang)
    en = lang == "en"
    desc: dict[str, Any] = {"id": rule, "name": _short_name(rule)}
    tool_type = FINDING_TYPES.get(_short_name(rule)) if rule.startswith("govcheck/") else None
    if tool_type is not None:
        desc["shortDescription"] = {"text": tool_type.title_en if en else tool_type.title_zh}
        desc["fullDescription"] = {"text": tool_type.title_en if en else tool_type.title_zh}
        desc["help"] = {"text": tool_type.hint_en if en else tool_type.hint_zh}
        desc["defaultConfiguration"] = {"level": _LEVEL[tool_type.severity]}
    else:
        desc["shortDescription"] = {"text": first.message}
        if first.citation is not None:
            full = citation_label(first.citation, lang).strip()
            if first.citation.quote:
                full += f"{t['sep']}{t['lq']}{first.citation.quote}{t['rq']}"
        else:
            full = first.message
        desc["fullDescription"] = {"text": full}
        if first.hint:
            desc["help"] = {"text": first.hint}
    props: dict[str, Any] = {"catalog": list(first.catalog)}
    if first.citation is not None:
        props["citation"] = first.citation.model_dump(mode="json")
    props["tags"] = ["govcheck", rule.split("/", 1)[0]] + list(first.catalog)
    desc["properties"] = props
    return desc


def _message(f: FindingOut, lang: str) -> str:
    t = _t(lang)
    lines = [f.message]
    if f.citation is not None:
        lines.append(f"{t['cite']}{t['sep']}{citation_label(f.citation, lang).strip()}")
    if f.hint:
        lines.append(f"{t['hint']}{t['sep']}{f.hint}")
    return "\n".join(lines)


def _location(f: FindingOut, lang: str) -> dict[str, Any]:
    t = _t(lang)
    if f.location.file:
        loc: dict[str, Any] = {"physicalLocation": {"artifactLocation": {
            "uri": relative_uri(f.location.file), "uriBaseId": BASE_ID}}}
        if f.location.where:
            loc["message"] = {"text": f.location.where}
        return loc
    # The whole dossier: "./" resolves against DOSSIER to the dossier itself.
    loc = {"physicalLocation": {"artifactLocation": {"uri": "./", "uriBaseId": BASE_ID}},
           "message": {"text": f.location.where or t["whole"]}}
    return loc


def _result(f: FindingOut, index: int, lang: str) -> dict[str, Any]:
    props: dict[str, Any] = {"severity": f.severity}
    for key in ("material", "budget_item", "fact"):
        if getattr(f, key):
            props[key] = getattr(f, key)
    if f.location.where:
        props["where"] = f.location.where
    if f.catalog:
        props["catalog"] = list(f.catalog)
    if f.citation is not None:
        props["citation"] = f.citation.model_dump(mode="json")
    return {
        "ruleId": f.rule,
        "ruleIndex": index,
        "level": _LEVEL[f.severity],
        "message": {"text": _message(f, lang)},
        "locations": [_location(f, lang)],
        "partialFingerprints": {"govcheckFinding/v1": f.id},
        "properties": props,
    }


def sarif_dict(checked: CheckedDossier) -> dict[str, Any]:
    lang = checked.lang
    rule_index: dict[str, int] = {}
    rules: list[dict[str, Any]] = []
    for f in checked.findings:
        if f.rule not in rule_index:
            rule_index[f.rule] = len(rules)
            rules.append(_rule_descriptor(f.rule, f, lang))
    results = [_result(f, rule_index[f.rule], lang) for f in checked.findings]

    artifacts = []
    for d in checked.documents:
        a: dict[str, Any] = {"location": {"uri": relative_uri(d.path), "uriBaseId": BASE_ID}}
        props: dict[str, Any] = {"format": d.format, "readable": d.readable}
        if d.kind:
            props["kind"] = d.kind
        if d.error:
            props["error"] = d.error
        a["properties"] = props
        artifacts.append(a)

    c = counts(checked.findings)
    run_props = {
        "dossier": checked.path,
        "jurisdiction": checked.jurisdiction,
        "jurisdiction_source": checked.jurisdiction_source,
        "jurisdiction_evidence": checked.jurisdiction_evidence,
        "pack_name": checked.pack_name,
        "pack_document": checked.pack_document,
        "stage": checked.stage,
        "stage_source": checked.stage_source,
        "stage_evidence": checked.stage_evidence,
        "as_of": checked.as_of.isoformat(),
        "rules_applied": checked.rules_applied,
        "not_evaluated": [n.model_dump(mode="json") for n in checked.not_evaluated],
        "summary": {**c, "passed": passed(checked)},
    }
    run: dict[str, Any] = {
        "tool": {"driver": {
            "name": "govcheck",
            "version": __version__,
            "semanticVersion": __version__,
            "rules": rules,
        }},
        "invocations": [{"executionSuccessful": True}],
        "originalUriBaseIds": {BASE_ID: {
            "uri": base_uri(checked.path),
            "description": {"text": _t(lang)["dossier"]},
        }},
        "language": "en" if lang == "en" else "zh-CN",
        "artifacts": artifacts,
        "results": results,
        "properties": run_props,
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def render(checked: CheckedDossier) -> str:
    return json.dumps(sarif_dict(checked), ensure_ascii=False, indent=2)
