"""The JUnit XML report, for CI test dashboards (GitLab, Jenkins, Azure, …).

One ``<testsuite>`` per dossier, named after the dossier path, with one ``<testcase>`` per rule
applied at the dossier's stage (so a clean dossier with 19 applicable rules shows 19 passing
tests), then one per govcheck/* finding type that fired:

- a rule with error or warning findings fails (``<failure type="error|warning">``, every
  finding of the rule in its text);
- a rule that could not be decided (``not_evaluated``) is ``<skipped>`` with the reason;
- otherwise it passes (info findings go to its ``<system-out>``).

The summary line is the suite's ``<system-out>``. GitLab and Jenkins read this shape.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

from .. import __version__
from ..model import CheckedDossier, FindingOut
from .common import citation_label, counts, passed

_T = {
    "zh": {"cite": "依据", "where": "位置", "hint": "建议", "whole": "整个材料包", "sep": "：",
           "summary": "govcheck 汇总", "summary_text": "适用规则 {rules} 条，发现问题 {findings} 个"
           "（错误 {errors} · 警告 {warnings} · 提示 {infos}），未能判定 {ne} 条；结论：{result}",
           "pass": "通过", "fail": "未通过", "facts": "所需事实", "lq": "“", "rq": "”"},
    "en": {"cite": "Basis", "where": "Where", "hint": "Fix", "whole": "the whole dossier",
           "sep": ": ", "summary": "govcheck summary",
           "summary_text": "rules applied {rules}, findings {findings} (errors {errors} · "
           "warnings {warnings} · info {infos}), not evaluated {ne}; result: {result}",
           "pass": "PASS", "fail": "FAIL", "facts": "facts needed", "lq": "“", "rq": "”"},
}

# Characters XML 1.0 cannot carry at all (document text may contain them).
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(text: Any) -> str:
    return _XML_ILLEGAL.sub("\ufffd", "" if text is None else str(text))


def _set(el: ET.Element, **attrs: Any) -> ET.Element:
    for k, v in attrs.items():
        el.set(k, _clean(v))
    return el


def _details(f: FindingOut, t: dict[str, str], lang: str) -> str:
    lines = [f.message]
    if f.citation is not None:
        cite = citation_label(f.citation, lang).strip()
        if f.citation.quote:
            cite += f" {t['lq']}{f.citation.quote}{t['rq']}"
        lines.append(f"{t['cite']}{t['sep']}{cite}")
    where = " ".join(p for p in (f.location.file, f.location.where) if p)
    lines.append(f"{t['where']}{t['sep']}{where or t['whole']}")
    if f.hint:
        lines.append(f"{t['hint']}{t['sep']}{f.hint}")
    return "\n".join(lines)


def _case_rules(checked: CheckedDossier) -> list[str]:
    """Rules in report order: the stage's rules, then rules seen only in findings (govcheck/*)."""
    order: dict[str, None] = {r.id: None for r in checked.rules}
    for f in checked.findings:
        order.setdefault(f.rule, None)
    for n in checked.not_evaluated:
        order.setdefault(n.rule, None)
    return list(order)


def junit_tree(checked: CheckedDossier) -> ET.Element:
    lang = checked.lang
    t = _T["en" if lang == "en" else "zh"]
    c = counts(checked.findings)
    suite = ET.Element("testsuite")
    props = ET.SubElement(suite, "properties")
    for name, value in (
        ("govcheck.version", __version__), ("dossier", checked.path),
        ("jurisdiction", checked.jurisdiction), ("jurisdiction_source", checked.jurisdiction_source),
        ("pack_document", checked.pack_document or ""), ("stage", checked.stage),
        ("stage_source", checked.stage_source), ("as_of", checked.as_of.isoformat()),
        ("rules_applied", checked.rules_applied), ("lang", lang),
    ):
        _set(ET.SubElement(props, "property"), name=name, value=value)

    by_rule: dict[str, list[FindingOut]] = {}
    for f in checked.findings:
        by_rule.setdefault(f.rule, []).append(f)
    undecided = {n.rule: n for n in checked.not_evaluated}
    tests = failures = skipped = 0
    for rule in _case_rules(checked):
        tests += 1
        case = _set(ET.SubElement(suite, "testcase"), classname=rule.split("/", 1)[0],
                    name=rule, time="0")
        found = by_rule.get(rule, [])
        failing = [f for f in found if f.severity in ("error", "warning")]
        if failing:
            failures += 1
            worst = "error" if any(f.severity == "error" for f in failing) else "warning"
            fail = _set(ET.SubElement(case, "failure"), message=failing[0].message, type=worst)
            fail.text = _clean("\n\n".join(_details(f, t, lang) for f in failing))
        elif rule in undecided:
            n = undecided[rule]
            reason = n.reason + (f" ({t['facts']}: {', '.join(n.facts)})" if n.facts else "")
            _set(ET.SubElement(case, "skipped"), message=reason)
            skipped += 1
        info = [f for f in found if f.severity == "info"]
        if info:
            ET.SubElement(case, "system-out").text = _clean(
                "\n\n".join(_details(f, t, lang) for f in info))

    ET.SubElement(suite, "system-out").text = _clean(t["summary_text"].format(
        rules=checked.rules_applied, findings=len(checked.findings), ne=len(checked.not_evaluated),
        result=t["pass"] if passed(checked) else t["fail"], **c))
    # Attribute order as most consumers print it; set after the cases are counted.
    for k, v in (("name", checked.path), ("tests", tests), ("failures", failures),
                 ("errors", 0), ("skipped", skipped), ("time", "0")):
        suite.set(k, _clean(v))
    root = ET.Element("testsuites")
    for k, v in (("name", "govcheck"), ("tests", tests), ("failures", failures), ("errors", 0),
                 ("skipped", skipped), ("time", "0")):
        root.set(k, _clean(v))
    root.append(suite)
    return root


def render(checked: CheckedDossier) -> str:
    root = junit_tree(checked)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")
