"""Enum values in rules: a pack's own aliases are accepted and written as the fact's value; a
built-in alias (a dossier spelling, 市级 for 市本级) and an unknown value are still errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest

from govcheck.packs.lint import check_paths
from govcheck.packs.load import PackError, builtin_rules_dir, load_pack, load_pack_file
from govcheck.pipeline import Options, check_dossier

SOURCE = "第五条 项目总投资80万元(县区60万元)及以上的,应当提交可行性研究报告。\n"

# The rules spell admin_level and project_type with the pack's aliases (本级, 县区, 建设) where
# CANONICAL below writes the values (市本级, 旗县市区, 建设类).
ALIASED = """\
pack:
  id: demo
  name: {zh: 示例办法, en: Demo measure}
  document: null
  source: sources/demo.txt
  catalog_prefix: DM
vocabulary:
  aliases:
    admin_level: {本级: 市本级, 县区: 旗县市区}
    project_type: {建设: 建设类}
rules:
  - id: DM-5a
    catalog: [DM-5a]
    check: tier
    stages: [application]
    severity: error
    when: {all: [{fact: admin_level, in: [本级, 县区]}, {fact: project_type, eq: 建设}]}
    params:
      amount: total_investment
      at_or_above: {by: admin_level, values: {本级: 80, 县区: 60}}
      requires: [feasibility_study_report]
    severity_when:
      - when: {fact: admin_level, eq: 县区}
        severity: warning
        reason: a county's duty here
    message: {zh: "总投资{amount}万元（{admin_level} ≥ {threshold}万元），须提交{material_name}", en: "{amount}: {material_name} due"}
    hint: {zh: 补充可研, en: Add it}
    citation: {article: 5, quote: "项目总投资80万元(县区60万元)及以上的,应当提交可行性研究报告"}
  - id: DM-5b
    catalog: [DM-5b]
    check: tier
    stages: [application]
    severity: error
    params:
      amount: total_investment
      below: 80
      expect: {fact: project_type, in_band: 建设, out_of_band: 建设类}
    message: {zh: "项目类型应为{expected}", en: "type should be {expected}"}
    hint: {zh: 核对项目类型, en: Check the type}
    citation: {article: 5, quote: "项目总投资80万元(县区60万元)及以上的"}
