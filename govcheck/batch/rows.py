"""One summary row per dossier of a batch, built from its JSON Lines record.

Every batch output (console table, CSV, workbook, HTML index) and `govcheck merge` read rows
built here from the record — the contract JSON report, or a ``govcheck.batch-error/1`` object
for a dossier that could not be checked — so a merged round shows exactly what one batch shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

# The report contract's severities in their order (model.SEVERITY_ORDER, which a test holds this
# to): batch rows are built on a warm re-run too, which must not import the model (pydantic).
SEVERITY_ORDER = {"info": 0, "warning": 1, "error": 2}

ERROR_SCHEMA = "govcheck.batch-error/1"
# Row statuses: checked (pass/fail), or why it was not.
NOT_CHECKED = ("error", "timeout", "crashed", "no_documents")

LABELS: dict[str, dict[str, str]] = {
    "zh": {
        "dossier": "材料包", "project": "项目名称", "unit": "单位", "jurisdiction": "适用办法",
        "stage": "阶段", "errors": "错误", "warnings": "警告", "infos": "提示",
        "rules": "未通过规则", "result": "结论", "path": "路径", "detail": "说明",
        "pass": "通过", "fail": "未通过", "error": "未能检查", "timeout": "超时",
        "crashed": "检查中断", "no_documents": "无文件",
        "title": "govcheck 批量检查：{n} 个材料包",
        "totals": "通过 {passed} · 未通过 {failed} · 未能检查 {unchecked}",
        "no_documents_detail": "文件夹中没有任何文件",
        "timeout_detail": "超过 {s} 秒未完成，已停止",
        "crashed_detail": "检查进程意外退出（{how}）",
    },
    "en": {
        "dossier": "Dossier", "project": "Project", "unit": "Unit", "jurisdiction": "Jurisdiction",
        "stage": "Stage", "errors": "Errors", "warnings": "Warnings", "infos": "Info",
        "rules": "Failing rules", "result": "Result", "path": "Path", "detail": "Detail",
        "pass": "PASS", "fail": "FAIL", "error": "not checked", "timeout": "timed out",
        "crashed": "crashed", "no_documents": "no documents",
        "title": "govcheck batch: {n} dossiers",
        "totals": "passed {passed} · failed {failed} · not checked {unchecked}",
        "no_documents_detail": "the folder holds no files",
        "timeout_detail": "not finished after {s} s; stopped",
        "crashed_detail": "the checking process died ({how})",
    },
}


def labels(lang: str) -> dict[str, str]:
    return LABELS["en" if lang == "en" else "zh"]


@dataclass
class Row:
    name: str  # the dossier's own name (folder or .zip), never shortened
    path: str
    status: str  # pass | fail | error | timeout | crashed | no_documents
    project: str = ""
    unit: str = ""
    jurisdiction: str = ""
    stage: str = ""
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    rules: list[str] = field(default_factory=list)  # failing rule ids, most severe first
    detail: str = ""  # why it was not checked

    @property
    def checked(self) -> bool:
        return self.status in ("pass", "fail")

    @property
    def failed(self) -> bool:
        """Counts against the batch's exit code: failed at --fail-on, or not checked at all."""
        return self.status != "pass"


def threshold(fail_on: str) -> int:
    """Severity at which a dossier fails; with --fail-on never, none does (the rule ids of its
    errors are still listed)."""
    return SEVERITY_ORDER["error" if fail_on == "never" else fail_on]


def row_from_record(record: dict[str, Any], fail_on: str) -> Row:
    path = str(record.get("dossier", {}).get("path", ""))
    name = PurePath(path).name or path
    if record.get("schema") == ERROR_SCHEMA:
        return Row(name=name, path=path, status=record.get("status") or "error",
                   detail=str(record.get("error") or ""))
    d, s = record["dossier"], record["summary"]
    floor = threshold(fail_on)
    failing = [f for f in record.get("findings", []) if SEVERITY_ORDER[f["severity"]] >= floor]
    rules = list(dict.fromkeys(f["rule"] for f in failing))
    failed = bool(failing) and fail_on != "never"
    facts = record.get("facts", {})
    return Row(name=name, path=path, status="fail" if failed else "pass",
               project=_fact(facts, "project_name"), unit=_fact(facts, "project_unit"),
               jurisdiction=d.get("jurisdiction") or "", stage=d.get("stage") or "",
               errors=int(s.get("errors", 0)), warnings=int(s.get("warnings", 0)),
               infos=int(s.get("infos", 0)), rules=rules)


def _fact(facts: dict[str, Any], key: str) -> str:
    f = facts.get(key)
    return "" if not f or f.get("value") is None else str(f["value"])


def status_label(row: Row, lang: str) -> str:
    return labels(lang)[row.status]


def stage_label(stage: str, lang: str) -> str:
    if lang == "en" or not stage:
        return stage
    from ..model import STAGE_NAMES_ZH  # the console table and the workbook only

    return STAGE_NAMES_ZH.get(stage, stage)


def short_rule(rule: str) -> str:
    """tongliao/TL-14b → TL-14b (the jurisdiction is its own column); govcheck/x stays."""
    head, _, tail = rule.partition("/")
    return rule if head == "govcheck" or not tail else tail


SORT_KEYS = ("name", "result", "errors", "warnings", "jurisdiction", "stage")
_STATUS_ORDER = {"crashed": 0, "timeout": 1, "error": 2, "no_documents": 3, "fail": 4, "pass": 5}


def sort_rows(rows: list[Row], key: str) -> list[Row]:
    """name: A→Z; result: worst first; errors/warnings: most first; jurisdiction/stage: grouped."""
    by_name = sorted(rows, key=lambda r: (r.name, r.path))
    if key == "result":
        return sorted(by_name, key=lambda r: (_STATUS_ORDER[r.status], -r.errors, -r.warnings))
    if key == "errors":
        return sorted(by_name, key=lambda r: (-r.errors, -r.warnings, _STATUS_ORDER[r.status]))
    if key == "warnings":
        return sorted(by_name, key=lambda r: (-r.warnings, -r.errors, _STATUS_ORDER[r.status]))
    if key == "jurisdiction":
        return sorted(by_name, key=lambda r: r.jurisdiction)
    if key == "stage":
        return sorted(by_name, key=lambda r: r.stage)
    return by_name


def totals(rows: list[Row], lang: str) -> str:
    passed = sum(r.status == "pass" for r in rows)
    failed = sum(r.status == "fail" for r in rows)
    return labels(lang)["totals"].format(passed=passed, failed=failed,
                                         unchecked=len(rows) - passed - failed)
