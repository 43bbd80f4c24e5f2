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


def test_rules_are_the_rules_of_the_findings(checked):
    run = render(checked)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert len(ids) == len(set(ids))
    assert set(ids) == {f.rule for f in checked.findings}
    by_id = {r["id"]: r for r in rules}

    tl = by_id["tongliao/TL-14b"]
    assert tl["name"] == "TL-14b"
    assert tl["shortDescription"]["text"].startswith("总投资70万元")
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


def test_locations_resolve_against_the_dossier(checked):
    run = render(checked)["runs"][0]
    base = run["originalUriBaseIds"]["DOSSIER"]["uri"]
    assert base.startswith("file:///") and base.endswith("/")
    assert resolve(base, "") == Path(checked.path).resolve()

    by_rule = {r["ruleId"]: r for r in run["results"]}
    loc = by_rule["tongliao/TL-20c"]["locations"][0]
    art = loc["physicalLocation"]["artifactLocation"]
    assert art["uriBaseId"] == "DOSSIER"
    assert resolve(base, art["uri"]) == Path(checked.path).resolve() / BUDGET
    assert loc["message"]["text"] == "概算表 第12行"
    assert by_rule["tongliao/TL-20c"]["properties"]["where"] == "概算表 第12行"

    conflict = by_rule["govcheck/fact-conflict"]["locations"][0]
    assert resolve(base, conflict["physicalLocation"]["artifactLocation"]["uri"]) == \
        Path(checked.path).resolve() / FORM

    # No file: located on the dossier root, said in words.
    whole = by_rule["tongliao/TL-14b"]["locations"][0]
    assert resolve(base, whole["physicalLocation"]["artifactLocation"]["uri"]) == \
        Path(checked.path).resolve()
    assert whole["message"]["text"] == "整个材料包"

    arts = [resolve(base, a["location"]["uri"]).name for a in run["artifacts"]]
    assert arts == [d.path for d in checked.documents]


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


def test_real_pipeline(pipeline_checked):
    c = pipeline_checked()
    doc = render(c)
    validate(doc)
    run = doc["runs"][0]
    assert run["properties"]["jurisdiction"] == "tongliao"
    assert run["properties"]["stage"] == "application"
    assert len(run["results"]) == len(c.findings)
    rules = {r["id"] for r in run["tool"]["driver"]["rules"]}
    assert rules == {f.rule for f in c.findings}
    # 70万元 at 旗县市区 needs the feasibility study report (TL-14b), which is not there.
    assert "tongliao/TL-14b" in rules
    base = run["originalUriBaseIds"]["DOSSIER"]["uri"]
    for a in run["artifacts"]:
        assert resolve(base, a["location"]["uri"]).exists()
