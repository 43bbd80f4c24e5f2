"""The naive load, as a user would hand-write it: python-docx ``Document()`` on every .docx and
openpyxl ``load_workbook()`` on every .xlsx below the given folders (nothing checked).

    python tools/naive.py PATH...
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
import openpyxl


def naive(path: Path) -> int:
    loaded = 0
    for f in sorted(path.rglob("*")):
        suffix = f.suffix.lower()
        if suffix == ".docx":
            docx.Document(str(f))
            loaded += 1
        elif suffix == ".xlsx":
            openpyxl.load_workbook(f)
            loaded += 1
    return loaded


if __name__ == "__main__":
    print(sum(naive(Path(p)) for p in sys.argv[1:]))
