"""`govcheck batch`: every child folder / .zip of each PATH is a dossier, checked in parallel.

One dossier that cannot be checked (unknown jurisdiction, unreadable zip, a crash, a timeout,
an empty folder) is a row saying so and never stops the others. Exit: 0 all pass at --fail-on;
1 any dossier that fails at --fail-on or could not be checked; 2 only for the run itself (bad
options, an output that cannot be written — found before any checking).

Results stream: each dossier's JSON line is written (and its HTML page, workbook rows and
history record) as soon as it is checked, and the main process keeps only a small summary row
per dossier, so memory stays flat in the number of dossiers.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .rows import ERROR_SCHEMA, Row, labels, row_from_record
from ..errors import RunError


@dataclass(frozen=True)
class DossierOptions:
    """The options a batch checks every dossier with: pipeline.Options' fields that batch sets,
    held without importing the pipeline — a warm re-run, every result in the cache, never
    imports it (most of its start-up otherwise). A worker makes the pipeline's Options of it."""

    jurisdiction: str | None
    stage: str | None
    as_of: date
    set_facts: list[str]
    lang: str
    extra_rules: tuple[Path, ...]
    fail_on: str
    limits: dict[str, Any]

    def pipeline(self) -> Any:
        from ..pipeline import Options

        return Options(jurisdiction=self.jurisdiction, stage=self.stage, as_of=self.as_of,
                       set_facts=list(self.set_facts), lang=self.lang, extra_rules=self.extra_rules,
                       fail_on=self.fail_on, limits=dict(self.limits))


@dataclass(frozen=True)
class Job:
    """What a worker needs besides the dossier's path (picklable: it travels to the workers)."""

    options: DossierOptions
    fail_on: str
    cache_dir: str | None = None  # None: --no-cache
    cache_key: str = ""  # code, packs and options: the part of a result's key every dossier shares
    html_dir: str | None = None
    convert_dir: str | None = None  # LibreOffice conversions (the user cache, or the run's own)


@dataclass
class Settings:
    workers: int = 0  # 0: the CPU count
    timeout: float | None = 300.0
    executor: str = "local"  # local | dask
    scheduler: str | None = None
    shard: tuple[int, int] | None = None  # (I, N), 1-based
    only_failed: bool = False
    sort: str = "name"
    use_cache: bool = True
    cache_dir: Path | None = None
    html_dir: Path | None = None
    xlsx: Path | None = None
    history: Path | None = None
    progress: bool = True
    limits: dict[str, Any] = field(default_factory=dict)  # --limit NAME=VALUE (govcheck/limits.py)
    extra: dict[str, Any] = field(default_factory=dict)


