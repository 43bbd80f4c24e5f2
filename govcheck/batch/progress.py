"""Progress of a batch on stderr: a Rich bar on a terminal (done/total, failures so far, ETA),
one plain line per dossier otherwise (CI logs, files), so stdout stays the report alone."""

from __future__ import annotations

import sys
import time
from typing import Any

from .rows import Row, labels

_T = {
    "zh": {"task": "检查中", "failed": "未通过/未能检查 {n}", "line": "[{done}/{total}] {name}：{result}"},
    "en": {"task": "checking", "failed": "failed/not checked {n}", "line": "[{done}/{total}] {name}: {result}"},
}


class Progress:
    def __init__(self, total: int, lang: str, enabled: bool = True, stream: Any = None) -> None:
        self.total = total
        self.lang = "en" if lang == "en" else "zh"
        self.stream = stream or sys.stderr
        self.enabled = enabled and total > 0
        self.done = 0
        self.failed = 0
        self._bar: Any = None
        self._task: Any = None
        self._start = time.monotonic()

    def __enter__(self) -> "Progress":
        if self.enabled and self.stream.isatty():
            from rich.console import Console
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn,
                                       TimeElapsedColumn, TimeRemainingColumn)

            self._bar = Bar(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[failed]}"), TimeElapsedColumn(),
                            TimeRemainingColumn(), console=Console(file=self.stream), transient=True)
            self._bar.__enter__()
            self._task = self._bar.add_task(_T[self.lang]["task"], total=self.total,
                                            failed=_T[self.lang]["failed"].format(n=0))
        return self

    def advance(self, row: Row) -> None:
        self.done += 1
        self.failed += row.failed
        if not self.enabled:
            return
        t = _T[self.lang]
        if self._bar is not None:
            self._bar.update(self._task, advance=1, failed=t["failed"].format(n=self.failed))
            return
        result = labels(self.lang)[row.status]
        self.stream.write(t["line"].format(done=self.done, total=self.total, name=row.name,
                                           result=result) + "\n")
        self.stream.flush()

    def __exit__(self, *exc: Any) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc)
