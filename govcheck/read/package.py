"""A .docx/.xlsx/.odt/.ods package checked before any library parses it.

These files are zips of XML parts, handed to python-docx, openpyxl, calamine or LibreOffice.
Whatever those parse with, a part is refused here first when:

- the package has more members than ``zip_members``, or a part would unpack past
  ``xml_part_size`` (XML) / ``file_size`` (anything else), or past ``zip_ratio``;
- any XML part declares a DTD (<!DOCTYPE …>). Office and OpenDocument never write one, and a
  DTD is what entity expansion ("billion laughs") and external entities (XXE: reading local
  files, fetching URLs) need. With no DTD, no parser underneath has anything to expand or fetch.

Sizes come from the zip headers; zipfile never unpacks more than the declared size (a lying
header ends in a CRC error), so checking the declaration bounds what the reader will unpack.
Worksheets are the one exception to xml_part_size: they are streamed row by row and bounded by
``sheet_rows`` instead (a million-row sheet is read up to the limit, not refused).
"""

from __future__ import annotations

import re
import struct
import zipfile
import zlib

from ..limits import Limits
from .names import safe_name
from .problems import ReadProblem, limit_hit

_MB = 1024 * 1024
_RATIO_FLOOR = 1024 * 1024
_PROLOG_SCAN = 64 * 1024  # a DTD sits in the prolog; 64 KB of comments before it is refused too
_PROLOG_FIRST = 1024  # read first: enough for the prolog of any part Office writes (even: UTF-16)
_WORKSHEET = re.compile(r"^xl/worksheets/[^/]+\.xml$")
_XML_NAME = re.compile(r"\.(xml|rels|vml)$", re.IGNORECASE)
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
# The prolog: XML declaration, comments, processing instructions, whitespace.
_ROOT_START = re.compile(rb"<[^!?\s<>]")
_PROLOG_ITEM = re.compile(rb"\s+|<\?.*?\?>|<!--.*?-->", re.DOTALL)


def check_package(zf: zipfile.ZipFile, limits: Limits) -> None:
    """Raise ReadProblem (a limit, or a DTD) for the first part that must not be parsed."""
    infos = zf.infolist()
    if len(infos) > limits.zip_members:
        raise limit_hit(limits, "zip_members", f"文件包含 {len(infos)} 个部件，未读取",
                        f"the file has {len(infos)} parts; not read")
    for info in infos:
        _check_size(info, limits)
    for info in infos:
        if is_xml_part(info.filename):
            _check_prolog(zf, info)


def is_xml_part(name: str) -> bool:
    return bool(_XML_NAME.search(name))


def _check_size(info: zipfile.ZipInfo, limits: Limits) -> None:
    size, name = info.file_size, info.filename
    if is_xml_part(name) and not _WORKSHEET.match(name) and size > limits.xml_part_size:
        raise limit_hit(limits, "xml_part_size", f"XML 部件 {_shown(name)} 解压后 {size / _MB:.1f} MB，未读取",
                        f"the XML part {_shown(name)} is {size / _MB:.1f} MB unpacked; not read")
    if size > limits.file_size:
        raise limit_hit(limits, "file_size", f"部件 {_shown(name)} 解压后 {size / _MB:.1f} MB，未读取",
                        f"the part {_shown(name)} is {size / _MB:.1f} MB unpacked; not read")
    if size > _RATIO_FLOOR and size > limits.zip_ratio * max(info.compress_size, 1):
        ratio = size // max(info.compress_size, 1)
        raise limit_hit(limits, "zip_ratio", f"部件 {_shown(name)} 压缩比 {ratio}:1（疑似压缩炸弹），未读取",
                        f"the part {_shown(name)} has a compression ratio of {ratio}:1 (a zip bomb?); not read")


