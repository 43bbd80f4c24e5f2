"""The command line (contract.md): options → pipeline → reporter. Nothing else lives here."""

from __future__ import annotations

import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any, Optional

import typer

from .errors import RunError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="govcheck — 政务信息化项目申报/审批/调整/验收材料合规检查 "
    "(compliance checker for Chinese e-government IT project dossiers).",
)
rules_app = typer.Typer(no_args_is_help=True, help="规则包：列出、查看、对比 (rule packs: list, show, compare)")
app.add_typer(rules_app, name="rules")


class Format(str, Enum):
    console = "console"
    json = "json"
    sarif = "sarif"
    junit = "junit"
    markdown = "markdown"
    html = "html"
    github = "github"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    never = "never"


class Lang(str, Enum):
    zh = "zh"
    en = "en"


def _die(message: str) -> None:
    typer.echo(f"govcheck: error: {message}", err=True)
    raise typer.Exit(2)


def _as_of(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        _die(f"--as-of {value}: not a date (YYYY-MM-DD)")
    return None


def _console(output: Optional[Path], width: int | None = None) -> Any:
    from rich.console import Console

    if output is None:
        return Console(width=width) if width else Console()
    return Console(file=output.open("w", encoding="utf-8"), width=width or 120,
                   force_terminal=False, no_color=True)


def _write(text: str, output: Optional[Path]) -> None:
    if output is None:
        sys.stdout.write(text + "\n")
    else:
        output.write_text(text + "\n", encoding="utf-8")


JurisdictionOpt = typer.Option(None, "-j", "--jurisdiction",
                               help="hunan | wushan | wujin | gaoping | tongliao | a custom pack id")
StageOpt = typer.Option(None, "-s", "--stage", help="application | approval | construction | "
                        "adjustment | acceptance | evaluation | operation")
SetOpt = typer.Option([], "--set", metavar="FACT=VALUE",
                      help="declare or override a fact, e.g. --set admin_level=旗县市区")
RulesOpt = typer.Option([], "--rules", help="load extra rule packs from DIR")
LangOpt = typer.Option(Lang.zh, "--lang", help="message language")


def _check_stage(stage: Optional[str]) -> None:
    from .model import STAGES

    if stage is not None and stage not in STAGES:
        _die(f"--stage {stage}: unknown stage; one of {', '.join(STAGES)}")


@app.command()
def validate(
    path: Path = typer.Argument(..., help="dossier folder or .zip"),
    jurisdiction: Optional[str] = JurisdictionOpt,
    stage: Optional[str] = StageOpt,
    as_of: Optional[str] = typer.Option(None, "--as-of", help="the day deadlines are judged on (YYYY-MM-DD)"),
    set_facts: list[str] = SetOpt,
    fmt: Format = typer.Option(Format.console, "-f", "--format"),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="write the report to FILE"),
    lang: Lang = LangOpt,
    fail_on: FailOn = typer.Option(FailOn.error, "--fail-on"),
    rules: list[Path] = RulesOpt,
) -> None:
    """检查一个材料包 (check one dossier)."""
    from .pipeline import Options, check_dossier
    from .report.common import exit_code

    _check_stage(stage)
    options = Options(jurisdiction=jurisdiction, stage=stage, as_of=_as_of(as_of),
                      set_facts=list(set_facts), lang=lang.value, extra_rules=tuple(rules))
    try:
        checked = check_dossier(path, options)
    except RunError as e:
        _die(str(e))
    _render(checked, fmt.value, output)
    raise typer.Exit(exit_code(checked, fail_on.value))


def _render(checked: Any, fmt: str, output: Optional[Path]) -> None:
    if fmt == "console":
        from .report import console as console_report

        console_report.render(checked, _console(output))
        return
    from importlib import import_module

    # json | sarif | junit | markdown | html | github: each module's render(checked) -> str
    reporter = import_module(f".report.{fmt}", __package__)
    _write(reporter.render(checked), output)


class BatchFormat(str, Enum):
    console = "console"
    json = "json"
    csv = "csv"


class SortBy(str, Enum):
    name = "name"
    result = "result"
    errors = "errors"
    warnings = "warnings"
    jurisdiction = "jurisdiction"
    stage = "stage"


class Executor(str, Enum):
    local = "local"
    dask = "dask"


BatchFormatOpt = typer.Option(BatchFormat.console, "-f", "--format",
                              help="console (table) | json (JSON Lines, one report per dossier) | csv")
