"""The command line (contract.md): options → pipeline → reporter. Nothing else lives here.

Each command imports what it runs inside its own function, for start-up time: `govcheck --help`
loads neither pydantic, the pipeline nor the readers (python-docx, openpyxl, pypdf).
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from enum import Enum
from importlib import import_module
from pathlib import Path
from typing import Any, Optional

import typer
from typer.core import TyperArgument

from . import __version__

from .errors import RunError

app = typer.Typer(
    # Plain click help: its metavars (PATH, TEXT, [zh|en]) instead of rich help's <list[Path]>, <bool>.
    rich_markup_mode=None,
    add_completion=True,  # --install-completion / --show-completion (bash, zsh, fish, PowerShell)
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


class ValidateFormat(str, Enum):
    """validate's formats: the shared ones plus one line per finding and GitLab Code Quality."""

    console = "console"
    concise = "concise"
    json = "json"
    sarif = "sarif"
    junit = "junit"
    markdown = "markdown"
    html = "html"
    github = "github"
    gitlab = "gitlab"


class ViewFormat(str, Enum):
    """facts / checklist / config show: a table for people or JSON for scripts."""

    console = "console"
    json = "json"


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


def _readable_argument_help() -> None:
    """typer (0.2x) prints an argument's Python type next to its metavar (``PATH <list[Path]>``);
    the metavar alone says it. Only the help text changes."""
    original = getattr(TyperArgument, "display_type_rich", None)
    if original is None:
        return

    def display_type_rich(self: Any, ctx: Any) -> Any:
        return None if self.metavar else original(self, ctx)

    TyperArgument.display_type_rich = display_type_rich  # type: ignore[method-assign]


_readable_argument_help()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"govcheck {__version__}")
        raise typer.Exit()


def _no_color(value: bool) -> None:
    # Rich honours NO_COLOR (no-color.org); the option just sets it for this process.
    if value:
        os.environ["NO_COLOR"] = "1"


@app.callback()
def _global(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="print \"govcheck X.Y.Z\" and exit"),
    no_color: bool = typer.Option(False, "--no-color", callback=_no_color,
                                  help="no colours (also: the NO_COLOR environment variable)"),
) -> None:
    """govcheck — 政务信息化项目申报/审批/调整/验收材料合规检查."""


