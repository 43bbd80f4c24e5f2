"""govcheck never writes into a dossier, nor into what its links point to, and leaves no
temporary file behind: every file (and link) of the dossiers and of the folder outside them is
hashed with its mtime before and after every command that reads a dossier — validate in every
format, facts, batch — with the temporary folder a private empty one that must be empty again
afterwards. batch runs as a user runs it (a process, its workers); validate and facts run
in-process through the CLI (the same code, a hundred runs without a hundred interpreter starts)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .make_corpus import cases, outside_files, write
from .test_network import _odt

CASES = ["symlink-file-out", "symlink-folder-out", "symlink-in", "symlink-loop", "gbk-name", "odd-names",
         "path-traversal", "zip-symlink-member", "external-template", "misnamed", "truncated", "nested-zips"]
FORMATS = ["console", "json", "sarif", "junit", "markdown", "html", "github"]


def snapshot(*roots: Path) -> dict[str, tuple]:
    """Path → (kind, content hash or link target, mtime in ns) of everything under the roots."""
    out: dict[str, tuple] = {}
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):  # links are listed, not followed
            for name in dirnames + filenames:
                p = os.path.join(dirpath, name)
                st = os.lstat(p)
                if os.path.islink(p):
                    out[p] = ("link", os.readlink(p), st.st_mtime_ns)
                elif os.path.isfile(p):
                    with open(p, "rb") as f:
                        out[p] = ("file", hashlib.sha256(f.read()).hexdigest(), st.st_mtime_ns)
                else:
                    out[p] = ("dir", None, st.st_mtime_ns)
    return out


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> tuple[Path, Path, Path]:
    base = tmp_path_factory.mktemp("untouched")
    outside = base / "_outside"
    outside_files(outside)
    dossiers = base / "dossiers"
    dossiers.mkdir()
    by_name = {c.name: c for c in cases()}
    for name in CASES:
        by_name[name].build(dossiers, outside)
    converted = dossiers / "converted"  # an .odt: LibreOffice converts it in a temporary folder
    converted.mkdir()
    write(converted, "说明.odt", _odt("http://127.0.0.1:9", xxe=False))
    write(converted, "申报表.docx", (dossiers / "misnamed" / "申报表.docx").read_bytes())
    tmp = base / "tmp"
    tmp.mkdir()
    return dossiers, outside, tmp


def _run(tmp: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, TMPDIR=str(tmp), TEMP=str(tmp), TMP=str(tmp))
    return subprocess.run([sys.executable, "-m", "govcheck", *args], capture_output=True, text=True,
                          env=env, timeout=600)


def _commands(dossiers: Path, report: Path) -> list[list[str]]:
    commands = []
    for d in sorted(dossiers.iterdir()):
        # The .odt costs a LibreOffice start per run; the format does not change the reading.
        for fmt in (["json"] if d.name == "converted" else FORMATS):
            commands.append(["validate", str(d), "-j", "tongliao", "-s", "application", "-f", fmt,
                             "-o", str(report)])
        commands.append(["facts", str(d)])
    return commands


def test_validate_and_facts_write_nothing_and_leave_no_temporary_files(world, tmp_path: Path, monkeypatch) -> None:
    import tempfile

    from typer.testing import CliRunner

    from govcheck.cli import app

    dossiers, outside, tmp = world
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    before = snapshot(dossiers, outside)
    assert len(before) > 40
    runner = CliRunner()
    for args in _commands(dossiers, tmp_path / "report.out"):
        r = runner.invoke(app, args)
        assert r.exit_code in (0, 1), (args, r.output, r.exception)
        assert r.exception is None or isinstance(r.exception, SystemExit), (args, repr(r.exception))
        assert snapshot(dossiers, outside) == before, args
        assert list(tmp.iterdir()) == [], (args, list(tmp.iterdir()))


@pytest.mark.parametrize("fmt", ["console", "json"])
def test_batch_writes_nothing_and_leaves_no_temporary_files(world, fmt: str) -> None:
    dossiers, outside, tmp = world
    before = snapshot(dossiers, outside)
    r = _run(tmp, "batch", str(dossiers), "-j", "tongliao", "-s", "application", "-f", fmt)
    assert r.returncode in (0, 1) and "Traceback" not in r.stderr, r.stderr
    assert snapshot(dossiers, outside) == before
    assert list(tmp.iterdir()) == []
