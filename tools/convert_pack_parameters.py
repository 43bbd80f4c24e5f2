"""Turn the key numbers of the five first packs into named parameters (issue 8, item 2).

    .venv/bin/python tools/convert_pack_parameters.py          # edit rules/*.yaml in place
    .venv/bin/python tools/convert_pack_parameters.py --check  # say what would change

Mechanical on purpose, so it can be re-run after other edits of the packs: inside the named rule
only, an exact piece of text (a number) is replaced by {param: NAME}, and the pack's
``parameters:`` block is inserted before ``rules:``. Nothing else is touched (no re-formatting).
A pack that already has ``parameters:`` is left alone; an expected piece that is not found is an
error naming the rule, so a rule changed by someone else is reported rather than skipped.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

TIERS_80_60 = ("{by: admin_level, values: {市本级: 80, 旗县市区: 60}}",
               "{by: admin_level, values: {市本级: {param: tier_city}, 旗县市区: {param: tier_county}}}")
M6 = ("months: 6}", "months: {param: acceptance_months}}")

# pack → (parameters block, [(rule id, old, new)])
CONVERSIONS: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    "tongliao": ('''parameters:
  tier_city:
    zh: 市本级项目金额分档
    en: amount tier, city level
    unit: 万元
    citation: {article: 14, paragraph: 1, quote: "总投资市本级80万元(旗县市区60万元)及以上的项目"}
    value: 80
  tier_county:
    zh: 旗县市区项目金额分档
    en: amount tier, county level
    unit: 万元
    citation: {article: 14, paragraph: 1, quote: "总投资市本级80万元(旗县市区60万元)及以上的项目"}
    value: 60
  approval_working_days:
    zh: 审批时限
    en: approval period
    unit: working_days
    citation: {article: 19, quote: "项目审批部门5个工作日内完成相应程序审批工作"}
    value: 5
  adjustment_limit:
    zh: 调整幅度上限
    en: adjustment limit
    unit: ratio
    citation: {article: 35, paragraph: 1, quote: "资金调整数额不超过概算总投资15%"}
    value: 0.15
  new_content_limit:
    zh: 新增建设内容投资占比上限
    en: new content share limit
    unit: ratio
    citation: {article: 35, paragraph: 2, quote: "新增的建设内容投资应不超过总投资5%且不超过200万元"}
    value: 0.05
  new_content_cap:
    zh: 新增建设内容投资上限
    en: new content cap
    unit: 万元
    citation: {article: 35, paragraph: 2, quote: "新增的建设内容投资应不超过总投资5%且不超过200万元"}
    value: 200
  acceptance_months:
    zh: 竣工验收申请时限
    en: acceptance period
    unit: months
    citation: {article: 38, paragraph: 1, quote: "完成初步验收且项目试运行达到稳定状态6个月内"}
    value: 6
  self_evaluation_earliest_months:
    zh: 自评价最早时间
    en: earliest self-evaluation
    unit: months
    citation: {article: 50, quote: "在项目通过竣工验收并投入运行后12至24个月内"}
    value: 12
  self_evaluation_latest_months:
    zh: 自评价最晚时间
    en: latest self-evaluation
    unit: months
    citation: {article: 50, quote: "在项目通过竣工验收并投入运行后12至24个月内"}
    value: 24
''', [
        ("TL-14b", *TIERS_80_60), ("TL-14c", *TIERS_80_60), ("TL-20a", *TIERS_80_60), ("TL-20b", *TIERS_80_60),
        ("TL-19c", "working_days: 5}", "working_days: {param: approval_working_days}}"),
        ("TL-35a", "max: 0.15", "max: {param: adjustment_limit}"),
        ("TL-35i", "max: 0.15", "max: {param: adjustment_limit}"),
        ("TL-35g", "max: 0.05", "max: {param: new_content_limit}"),
        ("TL-35h", "max: 200", "max: {param: new_content_cap}"),
        ("TL-38b", *M6), ("TL-38p", *M6),
        ("TL-50a", "months: 12}", "months: {param: self_evaluation_earliest_months}}"),
        ("TL-50a", "months: 24}", "months: {param: self_evaluation_latest_months}}"),
    ]),
    "hunan": ('''parameters:
  expert_review_threshold:
    zh: 专家审查金额
    en: expert review threshold
    unit: 万元
    citation: {article: 11, paragraph: 1, quote: "计划投资500万元(含)以上的项目", article_inferred: true}
    value: 500
  adjustment_limit:
    zh: 调整幅度上限
    en: adjustment limit
    unit: ratio
    citation: {article: 21, paragraph: 1, quote: "资金调整数额不超过概算总投资15%"}
    value: 0.15
  acceptance_months:
    zh: 竣工验收申请时限（半年）
    en: acceptance period (half a year)
    unit: months
    citation: {article: 26, paragraph: 1, quote: "项目建设单位应在项目建成后半年内"}
    value: 6
  self_evaluation_latest_months:
    zh: 自评价最晚时间
    en: latest self-evaluation
    unit: months
    citation: {article: 27, quote: "项目建设单位在项目竣工验收并投入使用后12个月内"}
    value: 12
  evaluation_after_months:
    zh: 绩效评价起始时间
    en: performance evaluation after
    unit: months
    citation: {article: 29, quote: "对完成竣工验收12个月(含)以上的政务信息系统项目实行绩效评价制度"}
    value: 12
''', [
        ("HN-11a", "at_or_above: 500", "at_or_above: {param: expert_review_threshold}"),
        ("HN-21a", "max: 0.15", "max: {param: adjustment_limit}"),
        ("HN-26a", *M6), ("HN-26h", *M6),
        ("HN-27a", "months: 12}", "months: {param: self_evaluation_latest_months}}"),
        ("HN-29a", "months: 12}", "months: {param: evaluation_after_months}}"),
    ]),
    "wushan": ('''parameters:
  two_stage_design_threshold:
    zh: 须先编可研再编初步设计的金额
    en: two-stage design threshold
    unit: 万元
    citation: {article: 9, quote: "总投资在3000万元（含）以上的，应先行编制项目可行性研究报告"}
    value: 3000
  adjustment_limit:
    zh: 调整幅度上限
    en: adjustment limit
    unit: ratio
    citation: {article: 20, paragraph: 1, quote: "资金调整数额不超过概（预）算总投资10%"}
    value: 0.10
  acceptance_months:
    zh: 竣工验收时限（半年）
    en: acceptance period (half a year)
    unit: months
    citation: {article: 22, paragraph: 1, quote: "政务信息化项目建成后半年内"}
    value: 6
  self_evaluation_earliest_months:
    zh: 自评价最早时间
    en: earliest self-evaluation
    unit: months
    citation: {article: 24, quote: "在项目通过竣工验收并投入运行后12—24个月内"}
    value: 12
  self_evaluation_latest_months:
    zh: 自评价最晚时间
    en: latest self-evaluation
    unit: months
    citation: {article: 24, quote: "在项目通过竣工验收并投入运行后12—24个月内"}
    value: 24
''', [
        ("WS-9c", "below: 3000", "below: {param: two_stage_design_threshold}"),
        ("WS-9d", "at_or_above: 3000", "at_or_above: {param: two_stage_design_threshold}"),
        ("WS-20a", "max: 0.10", "max: {param: adjustment_limit}"),
        ("WS-22a", *M6), ("WS-22m", *M6),
        ("WS-24a", "months: 12}", "months: {param: self_evaluation_earliest_months}}"),
        ("WS-24a", "months: 24}", "months: {param: self_evaluation_latest_months}}"),
    ]),
    "wujin": ('''parameters:
  investment_plan_threshold:
    zh: 列入年度投资计划、报发改立项的金额
    en: investment plan threshold
    unit: 万元
    citation: {article: 11, quote: "投资匡算在50万元及以上的项目,应同时申请列入区政府年度投资项目建设计划"}
    value: 50
  acceptance_months:
    zh: 验收时限（半年）
    en: acceptance period (half a year)
    unit: months
    citation: {article: 22, quote: "项目建设单位应在项目实施完成后半年内"}
    value: 6
''', [
        ("WJ-11a", "ge: 50}", "ge: {param: investment_plan_threshold}}"),
        ("WJ-11b", "at_or_above: 50", "at_or_above: {param: investment_plan_threshold}"),
        ("WJ-22a", *M6), ("WJ-24a", *M6),
    ]),
    "gaoping": ('''parameters:
  contract_filing_working_days:
    zh: 合同备案时限
    en: contract filing period
    unit: working_days
    citation: {article: 15, paragraph: 2, quote: "项目实施单位应在签订正式合同后5个工作日内,将合同文本报市政务信息化主管部门备案"}
    value: 5
  acceptance_filing_working_days:
    zh: 竣工验收报告备案时限
    en: acceptance report filing period
    unit: working_days
    citation: {article: 20, quote: "项目竣工验收后 30 个工作日内,将竣工验收报告提交市政务信息化主管部门备案"}
    value: 30
  finance_notice_working_days:
    zh: 告知财政部门时限
    en: notice to the finance bureau
    unit: working_days
    citation: {article: 20, quote: "市政务信息化主管部门应在完成备案手续后 5 个工作日内书面告知市财政部门"}
    value: 5
''', [
        ("GP-15c", "working_days: 5}", "working_days: {param: contract_filing_working_days}}"),
        ("GP-20c", "working_days: 30}", "working_days: {param: acceptance_filing_working_days}}"),
        ("GP-20d", "working_days: 5}", "working_days: {param: finance_notice_working_days}}"),
    ]),
}

_RULE_START = re.compile(r"^  - id: (\S+)\s*$", re.M)


def convert(text: str, block: str, edits: list[tuple[str, str, str]], name: str) -> str:
    if re.search(r"^parameters:", text, re.M):
        return text
    starts = [(m.group(1), m.start()) for m in _RULE_START.finditer(text)]
    bounds = {rid: (pos, starts[i + 1][1] if i + 1 < len(starts) else len(text))
              for i, (rid, pos) in enumerate(starts)}
    for rid, old, new in edits:
        if rid not in bounds:
            raise SystemExit(f"{name}: rule {rid} not found")
        a, b = bounds[rid]
        part = text[a:b]
        if old not in part:
            raise SystemExit(f"{name}: {rid}: '{old}' not found (changed since?)")
        text = text[:a] + part.replace(old, new) + text[b:]
        delta = len(part.replace(old, new)) - len(part)
        bounds = {k: (x + delta if x > a else x, y + delta if y > a else y) for k, (x, y) in bounds.items()}
    i = text.index("\nrules:\n")
    return text[:i + 1] + block + "\n" + text[i + 1:]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="only say which packs would change")
    args = ap.parse_args(argv)
    for name, (block, edits) in CONVERSIONS.items():
        f = ROOT / "rules" / f"{name}.yaml"
        old = f.read_text(encoding="utf-8")
        new = convert(old, block, edits, name)
        if new != old:
            print(f"{f.relative_to(ROOT)}: {len(edits)} numbers → parameters")
            if not args.check:
                f.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
