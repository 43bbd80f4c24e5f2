"""The local worker pool: a task that hangs is stopped at its timeout and one whose worker dies
is a failure of that task only — the others still run, and the pool keeps its size."""

from __future__ import annotations

import os
import signal
import time

from govcheck.batch.executors import Failure, local_pool


def _work(task: str) -> str:
    if task == "hang":
        time.sleep(60)
    if task == "die":
        os.kill(os.getpid(), signal.SIGKILL)
    if task == "raise":
        raise ValueError("bad input")
    return task.upper()


def test_hang_and_death_cost_one_task_each() -> None:
    tasks = ["a", "hang", "b", "die", "c", "raise", "d"]
    results = dict(local_pool(_work, tasks, workers=2, timeout=3))
    assert {tasks[i]: r for i, r in results.items() if not isinstance(r, Failure)} == {
        "a": "A", "b": "B", "c": "C", "d": "D"}
    assert results[1] == Failure("timeout", "3")
    assert results[3] == Failure("crashed", "SIGKILL")
    assert results[5] == Failure("error", "ValueError: bad input")


def test_one_worker_runs_every_task_in_order() -> None:
    order = [i for i, _ in local_pool(_work, ["x", "y", "z"], workers=1, timeout=None)]
    assert order == [0, 1, 2]


def test_no_tasks_no_workers() -> None:
    assert list(local_pool(_work, [], workers=4, timeout=1)) == []


def _pid(task: int) -> int:
    return os.getpid()


def test_workers_are_replaced_after_max_tasks() -> None:
    results = dict(local_pool(_pid, list(range(9)), workers=2, timeout=None, max_tasks=2))
    assert sorted(results) == list(range(9))
    assert len(set(results.values())) >= 4  # 9 tasks, at most 2 per worker (bounded memory)
