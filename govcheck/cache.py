"""govcheck's on-disk cache: dossier results and LibreOffice conversions, keyed by content hash.

Two kinds of entry, each a file named by the SHA-256 of what decides its content:
- ``results``: a dossier's JSON report, keyed by the dossier's content (every file's bytes and
  relative path), the rule packs and vocabulary, govcheck's code and the options that change
  results (jurisdiction, stage, as-of day, --set facts, language, extra packs);
- ``convert``: a legacy .doc/.wps converted to .docx by LibreOffice, keyed by the file's bytes —
  the expensive part of reading, done once per distinct file.

Safe under concurrent runs: an entry is written to a temporary file in the same folder and
renamed into place (atomic on POSIX and Windows), so a reader sees a whole entry or none; two
writers of one key write the same bytes. Bounded: ``prune`` removes the least recently used
entries until the cache is under its size limit (a hit refreshes an entry's time).

Where: --cache-dir, else $GOVCHECK_CACHE_DIR, else the user cache directory
(~/.cache/govcheck, $XDG_CACHE_HOME/govcheck, ~/Library/Caches/govcheck, %LOCALAPPDATA%/govcheck).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

DEFAULT_LIMIT_BYTES = 512 * 1024 * 1024
KINDS = ("results", "convert", "packs", "documents", "stat")

# The cache in force for this process (set by `batch`; None: no cache). A module setting rather
# than an argument so the LibreOffice reader can use it without every reader passing it along.
_active: "Cache | None" = None


def user_cache_dir() -> Path:
    env = os.environ.get("GOVCHECK_CACHE_DIR")
    if env:
        return Path(env)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "govcheck" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "govcheck"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "govcheck"


class Cache:
    def __init__(self, root: Path, limit_bytes: int = DEFAULT_LIMIT_BYTES) -> None:
        self.root = Path(root)
        self.limit_bytes = limit_bytes

    def _file(self, kind: str, key: str) -> Path:
        return self.root / kind / key[:2] / key

    def get(self, kind: str, key: str) -> bytes | None:
        f = self._file(kind, key)
        try:
            data = f.read_bytes()
        except OSError:
            return None
        with contextlib.suppress(OSError):
            os.utime(f)  # least recently used goes first when pruning
        return data

    def put(self, kind: str, key: str, data: bytes) -> None:
        """Best effort: a cache that cannot be written never fails the check."""
        f = self._file(kind, key)
        try:
            f.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=f.parent, prefix=".tmp-")
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(data)
                os.replace(tmp, f)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
        except OSError:
            pass

    def prune(self) -> int:
        """Remove least recently used entries until the cache fits its limit; returns how many."""
        entries = []
        for kind in KINDS:
            for f in (self.root / kind).glob("*/*"):
                with contextlib.suppress(OSError):
                    st = f.stat()
                    entries.append((st.st_mtime, st.st_size, f))
        total = sum(size for _, size, _ in entries)
        removed = 0
        for _, size, f in sorted(entries, key=lambda e: e[0]):
            if total <= self.limit_bytes:
                break
            with contextlib.suppress(OSError):
                f.unlink()
                total -= size
                removed += 1
        return removed


def activate(cache: Cache | None, documents: bool = False) -> None:
    """The cache in force for this process; ``documents``: keep parsed files in it too (only
    with the user's cache — `--no-cache` means no file's reading is remembered)."""
    global _active, _documents
    _active = cache
    _documents = documents and cache is not None


def active() -> Cache | None:
    return _active


def documents_cache() -> Cache | None:
    """Where parsed files are kept (the per-file read cache), or None."""
    return _active if _documents else None


_documents = False


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def tree_digest(path: Path, entries: list | None = None, store: "Cache | None" = None) -> str:
    """A dossier's content: every file's relative path and bytes (a .zip: its bytes).
    ``entries``: the folder's tree_entries, when the caller has them already. ``store``: where
    the files' digests are remembered with their status (see _StatRecord)."""
    h = hashlib.sha256()
    if path.is_file():
        h.update(_file_digest(path))
        return h.hexdigest()
    record = _StatRecord(store, path)
    for rel, entry in sorted(entries if entries is not None else tree_entries(os.fspath(path)),
                             key=lambda e: e[0]):
        name = "/".join(rel)
        # fsencode: a name that is not UTF-8 (a folder made on another system) still hashes
        h.update(os.fsencode(name) + b"\0")
        if entry.is_symlink():  # a link is never followed (docs/security.md): its target names it
            h.update(b"link:" + os.fsencode(os.readlink(entry.path)))
        else:
            h.update(record.digest(name, entry))
    record.save()
    return h.hexdigest()


