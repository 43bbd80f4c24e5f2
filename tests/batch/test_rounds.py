"""Rounds: diff by finding id (fixed / new / still open) from JSON Lines, a JSON report or the
history database; `history` lists a dossier's rounds."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from .conftest import AS_OF, SAMPLES, make_round

NAME = "扎鲁特旗教育云"


def _round_one_and_two(tmp_path: Path) -> tuple[Path, Path]:
    """Round 1: the dossier lacks the audit report and the data-sharing confirmation. Round 2
    (another folder, as a resubmission arrives): the audit report added, and the trial-run
    report replaced by the clean one — still open: data sharing; new: the clean trial-run
    report's date disagrees with the application form's (a fact conflict)."""
    one = make_round(tmp_path / "round1", "tongliao-acceptance-missing", names={"tongliao-acceptance-missing": NAME})
    two = make_round(tmp_path / "round2", "tongliao-acceptance-missing", names={"tongliao-acceptance-missing": NAME})
    clean = SAMPLES / "tongliao-acceptance-clean"
    shutil.copy(clean / "05-竣工结算审计报告.docx", two / NAME)
    shutil.copy(clean / "11-试运行报告.docx", two / NAME / "11-试运行报告.docx")
    return one, two


def test_diff_of_two_json_lines_rounds(tmp_path: Path, gc) -> None:
    one, two = _round_one_and_two(tmp_path)
    for folder in (one, two):
        r = gc("batch", str(folder), "--as-of", AS_OF, "-f", "json", "-o", str(folder) + ".jsonl")
        assert r.returncode == 1, r.stderr
    r = gc("diff", str(one) + ".jsonl", str(two) + ".jsonl", "-f", "json")
    assert r.returncode == 0, r.stderr
    [d] = json.loads(r.stdout)["dossiers"]
    assert d["dossier"] == NAME
    assert sorted(f["rule"] for f in d["fixed"]) == ["tongliao/TL-38f", "tongliao/TL-38n"]
    assert [f["rule"] for f in d["still_open"]] == ["tongliao/TL-38l"]
    assert [f["rule"] for f in d["new"]] == ["govcheck/fact-conflict"]
    text = gc("diff", str(one) + ".jsonl", str(two) + ".jsonl")
    assert f"{NAME}：已改正 2 · 新出现 1 · 仍存在 1" in text.stdout
    assert "✓ 已改正  tongliao/TL-38f" in text.stdout


def test_diff_reads_a_single_json_report_too(tmp_path: Path, gc) -> None:
    one, two = _round_one_and_two(tmp_path)
    a = gc("validate", str(one / NAME), "--as-of", AS_OF, "-f", "json", "-o", str(tmp_path / "a.json"))
    b = gc("validate", str(two / NAME), "--as-of", AS_OF, "-f", "json", "-o", str(tmp_path / "b.json"))
    assert a.returncode == b.returncode == 1
    r = gc("diff", str(tmp_path / "b.json"), str(tmp_path / "a.json"), "-f", "json", "--lang", "en")
    [d] = json.loads(r.stdout)["dossiers"]  # backwards: what round 1 has that round 2 had not
    assert sorted(f["rule"] for f in d["new"]) == ["tongliao/TL-38f", "tongliao/TL-38n"]
    assert [f["rule"] for f in d["fixed"]] == ["govcheck/fact-conflict"]


def test_history_database_rounds_and_diff(tmp_path: Path, gc) -> None:
    one, two = _round_one_and_two(tmp_path)
    db = tmp_path / "history.db"
    for folder in (one, two):
        assert gc("batch", str(folder), "--as-of", AS_OF, "--history", str(db)).returncode == 1
    con = sqlite3.connect(db)
    runs = con.execute("SELECT govcheck, packs, options FROM runs").fetchall()
    assert len(runs) == 2 and "tongliao" in json.loads(runs[0][1])
    assert json.loads(runs[0][2])["as_of"] == AS_OF
    assert con.execute("SELECT dossier, round, status, errors FROM dossiers ORDER BY round").fetchall() == [
        (NAME, 1, "fail", 3), (NAME, 2, "fail", 1)]
    con.close()

    r = gc("diff", "1", "2", "--db", str(db), "-f", "json")
    [d] = json.loads(r.stdout)["dossiers"]
    assert sorted(f["rule"] for f in d["fixed"]) == ["tongliao/TL-38f", "tongliao/TL-38n"]
    assert [f["rule"] for f in d["still_open"]] == ["tongliao/TL-38l"]

    # the database and two round numbers, without --db
    same = gc("diff", str(db), "1", "2", "-f", "json")
    assert json.loads(same.stdout) == json.loads(r.stdout)
    assert gc("diff", str(db), str(db)).returncode == 2

    h = gc("history", NAME, "--db", str(db), "-f", "json")
    rounds = json.loads(h.stdout)
    assert [(x["round"], x["errors"], x["fixed"], x["new"]) for x in rounds] == [(1, 3, None, None), (2, 1, 2, 1)]
    text = gc("history", str(two / NAME), "--db", str(db))  # a path names the dossier too
    assert "轮次 2" in text.stdout and "已改正 2" in text.stdout


def test_diff_and_history_errors_exit_2(tmp_path: Path, gc) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"schema": "something/else"}\n', encoding="utf-8")
    r = gc("diff", str(bad), str(bad))
    assert r.returncode == 2 and "not a govcheck report" in r.stderr
    assert gc("history", "--db", str(tmp_path / "none.db")).returncode == 2
    assert gc("diff", "x", "2", "--db", str(tmp_path / "none.db")).returncode == 2
