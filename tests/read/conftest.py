"""Fixtures of the read tests (file builders live in builders.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    """write("子目录/附件1.docx", data) → the file, inside tmp_path/"dossier"."""
    root = tmp_path / "dossier"
    root.mkdir(exist_ok=True)

    def _write(rel: str, data: bytes) -> Path:
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        return p

    return _write
