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
    assert len(set(results.values())) >= 4  # 9 tasks, 2 per worker (3 for the last ones: bounded memory)


def _marker_seen(marker: str) -> bool:
    return os.path.exists(marker)


def test_held_tasks_wait_for_their_gate_in_the_same_pool(tmp_path) -> None:
    """The dossiers with legacy files wait for the converter (the gate) while the others run:
    the held tasks see the marker the gate's opener writes before opening it, the others ran
    before it existed."""
    import multiprocessing

    marker = tmp_path / "converted"
    tasks = [str(marker)] * 6
    gate, opener = multiprocessing.Pipe(duplex=False)
    results = {}
    for index, seen in local_pool(_marker_seen, tasks, workers=2, timeout=None, hold_from=4, gate=gate):
        results[index] = seen
        if len(results) == 4:  # every free task done: the pool now waits on the gate alone
            assert sorted(results) == [0, 1, 2, 3]
            marker.write_text("done")
            opener.send(True)
    assert results == {0: False, 1: False, 2: False, 3: False, 4: True, 5: True}


def test_a_gate_already_open_holds_nothing(tmp_path) -> None:
    import multiprocessing

    gate, opener = multiprocessing.Pipe(duplex=False)
    opener.send(True)
    order = [i for i, _ in local_pool(_work, ["x", "y", "z"], workers=1, timeout=None, hold_from=1, gate=gate)]
    assert order == [0, 1, 2]


def test_the_last_tasks_go_to_a_worker_past_its_limit_not_a_fresh_one() -> None:
    """Two workers, three tasks, one task each per worker: whichever worker finishes first takes
    the third (fewer tasks left than workers) instead of a replacement forked for it alone."""
    results = dict(local_pool(_pid, [0, 1, 2], workers=2, timeout=None, max_tasks=1))
    assert sorted(results) == [0, 1, 2]
    assert len(set(results.values())) == 2


def test_one_worker_is_replaced_at_its_limit_even_for_the_last_task() -> None:
    results = dict(local_pool(_pid, [0, 1, 2], workers=1, timeout=None, max_tasks=2))
    assert results[0] == results[1] != results[2]


def test_a_worker_that_died_while_waiting_for_the_gate_is_replaced(tmp_path) -> None:
    """An idle worker killed (the OOM killer, say) while the held tasks wait: the pool forks a
    fresh one when the gate opens, and every task still runs."""
    import multiprocessing

    gate, opener = multiprocessing.Pipe(duplex=False)
    results = {}
    for index, pid in local_pool(_pid, [0, 1], workers=1, timeout=None, hold_from=1, gate=gate):
        results[index] = pid
        if index == 0:
            os.kill(pid, signal.SIGKILL)
            while True:  # reaped by nobody yet: wait until it is gone
                try:
                    os.kill(pid, 0)
                    with open(f"/proc/{pid}/stat") as f:
                        if f.read().split(") ")[1].startswith("Z"):
                            break
                except (ProcessLookupError, FileNotFoundError):
                    break
                time.sleep(0.01)
            opener.send(True)
    assert sorted(results) == [0, 1]
    assert isinstance(results[1], int) and results[1] != results[0]  # run by a fresh worker, not a failure
