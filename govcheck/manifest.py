"""The optional dossier manifest `govcheck.yaml` (contract: jurisdiction, stage, facts)."""

from __future__ import annotations

import zipfile
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


def _manifest_text(path: Path) -> str | None:
    if path.is_dir():
        f = path / MANIFEST_NAME
        return f.read_text(encoding="utf-8") if f.is_file() else None
    if path.is_file() and zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            names = [n for n in z.namelist() if n.rsplit("/", 1)[-1] == MANIFEST_NAME]
            # the root one, or the one in the single top folder a zip of a folder has
            names.sort(key=lambda n: n.count("/"))
            if names and names[0].count("/") <= 1:
                return z.read(names[0]).decode("utf-8")
    return None


def read_manifest(path: Path) -> Manifest:
    import yaml

    try:
        text = _manifest_text(path)
    except (OSError, UnicodeDecodeError, zipfile.BadZipFile) as e:
        raise RunError(f"{path / MANIFEST_NAME}: cannot read the manifest: {e}") from e
    if text is None:
        return Manifest()
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