def _pipe_closed() -> None:
    """The reader went away (`govcheck … | head -1`): stop writing, quietly. Point stdout at
    /dev/null so the interpreter's final flush does not complain either."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _as_of(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        _die(f"--as-of {value}: not a date (YYYY-MM-DD)")
    return None


def _console(output: Optional[Path], width: int | None = None) -> Any:
    from rich.console import Console as RichConsole

    class Console(RichConsole):
        def on_broken_pipe(self) -> None:
            # Rich would exit 1 here; the command decides (validate: the verdict's exit code).
            raise BrokenPipeError

    if output is None:
        # --no-color / NO_COLOR: no escape sequences at all (Rich alone would still send bold).
        plain = {"color_system": None} if os.environ.get("NO_COLOR") else {}
        return Console(width=width, **plain) if width else Console(**plain)
    return Console(file=output.open("w", encoding="utf-8"), width=width or 120,
                   force_terminal=False, no_color=True)


def _write(text: str, output: Optional[Path]) -> None:
    if output is None:
        sys.stdout.write(text + "\n")
    else:
        output.write_text(text + "\n", encoding="utf-8")


JurisdictionOpt = typer.Option(None, "-j", "--jurisdiction", metavar="ID",
                               help="a pack id: rules/*.yaml or a --rules dir (govcheck rules list)")
StageOpt = typer.Option(None, "-s", "--stage", metavar="STAGE", help="application | approval | construction | "
                        "adjustment | acceptance | evaluation | operation")
SetOpt = typer.Option([], "--set", metavar="FACT=VALUE",
                      help="declare or override a fact, e.g. --set admin_level=旗县市区")
RulesOpt = typer.Option([], "--rules", metavar="DIR", help="load extra rule packs from DIR")
LangOpt = typer.Option(Lang.zh, "--lang", help="message language")
ConfigLangOpt = typer.Option(None, "--lang", help="message language [default: zh, or the configuration]")
NoColorOpt = typer.Option(False, "--no-color", callback=_no_color,
                          help="no colours (also: the NO_COLOR environment variable)")


def _check_stage(stage: Optional[str]) -> None:
    if stage is None:
        return  # no model import for nothing (a warm batch re-run imports no model at all)
    from .model import STAGES

    if stage not in STAGES:
        _die(f"--stage {stage}: unknown stage; one of {', '.join(STAGES)}")


@app.command()
def validate(
    paths: list[Path] = typer.Argument(None, metavar="PATH", show_default=False,
                                       help="dossier folder or .zip (with --changed: files or "
                                       "folders to look in; default: what git says changed)"),
    jurisdiction: Optional[str] = JurisdictionOpt,
    stage: Optional[str] = StageOpt,
    as_of: Optional[str] = typer.Option(None, "--as-of", metavar="YYYY-MM-DD",
                                        help="the day deadlines are judged on [default: today]"),
    set_facts: list[str] = SetOpt,
    fmt: list[ValidateFormat] = typer.Option(
        [], "-f", "--format", metavar="FORMAT", show_default=False,
        help="console (default) | concise | json | sarif | junit | markdown | html | github | "
        "gitlab; repeat with -o for several outputs: -f json -o r.json -f html -o r.html"),
    output: list[Path] = typer.Option([], "-o", "--output", metavar="FILE", show_default=False,
                                      help="write the report to FILE (one per -f, in order)"),
    lang: Optional[Lang] = ConfigLangOpt,
    fail_on: Optional[FailOn] = typer.Option(
        None, "--fail-on", help="exit 1 at or above this level [default: error, or the configuration]"),
    rules: list[Path] = RulesOpt,
    select: list[str] = typer.Option([], "--select", metavar="RULE",
                                     help="only these rule ids or globs (repeat or comma-separate)"),
    ignore: list[str] = typer.Option([], "--ignore", metavar="RULE",
                                     help="leave out these rule ids or globs (repeat or comma-separate)"),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="only the findings and the verdict"),
    no_color: bool = NoColorOpt,
    baseline: Optional[Path] = typer.Option(None, "--baseline", metavar="FILE",
                                            help="findings recorded in FILE are shown, not counted"),
    write_baseline: Optional[Path] = typer.Option(None, "--write-baseline", metavar="FILE",
                                                  help="record every current finding in FILE"),
    changed: bool = typer.Option(False, "--changed",
                                 help="check only the dossiers whose files changed (git)"),
    since: Optional[str] = typer.Option(None, "--since", metavar="REF",
                                        help="with --changed: changes since this git ref [default: HEAD]"),
    limit: list[str] = typer.Option([], "--limit", metavar="NAME=VALUE",
                                    help="change a read limit, e.g. --limit sheet_rows=100000 (docs/security.md)"),
) -> None:
    """检查一个材料包 (check one dossier)."""
    from .commands.baseline import apply_baseline, read_baseline, write_baseline_file
    from .limits import LimitError, parse_options
    from .pipeline import check_dossier
    from .report.common import exit_code

    _check_stage(stage)
    day = _as_of(as_of)
    try:
        limits = parse_options(list(limit))
    except LimitError as e:
        _die(str(e))
    outputs = _outputs([f.value for f in fmt], list(output))
    for extra in (write_baseline,):
        if extra is not None:
            _check_writable(extra, "--write-baseline")
    dossiers = _dossiers(list(paths or []), changed, since)
    for _, out in outputs:
        if out is not None:
            if len(dossiers) > 1:
                _die("-o writes one dossier's report; several changed dossiers go to stdout "
                     "(or use govcheck batch)")
            _check_not_inside(out, dossiers, "-o")
    if write_baseline is not None:
        _check_not_inside(write_baseline, dossiers, "--write-baseline")
    if not dossiers:
        if not quiet:
            typer.echo("govcheck: no changed dossiers to check", err=True)
        raise typer.Exit(0)
    try:
        known = read_baseline(baseline) if baseline is not None else None
        checked_all = []
        for d in dossiers:  # each dossier with its own nearest configuration
            options = _options(d, jurisdiction, stage, day, set_facts, lang, fail_on, rules,
                               select, ignore, limits)
            checked_all.append(check_dossier(d, options))
    except RunError as e:
        _die(str(e))
    except Exception as e:  # a bug: one message naming the dossier (--debug: the traceback)
        if _DEBUG:
            raise
        _die(_internal(d, e))
    if write_baseline is not None:
        write_baseline_file(write_baseline, checked_all)
    code = 0
    for checked in checked_all:
        if known is not None:
            apply_baseline(checked, known, baseline)  # type: ignore[arg-type]
        code = max(code, exit_code(checked, checked.fail_on))
    try:
        for checked in checked_all:
            for out_fmt, out in outputs:
                _render(checked, out_fmt, out, quiet)
        sys.stdout.flush()
    except BrokenPipeError:
        _pipe_closed()
    raise typer.Exit(code)


def _split(values: list[str]) -> list[str]:
    return [v.strip() for item in values for v in item.split(",") if v.strip()]


def _options(start: Path, jurisdiction: Optional[str], stage: Optional[str], day: Optional[date],
             set_facts: list[str], lang: Optional[Lang], fail_on: Optional[FailOn],
             rules: list[Path], select: list[str], ignore: list[str],
             limits: Optional[dict[str, Any]] = None) -> Any:
    """Options from the command line, GOVCHECK_* variables and the configuration file
    (--limit NAME=VALUE wins over the file's `limits` table, name by name)."""
    from .commands.config import resolve
    from .pipeline import Options

    config = resolve(start, {
        "jurisdiction": jurisdiction, "lang": lang.value if lang else None,
        "fail_on": fail_on.value if fail_on else None, "select": _split(select),
        "ignore": _split(ignore), "rules": [str(r) for r in rules]})
    return Options(jurisdiction=config["jurisdiction"], stage=stage, as_of=day,
                   set_facts=list(set_facts), lang=config["lang"],
                   extra_rules=tuple(Path(r) for r in config["rules"]),
                   fail_on=config["fail_on"], select=tuple(config["select"]),
                   ignore=tuple(config["ignore"]), severity=dict(config["severity"]),
                   exclude=tuple(config["exclude"]),
                   limits={**dict(config["limits"]), **(limits or {})})


STREAM_FORMATS = ("console", "concise", "github")  # for a terminal or a CI log


def _outputs(formats: list[str], files: list[Path]) -> list[tuple[str, Optional[Path]]]:
    """-f/-o pairs in order; one console / concise / github format may go without -o, to
    stdout (click hands over -f and -o as two lists, so which -f had no -o is not known
    otherwise). Checked before any work is done."""
    if not formats:
        formats = ["console"]
    pairs: list[tuple[str, Optional[Path]]] = []
    if len(files) == len(formats):
        pairs = list(zip(formats, files))
    elif len(files) == len(formats) - 1:
        streams = [f for f in formats if f in STREAM_FORMATS]
        if len(formats) == 1:
            pairs = [(formats[0], None)]
        elif len(streams) == 1:
            rest = [f for f in formats if f != streams[0]]
            pairs = [(streams[0], None)] + list(zip(rest, files))
    if not pairs:
        _die(f"{len(formats)} formats and {len(files)} output files: give one -o per -f "
             "(-f json -o r.json -f html -o r.html); one console, concise or github format "
             "may go without -o, to stdout")
    for _, out in pairs:
        if out is not None:
            _check_writable(out, "-o")
    return pairs


def _check_writable(path: Path, option: str) -> None:
    """An output that cannot be written is a bad option (exit 2), found before any checking."""
    parent = path.parent
    if path.is_dir():
        _die(f"{option} {path}: is a folder, not a file")
    if not parent.is_dir():
        _die(f"{option} {path}: folder {parent} does not exist")
    if not os.access(parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        _die(f"{option} {path}: not writable")


def _check_not_inside(output: Path, dossiers: list[Path], option: str) -> None:
    """govcheck never writes into the dossier it reads."""
    out = output.resolve()
    for d in dossiers:
        if d.is_dir() and out.is_relative_to(d.resolve()):
            _die(f"{option} {output}: inside the dossier {d}; govcheck never writes into a dossier")


def _dossiers(paths: list[Path], changed: bool, since: Optional[str]) -> list[Path]:
    if not changed:
        if since is not None:
            _die("--since goes with --changed")
        if len(paths) != 1:
            _die("validate takes one dossier PATH (several: govcheck batch, or --changed)")
        return paths
    from .commands.changed import changed_dossiers

    try:
        return changed_dossiers(paths, since)
    except RunError as e:
        _die(str(e))
    return []


def _render(checked: Any, fmt: str, output: Optional[Path], quiet: bool = False) -> None:
    if fmt == "console":
        from .report import console as console_report

        console_report.render(checked, _console(output), quiet=quiet)
        return
    # json | sarif | junit | markdown | html | github | concise | gitlab: render(checked) -> str
    reporter = import_module(f".report.{fmt}", __package__)
    _write(reporter.render(checked), output)


class BatchFormat(str, Enum):
    console = "console"
    concise = "concise"
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
                              help="console (table) | concise (one line per finding) | json (JSON Lines, one "
                              "report per dossier) | csv")
XlsxOpt = typer.Option(None, "--xlsx", metavar="FILE", help="also write a workbook: summary, findings, per-rule statistics")
HtmlDirOpt = typer.Option(None, "--html", metavar="DIR", help="also write DIR/index.html and one page per dossier")
OnlyFailedOpt = typer.Option(False, "--only-failed", help="list only dossiers that fail or could not be checked")
SortOpt = typer.Option(SortBy.name, "--sort", help="order of the table: name | result (worst first) | "
                       "errors | warnings | jurisdiction | stage")


@app.command()
def batch(
    paths: list[Path] = typer.Argument(..., metavar="PATH", help="folders whose child folders / .zip files are dossiers"),
    jurisdiction: Optional[str] = JurisdictionOpt,
    stage: Optional[str] = StageOpt,
    as_of: Optional[str] = typer.Option(None, "--as-of", metavar="YYYY-MM-DD"),
    set_facts: list[str] = SetOpt,
    fmt: BatchFormat = BatchFormatOpt,
    output: Optional[Path] = typer.Option(None, "-o", "--output", metavar="FILE"),
    lang: Lang = LangOpt,
    fail_on: FailOn = typer.Option(FailOn.error, "--fail-on"),
    rules: list[Path] = RulesOpt,
    workers: int = typer.Option(0, "--workers", metavar="N", help="processes (default: the CPU count)"),
    timeout: float = typer.Option(300, "--timeout", metavar="SECONDS", help="seconds one dossier may take (0: no limit)"),
    only_failed: bool = OnlyFailedOpt,
    sort: SortBy = SortOpt,
    xlsx: Optional[Path] = XlsxOpt,
    html: Optional[Path] = HtmlDirOpt,
    no_cache: bool = typer.Option(False, "--no-cache", help="do not read or write the cache"),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", metavar="DIR", help="cache folder (default: the user "
                                             "cache directory, or $GOVCHECK_CACHE_DIR)"),
    history_db: Optional[Path] = typer.Option(None, "--history", metavar="DB", help="record this run in a SQLite database"),
    shard: Optional[str] = typer.Option(None, "--shard", metavar="I/N", help="I/N: only shard I of N (stable by dossier name)"),
    executor: Executor = typer.Option(Executor.local, "--executor", help="local processes | dask"),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="ADDRESS", help="Dask scheduler ADDRESS"),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="progress on stderr"),
    limit: list[str] = typer.Option([], "--limit", metavar="NAME=VALUE",
                                    help="change a read limit, e.g. --limit sheet_rows=100000 (docs/security.md)"),
) -> None:
    """检查多个材料包 (check every child folder / .zip of each PATH)."""
    from .batch.run import Settings, parse_shard, run_batch
    from .limits import LimitError, parse_options

    _check_stage(stage)
    try:
        limits = parse_options(list(limit))
    except LimitError as e:
        _die(str(e))
    if output is not None:
        _check_writable(output, "-o")
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
                            progress=progress, limits=limits)
        code = run_batch(paths, jurisdiction, stage, _as_of(as_of), list(set_facts), fmt.value,
                         output, lang.value, fail_on.value, tuple(rules), settings)
    except RunError as e:
        _die(str(e))
    raise typer.Exit(code)


