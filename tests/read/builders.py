"""Builders of real files for the read tests: docx/xlsx/pdf made with their libraries, zips with
the exact name bytes other zippers write, and OLE2 containers written from the spec."""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Callable

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

# --------------------------------------------------------------------------- office files


def docx_bytes(build: Callable | None = None) -> bytes:
    import docx

    d = docx.Document()
    if build is None:
        d.add_heading("项目申报表", level=1)
        d.add_paragraph("项目名称：政务云平台")
    else:
        build(d)
    bio = io.BytesIO()
    d.save(bio)
    return bio.getvalue()


def xlsx_bytes(build: Callable | None = None) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    if build is None:
        wb.active["A1"] = "总投资"
        wb.active["B1"] = 70
    else:
        build(wb)
    bio = io.BytesIO()
    wb.save(bio)
    return bio.getvalue()


def pdf_bytes(lines: list[str] | None = None, encrypt: dict | None = None) -> bytes:
    """A one-page PDF; with lines, they are drawn as text (Helvetica), else the page is blank."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    w = PdfWriter()
    page = w.add_blank_page(612, 792)
    if lines:
        font = DictionaryObject({
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        })
        page[NameObject("/Resources")] = DictionaryObject({
            NameObject("/Font"): DictionaryObject({NameObject("/F1"): w._add_object(font)})
        })
        ops = ["BT /F1 12 Tf 72 720 Td 14 TL"] + [f"({line}) Tj T*" for line in lines] + ["ET"]
        stream = DecodedStreamObject()
        stream.set_data("\n".join(ops).encode("latin-1"))
        page[NameObject("/Contents")] = w._add_object(stream)
    if encrypt:
        w.encrypt(**encrypt)
    bio = io.BytesIO()
    w.write(bio)
    return bio.getvalue()


def scan_pdf_bytes() -> bytes:
    """A one-page PDF as a scanner makes it: the page is a picture (an image XObject), no text."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, NumberObject

    w = PdfWriter()
    page = w.add_blank_page(595, 842)
    image = DecodedStreamObject()
    image.set_data(bytes(range(0, 256, 16)) * 16)  # a 16×16 grey gradient
    image.update({
        NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Image"),
        NameObject("/Width"): NumberObject(16), NameObject("/Height"): NumberObject(16),
        NameObject("/ColorSpace"): NameObject("/DeviceGray"), NameObject("/BitsPerComponent"): NumberObject(8),
    })
    page[NameObject("/Resources")] = DictionaryObject({
        NameObject("/XObject"): DictionaryObject({NameObject("/Im1"): w._add_object(image)})
    })
    content = DecodedStreamObject()
    content.set_data(b"q 595 0 0 842 0 0 cm /Im1 Do Q")
    page[NameObject("/Contents")] = w._add_object(content)
    bio = io.BytesIO()
    w.write(bio)
    return bio.getvalue()


# --------------------------------------------------------------------------- Word XML
# Run XML injected into python-docx documents (parse_xml): what Word and WPS write for checkboxes.

NS = nsdecls("w", "w14")


def fill_cell(cell, xml: str) -> None:
    """Replace the cell's content by one paragraph of the given runs."""
    tc = cell._tc
    for p in tc.findall(parse_xml(f"<w:p {NS}/>").tag):
        tc.remove(p)
    tc.append(parse_xml(f"<w:p {NS}>{xml}</w:p>"))


def sym(font: str, char: str) -> str:
    return f'<w:r><w:sym w:font="{font}" w:char="{char}"/></w:r>'


def text(t: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{t}</w:t></w:r>'


def control(checked: str | None, glyph: str) -> str:
    """A checkbox content control as Word 2010+ writes it: the state in w14:checked, the shown
    glyph (☒/☐ in MS Gothic by default) as ordinary run content."""
    state = "" if checked is None else f'<w14:checked w14:val="{checked}"/>'
    return (f'<w:sdt><w:sdtPr><w:id w:val="1"/><w14:checkbox>{state}'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
            f'<w:sdtContent>{glyph}</w:sdtContent></w:sdt>')


def gothic(ch: str) -> str:
    return (f'<w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/>'
            f'</w:rPr><w:t>{ch}</w:t></w:r>')


def checkbox_field(box: str, result: str = "") -> str:
    """A FORMCHECKBOX field: begin (with the w:ffData/w:checkBox), code, [result], end."""
    sep = f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{result}' if result else ""
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>{box}</w:checkBox></w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            f'{sep}<w:r><w:fldChar w:fldCharType="end"/></w:r>')


# --------------------------------------------------------------------------- zips


def zip_bytes(members: dict[str, bytes]) -> bytes:
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return bio.getvalue()


def zip_with_raw_name(raw_name: bytes, data: bytes, extra: bytes = b"") -> bytes:
    """A zip whose member name is stored as exactly ``raw_name`` with the UTF-8 flag clear —
    what Windows zippers on Chinese systems write (GBK bytes). zipfile would flag any non-ASCII
    name as UTF-8, so an ASCII placeholder of the same length is written and then patched."""
    placeholder = b"Q" * len(raw_name)
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as zf:
        info = zipfile.ZipInfo(placeholder.decode("ascii"))
        info.compress_type = zipfile.ZIP_DEFLATED
        info.extra = extra
        zf.writestr(info, data)
    raw = bio.getvalue()
    assert raw.count(placeholder) == 2  # local header + central directory
    return raw.replace(placeholder, raw_name)


