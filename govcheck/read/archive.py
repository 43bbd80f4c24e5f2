"""Where a dossier's files come from: a folder walked recursively, or zip archives read in memory.

Nothing is ever extracted to disk (a dossier is evidence: govcheck must not write into it or
leave copies around), and a member's name is only ever a label, never a path to write to.
Dossiers are untrusted input: every file and archive level draws on one budget of bytes and
files (govcheck.limits), and links are never followed out of the dossier.
"""

from __future__ import annotations

import os
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..limits import Limits
from ..model import ReadIssue
from .names import safe_name, undecodable_hint
from .problems import DossierError, ReadProblem, limit_hit, limit_issue, link_skipped

_JUNK_NAMES = {"thumbs.db", "desktop.ini", "govcheck.yaml", "govcheck.yml"}
_UTF8_FLAG = 0x800
_ENCRYPTED_FLAG = 0x1
_UNICODE_PATH_EXTRA = 0x7075
_RATIO_FLOOR = 1024 * 1024  # members smaller than this are never judged by their ratio
_MB = 1024 * 1024


@dataclass
class Entry:
    """One file of the dossier, not yet read."""

    path: str  # relative POSIX path, escaped for display; members of an inner zip: "附件.zip/附件1.docx"
    load: Callable[[], bytes]  # raises ReadProblem
    depth: int  # zip levels inside the dossier that contain it (0: directly in the dossier)
    issues: list[ReadIssue] = field(default_factory=list)  # reported whatever the reading gives
    notes: list[str] = field(default_factory=list)


class Budget:
    """What one dossier may still cost: bytes read (files and everything unpacked), shared by
    every archive level, and the limits themselves."""

    def __init__(self, limits: Limits | None = None):
        self.limits = limits or Limits()
        self.remaining = self.limits.dossier_size

    def too_big(self) -> ReadProblem:
        mb = self.limits.dossier_size // _MB
        return limit_hit(self.limits, "dossier_size", f"整个材料包读取的数据超过 {mb} MB（疑似压缩炸弹），此文件未读取",
                         f"the dossier as a whole exceeds {mb} MB of data (a zip bomb?); this file was not read")

    def take(self, data: bytes) -> bytes:
        if len(data) > self.remaining:
            self.remaining = 0
            raise self.too_big()
        self.remaining -= len(data)
        return data


def is_junk(path: str) -> bool:
    """OS and editor litter, and the manifest (read by the pipeline, not a document)."""
    parts = path.split("/")
    # Dot entries: .DS_Store, AppleDouble "._x", WPS ".~x.docx" locks, .git, caches.
    if any(p == "__MACOSX" or p.startswith(".") for p in parts):
        return True
    base = parts[-1]
    return base.lower() in _JUNK_NAMES or base.startswith("~$")


# --------------------------------------------------------------------------- folders


def walk_folder(root: Path, budget: Budget | None = None) -> Iterator[Entry]:
    """Every file under ``root``. Links (symlinks, Windows junctions) are never followed out of
    the dossier, never into a loop, and what they point to inside it is read once."""
    budget = budget or Budget()
    real_root = os.path.realpath(root)
    files: list[tuple[str, Path]] = []  # regular files (not links), read as themselves
    links: list[tuple[str, Path, bool]] = []  # (relative path, link, is a folder link)
    unlistable: list[OSError] = []  # os.walk would otherwise skip such folders silently
    # followlinks=False: a linked folder is listed but not entered (no loops, no escapes).
    for dirpath, dirnames, filenames in os.walk(root, onerror=unlistable.append):
        rel_dir = Path(dirpath).relative_to(root).as_posix()
        prefix = "" if rel_dir == "." else rel_dir + "/"
        dirnames[:] = sorted(d for d in dirnames if not is_junk(d))
        for d in dirnames:
            if _is_link(Path(dirpath) / d):
                links.append((prefix + d, Path(dirpath) / d, True))
        for name in sorted(filenames):
            if is_junk(prefix + name):
                continue
            full = Path(dirpath) / name
            (links.append((prefix + name, full, False)) if _is_link(full) else files.append((prefix + name, full)))
    seen = {os.path.realpath(full) for _, full in files}
    for rel, full in files:
        yield _folder_entry(rel, full, budget)
    for rel, link, is_dir in links:
        entry = _link_entry(rel, link, is_dir, real_root, seen, budget)
        if entry is not None:
            yield entry
    for err in unlistable:
        if err.filename and Path(err.filename) != root:
            rel = Path(err.filename).relative_to(root).as_posix()
            yield Entry(safe_name(rel), _raiser(ReadProblem("unreadable", f"无法打开文件夹（{type(err).__name__}）")), 0)


