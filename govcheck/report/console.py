"""The Rich console report: summary, findings by severity, materials checklist, what was not
evaluated and why, and the facts used with their sources."""

from __future__ import annotations

from collections import Counter
from typing import Any

from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..model import STAGE_NAMES_ZH, CheckedDossier, FindingOut
from ..values import plain
from ..vocabulary import fact_name
from .common import citation_label, counts, passed

_T = {
    "zh": {
        "title": "govcheck 检查报告", "project": "项目", "jurisdiction": "适用办法", "stage": "阶段",
        "as_of": "判定日期", "documents": "材料", "result": "结论", "pass": "通过", "fail": "未通过",
        "error": "错误", "warning": "警告", "info": "提示", "cite": "依据", "where": "位置",
        "hint": "建议", "materials": "材料清单", "kind": "材料", "status": "状态", "files": "文件",
        "rules": "规则", "present": "✓ 已提交", "missing": "✗ 缺失", "not_required": "— 不要求",
        "undecided": "? 待定", "extra": "✓ 已提交（非必需）", "not_evaluated": "未能判定的规则",
        "ne_intro": "{n} 条适用规则因缺少事实无法判定；补充下列事实即可判定：",
        "ne_other": "其他原因", "facts": "采用的事实", "fact": "事实", "value": "取值",
        "source": "来源", "source_how": {"option": "命令行 -j/-s", "manifest": "govcheck.yaml",
                                         "detected": "自动识别", "inferred": "据材料推定"},
        "no_findings": "未发现问题。", "unknown": "未知", "rules_applied": "本阶段适用规则 {n} 条",
        "unreadable": "无法读取",
        "stages": STAGE_NAMES_ZH, "sep": "：", "lp": "（", "rp": "）", "list_sep": "、",
        "waived": "已豁免", "baselined": "基线内", "waived_title": "已豁免（不计入结论）",
        "baselined_title": "基线中已有（不计入结论）", "waiver_reason": "理由",
        "approved_by": "批准", "granted_by": "依据文件", "expires": "有效期至",
    },
    "en": {
        "title": "govcheck report", "project": "Project", "jurisdiction": "Measure", "stage": "Stage",
        "as_of": "Judged on", "documents": "Documents", "result": "Result", "pass": "PASS",
        "fail": "FAIL", "error": "Errors", "warning": "Warnings", "info": "Info", "cite": "Basis",
        "where": "Where", "hint": "Fix", "materials": "Materials checklist", "kind": "Material",
        "status": "Status", "files": "Files", "rules": "Rules", "present": "✓ present",
        "missing": "✗ missing", "not_required": "— not required", "undecided": "? depends",
        "extra": "✓ present (not required)", "not_evaluated": "Rules not evaluated",
        "ne_intro": "{n} applicable rules could not be decided; stating these facts would decide them:",
        "ne_other": "other reasons", "facts": "Facts used", "fact": "Fact", "value": "Value",
        "source": "Source", "source_how": {"option": "command line -j/-s", "manifest": "govcheck.yaml",
                                           "detected": "detected", "inferred": "inferred from the documents"},
        "no_findings": "No problems found.", "unknown": "unknown",
        "rules_applied": "{n} rules apply at this stage", "unreadable": "unreadable",
        "stages": {}, "sep": ": ", "lp": " (", "rp": ")", "list_sep": ", ",
        "waived": "waived", "baselined": "in baseline", "waived_title": "Waived (not counted)",
        "baselined_title": "Already in the baseline (not counted)", "waiver_reason": "reason",
        "approved_by": "approved by", "granted_by": "granted by", "expires": "expires",
    },
}

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def render(checked: CheckedDossier, console: Any, quiet: bool = False) -> None:
    t = _T["en" if checked.lang == "en" else "zh"]
    if quiet:  # --quiet: the findings and the verdict, nothing else
        _findings(checked, t, console)
        console.print(_verdict(checked, t))
        return
    console.print(Panel(_summary(checked, t), title=t["title"], expand=False))
    _findings(checked, t, console)
    _set_aside(checked, t, console)
    _materials(checked, t, console)
    _not_evaluated(checked, t, console)
    _facts(checked, t, console)