def windows_zip(members: list[tuple[str, bytes | None]], codec: str = "gbk") -> bytes:
    """A zip as Windows' built-in zipper on a Chinese system writes it: every name in the ANSI
    code page (GBK) with the UTF-8 flag clear, made on "MS-DOS". ``None`` data is a folder entry
    (its name ends with "/"); a name may use backslashes, as some old zippers do. ASCII
    placeholders of the same byte length are written, then patched to the real name bytes."""
    bio = io.BytesIO()
    raws: list[tuple[bytes, bytes]] = []
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as zf:
        for i, (name, data) in enumerate(members):
            raw = name.encode(codec)
            folder = data is None
            body = len(raw) - (1 if folder else 0)
            assert body >= 6, f"name too short to patch: {name}"
            placeholder = (f"#{i:04d}" + "~" * (body - 5) + ("/" if folder else "")).encode("ascii")
            info = zipfile.ZipInfo(placeholder.decode("ascii"), date_time=(2024, 5, 1, 9, 30, 0))
            info.create_system = 0  # MS-DOS
            info.compress_type = zipfile.ZIP_STORED if folder else zipfile.ZIP_DEFLATED
            info.external_attr = 0x10 if folder else 0x20  # FILE_ATTRIBUTE_DIRECTORY / _ARCHIVE
            zf.writestr(info, b"" if folder else data)
            raws.append((placeholder, raw))
    out = bio.getvalue()
    for placeholder, raw in raws:
        assert out.count(placeholder) == 2, placeholder  # local header + central directory
        out = out.replace(placeholder, raw)
    return out


def unicode_path_extra(raw_name: bytes, unicode_name: str) -> bytes:
    """Info-ZIP Unicode Path extra field (0x7075): version 1, CRC32 of the plain name, UTF-8."""
    import zlib

    body = b"\x01" + struct.pack("<I", zlib.crc32(raw_name)) + unicode_name.encode("utf-8")
    return struct.pack("<HH", 0x7075, len(body)) + body


# --------------------------------------------------------------------------- OLE2


def ole_bytes(streams: dict[str, bytes]) -> bytes:
    """A version-3 compound file with the given top-level streams, written from [MS-CFB].

    Streams are padded to 4096 bytes so they live in the regular FAT (no mini stream): real
    files exercise the mini stream (see the msoffcrypto test), these exercise naming."""
    sec = 512
    names = list(streams)
    datas = [streams[n].ljust(4096, b"\0") for n in names]
    n_dir = -(-(len(names) + 1) // 4)
    n_data = sum(len(d) // sec for d in datas)
    n_fat = 1
    while n_fat * 128 < n_fat + n_dir + n_data:
        n_fat += 1
    FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    fat = [FATSECT] * n_fat
    dir_start = len(fat)
    fat += [i + 1 for i in range(dir_start, dir_start + n_dir - 1)] + [END]
    starts = []
    for d in datas:
        start = len(fat)
        count = len(d) // sec
        starts.append(start)
        fat += [i + 1 for i in range(start, start + count - 1)] + [END]
    fat += [FREE] * (n_fat * 128 - len(fat))

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        raw = name.encode("utf-16-le") + b"\0\0"
        return (raw.ljust(64, b"\0") + struct.pack("<HBB", len(raw), kind, 1)
                + struct.pack("<III", NOSTREAM, right, child) + b"\0" * 16 + b"\0" * 4
                + b"\0" * 16 + struct.pack("<IQ", start, size))

    entries = [entry("Root Entry", 5, 1 if names else NOSTREAM, NOSTREAM, END, 0)]
    for i, (name, d) in enumerate(zip(names, datas, strict=False), start=1):
        entries.append(entry(name, 2, NOSTREAM, i + 1 if i < len(names) else NOSTREAM, starts[i - 1], len(d)))
    directory = b"".join(entries).ljust(n_dir * sec, b"\0")

    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\0" * 6 + struct.pack("<IIIIIIIII", 0, n_fat, dir_start, 0, 4096, END, 0, END, 0))
    difat = list(range(n_fat)) + [FREE] * (109 - n_fat)
    header += struct.pack("<109I", *difat)
    assert len(header) == 512
    return header + struct.pack(f"<{len(fat)}I", *fat) + directory + b"".join(datas)


def word_fib(encrypted: bool = False) -> bytes:
    """The start of a WordDocument stream: FIB wIdent 0xA5EC, nFib, flags (fEncrypted 0x0100)."""
    flags = 0x0100 if encrypted else 0
    return struct.pack("<HHHHHH", 0xA5EC, 0xC1, 0, 0x0409, 0, flags) + b"\0" * 500


def by_path(docs) -> dict:
    return {d.path: d for d in docs}
