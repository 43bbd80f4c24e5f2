"""The read stage: a dossier path in, one Document per file out.

Only the run itself can fail (DossierError); whatever goes wrong with one file is recorded on
that file's Document and the rest of the dossier is still read.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

from ..model import Document
from . import archive
from .problems import ENCRYPTED, DossierError, ReadProblem
from .sniff import Sniffed, claimed_format, extension, sniff


def read_dossier(path: Path) -> list[Document]:
    path = Path(path)
    budget = archive.Budget()
    if path.is_dir():
        entries: Iterable[archive.Entry] = archive.walk_folder(path)
    elif path.is_file():
        entries = archive.walk_zip(archive.open_dossier_zip(path), "", 0, budget)
    elif not path.exists():
        raise DossierError(f"{path}: 路径不存在")
    else:
        raise DossierError(f"{path}: 不是文件夹，也不是 zip 压缩包")
    docs: list[Document] = []
    _read_entries(entries, budget, docs)
    return sorted(docs, key=lambda d: d.path)


def _read_entries(entries: Iterable[archive.Entry], budget: archive.Budget, docs: list[Document]) -> None:
    for entry in entries:
        if len(docs) >= archive.MAX_FILES:
            docs.append(_failed(entry.path, "other", ReadProblem(
                "unreadable", f"材料中文件超过 {archive.MAX_FILES} 个，此文件及其后的文件未读取")))
            return
        _read_entry(entry, budget, docs)


def _read_entry(entry: archive.Entry, budget: archive.Budget, docs: list[Document]) -> None:
    try:
        data = entry.load()
    except ReadProblem as p:
        docs.append(_failed(entry.path, claimed_format(entry.path), p))
        return
    found = sniff(data, entry.path)
    if found.format == "zip" and not found.mismatch:
        _read_inner_zip(entry, data, budget, docs)
        return
    docs.append(read_document(entry.path, data, found))


def _read_inner_zip(entry: archive.Entry, data: bytes, budget: archive.Budget, docs: list[Document]) -> None:
    """An archive inside the dossier (附件.zip): listed itself, and its members read as files."""
    if entry.depth >= archive.MAX_DEPTH:
        docs.append(_failed(entry.path, "zip", ReadProblem(
            "unreadable", f"压缩包嵌套超过 {archive.MAX_DEPTH} 层，未展开")))
        return
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as e:
        docs.append(_failed(entry.path, "zip", ReadProblem("unreadable", f"压缩包已损坏（{type(e).__name__}）")))
        return
    members = list(archive.walk_zip(zf, entry.path + "/", entry.depth + 1, budget))
    docs.append(Document(path=entry.path, format="zip", has_text=False,
                         notes=[f"压缩包：其中 {len(members)} 个文件已作为材料读取"]))
    _read_entries(members, budget, docs)


def read_document(path: str, data: bytes, found: Sniffed) -> Document:
    """One file's bytes → its Document; every failure ends up on the Document."""
    fmt = found.format
    doc = Document(path=path, format=fmt)
    if not data:
        return _failed(path, fmt, ReadProblem("unreadable", "文件为空（0 字节）"))
    if found.encrypted:
        return _failed(path, fmt, ReadProblem("encrypted", ENCRYPTED))
    if found.mismatch:
        return _failed(path, fmt, ReadProblem("unreadable", f"扩展名为 .{fmt}，但内容不是有效的 .{fmt} 文件"))
    ext = extension(path)
    if ext and ext != fmt and fmt not in ("other", "txt") and (ext, fmt) not in _SAME_FAMILY:
        doc.notes.append(f"扩展名为 .{ext}，实际内容为 .{fmt} 格式，已按 .{fmt} 读取")
    reader = _reader(fmt)
    if reader is None:  # images and anything else: listed, nothing to read
        doc.has_text = False
        return doc
    try:
        reader(data, doc)
    except ReadProblem as p:
        return _failed(path, fmt, p, notes=doc.notes)
    except Exception as e:  # noqa: BLE001 — any parser failure is a finding, never a traceback
        return _failed(path, fmt, ReadProblem("unreadable", f"不是有效的 .{fmt} 文件（{type(e).__name__}）"),
                       notes=doc.notes)
    return doc


# WPS formats are the Office formats under another name; no need to remark on them.
_SAME_FAMILY = {("wps", "doc"), ("et", "xls"), ("doc", "wps"), ("xls", "et")}


def _reader(fmt: str) -> Callable[[bytes, Document], None] | None:
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


def _failed(path: str, fmt: str, p: ReadProblem, notes: list[str] | None = None) -> Document:
    return Document(path=path, format=fmt, readable=False, error=p.message, problem=p.problem,
                    has_text=False, notes=list(notes or []))
