"""GitLab Code Quality (-f gitlab): the fields GitLab reads, paths in the repository."""

from __future__ import annotations

import json
from pathlib import Path

from govcheck.report import gitlab

from .conftest import BUDGET, FORM

REQUIRED = {"description", "check_name", "fingerprint", "severity", "location"}


def test_issues(checked):
    issues = json.loads(gitlab.render(checked))
    assert len(issues) == len(checked.findings)
    for i in issues:
        assert REQUIRED <= set(i)
        assert i["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert i["location"]["lines"]["begin"] >= 1
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    by_rule = {i["check_name"]: i for i in issues}
    d = checked.path
    assert by_rule["tongliao/TL-20c"]["location"]["path"] == f"{d}/{BUDGET}"
    assert "概算表 第12行" in by_rule["tongliao/TL-20c"]["description"]
    assert by_rule["tongliao/TL-20c"]["severity"] == "minor"
    assert by_rule["govcheck/fact-conflict"]["location"]["path"] == f"{d}/{FORM}"
    # about the whole dossier: the dossier (no manifest in this one)
    assert by_rule["tongliao/TL-14b"]["location"]["path"] == d
    assert by_rule["tongliao/TL-14b"]["severity"] == "major"
    assert "第十四条第一款" in by_rule["tongliao/TL-14b"]["description"]


def test_fingerprint_stable_and_per_dossier(checked, tmp_path):
    first = [i["fingerprint"] for i in json.loads(gitlab.render(checked))]
    assert first == [i["fingerprint"] for i in json.loads(gitlab.render(checked))]
    checked.path = str(tmp_path / "another")
    assert set(first).isdisjoint(i["fingerprint"] for i in json.loads(gitlab.render(checked)))


def test_manifest_located_for_dossier_findings(checked):
    (Path(checked.path) / "govcheck.yaml").write_text("jurisdiction: tongliao\n", encoding="utf-8")
    by_rule = {i["check_name"]: i for i in json.loads(gitlab.render(checked))}
    assert by_rule["tongliao/TL-14b"]["location"]["path"] == f"{checked.path}/govcheck.yaml"


def test_clean_is_an_empty_array(clean):
    assert json.loads(gitlab.render(clean)) == []