def dossiers_in(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        for child in sorted(p.iterdir()):
            if child.name.startswith("."):
                continue
            if child.is_dir() or child.suffix.lower() == ".zip":
                out.append(child)
    return out


def parse_shard(text: str) -> tuple[int, int]:
    try:
        i, n = (int(x) for x in text.split("/"))
    except ValueError:
        raise RunError(f"--shard {text}: expected I/N, e.g. 1/4") from None
    if n < 1 or not 1 <= i <= n:
        raise RunError(f"--shard {text}: I must be between 1 and N")
    return i, n


def in_shard(dossier: Path, shard: tuple[int, int] | None) -> bool:
    """Stable by the dossier's own name: the same dossier lands in the same shard on every
    machine, wherever the round is mounted."""
    if shard is None:
        return True
    i, n = shard
    digest = hashlib.sha256(dossier.name.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % n == i - 1


# --------------------------------------------------------------------------- one dossier (worker)


def check_task(task: tuple[str, Job, str]) -> tuple[str, Row]:
    """Check one dossier; returns its JSON line and summary row. Runs in a worker process.
    ``key`` is its result-cache key ("" without a cache), computed by ``lookup``."""
    path_text, job, key = task
    from .. import cache

    # the LibreOffice conversion cache of this process
    cache.activate(cache.Cache(Path(job.convert_dir)) if job.convert_dir else None,
                   documents=bool(job.cache_dir))  # parsed files too, with the user's cache
    line, cacheable = _check(Path(path_text), job)
    if job.cache_dir and key and cacheable:
        cache.Cache(Path(job.cache_dir)).put("results", key, line.encode("utf-8"))
    return finish(line, job)


def finish(line: str, job: Job, record: dict | None = None) -> tuple[str, Row]:
    """A dossier's JSON line → its summary row (and its HTML page, when asked for).
    ``record``: the line already parsed, when the caller has it."""
    if record is None:
        record = json.loads(line)
    if job.html_dir:
        from ..report.batch_html import write_page

        write_page(record, Path(job.html_dir), job.options.lang, job.fail_on)
    return line, row_from_record(record, job.fail_on)


def lookup(path: Path, job: Job, legacy: list[Path] | None = None) -> tuple[str | None, dict | None, str]:
    """In the main process, before any worker: the dossier's line when it needs no checking
    (an empty folder; a result in the cache) with its parsed record when it came from the
    cache, and its cache key. A warm re-run thus never
    starts a worker nor imports a reader. ``legacy``, when given, receives the dossier's legacy
    word-processor files (for LibreOffice), found in the same walk of its folder."""
    from .. import cache

    entries = cache.tree_entries(os.fspath(path)) if path.is_dir() else None  # walked once
    if legacy is not None and entries is not None:
        legacy += [Path(e.path) for _, e in entries if os.path.splitext(e.name)[1].lower() in LEGACY_SUFFIXES
                   and _is_file(e)]
    if not has_files(path, entries):
        return error_line(str(path), "no_documents", labels(job.options.lang)["no_documents_detail"]), None, ""
    if not job.cache_dir:
        return None, None, ""
    store = cache.Cache(Path(job.cache_dir))
    key = cache.sha256(f"{job.cache_key}:{cache.tree_digest(path, entries, store)}".encode())
    hit = store.get("results", key)
    if hit is None:
        return None, None, key
    return (*_with_path(hit.decode("utf-8"), str(path)), key)


def _check(path: Path, job: Job) -> tuple[str, bool]:
    from ..pipeline import check_dossier
    from ..report.json import report_dict

    try:
        checked = check_dossier(path, job.options.pipeline())
    except RunError as e:
        # The row already names the dossier: the message need not start with its path again.
        return error_line(str(path), "error", str(e).removeprefix(f"{path}: ")), True
    except Exception as e:  # noqa: BLE001 — a bug must not sink the other dossiers of the batch
        return error_line(str(path), "error", f"internal error: {type(e).__name__}: {e}"), False
    return json.dumps(report_dict(checked), ensure_ascii=False), True


def _with_path(line: str, path: str) -> tuple[str, dict]:
    """A cached result of the same content found elsewhere (a copy): this dossier's path. With
    the record the line was parsed into: a warm re-run parses each line once (the summary row
    is made from it too)."""
    record = json.loads(line)
    if record.get("dossier", {}).get("path") == path:
        return line, record
    record["dossier"]["path"] = path
    return json.dumps(record, ensure_ascii=False), record


def has_files(path: Path, entries: list | None = None) -> bool:
    """False for an empty folder (or one holding only folders) and for an empty .zip.
    ``entries``: the folder's cache.tree_entries, when the caller has them already."""
    if path.is_file():
        import zipfile

        try:
            with zipfile.ZipFile(path) as zf:
                return any(not i.is_dir() for i in zf.infolist())
        except (zipfile.BadZipFile, OSError, EOFError, ValueError):
            return True  # broken: the reader says what is wrong with it
    if entries is None:
        from ..cache import tree_entries

        entries = tree_entries(os.fspath(path))
    return any(_is_file(entry) for _, entry in entries)  # a link to a file counts, as a file


def _is_file(entry: os.DirEntry) -> bool:
    try:
        return entry.is_file()
    except OSError:  # a link loop (ELOOP), as pathlib's is_file: not a file
        return False


def error_line(path: str, status: str, error: str) -> str:
    return json.dumps({"schema": ERROR_SCHEMA, "dossier": {"path": path}, "status": status,
                       "error": error}, ensure_ascii=False)


# --------------------------------------------------------------------------- the run (main process)


def run_batch(paths: list[Path], jurisdiction: str | None, stage: str | None, as_of: date | None,
              set_facts: list[str], fmt: str, output: Path | None, lang: str, fail_on: str,
              extra: tuple[Path, ...], settings: Settings | None = None) -> int:
    from .outputs import open_outputs

    settings = settings or Settings()
    if settings.executor == "dask" and not settings.scheduler:
        raise RunError("--executor dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)")
    options = DossierOptions(jurisdiction=jurisdiction, stage=stage, as_of=as_of or date.today(),
                             set_facts=list(set_facts), lang=lang, extra_rules=tuple(extra), fail_on=fail_on,
                             limits=dict(settings.limits))
    _terminate_as_exit()
    # Every output is opened (or proven writable) before the first dossier is checked.
    outputs = open_outputs(fmt, output, lang, fail_on, settings, options)
    with tempfile.TemporaryDirectory(prefix="govcheck-run-") as run_dir:
        from ..rundir import RUN_DIR_ENV

        os.environ[RUN_DIR_ENV] = run_dir  # the workers' LibreOffice profiles go with the run
        try:
            dossiers = [p for p in dossiers_in(paths) if in_shard(p, settings.shard)]
            job = _job(options, fail_on, settings, Path(run_dir))
            rows = _run(dossiers, job, settings, outputs, lang)
        except BaseException:
            outputs.abort()
            raise
        finally:
            os.environ.pop(RUN_DIR_ENV, None)
    outputs.close(rows)
    if job.cache_dir and _CHECKED[0]:
        # only a run that checked a dossier wrote entries (listing a big cache costs as much as a
        # warm re-run's hashing)
        from ..cache import Cache

        Cache(Path(job.cache_dir)).prune()
    return 1 if any(r.failed for r in rows) else 0


def _terminate_as_exit() -> None:
    """SIGTERM (a CI job cancelled, `kill`) unwinds like Ctrl-C, so the workers and their
    LibreOffice are stopped and no half-written workbook is left, instead of orphans."""
    import signal
    import threading

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))


