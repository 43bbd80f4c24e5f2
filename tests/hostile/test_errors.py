"""Errors reach the user as one clear line naming the dossier, never a traceback — unless
--debug, which lets the traceback through. Exit 2 only when the run could not be done."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from govcheck import cli, pipeline


def _boom(path, options):
    raise ZeroDivisionError("a bug")


def test_an_unexpected_error_is_one_line_naming_the_dossier(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(pipeline, "check_dossier", _boom)
    r = CliRunner().invoke(cli.app, ["validate", str(tmp_path / "材料"), "-j", "tongliao"])
    assert r.exit_code == 2
    assert "材料: internal error (ZeroDivisionError: a bug); run with --debug" in r.output
    assert "Traceback" not in r.output


def test_debug_lets_the_traceback_through(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(pipeline, "check_dossier", _boom)
    monkeypatch.setattr(cli, "_DEBUG", True)
    r = CliRunner().invoke(cli.app, ["validate", str(tmp_path), "-j", "tongliao"])
    assert isinstance(r.exception, ZeroDivisionError)


@pytest.mark.parametrize("where", ["before", "after"])
def test_debug_is_accepted_anywhere_on_the_line(tmp_path: Path, where: str) -> None:
    args = ["validate", str(tmp_path / "missing")]
    args = ["--debug", *args] if where == "before" else [*args, "--debug"]
    r = subprocess.run([sys.executable, "-m", "govcheck", *args], capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "no such folder or file" in r.stderr and "No such option" not in r.stderr
