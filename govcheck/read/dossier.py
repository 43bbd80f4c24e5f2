"""The read stage: a dossier path in, one Document per file out.

Only the run itself can fail (DossierError); whatever goes wrong with one file is recorded on
that file's Document and the rest of the dossier is still read. Everything a dossier may cost
is bounded by govcheck.limits; each limit hit is a finding naming the file and the limit.
"""

from __future__ import annotations

import hashlib
import io
import os
import warnings
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

from ..limits import Limits
from ..model import Document, ReadIssue
from . import archive
from .deadline import FileTimeout, time_limit
from .names import safe_text
from .problems import ENCRYPTED, DossierError, ReadProblem, limit_hit, link_skipped
from .sniff import Sniffed, claimed_format, extension, sniff

# Read through LibreOffice, which keeps its own timeout: the per-file timer must not interrupt
# the wait for the converter (the process would outlive the abandoned read).
_OWN_TIMEOUT = {"doc", "wps", "odt"}
# OOXML / OpenDocument packages: checked (sizes, DTDs) before a library parses them.
_PACKAGES = {"docx", "xlsx", "odt", "ods"}
INTERNAL_ERROR = "读取时出现内部错误，已跳过该文件"
_LNK_MAGIC = b"L\x00\x00\x00\x01\x14\x02\x00"  # Windows .lnk shortcut header


def read_dossier(path: Path, limits: Limits | None = None) -> list[Document]:
    path = Path(path)
    budget = archive.Budget(limits)
    docs: list[Document] = []
    if path.is_dir():
        entries: Iterable[archive.Entry] = archive.walk_folder(path, budget)
    elif path.is_file():
        issues: list[ReadIssue] = []
        entries = archive.walk_zip(archive.open_dossier_zip(path), "", 0, budget, issues)
        entries = list(entries)
        if issues:  # the dossier .zip itself hit a limit: reported on a Document of its own
            docs.append(Document(path=path.name, format="zip", has_text=False, issues=issues))
    elif not path.exists():
        raise DossierError(f"{path}: 路径不存在")
    else:
        raise DossierError(f"{path}: 不是文件夹，也不是 zip 压缩包")
    _read_entries(entries, budget, docs)
    return sorted(docs, key=lambda d: d.path)


def _read_entries(entries: Iterable[archive.Entry], budget: archive.Budget, docs: list[Document]) -> None:
    limits = budget.limits
    for entry in entries:
        if len(docs) >= limits.files:
            docs.append(_failed(entry.path, "other", limit_hit(
                limits, "files", f"材料包中文件超过 {limits.files} 个，此文件及其后的文件未读取",
                f"the dossier has more than {limits.files} files; this one and those after it were not read")))
            return
        before = len(docs)
        _read_entry(entry, budget, docs)
        for doc in docs[before:before + 1]:  # the entry's own Document comes first
            doc.issues[:0] = entry.issues
            doc.notes[:0] = entry.notes


def _read_entry(entry: archive.Entry, budget: archive.Budget, docs: list[Document]) -> None:
    try:
        data = entry.load()
    except ReadProblem as p:
        docs.append(_failed(entry.path, claimed_format(entry.path), p))
        return
    try:
        found = sniff(data, entry.path)
        if found.format == "zip" and not found.mismatch:
            _read_inner_zip(entry, data, budget, docs)
            return
        docs.append(read_document(entry.path, data, found, budget.limits))
    except Exception as e:  # noqa: BLE001 — a bug must cost one file, not the dossier
        # (tools/fuzz.py counts these as crashes: they are bugs, not the file's fault)
        docs.append(_failed(entry.path, claimed_format(entry.path),
                            ReadProblem("unreadable", f"{INTERNAL_ERROR}（{type(e).__name__}）")))


