"""The batch workbook a reviewer files (`batch --xlsx FILE`, `merge --xlsx FILE`):

- summary: one row per dossier, coloured by result, its name a link to its first finding;
  frozen header and an autofilter so it sorts and filters in Excel / WPS as it is;
- findings: dossier, rule, article, severity, message, file, where, hint — one row per finding;
- per-rule statistics: how many dossiers each rule fires in, most first (what applicants miss).

Written in openpyxl's write-only mode: findings rows go to disk as each dossier arrives, so a
round of thousands of dossiers does not hold its findings in memory. The file appears only when
complete (written beside it, then renamed).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Any

from ..batch.rows import Row, labels, stage_label

_T = {
    "zh": {"summary": "汇总", "findings": "问题", "stats": "规则统计", "rule": "规则", "article": "依据条款",
           "severity": "严重程度", "message": "问题", "file": "文件", "where": "位置", "hint": "建议",
           "dossiers": "涉及材料包数", "share": "占已检查材料包", "example": "示例",
           "sev": {"error": "错误", "warning": "警告", "info": "提示"}},
    "en": {"summary": "Summary", "findings": "Findings", "stats": "Rule statistics", "rule": "Rule",
           "article": "Article", "severity": "Severity", "message": "Message", "file": "File",
           "where": "Where", "hint": "Fix", "dossiers": "Dossiers", "share": "Share of checked",
           "example": "Example", "sev": {"error": "error", "warning": "warning", "info": "info"}},
}
_FILL = {"pass": "C6EFCE", "fail": "FFC7CE"}  # Excel's own good / bad colours
_FILL_OTHER = "FFEB9C"  # not checked: neutral (amber)
_SUMMARY_COLUMNS = ("dossier", "project", "unit", "jurisdiction", "stage", "result", "errors",
                    "warnings", "infos", "rules", "detail", "path")


class WorkbookWriter:
    def __init__(self, path: Path, lang: str) -> None:
        from openpyxl import Workbook  # heavy: imported only when a workbook is asked for

        from ..batch.writable import check_writable_file

        check_writable_file(path)
        self.path = path
        self.lang = "en" if lang == "en" else "zh"
        self.t = {**labels(lang), **_T[self.lang]}
        self.wb = Workbook(write_only=True)
        self.summary = self.wb.create_sheet(self.t["summary"])
        self.findings = self.wb.create_sheet(self.t["findings"])
        self.stats_sheet = self.wb.create_sheet(self.t["stats"])
        self.findings.freeze_panes = "A2"
        header = ["dossier", "rule", "article", "severity", "message", "file", "where", "hint"]
        self.findings.append([self._bold(self.findings, self.t[h]) for h in header])
        self.finding_row = 1
        self.first_finding: dict[str, int] = {}  # dossier path → its first row in findings
        self.rule_stats: dict[str, list[Any]] = {}  # rule → [severity, article, dossiers, example]
        self.checked = 0

    def _bold(self, ws: Any, value: Any) -> Any:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font

        c = WriteOnlyCell(ws, value=value)
        c.font = Font(bold=True)
        return c

    def add(self, record: dict[str, Any], row: Row) -> None:
        if "findings" not in record:
            return
        self.checked += 1
        from ..model import CitationOut
        from .common import citation_label

        seen: set[str] = set()
        for f in record["findings"]:
            article = citation_label(CitationOut.model_validate(f["citation"]), self.lang) if f.get("citation") else ""
            loc = f.get("location") or {}
            self.finding_row += 1
            self.first_finding.setdefault(row.path, self.finding_row)
            self.findings.append([row.name, f["rule"], article, self.t["sev"][f["severity"]], f["message"],
                                  loc.get("file"), loc.get("where"), f.get("hint")])
            if f["rule"] not in seen:
                seen.add(f["rule"])
                stat = self.rule_stats.setdefault(f["rule"], [f["severity"], article, 0, f["message"]])
                stat[2] += 1

    def close(self, rows: list[Row]) -> None:
        self._write_summary(rows)
        self._write_stats()
        fd, tmp = tempfile.mkstemp(dir=self.path.parent if str(self.path.parent) else ".",
                                   prefix=".govcheck-", suffix=".xlsx")
        os.close(fd)
        try:
            self.wb.save(tmp)
            os.replace(tmp, self.path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)

    def abort(self) -> None:
        pass  # nothing was written at the destination

    def _write_summary(self, rows: list[Row]) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import PatternFill
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.hyperlink import Hyperlink

        ws = self.summary
        ws.freeze_panes = "B2"
        last = get_column_letter(len(_SUMMARY_COLUMNS))
        ws.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
        widths = (28, 30, 20, 10, 10, 8, 6, 6, 6, 30, 30, 40)
        for i, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = w
        ws.append([self._bold(ws, self.t[c]) for c in _SUMMARY_COLUMNS])
        for n, r in enumerate(rows, start=2):
            fill = PatternFill("solid", fgColor=_FILL.get(r.status, _FILL_OTHER))
            name = WriteOnlyCell(ws, value=r.name)
            target = self.first_finding.get(r.path)
            if target:
                name.hyperlink = Hyperlink(ref=f"A{n}", location=f"'{self.t['findings']}'!A{target}")
            result = WriteOnlyCell(ws, value=self.t[r.status])
            result.fill = fill
            counts = [r.errors, r.warnings, r.infos] if r.checked else [None, None, None]
            ws.append([name, r.project, r.unit, r.jurisdiction, stage_label(r.stage, self.lang), result,
                       *counts, " ".join(r.rules), r.detail or None, r.path])

    def _write_stats(self) -> None:
        ws = self.stats_sheet
        ws.freeze_panes = "A2"
        header = ["rule", "severity", "article", "dossiers", "share", "example"]
        ws.append([self._bold(ws, self.t[h]) for h in header])
        ranked = sorted(self.rule_stats.items(), key=lambda kv: (-kv[1][2], kv[0]))
        for rule, (severity, article, count, example) in ranked:
            share = round(count / self.checked, 4) if self.checked else None
            ws.append([rule, self.t["sev"][severity], article, count, share, example])
        ws.auto_filter.ref = f"A1:F{len(ranked) + 1}"
