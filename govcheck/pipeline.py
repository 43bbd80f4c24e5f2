"""check_dossier(path, options) -> CheckedDossier: read → classify → facts → rules.

This is the library API; the CLI only turns options into Options and the result into a report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .errors import RunError
from .model import CheckedDossier, Document, FindingOut, NotEvaluatedOut, Source
from .packs.schema import Pack


@dataclass
class Options:
    jurisdiction: str | None = None
    stage: str | None = None
    as_of: date | None = None
    set_facts: list[str] = field(default_factory=list)
    lang: str = "zh"
    extra_rules: tuple[Path, ...] = ()


def check_dossier(path: Path, options: Options) -> CheckedDossier:
    from .checklist import material_rows
    from .checks.base import CheckContext
    from .checks.engine import apply_pack
    from .classify import classify
    from .facts import extract
    from .facts.declared import manifest_candidates, parse_set_option
    from .manifest import read_manifest
    from .read import DossierError, read_dossier

    if not path.exists():
        raise RunError(f"{path}: no such folder or file")
    manifest = read_manifest(path)
    try:
        declared = [parse_set_option(s) for s in options.set_facts]
        declared += manifest_candidates(manifest.facts)
    except ValueError as e:
        raise RunError(str(e)) from None
    try:
        documents = read_dossier(path)
    except DossierError as e:
        raise RunError(str(e)) from None
    classify(documents)

    pack, j_source, j_evidence = choose_pack(options, manifest.jurisdiction, documents)
    stage, s_source, s_evidence = choose_stage(options, manifest.stage, documents)
    as_of = options.as_of or date.today()

    extraction = extract(documents, declared, options.lang, jurisdiction=pack.pack.id)
    from .stage import approval_step_fact  # the step an approval dossier asks for (catalog §C)

    step = approval_step_fact(documents, extraction.facts)
    if step is not None:
        extraction.facts[step.id] = step
    ctx = CheckContext(facts=extraction.facts, documents=documents,
                       budget_lines=extraction.budget_lines, as_of=as_of, lang=options.lang)
    results = apply_pack(pack, stage, ctx)

    findings: list[FindingOut] = document_findings(documents, options.lang)
    findings += extraction.findings
    not_evaluated: list[NotEvaluatedOut] = []
    for r in results:
        findings += r.findings
        if r.not_evaluated:
            not_evaluated.append(r.not_evaluated)
        findings += calendar_notes(pack, r.rule.id, r.notes, options.lang)
    return CheckedDossier(
        path=str(path),
        jurisdiction=pack.pack.id,
        jurisdiction_source=j_source,
        jurisdiction_evidence=j_evidence,
        stage=stage,
        stage_source=s_source,
        stage_evidence=s_evidence,
        as_of=as_of,
        lang=options.lang,
        documents=documents,
        facts=extraction.facts,
        findings=sort_findings(findings),
        not_evaluated=not_evaluated,
        materials=material_rows(pack, stage, ctx),
        pack_name=pack.pack.name.get(options.lang),
        pack_document=pack.pack.document,
        rules_applied=len(results),
    )


def choose_pack(options: Options, manifest_j: str | None,
                documents: list[Document]) -> tuple[Pack, str, str | None]:
    from .detect import detect
    from .packs.load import load_pack, pack_ids

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
                 documents: list[Document]) -> tuple[str, str, str | None]:
    from .stage import infer_stage

    if options.stage:
        return options.stage, "option", None
    if manifest_stage:
        return manifest_stage, "manifest", None
    stage, evidence = infer_stage(documents)
    if stage is None:
        raise RunError("cannot infer the stage from the documents; pass -s "
                       "(application, approval, construction, adjustment, acceptance, evaluation, operation)")
    return stage, "inferred", evidence


def document_findings(documents: list[Document], lang: str) -> list[FindingOut]:
    """Files that could not be (fully) read, as govcheck/* findings naming the file and why."""
    from .findings import tool_finding

    out = []
    for d in documents:
        loc = Source(d.path, None)
        reason = d.error or ""
        if d.problem == "encrypted":
            out.append(tool_finding("encrypted-file", lang, loc, material=d.kind, file=d.path))
        elif d.problem == "legacy":
            out.append(tool_finding("legacy-format", lang, loc, material=d.kind, file=d.path,
                                    format=d.format, reason=reason))
        elif d.problem == "no_text":
            out.append(tool_finding("no-text-layer", lang, loc, material=d.kind, file=d.path))
        elif not d.readable:
            out.append(tool_finding("unreadable-file", lang, loc, material=d.kind, file=d.path,
                                    reason=reason))
        elif d.kind is None and d.format in ("docx", "xlsx", "pdf", "doc", "wps", "xls", "et"):
            out.append(tool_finding("unclassified-file", lang, loc, file=d.path))
    return out


def calendar_notes(pack: Pack, rule_id: str, notes: list[str], lang: str) -> list[FindingOut]:
    from .findings import tool_finding

    return [tool_finding("calendar-assumption", lang, rule=f"{pack.pack.id}/{rule_id}", note=n)
            for n in notes]


_SEV = {"error": 0, "warning": 1, "info": 2}


def _natural(rule_id: str) -> list:
    """tongliao/TL-2c before tongliao/TL-14b: numbers compare as numbers."""
    import re

    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", rule_id)]


def sort_findings(findings: list[FindingOut]) -> list[FindingOut]:
    return sorted(findings, key=lambda f: (_SEV[f.severity], _natural(f.rule)))
