"""SARIF 2.1.0: valid against the OASIS schema, and a faithful view of the findings."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse
from urllib.request import url2pathname

import pytest

from govcheck.report import sarif

from .conftest import BUDGET, FORM, QUOTE_14

SCHEMA = Path(__file__).resolve().parents[1] / "data" / "sarif-schema-2.1.0.json"


def validate(doc: dict) -> None:
    import jsonschema

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


def resolve(base: str, uri: str) -> Path:
    return Path(url2pathname(unquote(urlparse(urljoin(base, uri)).path)))


def render(checked) -> dict:
    return json.loads(sarif.render(checked))


def test_valid_against_the_schema(checked, checked_en, clean):
    for c in (checked, checked_en, clean):
        validate(render(c))


def test_run_tool_and_invocation(checked):
    doc = render(checked)
    assert doc["version"] == "2.1.0"
    assert len(doc["runs"]) == 1
    run = doc["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "govcheck"
    assert driver["version"] == __import__("govcheck").__version__
    assert "informationUri" not in driver
    assert run["invocations"][0]["executionSuccessful"] is True
    props = run["properties"]
    assert props["jurisdiction"] == "tongliao"
    assert props["stage"] == "application"
    assert props["as_of"] == "2025-08-01"
    assert [n["rule"] for n in props["not_evaluated"]] == [
        "tongliao/TL-38k", "tongliao/TL-12a", "tongliao/TL-30b"]
    assert props["not_evaluated"][0]["facts"] == ["is_custom_software"]
    assert props["summary"] == {"errors": 2, "warnings": 2, "infos": 1, "passed": False}
    assert run["language"] == "zh-CN"


def test_rules_without_applied_metadata_fall_back_to_the_findings(checked):
    """A hand-built report without rule metadata still describes every rule it names."""
    run = render(checked)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert len(ids) == len(set(ids))
    assert set(ids) == {f.rule for f in checked.findings}
    by_id = {r["id"]: r for r in rules}

    tl = by_id["tongliao/TL-14b"]
    assert tl["name"] == "TL-14b"
    assert "通政发〔2024〕97号 第十四条第一款" in tl["fullDescription"]["text"]
    assert QUOTE_14 in tl["fullDescription"]["text"]
    assert "helpUri" not in tl
    assert tl["properties"]["catalog"] == ["TL-14b"]
    assert tl["properties"]["citation"] == {
        "jurisdiction": "tongliao", "document": "通政发〔2024〕97号", "article": 14,
        "paragraph": 1, "item": None, "quote": QUOTE_14, "article_inferred": False}

    cite = by_id["tongliao/TL-20c"]["properties"]
    assert cite["catalog"] == ["TL-20c", "TL-20d"]
    assert (cite["citation"]["article"], cite["citation"]["paragraph"], cite["citation"]["item"]) == (20, 2, 3)

    tool = by_id["govcheck/fact-conflict"]
    assert tool["shortDescription"]["text"] == "事实取值冲突"
    assert tool["defaultConfiguration"]["level"] == "warning"

    for r in run["results"]:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]


def test_results(checked):
    run = render(checked)["runs"][0]
    results = run["results"]
    assert len(results) == len(checked.findings)
    assert [r["level"] for r in results] == ["error", "error", "warning", "warning", "note"]
    first = results[0]
    assert first["message"]["text"].startswith("总投资70万元")
    assert "依据：通政发〔2024〕97号 第十四条第一款" in first["message"]["text"]
    assert "建议：补充《项目可行性研究报告》" in first["message"]["text"]
    assert first["properties"]["material"] == "feasibility_study_report"
    fps = [r["partialFingerprints"]["govcheckFinding/v1"] for r in results]
    assert len(set(fps)) == len(fps)
    assert fps == [r["partialFingerprints"]["govcheckFinding/v1"]
                   for r in render(checked)["runs"][0]["results"]]


def test_no_absolute_local_paths_and_every_result_located(checked):
    text = sarif.render(checked)
    assert "file://" not in text and str(Path(checked.path).parent) not in text
    run = json.loads(text)["runs"][0]
    assert "uri" not in run["originalUriBaseIds"]["%SRCROOT%"]
    for r in run["results"]:
        (loc,) = r["locations"]
        art = loc["physicalLocation"]["artifactLocation"]
        assert art["uri"] and not art["uri"].startswith("/") and art["uriBaseId"] == "%SRCROOT%"


def _git_repo_dossier(tmp_path: Path, checked) -> None:
    """Move the hand-built report's dossier into a git work tree at docs/申报/<name>."""
    import subprocess

    repo = tmp_path / "repo"
    target = repo / "docs" / "申报" / Path(checked.path).name
    target.mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    checked.path = str(target)
    return target


