"""Where a dossier's files come from: a folder walked recursively, or zip archives read in memory.

Nothing is ever extracted to disk (a dossier is evidence: govcheck must not write into it or
leave copies around). Zips are untrusted input, so every archive level shares one budget of
uncompressed bytes and files: a zip bomb becomes a per-file finding, not an exhausted machine.
"""

from __future__ import annotations

import os
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .problems import DossierError, ReadProblem

MAX_DEPTH = 3  # zip-in-zip levels inside the dossier that are expanded
MAX_TOTAL_BYTES = 500 * 1024 * 1024  # uncompressed bytes read from all archives of one dossier
MAX_FILES = 5000  # files in one dossier, archives included

_JUNK_NAMES = {"thumbs.db", "desktop.ini", "govcheck.yaml", "govcheck.yml"}
_UTF8_FLAG = 0x800
_ENCRYPTED_FLAG = 0x1
_UNICODE_PATH_EXTRA = 0x7075


@dataclass
class Entry:
    """One file of the dossier, not yet read."""

    path: str  # relative POSIX path; members of an inner zip: "附件.zip/附件1.docx"
    load: Callable[[], bytes]  # raises ReadProblem
    depth: int  # zip levels inside the dossier that contain it (0: directly in the dossier)


class Budget:
    """What is left of the uncompressed-bytes allowance, shared by every archive level."""

    def __init__(self, total: int | None = None):
        self.total = MAX_TOTAL_BYTES if total is None else total
        self.remaining = self.total

    def too_big(self) -> ReadProblem:
        mb = self.total // (1024 * 1024)
        return ReadProblem("unreadable", f"解压后超过 {mb} MB 上限（疑似压缩炸弹），未读取")


def is_junk(path: str) -> bool:
    """OS and editor litter, and the manifest (read by the pipeline, not a document)."""
    parts = path.split("/")
    # Dot entries: .DS_Store, AppleDouble "._x", WPS ".~x.docx" locks, .git, caches.
    if any(p == "__MACOSX" or p.startswith(".") for p in parts):
        return True
    base = parts[-1]
    return base.lower() in _JUNK_NAMES or base.startswith("~$")


# --------------------------------------------------------------------------- folders


def walk_folder(root: Path) -> Iterator[Entry]:
    unlistable: list[OSError] = []  # os.walk would otherwise skip such folders silently
    for dirpath, dirnames, filenames in os.walk(root, onerror=unlistable.append):  # no link loops
        rel_dir = Path(dirpath).relative_to(root).as_posix()
        dirnames[:] = sorted(d for d in dirnames if not is_junk(d))
        for name in sorted(filenames):
            rel = name if rel_dir == "." else f"{rel_dir}/{name}"
            if is_junk(rel):
                continue
            yield Entry(rel, _file_loader(Path(dirpath) / name), 0)
    for err in unlistable:
        if err.filename and Path(err.filename) != root:
            rel = Path(err.filename).relative_to(root).as_posix()
            yield Entry(rel, _raiser(ReadProblem("unreadable", f"无法打开文件夹（{type(err).__name__}）")), 0)


def _raiser(problem: ReadProblem) -> Callable[[], bytes]:
    def load() -> bytes:
        raise problem

    return load


def _file_loader(path: Path) -> Callable[[], bytes]:
    def load() -> bytes:
        try:
            if path.stat().st_size > MAX_TOTAL_BYTES:  # one file never needs more than a dossier may
                raise ReadProblem("unreadable", f"文件超过 {MAX_TOTAL_BYTES // 1048576} MB，未读取")
            return path.read_bytes()
        except OSError as e:
            raise ReadProblem("unreadable", f"无法打开文件（{type(e).__name__}）") from e

    return load


# --------------------------------------------------------------------------- zips


def open_dossier_zip(path: Path) -> zipfile.ZipFile:
    """The dossier given as a .zip: anything but a readable zip ends the run."""
    try:
        with path.open("rb") as f:
            head = f.read(4)
    except OSError as e:
        raise DossierError(f"{path}: 无法打开（{type(e).__name__}: {e}）") from e
    if head[:2] != b"PK":
        raise DossierError(f"{path}: 不是文件夹，也不是 zip 压缩包")
    try:
        zf = zipfile.ZipFile(path)  # reads members from the file on demand; nothing extracted
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as e:
        raise DossierError(f"{path}: zip 压缩包已损坏（{type(e).__name__}）") from e
    names = set(zf.namelist())
    # .docx/.xlsx/.odt are zips too; their parts are not a dossier's files.
    for marker, what in (("word/document.xml", ".docx"), ("xl/workbook.xml", ".xlsx"), ("mimetype", "OpenDocument")):
        if marker in names:
            zf.close()
            raise DossierError(f"{path}: 这是单个 {what} 文件，请指定材料所在的文件夹或 zip 压缩包")
    return zf


