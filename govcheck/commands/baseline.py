"""Baselines for an archive adopting govcheck: `--write-baseline FILE` records the findings of
today; `--baseline FILE` shows them but does not count them, so only new findings fail.

Keyed by finding id (contract "Finding ids": rule, dossier-relative file, vocabulary id), per
dossier: editing a document does not resurrect an old finding, and the same finding in another
file or another dossier is new. Dossiers are keyed by their path relative to the baseline
file's folder, so the file works from any working directory.

    {"schema": "govcheck.baseline/1",
     "dossiers": {"dossiers/扎鲁特旗-验收": [{"id": "…", "rule": "tongliao/TL-38f",
                                             "file": null, "message": "…"}]}}
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from ..errors import RunError
from ..model import CheckedDossier

SCHEMA = "govcheck.baseline/1"


def dossier_key(dossier: str | Path, baseline_file: Path) -> str:
    rel = os.path.relpath(Path(dossier).resolve(), baseline_file.resolve().parent)
    return Path(rel).as_posix()


def write_baseline_file(path: Path, checked_all: list[CheckedDossier]) -> None:
    dossiers: dict[str, list[dict]] = {}
    if path.exists():  # other dossiers already recorded in the file stay
        dossiers = read_baseline(path)
    for checked in checked_all:
        dossiers[dossier_key(checked.path, path)] = [
            {"id": f.id, "rule": f.rule, "file": f.location.file, "message": f.message}
            for f in checked.findings]
    data = {"schema": SCHEMA, "dossiers": dict(sorted(dossiers.items()))}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def read_baseline(path: Path) -> dict[str, list[dict]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise RunError(f"--baseline {path}: cannot read: {e}") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA \
            or not isinstance(data.get("dossiers"), dict):
        raise RunError(f"--baseline {path}: not a govcheck baseline (schema {SCHEMA})")
    return data["dossiers"]


def apply_baseline(checked: CheckedDossier, known: dict[str, list[dict]], path: Path) -> None:
    """Move the findings recorded for this dossier to checked.baselined."""
    ids = {e.get("id") for e in known.get(dossier_key(checked.path, path), [])}
    checked.baselined = [f for f in checked.findings if f.id in ids]
    checked.findings = [f for f in checked.findings if f.id not in ids]
