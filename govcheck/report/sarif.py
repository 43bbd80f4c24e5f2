"""The SARIF 2.1.0 report, for code-scanning dashboards and SARIF viewers.

One run; ``tool.driver.rules`` holds every rule of the stage (metadata from the rule itself:
what it checks, the article and its quote, the hint, the rule's section in ``docs/rules/``) and
the govcheck/* types that produced a finding. File URIs are relative to the repository root
(``%SRCROOT%``: the git work tree holding the dossier, else the working directory) — never an
absolute local path. A dossier has no line numbers: where in a file a finding points
("表1 第8行 总投资（万元）") is the location's ``message`` and the result's ``properties.where``.
A finding about the whole dossier (a missing material) is located on the dossier's manifest, or
the dossier itself, because consumers (GitHub code scanning among them) reject results without
a location. ``partialFingerprints`` carry the finding id (contract "Finding ids").

``helpUri`` needs an absolute address of the rule docs: set ``GOVCHECK_DOCS_URL`` (e.g.
``https://git.example.org/govcheck/-/blob/main/docs/rules/``); the help text always names the
section.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .. import __version__
from ..findings import FINDING_TYPES
from ..identify.manifest import MANIFEST_NAME
from ..model import AppliedRule, CheckedDossier, FindingOut
from .common import citation_label, counts, passed

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
BASE_ID = "%SRCROOT%"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}

_T = {
    "zh": {"cite": "依据", "hint": "建议", "whole": "整个材料包", "dossier": "材料包根目录", "root": "代码仓库根目录",
           "lq": "“", "rq": "”", "sep": "："},
    "en": {"cite": "Basis", "hint": "Fix", "whole": "the whole dossier", "dossier": "dossier root",
           "root": "the repository root",
           "lq": "“", "rq": "”", "sep": ": "},
}


def repo_root(dossier: Path) -> Path:
    """The git work tree holding the dossier, else the working directory."""
    here = dossier.resolve()
    try:
        done = subprocess.run(["git", "rev-parse", "--show-toplevel"],
                              cwd=here if here.is_dir() else here.parent,
                              capture_output=True, text=True, timeout=30)
        if done.returncode == 0 and done.stdout.strip():
            return Path(done.stdout.strip()).resolve()
    except (OSError, subprocess.SubprocessError):
        pass
    return Path.cwd().resolve()


def dossier_prefix(dossier: str) -> str:
    """The dossier's path relative to the repository root ('' when it is the root or outside)."""
    here = Path(dossier).resolve()
    root = repo_root(here)
    if here == root or not here.is_relative_to(root):
        return "" if here.is_dir() else here.name
    return here.relative_to(root).as_posix()


def docs_anchor(rule: str, severity: str, check: str) -> str:
    """The GitHub-style anchor of the rule's heading in docs/rules/<pack>.md
    ("### tongliao/TL-14b · error · tier" → "tongliaotl-14b--error--tier")."""
    heading = f"{rule} · {severity} · {check}".lower()
    return re.sub(r"[^\w\- ]", "", heading).replace(" ", "-")


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


def _applied_descriptor(r: AppliedRule, lang: str) -> dict[str, Any]:
    """Metadata from the rule itself, never from one of its findings."""
    t = _t(lang)
    pack = r.id.split("/", 1)[0]
    full = citation_label(r.citation, lang).strip() if r.citation else r.summary
    if r.citation is not None and r.citation.quote:
        full += f"{t['sep']}{t['lq']}{r.citation.quote}{t['rq']}"
    section = f"docs/rules/{pack}.md#{docs_anchor(r.id, r.severity, r.check)}"
    desc: dict[str, Any] = {
        "id": r.id, "name": _short_name(r.id),
        "shortDescription": {"text": r.summary or full},
        "fullDescription": {"text": full},
        "help": {"text": f"{r.hint}\n{section}", "markdown": f"{r.hint}\n\n[{r.id}]({section})"},
        "defaultConfiguration": {"level": _LEVEL[r.severity]},
    }
    base = os.environ.get("GOVCHECK_DOCS_URL", "")
    if base.startswith(("http://", "https://")):
        desc["helpUri"] = base.rstrip("/") + "/" + section.split("/", 2)[2]
        desc["help"]["markdown"] = f"{r.hint}\n\n[{r.id}]({desc['helpUri']})"
    props: dict[str, Any] = {"catalog": list(r.catalog), "check": r.check}
    if r.citation is not None:
        props["citation"] = r.citation.model_dump(mode="json")
    props["tags"] = ["govcheck", pack] + list(r.catalog)
    desc["properties"] = props
    return desc


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


