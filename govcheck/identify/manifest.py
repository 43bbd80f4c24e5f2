"""The optional dossier manifest `govcheck.yaml` (contract: jurisdiction, stage, facts)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from ..errors import RunError
from ..packs.schema import Stage
from ..read import find_manifest

MANIFEST_NAME = "govcheck.yaml"


class Waiver(BaseModel):
    """An exception a reviewer granted (e.g. 延期验收 approved): the finding is shown as waived
    and not counted. ``document`` is the file in the dossier that grants it; ``file`` narrows
    the waiver to findings on one file."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    rule: str  # a rule id or glob: tongliao/TL-38b, TL-38*
    reason: str
    approved_by: str | None = None
    document: str | None = None
    expires: date | None = None
    file: str | None = None


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    jurisdiction: str | None = None
    stage: Stage | None = None
    facts: dict[str, Any] = {}
    waivers: list[Waiver] = []


class ManifestSyntaxError(Exception):
    """The manifest is not YAML (PyYAML's own error, kept out of callers that never import it)."""


def _parse_yaml(text: str) -> Any:
    import yaml  # only when this manifest's text was not parsed before (load_parsed_text)

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise ManifestSyntaxError(str(e)) from e


def _manifest_text(path: Path) -> tuple[str, str] | None:
    """(where, text): the reader finds it at a folder's root or a zip's root / single top folder."""
    found = find_manifest(path)
    if found is None:
        return None
    where, data = found
    return where, data.decode("utf-8")


def read_manifest(path: Path) -> Manifest:
    try:
        found = _manifest_text(path)
    except (OSError, UnicodeDecodeError) as e:
        raise RunError(f"{path / MANIFEST_NAME}: cannot read the manifest: {e}") from e
    if found is None:
        return Manifest()
    _, text = found
    from ..cache import load_parsed_text

    try:
        data = load_parsed_text("manifest", text, _parse_yaml) or {}
    except ManifestSyntaxError as e:
        raise RunError(f"{MANIFEST_NAME} in {path}: not valid YAML: {e}") from e
    try:
        return Manifest.model_validate(data)
    except ValidationError as e:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in e.errors()
        )
        raise RunError(f"{MANIFEST_NAME} in {path}: {problems}") from None
