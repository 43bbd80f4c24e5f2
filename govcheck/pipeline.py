"""check_dossier(path, options) -> CheckedDossier: read → classify → facts → rules.

This is the library API; the CLI only turns options into Options and the result into a report.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .checklist import material_rows
from .checks.base import CheckContext
from .checks.engine import apply_pack, citation_of
from .checks.registry import CHECK_KINDS
from .errors import RunError
from .facts import extract
from .facts.declared import manifest_candidates, parse_set_option
from .findings import Finding, tool_finding
from .identify.classify import classify
from .identify.detect import detect
from .identify.manifest import read_manifest
from .identify.stage import approval_step_fact, infer_stage
from .limits import LimitError, Limits
from .model import SEVERITY_ORDER, STAGES, AppliedRule, CheckedDossier, Document, FindingOut, NotEvaluatedOut, Source
from .packs.load import load_pack, pack_ids
from .packs.schema import Pack
from .packs.vocabulary_ext import scope, use_vocabulary
from .read import DossierError, read_dossier
from .read.names import safe_name
from .selection import excluded, filter_findings, selected, severity_for
from .waivers import apply_waivers
from .report.words import finding_out, findings_out, render, render_facts, render_optional


@dataclass
class Options:
    jurisdiction: str | None = None
    stage: str | None = None
    as_of: date | None = None
    set_facts: list[str] = field(default_factory=list)
    lang: str = "zh"
    extra_rules: tuple[Path, ...] = ()
    # From configuration (govcheck/commands/config.py) or options: the verdict's threshold, which rules
    # run and how severe they are, dossier files left out, and limits passed through untouched.
    fail_on: str = "error"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    exclude: tuple[str, ...] = ()
    # Read limits, NAME → VALUE (govcheck/limits.py, docs/security.md); empty: the defaults.
    # Filled from `--limit NAME=VALUE` and from the configuration file's `limits` table.
    limits: dict[str, Any] = field(default_factory=dict)


def check_dossier(path: Path, options: Options) -> CheckedDossier:
    try:
        with scope():  # the vocabulary the dossier's pack brings ends with the dossier
            return _check_dossier(path, options)
    finally:
        release_converter()


def release_converter() -> None:
    """A LibreOffice profile made for this dossier goes with it (a batch's run folder holds its
    workers' profiles instead). Only when the converter was loaded at all: no import for it."""
    legacy = sys.modules.get("govcheck.read.legacy")
    if legacy is not None and not os.environ.get(legacy.RUN_DIR_ENV):
        legacy.release_profile()


@dataclass
class LoadedDossier:
    """A dossier read, classified and its facts extracted: all that comes before the rules."""

    path: Path
    manifest: Any  # manifest.Manifest: what govcheck.yaml declares
    documents: list[Document]
    # No document to check: the no-documents finding (then pack and extraction may be None).
    nothing: list[Finding]
    pack: Pack | None = None
    jurisdiction_source: str = "unknown"
    jurisdiction_evidence: Any = None  # a Message (govcheck/message.py)
    extraction: Any = None  # facts.resolve.Extraction: findings and evidence as data


def declared_facts(set_facts: list[str], manifest_facts: dict | None = None) -> list:
    """The facts given by --set and by govcheck.yaml, as candidates (a clear error if malformed)."""
    try:
        return [parse_set_option(s) for s in set_facts] + manifest_candidates(manifest_facts)
    except ValueError as e:
        raise RunError(str(e)) from None


def load_dossier(path: Path, options: Options, detect_jurisdiction: bool = True) -> LoadedDossier:
    """Read, classify and extract facts: the steps `validate` and `facts` share.

    Call it inside ``packs.vocabulary_ext.scope()``: the pack's own words stay in use until
    the caller is done with the dossier. With ``detect_jurisdiction`` False (the facts view)
    a dossier that names no jurisdiction is read without a pack instead of one detected.
    When there is nothing to check and nothing named to check it against, the result holds
    the documents and the no-documents finding only.
    """
    if not path.exists():
        raise RunError(f"{path}: no such folder or file")
    manifest = read_manifest(path)
    try:
        limits = Limits.from_options(options.limits)
    except LimitError as e:
        raise RunError(str(e)) from None
    try:
        documents = read_dossier(path, limits)
    except DossierError as e:
        raise RunError(str(e)) from None
    documents = [d for d in documents if not excluded(d.path, options.exclude)]
    classify(documents)
    loaded = LoadedDossier(path, manifest, documents, no_documents_finding(documents))

    named = options.jurisdiction or manifest.jurisdiction
    if detect_jurisdiction:
        if loaded.nothing and not (named and (options.stage or manifest.stage)):
            return loaded  # nothing to detect the jurisdiction or stage from
        loaded.pack, loaded.jurisdiction_source, loaded.jurisdiction_evidence = choose_pack(
            options, manifest.jurisdiction, documents)
    elif named:
        loaded.pack, loaded.jurisdiction_source, _ = choose_pack(options, manifest.jurisdiction, documents)
    if loaded.pack is not None and use_vocabulary(loaded.pack):
        classify(documents)  # the pack brings its own kinds and patterns: classify with them
    # After the pack: a declared fact may be one of the pack's own.
    declared = declared_facts(options.set_facts, manifest.facts)
    jurisdiction = loaded.pack.pack.id if loaded.pack is not None else None
    extraction = extract(documents, declared, jurisdiction=jurisdiction)
    step = approval_step_fact(documents, extraction.facts)  # docs/decisions.md#D-50
    if step is not None:
        extraction.facts[step.id] = step
    loaded.extraction = extraction
    return loaded


def _check_dossier(path: Path, options: Options) -> CheckedDossier:
    loaded = load_dossier(path, options)
    manifest, documents, nothing = loaded.manifest, loaded.documents, loaded.nothing
    if loaded.pack is None:  # the no-documents finding is the whole report
        return _nothing_to_check(path, options, manifest, documents, nothing)
    pack, j_source, j_evidence = loaded.pack, loaded.jurisdiction_source, loaded.jurisdiction_evidence
    stage, s_source, s_evidence = choose_stage(options, manifest.stage, documents)
    as_of = options.as_of or date.today()
    extraction = loaded.extraction
    ctx = CheckContext(facts=extraction.facts, documents=documents,
                       budget_lines=extraction.budget_lines, as_of=as_of)
    results = [r for r in apply_pack(pack, stage, ctx)
               if selected(f"{pack.pack.id}/{r.rule.id}", options.select, options.ignore)]

    found: list[Finding] = document_findings(documents)
    found += nothing
    found += extraction.findings
    not_evaluated: list[NotEvaluatedOut] = []
    for r in results:
        found += r.findings
        if r.not_evaluated:
            rid = f"{pack.pack.id}/{r.rule.id}"
            not_evaluated.append(NotEvaluatedOut(rule=rid, reason=render(r.not_evaluated.reason, options.lang),
                                                 facts=r.not_evaluated.facts))
        found += calendar_notes(pack, r.rule.id, r.notes)
    # Words come here, once: every finding and fact source in the report's language.
    findings = findings_out(found, options.lang)
    render_facts(extraction.facts, options.lang)
    findings = filter_findings(findings, options.select, options.ignore, options.severity)
    findings, waived = apply_waivers(findings, manifest.waivers, documents, as_of, options.lang)
    return CheckedDossier(
        path=safe_name(str(path)),
        jurisdiction=pack.pack.id,
        jurisdiction_source=j_source,
        jurisdiction_evidence=render_optional(j_evidence, options.lang),
        stage=stage,
        stage_source=s_source,
        stage_evidence=render_optional(s_evidence, options.lang),
        as_of=as_of,
        lang=options.lang,
        documents=documents,
        facts=extraction.facts,
        findings=sort_findings(findings),
        not_evaluated=not_evaluated,
        materials=material_rows(pack, stage, ctx, options.lang),
        pack_name=pack.pack.name.get(options.lang),
        pack_document=pack.pack.document,
        rules_applied=len(results),
        fail_on=options.fail_on,
        rules=applied_rules(pack, results, options),
        waived=waived,
    )


def applied_rules(pack: Pack, results: list, options: Options) -> list[AppliedRule]:
    """Every rule of the stage with its outcome and metadata (JUnit cases, SARIF rules)."""
    out = []
    for r in results:
        rid = f"{pack.pack.id}/{r.rule.id}"
        out.append(AppliedRule(
            id=rid, status=r.status, check=r.rule.check, catalog=list(r.rule.catalog),
            severity=severity_for(rid, r.rule.severity, options.severity),
            summary=CHECK_KINDS[r.rule.check].describe(r.rule.parsed, options.lang),
            hint=r.rule.hint.get(options.lang), citation=citation_of(pack, r.rule)))
    return out


def _nothing_to_check(path: Path, options: Options, manifest, documents: list[Document],
                      findings: list[Finding]) -> CheckedDossier:
    """The report of a dossier without a document: the no-documents finding (and what made
    each file unusable). A jurisdiction that was named must still exist (else exit 2)."""
    named = options.jurisdiction or manifest.jurisdiction
    pack, j_source, _ = choose_pack(options, manifest.jurisdiction, documents) if named else (None, "unknown", None)
    stage = options.stage or manifest.stage
    s_source = ("option" if options.stage else "manifest") if stage else "unknown"
    return CheckedDossier(
        path=safe_name(str(path)), jurisdiction=pack.pack.id if pack else "unknown",
        jurisdiction_source=j_source, jurisdiction_evidence=None,
        stage=stage or "unknown", stage_source=s_source, stage_evidence=None,
        as_of=options.as_of or date.today(), lang=options.lang, documents=documents, facts={},
        findings=sort_findings([finding_out(f, options.lang) for f in document_findings(documents) + findings]),
        not_evaluated=[], materials=[],
        pack_name=pack.pack.name.get(options.lang) if pack else "", pack_document=pack.pack.document if pack else None,
        fail_on=options.fail_on,
    )


def choose_pack(options: Options, manifest_j: str | None,
                documents: list[Document]) -> tuple[Pack, str, Any]:
    """(pack, how it was chosen, the evidence as a Message when detected)."""
    if options.jurisdiction:
        return load_pack(options.jurisdiction, options.extra_rules), "option", None
    if manifest_j:
        return load_pack(manifest_j, options.extra_rules), "manifest", None
    ids = pack_ids(options.extra_rules)
    packs = [load_pack(i, options.extra_rules) for i in ids]
    found = detect(documents, packs)
    # One pack with evidence wins; with several, the best must have at least twice the
    # distinct names of the next (a Tongliao dossier citing a Hunan document stays Tongliao).
    if found and (len(found) == 1 or found[0].score >= 2 * found[1].score):
        best = found[0]
        return next(p for p in packs if p.pack.id == best.pack_id), "detected", best.evidence()
    listing = ", ".join(ids)
    if not found:
        raise RunError(f"cannot tell the jurisdiction from the documents; pass -j one of: {listing}")
    seen = "; ".join(f"{d.pack_id}: {', '.join(d.hits)}" for d in found)
    raise RunError(f"the documents point to several jurisdictions ({seen}); pass -j one of: {listing}")


def choose_stage(options: Options, manifest_stage: str | None,
                 documents: list[Document]) -> tuple[str, str, Any]:
    """(stage, how it was chosen, the evidence as a Message when inferred)."""
    if options.stage:
        return options.stage, "option", None
    if manifest_stage:
        return manifest_stage, "manifest", None
    stage, evidence = infer_stage(documents)
    if stage is None:
        raise RunError(f"cannot infer the stage from the documents; pass -s ({', '.join(STAGES)})")
    return stage, "inferred", evidence


def document_findings(documents: list[Document]) -> list[Finding]:
    """Files that could not be (fully) read, as govcheck/* findings naming the file and why."""
    out = []
    for d in documents:
        loc = Source(d.path, None)
        reason = d.error or ""
        if d.problem == "encrypted":
            out.append(tool_finding("encrypted-file", loc, material=d.kind, file=d.path))
        elif d.problem == "legacy":
            out.append(tool_finding("legacy-format", loc, material=d.kind, file=d.path,
                                    format=d.format, reason=reason))
        elif d.problem == "no_text":
            out.append(tool_finding("no-text-layer", loc, material=d.kind, file=d.path))
        elif d.problem in ("limit", "link"):
            pass  # their own finding (below) says what was not read and why
        elif not d.readable:
            out.append(tool_finding("unreadable-file", loc, material=d.kind, file=d.path,
                                    reason=reason))
        elif d.kind is None and d.format in ("docx", "xlsx", "pdf", "doc", "wps", "xls", "et"):
            out.append(tool_finding("unclassified-file", loc, file=d.path))
        for issue in d.issues:  # limits hit, misnamed, links not followed, unsafe member names
            out.append(tool_finding(issue.type, loc, material=d.kind, severity=issue.severity,
                                    **{"file": d.path, **issue.values}))
    return out


# Formats whose files are documents (images, archives and the unknown are not).
_DOCUMENT_FORMATS = {"docx", "xlsx", "pdf", "doc", "wps", "odt", "xls", "et", "ods", "txt"}


def no_documents_finding(documents: list[Document]) -> list[Finding]:
    """A dossier with no document to check (empty, or nothing readable) does not pass."""
    usable = [d for d in documents if d.format in _DOCUMENT_FORMATS and (d.readable or d.problem == "legacy")]
    if usable:
        return []
    return [tool_finding("no-documents", count=len(documents))]


def calendar_notes(pack: Pack, rule_id: str, notes: list[Any]) -> list[Finding]:
    return [tool_finding("calendar-assumption", rule=f"{pack.pack.id}/{rule_id}", note=n)
            for n in notes]


def _natural(rule_id: str) -> list:
    """tongliao/TL-2c before tongliao/TL-14b: numbers compare as numbers."""
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", rule_id)]


def sort_findings(findings: list[FindingOut]) -> list[FindingOut]:
    return sorted(findings, key=lambda f: (-SEVERITY_ORDER[f.severity], _natural(f.rule)))