def _check_prolog(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    try:
        # The prolog of an Office part is a few hundred bytes: a short head decides almost
        # always, and only an undecided one costs the whole scan (styles parts are hundreds
        # of KB; unpacking 64 KB of each of them was most of the check's time).
        head = _head(zf, info, _PROLOG_FIRST)
        if len(head) == _PROLOG_FIRST and _scan_prolog(_as_utf8(head)) is None:
            head = _head(zf, info, _PROLOG_SCAN)
    except Exception:  # noqa: BLE001 — a part that cannot be unpacked is the reader's to report
        return
    _judge_prolog(info, _as_utf8(head))


def seek_stored(zf: zipfile.ZipFile, info: zipfile.ZipInfo):
    """The zip's file, positioned at the part's stored (compressed) bytes, past its local
    header — for reading a part without zipfile.open's set-up."""
    fp = zf.fp
    fp.seek(info.header_offset)
    header = fp.read(30)
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        raise zipfile.BadZipFile(f"bad local header for {info.filename}")
    name_len, extra_len = struct.unpack("<HH", header[26:30])
    fp.seek(info.header_offset + 30 + name_len + extra_len)
    return fp


def _head(zf: zipfile.ZipFile, info: zipfile.ZipInfo, size: int) -> bytes:
    """The first ``size`` bytes of a part. Stored and deflated parts (all Office writes) are
    unpacked straight from their stored bytes: zipfile.open's set-up per part cost more than the
    check itself, for the dozens of parts of every file. The CRC is not checked here: only the
    head is read, and the reader checks the whole part when it reads it."""
    if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        with zf.open(info) as f:  # encrypted (raises) or another method: zipfile's own way
            return f.read(size)
    fp = seek_stored(zf, info)
    if info.compress_type == zipfile.ZIP_STORED:
        return fp.read(min(size, info.compress_size))
    inflate = zlib.decompressobj(-zlib.MAX_WBITS)
    out = b""
    left = info.compress_size
    while len(out) < size and left > 0 and not inflate.eof:
        chunk = fp.read(min(left, 16 * 1024))
        if not chunk:
            break
        left -= len(chunk)
        out += inflate.decompress(inflate.unconsumed_tail + chunk, size - len(out))
    return out[:size]


def _scan_prolog(head: bytes) -> bytes | None:
    """What follows the prolog, if a short head shows it for sure: markup that starts a root
    element or a DTD (prolog items found whole in the head are the same in a longer one);
    None when more of the part is needed to tell."""
    rest = _after_prolog(head)
    return rest if rest and (_DOCTYPE.match(rest) or _ROOT_START.match(rest)) else None


def _after_prolog(head: bytes) -> bytes:
    pos = 0
    while True:
        m = _PROLOG_ITEM.match(head, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
    return head[pos:]


def _judge_prolog(info: zipfile.ZipInfo, head: bytes) -> None:
    rest = _after_prolog(head)
    if _DOCTYPE.match(rest):
        raise ReadProblem("unreadable", f"XML 部件 {_shown(info.filename)} 含有 DTD 声明"
                          "（可用于实体膨胀或外部实体攻击，正常的 Office 文件不会有），未读取")
    if rest and not _ROOT_START.match(rest):
        # Not UTF-8/UTF-16 markup (another encoding a DTD could hide in), or a prolog longer
        # than the scan: nothing a real Office file has.
        raise ReadProblem("unreadable", f"XML 部件 {_shown(info.filename)} 的开头无法识别为 XML，未读取")


def _as_utf8(head: bytes) -> bytes:
    """UTF-16 parts (allowed by OOXML) transcoded, so the scan sees ASCII markup."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head[:2] in (b"<\x00", b"\x00<"):
        codec = "utf-16-be" if head.startswith(b"\xfe\xff") or head[:1] == b"\x00" else "utf-16-le"
        return head.decode(codec, "replace").lstrip("\ufeff").encode("utf-8")
    return head.removeprefix(b"\xef\xbb\xbf")


def _shown(name: str) -> str:
    return safe_name(name)
