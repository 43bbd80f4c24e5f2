"""Set-up paid once: --help and --version import no reader; pypdf only when a PDF is read;
the vocabulary parsed once per process; a validated pack comes from the cache while its file
and govcheck are unchanged, and an edited or invalid pack is never served from it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import AS_OF, ROOT, SAMPLES

PROBE = """
import sys
from govcheck.cli import app
code = None
try:
    app(sys.argv[1:])
except SystemExit as e:
    code = e.code
heavy = ("docx", "openpyxl", "pypdf", "cryptography", "python_calamine", "lxml")
print(code)
print(" ".join(sorted(m for m in heavy if m in sys.modules)))
"""


def _run_probe(*args: str, cache: Path) -> tuple[str, set[str]]:
    env = {**os.environ, "GOVCHECK_CACHE_DIR": str(cache)}
    r = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, cwd=ROOT,
                       env=env, timeout=120)
    lines = r.stdout.split("\n")
    return lines[-3], set(lines[-2].split())


def _imported(*args: str, cache: Path) -> set[str]:
    return _run_probe(*args, cache=cache)[1]


def test_help_and_version_import_no_reader(tmp_path: Path) -> None:
    assert _run_probe("--help", cache=tmp_path) == ("0", set())
    assert _run_probe("batch", "--help", cache=tmp_path) == ("0", set())
    # whatever --version prints (its option is another change's), it loads no reader for it
    assert _imported("--version", cache=tmp_path) == set()


def test_pypdf_only_for_pdfs(tmp_path: Path) -> None:
    docx_only = _imported("validate", str(SAMPLES / "tongliao-acceptance-clean"), "--as-of", AS_OF, "-f", "json",
                          cache=tmp_path)
    # .docx files are read with lxml (read/ooxml.py): python-docx only writes files
    assert "lxml" in docx_only and "docx" not in docx_only
    assert "pypdf" not in docx_only and "cryptography" not in docx_only
    from pypdf import PdfWriter

    dossier = tmp_path / "d"
    shutil.copytree(SAMPLES / "tongliao-acceptance-clean", dossier)
    w = PdfWriter()
    w.add_blank_page(200, 200)
    with (dossier / "扫描件.pdf").open("wb") as f:
        w.write(f)
    assert "pypdf" in _imported("validate", str(dossier), "--as-of", AS_OF, "-f", "json", cache=tmp_path)


def test_vocabulary_files_are_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import yaml

    from govcheck import vocabulary

    monkeypatch.setenv("GOVCHECK_NO_PACK_CACHE", "1")  # once per process even without the cache
    vocabulary._load.cache_clear()
    calls: list[str] = []
    real = yaml.load

    def counting(stream, Loader):  # noqa: N803 — PyYAML's name
        calls.append(Loader.__name__)
        return real(stream, Loader=Loader)

    monkeypatch.setattr(yaml, "load", counting)
    from govcheck.identify.classify import documents_data

    documents_data.cache_clear()
    vocabulary.builtin_document_kinds.cache_clear()
    vocabulary.builtin_facts.cache_clear()
    for _ in range(3):
        documents_data(), vocabulary.document_kinds(), vocabulary.facts()
    assert len(calls) == 2  # documents.yaml and facts.yaml, once each
    assert set(calls) == {getattr(yaml, "CSafeLoader", yaml.SafeLoader).__name__}


def test_packs_come_from_the_cache_until_their_file_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from govcheck import cache
    from govcheck.packs import load
    from govcheck.packs.load import PackError

    monkeypatch.setenv("GOVCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("GOVCHECK_NO_PACK_CACHE", raising=False)
    pack_file = tmp_path / "rules" / "tongliao.yaml"
    pack_file.parent.mkdir()
    shutil.copy(ROOT / "rules" / "tongliao.yaml", pack_file)
    (pack_file.parent / "sources").mkdir()  # the pack's quotes are checked against its source
    shutil.copy(ROOT / "rules" / "sources" / "tongliao.txt", pack_file.parent / "sources")
    parsed: list[Path] = []
    real = load._parse_pack_file

    def counting(path: Path):
        parsed.append(path)
        return real(path)

    monkeypatch.setattr(load, "_parse_pack_file", counting)
    first = cache.load_compiled_pack(pack_file, load._parse_pack_file)
    second = cache.load_compiled_pack(pack_file, load._parse_pack_file)
    assert len(parsed) == 1 and second == first  # the second came from the cache, equal
    pack_file.write_text(pack_file.read_text(encoding="utf-8").replace("document: 通政发〔2024〕97号", "document: 通政发〔2025〕1号", 1),
                         encoding="utf-8")
    edited = cache.load_compiled_pack(pack_file, load._parse_pack_file)
    assert len(parsed) == 2 and edited.pack.document == "通政发〔2025〕1号"
    source = pack_file.parent / "sources" / "tongliao.txt"  # its source text is part of the key
    source.write_text(source.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    cache.load_compiled_pack(pack_file, load._parse_pack_file)
    assert len(parsed) == 3
    pack_file.write_text("pack: [not, valid", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(PackError):
            cache.load_compiled_pack(pack_file, load._parse_pack_file)
    assert len(parsed) == 5  # errors are never cached


def test_vocabulary_comes_from_the_cache_until_its_file_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import yaml

    from govcheck import cache, vocabulary

    monkeypatch.setenv("GOVCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("GOVCHECK_NO_PACK_CACHE", raising=False)
    parsed: list[str] = []
    real = vocabulary._parse

    def counting(path: Path) -> dict:
        parsed.append(path.name)
        return real(path)

    monkeypatch.setattr(vocabulary, "_parse", counting)
    data = tmp_path / "facts.yaml"
    shutil.copy(vocabulary.DATA / "facts.yaml", data)
    first = cache.load_compiled_data(data, vocabulary._parse)
    again = cache.load_compiled_data(data, vocabulary._parse)
    assert parsed == ["facts.yaml"] and again == first == yaml.safe_load(data.read_text(encoding="utf-8"))
    data.write_text(data.read_text(encoding="utf-8") + "\nextra_key: 1\n", encoding="utf-8")
    assert cache.load_compiled_data(data, vocabulary._parse)["extra_key"] == 1  # edited: parsed again
    assert parsed == ["facts.yaml", "facts.yaml"]


def test_a_manifest_is_parsed_once_per_content(tmp_path: Path) -> None:
    """The second `validate` of a dossier whose govcheck.yaml did not change imports no PyYAML
    (its parse comes from the cache); an edited manifest is read afresh, a broken one is
    reported on every run (errors are never cached)."""
    cache = tmp_path / "cache"
    dossier = tmp_path / "d"
    shutil.copytree(SAMPLES / "tongliao-acceptance-clean", dossier)
    probe = PROBE.replace('"lxml")', '"lxml", "yaml")')

    def run() -> tuple[str, set[str], str]:
        env = {**os.environ, "GOVCHECK_CACHE_DIR": str(cache)}
        env.pop("GOVCHECK_NO_PACK_CACHE", None)
        r = subprocess.run([sys.executable, "-c", probe, "validate", str(dossier), "--as-of", AS_OF, "-f", "json"],
                           capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
        lines = r.stdout.split("\n")
        return lines[-3], set(lines[-2].split()), r.stdout + r.stderr

    first, second = run(), run()
    assert first[0] == second[0] == "0"
    assert "yaml" in first[1] and "yaml" not in second[1]
    manifest = dossier / "govcheck.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace("stage: acceptance", "stage: application"),
                        encoding="utf-8")
    edited = run()
    assert "yaml" in edited[1] and '"stage": "application"' in edited[2]
    manifest.write_text("jurisdiction: [tongliao\n", encoding="utf-8")
    for _ in range(2):
        code, loaded, out = run()
        assert code == "2" and "yaml" in loaded and "not valid YAML" in out


def test_the_command_sets_the_collector_for_a_short_run_and_the_library_does_not() -> None:
    """`govcheck` / `python -m govcheck` raise the cycle collector's first threshold before any
    import (start-up's long-lived objects were walked ~100 times a run); importing govcheck.cli
    as a library leaves the caller's setting alone."""
    probe = ("import gc, sys\n"
             "gc.set_threshold(700, 10, 10)\n"
             "import govcheck.cli\n"
             "print(gc.get_threshold())\n"
             "sys.argv = ['govcheck', '--version']\n"
             "from govcheck.__main__ import main\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\n"
             "print(gc.get_threshold())\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT,
                         timeout=120).stdout.split("\n")
    assert out[0] == "(700, 10, 10)"
    assert out[-2] == "(100000, 10, 10)" and out[1].startswith("govcheck ")
