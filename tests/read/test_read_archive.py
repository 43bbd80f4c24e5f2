"""Walking a dossier: folders, zips read in memory, member-name encodings, junk, limits."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest

from govcheck.limits import Limits
from govcheck.read import DossierError, archive, read_dossier

from .builders import by_path, docx_bytes, unicode_path_extra, xlsx_bytes, zip_bytes, zip_with_raw_name

NAME = "附件1-项目申报表.docx"


def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


# --------------------------------------------------------------------------- folders


def test_folder_is_walked_recursively_with_posix_relative_paths(write):
    write(NAME, docx_bytes())
    write("子目录/预算表.xlsx", xlsx_bytes())
    write("子目录/更深/说明.txt", "项目说明".encode())
    docs = read_dossier(write(NAME, docx_bytes()).parent)
    assert [d.path for d in docs] == sorted(["子目录/更深/说明.txt", "子目录/预算表.xlsx", NAME])
    assert all(d.readable for d in docs)


def test_documents_are_sorted_by_path_whatever_the_walk_order(write):
    for name in ["b.txt", "a/z.txt", "c.txt", "a.txt"]:
        write(name, b"x")
    docs = read_dossier(write("a0.txt", b"x").parent)
    assert [d.path for d in docs] == sorted(d.path for d in docs)


def test_junk_files_and_the_manifest_are_not_documents(write):
    write(NAME, docx_bytes())
    for junk in ["__MACOSX/._附件1.docx", "Thumbs.db", "~$附件1-项目申报表.docx", ".DS_Store",
                 "子目录/.DS_Store", "govcheck.yaml", ".git/config", "._附件1.docx"]:
        write(junk, b"junk")
    docs = read_dossier(write("x.txt", b"x").parent)
    assert [d.path for d in docs] == sorted([NAME, "x.txt"])


def test_reading_writes_nothing_into_the_dossier(write):
    write(NAME, docx_bytes())
    write("附件.zip", zip_bytes({"附件2.docx": docx_bytes()}))
    root = write("预算.xlsx", xlsx_bytes()).parent
    before = _tree(root)
    read_dossier(root)
    assert _tree(root) == before


# --------------------------------------------------------------------------- zips


def test_zip_dossier_is_read_in_memory_and_nothing_appears_on_disk(tmp_path):
    z = tmp_path / "dossier.zip"
    z.write_bytes(zip_bytes({NAME: docx_bytes(), "子目录/预算.xlsx": xlsx_bytes()}))
    before = _tree(tmp_path)
    docs = read_dossier(z)
    got = by_path(docs)
    assert list(got) == sorted([NAME, "子目录/预算.xlsx"])
    assert got[NAME].paragraphs[0].text == "项目申报表"
    assert got["子目录/预算.xlsx"].sheets[0].rows == [["总投资", 70]]
    assert _tree(tmp_path) == before


def test_zip_inside_a_dossier_is_listed_and_its_members_read_with_prefixed_paths(write):
    inner = zip_bytes({"附件2.docx": docx_bytes(), "表/预算.xlsx": xlsx_bytes()})
    root = write("附件.zip", inner).parent
    docs = by_path(read_dossier(root))
    assert set(docs) == {"附件.zip", "附件.zip/附件2.docx", "附件.zip/表/预算.xlsx"}
    assert docs["附件.zip"].format == "zip" and docs["附件.zip"].has_text is False
    assert docs["附件.zip/附件2.docx"].paragraphs[0].text == "项目申报表"


def test_nested_zips_are_expanded_up_to_three_levels(write):
    data = zip_bytes({"deep.txt": b"level 4"})
    for level in (4, 3, 2, 1):
        data = zip_bytes({f"l{level}.zip": data, f"f{level}.txt": b"x"})
    root = write("top.zip", data).parent
    docs = by_path(read_dossier(root))
    assert "top.zip/l1.zip/l2.zip/f3.txt" in docs  # three zip levels below the dossier: read
    deep = docs["top.zip/l1.zip/l2.zip/l3.zip"]
    assert deep.readable is False and deep.problem == "limit"
    assert deep.issues[0].values["limit"] == "zip_depth=3"
    assert "嵌套超过 3 层" in deep.error
    assert not any(p.startswith("top.zip/l1.zip/l2.zip/l3.zip/") for p in docs)


def test_junk_inside_zips_is_ignored(tmp_path):
    z = tmp_path / "d.zip"
    z.write_bytes(zip_bytes({NAME: docx_bytes(), "__MACOSX/._" + NAME: b"x", "子目录/Thumbs.db": b"x",
                             "~$锁.docx": b"x", ".DS_Store": b"x", "govcheck.yaml": b"stage: application"}))
    assert [d.path for d in read_dossier(z)] == [NAME]


def test_gbk_member_names_without_utf8_flag_are_decoded(tmp_path):
    raw = NAME.encode("gb18030")
    z = tmp_path / "d.zip"
    z.write_bytes(zip_with_raw_name(raw, docx_bytes()))
    info = zipfile.ZipFile(z).infolist()[0]
    assert info.flag_bits & 0x800 == 0 and info.filename != NAME  # zipfile alone gets it wrong
    [doc] = read_dossier(z)
    assert doc.path == NAME
    assert doc.paragraphs[0].text == "项目申报表"


def test_gbk_names_inside_a_nested_zip(write):
    inner = zip_with_raw_name(("材料/" + NAME).encode("gbk"), docx_bytes())
    root = write("附件.zip", inner).parent
    assert "附件.zip/材料/" + NAME in by_path(read_dossier(root))


def test_utf8_names_without_the_flag_are_decoded_as_utf8(tmp_path):
    # macOS Archive Utility writes UTF-8 bytes and leaves the flag clear.
    z = tmp_path / "d.zip"
    z.write_bytes(zip_with_raw_name(NAME.encode("utf-8"), docx_bytes()))
    assert [d.path for d in read_dossier(z)] == [NAME]


def test_info_zip_unicode_path_extra_field_wins_over_the_plain_name(tmp_path):
    raw = b"fujian1.docx"
    z = tmp_path / "d.zip"
    z.write_bytes(zip_with_raw_name(raw, docx_bytes(), extra=unicode_path_extra(raw, NAME)))
    assert [d.path for d in read_dossier(z)] == [NAME]


def test_stale_unicode_path_extra_field_is_ignored(tmp_path):
    raw = b"fujian1.docx"
    z = tmp_path / "d.zip"
    z.write_bytes(zip_with_raw_name(raw, docx_bytes(), extra=unicode_path_extra(b"other.docx", NAME)))
    assert [d.path for d in read_dossier(z)] == ["fujian1.docx"]


def test_member_name_that_is_neither_utf8_nor_gb18030_is_shown_escaped():
    info = zipfile.ZipInfo(b"\x80\xff.txt".decode("cp437"))
    assert archive.member_name(info) == "\\x80\\xff.txt"


def test_windows_backslashes_and_dot_segments_are_cleaned():
    info = zipfile.ZipInfo("x")
    info.orig_filename = "./子目录\\..\\附件1.docx"
    info.flag_bits = 0x800
    assert archive.member_name(info) == "子目录/附件1.docx"


def test_password_protected_zip_member_is_an_encrypted_document(tmp_path):
    raw = bytearray(zip_bytes({"secret.docx": docx_bytes(), "open.txt": b"ok"}))
    # Set the "encrypted" flag bit of the first member in its local and central headers.
    local = raw.index(b"PK\x03\x04")
    central = raw.index(b"PK\x01\x02")
    for pos in (local + 6, central + 8):
        (flags,) = struct.unpack_from("<H", raw, pos)
        struct.pack_into("<H", raw, pos, flags | 0x1)
    z = tmp_path / "d.zip"
    z.write_bytes(bytes(raw))
    docs = by_path(read_dossier(z))
    assert docs["secret.docx"].problem == "encrypted" and not docs["secret.docx"].readable
    assert docs["open.txt"].readable


def test_zip_bomb_member_becomes_a_finding_and_the_rest_is_read(tmp_path):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("bomb.txt", b"\0" * (4 * 1024 * 1024))  # 4 MB of zeros: ~4 KB compressed
        zf.writestr("ok.txt", b"fine")
    z = tmp_path / "d.zip"
    z.write_bytes(bio.getvalue())
    docs = by_path(read_dossier(z, Limits(dossier_size=1024 * 1024)))
    assert docs["bomb.txt"].readable is False and docs["bomb.txt"].problem == "limit"
    [issue] = docs["bomb.txt"].issues
    assert issue.values["limit"] in ("zip_ratio=200", "dossier_size=1MB")
    assert "压缩炸弹" in docs["bomb.txt"].error
    assert docs["ok.txt"].paragraphs[0].text == "fine"


def test_size_header_that_lies_cannot_overrun_the_budget(tmp_path):
    raw = bytearray(zip_bytes({"bomb.txt": b"\0" * (4 * 1024 * 1024)}))
    central = raw.index(b"PK\x01\x02")
    struct.pack_into("<I", raw, central + 24, 10)  # claim 10 bytes uncompressed
    z = tmp_path / "d.zip"
    z.write_bytes(bytes(raw))
    [doc] = read_dossier(z, Limits(dossier_size=1024 * 1024))
    assert doc.readable is False  # CRC/size mismatch: reported, not read past the claim


def test_file_count_limit(write):
    for i in range(5):
        write(f"{i}.txt", b"x")
    docs = read_dossier(write("5.txt", b"x").parent, Limits(files=3))
    assert len(docs) == 4
    [over] = [d for d in docs if d.problem == "limit"]
    assert "超过 3 个" in over.error and over.issues[0].values["limit"] == "files=3"


def test_corrupt_inner_zip_is_an_unreadable_document(write):
    write("好.txt", b"ok")
    root = write("附件.zip", zip_bytes({"a.txt": b"x"})[:40]).parent
    docs = by_path(read_dossier(root))
    assert docs["附件.zip"].readable is False and docs["附件.zip"].problem == "unreadable"
    assert docs["好.txt"].readable


# --------------------------------------------------------------------------- the run itself


def test_missing_path_is_a_dossier_error(tmp_path):
    with pytest.raises(DossierError, match="路径不存在") as e:
        read_dossier(tmp_path / "nope")
    assert "nope" in str(e.value)


def test_a_file_that_is_not_a_zip_is_a_dossier_error(tmp_path):
    p = tmp_path / "报告.docx.txt"
    p.write_text("hello")
    with pytest.raises(DossierError, match="不是文件夹，也不是 zip") as e:
        read_dossier(p)
    assert str(p) in str(e.value)


def test_a_corrupt_zip_dossier_is_a_dossier_error(tmp_path):
    p = tmp_path / "dossier.zip"
    p.write_bytes(zip_bytes({"a.txt": b"x" * 100})[:60])
    with pytest.raises(DossierError, match="zip 压缩包已损坏"):
        read_dossier(p)


def test_file_that_cannot_be_opened_is_a_document_not_a_crash(write):
    p = write("好.txt", b"ok")
    (p.parent / "断开的链接.docx").symlink_to(p.parent / "does-not-exist.docx")
    docs = by_path(read_dossier(p.parent))
    assert docs["断开的链接.docx"].problem == "link"
    assert docs["断开的链接.docx"].error.startswith("链接目标不存在或链接成环")
    assert docs["好.txt"].readable


def test_a_single_docx_is_not_mistaken_for_a_zip_dossier(tmp_path):
    p = tmp_path / "申报表.docx"
    p.write_bytes(docx_bytes())
    with pytest.raises(DossierError, match="单个 .docx 文件"):
        read_dossier(p)


# --------------------------------------------------------------------------- the manifest


def test_manifest_is_found_in_a_folder(write):
    root = write("govcheck.yaml", b"stage: acceptance\n").parent
    assert archive.find_manifest(root) == ("govcheck.yaml", b"stage: acceptance\n")
    assert archive.find_manifest(write("子目录/x.txt", b"x").parent) is None


def test_manifest_is_found_in_a_zip_and_in_its_single_top_folder(tmp_path):
    z = tmp_path / "a.zip"
    z.write_bytes(zip_bytes({"govcheck.yaml": b"stage: application", NAME: b"x"}))
    assert archive.find_manifest(z) == ("govcheck.yaml", b"stage: application")
    z.write_bytes(zip_bytes({"项目材料/govcheck.yaml": b"jurisdiction: tongliao", "项目材料/" + NAME: b"x",
                             "__MACOSX/项目材料/._x": b"x"}))
    assert archive.find_manifest(z) == ("项目材料/govcheck.yaml", b"jurisdiction: tongliao")
    z.write_bytes(zip_bytes({NAME: b"x"}))
    assert archive.find_manifest(z) is None