@app.command()
def merge(
    files: list[Path] = typer.Argument(..., metavar="FILE", help="JSON Lines of batch runs (e.g. one per --shard)"),
    fmt: BatchFormat = BatchFormatOpt,
    output: Optional[Path] = typer.Option(None, "-o", "--output", metavar="FILE"),
    lang: Lang = LangOpt,
    fail_on: FailOn = typer.Option(FailOn.error, "--fail-on"),
    only_failed: bool = OnlyFailedOpt,
    sort: SortBy = SortOpt,
    xlsx: Optional[Path] = XlsxOpt,
    html: Optional[Path] = HtmlDirOpt,
) -> None:
    """合并分片结果 (combine the JSON Lines of shards into one table, workbook, HTML)."""
    from .batch.run import Settings
    from .batch.merge import run_merge

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
    db: Optional[Path] = typer.Option(None, "--db", metavar="DB", help="history database (batch --history): OLD and NEW are round numbers"),
    fmt: ViewFormat = typer.Option(ViewFormat.console, "-f", "--format", help="console | json"),
    output: Optional[Path] = typer.Option(None, "-o", "--output", metavar="FILE"),
    lang: Lang = LangOpt,
) -> None:
    """两轮对比：每个材料包已改正、新出现、仍存在的问题 (per dossier: fixed / new / still open)."""
    from .batch.rounds import diff as diff_rounds, diff_json, diff_text, is_database, load_db_round, load_file

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
    dossier: Optional[str] = typer.Argument(None, metavar="[DOSSIER]", show_default=False, help="a dossier's name (default: every dossier)"),
    db: Path = typer.Option(..., "--db", metavar="DB", help="history database written by batch --history"),
    fmt: ViewFormat = typer.Option(ViewFormat.console, "-f", "--format", help="console | json"),
    lang: Lang = LangOpt,
) -> None:
    """材料包的历次检查 (a dossier's rounds: when, result, fixed and new since the previous)."""
    import json

    from .batch.rounds import history_rows, history_text

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
    path: Path = typer.Argument(..., metavar="PATH", help="dossier folder or .zip"),
    jurisdiction: Optional[str] = typer.Option(
        None, "-j", "--jurisdiction", metavar="ID", help="read labels as this jurisdiction does (e.g. gaoping's 项目建设单位)"),
    set_facts: list[str] = SetOpt,
    fmt: ViewFormat = typer.Option(ViewFormat.console, "-f", "--format"),
    lang: Lang = LangOpt,
    no_color: bool = NoColorOpt,
) -> None:
    """列出材料、类别及每个事实的全部来源 (documents, kinds and every fact candidate)."""
    from .commands.facts_view import facts_report

    try:
        facts_report(path, list(set_facts), fmt.value, lang.value, _console(None), jurisdiction)
        sys.stdout.flush()
    except RunError as e:
        _die(str(e))
    except BrokenPipeError:
        _pipe_closed()


