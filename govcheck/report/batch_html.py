"""`batch --html DIR` / `merge --html DIR`: DIR/index.html (one row per dossier, linking to its
page) and DIR/dossiers/<name>.html, one standalone page per dossier.

The pages are built from the JSON report (the JSON Lines record), not from the in-memory check,
so `merge` of shards' JSON Lines writes the same pages a single batch writes, and a result from
the cache the same page as a fresh one. Same look as the single-dossier HTML report.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path, PurePath
from typing import Any

from ..batch.rows import Row, labels, row_from_record, short_rule, stage_label
from .html import _CSS, _e, _table

_T = {
    "zh": {"index": "govcheck 批量检查", "findings": "发现的问题", "no_findings": "未发现问题。",
           "severity": "严重程度", "rule": "规则", "message": "问题", "cite": "依据", "where": "位置",
           "hint": "建议", "ne": "未能判定的规则", "reason": "原因", "facts": "采用的事实", "fact": "事实",
           "value": "取值", "source": "来源", "docs": "提交的文件", "file": "文件", "kind": "材料",
           "format": "格式", "readable": "可读", "yes": "是", "no": "否", "as_of": "判定日期",
           "back": "← 返回汇总", "sev": {"error": "错误", "warning": "警告", "info": "提示"}},
    "en": {"index": "govcheck batch", "findings": "Findings", "no_findings": "No problems found.",
           "severity": "Severity", "rule": "Rule", "message": "Finding", "cite": "Basis",
           "where": "Where", "hint": "Fix", "ne": "Rules not evaluated", "reason": "Reason",
           "facts": "Facts used", "fact": "Fact", "value": "Value", "source": "Source",
           "docs": "Documents", "file": "File", "kind": "Kind", "format": "Format",
           "readable": "Readable", "yes": "yes", "no": "no", "as_of": "Judged on",
           "back": "← back to the summary", "sev": {"error": "error", "warning": "warning", "info": "info"}},
}
_EXTRA_CSS = ".r-pass{color:#1a7f37;font-weight:bold}.r-fail{color:#cf222e;font-weight:bold}" \
             ".r-other{color:#9a6700;font-weight:bold}"


def page_name(dossier_path: str) -> str:
    """A file name for a dossier's page: its own name (made safe) and a short hash of its path,
    so two dossiers of the same name under different folders do not overwrite each other."""
    name = PurePath(dossier_path).name or "dossier"
    safe = re.sub(r'[\\/:*?"<>|\s]+', "_", name)[:80]
    digest = hashlib.sha1(dossier_path.encode("utf-8")).hexdigest()[:8]
    return f"{safe}-{digest}.html"


def _doc(title: str, lang: str, body: list[str]) -> str:
    return "\n".join([
        "<!DOCTYPE html>", f'<html lang="{"en" if lang == "en" else "zh-CN"}">', "<head>",
        '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="govcheck">', f"<title>{_e(title)}</title>",
        f"<style>\n{_CSS}\n{_EXTRA_CSS}\n</style>", "</head>", "<body>", *body, "</body>", "</html>"])


def _result_cell(row: Row, lang: str) -> str:
    cls = {"pass": "r-pass", "fail": "r-fail"}.get(row.status, "r-other")
    return f'<span class="{cls}">{_e(labels(lang)[row.status])}</span>'


def render_page(record: dict[str, Any], lang: str, fail_on: str = "error") -> str:
    from ..model import CitationOut
    from .common import citation_label

    lang = "en" if lang == "en" else "zh"
    t, lb = _T[lang], labels(lang)
    row = row_from_record(record, fail_on)
    title = row.project or row.name
    body = [f'<p><a href="../index.html">{_e(t["back"])}</a></p>', f"<h1>{_e(title)}</h1>"]
    d = record.get("dossier", {})
    summary = [(lb["dossier"], _e(row.name)), (lb["path"], _e(row.path)), (lb["result"], _result_cell(row, lang))]
    if row.checked:
        summary += [(lb["project"], _e(row.project) or "—"), (lb["unit"], _e(row.unit) or "—"),
                    (lb["jurisdiction"], _e(row.jurisdiction)), (lb["stage"], _e(stage_label(row.stage, lang))),
                    (t["as_of"], _e(d.get("as_of"))),
                    (t["findings"], _e(f"{lb['errors']} {row.errors} · {lb['warnings']} {row.warnings} · "
                                       f"{lb['infos']} {row.infos}"))]
    else:
        summary.append((lb["detail"], _e(row.detail)))
    body += ['<table class="summary"><tbody>',
             *(f'<tr><th scope="row">{_e(k)}</th><td>{v}</td></tr>' for k, v in summary), "</tbody></table>"]
    if not row.checked:
        return _doc(title, lang, body)

    body.append(f"<h2>{_e(t['findings'])}</h2>")
    findings = record.get("findings", [])
    if not findings:
        body.append(f'<p class="pass">{_e(t["no_findings"])}</p>')
    else:
        rows = []
        for f in findings:
            cite = citation_label(CitationOut.model_validate(f["citation"]), lang) if f.get("citation") else ""
            loc = f.get("location") or {}
            where = " ".join(x for x in (loc.get("file"), loc.get("where")) if x)
            rows.append([_e(t["sev"][f["severity"]]), f'<span class="rule">{_e(f["rule"])}</span>',
                         _e(f["message"]), _e(cite) or "—", _e(where) or "—", _e(f.get("hint")) or "—"])
        body += _table([t["severity"], t["rule"], t["message"], t["cite"], t["where"], t["hint"]], rows, "findings")
    ne = record.get("not_evaluated", [])
    if ne:
        body.append(f"<h2>{_e(t['ne'])} ({len(ne)})</h2>")
        body += _table([t["rule"], t["reason"]],
                       [[f'<span class="rule">{_e(n["rule"])}</span>', _e(n["reason"])] for n in ne])
    facts = record.get("facts", {})
    if facts:
        body.append(f"<h2>{_e(t['facts'])}</h2>")
        frows = []
        for key, f in facts.items():
            src = f.get("source") or {}
            value = f"{f.get('value')}" + (f" {f['unit']}" if f.get("unit") else "")
            frows.append([_e(key), _e(value), _e(" ".join(x for x in (src.get("file"), src.get("where")) if x))])
        body += _table([t["fact"], t["value"], t["source"]], frows)
    docs = record.get("documents", [])
    if docs:
        body.append(f"<h2>{_e(t['docs'])}</h2>")
        body += _table([t["file"], t["kind"], t["format"], t["readable"]],
                       [[_e(x["file"]), _e(x.get("kind")) or "—", _e(x.get("format")),
                         _e(t["yes"] if x.get("readable") else f"{t['no']}：{x.get('error') or ''}")]
                        for x in docs])
    return _doc(title, lang, body)


def write_page(record: dict[str, Any], folder: Path, lang: str, fail_on: str = "error") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    path = record.get("dossier", {}).get("path", "")
    (folder / page_name(path)).write_text(render_page(record, lang, fail_on), encoding="utf-8")


class IndexWriter:
    """DIR/index.html at the end; the pages are written by the workers (batch) or by ``add``
    (merge: ``write_pages=True``)."""

    def __init__(self, folder: Path, lang: str, fail_on: str = "error", write_pages: bool = False) -> None:
        from ..batch.writable import check_writable_file
        from ..errors import RunError

        try:
            (folder / "dossiers").mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise RunError(f"{folder}: cannot create the HTML folder: {e.strerror or e}") from None
        check_writable_file(folder / "dossiers" / "probe.html")
        check_writable_file(folder / "index.html")
        self.folder = folder
        self.lang = "en" if lang == "en" else "zh"
        self.fail_on = fail_on
        self.write_pages = write_pages

    def add(self, record: dict[str, Any], row: Row) -> None:
        if self.write_pages:
            write_page(record, self.folder / "dossiers", self.lang, self.fail_on)

    def close(self, rows: list[Row]) -> None:
        from ..batch.rows import totals

        lb = labels(self.lang)
        body = [f"<h1>{_e(_T[self.lang]['index'])}</h1>", f"<p>{_e(totals(rows, self.lang))}</p>"]
        table = []
        for r in rows:
            link = f'<a href="dossiers/{_e(page_name(r.path))}">{_e(r.name)}</a>'
            rules = " ".join(short_rule(x) for x in r.rules) if r.checked else r.detail
            counts = [str(r.errors), str(r.warnings)] if r.checked else ["—", "—"]
            table.append([link, _e(r.project), _e(r.unit), _e(r.jurisdiction), _e(stage_label(r.stage, self.lang)),
                          *counts, _e(rules), _result_cell(r, self.lang)])
        body += _table([lb[c] for c in ("dossier", "project", "unit", "jurisdiction", "stage", "errors",
                                        "warnings", "rules", "result")], table, "batch")
        (self.folder / "index.html").write_text(_doc(_T[self.lang]["index"], self.lang, body), encoding="utf-8")

    def abort(self) -> None:
        pass
