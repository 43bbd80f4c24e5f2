"""Where a batch's dossiers are checked: a local pool of worker processes, or Dask distributed.

Both take a picklable function and a list of tasks and yield ``(index, result)`` as results come
in (not in input order), where a dossier that could not be checked yields a ``Failure`` instead
of stopping the batch.

The local pool is ours rather than concurrent.futures': a dossier that hangs must be stopped
after its timeout, and a worker that dies (a segfault in a parser, the OOM killer) must cost
that one dossier — ProcessPoolExecutor can do neither (a dead worker breaks the whole pool,
a running task cannot be cancelled).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass
class Failure:
    """A task that produced no result: ``kind`` is "timeout" | "crashed" | "error"."""

    kind: str
    detail: str


def _worker_loop(conn: Any, fn: Callable[[Any], Any]) -> None:
    # The worker leads its own process group, so a timeout kills what it started too (LibreOffice).
    with contextlib.suppress(OSError):
        os.setpgid(0, 0)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, _terminated)
    parent = os.getppid()
    while True:
        try:
            # Waiting in slices: a parent killed outright (SIGKILL) leaves this worker's pipe
            # open in its siblings, so no end-of-file would come; a new parent id says it.
            while not conn.poll(1.0):
                if os.getppid() != parent:
                    return
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        index, task = job
        try:
            result: Any = fn(task)
        except BaseException as e:  # noqa: BLE001 — reported as this dossier's failure
            result = Failure("error", f"{type(e).__name__}: {e}")
        try:
            conn.send((index, result))
        except (OSError, ValueError):
            return


def _terminated(signum: int, frame: Any) -> None:
    """Stopped (a timeout): first what this worker started in sessions of its own — a
    LibreOffice conversion — which killing the worker's group would not reach."""
    legacy = sys.modules.get("govcheck.read.legacy")
    if legacy is not None:
        legacy.kill_running()
    os._exit(1)