def _is_link(path: Path) -> bool:
    isjunction = getattr(os.path, "isjunction", None)  # Windows junctions, Python 3.12+
    return path.is_symlink() or bool(isjunction and isjunction(path))


def _folder_entry(rel: str, full: Path, budget: Budget) -> Entry:
    entry = Entry(safe_name(rel), _file_loader(full, budget), 0)
    hint = undecodable_hint(rel)
    if hint is not None:
        entry.notes.append(f"文件名不是有效的 UTF-8，已转义显示；按 GBK 解读为：{hint}")
    return entry


def _link_entry(rel: str, link: Path, is_dir: bool, real_root: str, seen: set[str],
                budget: Budget) -> Entry | None:
    """A link's Entry: reported when it leads out of the dossier or nowhere; None when what it
    points to is read anyway (a file of the dossier, or a folder of it, read through its own path)."""
    shown = safe_name(rel)
    try:
        target_text = safe_name(os.readlink(link))
    except (OSError, ValueError):
        target_text = "?"
    target = os.path.realpath(link)
    if os.path.commonpath([real_root, target]) != real_root:
        what = "文件夹链接" if is_dir else "链接"
        return Entry(shown, _raiser(link_skipped(
            f"{what}指向材料包以外（{target_text}）", f"{'folder ' if is_dir else ''}link leading out of the dossier ({target_text})")), 0)
    if is_dir or target in seen:
        return None  # inside the dossier: its own path is read once, not again through the link
    try:
        st = os.stat(target)
    except OSError:
        return Entry(shown, _raiser(link_skipped(
            f"链接目标不存在或链接成环（{target_text}）", f"link to nothing, or a link loop ({target_text})")), 0)
    if not stat.S_ISREG(st.st_mode):
        return Entry(shown, _raiser(link_skipped(
            f"链接指向的不是普通文件（{target_text}）", f"link to something that is not a file ({target_text})")), 0)
    seen.add(target)  # an inside file not otherwise read (a hidden folder): read once, here
    return Entry(shown, _file_loader(Path(target), budget), 0)


def _raiser(problem: ReadProblem) -> Callable[[], bytes]:
    def load() -> bytes:
        raise problem

    return load


def _file_loader(path: Path, budget: Budget) -> Callable[[], bytes]:
    limits = budget.limits

    def load() -> bytes:
        try:
            size = path.stat().st_size
            if size > limits.file_size:
                raise _file_too_big(limits, size)
            if size > budget.remaining:
                raise budget.too_big()
            with path.open("rb") as f:
                data = f.read(limits.file_size + 1)  # the file may have grown since stat()
        except OSError as e:
            raise ReadProblem("unreadable", f"无法打开文件（{type(e).__name__}）") from e
        if len(data) > limits.file_size:
            raise _file_too_big(limits, len(data))
        return budget.take(data)

    return load


def _file_too_big(limits: Limits, size: int) -> ReadProblem:
    return limit_hit(limits, "file_size", f"文件大小 {size / _MB:.1f} MB，未读取",
                     f"the file is {size / _MB:.1f} MB; not read")


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
        # Not through a link out of the dossier, and not a file no manifest could be.
        real_root = os.path.realpath(path)
        if not p.is_file() or os.path.commonpath([real_root, os.path.realpath(p)]) != real_root:
            return None
        if p.stat().st_size > 1024 * 1024:
            return None
        return "govcheck.yaml", p.read_bytes()
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


