"""The per-file read cache (issue 9): a file read once is not parsed again while a cache is in
force; its key is the file's bytes (plus extension, limits and code), never its name."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import docx

from govcheck import cache
from govcheck.read.dossier import read_document
from govcheck.read.sniff import sniff

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_dossiers" / "tongliao-application-clean"


def _entries(root: Path) -> set[str]:
    return {p.name for p in (root / "documents").glob("*/*")}


def test_same_bytes_read_once_whatever_the_name(tmp_path: Path) -> None:
    data = (SAMPLE / "附件2-可行性研究报告.docx").read_bytes()
    found = sniff(data, "a.docx")
    cache.activate(cache.Cache(tmp_path), documents=True)
    try:
        first = read_document("a.docx", data, found)
        again = read_document("其他名称.docx", data, found)
    finally:
        cache.activate(None)
    assert len(_entries(tmp_path)) == 1
    assert again.path == "其他名称.docx" and first.path == "a.docx"
    assert [p.text for p in again.paragraphs] == [p.text for p in first.paragraphs]
    assert again.tables == first.tables and len(first.paragraphs) > 10


def test_a_resubmitted_dossier_rereads_only_the_changed_file(tmp_path: Path) -> None:
    dossiers, store = tmp_path / "round", tmp_path / "cache"
    shutil.copytree(SAMPLE, dossiers / "a")
    run = [sys.executable, "-m", "govcheck", "batch", str(dossiers), "-f", "json", "--workers", "1",
           "--as-of", "2026-03-01", "--cache-dir", str(store), "--no-progress"]
    assert subprocess.run(run, capture_output=True, timeout=300).returncode in (0, 1)
    first = _entries(store)
    readable = [p for p in (dossiers / "a").iterdir() if p.suffix in (".docx", ".xlsx")]
    assert len(first) == len(readable)
    changed = dossiers / "a" / "附件2-可行性研究报告.docx"
    d = docx.Document(str(changed))
    d.add_paragraph("补充说明：本次修改仅增加此段。")
    d.save(str(changed))
    assert subprocess.run(run, capture_output=True, timeout=300).returncode in (0, 1)
    assert len(_entries(store)) == len(first) + 1  # one new entry: only the edited file was read


def test_a_conversion_cache_alone_remembers_no_file(tmp_path: Path) -> None:
    """batch --no-cache still converts through its run's own cache, but keeps no parsed file."""
    data = (SAMPLE / "附件2-可行性研究报告.docx").read_bytes()
    cache.activate(cache.Cache(tmp_path))  # conversions only
    try:
        read_document("a.docx", data, sniff(data, "a.docx"))
    finally:
        cache.activate(None)
    assert _entries(tmp_path) == set()
