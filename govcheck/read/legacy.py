"""Old word-processor formats (.doc, .wps, .odt) through LibreOffice, when it is installed.

No Python library reads .doc/.wps text reliably, and LibreOffice does. It converts a copy in a
private temporary directory (never inside the dossier), with a profile of govcheck's own so a
running LibreOffice of the user's, or a parallel govcheck, neither blocks nor is disturbed.

Starting LibreOffice is the cost (about a second; a fresh profile about 0.1 s more), the
conversion itself is cheap, so:
- a conversion uses the shared profile in the user cache directory (``shared_profile``), kept
  across runs, while it holds that profile's lock; a process that finds it locked (another
  conversion is running) uses a private profile of its own instead, created on first use and
  removed at exit (a new one after a conversion had to be killed);
- ``convert_many`` converts any number of files in ONE LibreOffice start (`batch` sends a run's
  legacy files through it before checking), into the conversion cache;
- with a cache active (``govcheck.cache``), a file already converted — same bytes — is not
  converted again.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ..model import Document
# A batch names its run folder there: its workers' profiles live inside it (pipeline reads the
# name from here too).
from ..rundir import RUN_DIR_ENV
from .problems import ReadProblem

TIMEOUT_SECONDS = 60
_NAMES = {"doc": "旧版 .doc 文件", "wps": "WPS 文字 .wps 文件", "odt": "OpenDocument .odt 文件"}


def find_soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def read_legacy_text(data: bytes, doc: Document) -> None:
    soffice = find_soffice()
    what = _NAMES.get(doc.format, f".{doc.format} 文件")
    if soffice is None:
        raise ReadProblem("legacy", f"{what}：安装 LibreOffice 或另存为 .docx 后可检查内容")
    converted = convert_to_docx(soffice, data, doc.format)
    from .docx import read_docx

    read_docx(converted, doc)
    doc.notes.append("经 LibreOffice 转换为 .docx 后读取")


def conversion_key(data: bytes, ext: str) -> str:
    import hashlib

    return hashlib.sha256(ext.encode() + b"\0" + data).hexdigest()


def convert_to_docx(soffice: str, data: bytes, ext: str) -> bytes:
    from ..cache import active

    store = active()
    key = conversion_key(data, ext) if store is not None else ""
    if store is not None:
        hit = store.get("convert", key)
        if hit is not None:
            return hit
    with tempfile.TemporaryDirectory(prefix="govcheck-lo-") as tmp:
        work = Path(tmp)
        src = work / f"input.{ext}"
        src.write_bytes(data)
        out = work / "out"
        with _profile_lease() as (profile, lock):
            _run(_command(soffice, out, [src], profile), profile=profile, lock=lock)
        result = out / "input.docx"
        if not result.is_file():
            raise ReadProblem("unreadable", "LibreOffice 无法转换该文件（文件可能已损坏或加密）")
        converted = result.read_bytes()
    if store is not None:
        store.put("convert", key, converted)
    return converted


def convert_many(soffice: str, files: list[tuple[bytes, str]], store: object,
                 limit: float | None = None) -> int:
    """Convert every (bytes, ext) in one LibreOffice start, into ``store`` (a cache.Cache);
    returns how many were converted. Files it cannot convert are simply not stored: each is
    then converted on its own when read, and reported there."""
    todo = {conversion_key(data, ext): (data, ext) for data, ext in files}
    if not todo:
        return 0
    with tempfile.TemporaryDirectory(prefix="govcheck-lo-") as tmp:
        work = Path(tmp)
        sources = []
        for key, (data, ext) in todo.items():
            src = work / f"{key}.{ext}"
            src.write_bytes(data)
            sources.append(src)
        out = work / "out"
        try:
            with _profile_lease() as (profile, lock):
                _run(_command(soffice, out, sources, profile),
                     min(TIMEOUT_SECONDS + 5 * len(sources), limit or float("inf")), profile, lock)
        except ReadProblem:
            pass  # what was converted before the stop is kept
        done = 0
        for key in todo:
            result = out / f"{key}.docx"
            if result.is_file():
                store.put("convert", key, result.read_bytes())  # type: ignore[attr-defined]
                done += 1
        return done


def _command(soffice: str, out: Path, sources: list[Path], profile: Path) -> list[str]:
    return [
        soffice,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
        "--convert-to", "docx", "--outdir", str(out), *(str(s) for s in sources),
    ]


# The LibreOffice profile kept across runs, in the user cache directory. It is used under
# --no-cache too: --no-cache means no result, conversion or parsed file is reused, and the
# profile is none of those but LibreOffice's own configuration, which changes nothing a
# conversion produces (a batch's JSON lines are the same with a fresh profile or this one); it
# saves LibreOffice creating a new one on every start (≈0.1 s of ≈1.1 s CPU per start).
SHARED_PROFILE = "libreoffice-profile"


@contextlib.contextmanager
def _profile_lease() -> Iterator[tuple[Path, int | None]]:
    """The profile for ONE LibreOffice start and the lock held for it: the shared profile while
    its lock is held — two LibreOffice processes must never run on one profile (the second
    hands its conversion to the first, or refuses the locked profile) — else, when another
    conversion holds it or there is no file locking (Windows) or no writable cache, this
    process's private profile (no lock)."""
    lock = _lock_shared()
    if lock is None:
        yield _profile(), None
        return
    fd, profile = lock
    try:
        # Every LibreOffice on the shared profile holds its lock (_run hands it the descriptor),
        # so none runs on it now: a lock file of LibreOffice's own left there by a crash is stale.
        with contextlib.suppress(OSError):
            (profile / ".lock").unlink()
        yield profile, fd
    finally:
        os.close(fd)  # releases the lock, unless a LibreOffice still running holds it too