"""

CANONICAL = (ALIASED.replace("in: [本级, 县区]", "in: [市本级, 旗县市区]").replace("eq: 建设}", "eq: 建设类}")
             .replace("values: {本级: 80, 县区: 60}", "values: {市本级: 80, 旗县市区: 60}")
             .replace("eq: 县区", "eq: 旗县市区").replace("in_band: 建设,", "in_band: 建设类,"))


def write(d: Path, text: str) -> Path:
    (d / "sources").mkdir(parents=True, exist_ok=True)
    (d / "sources" / "demo.txt").write_text(SOURCE, encoding="utf-8")
    f = d / "demo.yaml"
    f.write_text(text, encoding="utf-8")
    return f


def problems(d: Path) -> list[str]:
    return [str(p) for p in check_paths([d], builtin_rules_dir())]


def test_pack_aliases_pass_the_linter(tmp_path):
    write(tmp_path, ALIASED)
    assert problems(tmp_path) == []


def test_the_loader_writes_the_value_in_place_of_the_alias(tmp_path):
    rules_part = CANONICAL.split("rules:")[1]
    assert not any(s in rules_part for s in ("{本级:", "[本级", "eq: 县区", "eq: 建设}", "in_band: 建设,"))
    aliased = load_pack_file.__wrapped__(write(tmp_path / "a", ALIASED))
    canonical = load_pack_file.__wrapped__(write(tmp_path / "c", CANONICAL))
    for a, c in zip(aliased.rules, canonical.rules):
        assert a.when == c.when
        assert a.params == c.params
        assert a.parsed == c.parsed
        assert [s.when for s in a.severity_when] == [s.when for s in c.severity_when]
    assert aliased.rules[0].params["at_or_above"] == {"by": "admin_level", "values": {"市本级": 80, "旗县市区": 60}}
    assert aliased.rules[1].params["expect"]["in_band"] == "建设类"


def _dossier(d: Path, level: str, amount: str) -> Path:
    d.mkdir(parents=True)
    doc = docx.Document()
    doc.add_heading("项目入库申请表", level=1)
    table = doc.add_table(rows=0, cols=2)
    for label, value in [("项目名称", "示例平台"), ("项目层级", level), ("项目类型", "建设类"),
                         ("总投资（万元）", amount)]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    doc.save(str(d / "项目入库申请表.docx"))
    return d


@pytest.mark.parametrize("level, amount, expected", [
    ("市本级", "80", "error"), ("市本级", "79.99", None),
    ("旗县市区", "60", "warning"), ("旗县市区", "59.99", None),
])
def test_a_rule_with_aliases_evaluates_as_the_rule_with_values(tmp_path, level, amount, expected):
    dossier = _dossier(tmp_path / "dossier", level, amount)
    found = {}
    for name, text in (("aliased", ALIASED), ("canonical", CANONICAL)):
        write(tmp_path / name, text)
        opts = Options(jurisdiction="demo", stage="application", as_of=date(2026, 3, 1),
                       extra_rules=(tmp_path / name,))
        result = check_dossier(dossier, opts)
        assert result.facts["admin_level"].value == level
        found[name] = [(f.rule, f.severity, f.message) for f in result.findings if f.rule == "demo/DM-5a"]
    assert found["aliased"] == found["canonical"]
    assert [sev for _, sev, _ in found["aliased"]] == ([expected] if expected else [])


@pytest.mark.parametrize("old, new, expected", [
    # a built-in alias (how dossiers spell 市本级) is not a pack alias: still reported
    ("in: [本级, 县区]", "in: [市级, 县区]",
     "DM-5a: when.all[0].in[0]: '市级' is not a value of admin_level"),
    # neither a value nor an alias
    ("eq: 建设}", "eq: 建没}", "DM-5a: when.all[1].eq: '建没' is not a value of project_type"),
    ("values: {本级: 80, 县区: 60}", "values: {本级: 80, 县: 60}",
     "DM-5a: params.at_or_above.values.县: '县' is not a value of admin_level"),
    # an alias and its value in one by: map: one of them would be lost
    ("values: {本级: 80, 县区: 60}", "values: {本级: 80, 市本级: 70, 县区: 60}",
     "DM-5a: params.at_or_above.values.市本级: '市本级' and '本级' both stand for '市本级'"),
])
def test_what_is_neither_value_nor_pack_alias_is_still_an_error(tmp_path, old, new, expected):
    assert old in ALIASED
    write(tmp_path, ALIASED.replace(old, new))
    found = problems(tmp_path)
    assert any(expected in line for line in found), found
    with pytest.raises(PackError):
        load_pack_file.__wrapped__(tmp_path / "demo.yaml")


def test_the_built_in_alias_error_says_how_to_declare_it(tmp_path):
    write(tmp_path, ALIASED.replace("in: [本级, 县区]", "in: [市级, 县区]"))
    (line,) = [p for p in problems(tmp_path) if "'市级'" in p]
    assert "spelling dossiers may use for '市本级'" in line and "vocabulary: aliases:" in line
    write(tmp_path, ALIASED.replace("in: [本级, 县区]", "in: [市级, 县区]")
          .replace("{本级: 市本级,", "{本级: 市本级, 市级: 市本级,"))
    assert problems(tmp_path) == []  # declared on purpose: accepted


def test_a_packs_own_facts_aliases_are_accepted(tmp_path):
    text = ALIASED.replace("vocabulary:\n", "vocabulary:\n  facts:\n"
                           "    - {id: delivery_mode, zh: 交付方式, en: delivery mode, type: enum,\n"
                           "       values: [自建, 购买服务], aliases: {外包: 购买服务}}\n")
    text = text.replace("when: {all: [", "when: {all: [{fact: delivery_mode, ne: 外包}, ")
    write(tmp_path, text)
    assert problems(tmp_path) == []
    pack = load_pack("demo", (tmp_path,))
    assert pack.rule("DM-5a").when["all"][0] == {"fact": "delivery_mode", "ne": "购买服务"}


def test_shipped_packs_still_load():
    for f in sorted(builtin_rules_dir().glob("*.yaml")):
        assert load_pack(f.stem).rules