class _StatRecord:
    """A dossier's file digests remembered with each file's status (size, modification and
    status-change times, inode), as git's index and ccache do: a warm re-run hashes a file
    again only when its status changed — reading and hashing every byte of a round was most of
    the re-run. A digest is trusted only if the file's status-change time (which no tool can set
    back, unlike the modification time) lies over 2 s before the record was begun, so a change
    within one timestamp tick of the hashing is never missed. Not on Windows, whose ctime is
    the creation time. No store (--no-cache): every file is hashed."""

    _MARGIN_NS = 2_000_000_000

    def __init__(self, store: "Cache | None", folder: Path) -> None:
        self.store = store if os.name != "nt" else None
        self.key = sha256(os.fsencode(os.path.abspath(folder)))
        self.started = time.time_ns()
        self.files: dict[str, list] = {}
        self.changed = False
        self.known: dict[str, list] = {}
        self.known_time = 0
        if self.store is not None:
            raw = self.store.get("stat", self.key)
            try:
                loaded = json.loads(raw) if raw else {}
                self.known, self.known_time = dict(loaded.get("files", {})), int(loaded.get("time", 0))
            except (ValueError, TypeError, AttributeError):
                pass  # a damaged record: every file is hashed

    def digest(self, name: str, entry: os.DirEntry) -> bytes:
        try:
            st = entry.stat(follow_symlinks=False)
            status = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]
        except OSError:
            status = None
        old = self.known.get(name)
        if (status is not None and isinstance(old, list) and len(old) == 5 and old[:4] == status
                and status[2] < self.known_time - self._MARGIN_NS):
            self.files[name] = old
            return bytes.fromhex(old[4])
        value = _file_digest(Path(entry.path))
        if status is not None:
            self.files[name] = [*status, value.hex()]
        self.changed = True
        return value

    def save(self) -> None:
        if self.store is not None and (self.changed or self.files.keys() != self.known.keys()):
            self.store.put("stat", self.key, json.dumps({"time": self.started, "files": self.files}).encode())


def tree_entries(folder: str, rel: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], os.DirEntry]]:
    """(relative path parts, entry) of every file and symbolic link below ``folder``; links to
    folders are not followed. os.scandir: a warm re-run hashes every dossier, and pathlib's
    rglob + stat calls per file cost as much as the hashing."""
    out: list[tuple[tuple[str, ...], os.DirEntry]] = []
    try:
        with os.scandir(folder) as it:
            entries = list(it)
    except OSError:
        return out
    for entry in entries:
        parts = (*rel, entry.name)
        if entry.is_symlink() or entry.is_file(follow_symlinks=False):
            out.append((parts, entry))
        elif entry.is_dir(follow_symlinks=False):
            out += tree_entries(entry.path, parts)
    return out


def _file_digest(f: Path) -> bytes:
    h = hashlib.sha256()
    with f.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.digest()


def code_digest() -> str:
    """govcheck's version, its code and its data (packs, vocabulary) — what a result depends on
    besides the dossier and the options. Each file counts by its path, size and modification
    time, not its bytes: an edited checkout (or another install) never serves results of the old
    code or packs, and a start reads no file for it (reading the packs' 0.8 MB was most of the
    cost of a warm re-run's key). Content keys stay where a file comes from a user (dir_digest,
    the dossiers) and where a pack's bytes are the key of its parsed form (load_compiled_pack)."""
    from . import __version__

    h = hashlib.sha256(__version__.encode())
    here = Path(__file__).resolve().parent
    for label, root, suffix in (("code", here, ".py"), ("data", here / "data", ""), ("rules", rules_dir(), "")):
        for parts, entry in sorted(tree_entries(os.fspath(root)), key=lambda e: e[0]):
            # bytecode changes as Python compiles, not as the code does
            if "__pycache__" in parts or not entry.name.endswith(suffix):
                continue
            try:
                st = entry.stat()
            except OSError:  # a dangling link: nothing to run or read
                continue
            h.update(f"{label}/{'/'.join(parts)}:{st.st_size}:{st.st_mtime_ns}\0".encode())
    return h.hexdigest()


