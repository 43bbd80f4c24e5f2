"""Outputs to file: JSON Lines, CSV, the workbook, the HTML folder; an output that cannot be
written is exit 2 before any dossier is checked."""

from __future__ import annotations

import json
import re
import sys
import textwrap
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook

from .conftest import AS_OF, make_round


@pytest.fixture(scope="module")
def round_outputs(tmp_path_factory):
    """One batch writing every output at once (checked once, read by several tests)."""
    import os
    import subprocess

    from .conftest import ROOT

    tmp = tmp_path_factory.mktemp("outputs")
    round_ = make_round(tmp / "round", "tongliao-acceptance-clean", "tongliao-acceptance-missing",
                        "hunan-acceptance-no-test-report")
    (round_ / "empty").mkdir()
    env = {**os.environ, "GOVCHECK_CACHE_DIR": str(tmp / "cache")}
    r = subprocess.run([sys.executable, "-m", "govcheck", "batch", str(round_), "--as-of", AS_OF, "-f", "json",
                        "-o", str(tmp / "round.jsonl"), "--xlsx", str(tmp / "round.xlsx"), "--html",
                        str(tmp / "html")], capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert r.returncode == 1, r.stderr
    records = [json.loads(x) for x in (tmp / "round.jsonl").read_text(encoding="utf-8").splitlines()]
    return tmp, records


def test_json_lines_one_record_per_dossier(round_outputs) -> None:
    _, records = round_outputs
    by_name = {Path(r["dossier"]["path"]).name: r for r in records}
    assert set(by_name) == {"tongliao-acceptance-clean", "tongliao-acceptance-missing",
                            "hunan-acceptance-no-test-report", "empty"}
    assert by_name["tongliao-acceptance-missing"]["schema"] == "govcheck.report/1"
    assert all("id" in f for f in by_name["tongliao-acceptance-missing"]["findings"])
    assert by_name["empty"]["status"] == "no_documents"


def test_workbook_summary_findings_and_statistics(round_outputs) -> None:
    tmp, records = round_outputs
    wb = load_workbook(tmp / "round.xlsx")
    assert wb.sheetnames == ["汇总", "问题", "规则统计"]
    summary, findings, stats = wb["汇总"], wb["问题"], wb["规则统计"]
    assert summary.freeze_panes == "B2" and summary.auto_filter.ref == "A1:L5"
    header = [c.value for c in summary[1]]
    assert header[:6] == ["材料包", "项目名称", "单位", "适用办法", "阶段", "结论"]
    rows = {r[0].value: r for r in summary.iter_rows(min_row=2)}
    assert set(rows) == {"empty", "hunan-acceptance-no-test-report", "tongliao-acceptance-clean",
                         "tongliao-acceptance-missing"}
    clean, missing, empty = rows["tongliao-acceptance-clean"], rows["tongliao-acceptance-missing"], rows["empty"]
    assert (clean[5].value, clean[5].fill.fgColor.rgb[-6:]) == ("通过", "C6EFCE")
    assert (missing[5].value, missing[5].fill.fgColor.rgb[-6:]) == ("未通过", "FFC7CE")
    assert (empty[5].value, empty[5].fill.fgColor.rgb[-6:]) == ("无文件", "FFEB9C")
    assert missing[1].value == "扎鲁特旗智慧教育云平台建设项目" and missing[2].value == "扎鲁特旗教育局"
    # the name links to the dossier's first finding
    link = missing[0].hyperlink
    sheet, cell = re.fullmatch(r"'(.+)'!A(\d+)", link.location).groups()
    assert sheet == "问题" and findings[f"A{cell}"].value == "tongliao-acceptance-missing"
    assert findings[f"A{int(cell) - 1}"].value != "tongliao-acceptance-missing"
    assert clean[0].hyperlink is None  # nothing to link to

    expected = [(Path(r["dossier"]["path"]).name, f["rule"]) for r in records for f in r.get("findings", [])]
    got = [(row[0], row[1]) for row in findings.iter_rows(min_row=2, values_only=True)]
    assert sorted(got) == sorted(expected)
    assert [c.value for c in findings[1]] == ["材料包", "规则", "依据条款", "严重程度", "问题", "文件", "位置", "建议"]
    article = next(row[2] for row in findings.iter_rows(min_row=2, values_only=True) if row[1] == "tongliao/TL-38f")
    assert article.startswith("通政发〔2024〕97号 第三十八条")

    per_rule = Counter(rule for r in records for rule in {f["rule"] for f in r.get("findings", [])})
    got_stats = {row[0]: row[3] for row in stats.iter_rows(min_row=2, values_only=True)}
    assert got_stats == dict(per_rule)
    counts = [row[3] for row in stats.iter_rows(min_row=2, values_only=True)]
    assert counts == sorted(counts, reverse=True)  # what applicants miss most, first


def test_html_index_links_to_a_page_per_dossier(round_outputs) -> None:
    tmp, records = round_outputs
    index = (tmp / "html" / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'href="(dossiers/[^"]+)"', index)
    assert len(links) == len(records) == 4
    pages = {link: (tmp / "html" / link).read_text(encoding="utf-8") for link in links}
    missing = next(p for p in pages.values() if "扎鲁特旗智慧教育云平台建设项目" in p)
    assert "tongliao/TL-38f" in missing and "未通过" in missing and 'href="../index.html"' in missing
    assert "无文件" in index and "扎鲁特旗教育局" in index


def test_csv_has_a_bom_for_excel_and_language_headers(tmp_path: Path, gc) -> None:
    round_ = make_round(tmp_path / "r", "tongliao-acceptance-missing")
    out = tmp_path / "round.csv"
    r = gc("batch", str(round_), "--as-of", AS_OF, "-f", "csv", "-o", str(out))
    assert r.returncode == 1, r.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    import csv
    import io

    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:6] == ["材料包", "项目名称", "单位", "适用办法", "阶段", "结论"]
    assert rows[1][0] == "tongliao-acceptance-missing" and rows[1][5] == "未通过"
    assert rows[1][9] == "tongliao/TL-38f tongliao/TL-38l tongliao/TL-38n"


