"""The hostile corpus, generated once per test session (tests/hostile/make_corpus.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .make_corpus import Case, cases, outside_files


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> dict[str, tuple[Case, Path]]:
    """Case name → (case, its dossier); the files links point to are in a folder beside them."""
    base = tmp_path_factory.mktemp("hostile")
    outside = base / "_outside"
    outside_files(outside)
    dossiers = base / "dossiers"
    dossiers.mkdir()
    return {c.name: (c, c.build(dossiers, outside)) for c in cases()}
