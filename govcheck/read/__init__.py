"""The read stage: a dossier (folder or .zip) → one neutral Document per file.

    from govcheck.read import DossierError, find_manifest, read_dossier
    docs = read_dossier(Path("dossier.zip"))
    found = find_manifest(Path("dossier.zip"))   # ("govcheck.yaml", b"...") or None

Cheap to import: each format's library is loaded only when a file of that format is read, and
the names above are loaded when first used, so importing one reader module (read.names,
read.legacy …) does not load the whole stage.
"""

from __future__ import annotations

from typing import Any

__all__ = ["DossierError", "find_manifest", "read_dossier"]


def __getattr__(name: str) -> Any:
    if name == "find_manifest":
        from .archive import find_manifest

        return find_manifest
    if name == "read_dossier":
        from .dossier import read_dossier

        return read_dossier
    if name == "DossierError":
        from .problems import DossierError

        return DossierError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