def walk_zip(zf: zipfile.ZipFile, prefix: str, depth: int, budget: Budget,
             issues: list[ReadIssue] | None = None) -> Iterator[Entry]:
    """The members of a zip as Entries. A zip with more members than allowed is read up to the
    limit, and the limit finding goes to ``issues`` (the archive's own Document)."""
    limits = budget.limits
    infos = zf.infolist()
    if len(infos) > limits.zip_members:
        if issues is not None:
            issues.append(limit_issue(
                limits, "zip_members", f"压缩包有 {len(infos)} 个成员，只读取了前 {limits.zip_members} 个",
                f"the archive has {len(infos)} members; only the first {limits.zip_members} were read",
                partial=True))
        infos = infos[: limits.zip_members]
    for info in infos:
        name = member_name(info)
        if not name or info.is_dir() or name.endswith("/") or is_junk(name):
            continue
        entry = Entry(prefix + name, _member_loader(zf, info, budget), depth)
        raw = _decoded_name(info)
        if _unsafe(raw):
            entry.issues.append(ReadIssue("unsafe-member-name", {"name": safe_name(raw)}))
        if _is_symlink_member(info):
            entry.load = _raiser(link_skipped("压缩包内的符号链接", "a symbolic link inside an archive"))
        yield entry


_DRIVE = re.compile(r"^[A-Za-z]:")


def _unsafe(raw: str) -> bool:
    """A member name that, used as a path, would land outside the folder it is extracted to."""
    name = raw.replace("\\", "/")
    return name.startswith("/") or bool(_DRIVE.match(name)) or ".." in name.split("/")


def _is_symlink_member(info: zipfile.ZipInfo) -> bool:
    return info.create_system == 3 and stat.S_ISLNK(info.external_attr >> 16)


def _member_loader(zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: Budget) -> Callable[[], bytes]:
    limits = budget.limits

    def load() -> bytes:
        if info.flag_bits & _ENCRYPTED_FLAG:
            raise ReadProblem("encrypted", "压缩包内的文件设有解压密码")
        _check_member(info, limits)
        if info.file_size > budget.remaining:
            raise budget.too_big()
        try:
            with zf.open(info) as f:
                # zipfile never returns more than the declared size (a lying header ends in a
                # CRC error), and the declared size was checked above.
                data = f.read(min(info.file_size, budget.remaining) + 1)
        except NotImplementedError as e:  # e.g. Deflate64 from Windows' "send to zip"
            raise ReadProblem("unreadable", f"压缩方式不受支持（{info.compress_type}）") from e
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, ValueError) as e:
            raise ReadProblem("unreadable", f"压缩包内文件无法解压（{type(e).__name__}）") from e
        return budget.take(data)

    return load


def _check_member(info: zipfile.ZipInfo, limits: Limits) -> None:
    """Size and compression ratio of a member, from its header, before a byte is unpacked."""
    size, packed = info.file_size, info.compress_size
    if size > limits.file_size:
        raise limit_hit(limits, "file_size", f"解压后 {size / _MB:.1f} MB，未读取",
                        f"{size / _MB:.1f} MB unpacked; not read")
    if size > _RATIO_FLOOR and size > limits.zip_ratio * max(packed, 1):
        ratio = size // max(packed, 1)
        raise limit_hit(limits, "zip_ratio", f"压缩比 {ratio}:1（疑似压缩炸弹），未读取",
                        f"compression ratio {ratio}:1 (a zip bomb?); not read")


def member_name(info: zipfile.ZipInfo) -> str:
    """The member's real name, whatever encoding the zipper used.

    UTF-8 flag → as is; else the Info-ZIP Unicode Path extra field; else the raw bytes as
    UTF-8 (macOS Archive Utility writes UTF-8 without the flag; GBK names are almost never
    valid UTF-8), then GB18030 (Windows zippers on Chinese systems); bytes that are neither
    are shown escaped (\\xNN), so a report always stays valid UTF-8.
    """
    return safe_name(_clean(_decoded_name(info)))


def _decoded_name(info: zipfile.ZipInfo) -> str:
    if info.flag_bits & _UTF8_FLAG:
        return info.orig_filename
    # zipfile decoded the raw bytes as cp437, which maps all 256 bytes: undo it exactly.
    raw = info.orig_filename.encode("cp437")
    return _unicode_path(info.extra, raw) or _decode(raw)


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "surrogateescape")  # safe_name escapes what is left


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
