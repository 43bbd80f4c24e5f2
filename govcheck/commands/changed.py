"""`validate --changed [--since REF]`: the dossiers whose files changed, from git or from the
file names a pre-commit hook passes.

A changed file belongs to the nearest folder above it holding a govcheck.yaml; without one, to
its own folder; a .zip is a dossier itself. Only dossier material counts (documents, archives,
the manifest), so a change to README.md or CI files checks nothing.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from ..errors import RunError
from ..identify.manifest import MANIFEST_NAME

MATERIAL_SUFFIXES = {".docx", ".xlsx", ".xlsm", ".pdf", ".doc", ".wps", ".xls", ".et", ".ods",
                     ".odt", ".zip"}


def _git(args: list[str], cwd: Path) -> list[str]:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True,
                              check=False, timeout=60)
    except FileNotFoundError:
        raise RunError("--changed needs git, which is not installed") from None
    if done.returncode != 0:
        raise RunError(f"git {' '.join(args)}: {done.stderr.strip() or 'failed'}")
    return [line for line in done.stdout.splitlines() if line.strip()]


def changed_files(since: str | None, cwd: Path) -> tuple[Path, list[Path]]:
    """(repository root, files changed since REF — default HEAD — including staged, unstaged
    and untracked ones)."""
    root = Path(_git(["rev-parse", "--show-toplevel"], cwd)[0])
    ref = since or "HEAD"
    has_head = subprocess.run(["git", "rev-parse", "--verify", "-q", "HEAD"], cwd=cwd,
                              capture_output=True).returncode == 0
    if since is None and not has_head:  # a repository without commits: everything staged
        names = _git(["diff", "--name-only", "--cached", "-z"], root)
    else:
        names = _git(["diff", "--name-only", "-z", ref], root)
    names += _git(["ls-files", "--others", "--exclude-standard", "-z"], root)
    files = [root / n for chunk in names for n in chunk.split("\0") if n]
    return root, files


def _is_material(path: Path) -> bool:
    return path.name == MANIFEST_NAME or path.suffix.lower() in MATERIAL_SUFFIXES


def dossier_of(file: Path, root: Path) -> Path | None:
    if file.suffix.lower() == ".zip":
        return file if file.exists() else None
    folder = file.parent
    for candidate in (folder, *folder.parents):
        if candidate == root.parent or not str(candidate).startswith(str(root)):
            break
        if (candidate / MANIFEST_NAME).is_file():
            return candidate
    if folder == root or not folder.is_dir():
        return None  # a file at the top of the repository is in no dossier
    return folder


def _display(p: Path) -> Path:
    try:
        return Path(os.path.relpath(p))
    except ValueError:
        return p


def changed_dossiers(paths: list[Path], since: str | None) -> list[Path]:
    """paths: files (a hook's changed files) and/or folders limiting where to look."""
    given_files = [p for p in paths if not p.is_dir()]
    scopes = [p.resolve() for p in paths if p.is_dir()]
    if given_files:
        if since is not None:
            raise RunError("--since reads git; it does not go with file names")
        missing = [p for p in given_files if not p.exists()]
        files = [p.resolve() for p in given_files if p.exists()]
        if missing and not files:
            return []  # deleted files only: nothing left to check
        try:  # the repository's top, or (outside git) the working directory
            root = Path(_git(["rev-parse", "--show-toplevel"], Path.cwd())[0]).resolve()
        except RunError:
            root = Path.cwd().resolve()
    else:
        root, files = changed_files(since, scopes[0] if scopes else Path.cwd())
        root = root.resolve()
        files = [f.resolve() if f.exists() else f for f in files]
    found: dict[Path, None] = {}
    for f in files:
        if not _is_material(f):
            continue
        d = dossier_of(f, root)
        if d is None:
            continue
        if scopes and not any(d == s or d.is_relative_to(s) for s in scopes):
            continue
        found[d] = None
    return [_display(d) for d in sorted(found)]