def _read_inner_zip(entry: archive.Entry, data: bytes, budget: archive.Budget, docs: list[Document]) -> None:
    """An archive inside the dossier (附件.zip): listed itself, and its members read as files."""
    limits = budget.limits
    if entry.depth >= limits.zip_depth:
        docs.append(_failed(entry.path, "zip", limit_hit(
            limits, "zip_depth", f"压缩包嵌套超过 {limits.zip_depth} 层，未展开",
            f"archives nested more than {limits.zip_depth} deep; not opened")))
        return
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as e:
        docs.append(_failed(entry.path, "zip", ReadProblem("unreadable", f"压缩包已损坏（{type(e).__name__}）")))
        return
    issues: list[ReadIssue] = []
    members = list(archive.walk_zip(zf, entry.path + "/", entry.depth + 1, budget, issues))
    docs.append(Document(path=entry.path, format="zip", has_text=False, issues=issues,
                         notes=[f"压缩包：其中 {len(members)} 个文件已作为材料读取"]))
    _read_entries(members, budget, docs)


def read_document(path: str, data: bytes, found: Sniffed, limits: Limits | None = None) -> Document:
    """One file's bytes → its Document; every failure ends up on the Document.

    Where a cache is in force (a batch: govcheck/cache.py), a file read once is not parsed again:
    its Document is kept by the hash of its bytes, its extension, the limits and govcheck's code,
    so a dossier sent back with one file changed re-reads that file only."""
    limits = limits or Limits()
    from .. import cache

    store = cache.documents_cache()
    if store is None:
        return _read_document(path, data, found, limits)
    import pickle

    key = cache.sha256(f"{cache.code_digest_once()}:{extension(path)}:{found}:{limits}:".encode()
                       + hashlib.sha256(data).digest())
    hit = store.get("documents", key)
    if hit is not None:
        try:
            doc = pickle.loads(hit)
            doc.path = path  # the same bytes under another name read the same
            return doc
        except Exception:  # noqa: BLE001 — a damaged entry: read the file again
            pass
    doc = _read_document(path, data, found, limits)
    if doc.readable and doc.problem is None:  # a failure is re-tried, never remembered
        store.put("documents", key, pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL))
    return doc


def _read_document(path: str, data: bytes, found: Sniffed, limits: Limits) -> Document:
    fmt = found.format
    doc = Document(path=path, format=fmt)
    if not data:
        return _failed(path, fmt, ReadProblem("unreadable", "文件为空（0 字节）"))
    if found.encrypted:
        return _failed(path, fmt, ReadProblem("encrypted", ENCRYPTED))
    if data.startswith(_LNK_MAGIC):
        return _failed(path, "other", link_skipped("Windows 快捷方式（.lnk），不跟随其目标",
                                                   "a Windows shortcut (.lnk); its target is not followed"))
    if found.mismatch:
        return _failed(path, fmt, ReadProblem("unreadable", f"扩展名为 .{fmt}，但内容不是有效的 .{fmt} 文件"))
    ext = extension(path)
    if ext and ext != fmt and fmt not in ("other", "txt") and (ext, fmt) not in _SAME_FAMILY:
        doc.notes.append(f"扩展名为 .{ext}，实际内容为 .{fmt} 格式，已按 .{fmt} 读取")
        doc.issues.append(ReadIssue("misnamed-file", {"ext": ext, "actual": fmt}))
    reader = _reader(fmt)
    if reader is None:  # images and anything else: listed, nothing to read
        doc.has_text = False
        return doc
    try:
        if fmt in _OWN_TIMEOUT:
            _read(reader, data, doc, fmt, limits)  # the converter keeps its own time limit
        else:
            with time_limit(limits.file_seconds):
                _read(reader, data, doc, fmt, limits)
    except ReadProblem as p:
        return _failed(path, fmt, p, notes=doc.notes, issues=doc.issues)
    except FileTimeout:
        return _failed(path, fmt, limit_hit(
            limits, "file_seconds", f"读取超过 {limits.file_seconds:g} 秒，已放弃",
            f"reading took longer than {limits.file_seconds:g} seconds; abandoned"), notes=doc.notes, issues=doc.issues)
    except RecursionError:
        return _failed(path, fmt, ReadProblem("unreadable", f"不是有效的 .{fmt} 文件（结构嵌套过深）"),
                       notes=doc.notes, issues=doc.issues)
    except Exception as e:  # noqa: BLE001 — any parser failure is a finding, never a traceback
        return _failed(path, fmt, ReadProblem("unreadable", _parser_failure(e, fmt)),
                       notes=doc.notes, issues=doc.issues)
    _clean_text(doc)
    return doc


