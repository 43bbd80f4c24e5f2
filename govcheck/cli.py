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
    limit: list[str] = typer.Option([], "--limit", metavar="NAME=VALUE",
                                    help="change a read limit, e.g. --limit sheet_rows=100000 (docs/security.md)"),
) -> None:
    """检查一个材料包 (check one dossier)."""
    from .limits import LimitError, parse_options
    from .pipeline import Options, check_dossier
    from .report.common import exit_code

    _check_stage(stage)
    try:
        limits = parse_options(list(limit))
    except LimitError as e:
        _die(str(e))
    options = Options(jurisdiction=jurisdiction, stage=stage, as_of=_as_of(as_of),
                      set_facts=list(set_facts), lang=lang.value, extra_rules=tuple(rules),
                      limits=limits)
    try:
        checked = check_dossier(path, options)
    except RunError as e:
        _die(str(e))
    except Exception as e:  # a bug: one message naming the dossier (--debug: the traceback)
        if _DEBUG:
            raise
        _die(_internal(path, e))
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


@app.command()
def batch(
    paths: list[Path] = typer.Argument(..., help="folders whose child folders / .zip files are dossiers"),
    jurisdiction: Optional[str] = JurisdictionOpt,
    stage: Optional[str] = StageOpt,
    as_of: Optional[str] = typer.Option(None, "--as-of"),
    set_facts: list[str] = SetOpt,
    fmt: Format = typer.Option(Format.console, "-f", "--format"),
    output: Optional[Path] = typer.Option(None, "-o", "--output"),
    lang: Lang = LangOpt,
    fail_on: FailOn = typer.Option(FailOn.error, "--fail-on"),
    rules: list[Path] = RulesOpt,
) -> None:
    """检查多个材料包 (check every child folder / .zip of each PATH)."""
    from .batch import run_batch

    _check_stage(stage)
    if fmt.value not in ("console", "json"):
        _die(f"--format {fmt.value} is not available for batch in this version; use console or json")
    for p in paths:
        if not p.is_dir():
            _die(f"{p}: not a folder")
    code = run_batch(paths, jurisdiction, stage, _as_of(as_of), list(set_facts), fmt.value,
                     output, lang.value, fail_on.value, tuple(rules))
    raise typer.Exit(code)


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


_DEBUG = False


def _internal(path: Any, e: BaseException) -> str:
    from .read.names import safe_name

    return f"{safe_name(str(path))}: internal error ({type(e).__name__}: {e}); run with --debug for the traceback"


def main() -> None:
    global _DEBUG
    # --debug, anywhere on the command line: let an unexpected error's traceback through.
    # Taken off argv here rather than declared on a callback, so it works before and after the
    # command name and leaves the global options (owned by the config work) alone.
    argv = sys.argv[1:]
    _DEBUG = "--debug" in argv
    if _DEBUG:
        argv = [a for a in argv if a != "--debug"]
    try:
        app(args=argv, prog_name="govcheck")
    except Exception as e:  # noqa: BLE001 — no traceback reaches the user without --debug
        if _DEBUG:
            raise
        typer.echo(f"govcheck: error: internal error ({type(e).__name__}: {e}); "
                   "run with --debug for the traceback", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
