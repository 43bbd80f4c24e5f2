"""The hostile corpus: broken and malicious dossiers, each with the finding govcheck must give.

    python tests/hostile/make_corpus.py OUTDIR      # writes OUTDIR/<case>/ (or <case>.zip)

Each case is a dossier of its own (a folder, or a .zip for the cases about the dossier zip),
built from scratch here — nothing binary is checked in. ``CASES`` lists them with what is
expected: the rule of the finding, text its message must contain, the file it must name, and
text that must appear nowhere in the report (what a link outside the dossier points to).
tests/hostile/test_corpus.py runs govcheck on every case; tests/hostile/test_network.py and
test_untouched.py use the cases that fetch or write.

Cases that need a host resource (a listener port, an outside folder) take them as arguments.
"""

from __future__ import annotations

import io
import os
import random
import re
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

SECRET = "OUTSIDE-SECRET-7f3a9"  # text of the files outside the dossier: must never be reported
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@dataclass
class Case:
    name: str
    build: Callable[[Path, Path], Path]  # (where to put the dossier, a folder outside it) → dossier
    rule: str | None  # the govcheck/* rule expected (None: read normally, no tool finding on it)
    file: str | None = None  # the file the finding must name (location.file)
    text: str = ""  # text the finding's message must contain
    limits: dict[str, object] = field(default_factory=dict)
    absent: tuple[str, ...] = (SECRET,)  # text that must appear nowhere in the report
    severity: str | None = None  # of the finding, when not the rule's own (None: error)


# --------------------------------------------------------------------------- file builders


def docx(paragraphs: tuple[str, ...] = ("项目申报表", "项目名称：政务云平台")) -> bytes:
    import docx as python_docx

    d = python_docx.Document()
    d.add_heading(paragraphs[0], level=1)
    for p in paragraphs[1:]:
        d.add_paragraph(p)
    bio = io.BytesIO()
    d.save(bio)
    return bio.getvalue()


def xlsx(rows: list[list[object]] | None = None) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    for row in rows or [["总投资（万元）", 70]]:
        wb.active.append(row)
    bio = io.BytesIO()
    wb.save(bio)
    return bio.getvalue()


def pdf(lines: list[str], password: str | None = None) -> bytes:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    w = PdfWriter()
    page = w.add_blank_page(612, 792)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): w._add_object(font)})})
    stream = DecodedStreamObject()
    stream.set_data("".join(f"BT /F1 12 Tf 72 {700 - 20 * i} Td ({t}) Tj ET\n" for i, t in enumerate(lines)).encode())
    page[NameObject("/Contents")] = w._add_object(stream)
    if password:
        w.encrypt(user_password=password, owner_password=password + "-owner")
    bio = io.BytesIO()
    w.write(bio)
    return bio.getvalue()


def replace_part(package: bytes, part: str, data: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    """The package with one part replaced (and more parts added)."""
    src = zipfile.ZipFile(io.BytesIO(package))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, data if info.filename == part else src.read(info))
        for name, body in (extra or {}).items():
            dst.writestr(name, body)
    return out.getvalue()


