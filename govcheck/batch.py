"""`govcheck batch`: every child folder / .zip of each PATH is a dossier, checked in parallel.

One dossier that cannot be checked (unknown jurisdiction, unreadable zip) is reported as such
and never stops the others. Exit: 0 all clean; 1 any dossier with findings at or above
--fail-on, or any that could not be checked; 2 only for bad options (the run itself).
"""

from __future__ import annotations

import json
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from .errors import RunError


@dataclass
class BatchItem:
    path: str
    report: dict[str, Any] | None  # the JSON report (contract), or None
    error: str | None
    exit_code: int


def dossiers_in(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        for child in sorted(p.iterdir()):
            if child.name.startswith("."):
                continue
            if child.is_dir() or child.suffix.lower() == ".zip":
                out.append(child)
    return out


def _check_one(args: tuple) -> BatchItem:
    path, options, fail_on = args
    from .pipeline import check_dossier
    from .report.common import exit_code
    from .report.json import report_dict

    try:
        checked = check_dossier(path, options)
    except RunError as e:
        return BatchItem(str(path), None, str(e), 1)
    except Exception as e:  # a bug must not sink the other dossiers of the batch
        return BatchItem(str(path), None, f"internal error: {type(e).__name__}: {e}", 1)
    return BatchItem(str(path), report_dict(checked), None, exit_code(checked, fail_on))


def run_batch(paths: list[Path], jurisdiction: str | None, stage: str | None, as_of: date | None,
              set_facts: list[str], fmt: str, output: Path | None, lang: str, fail_on: str,
              extra: tuple[Path, ...]) -> int:
    from .pipeline import Options

    options = Options(jurisdiction=jurisdiction, stage=stage, as_of=as_of or date.today(),
                      set_facts=set_facts, lang=lang, extra_rules=extra, fail_on=fail_on)
    todo = [(p, options, fail_on) for p in dossiers_in(paths)]
    workers = max(1, min(len(todo), os.cpu_count() or 1))
    if workers > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            items = list(pool.map(_check_one, todo, chunksize=4))
    else:
        items = [_check_one(t) for t in todo]
    if fmt == "json":
        _json_lines(items, output)
    else:
        _console(items, output, lang)
    return 1 if any(i.exit_code for i in items) else 0


def _json_lines(items: list[BatchItem], output: Path | None) -> None:
    lines = []
    for i in items:
        if i.report is not None:
            lines.append(json.dumps(i.report, ensure_ascii=False))
        else:
            lines.append(json.dumps({"schema": "govcheck.batch-error/1", "dossier": {"path": i.path},
                                     "error": i.error}, ensure_ascii=False))
    text = "\n".join(lines) + ("\n" if lines else "")
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        print(text, end="")


def _console(items: list[BatchItem], output: Path | None, lang: str) -> None:
    from rich.console import Console
    from rich.table import Table

    en = lang == "en"
    console = Console(file=output.open("w", encoding="utf-8"), no_color=True, width=160) if output else Console()
    table = Table(title=f"govcheck batch: {len(items)} dossiers", title_justify="left")
    for col in ("dossier", "jurisdiction", "stage", "errors", "warnings", "result"):
        table.add_column(col)
    failed = 0
    for i in items:
        if i.report is None:
            failed += 1
            table.add_row(i.path, "—", "—", "—", "—", f"[red]{'not checked' if en else '未能检查'}: {i.error}[/]")
            continue
        s, d = i.report["summary"], i.report["dossier"]
        result = "[green]PASS[/]" if s["passed"] else "[red]FAIL[/]"
        table.add_row(i.path, d["jurisdiction"], d["stage"], str(s["errors"]), str(s["warnings"]), result)
    console.print(table)
    passed = sum(1 for i in items if i.report and i.report["summary"]["passed"])
    console.print(f"passed {passed} · failed {len(items) - passed - failed} · not checked {failed}")