def find_manifest(path: Path) -> tuple[str, bytes] | None:
    """The dossier's govcheck.yaml (where it was found, its bytes), or None.

    For the pipeline: the manifest is not a Document, and a zip dossier's manifest can't be
    opened as a file. Looked for at the root, or inside the single top folder a zipped folder
    has ("项目材料/govcheck.yaml").
    """
    path = Path(path)
    if path.is_dir():
        p = path / "govcheck.yaml"
        return ("govcheck.yaml", p.read_bytes()) if p.is_file() else None
    try:
        with zipfile.ZipFile(path) as zf:
            members = {member_name(i): i for i in zf.infolist() if not i.is_dir()}
            tops = {name.split("/", 1)[0] for name in members if not is_junk(name)}
            candidates = ["govcheck.yaml"] + [f"{t}/govcheck.yaml" for t in tops if len(tops) == 1]
            for name in candidates:
                info = members.get(name)
                if info is not None and info.file_size <= 1024 * 1024:
                    return name, zf.read(info)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError, NotImplementedError):
        return None
    return None


def walk_zip(zf: zipfile.ZipFile, prefix: str, depth: int, budget: Budget) -> Iterator[Entry]:
    for info in zf.infolist():
        name = member_name(info)
        if not name or info.is_dir() or name.endswith("/") or is_junk(name):
            continue
        yield Entry(prefix + name, _member_loader(zf, info, budget), depth)


def _member_loader(zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: Budget) -> Callable[[], bytes]:
    def load() -> bytes:
        if info.flag_bits & _ENCRYPTED_FLAG:
            raise ReadProblem("encrypted", "压缩包内的文件设有解压密码")
        if info.file_size > budget.remaining:
            raise budget.too_big()
        try:
            with zf.open(info) as f:
                # Read at most one byte past the allowance: a lying size header can't overrun it.
                data = f.read(budget.remaining + 1)
        except NotImplementedError as e:  # e.g. Deflate64 from Windows' "send to zip"
            raise ReadProblem("unreadable", f"压缩方式不受支持（{info.compress_type}）") from e
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, ValueError) as e:
            raise ReadProblem("unreadable", f"压缩包内文件无法解压（{type(e).__name__}）") from e
        if len(data) > budget.remaining:
            budget.remaining = 0
            raise budget.too_big()
        budget.remaining -= len(data)
        return data

    return load


def member_name(info: zipfile.ZipInfo) -> str:
    """The member's real name, whatever encoding the zipper used.

    UTF-8 flag → as is; else the Info-ZIP Unicode Path extra field; else the raw bytes as
    UTF-8 (macOS Archive Utility writes UTF-8 without the flag; GBK names are almost never
    valid UTF-8), then GB18030 (Windows zippers on Chinese systems), then cp437.
    """
    if info.flag_bits & _UTF8_FLAG:
        name = info.orig_filename
    else:
        # zipfile decoded the raw bytes as cp437, which maps all 256 bytes: undo it exactly.
        raw = info.orig_filename.encode("cp437")
        name = _unicode_path(info.extra, raw) or _decode(raw)
    return _clean(name)


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            pass
    return raw.decode("cp437")


def _unicode_path(extra: bytes, raw: bytes) -> str | None:
    pos = 0
    while pos + 4 <= len(extra):
        header_id, size = struct.unpack_from("<HH", extra, pos)
        body = extra[pos + 4 : pos + 4 + size]
        if header_id == _UNICODE_PATH_EXTRA and len(body) >= 5 and body[0] == 1:
            (crc,) = struct.unpack_from("<I", body, 1)
            # The field is stale (to be ignored) if the plain name was changed after it was written.
            if crc == zlib.crc32(raw):
                try:
                    return body[5:].decode("utf-8")
                except UnicodeDecodeError:
                    return None
        pos += 4 + size
    return None


def _clean(name: str) -> str:
    """A tidy relative path: Windows separators, leading "/" and "." / ".." parts dropped."""
    name = name.split("\x00", 1)[0].replace("\\", "/")
    parts = [p for p in name.split("/") if p not in ("", ".", "..")]
    cleaned = "/".join(parts)
    return cleaned + "/" if name.endswith("/") and cleaned else cleaned