XlsxOpt = typer.Option(None, "--xlsx", help="also write a workbook: summary, findings, per-rule statistics")
HtmlDirOpt = typer.Option(None, "--html", help="also write DIR/index.html and one page per dossier")
OnlyFailedOpt = typer.Option(False, "--only-failed", help="list only dossiers that fail or could not be checked")
SortOpt = typer.Option(SortBy.name, "--sort", help="order of the table: name | result (worst first) | "
                       "errors | warnings | jurisdiction | stage")


@app.command()
def batch(
    paths: list[Path] = typer.Argument(..., help="folders whose child folders / .zip files are dossiers"),
    jurisdiction: Optional[str] = JurisdictionOpt,
    stage: Optional[str] = StageOpt,
    as_of: Optional[str] = typer.Option(None, "--as-of"),
    set_facts: list[str] = SetOpt,
    fmt: BatchFormat = BatchFormatOpt,
    output: Optional[Path] = typer.Option(None, "-o", "--output"),
    lang: Lang = LangOpt,
    fail_on: FailOn = typer.Option(FailOn.error, "--fail-on"),
    rules: list[Path] = RulesOpt,
    workers: int = typer.Option(0, "--workers", help="processes (default: the CPU count)"),
    timeout: float = typer.Option(300, "--timeout", help="seconds one dossier may take (0: no limit)"),
    only_failed: bool = OnlyFailedOpt,
    sort: SortBy = SortOpt,
    xlsx: Optional[Path] = XlsxOpt,
    html: Optional[Path] = HtmlDirOpt,
    no_cache: bool = typer.Option(False, "--no-cache", help="do not read or write the cache"),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="cache folder (default: the user "
                                             "cache directory, or $GOVCHECK_CACHE_DIR)"),
    history_db: Optional[Path] = typer.Option(None, "--history", help="record this run in a SQLite database"),
    shard: Optional[str] = typer.Option(None, "--shard", help="I/N: only shard I of N (stable by dossier name)"),
    executor: Executor = typer.Option(Executor.local, "--executor", help="local processes | dask"),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler ADDRESS"),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="progress on stderr"),
) -> None:
    """检查多个材料包 (check every child folder / .zip of each PATH)."""
    from .batch import Settings, parse_shard, run_batch

    _check_stage(stage)
    if workers < 0:
        _die(f"--workers {workers}: must be 1 or more (0: the CPU count)")
    for p in paths:
        if not p.is_dir():
            _die(f"{p}: not a folder")
    try:
        settings = Settings(workers=workers, timeout=timeout or None, executor=executor.value,
                            scheduler=scheduler, shard=parse_shard(shard) if shard else None,
                            only_failed=only_failed, sort=sort.value, use_cache=not no_cache,
                            cache_dir=cache_dir, html_dir=html, xlsx=xlsx, history=history_db,
                            progress=progress)
        code = run_batch(paths, jurisdiction, stage, _as_of(as_of), list(set_facts), fmt.value,
                         output, lang.value, fail_on.value, tuple(rules), settings)
    except RunError as e:
        _die(str(e))
    raise typer.Exit(code)


@app.command()
def merge(
    files: list[Path] = typer.Argument(..., help="JSON Lines of batch runs (e.g. one per --shard)"),
    fmt: BatchFormat = BatchFormatOpt,
    output: Optional[Path] = typer.Option(None, "-o", "--output"),
    lang: Lang = LangOpt,
    fail_on: FailOn = typer.Option(FailOn.error, "--fail-on"),
    only_failed: bool = OnlyFailedOpt,
    sort: SortBy = SortOpt,
    xlsx: Optional[Path] = XlsxOpt,
    html: Optional[Path] = HtmlDirOpt,
) -> None:
    """合并分片结果 (combine the JSON Lines of shards into one table, workbook, HTML)."""
    from .batch import Settings
    from .merge import run_merge

    settings = Settings(only_failed=only_failed, sort=sort.value, xlsx=xlsx, html_dir=html)
    try:
        code = run_merge(list(files), fmt.value, output, lang.value, fail_on.value, settings)
    except RunError as e:
        _die(str(e))
    raise typer.Exit(code)


