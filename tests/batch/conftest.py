"""Helpers for the batch tests: real sample dossiers copied into a round folder, govcheck run
as a user runs it (a subprocess), with a cache folder of the test's own."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "sample_dossiers"
AS_OF = "2026-03-01"


@pytest.fixture
def gc(tmp_path: Path):
    cache = tmp_path / "user-cache"

    def run(*args: str, env: dict[str, str] | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
        e = {**os.environ, "GOVCHECK_CACHE_DIR": str(cache), "COLUMNS": "80", **(env or {})}
        return subprocess.run([sys.executable, "-m", "govcheck", *args], capture_output=True, text=True,
                              timeout=timeout, env=e, cwd=ROOT)

    run.cache = cache  # type: ignore[attr-defined]
    return run


def make_round(folder: Path, *samples: str, names: dict[str, str] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for s in samples:
        shutil.copytree(SAMPLES / s, folder / (names or {}).get(s, s))
    return folder