def _parser_failure(e: Exception, fmt: str) -> str:
    # libxml2 (under python-docx/openpyxl) refuses text nodes over 10 MB and trees deeper than
    # 256 levels unless told otherwise (govcheck never does): say so rather than "invalid".
    text = str(e)
    if "huge" in text.lower() or "XML_PARSE_HUGE" in text or "Excessive depth" in text:
        return "XML 中有超过解析器上限的内容（单个文本超过 10 MB 或嵌套超过 256 层），未读取"
    return f"不是有效的 .{fmt} 文件（{type(e).__name__}）"


def _read(reader: Callable[..., None], data: bytes, doc: Document, fmt: str, limits: Limits) -> None:
    # Libraries warn on stderr about what they repair in odd files (openpyxl: "invalid
    # dependency definitions"); what matters to the user is reported as findings instead.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        _read_checked(reader, data, doc, fmt, limits)


def _read_checked(reader: Callable[..., None], data: bytes, doc: Document, fmt: str, limits: Limits) -> None:
    package = None
    if fmt in _PACKAGES:
        from .package import check_package

        try:
            package = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as e:
            raise ReadProblem("unreadable", f"不是有效的 .{fmt} 文件（{type(e).__name__}）") from e
        check_package(package, limits)
    if fmt == "xlsx":
        reader(data, doc, limits)  # reads sheets up to sheet_rows / sheet_cols
    elif fmt == "docx":
        reader(data, doc, package)  # the zip opened once, for the check and the read
    else:
        reader(data, doc)


def _clean_text(doc: Document) -> None:
    """Drop characters no XML report can carry (a .txt or a sheet cell may hold any)."""
    for p in doc.paragraphs:
        p.text = safe_text(p.text)
    for t in doc.tables:
        t.rows = [[safe_text(c) for c in row] for row in t.rows]
    for s in doc.sheets:
        s.name = safe_text(s.name)
        for row in s.rows:
            for i, v in enumerate(row):
                if isinstance(v, str):
                    row[i] = safe_text(v)


# WPS formats are the Office formats under another name; no need to remark on them.
_SAME_FAMILY = {("wps", "doc"), ("et", "xls"), ("doc", "wps"), ("xls", "et")}


def _reader(fmt: str) -> Callable[..., None] | None:
    # Imported on use: each reader pulls in its heavy library only when a file needs it.
    if fmt == "docx":
        from .docx import read_docx
        return read_docx
    if fmt == "xlsx":
        from .xlsx import read_xlsx
        return read_xlsx
    if fmt == "pdf":
        from .pdf import read_pdf
        return read_pdf
    if fmt in ("doc", "wps", "odt"):
        from .legacy import read_legacy_text
        return read_legacy_text
    if fmt in ("xls", "et", "ods"):
        from .calamine import read_calamine
        return read_calamine
    if fmt == "txt":
        from .text import read_text
        return read_text
    return None


def _failed(path: str, fmt: str, p: ReadProblem, notes: list[str] | None = None,
            issues: list[ReadIssue] | None = None) -> Document:
    doc = Document(path=path, format=fmt, readable=False, error=p.message, problem=p.problem,
                   has_text=False, notes=list(notes or []), issues=list(issues or []))
    if p.issue is not None:
        doc.issues.append(p.issue)
    return doc
