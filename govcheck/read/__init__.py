"""The read stage: a dossier (folder or .zip) → one neutral Document per file.

    from govcheck.read import DossierError, find_manifest, read_dossier
    docs = read_dossier(Path("dossier.zip"))
    found = find_manifest(Path("dossier.zip"))   # ("govcheck.yaml", b"...") or None

Cheap to import: each format's library is loaded only when a file of that format is read.
"""

from .archive import find_manifest
from .dossier import read_dossier
from .problems import DossierError

__all__ = ["DossierError", "find_manifest", "read_dossier"]
