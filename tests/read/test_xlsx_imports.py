"""A workbook the lean reader reads (read/xlsx_cells.py) costs no openpyxl import: validating a
dossier with an .xlsx budget and no shared formula leaves openpyxl out of sys.modules; a shared
formula (translated by openpyxl's Translator) brings it in."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from .builders import xlsx_bytes

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_dossiers" / "hunan-approval-clean"

PROBE = """
import sys
from govcheck.cli import app
try:
    app(sys.argv[1:])
except SystemExit:
    pass
print("openpyxl" in sys.modules)
"""


def _openpyxl_imported(dossier: Path, cache: Path) -> bool:
    r = subprocess.run([sys.executable, "-c", PROBE, "validate", str(dossier), "--as-of", "2026-03-01", "-f", "json",
                        "-o", str(cache / "report.json")],
                       capture_output=True, text=True, cwd=ROOT, timeout=120,
                       env={**os.environ, "GOVCHECK_CACHE_DIR": str(cache)})
    assert (cache / "report.json").exists(), r.stderr
    return r.stdout.strip().splitlines()[-1] == "True"


def test_a_plain_budget_workbook_imports_no_openpyxl(tmp_path: Path) -> None:
    assert any(SAMPLE.glob("*.xlsx"))
    assert not _openpyxl_imported(SAMPLE, tmp_path)


def test_a_shared_formula_brings_openpyxl_in(tmp_path: Path) -> None:
    def build(wb):
        ws = wb.active
        for r in range(1, 4):
            ws.cell(r, 1, r)
        ws["B1"] = "=A1*2"

    data = xlsx_bytes(build)
    # openpyxl writes no shared formulas: make B1's the master of B1:B3, as Excel does on a fill
    import io
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name in src.namelist():
            part = src.read(name)
            if name == "xl/worksheets/sheet1.xml":
                part = part.replace(b"<f>A1*2</f>", b'<f t="shared" ref="B1:B3" si="0">A1*2</f>')
                assert b't="shared"' in part
            z.writestr(name, part)
    dossier = tmp_path / "d"
    shutil.copytree(SAMPLE, dossier)
    (dossier / "附件9-测算.xlsx").write_bytes(out.getvalue())
    assert _openpyxl_imported(dossier, tmp_path)
