"""An output file checked before any dossier is read: an unwritable output exits 2 at once."""

from __future__ import annotations

import tempfile
from pathlib import Path

from ..errors import RunError


def check_writable_file(path: Path) -> None:
    """A file that will be written at the end: its folder must exist and take a new file now."""
    if path.is_dir():
        raise RunError(f"{path}: is a folder, not a file")
    parent = path.parent if str(path.parent) else Path(".")
    try:
        with tempfile.NamedTemporaryFile(dir=parent, prefix=".govcheck-"):
            pass
    except OSError as e:
        raise RunError(f"{path}: cannot write: {e.strerror or e}") from None
