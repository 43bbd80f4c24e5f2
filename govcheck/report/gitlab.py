"""GitLab Code Quality report (`-f gitlab`): a JSON array of issues, shown in merge requests.

    [{"description": "…", "check_name": "tongliao/TL-38f", "fingerprint": "…",
      "severity": "major", "location": {"path": "dossier/11-试运行报告.docx", "lines": {"begin": 1}}}]

``path`` is relative to the repository (the dossier path as given, joined with the file); a
finding about the whole dossier points at its manifest if it has one, else at the dossier.
Documents have no lines, so ``begin`` is 1 and where in the file goes into the description.
``fingerprint`` is the finding id (contract "Finding ids") salted with the dossier path, so two
dossiers with the same finding stay two issues.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from ..identify.manifest import MANIFEST_NAME
from ..model import CheckedDossier, FindingOut
from .common import citation_label
from .github import file_path

# Code Quality severities: info, minor, major, critical, blocker.
_SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def issue_path(checked: CheckedDossier, f: FindingOut) -> str:
    dossier = checked.path.replace("\\", "/")
    if f.location.file and not Path(dossier).is_file():
        return file_path(dossier, f.location.file)
    if f.location.file is None and (Path(checked.path) / MANIFEST_NAME).is_file():
        return file_path(dossier, MANIFEST_NAME)
    return dossier.rstrip("/")  # the dossier folder, or the .zip holding the file


def _description(f: FindingOut, lang: str) -> str:
    text = f.message
    if f.location.file and f.location.where:
        text += f" [{f.location.file} {f.location.where}]"
    elif f.location.where:
        text += f" [{f.location.where}]"
    if f.citation is not None:
        text += f" ({citation_label(f.citation, lang).strip()})"
    return text


def issue(checked: CheckedDossier, f: FindingOut) -> dict[str, Any]:
    salted = hashlib.sha256(f"{checked.path}\x1f{f.id}".encode("utf-8")).hexdigest()[:32]
    return {
        "description": _description(f, checked.lang),
        "check_name": f.rule,
        "fingerprint": salted,
        "severity": _SEVERITY[f.severity],
        "location": {"path": issue_path(checked, f), "lines": {"begin": 1}},
        "categories": ["Compliance"],
        "type": "issue",
    }


def render(checked: CheckedDossier) -> str:
    return json.dumps([issue(checked, f) for f in checked.findings], ensure_ascii=False, indent=2)
