"""End to end through the real CLI on dossiers built here with python-docx and openpyxl."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "govcheck", *args], capture_output=True,
                          text=True, cwd=cwd or ROOT, timeout=120)


def form_docx(path: Path, rows: list[tuple[str, str]], title: str = "项目入库申请表") -> None:
    import docx

    d = docx.Document()
    d.add_heading(title, level=1)
    t = d.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = label, value
    d.save(path)


def report_docx(path: Path, title: str, headings: list[str]) -> None:
    import docx

    d = docx.Document()
    d.add_heading(title, level=1)
    for h in headings:
        d.add_heading(h, level=2)
        d.add_paragraph(f"{h}：本节说明项目有关情况。")
    d.save(path)


BASE_FORM = [("项目名称", "开鲁县智慧医疗服务平台"), ("项目单位", "开鲁县卫生健康委员会"),
             ("层级", "旗县市区"), ("项目类型", "建设类"), ("建设性质", "新建"),
             ("是否涉密", "非涉密"), ("总投资（万元）", "70"), ("计划年度", "2026"),
             ("申报日期", "2025年7月15日")]


@pytest.fixture
def county_dossier(tmp_path: Path) -> Path:
    """旗县市区, 70万: ≥ 60万 needs the 可研 (二合一) — present."""
    d = tmp_path / "dossier"
    d.mkdir()
    form_docx(d / "附件1-项目入库申请表.docx", BASE_FORM)
    report_docx(d / "附件2-可行性研究报告.docx", "开鲁县智慧医疗服务平台可行性研究报告",
                ["需求分析", "绩效目标", "数据资源共享分析", "网络和数据安全保障措施"])
    (d / "govcheck.yaml").write_text("jurisdiction: tongliao\nstage: application\n", encoding="utf-8")
    return d


def _tree_hash(d: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(d.rglob("*")):
        h.update(str(p.relative_to(d)).encode())
        if p.is_file():
            h.update(p.read_bytes())
    return h.hexdigest()


def test_json_report_follows_the_contract(county_dossier: Path) -> None:
    import jsonschema

    before = _tree_hash(county_dossier)
    r = run("validate", str(county_dossier), "-f", "json", "--as-of", "2025-08-01")
    assert r.returncode in (0, 1), r.stderr
    report = json.loads(r.stdout)
    jsonschema.validate(report, SCHEMA)
    assert report["dossier"]["jurisdiction"] == "tongliao"
    assert report["dossier"]["jurisdiction_source"] == "manifest"
    assert report["facts"]["total_investment"]["value"] == 70.0
    assert report["facts"]["total_investment"]["unit"] == "万元"
    assert report["facts"]["admin_level"]["value"] == "旗县市区"
    kinds = {d["file"]: d["kind"] for d in report["documents"]}
    assert kinds["附件2-可行性研究报告.docx"] == "feasibility_study_report"
    rules = {f["rule"] for f in report["findings"]}
    assert "tongliao/TL-14b" not in rules  # the 可研 is there
    assert _tree_hash(county_dossier) == before, "govcheck wrote into the dossier"


def test_missing_material_fails_with_exit_1_and_cites_the_article(county_dossier: Path) -> None:
    (county_dossier / "附件2-可行性研究报告.docx").unlink()
    r = run("validate", str(county_dossier), "-f", "json", "--as-of", "2025-08-01")
    assert r.returncode == 1
    report = json.loads(r.stdout)
    (f,) = [f for f in report["findings"] if f["rule"] == "tongliao/TL-14b"]
    assert f["severity"] == "error" and f["material"] == "feasibility_study_report"
    assert f["citation"]["article"] == 14 and f["citation"]["document"] == "通政发〔2024〕97号"
    assert "70" in f["message"] and "60" in f["message"]
    assert report["summary"]["passed"] is False


def test_set_overrides_and_fail_on_never(county_dossier: Path) -> None:
    (county_dossier / "附件2-可行性研究报告.docx").unlink()
    # 59.99万 at county level is below the tier: the 实施方案 is due instead (TL-14c)
    r = run("validate", str(county_dossier), "-f", "json", "--set", "total_investment=59.99",
            "--as-of", "2025-08-01", "--fail-on", "never")
    assert r.returncode == 0
    report = json.loads(r.stdout)
    rules = {f["rule"] for f in report["findings"]}
    assert "tongliao/TL-14c" in rules and "tongliao/TL-14b" not in rules
    assert report["facts"]["total_investment"]["source"]["file"] == "--set"
    assert any(f["rule"] == "govcheck/declared-differs" for f in report["findings"])


def test_unreadable_file_is_a_finding_and_the_rest_is_checked(county_dossier: Path) -> None:
    (county_dossier / "附件3-项目概算表.xlsx").write_bytes(b"this is not a spreadsheet")
    r = run("validate", str(county_dossier), "-f", "json", "--as-of", "2025-08-01")
    report = json.loads(r.stdout)
    bad = [f for f in report["findings"] if f["rule"] == "govcheck/unreadable-file"]
    assert bad and bad[0]["location"]["file"] == "附件3-项目概算表.xlsx" and bad[0]["severity"] == "error"
    assert report["facts"]["total_investment"]["value"] == 70.0  # the form was still read
    assert "Traceback" not in r.stderr


def test_console_report_in_both_languages(county_dossier: Path) -> None:
    zh = run("validate", str(county_dossier), "--as-of", "2025-08-01")
    assert "材料清单" in zh.stdout and "通政发〔2024〕97号" in zh.stdout
    en = run("validate", str(county_dossier), "--as-of", "2025-08-01", "--lang", "en")
    assert "Materials checklist" in en.stdout


def test_output_file(county_dossier: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    r = run("validate", str(county_dossier), "-f", "json", "-o", str(out), "--as-of", "2025-08-01")
    assert r.stdout == "" and json.loads(out.read_text(encoding="utf-8"))["schema"] == "govcheck.report/1"


@pytest.mark.parametrize("args,needle", [
    (["validate", "/nonexistent/dossier"], "no such"),
    (["validate", ".", "-j", "atlantis"], "unknown jurisdiction"),
    (["validate", ".", "--as-of", "2025-13-01"], "--as-of"),
    (["validate", ".", "-s", "someday"], "--stage"),
])
def test_run_errors_exit_2(args: list[str], needle: str, tmp_path: Path) -> None:
    args = [a if a != "." else str(tmp_path) for a in args]
    r = run(*args)
    assert r.returncode == 2 and needle in r.stderr and "Traceback" not in r.stderr


def test_bad_set_value_exit_2(county_dossier: Path) -> None:
    r = run("validate", str(county_dossier), "--set", "total_investment=很多")
    assert r.returncode == 2 and "total_investment" in r.stderr


def test_invalid_custom_pack_names_file_rule_and_field(county_dossier: Path, tmp_path: Path) -> None:
    packs = tmp_path / "packs"
    packs.mkdir()
    (packs / "demo.yaml").write_text(
        "pack: {id: demo, name: {zh: 演示, en: Demo}, document: null, source: x.txt, catalog_prefix: DM}\n"
        "rules:\n"
        "  - id: DM-1a\n    catalog: [DM-1a]\n    check: ratio\n    stages: [adjustment]\n"
        "    severity: error\n    params: {value: 1, maxx: 0.1}\n"
        "    message: {zh: 超限, en: over}\n    hint: {zh: 改, en: fix}\n"
        "    citation: {article: 1, quote: 超限}\n", encoding="utf-8")
    r = run("validate", str(county_dossier), "-j", "demo", "--rules", str(packs))
    assert r.returncode == 2
    assert "demo.yaml" in r.stderr and "DM-1a" in r.stderr and "maxx" in r.stderr


def test_custom_pack_needs_no_python(county_dossier: Path, tmp_path: Path) -> None:
    packs = tmp_path / "packs"
    packs.mkdir()
    (packs / "demo.yaml").write_text(
        "pack: {id: demo, name: {zh: 演示办法, en: Demo measure}, document: 演示〔2025〕1号, source: x.txt, catalog_prefix: DM}\n"
        "rules:\n"
        "  - id: DM-3a\n    catalog: [DM-3a]\n    check: tier\n    stages: [application]\n"
        "    severity: error\n"
        "    params: {amount: total_investment, at_or_above: 50, requires: [budget_estimate]}\n"
        "    message: {zh: '总投资{amount}万元 ≥ {threshold}万元，须提交{material_name}', en: 'needs {material_name}'}\n"
        "    hint: {zh: 补充概算表, en: add the budget}\n"
        "    citation: {article: 3, quote: 五十万元以上}\n", encoding="utf-8")
    (packs / "x.txt").write_text("第三条 总投资五十万元以上的，须附概算表。\n", encoding="utf-8")  # quotes are checked
    r = run("validate", str(county_dossier), "-j", "demo", "--rules", str(packs), "-f", "json")
    assert r.returncode == 1, r.stderr
    (f,) = [f for f in json.loads(r.stdout)["findings"] if f["rule"] == "demo/DM-3a"]
    assert "总投资70万元 ≥ 50万元" in f["message"]


def test_facts_command_shows_candidates_and_kinds(county_dossier: Path) -> None:
    r = run("facts", str(county_dossier), "-f", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    doc = next(d for d in data["documents"] if d["file"].startswith("附件2"))
    assert doc["kind"] == "feasibility_study_report" and doc["kind_evidence"]
    ti = data["facts"]["total_investment"]
    assert ti["value"] == 70.0 and ti["candidates"][0]["source"]["file"] == "附件1-项目入库申请表.docx"


def test_checklist_answers_the_applicants_first_question() -> None:
    r = run("checklist", "-j", "tongliao", "-s", "application", "--set", "admin_level=旗县市区",
            "--set", "total_investment=70", "--set", "project_type=建设类")
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    feas = next(l for l in lines if "可行性研究报告" in l)
    impl = next(l for l in lines if "实施方案" in l)
    assert "须提交" in feas and "不要求" in impl


def test_rules_list_and_show() -> None:
    r = run("rules", "list", "-j", "tongliao")
    assert r.returncode == 0 and "tongliao/TL-14b" in r.stdout
    r = run("rules", "show", "tongliao/TL-35a", "--lang", "en")
    assert r.returncode == 0 and "15%" in r.stdout and "第三十五条" in r.stdout
    r = run("rules", "show", "tongliao/TL-999")
    assert r.returncode == 2


def test_jurisdiction_detected_from_unit_names(county_dossier: Path) -> None:
    (county_dossier / "govcheck.yaml").write_text("stage: application\n", encoding="utf-8")
    r = run("validate", str(county_dossier), "-f", "json", "--as-of", "2025-08-01")
    report = json.loads(r.stdout)
    assert report["dossier"]["jurisdiction"] == "tongliao"
    assert report["dossier"]["jurisdiction_source"] == "detected"
    assert "开鲁县" in report["dossier"]["jurisdiction_evidence"]


def test_no_jurisdiction_clue_exits_2_listing_ids(tmp_path: Path) -> None:
    d = tmp_path / "d"
    d.mkdir()
    form_docx(d / "项目申报表.docx", [("项目名称", "某平台"), ("总投资（万元）", "10")])
    r = run("validate", str(d), "-s", "application")
    assert r.returncode == 2 and "tongliao" in r.stderr and "-j" in r.stderr


def test_zip_dossier_is_read_in_memory(county_dossier: Path, tmp_path: Path) -> None:
    import zipfile

    z = tmp_path / "dossier.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for p in county_dossier.iterdir():
            zf.write(p, p.name)
    before = sorted(tmp_path.iterdir())
    r = run("validate", str(z), "-f", "json", "--as-of", "2025-08-01")
    report = json.loads(r.stdout)
    assert report["dossier"]["jurisdiction_source"] == "manifest"
    assert report["facts"]["total_investment"]["value"] == 70.0
    assert sorted(tmp_path.iterdir()) == before


CONTRACT_FINDING_KEYS = ["rule", "catalog", "severity", "message", "hint", "citation", "material",
                         "budget_item", "fact", "location", "id"]


def test_failing_sample_json_field_by_field() -> None:
    """contract.md's JSON report, key by key, on the bundled failing sample."""
    import jsonschema

    sample = ROOT / "sample_dossiers" / "tongliao-acceptance-missing"
    r = run("validate", str(sample), "-f", "json", "--as-of", "2026-03-01")
    assert r.returncode == 1, r.stderr
    rep = json.loads(r.stdout)
    jsonschema.validate(rep, SCHEMA)
    assert list(rep)[:8] == ["schema", "tool", "dossier", "facts", "documents", "findings",
                             "not_evaluated", "summary"]
    assert rep["schema"] == "govcheck.report/1"
    assert rep["tool"] == {"name": "govcheck", "version": "0.1.0"}
    d = rep["dossier"]
    assert (d["jurisdiction"], d["jurisdiction_source"], d["stage"], d["stage_source"], d["as_of"]) == (
        "tongliao", "manifest", "acceptance", "manifest", "2026-03-01")
    from govcheck.vocabulary import facts as fact_defs

    for key, fact in rep["facts"].items():
        assert set(fact["source"]) == {"file", "where"}
        if fact_defs()[key].type == "money":
            assert fact["unit"] == "万元" and isinstance(fact["value"], float)
    assert all(set(doc) == {"file", "kind", "format", "readable", "error"} for doc in rep["documents"])
    by_rule = {f["rule"]: f for f in rep["findings"]}
    for rid in ("tongliao/TL-38f", "tongliao/TL-38l", "tongliao/TL-38n"):
        f = by_rule[rid]
        assert list(f) == CONTRACT_FINDING_KEYS
        assert f["catalog"] == [rid.split("/")[1]] and f["severity"] == "error"
        c = f["citation"]
        assert (c["jurisdiction"], c["document"], c["article"], c["paragraph"]) == (
            "tongliao", "通政发〔2024〕97号", 38, 1)
        assert c["quote"] and isinstance(c["article"], int)
        assert set(f["location"]) == {"file", "where"}
    assert by_rule["tongliao/TL-38f"]["material"] == "audit_report"
    assert by_rule["tongliao/TL-38l"]["material"] == "data_sharing_confirmation"
    assert by_rule["tongliao/TL-38n"]["location"]["file"].endswith("试运行报告.docx")
    assert rep["summary"] == {"errors": 3, "warnings": 0, "infos": 0, "passed": False}
