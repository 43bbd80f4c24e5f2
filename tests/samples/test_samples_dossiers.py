"""Dossiers written as data (data/<id>/dossiers.yaml, builder/dossiers.py): a measure's samples
need no places/<id>.py."""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
from datetime import date

from .samples_support import SAMPLES_DIR, builder

DATA = SAMPLES_DIR / "data"


def _sample(name: str):
    return next(s for s in builder().SAMPLES if s.name == name)


def _rows(doc) -> list[tuple[str, ...]]:
    return [tuple(row) for block in doc.blocks if hasattr(block, "rows") for row in block.rows]


def test_the_data_measures_have_no_place_module():
    """lishui and lcgxq are built from their data alone."""
    for measure in ("lishui", "lcgxq"):
        assert not (SAMPLES_DIR / "places" / f"{measure}.py").exists()
        assert (DATA / measure / "dossiers.yaml").exists()
        assert any(s.jurisdiction == measure for s in builder().SAMPLES)


def test_options_fill_the_forms_and_choose_the_documents():
    clean = _sample("lishui-acceptance-clean").documents()
    untested = _sample("lishui-acceptance-software-200-untested").documents()
    assert any("第三方软件测评报告" in d.file for d in clean)
    assert not any("第三方软件测评报告" in d.file for d in untested)  # `if: software_test`
    form = next(d for d in untested if "竣工验收申请表" in d.file)
    assert ("软件开发投资（万元）", "200.00") in _rows(form)
    assert ("开工日期", "2025年2月20日") in _rows(form)  # a date option through {started:date}


def test_let_dates_are_computed_from_the_options():
    """lcgxq: the receipt is filed 5 days after the acceptance (let: filed), the parts dated 3 days before."""
    docs = _sample("lcgxq-acceptance-clean").documents()
    receipt = next(d for d in docs if "备案回执" in d.file)
    assert receipt.when == date(2026, 3, 5)
    summary = next(d for d in docs if "项目建设总结" in d.file)
    assert summary.when == date(2026, 2, 25)


def test_a_missing_required_option_is_a_record_error(tmp_path):
    records = importlib.import_module("builder.records")
    dossiers = importlib.import_module("builder.dossiers")
    path = tmp_path / "lcgxq" / "samples.yaml"
    path.parent.mkdir()
    path.write_text("jurisdiction: lcgxq\nsamples:\n- name: lcgxq-acceptance-x\n  stage: acceptance\n"
                    "  documents: lg_acceptance_docs\n  options: {completed: 2025-11-28}\n"
                    "  proves: x\n  errors: []\n", encoding="utf-8")
    try:
        records.load_samples(path, dossiers.load_dossiers("lcgxq"))
    except records.RecordError as exc:
        assert "lg_acceptance_docs" in str(exc) and "accepted" in str(exc)
    else:
        raise AssertionError("a dossier without its required `accepted` option was accepted")


def test_a_broken_dossier_file_is_one_line_without_a_traceback(tmp_path):
    copy = tmp_path / "sample_dossiers"
    shutil.copytree(SAMPLES_DIR / "builder", copy / "builder")
    shutil.copytree(SAMPLES_DIR / "places", copy / "places")
    shutil.copytree(DATA, copy / "data")
    shutil.copy(SAMPLES_DIR / "build.py", copy / "build.py")
    broken = copy / "data" / "lishui" / "dossiers.yaml"
    text = broken.read_text(encoding="utf-8")
    broken.write_text(text.replace("      - form: preliminary_form\n", "      - from: preliminary_form\n", 1),
                      encoding="utf-8")
    run = subprocess.run([sys.executable, str(copy / "build.py"), "--out", str(tmp_path / "out")],
                         capture_output=True, text=True)
    assert run.returncode != 0
    assert "Traceback" not in run.stderr
    assert "data/lishui/dossiers.yaml: dossier ls_acceptance_docs: document 2" in run.stderr