def _summary(checked: CheckedDossier, t: dict) -> Any:
    g = Table.grid(padding=(0, 2))
    g.add_column(style="bold")
    g.add_column()
    name = checked.facts.get("project_name")
    g.add_row(t["project"], str(name.value) if name else t["unknown"])
    how = t["source_how"]
    lp, rp = ("（", "）") if checked.lang != "en" else (" (", ")")
    j = f"{checked.pack_name}{lp}{checked.pack_document}{rp}" if checked.pack_document else checked.pack_name
    j += f"  \\[{checked.jurisdiction} · {how.get(checked.jurisdiction_source, checked.jurisdiction_source)}]"
    if checked.jurisdiction_evidence:
        j += f"\n{checked.jurisdiction_evidence}"
    g.add_row(t["jurisdiction"], j)
    named = t["stages"].get(checked.stage)  # zh: 验收 acceptance; en: acceptance (not twice)
    s = f"{named} {checked.stage}" if named else checked.stage
    s += f"  \\[{how.get(checked.stage_source, checked.stage_source)}]"
    if checked.stage_evidence:
        s += f"\n{checked.stage_evidence}"
    g.add_row(t["stage"], s)
    g.add_row(t["as_of"], checked.as_of.isoformat())
    unreadable = sum(1 for d in checked.documents if not d.readable)
    docs = str(len(checked.documents)) + (f"{t['lp']}{t['unreadable']} {unreadable}{t['rp']}" if unreadable else "")
    g.add_row(t["documents"], docs + "  " + t["rules_applied"].format(n=checked.rules_applied))
    g.add_row(t["result"], _verdict_text(checked, t))
    return g


def _verdict_text(checked: CheckedDossier, t: dict) -> str:
    c = counts(checked.findings)
    verdict = f"[bold green]{t['pass']}[/]" if passed(checked) else f"[bold red]{t['fail']}[/]"
    text = (f"{verdict}  {t['error']} {c['errors']} · {t['warning']} "
            f"{c['warnings']} · {t['info']} {c['infos']}")
    if checked.waived:
        text += f" · {t['waived']} {len(checked.waived)}"
    if checked.baselined:
        text += f" · {t['baselined']} {len(checked.baselined)}"
    return text


def _verdict(checked: CheckedDossier, t: dict) -> str:
    return f"{checked.path}  {t['result']}{t['sep']}{_verdict_text(checked, t)}"


def _set_aside(checked: CheckedDossier, t: dict, console: Any) -> None:
    """Waived findings (with who approved them and why) and those in the baseline: shown, not counted."""
    if checked.waived:
        console.rule(f"[dim]{t['waived_title']} ({len(checked.waived)})")
        for w in checked.waived:
            out = Text(f"○ {w.finding.rule}  ", style="dim")
            out.append(w.finding.message + "\n")
            detail = f"  {t['waiver_reason']}{t['sep']}{w.reason}"
            if w.approved_by:
                detail += f"  {t['approved_by']}{t['sep']}{w.approved_by}"
            if w.document:
                detail += f"  {t['granted_by']}{t['sep']}{w.document}"
            if w.expires:
                detail += f"  {t['expires']}{t['sep']}{w.expires.isoformat()}"
            out.append(detail + "\n", style="dim")
            console.print(out)
    if checked.baselined:
        console.rule(f"[dim]{t['baselined_title']} ({len(checked.baselined)})")
        for f in checked.baselined:
            console.print(Text(f"○ {f.rule}  {f.message}", style="dim"))