@app.command()
def checklist(
    jurisdiction: str = typer.Option(..., "-j", "--jurisdiction", metavar="ID",
                                     help="hunan | wushan | wujin | gaoping | tongliao | a custom pack id"),
    stage: str = typer.Option(..., "-s", "--stage", metavar="STAGE", help="application | approval | "
                              "construction | adjustment | acceptance | evaluation | operation"),
    set_facts: list[str] = SetOpt,
    lang: Lang = LangOpt,
    rules: list[Path] = RulesOpt,
    fmt: ViewFormat = typer.Option(ViewFormat.console, "-f", "--format"),
    no_color: bool = NoColorOpt,
) -> None:
    """申报前：本阶段须提交哪些材料、适用哪些条件 (what must be submitted, before writing)."""
    from .commands.checklist_view import checklist_data, checklist_report

    _check_stage(stage)
    try:
        if fmt is ViewFormat.json:
            data = checklist_data(jurisdiction, stage, list(set_facts), lang.value, tuple(rules))
            typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            checklist_report(jurisdiction, stage, list(set_facts), lang.value, tuple(rules),
                             _console(None))
        sys.stdout.flush()
    except RunError as e:
        _die(str(e))
    except BrokenPipeError:
        _pipe_closed()


@rules_app.command("list")
def rules_list(
    jurisdiction: Optional[str] = JurisdictionOpt,
    lang: Lang = LangOpt,
    rules: list[Path] = RulesOpt,
) -> None:
    """规则列表：编号、严重程度、依据 (rules with ids, severities and citations)."""
    from .commands.rules_view import list_rules

    try:
        list_rules(jurisdiction, lang.value, tuple(rules), _console(None))
    except RunError as e:
        _die(str(e))


