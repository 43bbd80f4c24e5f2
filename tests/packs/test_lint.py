"""The strict loader and `govcheck rules check`: each problem one FILE:LINE: RULE_ID: FIELD line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from govcheck.packs.lint import check_paths
from govcheck.packs.load import PackError, builtin_rules_dir, load_pack_file

SOURCE = "第五条 项目总投资50万元及以上的,应当提交可行性研究报告。\n第六条 合同签订后5个工作日内备案。\n"

PACK = """\
pack:
  id: demo
  name: {zh: 示例办法, en: Demo measure}
  document: null
  source: sources/demo.txt
  catalog_prefix: DM
rules:
  - id: DM-5a
    catalog: [DM-5a]
    check: tier
    stages: [application]
    severity: error
    when: {fact: admin_level, eq: 市本级}
    params:
      amount: total_investment
      at_or_above: 50
      requires: [feasibility_study_report]
    message: {zh: "总投资{amount}万元，须提交{material_name}", en: "{amount}: {material_name} due"}
    hint: {zh: 补充可研, en: Add it}
    citation: {article: 5, quote: "项目总投资50万元及以上的,应当提交可行性研究报告"}
"""


def write(tmp_path: Path, text: str, name: str = "demo") -> Path:
    (tmp_path / "sources").mkdir(exist_ok=True)
    (tmp_path / "sources" / "demo.txt").write_text(SOURCE, encoding="utf-8")
    f = tmp_path / f"{name}.yaml"
    f.write_text(text.replace("id: demo", f"id: {name}"), encoding="utf-8")
    return f


def lines(tmp_path: Path) -> list[str]:
    return [str(p) for p in check_paths([tmp_path], builtin_rules_dir())]


def test_a_clean_pack_has_no_problem(tmp_path):
    write(tmp_path, PACK)
    assert lines(tmp_path) == []


@pytest.mark.parametrize("old, new, expected", [
    ("    severity: error\n", "    severity: error\n    severity: warning\n",
     "demo.yaml:13: DM-5a: severity: duplicate key"),
    ("{amount}万元", "{amout}万元", "demo.yaml:18: DM-5a: message.zh: unknown placeholder {amout}"),
    ("eq: 市本级", "eq: 市级", "demo.yaml:13: DM-5a: when.eq: '市级' is not a value of admin_level"),
    ("requires: [feasibility_study_report]", "requires: [feasibility_report]",
     "demo.yaml:17: DM-5a: params.requires[0]: unknown document kind 'feasibility_report'"),
    ("amount: total_investment", "amount: total_investmnt",
     "demo.yaml:15: DM-5a: params.amount: unknown fact 'total_investmnt'"),
    ("50万元及以上的,应当", "50万元以上的,应当", "demo.yaml:20: DM-5a: citation.quote: not found"),
    ("  - id: DM-5a", "  - id: XX-5a", "demo.yaml:8: XX-5a: id: a rule id of this pack starts with 'DM-'"),
    ("at_or_above: 50", "at_or_above: {param: tier_amount}",
     "demo.yaml:16: DM-5a: params.at_or_above: unknown parameter 'tier_amount'"),
    ("at_or_above: 50", "at_or_abov: 50", "DM-5a: params.at_or_abov: Extra inputs are not permitted"),
])
def test_each_problem_is_one_line(tmp_path, old, new, expected):
    assert old in PACK
    write(tmp_path, PACK.replace(old, new))
    found = lines(tmp_path)
    assert any(expected in line for line in found), found
    with pytest.raises(PackError):  # and the loader refuses the pack (exit 2 for validate)
        load_pack_file.__wrapped__(tmp_path / "demo.yaml")


def test_a_missing_source_text_is_a_problem(tmp_path):
    write(tmp_path, PACK.replace("sources/demo.txt", "sources/none.txt"))
    assert any("pack.source: source text" in line for line in lines(tmp_path))


def test_shadowing_a_shipped_pack_is_said(tmp_path):
    text = (builtin_rules_dir() / "wujin.yaml").read_text(encoding="utf-8")
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "wujin.txt").write_text(
        (builtin_rules_dir() / "sources" / "wujin.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "wujin.yaml").write_text(text, encoding="utf-8")
    assert lines(tmp_path) == [f"{tmp_path / 'wujin.yaml'}:1: -: pack.id: shadows the shipped pack "
                               f"'wujin' ({(builtin_rules_dir() / 'wujin.yaml').resolve()}): with --rules "
                               "it would replace it; give it another id"]


def test_cli_rules_check_exit_codes(tmp_path):
    root = Path(__file__).resolve().parents[2]
    ok = subprocess.run([sys.executable, "-m", "govcheck", "rules", "check", str(root / "rules")],
                        capture_output=True, text=True)
    assert ok.returncode == 0 and ok.stdout == ""  # the shipped packs pass
    write(tmp_path, PACK.replace("{amount}万元", "{amout}万元"))
    bad = subprocess.run([sys.executable, "-m", "govcheck", "rules", "check", str(tmp_path)],
                         capture_output=True, text=True)
    assert bad.returncode == 1
    assert bad.stdout.strip().endswith("unknown placeholder {amout} (not filled by tier, not a fact "
                                       "or a parameter: it would print 未知)")


def test_a_rules_dir_pack_replacing_a_shipped_one_is_said_on_stderr(tmp_path, capsys):
    from govcheck.packs.load import pack_files

    (tmp_path / "hunan.yaml").write_text("pack: {}\n", encoding="utf-8")
    files = pack_files((tmp_path,))
    assert files["hunan"] == tmp_path / "hunan.yaml"
    assert f"{tmp_path / 'hunan.yaml'} replaces the pack 'hunan'" in capsys.readouterr().err