def _lock_shared() -> tuple[int, Path] | None:
    try:
        import fcntl
    except ImportError:
        return None
    from ..cache import user_cache_dir

    home = user_cache_dir()
    try:
        home.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(home / f"{SHARED_PROFILE}.lock", os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd, home / SHARED_PROFILE


def _discard(profile: Path) -> None:
    """After a killed conversion its profile may be left locked or half-written: start anew
    (the shared one is removed while its lock is still held)."""
    if _PROFILE is not None and _PROFILE[0] == os.getpid() and profile == _PROFILE[1]:
        _forget_profile()
    else:
        shutil.rmtree(profile, ignore_errors=True)


# This process's private LibreOffice profile: (pid, folder). Keyed by pid because forked batch workers
# inherit the module: two processes must never share one profile (LibreOffice would hand the
# second conversion to the first process, or refuse the locked profile).
_PROFILE: tuple[int, Path] | None = None


def _profile() -> Path:
    global _PROFILE
    if _PROFILE is None or _PROFILE[0] != os.getpid():
        import atexit

        base = os.environ.get(RUN_DIR_ENV)
        folder = Path(tempfile.mkdtemp(prefix="govcheck-lo-profile-", dir=base if base and os.path.isdir(base) else None))
        atexit.register(shutil.rmtree, folder, True)
        _PROFILE = (os.getpid(), folder / "profile")
    return _PROFILE[1]


def release_profile() -> None:
    """Remove this process's profile now (validate: when its dossier is done), so no temporary
    file outlives the check even when the process goes on (a library caller, a test runner)."""
    _forget_profile()


def _forget_profile() -> None:
    """After a killed conversion the profile may be left locked or half-written: start anew."""
    global _PROFILE
    if _PROFILE is not None and _PROFILE[0] == os.getpid():
        shutil.rmtree(_PROFILE[1].parent, ignore_errors=True)
    _PROFILE = None


# Process groups of the conversions running in this process: a batch worker stopped at its
# dossier's timeout kills them first (they run in sessions of their own, out of its reach).
RUNNING: set[int] = set()


def kill_running() -> None:
    for pgid in list(RUNNING):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pgid, signal.SIGKILL)


# LibreOffice fetches the images an .odt/.doc/HTML file links to (http, https, ftp) while
# converting it. Its fetcher (curl) honours the proxy variables, so every converter is started
# with each proxy pointing at the discard port, where nothing listens: nothing leaves the machine
# (docs/security.md; a test listens on 127.0.0.1 and must receive nothing).
_NOWHERE = "http://127.0.0.1:9"
_PROXY_VARS = ("http_proxy", "https_proxy", "ftp_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY",
               "FTP_PROXY", "ALL_PROXY")


def offline_env() -> dict[str, str]:
    env = dict(os.environ)
    env.update({k: _NOWHERE for k in _PROXY_VARS})
    env["no_proxy"] = env["NO_PROXY"] = ""
    return env


def _run(cmd: list[str], timeout: float | None = None, profile: Path | None = None,
         lock: int | None = None) -> None:
    # A new session, so on timeout the whole process group goes (soffice is a wrapper script
    # that starts soffice.bin; killing only the wrapper would leave the converter running).
    # LibreOffice inherits the shared profile's lock: should this process die first (a batch
    # worker killed at its timeout), the profile stays locked while LibreOffice runs on it.
    posix = hasattr(os, "killpg")
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=posix, env=offline_env(),
                            pass_fds=() if lock is None else (lock,))
    if posix:
        RUNNING.add(proc.pid)
    try:
        proc.wait(timeout=timeout or TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired as e:
        if posix:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
        proc.wait()
        if profile is not None:
            _discard(profile)
        raise ReadProblem("unreadable", f"LibreOffice 转换超时（{TIMEOUT_SECONDS} 秒）") from e
    finally:
        RUNNING.discard(proc.pid)
