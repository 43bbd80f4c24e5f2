"""The samples as data: data/<id>/samples.yaml read into samples, expected.yaml written from them."""

from __future__ import annotations

import importlib
import subprocess
import sys
import textwrap

import pytest

from .samples_support import EXPECTED, SAMPLES_DIR, builder

DATA = SAMPLES_DIR / "data"


def _records():
    build = builder()  # puts sample_dossiers/ on sys.path, so builder.* and places.* import
    return build, importlib.import_module("builder.records")


def test_expected_yaml_is_written_from_the_records():
    build, _ = _records()
    written = importlib.import_module("builder.output").expected_text(build.SAMPLES)
    assert EXPECTED.read_text(encoding="utf-8") == written, (
        "sample_dossiers/expected.yaml is stale: edit data/<id>/samples.yaml, then `make samples`")


def test_every_measure_has_its_records_and_its_place():
    build, _ = _records()
    assert sorted(build.MEASURES) == sorted(p.parent.name for p in DATA.glob("*/samples.yaml"))
    assert {s.jurisdiction for s in build.SAMPLES} == set(build.MEASURES)


def test_overrides_and_options_reach_the_documents():
    """hunan-approval-49999-no-expert-review: its project at 499.99万 and no 专家审查意见."""
    build, _ = _records()
    sample = next(s for s in build.SAMPLES if s.name == "hunan-approval-49999-no-expert-review")
    documents = sample.documents()
    files = [d.file for d in documents]
    assert not any("专家审查意见" in f for f in files), files
    form = next(d for d in documents if "审批申请表" in d.file)
    rows = [tuple(row) for block in form.blocks if hasattr(block, "rows") for row in block.rows]
    assert ("计划投资（万元）", "499.99") in rows
    clean = next(s for s in build.SAMPLES if s.name == "hunan-approval-500-no-expert-review").documents()
    clean_form = next(d for d in clean if "审批申请表" in d.file)
    assert ("计划投资（万元）", "500.00") in [tuple(r) for b in clean_form.blocks if hasattr(b, "rows") for r in b.rows]


def _load(tmp_path, body: str):
    _, records = _records()
    path = tmp_path / "hunan" / "samples.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return records.load_samples(path, importlib.import_module("places.hunan"))


GOOD = """\
    jurisdiction: hunan
    samples:
    - name: hunan-approval-x
      stage: approval
      documents: hn_approval_docs
      project: HN_TRANSPORT
      {extra}
      proves: a test record
      errors: []
    """


def test_a_good_record_loads(tmp_path):
    [sample] = _load(tmp_path, GOOD.format(extra="overrides: {total: '499.99'}"))
    assert (sample.name, sample.jurisdiction, sample.clean, sample.exit_code) == ("hunan-approval-x", "hunan", True, 0)


@pytest.mark.parametrize("extra, message", [
    ("colour: red", "unknown keys ['colour']"),
    ("options: {expert: false}", "hn_approval_docs has no option 'expert'"),
    ("overrides: {total: 499.99}", "write the amount 499.99 in quotes"),
    ("overrides: {budget: '1'}", "Project has no field 'budget'"),
])
def test_a_bad_record_is_named_with_its_file_and_sample(tmp_path, extra, message):
    _, records = _records()
    with pytest.raises(records.RecordError) as caught:
        _load(tmp_path, GOOD.format(extra=extra))
    assert str(caught.value).startswith("data/hunan/samples.yaml: sample hunan-approval-x: ")
    assert message in str(caught.value)


def test_an_unknown_spec_or_function_is_named(tmp_path):
    _, records = _records()
    with pytest.raises(records.RecordError, match="no spec named 'HN_NOWHERE'"):
        _load(tmp_path, GOOD.replace("HN_TRANSPORT", "HN_NOWHERE").format(extra=""))
    with pytest.raises(records.RecordError, match="no dossier function 'hn_nothing'"):
        _load(tmp_path, GOOD.replace("hn_approval_docs", "hn_nothing").format(extra=""))


@pytest.mark.parametrize("file, old, new, message", [
    ("samples.yaml", "project: WS_AGRI", "project: WS_NOWHERE",
     "data/wushan/samples.yaml: sample wushan-approval-clean: no spec named 'WS_NOWHERE'"),
    ("specs.yaml", "total: '486.00'", "total: 486.00",
     "data/wushan/specs.yaml: WS_AGRI: write the amount 486.0 in quotes"),
    ("specs.yaml", "  leader: ", "  leeder: ", "data/wushan/specs.yaml: WS_TOURISM: Project has no field(s) ['leeder']"),
])
def test_build_py_reports_a_bad_record_or_spec_without_a_traceback(tmp_path, file, old, new, message):
    """A copy of sample_dossiers/ with one broken line: one message naming file and spec, exit ≠ 0."""
    import shutil
    copy = tmp_path / "sample_dossiers"
    shutil.copytree(SAMPLES_DIR / "builder", copy / "builder")
    shutil.copytree(SAMPLES_DIR / "places", copy / "places")
    shutil.copytree(DATA, copy / "data")
    shutil.copy(SAMPLES_DIR / "build.py", copy / "build.py")
    broken = copy / "data" / "wushan" / file
    text = broken.read_text(encoding="utf-8")
    assert old in text
    broken.write_text(text.replace(old, new, 1), encoding="utf-8")
    run = subprocess.run([sys.executable, str(copy / "build.py"), "--out", str(tmp_path / "out")],
                         capture_output=True, text=True)
    assert run.returncode != 0
    assert "Traceback" not in run.stderr
    assert message in run.stderr