@app.command()
def diff(
    sources: list[str] = typer.Argument(..., metavar="OLD NEW | DB OLD_ROUND NEW_ROUND",
                                        help="two rounds: JSON reports or JSON Lines files; or a history "
                                        "database and two round numbers"),
    db: Optional[Path] = typer.Option(None, "--db", help="history database (batch --history): OLD and NEW are round numbers"),
    fmt: BatchFormat = typer.Option(BatchFormat.console, "-f", "--format", help="console | json"),
    output: Optional[Path] = typer.Option(None, "-o", "--output"),
    lang: Lang = LangOpt,
) -> None:
    """两轮对比：每个材料包已改正、新出现、仍存在的问题 (per dossier: fixed / new / still open)."""
    from .rounds import diff as diff_rounds, diff_json, diff_text, is_database, load_db_round, load_file

    if db is None and len(sources) == 3 and is_database(Path(sources[0])):
        db, sources = Path(sources[0]), sources[1:]
    if len(sources) != 2:
        _die("diff takes OLD NEW (files), or DB OLD_ROUND NEW_ROUND")
    old, new = sources
    try:
        if db is not None:
            rounds = []
            for r in (old, new):
                if not r.isdigit():
                    _die(f"with a history database, OLD and NEW are round numbers, not '{r}'")
                rounds.append(load_db_round(db, int(r)))
            a, b = rounds
        else:
            a, b = load_file(Path(old)), load_file(Path(new))
        diffs = diff_rounds(a, b)
        _write(diff_json(diffs) if fmt.value == "json" else diff_text(diffs, lang.value), output)
    except RunError as e:
        _die(str(e))


@app.command()
def history(
    dossier: Optional[str] = typer.Argument(None, help="a dossier's name (default: every dossier)"),
    db: Path = typer.Option(..., "--db", help="history database written by batch --history"),
    fmt: BatchFormat = typer.Option(BatchFormat.console, "-f", "--format", help="console | json"),
    lang: Lang = LangOpt,
) -> None:
    """材料包的历次检查 (a dossier's rounds: when, result, fixed and new since the previous)."""
    import json

    from .rounds import history_rows, history_text

    try:
        rows = history_rows(db, Path(dossier).name if dossier else None)
    except RunError as e:
        _die(str(e))
    if dossier and not rows:
        _die(f"{dossier}: not in {db}")
    _write(json.dumps(rows, ensure_ascii=False, indent=2) if fmt.value == "json"
           else history_text(rows, lang.value), None)


@app.command()
def facts(
    path: Path = typer.Argument(..., help="dossier folder or .zip"),
    jurisdiction: Optional[str] = typer.Option(
        None, "-j", "--jurisdiction", help="read labels as this jurisdiction does (e.g. gaoping's 项目建设单位)"),
    set_facts: list[str] = SetOpt,
    fmt: Format = typer.Option(Format.console, "-f", "--format", help="console | json"),
    lang: Lang = LangOpt,
) -> None:
    """列出材料、类别及每个事实的全部来源 (documents, kinds and every fact candidate)."""
    from .facts_view import facts_report

    try:
        facts_report(path, list(set_facts), fmt.value, lang.value, _console(None), jurisdiction)
    except RunError as e:
        _die(str(e))


@app.command()
def checklist(
    jurisdiction: str = typer.Option(..., "-j", "--jurisdiction"),
    stage: str = typer.Option(..., "-s", "--stage"),
    set_facts: list[str] = SetOpt,
    lang: Lang = LangOpt,
    rules: list[Path] = RulesOpt,
) -> None:
    """申报前：本阶段须提交哪些材料、适用哪些条件 (what must be submitted, before writing)."""
    from .checklist_view import checklist_report

    _check_stage(stage)
    try:
        checklist_report(jurisdiction, stage, list(set_facts), lang.value, tuple(rules), _console(None))
    except RunError as e:
        _die(str(e))


@rules_app.command("list")
def rules_list(
    jurisdiction: Optional[str] = JurisdictionOpt,
    lang: Lang = LangOpt,
    rules: list[Path] = RulesOpt,
) -> None:
    """规则列表：编号、严重程度、依据 (rules with ids, severities and citations)."""
    from .rules_view import list_rules

    try:
        list_rules(jurisdiction, lang.value, tuple(rules), _console(None))
    except RunError as e:
        _die(str(e))


@rules_app.command("show")
def rules_show(
    rule_id: str = typer.Argument(..., help="e.g. tongliao/TL-14b"),
    lang: Lang = LangOpt,
    rules: list[Path] = RulesOpt,
) -> None:
    """查看一条规则：检查内容、数值、所引条文 (one rule: what it checks, its numbers, the article)."""
    from .rules_view import show_rule

    try:
        show_rule(rule_id, lang.value, tuple(rules), _console(None))
    except RunError as e:
        _die(str(e))


@rules_app.command("compare")
def rules_compare(
    lang: Lang = LangOpt,
    rules: list[Path] = RulesOpt,
    width: int = typer.Option(200, "--width", help="table width in characters"),
) -> None:
    """五地规则关键数值对比 (the key numbers of every pack, side by side)."""
    from .compare import render

    try:
        render(lang.value, tuple(rules), _console(None, width))
    except RunError as e:
        _die(str(e))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
