"""Every case of the hostile corpus (make_corpus.py) through the whole pipeline and every report
format: the expected finding names the file and the limit or reason, the good file next to the
hostile one is still read, nothing from outside the dossier appears, and every output is valid
(JSON, SARIF against its schema, JUnit XML) and valid UTF-8 whatever the names."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import jsonschema
import pytest

from govcheck.pipeline import Options, check_dossier
from govcheck.report.common import exit_code

from .make_corpus import FORM, SECRET, cases

NAMES = [c.name for c in cases()]
SARIF_SCHEMA = json.loads((Path(__file__).parents[1] / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def _check(case, path: Path, lang: str = "zh"):
    options = Options(jurisdiction="tongliao", stage="application", as_of=date(2026, 3, 1), lang=lang,
                      limits=dict(case.limits))
    return check_dossier(path, options)


def _outputs(checked) -> dict[str, str]:
    from importlib import import_module

    from rich.console import Console

    out = {}
    for fmt in ("json", "sarif", "junit", "markdown", "html", "github"):
        out[fmt] = import_module(f"govcheck.report.{fmt}").render(checked)
    buf = io.StringIO()
    import_module("govcheck.report.console").render(checked, Console(file=buf, width=120, no_color=True))
    out["console"] = buf.getvalue()
    return out


@pytest.mark.parametrize("name", NAMES)
def test_case_gives_its_finding_and_valid_output(corpus, name: str) -> None:
    case, path = corpus[name]
    checked = _check(case, path)
    if case.rule is None:
        tool = [f for f in checked.findings if f.rule.startswith("govcheck/") and f.location.file == case.file
                and f.rule != "govcheck/unclassified-file"]
        assert tool == [], [f.message for f in tool]
        assert any(d.path == case.file and d.readable for d in checked.documents), [d.path for d in checked.documents]
    else:
        hits = [f for f in checked.findings if f.rule == case.rule
                and (case.file is None or f.location.file == case.file) and case.text in f.message]
        assert hits, [(f.rule, f.location.file, f.message) for f in checked.findings if f.rule.startswith("govcheck/")]
        if case.severity:
            assert hits[0].severity == case.severity
    good = [d for d in checked.documents if d.path == FORM]
    assert all(d.readable and d.paragraphs for d in good)  # the good file beside it is read
    if case.rule and case.severity in (None, "error"):  # an error finding fails the dossier
        assert exit_code(checked, "error") == 1

    for fmt, text in _outputs(checked).items():
        text.encode("utf-8")  # no lone surrogates: the output is valid UTF-8
        for secret in case.absent:
            assert secret not in text, (fmt, secret)
    outputs = _outputs(checked)
    json.loads(outputs["json"])
    jsonschema.validate(json.loads(outputs["sarif"]), SARIF_SCHEMA)
    ElementTree.fromstring(outputs["junit"].encode("utf-8"))


def test_english_messages_name_the_limit(corpus) -> None:
    case, path = corpus["million-rows"]
    checked = _check(case, path, lang="en")
    [hit] = [f for f in checked.findings if f.rule == "govcheck/limit-exceeded"]
    assert "limit sheet_rows=20000 exceeded" in hit.message and "only the first 20000 rows" in hit.message
    assert "--limit sheet_rows=" in hit.hint


def test_million_row_sheet_is_read_up_to_the_limit(corpus) -> None:
    case, path = corpus["million-rows"]
    [sheet_doc] = [d for d in _check(case, path).documents if d.path == "概算表.xlsx"]
    [sheet] = sheet_doc.sheets
    assert len(sheet.rows) == 20000 and sheet.rows[-1][0] == 19999  # rows 1..20000: header + 19999


def test_a_raised_limit_reads_further(corpus) -> None:
    case, path = corpus["wide-sheet"]
    case.limits = {"sheet_cols": 1000}
    try:
        checked = _check(case, path)
    finally:
        case.limits = {}
    assert not [f for f in checked.findings if f.rule == "govcheck/limit-exceeded"]
    [doc] = [d for d in checked.documents if d.path == "概算表.xlsx"]
    assert len(doc.sheets[0].rows[0]) == 600


def test_link_inside_is_read_once_and_loops_end(corpus) -> None:
    case, path = corpus["symlink-in"]
    paths = [d.path for d in _check(case, path).documents]
    assert paths == [FORM]  # neither 子目录/申报表副本.docx nor 子目录/上级/… again


def test_link_out_of_the_dossier_is_not_read(corpus) -> None:
    case, path = corpus["symlink-file-out"]
    docs = {d.path: d for d in _check(case, path).documents}
    for name in ("可研报告.txt", "可研报告.docx"):
        assert docs[name].readable is False and docs[name].problem == "link"
        assert not docs[name].paragraphs


def test_non_utf8_names_are_escaped_with_a_gbk_reading(corpus) -> None:
    case, path = corpus["gbk-name"]
    [doc] = [d for d in _check(case, path).documents if d.path != FORM]
    assert doc.path == "\\xbf\\xc9\\xd1\\xd0\\xb1\\xa8\\xb8\\xe6.docx"
    assert any("可研报告.docx" in n for n in doc.notes)


def test_odd_names_are_escaped_once_for_every_format(corpus) -> None:
    case, path = corpus["odd-names"]
    paths = {d.path for d in _check(case, path).documents}
    assert {"换行\\x0a名称.docx", "终端\\x1b[31m红色.docx", "反向\\u202excod.exe"} <= paths
    assert "-rf --no-preserve-root.docx" in paths and "  空格  .docx" in paths


# --------------------------------------------------------------------------- through the CLI


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "govcheck", *args], capture_output=True, text=True,
                          encoding="utf-8", errors="strict", timeout=300)


def test_missing_path_is_exit_2_with_one_message(tmp_path) -> None:
    r = _cli("validate", str(tmp_path / "不存在"), "-j", "tongliao", "-s", "application")
    assert r.returncode == 2 and "不存在" in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("name", ["million-rows", "gbk-name", "odd-names", "zip-symlink-member"])
def test_cli_json_is_valid_and_exits_by_findings(corpus, name: str) -> None:
    case, path = corpus[name]
    r = _cli("validate", str(path), "-j", "tongliao", "-s", "application", "-f", "json", "--as-of", "2026-03-01")
    assert r.returncode in (0, 1) and "Traceback" not in r.stderr
    report = json.loads(r.stdout)
    assert SECRET not in r.stdout and r.returncode == (1 if report["summary"]["errors"] else 0)
    assert case.rule is None or any(f["rule"] == case.rule for f in report["findings"])


def test_cli_limit_option(corpus) -> None:
    case, path = corpus["file-size-limit"]
    r = _cli("validate", str(path), "-j", "tongliao", "-s", "application", "-f", "json", "--limit", "file_size=500k")
    rules = [f["rule"] for f in json.loads(r.stdout)["findings"]]
    assert "govcheck/limit-exceeded" in rules
    r = _cli("validate", str(path), "-j", "tongliao", "-s", "application", "--limit", "file_size=lots")
    assert r.returncode == 2 and "file_size" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.parametrize("name", ["empty", "nothing-readable"])
def test_a_dossier_without_documents_fails_with_a_valid_report(corpus, name: str) -> None:
    # No -j/-s and nothing to detect them from: still a report (jurisdiction and stage
    # "unknown"), exit 1 — not a pass, and not exit 2 (the run was done).
    _, path = corpus[name]
    r = _cli("validate", str(path), "-f", "json")
    assert r.returncode == 1, r.stderr
    report = json.loads(r.stdout)
    jsonschema.validate(report, json.loads((Path(__file__).parents[2] / "docs" / "report.schema.json").read_text()))
    assert report["dossier"]["jurisdiction"] == "unknown" and report["summary"]["passed"] is False
    assert "govcheck/no-documents" in [f["rule"] for f in report["findings"] if f["severity"] == "error"]


def test_a_manifest_linked_from_outside_the_dossier_is_not_read(tmp_path: Path) -> None:
    from govcheck.read import find_manifest

    outside = tmp_path / "outside.yaml"
    outside.write_text("jurisdiction: hunan\nstage: acceptance\n", encoding="utf-8")
    dossier = tmp_path / "dossier"
    dossier.mkdir()
    (dossier / "govcheck.yaml").symlink_to(outside)
    assert find_manifest(dossier) is None
    (dossier / "govcheck.yaml").unlink()
    (dossier / "govcheck.yaml").write_text("jurisdiction: tongliao\n", encoding="utf-8")
    assert find_manifest(dossier) == ("govcheck.yaml", b"jurisdiction: tongliao\n")