@rules_app.command("show")
def rules_show(
    rule_id: str = typer.Argument(..., metavar="RULE_ID", help="e.g. tongliao/TL-14b"),
    lang: Lang = LangOpt,
    rules: list[Path] = RulesOpt,
) -> None:
    """查看一条规则：检查内容、数值、所引条文 (one rule: what it checks, its numbers, the article)."""
    from .commands.rules_view import show_rule

    try:
        show_rule(rule_id, lang.value, tuple(rules), _console(None))
    except RunError as e:
        _die(str(e))


@rules_app.command("compare")
def rules_compare(
    lang: Lang = LangOpt,
    rules: list[Path] = RulesOpt,
    width: int = typer.Option(200, "--width", metavar="N", help="table width in characters"),
) -> None:
    """五地规则关键数值对比 (the key numbers of every pack, side by side)."""
    from .commands.compare import render

    try:
        render(lang.value, tuple(rules), _console(None, width))
    except RunError as e:
        _die(str(e))


@rules_app.command("check")
def rules_check(
    paths: list[Path] = typer.Argument(..., metavar="PATH", help="rule pack files or folders (e.g. rules/)"),
) -> None:
    """检查规则包 (lint rule packs): every problem as FILE:LINE: RULE_ID: FIELD: message; exit 1 if any."""
    from .packs.lint import check_paths
    from .packs.load import builtin_rules_dir

    problems = check_paths(list(paths), builtin_rules_dir())
    for p in problems:
        typer.echo(str(p))
    raise typer.Exit(1 if problems else 0)


