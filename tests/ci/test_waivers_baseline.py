"""Waivers in the manifest (item 3) and baselines keyed by finding id (item 4)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from .conftest import AS_OF, run


def add_waivers(dossier: Path, waivers: str) -> None:
    manifest = dossier / "govcheck.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8") + "waivers:\n" + waivers,
                        encoding="utf-8")


def report(dossier: Path, *extra: str) -> tuple[int, dict]:
    done = run("validate", str(dossier), "--as-of", AS_OF, "-f", "json", *extra)
    assert done.returncode in (0, 1), done.stderr
    return done.returncode, json.loads(done.stdout)


WAIVE_38F = """  - rule: tongliao/TL-38f
    reason: 审计报告延期提交，已批准延期验收
    approved_by: 通辽市政务服务和数据管理局
    document: 01-竣工验收申请表.docx
    expires: 2026-06-30
"""


def test_waived_finding_is_shown_and_not_counted(failing):
    add_waivers(failing, WAIVE_38F)
    code, r = report(failing)
    assert code == 1  # TL-38l and TL-38n still count
    assert "tongliao/TL-38f" not in [f["rule"] for f in r["findings"]]
    assert r["summary"]["errors"] == 2
    (w,) = r["waived"]
    assert w["rule"] == "tongliao/TL-38f" and w["id"]
    assert w["waiver"] == {"reason": "审计报告延期提交，已批准延期验收",
                           "approved_by": "通辽市政务服务和数据管理局",
                           "document": "01-竣工验收申请表.docx", "expires": "2026-06-30"}
    console = run("validate", str(failing), "--as-of", AS_OF).stdout
    assert "已豁免（不计入结论）" in console and "审计报告延期提交" in console
    assert "已豁免 1" in console
    for fmt in ("markdown", "html"):
        text = run("validate", str(failing), "--as-of", AS_OF, "-f", fmt).stdout
        assert "已豁免或基线内（不计入结论）" in text and "通辽市政务服务和数据管理局" in text


def test_waiving_everything_passes(failing):
    add_waivers(failing, WAIVE_38F + "  - {rule: 'TL-38[ln]', reason: 专家组同意}\n")
    code, r = report(failing)
    assert code == 0 and r["summary"]["passed"] is True
    assert sorted(w["rule"] for w in r["waived"]) == ["tongliao/TL-38f", "tongliao/TL-38l",
                                                      "tongliao/TL-38n"]


def test_expired_unused_and_ungrounded_waivers_are_warnings(failing):
    add_waivers(failing, """  - {rule: tongliao/TL-38f, reason: 已过期的批复, expires: 2026-01-31}
  - {rule: tongliao/TL-99z, reason: 不存在的规则}
  - {rule: tongliao/TL-38l, reason: 缺依据文件, document: 延期验收批复.pdf}
