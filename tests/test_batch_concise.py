"""`batch -f concise` (contract: validate and batch): one line per finding, as validate prints them,
then each dossier's verdict line; a dossier that could not be checked is one error line."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_dossiers"


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "govcheck", *args], capture_output=True, text=True,
                          timeout=300)


def test_batch_concise_matches_validate_line_for_line(tmp_path: Path) -> None:
    for name in ("tongliao-acceptance-clean", "tongliao-acceptance-missing"):
        shutil.copytree(SAMPLES / name, tmp_path / name)
    (tmp_path / "broken.zip").write_bytes(b"PK\x03\x04 not really a zip")
    r = _run("batch", str(tmp_path), "-f", "concise", "--as-of", "2026-03-01", "--no-cache",
             "--workers", "1", "--no-progress")
    assert r.returncode == 1, r.stderr
    out = r.stdout.splitlines()
    one = _run("validate", str(tmp_path / "tongliao-acceptance-missing"), "-f", "concise",
               "--as-of", "2026-03-01")
    assert one.returncode == 1
    for line in one.stdout.splitlines():  # the same lines, verdict included
        assert line in out, (line, out)
    assert f"{tmp_path / 'tongliao-acceptance-clean'}: PASS errors 0 warnings 0 info 0" in out
    broken = [x for x in out if x.startswith(str(tmp_path / "broken.zip"))]
    assert broken[0].split(": ", 1)[1].startswith("error govcheck/batch-error ")
    assert broken[-1].startswith(f"{tmp_path / 'broken.zip'}: FAIL")


def test_batch_concise_only_failed_leaves_passing_dossiers_out(tmp_path: Path) -> None:
    for name in ("tongliao-acceptance-clean", "tongliao-acceptance-missing"):
        shutil.copytree(SAMPLES / name, tmp_path / name)
    r = _run("batch", str(tmp_path), "-f", "concise", "--as-of", "2026-03-01", "--no-cache",
             "--only-failed", "--workers", "1", "--no-progress")
    assert r.returncode == 1, r.stderr
    assert "tongliao-acceptance-clean" not in r.stdout
    assert "tongliao/TL-38f" in r.stdout
