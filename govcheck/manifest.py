"""The optional dossier manifest `govcheck.yaml` (contract: jurisdiction, stage, facts)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from .errors import RunError
from .packs.schema import Stage

MANIFEST_NAME = "govcheck.yaml"


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    jurisdiction: str | None = None
    stage: Stage | None = None
    facts: dict[str, Any] = {}


def _manifest_text(path: Path) -> tuple[str, str] | None:
    """(where, text): the reader finds it at a folder's root or a zip's root / single top folder."""
    from .read import find_manifest

    found = find_manifest(path)
    if found is None:
        return None
    where, data = found
    return where, data.decode("utf-8")


def read_manifest(path: Path) -> Manifest:
    import yaml

    try:
        found = _manifest_text(path)
    except (OSError, UnicodeDecodeError) as e:
        raise RunError(f"{path / MANIFEST_NAME}: cannot read the manifest: {e}") from e
    if found is None:
        return Manifest()
    _, text = found
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as e:
        raise RunError(f"{MANIFEST_NAME} in {path}: not valid YAML: {e}") from e
    try:
        return Manifest.model_validate(data)
    except ValidationError as e:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in e.errors()
        )
        raise RunError(f"{MANIFEST_NAME} in {path}: {problems}") from None