class _Worker:
    def __init__(self, ctx: Any, fn: Callable[[Any], Any]) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_loop, args=(child, fn), daemon=True)
        self.proc.start()
        child.close()
        self.index: int | None = None  # the task it is working on
        self.deadline = 0.0
        self.done = 0  # tasks finished

    def kill(self) -> None:
        if self.proc.is_alive():
            with contextlib.suppress(ProcessLookupError, PermissionError, OSError):
                os.kill(self.proc.pid, signal.SIGTERM)  # lets it stop its LibreOffice
            self.proc.join(2)
        with contextlib.suppress(ProcessLookupError, PermissionError, OSError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        with contextlib.suppress(Exception):
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
        self.proc.join(5)
        if self.proc.is_alive():
            self.kill()
        else:
            self.conn.close()


def _context() -> Any:
    # fork where there is one: workers inherit the parent's imports and loaded packs, so none
    # pays the start-up again; elsewhere the platform default (spawn) works, only slower.
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


# A worker is replaced by a fresh one after this many tasks: what a long batch leaves behind in
# a worker (allocator fragmentation; the memos are bounded) then cannot grow with the number of
# dossiers. Not much more often: a fresh worker pays the fork's copy-on-write faults and starts
# with empty memos — replacing one every 5 dossiers made a batch --workers 1 cost ≈1.5× the CPU
# (farm-bench, 200 dossiers), for no difference in peak memory at 10 or 300 dossiers.
MAX_TASKS_PER_WORKER = 50


def local_pool(fn: Callable[[Any], Any], tasks: Sequence[Any], workers: int,
               timeout: float | None, started: Callable[[], None] | None = None,
               max_tasks: int = MAX_TASKS_PER_WORKER, hold_from: int | None = None,
               gate: Any = None) -> Iterator[tuple[int, Any]]:
    """Run ``fn`` on every task in ``workers`` processes; one task at a time per worker, in
    input order. ``started`` is called once the workers exist. The tasks from index
    ``hold_from`` on wait until ``gate`` (anything multiprocessing's ``wait`` takes: a process
    sentinel) is ready — the dossiers whose legacy files LibreOffice is converting — in the
    same pool: no second pool to fork, and no worker idle at the switch while another
    finishes its last dossier."""
    from multiprocessing.connection import wait

    ctx = _context()
    pending = list(range(len(tasks)))[::-1]  # popped from the end: input order
    released = gate is None or hold_from is None
    pool = [_Worker(ctx, fn) for _ in range(max(1, min(workers, len(tasks))))]
    if started is not None:
        started()
    try:
        while True:
            for i, w in enumerate(pool):
                if w.index is None and pending and (released or pending[-1] < hold_from):
                    try:
                        w.conn.send((pending[-1], tasks[pending[-1]]))
                    except (OSError, ValueError):
                        # died while idle (killed while waiting for the gate, say): a fresh one
                        pool[i] = w = _replace(ctx, fn, w)
                        w.conn.send((pending[-1], tasks[pending[-1]]))
                    w.index = pending.pop()
                    w.deadline = time.monotonic() + timeout if timeout else float("inf")
            busy = [w for w in pool if w.index is not None]
            if not busy and not pending:
                return
            nearest = min((w.deadline for w in busy), default=float("inf")) - time.monotonic()
            ready = wait([w.conn for w in busy] + [w.proc.sentinel for w in busy] + ([] if released else [gate]),
                         timeout=None if nearest == float("inf") else max(0.0, nearest))
            if not released and gate in ready:
                released = True
            for i, w in enumerate(pool):
                if w.index is None:
                    continue
                if w.conn in ready:
                    try:
                        index, result = w.conn.recv()
                    except (EOFError, OSError):
                        index, result = w.index, Failure("crashed", _death(w))
                        pool[i] = _replace(ctx, fn, w)
                    else:
                        w.index = None
                        w.done += 1
                        # Not for the batch's last few tasks (_tail): a fresh worker's first
                        # dossier costs ~3× a warm one's (the fork's faults, empty memos), and
                        # one forked for the last 3 dossiers ends the batch after its sibling.
                        if w.done >= max_tasks and len(pending) > _tail(max_tasks, len(pool)):
                            w.stop()
                            pool[i] = _Worker(ctx, fn)
                    yield index, result
                elif w.proc.sentinel in ready:
                    index = w.index
                    detail = _death(w)
                    pool[i] = _replace(ctx, fn, w)
                    yield index, Failure("crashed", detail)
                elif time.monotonic() >= w.deadline:
                    index = w.index
                    pool[i] = _replace(ctx, fn, w)
                    yield index, Failure("timeout", f"{timeout:g}")
    except BaseException:
        # Interrupted (Ctrl-C, SIGTERM, the consumer gone): the workers go at once, with what
        # they started, rather than finishing dossiers nobody will read.
        for w in pool:
            w.kill()
        raise
    for w in pool:
        w.stop()


def _tail(max_tasks: int, workers: int) -> int:
    """How many tasks may be left for the workers past their max_tasks rather than for a fresh
    one: a tenth of max_tasks a worker (5 of 50; the fresh one's share would be about that
    few), and at least the other workers' count (with fewer tasks left than workers, a fresh one
    would only end the batch later). Memory stays bounded: a worker runs at most max_tasks plus
    this many tasks."""
    return max(max_tasks // 10 * workers, workers - 1)


def _death(w: _Worker) -> str:
    w.proc.join(1)
    code = w.proc.exitcode
    if code is not None and code < 0:
        try:
            return signal.Signals(-code).name
        except ValueError:
            return f"signal {-code}"
    return f"exit code {code}"


def _replace(ctx: Any, fn: Callable[[Any], Any], w: _Worker) -> _Worker:
    w.kill()
    return _Worker(ctx, fn)


def dask_pool(fn: Callable[[Any], Any], tasks: Sequence[Any], scheduler: str) -> Iterator[tuple[int, Any]]:
    """The same tasks on a Dask distributed cluster (``pip install 'govcheck[dask]'``).

    Dask cannot stop one running task, so --timeout does not apply here; a task that raises
    (or whose worker dies past Dask's retries) is that dossier's failure row."""
    try:
        # heavy and optional: imported only for --executor dask
        from dask.distributed import Client, as_completed
    except ImportError as e:
        from ..errors import RunError

        raise RunError("--executor dask needs Dask distributed: pip install 'govcheck[dask]'") from e
    with Client(scheduler, timeout="30s") as client:
        futures = client.map(fn, list(tasks), pure=False)
        where = {f.key: i for i, f in enumerate(futures)}
        for fut in as_completed(futures):
            index = where[fut.key]
            try:
                result = fut.result()
            except BaseException as e:  # noqa: BLE001 — a failed task is that dossier's row
                result = Failure("error", f"{type(e).__name__}: {e}")
            yield index, result
            fut.release()
