"""CLI conventions linters taught users (issue 10, item 1), through the real CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import AS_OF, ROOT, run


def test_version():
    from govcheck import __version__

    done = run("--version")
    assert done.returncode == 0 and done.stdout == f"govcheck {__version__}\n"


@pytest.mark.parametrize("command", [["validate"], ["facts"], ["checklist"], ["batch"],
                                     ["rules", "show"], ["rules", "list"], ["config", "show"]])
def test_help_has_readable_metavars(command):
    done = run(*command, "--help")
    assert done.returncode == 0, done.stderr
    for ugly in ("<bool>", "<list[", "<str>", "<path>", "<Path>", "{paths}", "{path}"):
        if command == ["batch"] and ugly in ("<list[", "<str>", "<path>", "{paths}"):
            continue  # batch's own options belong to its owner (issue 9); see the report
        assert ugly not in done.stdout, (command, ugly, done.stdout)


def test_shell_completion_is_offered():
    done = run("--help")
    assert "--install-completion" in done.stdout and "--show-completion" in done.stdout
    shown = subprocess.run([str(Path(sys.executable).parent / "govcheck"), "--show-completion", "bash"],
                           capture_output=True, text=True, env={**os.environ, "SHELL": "/bin/bash"})
    assert shown.returncode == 0 and "complete" in shown.stdout and "govcheck" in shown.stdout


def test_concise_one_line_per_finding(failing):
    done = run("validate", str(failing), "--as-of", AS_OF, "-f", "concise")
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert lines[:3] == [
        f"{failing}: error tongliao/TL-38f 竣工验收申请应附审计报告，未找到",
        f"{failing}: error tongliao/TL-38l 竣工验收申请应附数据共享情况确认书，未找到",
        f"{failing}/11-试运行报告.docx:全文: error tongliao/TL-38n 试运行报告《11-试运行报告.docx》"
        "未含用户使用评价（查找：用户使用评价 / 用户评价 / 用户意见 / 使用评价）",
    ]
    assert lines[3] == f"{failing}: FAIL errors 3 warnings 0 info 0"
    assert len(lines) == 4


def test_quiet_prints_only_findings_and_the_verdict(failing):
    loud = run("validate", str(failing), "--as-of", AS_OF)
    quiet = run("validate", str(failing), "--as-of", AS_OF, "-q")
    assert quiet.returncode == loud.returncode == 1
    assert "材料清单" in loud.stdout and "材料清单" not in quiet.stdout  # no checklist
    assert "采用的事实" in loud.stdout and "采用的事实" not in quiet.stdout  # no facts table
    assert "检查报告" not in quiet.stdout  # no summary panel
    for rule in ("TL-38f", "TL-38l", "TL-38n"):
        assert rule in quiet.stdout
    assert quiet.stdout.rstrip().splitlines()[-1].endswith("结论：未通过  错误 3 · 警告 0 · 提示 0")
    assert len(quiet.stdout.splitlines()) < len(loud.stdout.splitlines()) / 2


def _colored(done: subprocess.CompletedProcess) -> bool:
    return "\x1b[" in done.stdout


def test_no_color_and_NO_COLOR(failing):
    forced = {"FORCE_COLOR": "1", "TERM": "xterm-256color"}
    assert _colored(run("validate", str(failing), "--as-of", AS_OF, env=forced))
    assert not _colored(run("validate", str(failing), "--as-of", AS_OF, "--no-color", env=forced))
    assert not _colored(run("--no-color", "validate", str(failing), "--as-of", AS_OF, env=forced))
    assert not _colored(run("validate", str(failing), "--as-of", AS_OF,
                            env={**forced, "NO_COLOR": "1"}))


@pytest.mark.parametrize("command", [
    ["facts", "{d}", "-f", "sarif"],
    ["checklist", "-j", "tongliao", "-s", "application", "-f", "html"],
    ["validate", "{d}", "-f", "xlsx"],
    ["config", "show", "-f", "sarif"],
])
def test_unsupported_format_is_refused_with_exit_2(command, failing):
    done = run(*[c.replace("{d}", str(failing)) for c in command])
    assert done.returncode == 2
    assert "Invalid value" in done.stderr and "--format" in done.stderr
    assert done.stdout == ""


def test_facts_and_checklist_json(failing):
    facts = run("facts", str(failing), "-f", "json")
    assert facts.returncode == 0
    assert json.loads(facts.stdout)["documents"]
    checklist = run("checklist", "-j", "tongliao", "-s", "application", "--set",
                    "admin_level=旗县市区", "--set", "total_investment=70", "--set",
                    "project_type=建设类", "-f", "json")
    assert checklist.returncode == 0, checklist.stderr
    data = json.loads(checklist.stdout)
    rows = {m["material"]: m["requirement"] for m in data["materials"]}
    assert rows["feasibility_study_report"] == "required"
    assert rows["implementation_plan"] == "not_required"
    assert data["conditions"] and all(c["rule"].startswith("tongliao/") for c in data["conditions"])


@pytest.mark.parametrize("target", ["/nonexistent/r.json", "{tmp}", "{tmp}/no/such/r.json"])
def test_unwritable_output_exits_2_before_checking(target, tmp_path):
    out = target.replace("{tmp}", str(tmp_path))
    # A dossier that does not exist: had checking started, the message would be about it.
    done = run("validate", str(tmp_path / "no-dossier"), "-f", "json", "-o", out)
    assert done.returncode == 2
    assert f"-o {out}" in done.stderr and "Traceback" not in done.stderr
    assert "no-dossier" not in done.stderr


def test_output_into_the_dossier_is_refused(failing):
    done = run("validate", str(failing), "-f", "json", "-o", str(failing / "r.json"))
    assert done.returncode == 2 and "never writes into a dossier" in done.stderr
    assert not (failing / "r.json").exists()


def test_batch_unwritable_output_exits_2_before_checking(tmp_path):
    (tmp_path / "many").mkdir()
    done = run("batch", str(tmp_path / "many"), "-o", "/nonexistent/r.txt")
    assert done.returncode == 2 and "/nonexistent" in done.stderr


def test_closed_pipe_ends_quietly_with_the_verdicts_exit_code(failing, passing):
    for dossier, code in ((failing, 1), (passing, 0)):
        shell = (f"{sys.executable} -m govcheck validate '{dossier}' --as-of {AS_OF} | head -1; "
                 "echo \"rc=${PIPESTATUS[0]}\"")
        done = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, cwd=ROOT,
                              timeout=180)
        assert done.stderr == "", done.stderr
        assert done.stdout.splitlines()[-1] == f"rc={code}"
        assert len(done.stdout.splitlines()) == 2


@pytest.mark.parametrize("fmt", ["console", "json", "markdown", "html", "junit", "github", "concise"])
def test_verdict_agrees_with_exit_code_under_fail_on(fmt, passing, tmp_path):
    """A dossier whose only finding is a warning: passes under --fail-on error, fails under warning."""
    (passing / ".govcheck.toml").write_text('[severity]\n"TL-38n" = "warning"\n', encoding="utf-8")
    (passing / "11-试运行报告.docx").unlink()  # rewrite without the 用户使用评价
    from tests.test_cli import report_docx

    report_docx(passing / "11-试运行报告.docx", "试运行报告", ["试运行情况", "问题及整改"])
    words = {"console": ("通过", "未通过"), "json": ('"passed": true', '"passed": false'),
             "markdown": ("通过", "未通过"), "html": ("通过", "未通过"), "junit": ("通过", "未通过"),
             "github": ("通过", "未通过"), "concise": ("PASS", "FAIL")}[fmt]
    for fail_on, code in (("error", 0), ("warning", 1), ("never", 0)):
        done = run("validate", str(passing), "--as-of", AS_OF, "-f", fmt, "--fail-on", fail_on,
                   "--no-color")
        assert done.returncode == code, (fail_on, done.stdout[-500:], done.stderr)
        good, bad = words
        if code:
            assert bad in done.stdout
        else:
            assert bad not in done.stdout and good in done.stdout


def test_several_outputs_in_one_run(failing, tmp_path):
    r_json, r_html, r_sarif = tmp_path / "r.json", tmp_path / "r.html", tmp_path / "r.sarif"
    done = run("validate", str(failing), "--as-of", AS_OF, "-f", "json", "-o", str(r_json),
               "-f", "html", "-o", str(r_html), "-f", "sarif", "-o", str(r_sarif))
    assert done.returncode == 1 and done.stdout == ""
    assert json.loads(r_json.read_text(encoding="utf-8"))["summary"]["errors"] == 3
    assert r_html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert json.loads(r_sarif.read_text(encoding="utf-8"))["version"] == "2.1.0"
    # one stream format to stdout, the rest to files, whatever the order on the command line
    for args in (["-f", "concise", "-f", "json", "-o", str(r_json)],
                 ["-f", "json", "-o", str(r_json), "-f", "concise"]):
        r_json.unlink()
        both = run("validate", str(failing), "--as-of", AS_OF, *args)
        assert both.returncode == 1 and both.stdout.count(": error tongliao/TL-38") == 3
        assert json.loads(r_json.read_text(encoding="utf-8"))["summary"]["errors"] == 3


@pytest.mark.parametrize("args", [["-f", "json", "-f", "html", "-o", "r.json"],
                                  ["-f", "concise", "-f", "github", "-o", "r.txt"],
                                  ["-f", "json", "-o", "a", "-o", "b"]])
def test_formats_and_outputs_must_pair(args, failing, tmp_path):
    args = [str(tmp_path / a) if a.startswith(("r.", "a", "b")) else a for a in args]
    done = run("validate", str(failing), *args)
    assert done.returncode == 2 and "one -o per -f" in done.stderr
