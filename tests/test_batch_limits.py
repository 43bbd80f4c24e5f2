"""`batch --limit NAME=VALUE`: the read limits of validate (docs/security.md) reach every dossier of
a batch; a bad limit is refused before any checking."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_dossiers" / "tongliao-application-clean"


def _batch(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "govcheck", "batch", str(tmp_path), "-f", "json",
                           "--as-of", "2026-03-01", "--no-cache", "--workers", "1", "--no-progress",
                           *extra], capture_output=True, text=True, timeout=300)


def test_a_sheet_limit_reaches_the_batch(tmp_path: Path) -> None:
    shutil.copytree(SAMPLE, tmp_path / "a")
    plain = [json.loads(x) for x in _batch(tmp_path).stdout.splitlines()]
    limited = [json.loads(x) for x in _batch(tmp_path, "--limit", "sheet_rows=3").stdout.splitlines()]
    rules = lambda rep: {f["rule"] for f in rep[0]["findings"]}  # noqa: E731
    assert "govcheck/limit-exceeded" not in rules(plain)
    assert "govcheck/limit-exceeded" in rules(limited)
    hit = next(f for f in limited[0]["findings"] if f["rule"] == "govcheck/limit-exceeded")
    assert "sheet_rows" in hit["message"] and hit["location"]["file"]


def test_an_unknown_limit_exits_2_before_checking(tmp_path: Path) -> None:
    shutil.copytree(SAMPLE, tmp_path / "a")
    r = _batch(tmp_path, "--limit", "bogus=1")
    assert r.returncode == 2 and "bogus" in r.stderr and r.stdout == ""