def rules_dir() -> Path:
    """packs.load.builtin_rules_dir(), found without importing the pack loader (pydantic
    schemas, YAML): a warm re-run computes the code digest and needs nothing else of it."""
    here = Path(__file__).resolve().parent
    bundled = here / "_rules"
    return bundled if bundled.is_dir() else here.parent / "rules"


def dir_digest(dirs: tuple[Path, ...]) -> str:
    """Extra --rules folders: their files' names and bytes."""
    h = hashlib.sha256()
    for d in dirs:
        for f in sorted(Path(d).rglob("*")):
            if f.is_file():
                h.update(f.name.encode() + _file_digest(f))
    return h.hexdigest()


_CODE_DIGEST: str | None = None


def code_digest_once() -> str:
    global _CODE_DIGEST
    if _CODE_DIGEST is None:
        _CODE_DIGEST = code_digest()
    return _CODE_DIGEST


def load_compiled_pack(path: Path, parse: "Callable[[Path], Any]") -> Any:
    """A rule pack parsed and validated once per content: from the user cache (a pickle keyed
    by the pack file's bytes and govcheck's code and data), else ``parse(path)`` and stored.
    An invalid pack raises from ``parse`` every time (errors are never cached). Set
    GOVCHECK_NO_PACK_CACHE=1 to bypass."""
    if os.environ.get("GOVCHECK_NO_PACK_CACHE"):
        return parse(path)
    try:
        data = path.read_bytes()
        # the quotes are checked against the pack's source text: its bytes are part of the key
        for source in sorted(path.parent.glob(f"sources/{path.stem}.*")):
            data += b"\0" + source.read_bytes()
    except OSError:
        return parse(path)  # it says what is wrong
    return _parsed_once(sha256(f"{code_digest_once()}:{path.stem}:".encode() + data), path, parse)


def load_compiled_data(path: Path, parse: "Callable[[Path], Any]") -> Any:
    """A vocabulary data file (govcheck/data/*.yaml) parsed once per content, like the packs
    (load_compiled_pack): a pickle in the user cache keyed by the file's bytes and govcheck's
    code, else ``parse(path)`` and stored. Parsing documents.yaml and facts.yaml was a tenth of
    a `validate` on a small dossier. GOVCHECK_NO_PACK_CACHE=1 bypasses it too."""
    if os.environ.get("GOVCHECK_NO_PACK_CACHE"):
        return parse(path)
    try:
        data = path.read_bytes()
    except OSError:
        return parse(path)  # it says what is wrong
    return _parsed_once(sha256(f"{code_digest_once()}:data:{path.name}:".encode() + data), path, parse)


def load_parsed_text(kind: str, text: str, parse: "Callable[[str], Any]") -> Any:
    """A small YAML text found in a dossier (its manifest) parsed once per content, like the
    packs: importing PyYAML alone (its scanner compiles a Unicode-wide pattern) is a tenth of a
    `validate` on a small dossier, for a file of a few lines that rarely changes between runs.
    A text that does not parse raises from ``parse`` every time (errors are never cached)."""
    if os.environ.get("GOVCHECK_NO_PACK_CACHE"):
        return parse(text)
    return _parsed_once(sha256(f"{code_digest_once()}:{kind}:".encode() + text.encode()), text, parse)


def _parsed_once(key: str, source: Any, parse: "Callable[[Any], Any]") -> Any:
    """The pickle stored under ``key`` in the user cache's packs area, else ``parse(source)``
    stored there (shared by packs, vocabulary data files and manifests)."""
    import pickle

    store = Cache(user_cache_dir())
    hit = store.get("packs", key)
    if hit is not None:
        try:
            return pickle.loads(hit)
        except Exception:  # noqa: BLE001 — a damaged or foreign entry: parse again
            pass
    parsed = parse(source)
    with contextlib.suppress(Exception):  # what cannot be pickled is merely not cached
        store.put("packs", key, pickle.dumps(parsed, protocol=pickle.HIGHEST_PROTOCOL))
    return parsed
