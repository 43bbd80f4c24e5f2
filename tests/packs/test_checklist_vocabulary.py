"""`govcheck checklist -f json` reads --set with the pack's own vocabulary, as the console table does."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SOURCE = "第五条 区本级项目软件开发投资200万元及以上的,应当提交造价审核报告。\n"

PACK = """\
pack:
  id: demo
  name: {zh: 示例办法, en: Demo measure}
  document: null
  source: sources/demo.txt
  catalog_prefix: DM
vocabulary:
  documents:
    - {id: cost_review_report, zh: 造价审核报告, en: cost review report, stage: approval,
       patterns: [造价审核], before: review_opinion}
  facts:
    - {id: software_dev_investment, zh: 软件开发投资, en: software development investment,
       type: money, labels: [软件开发投资]}
  aliases:
    admin_level: {区本级: 市本级}
rules:
  - id: DM-5a
    catalog: [DM-5a]
    check: tier
    stages: [approval]
    severity: error
    when: {fact: admin_level, eq: 市本级}
    params:
      amount: software_dev_investment
      at_or_above: 200
      requires: [cost_review_report]
    message: {zh: "软件开发投资{amount}万元，须提交{material_name}", en: "{amount}: {material_name}"}
    hint: {zh: 补充造价审核报告, en: Add it}
    citation: {article: 5, quote: "区本级项目软件开发投资200万元及以上的,应当提交造价审核报告"}
"""


def checklist(pack_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "govcheck", "checklist", "-j", "demo", "-s", "approval",
                           "--rules", str(pack_dir), *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)


@pytest.mark.parametrize("amount, requirement, console_word", [
    ("200", "required", "须提交"), ("199.99", "not_required", "不要求"),
])
def test_json_and_console_read_the_packs_own_fact_and_alias(pack_dir, amount, requirement, console_word):
    facts = ("--set", f"software_dev_investment={amount}", "--set", "admin_level=区本级")
    r = checklist(pack_dir, *facts, "-f", "json")
    assert r.returncode == 0, r.stderr
    (row,) = [m for m in json.loads(r.stdout)["materials"] if m["material"] == "cost_review_report"]
    assert row["name"] == "造价审核报告"
    assert row["requirement"] == requirement and row["depends_on"] == []
    console = checklist(pack_dir, *facts)
    assert console.returncode == 0, console.stderr
    line = next(l for l in console.stdout.splitlines() if "造价审核报告" in l)
    assert console_word in line


def test_json_without_the_facts_says_what_it_depends_on(pack_dir):
    r = checklist(pack_dir, "-f", "json")
    assert r.returncode == 0, r.stderr
    (row,) = [m for m in json.loads(r.stdout)["materials"] if m["material"] == "cost_review_report"]
    assert row["requirement"] == "undecided"
    assert set(row["depends_on"]) >= {"software_dev_investment"}