""")
    _, r = report(failing)
    rules = [f["rule"] for f in r["findings"]]
    # none applied: the three errors stand
    assert {"tongliao/TL-38f", "tongliao/TL-38l", "tongliao/TL-38n"} <= set(rules)
    warnings = {f["rule"]: f for f in r["findings"] if f["severity"] == "warning"}
    assert set(warnings) == {"govcheck/waiver-expired", "govcheck/waiver-unused",
                             "govcheck/waiver-document-missing"}
    assert "2026-01-31" in warnings["govcheck/waiver-expired"]["message"]
    assert warnings["govcheck/waiver-expired"]["location"] == {"file": "govcheck.yaml",
                                                             "where": "waivers[0]"}
    assert "TL-99z" in warnings["govcheck/waiver-unused"]["message"]
    assert "延期验收批复.pdf" in warnings["govcheck/waiver-document-missing"]["message"]
    assert "waived" not in r


def test_waiver_narrowed_to_a_file(failing):
    add_waivers(failing, "  - {rule: TL-38n, reason: 另行提交, file: 02-项目建设总结.docx}\n")
    _, r = report(failing)
    assert "tongliao/TL-38n" in [f["rule"] for f in r["findings"]]
    assert "govcheck/waiver-unused" in [f["rule"] for f in r["findings"]]


def test_bad_waiver_exits_2_naming_the_field(failing):
    add_waivers(failing, "  - {rule: TL-38f}\n")
    done = run("validate", str(failing), "--as-of", AS_OF)
    assert done.returncode == 2 and "waivers.0.reason" in done.stderr


# --------------------------------------------------------------------------- baseline


def test_baseline_only_new_findings_fail(failing, tmp_path):
    base = tmp_path / "govcheck-baseline.json"
    code, r = report(failing, "--write-baseline", str(base))
    assert code == 1  # writing the baseline does not change this run
    data = json.loads(base.read_text(encoding="utf-8"))
    assert data["schema"] == "govcheck.baseline/1"
    (entries,) = data["dossiers"].values()
    assert sorted(e["id"] for e in entries) == sorted(f["id"] for f in r["findings"])

    code, r = report(failing, "--baseline", str(base))
    assert code == 0 and r["summary"]["passed"] and r["findings"] == []
    assert len(r["baselined"]) == 3

    # Editing the document a finding is about does not resurrect it: same rule, file, subject.
    from tests.test_cli import report_docx

    report_docx(failing / "11-试运行报告.docx", "试运行报告（修订）", ["试运行概况", "运行数据", "结论"])
    code, r = report(failing, "--baseline", str(base))
    assert code == 0 and r["findings"] == []

    # A new finding fails: the same problem in another file is not absorbed.
    shutil.copy(failing / "11-试运行报告.docx", failing / "11-试运行报告-补充.docx")
    code, r = report(failing, "--baseline", str(base))
    assert code == 1
    assert [(f["rule"], f["location"]["file"]) for f in r["findings"]] == [
        ("tongliao/TL-38n", "11-试运行报告-补充.docx")]


def test_baseline_is_per_dossier_and_independent_of_the_working_directory(failing, tmp_path):
    base = tmp_path / "b.json"
    report(failing, "--write-baseline", str(base))
    other = tmp_path / "work" / "another"
    shutil.copytree(failing, other)
    code, r = report(other, "--baseline", str(base))
    assert code == 1 and len(r["findings"]) == 3  # another dossier's findings are new
    # run from another directory with a relative path: still matched
    rel = run("validate", "扎鲁特旗-验收", "--as-of", AS_OF, "-f", "concise", "--baseline",
              str(base), cwd=failing.parent)
    assert rel.returncode == 0, rel.stdout


def test_bad_baseline_exits_2(failing, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"findings": []}', encoding="utf-8")
    done = run("validate", str(failing), "--baseline", str(bad))
    assert done.returncode == 2 and "not a govcheck baseline" in done.stderr
    done = run("validate", str(failing), "--baseline", str(tmp_path / "missing.json"))
    assert done.returncode == 2 and "missing.json" in done.stderr


def test_baseline_is_never_written_into_the_dossier(failing):
    done = run("validate", str(failing), "--write-baseline", str(failing / "baseline.json"))
    assert done.returncode == 2 and "never writes into a dossier" in done.stderr
    assert not (failing / "baseline.json").exists()


def test_sarif_marks_waived_and_baselined_results_suppressed(failing, tmp_path):
    import jsonschema

    from tests.report.test_sarif import SCHEMA

    add_waivers(failing, WAIVE_38F)
    base = tmp_path / "b.json"
    run("validate", str(failing), "--as-of", AS_OF, "--select", "TL-38l", "--write-baseline", str(base))
    out = tmp_path / "r.sarif"
    done = run("validate", str(failing), "--as-of", AS_OF, "--baseline", str(base), "-f", "sarif",
               "-o", str(out))
    assert done.returncode == 1  # TL-38n is new
    doc = json.loads(out.read_text(encoding="utf-8"))
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert not list(jsonschema.Draft7Validator(schema).iter_errors(doc))
    by_rule = {r["ruleId"]: r for r in doc["runs"][0]["results"]}
    assert by_rule["tongliao/TL-38f"]["suppressions"][0]["justification"].startswith("审计报告延期提交")
    assert by_rule["tongliao/TL-38l"]["baselineState"] == "unchanged"
    assert by_rule["tongliao/TL-38l"]["suppressions"][0]["status"] == "accepted"
    assert by_rule["tongliao/TL-38n"]["baselineState"] == "new"
    assert "suppressions" not in by_rule["tongliao/TL-38n"]