@pytest.mark.parametrize("option", ["-o", "--xlsx", "--html", "--history"])
def test_unwritable_output_exits_2_before_any_checking(tmp_path: Path, gc, option: str) -> None:
    round_ = make_round(tmp_path / "r", "tongliao-acceptance-clean")
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    target = blocker / "out" if option != "--history" else tmp_path
    r = gc("batch", str(round_), "--as-of", AS_OF, option, str(target))
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert r.stderr.startswith("govcheck: error: ") and str(target) in r.stderr
    assert "[1/1]" not in r.stderr  # nothing was checked
    assert not any(gc.cache.rglob("*")) if gc.cache.exists() else True


# A LibreOffice that never returns: the dossier holding such a file is stopped at --timeout and
# reported; the other dossiers are checked.
HANGING_SOFFICE = textwrap.dedent("""\
    #!/bin/sh
    exec sleep 117
    """)


def test_a_hanging_dossier_is_a_timeout_row_and_the_rest_is_checked(tmp_path: Path, gc) -> None:
    round_ = make_round(tmp_path / "r", "tongliao-acceptance-clean")
    (round_ / "stuck").mkdir()
    (round_ / "stuck" / "可行性研究报告.doc").write_bytes(b"{\\rtf1\\ansi stuck}")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "soffice").write_text(HANGING_SOFFICE)
    (bin_dir / "soffice").chmod(0o755)
    r = gc("batch", str(round_), "--as-of", AS_OF, "--timeout", "3", "-f", "json", "--workers", "2",
           env={"PATH": f"{bin_dir}:/usr/bin:/bin"}, timeout=120)
    assert r.returncode == 1, r.stderr
    by_name = {Path(x["dossier"]["path"]).name: x for x in map(json.loads, r.stdout.splitlines())}
    assert by_name["stuck"]["status"] == "timeout" and "3 秒" in by_name["stuck"]["error"]
    assert by_name["tongliao-acceptance-clean"]["summary"]["passed"] is True
    # the stopped conversion is gone too, not left running
    import subprocess

    left = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
    assert "sleep 117" not in left