def document_xml(body: str, prolog: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{prolog}'
            f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>').encode()


def para(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def zip_of(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return bio.getvalue()


def write(root: Path, rel: str | bytes, data: bytes) -> Path:
    """Write a file; a bytes name is written as exactly those bytes (not UTF-8)."""
    if isinstance(rel, bytes):
        p = Path(os.fsdecode(os.fsencode(root) + b"/" + rel))
    else:
        p = root / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data)
    return p


def folder(base: Path, name: str, files: dict[str | bytes, bytes] | None = None) -> Path:
    root = base / name
    root.mkdir(parents=True, exist_ok=True)
    for rel, data in (files or {}).items():
        write(root, rel, data)
    return root


# --------------------------------------------------------------------------- the hostile files

BILLION_LAUGHS = (
    '<!DOCTYPE w:document [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈">'
    + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
    + "]>\n"
)


def xxe_prolog(url: str) -> str:
    return f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{url}">]>\n'


def entity_bomb_docx() -> bytes:
    return replace_part(docx(), "word/document.xml", document_xml(para("&j;"), BILLION_LAUGHS))


def xxe_docx(url: str) -> bytes:
    return replace_part(docx(), "word/document.xml", document_xml(para("项目名称：&xxe;"), xxe_prolog(url)))


def external_template_docx(url: str) -> bytes:
    """A .docx whose settings attach a template at ``url`` and whose body links an image there."""
    package = docx(("项目申报表", "项目名称：政务云平台"))
    src = zipfile.ZipFile(io.BytesIO(package))
    settings_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"'
        f' Target="{url}/template.dotx" TargetMode="External"/></Relationships>').encode()
    settings = src.read("word/settings.xml").replace(
        b"</w:settings>", b'<w:attachedTemplate r:id="rIdT" '
        b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></w:settings>')
    doc_rels = src.read("word/_rels/document.xml.rels").replace(
        b"</Relationships>",
        b'<Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"'
        + f' Target="{url}/logo.png" TargetMode="External"/>'.encode() + b"</Relationships>")
    out = replace_part(package, "word/settings.xml", settings, {"word/_rels/settings.xml.rels": settings_rels})
    return replace_part(out, "word/_rels/document.xml.rels", doc_rels)


def external_link_xlsx(url: str) -> bytes:
    """A workbook with an external workbook link at ``url`` and a formula using it."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active["A1"] = "总投资（万元）"
    wb.active["B1"] = "=[1]Sheet1!A1"
    bio = io.BytesIO()
    wb.save(bio)
    link = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames></externalBook></externalLink>').encode()
    link_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath"'
        f' Target="{url}/budget.xlsx" TargetMode="External"/></Relationships>').encode()
    src = zipfile.ZipFile(io.BytesIO(bio.getvalue()))
    wb_xml = src.read("xl/workbook.xml").replace(
        b"</workbook>", b'<externalReferences><externalReference r:id="rIdX"/></externalReferences></workbook>')
    if b'xmlns:r=' not in wb_xml.split(b">", 2)[1]:
        wb_xml = wb_xml.replace(b"<workbook ", b'<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ', 1)
    rels = src.read("xl/_rels/workbook.xml.rels").replace(
        b"</Relationships>",
        b'<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink"'
        b' Target="externalLinks/externalLink1.xml"/></Relationships>')
    types = src.read("[Content_Types].xml").replace(
        b"</Types>", b'<Override PartName="/xl/externalLinks/externalLink1.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>')
    out = replace_part(bio.getvalue(), "xl/workbook.xml", wb_xml, {
        "xl/externalLinks/externalLink1.xml": link, "xl/externalLinks/_rels/externalLink1.xml.rels": link_rels})
    out = replace_part(out, "xl/_rels/workbook.xml.rels", rels)
    return replace_part(out, "[Content_Types].xml", types)


def xxe_xlsx(url: str) -> bytes:
    """A workbook whose cell A1 is shared string 0, and whose shared strings declare an
    external entity and use it there."""
    package = xlsx([["总投资（万元）", 70]])
    strings = (f'<?xml version="1.0" encoding="UTF-8"?>\n{xxe_prolog(url).replace("w:document", "sst")}'
               '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
               '<si><t>总投资&xxe;</t></si></sst>').encode()
    src = zipfile.ZipFile(io.BytesIO(package))
    sheet = re.sub(rb'<c r="A1" t="inlineStr"><is><t>[^<]*</t></is></c>', b'<c r="A1" t="s"><v>0</v></c>',
                   src.read("xl/worksheets/sheet1.xml"))
    rels = src.read("xl/_rels/workbook.xml.rels").replace(
        b"</Relationships>",
        b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"'
        b' Target="sharedStrings.xml"/></Relationships>')
    types = src.read("[Content_Types].xml").replace(
        b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    out = replace_part(package, "xl/worksheets/sheet1.xml", sheet, {"xl/sharedStrings.xml": strings})
    out = replace_part(out, "xl/_rels/workbook.xml.rels", rels)
    return replace_part(out, "[Content_Types].xml", types)


def million_row_xlsx(rows: int = 1_000_000) -> bytes:
    """A budget sheet of ``rows`` rows, its XML written directly (openpyxl would take minutes)."""
    head = '<row r="1"><c r="A1" t="inlineStr"><is><t>序号</t></is></c><c r="B1" t="inlineStr"><is><t>项目</t></is></c>' \
           '<c r="C1" t="inlineStr"><is><t>金额（万元）</t></is></c></row>'
    src = zipfile.ZipFile(io.BytesIO(xlsx([["序号", "项目", "金额（万元）"]])))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                dst.writestr(info.filename, src.read(info))
                continue
            with dst.open("xl/worksheets/sheet1.xml", "w") as f:
                f.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet '
                        b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + head.encode())
                for start in range(2, rows + 1, 10000):
                    f.write("".join(
                        f'<row r="{r}"><c r="A{r}"><v>{r - 1}</v></c><c r="B{r}" t="inlineStr"><is><t>设备{r}</t></is></c>'
                        f'<c r="C{r}"><v>{r % 97}.5</v></c></row>' for r in range(start, min(start + 10000, rows + 1))).encode())
                f.write(b"</sheetData></worksheet>")
    return out.getvalue()


def wide_xlsx(cols: int = 600) -> bytes:
    return xlsx([["项目"] + [f"列{i}" for i in range(1, cols)], ["金额"] + list(range(1, cols))])


def big_paragraph_docx(megabytes: int = 50) -> bytes:
    """One paragraph of ``megabytes`` MB of varied Chinese text (varied, so it does not compress
    like a bomb: this is a big document, not a zip bomb)."""
    rng = random.Random(11)
    chars = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    chunk = "".join(rng.choice(chars) for _ in range(100_000))  # 300 KB of UTF-8
    text = chunk * (megabytes * 1024 * 1024 // len(chunk.encode()))
    return replace_part(docx(), "word/document.xml", document_xml(para("项目建设总结") + para(text)))


def varied_docx(kilobytes: int) -> bytes:
    """A .docx of about ``kilobytes`` KB on disk: varied text does not compress away."""
    rng = random.Random(5)
    chars = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    line = "".join(rng.choice(chars) for _ in range(kilobytes * 1024 // 3))
    return docx(("可行性研究报告", line))


def lnk_bytes() -> bytes:
    """A Windows .lnk shortcut header (ShellLinkHeader: size 0x4C, the LinkCLSID) and padding."""
    clsid = bytes.fromhex("0114020000000000c000000000000046")
    return b"L\x00\x00\x00" + clsid + b"\x00" * 56 + "C:\\Windows\\win.ini".encode("utf-16-le")


def zip_with_names(members: list[tuple[str, bytes]]) -> bytes:
    """A zip whose member names are written exactly as given (../, absolute, drive letters)."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            info = zipfile.ZipInfo("placeholder")
            info.filename = info.orig_filename = name  # ZipInfo() would strip the leading "/"
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return bio.getvalue()


def zip_symlink_member(target: str) -> bytes:
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as zf:
        info = zipfile.ZipInfo("可研报告.docx")
        info.create_system = 3
        info.external_attr = (0o120777 << 16)
        zf.writestr(info, target)
        zf.writestr("申报表.docx", docx())
    return bio.getvalue()


def nested_zip(levels: int) -> bytes:
    data = zip_of({"最深处.txt": "项目名称：政务云平台".encode()})
    for level in range(levels, 0, -1):
        data = zip_of({f"第{level}层.zip": data, f"说明{level}.txt": b"x"})
    return data


def many_member_zip(count: int = 20000) -> bytes:
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_STORED) as zf:
        for i in range(count):
            zf.writestr(f"附件/{i:05d}.txt", b"x")
    return bio.getvalue()


def zip_bomb(megabytes: int = 150) -> bytes:
    """One member of ``megabytes`` MB of zeros: ~1000:1 when deflated."""
    bio = io.BytesIO()
    zeros = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as zf:
        with zf.open("可行性研究报告.docx", "w", force_zip64=True) as f:
            for _ in range(megabytes):
                f.write(zeros)
    return bio.getvalue()


def huge_declared_size_zip() -> bytes:
    """A member whose headers declare 4 GB while holding a few bytes."""
    raw = bytearray(zip_of({"申报表.docx": docx()}))
    central = raw.index(b"PK\x01\x02")
    raw[central + 24:central + 28] = (0xFFFFFFF0).to_bytes(4, "little")
    return bytes(raw)


# --------------------------------------------------------------------------- the cases

FORM = "申报表.docx"  # a good file next to the hostile one: it must still be read


def _good(root: Path) -> None:
    write(root, FORM, docx())


def _case(name: str, files: Callable[[Path, Path], None]) -> Callable[[Path, Path], Path]:
    def build(base: Path, outside: Path) -> Path:
        root = folder(base, name)
        files(root, outside)
        return root

    return build


def _zip_case(name: str, data: Callable[[], bytes]) -> Callable[[Path, Path], Path]:
    def build(base: Path, outside: Path) -> Path:
        p = base / f"{name}.zip"
        p.write_bytes(data())
        return p

    return build


def outside_files(outside: Path) -> None:
    """What links out of the dossier point to: a file and a folder of secrets."""
    outside.mkdir(parents=True, exist_ok=True)
    (outside / "secret.txt").write_text(f"项目名称：{SECRET}", encoding="utf-8")
    (outside / "secret-folder").mkdir(exist_ok=True)
    (outside / "secret-folder" / "可研报告.txt").write_text(f"总投资：{SECRET}", encoding="utf-8")
    (outside / "secret.docx").write_bytes(docx(("可行性研究报告", f"项目名称：{SECRET}")))


def _symlink(root: Path, name: str, target: Path | str) -> None:
    (root / name).symlink_to(target)


def cases(url: str = "http://127.0.0.1:9") -> list[Case]:
    """Every case; ``url`` is where fetching cases point (a listener in the network test)."""
    odd_names = {
        "换行\n名称.docx": docx(), "终端\x1b[31m红色.docx": docx(), "反向\u202excod.exe": docx(),
        "-rf --no-preserve-root.docx": docx(), "  空格  .docx": docx(), ("长" * 80) + ".docx": docx(),
    }
    return [
        Case("truncated", _case("truncated", lambda r, o: (_good(r), write(r, "可研报告.docx", docx()[:900]))),
             "govcheck/unreadable-file", "可研报告.docx", "不是有效的 .docx"),
        Case("random-bytes", _case("random-bytes", lambda r, o: (_good(r), write(r, "概算表.xlsx", random.Random(1).randbytes(5000)))),
             "govcheck/unreadable-file", "概算表.xlsx", "内容不是有效的 .xlsx"),
        Case("zero-byte", _case("zero-byte", lambda r, o: (_good(r), write(r, "可研报告.pdf", b""))),
             "govcheck/unreadable-file", "可研报告.pdf", "0 字节"),
        Case("misnamed", _case("misnamed", lambda r, o: (_good(r), write(r, "概算表.xlsx", docx()))),
             "govcheck/misnamed-file", "概算表.xlsx", ".docx", severity="warning"),
        Case("encrypted", _case("encrypted", lambda r, o: (_good(r), write(r, "批复.pdf", pdf(["approved"], "secret")))),
             "govcheck/encrypted-file", "批复.pdf"),
        Case("malformed-xml", _case("malformed-xml", lambda r, o: (_good(r), write(
            r, "可研报告.docx", replace_part(docx(), "word/document.xml", b"<w:document><w:body><w:p>")))),
             "govcheck/unreadable-file", "可研报告.docx", "不是有效的 .docx"),
        Case("entity-bomb", _case("entity-bomb", lambda r, o: (_good(r), write(r, "可研报告.docx", entity_bomb_docx()))),
             "govcheck/unreadable-file", "可研报告.docx", "DTD"),
        Case("xxe-file", _case("xxe-file", lambda r, o: (_good(r), write(r, "可研报告.docx", xxe_docx((o / "secret.txt").as_uri())))),
             "govcheck/unreadable-file", "可研报告.docx", "DTD"),
        Case("xxe-url", _case("xxe-url", lambda r, o: (_good(r), write(r, "可研报告.docx", xxe_docx(f"{url}/xxe")))),
             "govcheck/unreadable-file", "可研报告.docx", "DTD"),
        Case("xxe-xlsx", _case("xxe-xlsx", lambda r, o: (_good(r), write(r, "概算表.xlsx", xxe_xlsx(f"{url}/xxe-xlsx")))),
             "govcheck/unreadable-file", "概算表.xlsx", "DTD"),
        Case("external-template", _case("external-template", lambda r, o: write(r, FORM, external_template_docx(url))),
             None, FORM),
        Case("external-workbook-link", _case("external-workbook-link", lambda r, o: (_good(r), write(
            r, "概算表.xlsx", external_link_xlsx(url)))), None, "概算表.xlsx"),
        Case("zip-bomb", _case("zip-bomb", lambda r, o: (_good(r), write(r, "附件.zip", zip_bomb()))),
             "govcheck/limit-exceeded", "附件.zip/可行性研究报告.docx", "zip_ratio=200"),
        Case("huge-declared-size", _case("huge-declared-size", lambda r, o: (_good(r), write(r, "附件.zip", huge_declared_size_zip()))),
             "govcheck/limit-exceeded", "附件.zip/申报表.docx", "file_size=200MB"),
        Case("many-members", _zip_case("many-members", many_member_zip),
             "govcheck/limit-exceeded", "many-members.zip", "zip_members=10000", severity="warning"),
        Case("nested-zips", _case("nested-zips", lambda r, o: (_good(r), write(r, "附件.zip", nested_zip(8)))),
             "govcheck/limit-exceeded", "附件.zip/第1层.zip/第2层.zip/第3层.zip", "zip_depth=3"),
        Case("path-traversal", _case("path-traversal", lambda r, o: (_good(r), write(r, "附件.zip", zip_with_names([
            ("../../evil.docx", docx()), ("/etc/cron.d/evil.txt", b"x"), ("C:\\Windows\\evil.txt", b"x")])))),
             "govcheck/unsafe-member-name", "附件.zip/evil.docx", "../../evil.docx", severity="warning"),
        Case("zip-symlink-member", _zip_case("zip-symlink-member", lambda: zip_symlink_member("/etc/passwd")),
             "govcheck/link-not-followed", "可研报告.docx", "符号链接", absent=(SECRET, "root:x:0"), severity="warning"),
        Case("gbk-name", _case("gbk-name", lambda r, o: (_good(r), write(r, "可研报告".encode("gbk") + b".docx", docx()))),
             None, "\\xbf\\xc9\\xd1\\xd0\\xb1\\xa8\\xb8\\xe6.docx"),
        Case("non-utf8-name", _case("non-utf8-name", lambda r, o: (_good(r), write(r, b"\xff\xfe-bad.txt", "说明".encode()))),
             None, "\\xff\\xfe-bad.txt"),
        Case("odd-names", _case("odd-names", lambda r, o: [write(r, n, d) for n, d in odd_names.items()]),
             "govcheck/misnamed-file", "反向\\u202excod.exe", ".exe", severity="warning"),
        Case("symlink-file-out", _case("symlink-file-out", lambda r, o: (_good(r), _symlink(r, "可研报告.txt", o / "secret.txt"),
                                                                       _symlink(r, "可研报告.docx", o / "secret.docx"))),
             "govcheck/link-not-followed", "可研报告.txt", "材料包以外", severity="warning"),
        Case("symlink-folder-out", _case("symlink-folder-out", lambda r, o: (_good(r), _symlink(r, "附件", o / "secret-folder"))),
             "govcheck/link-not-followed", "附件", "文件夹链接", severity="warning"),
        Case("symlink-in", _case("symlink-in", lambda r, o: (_good(r), (r / "子目录").mkdir(), _symlink(r, "子目录/申报表副本.docx", r / FORM),
                                                           _symlink(r, "子目录/上级", r))),
             None, FORM),
        Case("symlink-loop", _case("symlink-loop", lambda r, o: (_good(r), _symlink(r, "a.docx", r / "b.docx"),
                                                               _symlink(r, "b.docx", r / "a.docx"))),
             "govcheck/link-not-followed", "a.docx", "成环", severity="warning"),
        Case("windows-shortcut", _case("windows-shortcut", lambda r, o: (_good(r), write(r, "可研报告.docx.lnk", lnk_bytes()))),
             "govcheck/link-not-followed", "可研报告.docx.lnk", "快捷方式", severity="warning"),
        Case("big-paragraph", _case("big-paragraph", lambda r, o: write(r, "项目建设总结.docx", big_paragraph_docx())),
             "govcheck/unreadable-file", "项目建设总结.docx", "10 MB"),
        Case("million-rows", _case("million-rows", lambda r, o: (_good(r), write(r, "概算表.xlsx", million_row_xlsx()))),
             "govcheck/limit-exceeded", "概算表.xlsx", "sheet_rows=20000", severity="warning"),
        Case("wide-sheet", _case("wide-sheet", lambda r, o: (_good(r), write(r, "概算表.xlsx", wide_xlsx()))),
             "govcheck/limit-exceeded", "概算表.xlsx", "sheet_cols=512", severity="warning"),
        Case("file-size-limit", _case("file-size-limit", lambda r, o: (_good(r), write(r, "可研报告.docx", varied_docx(800)))),
             "govcheck/limit-exceeded", "可研报告.docx", "file_size=500KB", limits={"file_size": "500k"}),
        Case("xml-part-limit", _case("xml-part-limit", lambda r, o: (_good(r), write(r, "可研报告.docx", docx(("可研",) + ("正文" * 40,) * 8000)))),
             "govcheck/limit-exceeded", "可研报告.docx", "xml_part_size=1MB", limits={"xml_part_size": "1MB"}),
        Case("dossier-size-limit", _case("dossier-size-limit", lambda r, o: [write(r, f"附件{i}.txt", b"x" * 40000) for i in range(5)]),
             "govcheck/limit-exceeded", None, "dossier_size=100KB", limits={"dossier_size": "100k"}),
        Case("file-count-limit", _case("file-count-limit", lambda r, o: [write(r, f"附件{i}.txt", b"x") for i in range(12)]),
             "govcheck/limit-exceeded", None, "files=10", limits={"files": 10}),
        Case("time-limit", _case("time-limit", lambda r, o: (_good(r), write(r, "概算表.xlsx", million_row_xlsx(200_000)))),
             "govcheck/limit-exceeded", "概算表.xlsx", "file_seconds=0.05", limits={"file_seconds": 0.05}),
        Case("empty", _case("empty", lambda r, o: None), "govcheck/no-documents", None, "共 0 个文件"),
        Case("nothing-readable", _case("nothing-readable", lambda r, o: (write(r, "a.docx", b""), write(r, "照片.jpg", b"\xff\xd8\xff"))),
             "govcheck/no-documents", None, "共 2 个文件"),
    ]


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    out = Path(argv[1])
    outside = out / "_outside"
    outside_files(outside)
    for case in cases():
        path = case.build(out, outside)
        print(f"{case.name:24} {path.name:28} expect {case.rule or '(read normally)'} {case.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
