"""tools/fuzz.py, imported for the fuzz tests (tools/ is scripts, not a package)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

FUZZ = Path(__file__).resolve().parents[2] / "tools" / "fuzz.py"


def load_fuzz():
    spec = importlib.util.spec_from_file_location("govcheck_fuzz", FUZZ)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def fuzz():
    return load_fuzz()