def _findings(checked: CheckedDossier, t: dict, console: Any) -> None:
    if not checked.findings:
        console.print(f"[green]{t['no_findings']}[/]")
        return
    for sev in ("error", "warning", "info"):
        group = [f for f in checked.findings if f.severity == sev]
        if not group:
            continue
        console.rule(f"[{_STYLE[sev]}]{t[sev]} ({len(group)})")
        for f in group:
            console.print(_finding_text(f, t, checked.lang))


def _finding_text(f: FindingOut, t: dict, lang: str) -> Any:
    out = Text()
    out.append(f"● {f.rule}\n", style=_STYLE[f.severity])
    out.append(f"  {f.message}\n")
    if f.citation:
        out.append(f"  {t['cite']}{t['sep']}", style="dim")
        out.append(citation_label(f.citation, lang))
        if f.citation.quote:
            out.append(f"  “{f.citation.quote}”", style="dim italic")
        out.append("\n")
    if f.location.file:
        where = f.location.file + (f" {f.location.where}" if f.location.where else "")
        out.append(f"  {t['where']}{t['sep']}", style="dim")
        out.append(where + "\n")
    if f.hint:
        out.append(f"  {t['hint']}{t['sep']}", style="dim")
        out.append(f.hint + "\n", style="green")
    return out


def _materials(checked: CheckedDossier, t: dict, console: Any) -> None:
    if not checked.materials:
        return
    table = Table(title=t["materials"], title_justify="left", show_lines=False)
    for col in ("kind", "status", "files", "rules"):
        table.add_column(t[col], overflow="fold")
    for row in checked.materials:
        status = _status(row, t)
        table.add_row(row["name"], status, "\n".join(row["files"]) or "—",
                      " ".join(r.split("/", 1)[1] for r in row["rules"]))
    console.print(table)


def _status(row: dict, t: dict) -> str:
    req = row["requirement"]
    if req == "required":
        if row["present"]:
            return f"[green]{t['present']}[/]"
        return f"[red]{t['missing']}[/]" if row["severity"] == "error" else f"[yellow]{t['missing']}[/]"
    if req == "undecided":
        extra = t["lp"] + t["list_sep"].join(row["facts"]) + t["rp"] if row["facts"] else ""
        return (f"[green]{t['present']}[/]" if row["present"] else f"[yellow]{t['undecided']}[/]") + extra
    return f"[green]{t['extra']}[/]" if row["present"] else f"[dim]{t['not_required']}[/]"


def _not_evaluated(checked: CheckedDossier, t: dict, console: Any) -> None:
    if not checked.not_evaluated:
        return
    console.rule(f"[magenta]{t['not_evaluated']} ({len(checked.not_evaluated)})")
    console.print(t["ne_intro"].format(n=len(checked.not_evaluated)))
    by_fact: Counter[str] = Counter()
    rules_by_fact: dict[str, list[str]] = {}
    other = []
    for n in checked.not_evaluated:
        if not n.facts:
            other.append(n)
        for f in n.facts:
            by_fact[f] += 1
            rules_by_fact.setdefault(f, []).append(n.rule.split("/", 1)[1])
    for fact, count in by_fact.most_common():
        rules = " ".join(rules_by_fact[fact][:8]) + (" …" if count > 8 else "")
        console.print(f"  • {fact}{t['lp']}{fact_name(fact, checked.lang)}{t['rp']} × {count}: [dim]{rules}[/]")
    for n in other:
        console.print(f"  • {n.rule}: [dim]{n.reason}[/]")


def _facts(checked: CheckedDossier, t: dict, console: Any) -> None:
    if not checked.facts:
        return
    table = Table(title=t["facts"], title_justify="left")
    for col in ("fact", "value", "source"):
        table.add_column(t[col], overflow="fold")
    for key, f in sorted(checked.facts.items()):
        value = plain(f.value, checked.lang) + (f" {f.unit}" if f.unit else "")
        table.add_row(f"{fact_name(key, checked.lang)} [dim]{key}[/]", value, f.source.label())
    console.print(table)
