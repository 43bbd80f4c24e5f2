"""Which format a file really is, from its bytes; the extension only breaks ties.

People rename files (a .docx saved as "报告.pdf"), WPS saves OLE files as .wps/.et, and old
e-government systems export HTML or RTF as ".doc": trusting the extension would send each of
these to the wrong reader.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass

from .ole import MAGIC as OLE_MAGIC
from .ole import OleFile, is_encrypted_word

TEXT_EXTENSIONS = {"txt", "md", "csv"}
# Extensions that promise a format we read: content that isn't that format is a broken file,
# not an "other" attachment.
CLAIMED = {"docx", "xlsx", "pdf", "doc", "wps", "xls", "et", "ods", "odt", "zip"}
_ODF_MIMETYPES = {
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
}


@dataclass(frozen=True)
class Sniffed:
    format: str
    encrypted: bool = False  # an OLE-wrapped encrypted OOXML file, or a .doc with fEncrypted
    mismatch: bool = False  # the extension promises `format` but the bytes are not it


def extension(name: str) -> str:
    base = name.rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[-1].lower() if "." in base else ""


def claimed_format(name: str) -> str:
    """The format the extension promises, for files whose bytes could not even be loaded."""
    ext = extension(name)
    if ext in TEXT_EXTENSIONS:
        return "txt"
    return ext if ext in CLAIMED else "other"


def sniff(data: bytes, name: str) -> Sniffed:
    ext = extension(name)
    if data.startswith(OLE_MAGIC):
        return _sniff_ole(data, ext)
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return Sniffed(_sniff_zip(data, ext))
    if b"%PDF" in data[:1024]:  # the spec lets the header start anywhere in the first 1 KB
        return Sniffed("pdf")
    if ext in ("doc", "wps") and _looks_like_rtf_or_html(data):
        # Exported "Word" files that are really RTF/HTML: LibreOffice opens them.
        return Sniffed(ext)
    if ext in TEXT_EXTENSIONS:
        return Sniffed("txt")
    if ext in CLAIMED:
        return Sniffed(ext, mismatch=True)
    return Sniffed("other")


def _sniff_ole(data: bytes, ext: str) -> Sniffed:
    try:
        ole = OleFile(data)
        names = ole.names
    except (ValueError, IndexError, struct.error):
        # Damaged directory: the legacy reader (LibreOffice/calamine) gets a go and reports.
        return Sniffed(ext if ext in ("doc", "wps", "xls", "et") else "other")
    if "EncryptedPackage" in names or "EncryptionInfo" in names:
        # Office wraps a password-protected .docx/.xlsx in an OLE container.
        return Sniffed(ext if ext in ("docx", "xlsx", "pptx") else "other", encrypted=True)
    if "WordDocument" in names:
        try:
            encrypted = is_encrypted_word(ole)
        except (ValueError, IndexError, struct.error):
            encrypted = False
        return Sniffed("wps" if ext == "wps" else "doc", encrypted=encrypted)
    if "Workbook" in names or "Book" in names:
        return Sniffed("et" if ext == "et" else "xls")
    return Sniffed("other")


def _sniff_zip(data: bytes, ext: str) -> str:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = set(zf.namelist())
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        if "mimetype" in names:
            mimetype = _head(zf, "mimetype").decode("ascii", "replace").strip()
            if mimetype in _ODF_MIMETYPES:
                return _ODF_MIMETYPES[mimetype]
        if "[Content_Types].xml" in names:
            # The main part may have another name; the content types say what it is.
            types = _head(zf, "[Content_Types].xml")
            if b"wordprocessingml.document.main" in types:
                return "docx"
            if b"spreadsheetml.sheet.main" in types:
                return "xlsx"
    except (zipfile.BadZipFile, OSError, RuntimeError, KeyError, EOFError, NotImplementedError, ValueError,
            zlib.error, struct.error):
        # Truncated/corrupt (the fuzzer finds headers that make zipfile seek before the start,
        # ValueError): trust the extension so the reader can say what is broken.
        return ext if ext in ("docx", "xlsx", "odt", "ods") else "zip"
    return "zip"


def _head(zf: zipfile.ZipFile, name: str) -> bytes:
    """The first 64 KB of a member: all sniffing needs, and a bomb in it is not unpacked."""
    with zf.open(name) as f:
        return f.read(64 * 1024)


def _looks_like_rtf_or_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"{\\rtf", b"<html", b"<!doctype html", b"mime-version", b"<?xml"))