def _job(options: DossierOptions, fail_on: str, settings: Settings, run_dir: Path) -> Job:
    from .. import cache

    cache_dir = None
    # Without the user cache, conversions still go through a cache: the run's own, so the
    # one-LibreOffice-start pre-conversion below serves the workers.
    convert_dir = str(run_dir / "cache")
    key = ""
    # On a Dask cluster the workers' folders are not this machine's: a cache only where the
    # user names one (a folder every worker sees).
    if settings.use_cache and (settings.executor == "local" or settings.cache_dir):
        cache_dir = convert_dir = str(settings.cache_dir or cache.user_cache_dir())
        o = options
        key = cache.sha256(json.dumps([
            cache.code_digest(), cache.dir_digest(tuple(o.extra_rules)), o.jurisdiction, o.stage,
            o.as_of.isoformat(), list(o.set_facts), o.lang, o.fail_on,
            sorted((k, str(v)) for k, v in o.limits.items())]).encode())
    # the local workers write their dossiers' pages; with Dask the main process does (IndexWriter)
    html = str(settings.html_dir / "dossiers") if settings.html_dir and settings.executor == "local" else None
    if settings.executor == "dask":
        convert_dir = cache_dir
    return Job(options=options, fail_on=fail_on, cache_dir=cache_dir, cache_key=key, html_dir=html,
               convert_dir=convert_dir)


LEGACY_SUFFIXES = (".doc", ".wps", ".odt")
CONVERT_CHUNK = 100  # files per LibreOffice start: bounded temporary space, memory and time


def legacy_files(dossier: Path) -> list[Path]:
    if not dossier.is_dir():
        return []
    return [f for f in dossier.rglob("*") if f.suffix.lower() in LEGACY_SUFFIXES and f.is_file()]


def preconvert(files: list[Path], convert_dir: Path, timeout: float | None = None) -> int:
    """The batch's legacy word-processor files converted in ONE LibreOffice start per
    CONVERT_CHUNK files (about a second a file otherwise), into the conversion cache the workers
    read from. Files in .zip dossiers, and any this misses, are converted when read, as in
    `validate`. A LibreOffice that hangs is stopped after the per-dossier ``timeout`` at most."""
    from ..cache import Cache
    from ..read.legacy import conversion_key, convert_many, find_soffice
    from ..read.sniff import sniff

    soffice = find_soffice()
    if soffice is None:
        return 0
    store = Cache(convert_dir)
    done = 0
    chunk: list[tuple[bytes, str]] = []
    for f in files:
        try:
            data = f.read_bytes()
        except OSError:
            continue  # the reader reports it
        found = sniff(data, f.name)
        if found.format in ("doc", "wps", "odt") and not found.encrypted and not found.mismatch \
                and store.get("convert", conversion_key(data, found.format)) is None:
            chunk.append((data, found.format))
        if len(chunk) == CONVERT_CHUNK:
            done += convert_many(soffice, chunk, store, timeout)
            chunk = []
    if chunk:
        done += convert_many(soffice, chunk, store, timeout)
    return done


_CHECKED = [False]  # whether the last _run sent any dossier to a worker


