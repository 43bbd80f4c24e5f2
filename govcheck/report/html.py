"""The HTML report: one standalone file (inline CSS, no scripts, nothing fetched), to open in a
browser, attach to a review or print. A severity filter above the findings works without
scripts: one checkbox per severity, and CSS hides the sections whose box is unchecked (the
boxes precede the sections as siblings, so ``#show-error:not(:checked) ~ .sev-error`` applies). Same sections and wording as the Markdown report; the
section contents come from ``markdown``'s shared builders, only the markup differs."""

from __future__ import annotations

from html import escape
from typing import Any

from ..model import CheckedDossier
from .common import passed
from .markdown import (
    document_rows,
    fact_rows,
    findings_by_severity,
    labels,
    material_row,
    not_evaluated_rows,
    project_name,
    summary_rows,
    waived_rows,
)

_CSS = """
body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",
 system-ui,sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#1f2328;line-height:1.5}
h1{font-size:1.6em;border-bottom:2px solid #d0d7de;padding-bottom:.3em}
h2{font-size:1.3em;margin-top:1.6em;border-bottom:1px solid #d0d7de;padding-bottom:.2em}
h3{font-size:1.1em;margin-top:1.2em}
table{border-collapse:collapse;width:100%;margin:.5em 0;font-size:.95em}
th,td{border:1px solid #d0d7de;padding:.35em .6em;text-align:left;vertical-align:top}
th{background:#f6f8fa}
table.summary th{width:10em}
.pass{color:#1a7f37;font-weight:bold}.fail{color:#cf222e;font-weight:bold}
h3.error{color:#cf222e}h3.warning{color:#9a6700}h3.info{color:#0969da}
.rule{white-space:nowrap;font-family:ui-monospace,Consolas,monospace;font-size:.9em}
.quote{color:#59636e;font-style:italic}
.m-ok{color:#1a7f37}.m-error{color:#cf222e;font-weight:bold}.m-warning{color:#9a6700}
.m-undecided{color:#9a6700}.m-none{color:#59636e}
.filter{margin:.3em 0 .6em;color:#59636e}
.filter-box{margin:0 .25em 0 1em;vertical-align:middle}
.filter-label{cursor:pointer;user-select:none}
#show-error:not(:checked)~.sev-error,#show-warning:not(:checked)~.sev-warning,
#show-info:not(:checked)~.sev-info{display:none}
@media print{body{margin:0;max-width:none}.filter,.filter-box,.filter-label{display:none}}
""".strip()


def _e(text: Any) -> str:
    """Escaped text; newlines become line breaks."""
    return escape("" if text is None else str(text), quote=True).replace("\r\n", "\n").replace("\n", "<br>")


def _table(header: list[str], rows: list[list[str]], cls: str = "") -> list[str]:
    """Cells in ``rows`` are already HTML (escaped by the caller)."""
    out = [f'<table class="{cls}">' if cls else "<table>", "<thead><tr>"
           + "".join(f"<th>{_e(h)}</th>" for h in header) + "</tr></thead>", "<tbody>"]
    for r in rows:
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
    out += ["</tbody>", "</table>"]
    return out


def render(checked: CheckedDossier) -> str:
    t = labels(checked.lang)
    lang = "en" if checked.lang == "en" else "zh-CN"
    title = f"{t['title']}{t['sep']}{project_name(checked)}"
    body: list[str] = [f"<h1>{_e(title)}</h1>"]

    verdict_label = t["pass"] if passed(checked) else t["fail"]
    srows = []
    for label, value in summary_rows(checked):
        if label == t["result"]:
            cls = "pass" if passed(checked) else "fail"
            srows.append(f'<tr><th scope="row">{_e(label)}</th><td class="{cls}">{_e(verdict_label)}</td></tr>')
        else:
            srows.append(f'<tr><th scope="row">{_e(label)}</th><td>{_e(value)}</td></tr>')
    body += ['<table class="summary">', "<tbody>", *srows, "</tbody>", "</table>"]

    body.append(f"<h2>{_e(t['findings'])}</h2>")
    groups = findings_by_severity(checked)
    if not groups:
        body.append(f'<p class="pass">{_e(t["no_findings"])}</p>')
    if groups:  # the filter: checkboxes first, as siblings of the sections they show or hide
        body.append(f'<span class="filter">{_e(t["filter"])}</span>')
        for sev, group in groups:
            body.append(f'<input type="checkbox" class="filter-box" id="show-{sev}" checked>'
                        f'<label class="filter-label" for="show-{sev}">{_e(t[sev])} ({len(group)})</label>')
    for sev, group in groups:
        body.append(f'<section class="sev-{sev}">')
        body.append(f'<h3 class="{sev}">{_e(t[sev])} ({len(group)})</h3>')
        rows = []
        for r in group:
            cite = _e(r.cite)
            if r.quote:
                cite += f'<br><span class="quote">{_e(t["lq"] + r.quote + t["rq"])}</span>'
            rows.append([f'<span class="rule">{_e(r.rule)}</span>', _e(r.message), cite or "—",
                         _e(r.where) or "—", _e(r.hint) or "—"])
        body += _table([t["rule"], t["message"], t["cite"], t["where"], t["hint"]], rows,
                       f"findings {sev}")
        body.append("</section>")

    waived = waived_rows(checked)
    if waived:
        body.append(f"<h2>{_e(t['waived'])} ({len(waived)})</h2>")
        body += _table([t["rule"], t["message"], t["waiver_reason"], t["approved_by"],
                        t["granted_by"], t["expires"]], [[_e(c) for c in r] for r in waived],
                       "waived")

    if checked.materials:
        body.append(f"<h2>{_e(t['materials'])}</h2>")
        rows = []
        for m in (material_row(row, checked.lang) for row in checked.materials):
            rows.append([_e(m.name), f'<span class="m-{m.level}">{_e(m.status)}</span>',
                         "<br>".join(_e(f) for f in m.files) or "—", _e(" ".join(m.rules))])
        body += _table([t["kind"], t["status"], t["files"], t["rules"]], rows, "materials")

    ne = not_evaluated_rows(checked)
    if ne:
        body += [f"<h2>{_e(t['not_evaluated'])} ({len(ne)})</h2>",
                 f"<p>{_e(t['ne_intro'].format(n=len(ne)))}</p>"]
        rows = [[f'<span class="rule">{_e(r.rule)}</span>', _e(r.reason),
                 _e("、".join(r.facts) if checked.lang != "en" else ", ".join(r.facts)) or "—"]
                for r in ne]
        body += _table([t["rule"], t["reason"], t["facts_needed"]], rows, "not-evaluated")

    facts = fact_rows(checked)
    if facts:
        body.append(f"<h2>{_e(t['facts'])}</h2>")
        body += _table([t["fact"], t["value"], t["source"]],
                       [[_e(c) for c in r] for r in facts], "facts")

    docs = document_rows(checked)
    if docs:
        body.append(f"<h2>{_e(t['files_title'])}</h2>")
        body += _table([t["file"], t["kind"], t["format"], t["readable"]],
                       [[_e(c) for c in r] for r in docs], "documents")

    head = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="govcheck">',
        f"<title>{_e(title)}</title>",
        f"<style>\n{_CSS}\n</style>",
        "</head>",
        "<body>",
    ]
    return "\n".join(head + body + ["</body>", "</html>"])
