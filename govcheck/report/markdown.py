"""The Markdown report: what a reviewer files or pastes into a merge request / job summary.

The same sections as the console: summary, findings by severity, the materials checklist, the
rules that could not be decided and why, and the facts used with their sources. The section
contents (plain strings, in ``checked.lang``) are built here once and shared with the HTML
report, so the two written reports cannot drift apart; each only decides how to mark them up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..model import STAGE_NAMES_ZH, CheckedDossier, FindingOut, Severity
from ..values import plain
from ..vocabulary import document_name, fact_name
from .common import citation_label, counts, passed

SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")

# Stage names as the measures write them; the id stays the primary label (it is what -s takes).

_T: dict[str, dict[str, Any]] = {
    "zh": {
        "title": "govcheck 检查报告", "item": "项目", "content": "内容",
        "project": "项目名称", "jurisdiction": "适用办法", "stage": "阶段", "as_of": "判定日期",
        "documents": "材料文件", "rules_applied": "本阶段适用规则", "result": "结论",
        "counts": "问题数", "pass": "通过", "fail": "未通过",
        "error": "错误", "warning": "警告", "info": "提示",
        "findings": "发现的问题", "no_findings": "未发现问题。", "filter": "显示：",
        "waived": "已豁免或基线内（不计入结论）", "waiver_reason": "理由", "approved_by": "批准",
        "granted_by": "依据文件", "expires": "有效期至", "in_baseline": "基线中已有",
        "rule": "规则", "message": "问题", "cite": "依据", "where": "位置", "hint": "建议",
        "materials": "材料清单", "kind": "材料", "status": "状态", "files": "文件", "rules": "规则",
        "present": "✓ 已提交", "missing": "✗ 缺失", "not_required": "— 不要求",
        "undecided": "? 待定", "extra": "✓ 已提交（非必需）", "needs": "需明确",
        "not_evaluated": "未能判定的规则",
        "ne_intro": "{n} 条适用规则未能判定（缺少事实或材料内容无法读取）；补充所列事实即可判定：",
        "reason": "原因", "facts_needed": "所需事实",
        "facts": "采用的事实", "fact": "事实", "value": "取值", "source": "来源",
        "files_title": "提交的文件", "file": "文件", "format": "格式", "readable": "可读",
        "yes": "是", "no": "否", "unclassified": "未归类",
        "source_how": {"option": "命令行指定", "manifest": "govcheck.yaml",
                       "detected": "据材料识别", "inferred": "据材料推定"},
        "unknown": "未知", "unreadable": "无法读取", "none_doc": "原文无文号",
        "count_fmt": "错误 {errors} · 警告 {warnings} · 提示 {infos}",
        "docs_fmt": "{n} 个", "docs_unreadable": "（{n} 个无法读取）", "rules_fmt": "{n} 条",
        "whole": "整个材料包", "sep": "：", "lq": "“", "rq": "”",
    },
    "en": {
        "title": "govcheck report", "item": "Item", "content": "Value",
        "project": "Project", "jurisdiction": "Measure", "stage": "Stage", "as_of": "Judged on",
        "documents": "Documents", "rules_applied": "Rules applied at this stage", "result": "Result",
        "counts": "Findings", "pass": "PASS", "fail": "FAIL",
        "error": "Errors", "warning": "Warnings", "info": "Info",
        "findings": "Findings", "no_findings": "No problems found.", "filter": "Show:",
        "waived": "Waived or in the baseline (not counted)", "waiver_reason": "Reason",
        "approved_by": "Approved by", "granted_by": "Granted by", "expires": "Expires",
        "in_baseline": "in the baseline",
        "rule": "Rule", "message": "Finding", "cite": "Basis", "where": "Where", "hint": "Fix",
        "materials": "Materials checklist", "kind": "Material", "status": "Status",
        "files": "Files", "rules": "Rules",
        "present": "✓ present", "missing": "✗ missing", "not_required": "— not required",
        "undecided": "? depends", "extra": "✓ present (not required)", "needs": "needs",
        "not_evaluated": "Rules not evaluated",
        "ne_intro": "{n} applicable rules could not be decided (a fact is unknown or a document's "
                    "content could not be read); stating the facts listed would decide them:",
        "reason": "Reason", "facts_needed": "Facts needed",
        "facts": "Facts used", "fact": "Fact", "value": "Value", "source": "Source",
        "files_title": "Files submitted", "file": "File", "format": "Format", "readable": "Readable",
        "yes": "yes", "no": "no", "unclassified": "unclassified",
        "source_how": {"option": "command line", "manifest": "govcheck.yaml",
                       "detected": "detected from the documents",
                       "inferred": "inferred from the documents"},
        "unknown": "unknown", "unreadable": "unreadable", "none_doc": "no document number",
        "count_fmt": "errors {errors} · warnings {warnings} · info {infos}",
        "docs_fmt": "{n}", "docs_unreadable": " ({n} unreadable)", "rules_fmt": "{n}",
        "whole": "the whole dossier", "sep": ": ", "lq": "“", "rq": "”",
    },
}


def labels(lang: str) -> dict[str, Any]:
    return _T["en" if lang == "en" else "zh"]


# --------------------------------------------------------------------------- shared sections


@dataclass
class FindingRow:
    rule: str
    message: str
    cite: str  # citation label, e.g. 通政发〔2024〕97号 第十四条第一款
    quote: str  # the article text quoted, without quotation marks ("" when none)
    where: str  # file + where, "" when the finding is about the whole dossier
    hint: str


@dataclass
class MaterialRow:
    name: str
    kind: str
    mark: str  # ✓ ✗ — ?
    status: str  # the label with its mark, e.g. "✗ 缺失"
    level: str  # ok | error | warning | undecided | none (for colouring)
    files: list[str]
    rules: list[str]


@dataclass
class NotEvaluatedRow:
    rule: str
    reason: str
    facts: list[str]  # "fact_id（名称）"


def stage_label(checked: CheckedDossier) -> str:
    t = labels(checked.lang)
    s = checked.stage
    if checked.lang != "en" and s in STAGE_NAMES_ZH:
        s += f"（{STAGE_NAMES_ZH[s]}）"
    s += f" [{t['source_how'].get(checked.stage_source, checked.stage_source)}]"
    if checked.stage_evidence:
        s += f"\n{checked.stage_evidence}"
    return s


def jurisdiction_label(checked: CheckedDossier) -> str:
    t = labels(checked.lang)
    name = checked.pack_name or checked.jurisdiction
    j = name
    if checked.pack_document:
        j += f" ({checked.pack_document})" if checked.lang == "en" else f"（{checked.pack_document}）"
    how = t["source_how"].get(checked.jurisdiction_source, checked.jurisdiction_source)
    j += f" [{checked.jurisdiction} · {how}]"
    if checked.jurisdiction_evidence:
        j += f"\n{checked.jurisdiction_evidence}"
    return j


def project_name(checked: CheckedDossier) -> str:
    f = checked.facts.get("project_name")
    return str(f.value) if f is not None and f.value not in (None, "") else labels(checked.lang)["unknown"]


def summary_rows(checked: CheckedDossier) -> list[tuple[str, str]]:
    """(label, value) pairs of the summary table; values may hold newlines."""
    t = labels(checked.lang)
    unreadable = sum(1 for d in checked.documents if not d.readable)
    docs = t["docs_fmt"].format(n=len(checked.documents))
    if unreadable:
        docs += t["docs_unreadable"].format(n=unreadable)
    c = counts(checked.findings)
    return [
        (t["project"], project_name(checked)),
        (t["jurisdiction"], jurisdiction_label(checked)),
        (t["stage"], stage_label(checked)),
        (t["as_of"], checked.as_of.isoformat()),
        (t["documents"], docs),
        (t["rules_applied"], t["rules_fmt"].format(n=checked.rules_applied)),
        (t["result"], t["pass"] if passed(checked) else t["fail"]),
        (t["counts"], t["count_fmt"].format(**c)),
    ]


def location_text(f: FindingOut) -> str:
    loc = f.location
    return " ".join(p for p in (loc.file, loc.where) if p)


def finding_row(f: FindingOut, lang: str) -> FindingRow:
    return FindingRow(
        rule=f.rule,
        message=f.message,
        cite=citation_label(f.citation, lang).strip() if f.citation else "",
        quote=(f.citation.quote or "") if f.citation else "",
        where=location_text(f),
        hint=f.hint or "",
    )


def findings_by_severity(checked: CheckedDossier) -> list[tuple[Severity, list[FindingRow]]]:
    """Non-empty groups, most severe first; order within a group as the pipeline sorted it."""
    out = []
    for sev in SEVERITIES:
        group = [finding_row(f, checked.lang) for f in checked.findings if f.severity == sev]
        if group:
            out.append((sev, group))
    return out


def material_row(row: dict[str, Any], lang: str) -> MaterialRow:
    t = labels(lang)
    req, present = row.get("requirement"), bool(row.get("present"))
    if req == "required":
        if present:
            status, level = t["present"], "ok"
        else:
            status, level = t["missing"], ("error" if row.get("severity") == "error" else "warning")
    elif req == "undecided":
        status, level = (t["present"], "ok") if present else (t["undecided"], "undecided")
        if row.get("facts"):
            needs = "、".join(f"{fact_name(f, lang)}（{f}）" if lang != "en" else f"{fact_name(f, lang)} ({f})"
                             for f in row["facts"])
            status += f"（{t['needs']} {needs}）" if lang != "en" else f" ({t['needs']} {needs})"
    else:
        status, level = (t["extra"], "ok") if present else (t["not_required"], "none")
    return MaterialRow(
        name=str(row.get("name") or row.get("kind") or ""),
        kind=str(row.get("kind") or ""),
        mark=status[0],
        status=status,
        level=level,
        files=list(row.get("files") or []),
        rules=list(row.get("rules") or []),
    )


def not_evaluated_rows(checked: CheckedDossier) -> list[NotEvaluatedRow]:
    lang = checked.lang
    return [
        NotEvaluatedRow(
            rule=n.rule,
            reason=n.reason,
            facts=[f"{f}（{fact_name(f, lang)}）" if lang != "en" else f"{f} ({fact_name(f, lang)})"
                   for f in n.facts],
        )
        for n in checked.not_evaluated
    ]


def fact_rows(checked: CheckedDossier) -> list[tuple[str, str, str]]:
    """(name with id, value with unit, source) for every fact used."""
    rows = []
    for key, f in sorted(checked.facts.items()):
        value = plain(f.value, checked.lang) + (f" {f.unit}" if f.unit else "")
        rows.append((f"{fact_name(key, checked.lang)} ({key})", value, f.source.label()))
    return rows


def document_rows(checked: CheckedDossier) -> list[tuple[str, str, str, str]]:
    """(file, kind name, format, readable / why not) for every file read."""
    t = labels(checked.lang)
    rows = []
    for d in checked.documents:
        kind = f"{document_name(d.kind, checked.lang)} ({d.kind})" if d.kind else t["unclassified"]
        ok = t["yes"] if d.readable else f"{t['no']}{t['sep']}{d.error or t['unreadable']}"
        rows.append((d.path, kind, d.format, ok))
    return rows


# --------------------------------------------------------------------------- markdown


_MD_SPECIAL = "\\`*_[]<>|"


def escape(text: Any) -> str:
    """Text safe inside a GFM paragraph or table cell: markup characters backslash-escaped
    (``|`` included, so a cell never splits), newlines as ``<br>``."""
    s = "" if text is None else str(text)
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    s = "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in s)
    return s.replace("\n", "<br>")


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(escape(h) for h in header) + " |",
           "|" + "|".join(" --- " for _ in header) + "|"]
    for r in rows:
        out.append("| " + " | ".join(escape(c) if c != "" else " " for c in r) + " |")
    return out


def waived_rows(checked: CheckedDossier) -> list[list[str]]:
    """Waived findings (manifest waivers) and those in the baseline: shown, not counted."""
    t = labels(checked.lang)
    rows = [[w.finding.rule, w.finding.message, w.reason, w.approved_by or "—",
             w.document or "—", w.expires.isoformat() if w.expires else "—"]
            for w in checked.waived]
    rows += [[f.rule, f.message, t["in_baseline"], "—", "—", "—"] for f in checked.baselined]
    return rows


def render(checked: CheckedDossier) -> str:
    t = labels(checked.lang)
    lines: list[str] = [f"# {escape(t['title'])}{t['sep']}{escape(project_name(checked))}", ""]
    lines += _table([t["item"], t["content"]], [list(r) for r in summary_rows(checked)])

    lines += ["", f"## {t['findings']}", ""]
    groups = findings_by_severity(checked)
    if not groups:
        lines.append(escape(t["no_findings"]))
    for sev, group in groups:
        lines += [f"### {t[sev]} ({len(group)})", ""]
        rows = []
        for r in group:
            cite = r.cite + (f"\n{t['lq']}{r.quote}{t['rq']}" if r.quote else "")
            rows.append([r.rule, r.message, cite or "—", r.where or "—", r.hint or "—"])
        lines += _table([t["rule"], t["message"], t["cite"], t["where"], t["hint"]], rows)
        lines.append("")
    if lines[-1] == "":
        lines.pop()

    waived = waived_rows(checked)
    if waived:
        lines += ["", f"## {t['waived']} ({len(waived)})", ""]
        lines += _table([t["rule"], t["message"], t["waiver_reason"], t["approved_by"],
                         t["granted_by"], t["expires"]], waived)

    if checked.materials:
        lines += ["", f"## {t['materials']}", ""]
        rows = []
        for m in (material_row(row, checked.lang) for row in checked.materials):
            rows.append([m.name, m.status, "\n".join(m.files) or "—", " ".join(m.rules)])
        lines += _table([t["kind"], t["status"], t["files"], t["rules"]], rows)

    ne = not_evaluated_rows(checked)
    if ne:
        lines += ["", f"## {t['not_evaluated']} ({len(ne)})", "",
                  escape(t["ne_intro"].format(n=len(ne))), ""]
        for r in ne:
            item = f"- {escape(r.rule)}{t['sep']}{escape(r.reason)}"
            if r.facts:
                item += f"（{escape(t['facts_needed'])}{t['sep']}{escape('、'.join(r.facts))}）" \
                    if checked.lang != "en" else f" ({t['facts_needed']}: {escape(', '.join(r.facts))})"
            lines.append(item)

    facts = fact_rows(checked)
    if facts:
        lines += ["", f"## {t['facts']}", ""]
        lines += _table([t["fact"], t["value"], t["source"]], [list(r) for r in facts])

    docs = document_rows(checked)
    if docs:
        lines += ["", f"## {t['files_title']}", ""]
        lines += _table([t["file"], t["kind"], t["format"], t["readable"]], [list(r) for r in docs])

    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines)