def _run(dossiers: list[Path], job: Job, settings: Settings, outputs: Any, lang: str) -> list[Row]:
    from .progress import Progress

    rows: list[Row] = []

    def emit(line: str, row: Row) -> None:
        outputs.add(line, row)
        progress.advance(row)
        rows.append(row)

    with Progress(len(dossiers), lang, enabled=settings.progress) as progress:
        plain, legacy = [], []
        legacy_paths: list[Path] = []
        for p in dossiers:
            found: list[Path] = []
            known, record, key = lookup(p, job, found if settings.executor == "local" else None)
            if known is not None:
                emit(*finish(known, job, record))
                continue
            (legacy if found else plain).append((str(p), job, key))
            legacy_paths += found
        # LibreOffice converts the legacy files (one start) while the workers check the
        # dossiers without any; those with legacy files come last, held in the same pool until
        # the conversion is done, and find their files converted. A process of its own (no
        # thread of the parent's: forking the workers while a thread runs could copy a held
        # lock into them), started before the parent's set-up (_prewarm) so LibreOffice's own
        # start-up overlaps it: with the dossiers checked fast, the conversion is what the
        # dossiers with legacy files wait for.
        converter = None
        if legacy_paths:
            from .executors import _context

            converter = _context().Process(target=preconvert, daemon=True,
                                           args=(legacy_paths, Path(job.convert_dir or ""), settings.timeout))
            converter.start()
        tasks = plain + legacy
        _CHECKED[0] = bool(tasks)
        if tasks:  # a warm re-run (every result found) never loads the worker pool
            from .executors import Failure

            gate = converter.sentinel if converter is not None else None
            for index, result in _results(tasks, settings, hold_from=len(plain), gate=gate):
                if isinstance(result, Failure):
                    line = error_line(tasks[index][0], *_failure(result, lang))
                    emit(line, row_from_record(json.loads(line), job.fail_on))
                else:
                    emit(*result)
        if converter is not None:
            converter.join()
    return rows


def _results(tasks: list[tuple[str, Job, str]], settings: Settings, started: Any = None,
             hold_from: int | None = None, gate: Any = None) -> Any:
    """Every task's result; the tasks from ``hold_from`` on wait for ``gate`` (local pool)."""
    from .executors import dask_pool, local_pool

    if not tasks:
        return iter(())
    if settings.executor == "dask":
        return dask_pool(check_task, tasks, settings.scheduler)
    _prewarm(tasks[0][1], _smallest([Path(t[0]) for t in tasks[:20]]))
    workers = settings.workers or os.cpu_count() or 1
    return local_pool(check_task, tasks, workers, settings.timeout, started, hold_from=hold_from, gate=gate)


def _failure(f: Any, lang: str) -> tuple[str, str]:
    t = labels(lang)
    if f.kind == "timeout":
        return "timeout", t["timeout_detail"].format(s=f.detail)
    if f.kind == "crashed":
        return "crashed", t["crashed_detail"].format(how=f.detail)
    return "error", f"internal error: {f.detail}"


_WARMED = False


def _smallest(dossiers: list[Path]) -> Path:
    """The warm-up dossier: the smallest of the first few, so the parent (whose memory every
    worker inherits) never holds a huge one."""
    def size(d: Path) -> int:
        try:
            return sum(f.stat().st_size for f in d.rglob("*") if f.is_file()) if d.is_dir() else d.stat().st_size
        except OSError:
            return 1 << 62
    return min(dossiers, key=size)


def _prewarm(job: Job, first: Path) -> None:
    """Set up once, before the workers are forked, so each worker (and each replacement of one)
    starts warm instead of paying it again: the pipeline imported, the packs and vocabulary
    loaded, and one dossier checked (a small one of the batch; its result is thrown away, it is
    checked again by a worker) so every lazily imported module and compiled pattern is there."""
    global _WARMED
    if _WARMED:
        return
    _WARMED = True
    from ..packs.load import load_pack, pack_ids
    from ..pipeline import check_dossier  # noqa: F401
    from ..read.docx import read_docx  # noqa: F401
    from ..read.xlsx import read_xlsx  # noqa: F401
    from ..report.json import report_dict  # noqa: F401
    from ..vocabulary import budget_items, document_kinds, facts

    document_kinds(), facts(), budget_items()
    try:
        for pack_id in pack_ids(job.options.extra_rules):
            load_pack(pack_id, job.options.extra_rules)
    except RunError:
        pass  # an invalid pack is reported by each dossier that needs it
    if first.is_dir() and not legacy_files(first):  # never LibreOffice in the parent
        try:
            check_dossier(first, job.options.pipeline())
        except Exception:  # noqa: BLE001 — a warm-up only; the worker reports what is wrong
            pass
