"""The batch table a reviewer reads: names whole at 80 columns, project, unit, failing rules,
headers in the report language, --only-failed, --sort, verdicts that agree with --fail-on,
empty folders, progress on stderr."""

from __future__ import annotations

from pathlib import Path

from rich.cells import cell_len

from .conftest import AS_OF, make_round

LONG = "2026-second-round-tongliao-acceptance-submission-from-horqin-district-data-bureau"


def _first_column(stdout: str, next_header: str) -> list[str]:
    lines = stdout.splitlines()
    header = next(line for line in lines if next_header in line)
    k = header.index(next_header)
    return [line[:k].strip() for line in lines[lines.index(header) + 2:]]


def test_long_names_are_whole_at_80_columns_and_headers_follow_the_language(tmp_path: Path, gc) -> None:
    round_ = make_round(tmp_path / "r", "tongliao-acceptance-missing")
    (round_ / LONG).mkdir()  # empty: its row holds the name and ASCII text only
    r = gc("batch", str(round_), "--as-of", AS_OF, "--lang", "en")
    assert r.returncode == 1, r.stderr
    assert all(cell_len(line) <= 80 for line in r.stdout.splitlines())
    assert "…" not in r.stdout
    column = _first_column(r.stdout, "Stage")
    start = column.index(next(c for c in column if c and LONG.startswith(c)))
    joined = ""
    for piece in column[start:]:
        if not piece or not LONG.startswith(joined + piece):
            break
        joined += piece
    assert joined == LONG
    flat = "".join(r.stdout.split())  # headers fold too
    for header in ("Dossier", "Project", "Unit", "Jurisdiction", "Stage", "Errors", "Warnings", "Failing", "Result"):
        assert header in flat
    assert "no documents" in r.stdout


def test_chinese_table_has_project_unit_and_failing_rules(tmp_path: Path, gc) -> None:
    round_ = make_round(tmp_path / "r", "tongliao-acceptance-missing", "tongliao-acceptance-clean")
    r = gc("batch", str(round_), "--as-of", AS_OF)
    assert r.returncode == 1, r.stderr
    out = "".join(r.stdout.split())  # cells fold onto several lines
    for header in ("材料包", "项目名称/单位", "适用办法", "阶段", "错误", "警告", "未通过规则", "结论"):
        assert header in out
    assert "扎鲁特旗智慧教育云平台建设项目" in out and "扎鲁特旗教育局" in out
    assert "TL-38f" in r.stdout and "TL-38l" in r.stdout and "TL-38n" in r.stdout
    assert "未通过" in r.stdout and "通过1·未通过1·未能检查0" in out
    assert "PASS" not in r.stdout and "dossier" not in r.stdout


def test_verdict_follows_fail_on(tmp_path: Path, gc) -> None:
    # tongliao-adjustment-clean has warnings and no errors
    round_ = make_round(tmp_path / "r", "tongliao-adjustment-clean")
    lenient = gc("batch", str(round_), "--as-of", AS_OF, "--lang", "en")
    strict = gc("batch", str(round_), "--as-of", AS_OF, "--lang", "en", "--fail-on", "warning")
    assert lenient.returncode == 0 and "PASS" in lenient.stdout and "FAIL" not in lenient.stdout
    assert strict.returncode == 1 and "FAIL" in strict.stdout and "PASS" not in strict.stdout
    # the warnings' rule ids are what fails it now
    assert any(tok.startswith("TL-") for tok in strict.stdout.split()) and "passed 0 · failed 1" in strict.stdout
    never = gc("batch", str(round_), "--as-of", AS_OF, "--lang", "en", "--fail-on", "never")
    assert never.returncode == 0 and "PASS" in never.stdout


def test_empty_folder_is_no_documents_in_both_languages(tmp_path: Path, gc) -> None:
    round_ = tmp_path / "r"
    (round_ / "空文件夹" / "子目录").mkdir(parents=True)
    zh = gc("batch", str(round_), "--as-of", AS_OF)
    en = gc("batch", str(round_), "--as-of", AS_OF, "--lang", "en")
    assert zh.returncode == en.returncode == 1
    assert "无文件" in zh.stdout and "jurisdiction" not in zh.stdout
    assert "no documents" in en.stdout and "管辖" not in en.stdout
    js = gc("batch", str(round_), "--as-of", AS_OF, "-f", "json")
    import json

    [line] = [json.loads(x) for x in js.stdout.splitlines()]
    assert line["status"] == "no_documents" and line["schema"] == "govcheck.batch-error/1"


def test_only_failed_and_sort(tmp_path: Path, gc) -> None:
    round_ = make_round(tmp_path / "r", "tongliao-acceptance-clean", "tongliao-acceptance-missing",
                        "tongliao-acceptance-late")
    only = gc("batch", str(round_), "--as-of", AS_OF, "--lang", "en", "--only-failed", "-f", "csv")
    names = [line.split(",")[0] for line in only.stdout.splitlines()[1:]]
    assert "tongliao-acceptance-clean" not in names and "tongliao-acceptance-missing" in names
    by_result = gc("batch", str(round_), "--as-of", AS_OF, "--lang", "en", "--sort", "result", "-f", "csv")
    rows = [line.split(",") for line in by_result.stdout.splitlines()[1:]]
    assert [r[5] for r in rows][-1] == "PASS" and rows[0][5] == "FAIL"
    by_name = gc("batch", str(round_), "--as-of", AS_OF, "--sort", "name", "-f", "csv")
    assert [line.split(",")[0] for line in by_name.stdout.splitlines()[1:]] == sorted(p.name for p in round_.iterdir())


def test_progress_goes_to_stderr_as_plain_lines(tmp_path: Path, gc) -> None:
    round_ = make_round(tmp_path / "r", "tongliao-acceptance-clean", "tongliao-acceptance-missing")
    r = gc("batch", str(round_), "--as-of", AS_OF, "-f", "json", "--workers", "2")
    assert "[1/2]" in r.stderr and "[2/2]" in r.stderr
    assert "tongliao-acceptance-missing：未通过" in r.stderr
    assert len(r.stdout.splitlines()) == 2  # stdout is the JSON Lines alone
    quiet = gc("batch", str(round_), "--as-of", AS_OF, "-f", "json", "--no-progress")
    assert quiet.stderr == ""


def test_bad_options_exit_2(tmp_path: Path, gc) -> None:
    round_ = make_round(tmp_path / "r", "tongliao-acceptance-clean")
    assert gc("batch", str(round_), "--shard", "3/2").returncode == 2
    assert gc("batch", str(round_), "--workers", "-1").returncode == 2
    r = gc("batch", str(round_), "--executor", "dask")
    assert r.returncode == 2 and "--scheduler" in r.stderr
