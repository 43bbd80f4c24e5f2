"""Shared fixtures of the pack tests."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def pack_dir(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """A --rules folder holding the test module's own pack (its PACK text as demo.yaml) and the
    measure's source text (its SOURCE) the quotes are checked against."""
    d = tmp_path / "packs"
    (d / "sources").mkdir(parents=True)
    (d / "sources" / "demo.txt").write_text(request.module.SOURCE, encoding="utf-8")
    (d / "demo.yaml").write_text(request.module.PACK, encoding="utf-8")
    return d