def _join(prefix: str, file: str) -> str:
    return relative_uri(f"{prefix}/{file}" if prefix else file)


def _dossier_uri(checked: CheckedDossier, prefix: str) -> str:
    """Where a finding about the whole dossier points: its manifest, or the dossier itself."""
    here = Path(checked.path)
    if here.is_dir() and (here / MANIFEST_NAME).is_file():
        return _join(prefix, MANIFEST_NAME)
    if here.is_dir():
        return relative_uri(prefix + "/") if prefix else "./"
    return relative_uri(prefix or here.name)


def _location(f: FindingOut, lang: str, checked: CheckedDossier, prefix: str) -> dict[str, Any]:
    t = _t(lang)
    in_zip = not Path(checked.path).is_dir()
    if f.location.file and not in_zip:
        loc: dict[str, Any] = {"physicalLocation": {"artifactLocation": {
            "uri": _join(prefix, f.location.file), "uriBaseId": BASE_ID}}}
        if f.location.where:
            loc["message"] = {"text": f.location.where}
        return loc
    # The whole dossier, or a file inside a .zip dossier (the zip is the artifact).
    inner = " ".join(p for p in (f.location.file, f.location.where) if p)
    return {"physicalLocation": {"artifactLocation": {"uri": _dossier_uri(checked, prefix),
                                                      "uriBaseId": BASE_ID}},
            "message": {"text": inner or t["whole"]}}


def _result(f: FindingOut, index: int, lang: str, checked: CheckedDossier,
            prefix: str) -> dict[str, Any]:
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
        "locations": [_location(f, lang, checked, prefix)],
        "partialFingerprints": {"govcheckFinding/v1": f.id},
        "properties": props,
    }


def sarif_dict(checked: CheckedDossier) -> dict[str, Any]:
    lang = checked.lang
    prefix = dossier_prefix(checked.path)
    in_zip = not Path(checked.path).is_dir()
    rule_index: dict[str, int] = {}
    rules: list[dict[str, Any]] = []
    for r in checked.rules:
        rule_index[r.id] = len(rules)
        rules.append(_applied_descriptor(r, lang))
    set_aside = [w.finding for w in checked.waived] + list(checked.baselined)
    for f in checked.findings + set_aside:
        if f.rule not in rule_index:
            rule_index[f.rule] = len(rules)
            rules.append(_rule_descriptor(f.rule, f, lang))
    results = [_result(f, rule_index[f.rule], lang, checked, prefix) for f in checked.findings]
    # Waived and baselined findings stay visible as suppressed results (SARIF §3.27.23), so
    # code-scanning dashboards show them as dismissed rather than open.
    for w in checked.waived:
        r = _result(w.finding, rule_index[w.finding.rule], lang, checked, prefix)
        who = f" ({w.approved_by})" if w.approved_by else ""
        r["suppressions"] = [{"kind": "external", "status": "accepted",
                              "justification": f"{w.reason}{who}"}]
        results.append(r)
    for f in checked.baselined:
        r = _result(f, rule_index[f.rule], lang, checked, prefix)
        r["baselineState"] = "unchanged"
        r["suppressions"] = [{"kind": "external", "status": "accepted",
                              "justification": "in the baseline (--baseline)"}]
        results.append(r)
    if checked.baselined:
        for r in results:
            r.setdefault("baselineState", "new")

    artifacts = []
    for d in checked.documents if not in_zip else []:
        a: dict[str, Any] = {"location": {"uri": _join(prefix, d.path), "uriBaseId": BASE_ID}}
        props: dict[str, Any] = {"format": d.format, "readable": d.readable}
        if d.kind:
            props["kind"] = d.kind
        if d.error:
            props["error"] = d.error
        a["properties"] = props
        artifacts.append(a)

    c = counts(checked.findings)
    run_props = {
        "dossier": prefix or Path(checked.path).name,  # repository-relative, never absolute
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
        # No "uri": the root is wherever the repository is checked out (no local paths).
        "originalUriBaseIds": {BASE_ID: {"description": {"text": _t(lang)["root"]}}},
        "language": "en" if lang == "en" else "zh-CN",
        "artifacts": artifacts,
        "results": results,
        "properties": run_props,
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def render(checked: CheckedDossier) -> str:
    return json.dumps(sarif_dict(checked), ensure_ascii=False, indent=2)
