"""The floor for govcheck's speed: read every file's bytes and parse every XML part of each
Office file (.docx/.xlsx: zip members ending .xml/.rels) with lxml — the work any checker of
these dossiers must do at least. Nothing else: no classification, no rules.

    python tools/floor.py PATH...      (folders: every file below them)
"""

from __future__ import annotations

import sys
import zipfile
from io import BytesIO
from pathlib import Path

from lxml import etree


def floor(path: Path) -> int:
    parsed = 0
    for f in sorted(path.rglob("*")) if path.is_dir() else [path]:
        if not f.is_file():
            continue
        data = f.read_bytes()
        if data[:4] != b"PK\x03\x04":
            continue
        try:
            with zipfile.ZipFile(BytesIO(data)) as zf:
                for name in zf.namelist():
                    if name.endswith((".xml", ".rels")):
                        etree.fromstring(zf.read(name))
                        parsed += 1
        except (zipfile.BadZipFile, etree.XMLSyntaxError):
            continue
    return parsed


if __name__ == "__main__":
    print(sum(floor(Path(p)) for p in sys.argv[1:]))
