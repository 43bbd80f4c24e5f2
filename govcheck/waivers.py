"""Waivers from the dossier manifest: an exception a reviewer granted turns matching findings
into waived ones (shown, not counted). An expired waiver, one whose granting document is not in
the dossier, or one that matches nothing is itself a warning — a waiver never hides silently."""

from __future__ import annotations

from datetime import date

from .findings import Finding, tool_finding
from .identify.manifest import MANIFEST_NAME, Waiver
from .model import Document, FindingOut, Source, WaivedFinding
from .report.words import finding_out
from .selection import matches


def _has_document(documents: list[Document], wanted: str) -> bool:
    wanted = wanted.replace("\\", "/").strip("/")
    return any(d.path == wanted or d.name == wanted for d in documents)


def _covers(w: Waiver, f: FindingOut) -> bool:
    if not matches(f.rule, w.rule):
        return False
    return w.file is None or f.location.file == w.file.replace("\\", "/")


def apply_waivers(findings: list[FindingOut], waivers: list[Waiver], documents: list[Document],
                  as_of: date, lang: str) -> tuple[list[FindingOut], list[WaivedFinding]]:
    """(findings still counted, plus warnings about waivers; waived findings)."""
    kept = list(findings)
    waived: list[WaivedFinding] = []
    notes: list[Finding] = []  # about the waivers themselves: worded below, in lang
    for i, w in enumerate(waivers):
        where = Source(MANIFEST_NAME, f"waivers[{i}]")
        values = {"rule": w.rule, "reason": w.reason}
        if w.expires is not None and w.expires < as_of:
            notes.append(tool_finding("waiver-expired", where, expires=w.expires.isoformat(),
                                      **values))
            continue
        if w.document and not _has_document(documents, w.document):
            notes.append(tool_finding("waiver-document-missing", where, document=w.document,
                                      **values))
            continue
        hit = [f for f in kept if _covers(w, f)]
        if not hit:
            already = any(_covers(w, x.finding) for x in waived)
            if not already:
                notes.append(tool_finding("waiver-unused", where, **values))
            continue
        kept = [f for f in kept if not _covers(w, f)]
        waived += [WaivedFinding(f, w.reason, w.approved_by, w.document, w.expires) for f in hit]
    return kept + [finding_out(n, lang) for n in notes], waived