config_app = typer.Typer(no_args_is_help=True, help="配置 (configuration: .govcheck.toml, "
                         "[tool.govcheck], GOVCHECK_* variables)")
app.add_typer(config_app, name="config")


@config_app.command("show")
def config_show(
    path: Optional[Path] = typer.Argument(None, metavar="[PATH]", show_default=False,
                                          help="where to search upward from [default: .]"),
    fmt: ViewFormat = typer.Option(ViewFormat.console, "-f", "--format"),
    no_color: bool = NoColorOpt,
) -> None:
    """有效配置及每项的来源 (the effective configuration and where each value came from)."""
    from .commands.config import resolve, show_lines

    try:
        config = resolve(path, {})
    except RunError as e:
        _die(str(e))
    if fmt is ViewFormat.json:
        typer.echo(json.dumps({"file": str(config.file) if config.file else None,
                               "settings": {k: {"value": s.value, "source": s.source}
                                            for k, s in config.settings.items()}},
                              ensure_ascii=False, indent=2, default=str))
        return
    from rich.table import Table

    table = Table(title=f"govcheck config: {config.file or '(no configuration file found)'}",
                  title_justify="left")
    for col in ("key", "value", "source"):
        table.add_column(col, overflow="fold")
    for row in show_lines(config):
        table.add_row(*row)
    _console(None).print(table)


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
    # pydantic looks for plugins (observability hooks) on the first model it builds by listing
    # every installed distribution's entry points — ≈15 ms of every start, for plugins nothing
    # installs for govcheck's own internal models. The user's setting, if any, stands.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
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
