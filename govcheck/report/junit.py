"""The JUnit XML report, for CI test dashboards (GitLab, Jenkins, Azure, …).

One ``<testsuite>`` per dossier, named after the dossier path. A dossier has no list of passed
rules in the report object, so the suite holds:

- one testcase per finding: ``<failure>`` for errors and warnings (``type`` = the severity), a
  passing case with the text in ``<system-out>`` for info findings;
- one passing testcase "N rules applied, M findings", so a clean dossier shows a green test;
- one ``<skipped>`` testcase per rule that could not be evaluated, with the reason.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
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


def _case_names(findings: list[FindingOut]) -> list[str]:
    """The rule id; where one rule has several findings, each gets its subject or a number."""
    per_rule = Counter(f.rule for f in findings)
    seen: Counter[str] = Counter()
    names = []
    for f in findings:
        if per_rule[f.rule] == 1:
            names.append(f.rule)
            continue
        seen[f.rule] += 1
        subject = f.fact or f.budget_item or f.material or f.location.file
        names.append(f"{f.rule} [{subject}]" if subject else f"{f.rule} #{seen[f.rule]}")
    # Subjects can repeat too (two findings on one file): number what is still not unique.
    dup = Counter(names)
    k: Counter[str] = Counter()
    out = []
    for n in names:
        if dup[n] > 1:
            k[n] += 1
            n = f"{n} #{k[n]}"
        out.append(n)
    return out


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

    failures = skipped = 0
    for f, name in zip(checked.findings, _case_names(checked.findings)):
        case = _set(ET.SubElement(suite, "testcase"), classname=f.rule.split("/", 1)[0],
                    name=name, time="0")
        text = _details(f, t, lang)
        if f.severity in ("error", "warning"):
            failures += 1
            fail = _set(ET.SubElement(case, "failure"), message=f.message, type=f.severity)
            fail.text = _clean(text)
        else:
            ET.SubElement(case, "system-out").text = _clean(text)

    summary = _set(ET.SubElement(suite, "testcase"), classname="govcheck", name=t["summary"],
                   time="0")
    ET.SubElement(summary, "system-out").text = _clean(t["summary_text"].format(
        rules=checked.rules_applied, findings=len(checked.findings), ne=len(checked.not_evaluated),
        result=t["pass"] if passed(checked) else t["fail"], **c))

    for n in checked.not_evaluated:
        case = _set(ET.SubElement(suite, "testcase"), classname=n.rule.split("/", 1)[0],
                    name=n.rule, time="0")
        reason = n.reason
        if n.facts:
            reason += f" ({t['facts']}: {', '.join(n.facts)})"
        _set(ET.SubElement(case, "skipped"), message=reason)
        skipped += 1

    tests = len(checked.findings) + 1 + len(checked.not_evaluated)
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
