"""`govcheck batch`: every child dossier checked, one bad dossier never stops the others."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_dossiers"


def test_batch_json_lines_with_a_broken_dossier(tmp_path: Path) -> None:
    for name in ("tongliao-acceptance-clean", "tongliao-acceptance-missing"):
        shutil.copytree(SAMPLES / name, tmp_path / name)
    (tmp_path / "broken.zip").write_bytes(b"PK\x03\x04 not really a zip")
    (tmp_path / "notes.txt").write_text("not a dossier", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "govcheck", "batch", str(tmp_path), "-f", "json",
                        "--as-of", "2026-03-01", "--no-cache"], capture_output=True, text=True, timeout=300)
    assert r.returncode == 1, r.stderr
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    by_name = {Path(x["dossier"]["path"]).name: x for x in lines}
    assert set(by_name) == {"tongliao-acceptance-clean", "tongliao-acceptance-missing", "broken.zip"}
    assert by_name["tongliao-acceptance-clean"]["summary"]["passed"] is True
    assert by_name["tongliao-acceptance-missing"]["summary"]["errors"] >= 3
    assert by_name["broken.zip"]["schema"] == "govcheck.batch-error/1" and by_name["broken.zip"]["error"]


def test_batch_console_summary(tmp_path: Path) -> None:
    shutil.copytree(SAMPLES / "tongliao-acceptance-clean", tmp_path / "a")
    r = subprocess.run([sys.executable, "-m", "govcheck", "batch", str(tmp_path), "--as-of", "2026-03-01",
                        "--lang", "en", "--no-cache"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "PASS" in r.stdout and "passed 1" in r.stdout


def test_batch_rejects_a_path_that_is_not_a_folder(tmp_path: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "govcheck", "batch", str(tmp_path / "nope")],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "not a folder" in r.stderr
