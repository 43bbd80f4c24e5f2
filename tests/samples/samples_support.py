"""Shared helpers for the sample-dossier tests: the builder module and expected.yaml."""

from __future__ import annotations

import importlib.util
import sys
from functools import lru_cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
SAMPLES_DIR = ROOT / "sample_dossiers"
BUILD_SCRIPT = SAMPLES_DIR / "build.py"
EXPECTED = SAMPLES_DIR / "expected.yaml"


@lru_cache(maxsize=1)
def builder():
    """sample_dossiers/build.py as a module (it is a script, not part of the package)."""
    spec = importlib.util.spec_from_file_location("sample_dossiers_build", BUILD_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being created
    spec.loader.exec_module(module)
    return module


@lru_cache(maxsize=1)
def expected() -> dict[str, dict]:
    return yaml.safe_load(EXPECTED.read_text(encoding="utf-8"))["samples"]