def test_uris_are_relative_to_the_repository(tmp_path, checked):
    target = _git_repo_dossier(tmp_path, checked)
    run = render(checked)["runs"][0]
    root = target.parents[2]
    by_rule = {r["ruleId"]: r for r in run["results"]}
    loc = by_rule["tongliao/TL-20c"]["locations"][0]
    art = loc["physicalLocation"]["artifactLocation"]
    assert resolve(root.as_uri() + "/", art["uri"]) == target / BUDGET
    assert unquote(art["uri"]) == f"docs/申报/{target.name}/{BUDGET}"
    assert loc["message"]["text"] == "概算表 第12行"
    assert by_rule["tongliao/TL-20c"]["properties"]["where"] == "概算表 第12行"

    conflict = by_rule["govcheck/fact-conflict"]["locations"][0]
    assert resolve(root.as_uri() + "/", conflict["physicalLocation"]["artifactLocation"]["uri"]) \
        == target / FORM

    # No file: the dossier folder (no manifest here), said in words.
    whole = by_rule["tongliao/TL-14b"]["locations"][0]
    assert unquote(whole["physicalLocation"]["artifactLocation"]["uri"]) == f"docs/申报/{target.name}/"
    assert whole["message"]["text"] == "整个材料包"
    # With a manifest, the manifest: a file, which every code-scanning UI can show.
    (target / "govcheck.yaml").write_text("jurisdiction: tongliao\n", encoding="utf-8")
    whole = {r["ruleId"]: r for r in render(checked)["runs"][0]["results"]}["tongliao/TL-14b"]
    assert unquote(whole["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]) == \
        f"docs/申报/{target.name}/govcheck.yaml"

    arts = [unquote(a["location"]["uri"]) for a in run["artifacts"]]
    assert arts == [f"docs/申报/{target.name}/{d.path}" for d in checked.documents]


def test_english(checked_en):
    run = render(checked_en)["runs"][0]
    assert run["language"] == "en"
    assert "Fix: " in run["results"][0]["message"]["text"]
    tool = {r["id"]: r for r in run["tool"]["driver"]["rules"]}["govcheck/fact-conflict"]
    assert tool["shortDescription"]["text"] == "Conflicting fact values"


def test_clean_dossier(clean):
    run = render(clean)["runs"][0]
    assert run["results"] == [] and run["tool"]["driver"]["rules"] == []
    assert run["properties"]["summary"]["passed"] is True


SHARED_SCHEMA = Path("/work/shared/schemas/sarif-schema-2.1.0.json")


def test_real_pipeline(pipeline_checked, monkeypatch):
    c = pipeline_checked()
    doc = render(c)
    validate(doc)
    run = doc["runs"][0]
    assert run["properties"]["jurisdiction"] == "tongliao"
    assert run["properties"]["stage"] == "application"
    assert len(run["results"]) == len(c.findings)
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    # Every rule of the stage is described, not only those that fired.
    assert {r.id for r in c.rules} <= set(rules)
    assert {f.rule for f in c.findings} <= set(rules)
    # 70万元 at 旗县市区 needs the feasibility study report (TL-14b), which is not there.
    tl = rules["tongliao/TL-14b"]
    finding = next(f for f in c.findings if f.rule == "tongliao/TL-14b")
    # metadata from the rule, not from its first finding
    assert tl["shortDescription"]["text"] != finding.message
    assert "可行性研究报告" in tl["shortDescription"]["text"]
    assert "第十四条第一款" in tl["fullDescription"]["text"] and "“总投资市本级80万元" in tl["fullDescription"]["text"]
    assert tl["defaultConfiguration"]["level"] == "error"
    section = "docs/rules/tongliao.md#tongliaotl-14b--error--tier"
    assert section in tl["help"]["text"]
    assert "helpUri" not in tl
    # the anchor is the rule's heading in the generated docs
    docs = (Path(__file__).resolve().parents[2] / "docs" / "rules" / "tongliao.md").read_text(encoding="utf-8")
    assert "### tongliao/TL-14b · error · tier" in docs
    for r in run["results"]:
        assert r["partialFingerprints"]["govcheckFinding/v1"] in {f.id for f in c.findings}
        assert r["locations"]
    monkeypatch.setenv("GOVCHECK_DOCS_URL", "https://docs.example.org/govcheck/rules/")
    tl = {r["id"]: r for r in render(c)["runs"][0]["tool"]["driver"]["rules"]}["tongliao/TL-14b"]
    assert tl["helpUri"] == "https://docs.example.org/govcheck/rules/tongliao.md#tongliaotl-14b--error--tier"


def test_failing_sample_validates_against_the_shared_schema(tmp_path):
    """Done-when of issue 10: a SARIF file from a failing sample, through the CLI, validates."""
    import subprocess
    import sys

    import jsonschema

    root = Path(__file__).resolve().parents[2]
    out = tmp_path / "r.sarif"
    done = subprocess.run([sys.executable, "-m", "govcheck", "validate",
                           "sample_dossiers/tongliao-acceptance-missing", "--as-of", "2026-03-01",
                           "-f", "sarif", "-o", str(out)], cwd=root, capture_output=True, text=True)
    assert done.returncode == 1, done.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    schema = json.loads((SHARED_SCHEMA if SHARED_SCHEMA.exists() else SCHEMA).read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = list(validator.iter_errors(doc))
    assert not errors, errors[:3]
    results = doc["runs"][0]["results"]
    assert len(results) == 3
    uris = {unquote(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]) for r in results}
    # repository-relative: the missing materials on the sample's manifest, the content finding on its file
    assert uris == {"sample_dossiers/tongliao-acceptance-missing/govcheck.yaml",
                    "sample_dossiers/tongliao-acceptance-missing/11-试运行报告.docx"}
