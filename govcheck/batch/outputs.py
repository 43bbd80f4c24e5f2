"""The outputs of a batch (and of `merge`): stdout / -o in one format, and the optional workbook,
HTML folder and history database. All are opened — or proven writable — before any dossier is
checked (an unwritable output is an exit 2 up front, not after an hour of checking); each takes
every dossier's JSON line as it arrives and writes what it can at once."""

from __future__ import annotations

import contextlib
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from .rows import NOT_CHECKED, Row, labels, short_rule, sort_rows, stage_label, totals
from ..errors import RunError


class Outputs:
    def __init__(self, fmt: str, lang: str, fail_on: str, only_failed: bool, sort: str) -> None:
        self.fmt = fmt
        self.lang = lang
        self.fail_on = fail_on
        self.only_failed = only_failed
        self.sort = sort
        self.stream: TextIO = sys.stdout
        self.owns_stream = False
        self.sinks: list[Any] = []  # workbook, HTML index, history: add(record, row) / close(rows)

    def add(self, line: str, row: Row) -> None:
        if self.fmt == "json" and (row.failed or not self.only_failed):
            self.stream.write(line + "\n")
            self.stream.flush()
        elif self.fmt == "concise" and (row.failed or not self.only_failed):
            from ..report.concise import record_lines

            verdict = "FAIL" if row.failed else "PASS"
            self.stream.write("\n".join(record_lines(json.loads(line), verdict)) + "\n")
            self.stream.flush()
        if self.sinks:
            record = json.loads(line)
            for sink in self.sinks:
                sink.add(record, row)

    def close(self, rows: list[Row]) -> None:
        shown = sort_rows([r for r in rows if r.failed] if self.only_failed else rows, self.sort)
        if self.fmt == "console":
            console_table(shown, rows, self.lang, self.stream, self.owns_stream)
        elif self.fmt == "csv":
            from ..report.csv import write_rows

            write_rows(shown, self.lang, self.stream)
        for sink in self.sinks:
            sink.close(shown)
        if self.owns_stream:
            self.stream.close()

    def abort(self) -> None:
        for sink in self.sinks:
            with contextlib.suppress(Exception):
                sink.abort()
        if self.owns_stream:
            self.stream.close()


def open_outputs(fmt: str, output: Path | None, lang: str, fail_on: str, settings: Any,
                 options: Any) -> Outputs:
    out = Outputs(fmt, lang, fail_on, settings.only_failed, settings.sort)
    try:
        if settings.xlsx is not None:
            from ..report.xlsx import WorkbookWriter

            out.sinks.append(WorkbookWriter(settings.xlsx, lang))
        if settings.html_dir is not None:
            from ..report.batch_html import IndexWriter

            out.sinks.append(IndexWriter(settings.html_dir, lang, fail_on,
                                         write_pages=settings.executor == "dask"))
        if settings.history is not None:
            from .rounds import HistoryWriter

            out.sinks.append(HistoryWriter(settings.history, options, fail_on))
        if output is not None:
            out.stream = open_text(output, newline="" if fmt == "csv" else None)
            out.owns_stream = True
    except BaseException:
        out.abort()
        raise
    return out


def open_text(path: Path, newline: str | None = None) -> TextIO:
    try:
        return path.open("w", encoding="utf-8-sig" if path.suffix.lower() == ".csv" else "utf-8",
                         newline=newline)
    except OSError as e:
        raise RunError(f"{path}: cannot write: {e.strerror or e}") from None


def console_table(shown: list[Row], rows: list[Row], lang: str, stream: TextIO, to_file: bool) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.cells import cell_len
    from rich.text import Text

    t = labels(lang)
    console = Console(file=stream, no_color=True, width=160) if to_file else Console(file=stream)
    from rich import box

    # A light box: at 80 columns (every CI log) the borders would take the names' room.
    table = Table(title=t["title"].format(n=len(rows)), title_justify="left", box=box.SIMPLE_HEAD,
                  pad_edge=False)
    # Name, project and unit share one cell (three lines) and jurisdiction and stage another, so
    # the table fits 80 columns (every CI log) without cutting anything: the dossier's own name
    # folds onto more lines rather than being shortened — it is how a reviewer finds it.
    table.add_column(f"{t['dossier']}\n{t['project']} / {t['unit']}", overflow="fold", ratio=5)
    table.add_column(f"{t['jurisdiction']}\n{t['stage']}", overflow="fold", ratio=1,
                     min_width=max([cell_len(r.jurisdiction) for r in shown] + [8]))
    table.add_column(t["errors"], justify="right", no_wrap=True)
    table.add_column(t["warnings"], justify="right", no_wrap=True)
    table.add_column(t["rules"], overflow="fold", ratio=3)
    table.add_column(t["result"], no_wrap=True,
                     min_width=max(cell_len(t[s]) for s in ("pass", "fail", *NOT_CHECKED)))
    style = {"pass": "green", "fail": "red"}
    for r in shown:
        result = Text(t[r.status], style=style.get(r.status, "bold red"))
        who = Text(r.name, style="bold")
        for extra in (r.project, r.unit):
            if extra:
                who.append("\n" + extra)
        if r.checked:
            table.add_row(who, f"{r.jurisdiction}\n{stage_label(r.stage, lang)}", str(r.errors),
                          str(r.warnings), Text(" ".join(short_rule(x) for x in r.rules)), result)
        else:
            table.add_row(who, "", "—", "—", Text(r.detail), result)
    console.print(table)
    console.print(totals(rows, lang))
