"""The per-file time limit: a reader that takes longer than ``file_seconds`` is abandoned.

Python cannot kill a thread, so the limit is a SIGALRM timer (POSIX, main thread — which is
where the CLI and each batch worker process read). When it fires, the handler raises
FileTimeout inside whatever the reader is doing; the reader's Python frames unwind and the
file becomes a finding, and the rest of the dossier is read. Where no timer can be armed
(Windows, another thread), the limit is kept by the checks readers make between rows
(``expired``), and LibreOffice conversions keep their own timeout (legacy.py).
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Iterator


class FileTimeout(BaseException):
    """The file took longer than its time limit. A BaseException, so a reader's own
    `except Exception` (one broken PDF page must not lose the others) cannot swallow it."""


_deadline: float | None = None


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    global _deadline
    outer = _deadline
    _deadline = time.monotonic() + seconds
    armed = _can_arm() and outer is None
    if armed:
        previous = signal.signal(signal.SIGALRM, _expire)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        if armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        _deadline = outer


def expired() -> bool:
    """For readers' loops: has the current file's time run out?"""
    return _deadline is not None and time.monotonic() > _deadline


def check() -> None:
    if expired():
        raise FileTimeout


def _can_arm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _expire(signum, frame) -> None:  # noqa: ARG001 — the signal handler's signature
    raise FileTimeout
