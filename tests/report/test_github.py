"""GitHub Actions workflow commands: grammar, levels, file paths and escaping."""

from __future__ import annotations

import posixpath
import re

from govcheck.report import github

from .conftest import BUDGET, FORM

COMMAND = re.compile(r"^::(?P<cmd>error|warning|notice)(?: (?P<props>[^:\r\n]*))?::(?P<msg>[^\r\n]*)$")


def unescape(s: str) -> str:
    return (s.replace("%2C", ",").replace("%3A", ":").replace("%0A", "\n").replace("%0D", "\r")
            .replace("%25", "%"))


def parse(line: str) -> tuple[str, dict[str, str], str]:
    m = COMMAND.match(line)
    assert m, f"not a workflow command: {line!r}"
    props = {}
    for part in (m["props"] or "").split(","):
        if part:
            k, v = part.split("=", 1)
            assert k in ("file", "title", "line", "col", "endLine", "endColumn")
            props[k] = unescape(v)
    return m["cmd"], props, unescape(m["msg"])


def test_one_command_per_finding_then_a_summary(checked):
    lines = github.render(checked).split("\n")
    assert len(lines) == len(checked.findings) + 1
    parsed = [parse(l) for l in lines[:-1]]
    assert [p[0] for p in parsed] == ["error", "error", "warning", "warning", "notice"]
    assert [p[1]["title"] for p in parsed] == [f.rule for f in checked.findings]
    summary = lines[-1]
    assert not summary.startswith("::") and summary.startswith("govcheck ")
    assert "未通过" in summary and "错误 2 · 警告 2 · 提示 1" in summary and "未能判定 3 条" in summary


def test_file_and_message(checked):
    lines = github.render(checked).split("\n")
    by_title = {parse(l)[1]["title"]: parse(l) for l in lines[:-1]}

    _, props, msg = by_title["tongliao/TL-14b"]
    assert "file" not in props  # about the whole dossier
    assert msg.startswith("总投资70万元")
    assert "(依据 通政发〔2024〕97号 第十四条第一款)" in msg
    assert msg.endswith("建议：补充《项目可行性研究报告》（项目建议书、可行性研究报告二合一）")

    _, props, _ = by_title["govcheck/fact-conflict"]
    assert props["file"] == posixpath.join(checked.path, FORM)


def test_escaping(checked):
    line = next(l for l in github.render(checked).split("\n") if "title=tongliao/TL-20c" in l)
    # property: the comma in the file name and the ':' never reach the parser raw
    assert "file=" + checked.path.replace(":", "%3A").replace(",", "%2C") in line
    assert "%2C修订版.xlsx" in line
    # data: %, newline escaped; the line is one line
    assert "12.5%25 超过 10%25%0A其中监理费|咨询费" in line
    cmd, props, msg = parse(line)
    assert cmd == "warning"
    assert props["file"] == posixpath.join(checked.path, BUDGET)
    assert props["title"] == "tongliao/TL-20c"
    assert msg.split("\n")[:2] == ["工程建设其他费用占比 12.5% 超过 10%",
                                   "其中监理费|咨询费 <b>合计</b> 8.75万元 (依据 通政发〔2024〕97号 第二十条第二款第(三)项)"]
    assert "位置：概算表 第12行" in msg


def test_escape_functions():
    assert github.escape_data("a%b\r\nc:d,e") == "a%25b%0D%0Ac:d,e"
    assert github.escape_property("a%b\r\nc:d,e") == "a%25b%0D%0Ac%3Ad%2Ce"


def test_clean_and_english(clean, checked_en):
    assert github.render(clean).split("\n") == [
        f"govcheck {clean.path}：tongliao application 2025-08-01 — 通过；错误 0 · 警告 0 · 提示 0；"
        "适用规则 19 条，未能判定 0 条"]
    _, _, msg = parse(github.render(checked_en).split("\n")[0])
    assert "(basis 通政发〔2024〕97号 Art. 14(1))" in msg


def test_real_pipeline(pipeline_checked):
    c = pipeline_checked()
    lines = github.render(c).split("\n")
    assert len(lines) == len(c.findings) + 1
    for line, f in zip(lines, c.findings):
        cmd, props, msg = parse(line)
        assert cmd == {"error": "error", "warning": "warning", "info": "notice"}[f.severity]
        assert props["title"] == f.rule and msg.startswith(f.message)
        if f.location.file:
            assert props["file"] == posixpath.join(c.path, f.location.file)
    assert lines[-1].startswith("govcheck ")
