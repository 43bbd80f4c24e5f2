"""The pieces under the hostile-file handling: limit parsing, name escaping, the package check
(DTDs in any encoding or hiding place), the per-file timer."""

from __future__ import annotations

import io
import os
import time
import zipfile

import pytest

from govcheck.limits import LimitError, Limits, parse_option, parse_options
from govcheck.read.deadline import FileTimeout, time_limit
from govcheck.read.names import safe_name, safe_text, undecodable_hint
from govcheck.read.package import check_package
from govcheck.read.problems import ReadProblem

# --------------------------------------------------------------------------- limits


@pytest.mark.parametrize("text,name,value", [
    ("sheet_rows=100000", "sheet_rows", 100000),
    ("file_size=200MB", "file_size", 200 * 1024 * 1024),
    ("file_size=64k", "file_size", 64 * 1024),
    ("dossier_size=1.5GB", "dossier_size", int(1.5 * 1024 ** 3)),
    ("xml_part_size=1048576", "xml_part_size", 1048576),
    ("file_seconds=2.5", "file_seconds", 2.5),
    (" zip_depth = 5 ", "zip_depth", 5),
])
def test_limit_options_parse(text: str, name: str, value) -> None:
    assert parse_option(text) == (name, value)


@pytest.mark.parametrize("text,needle", [
    ("sheet_rows", "NAME=VALUE"), ("rows=5", "unknown limit"), ("sheet_rows=many", "not a number"),
    ("sheet_rows=1.5", "whole number"), ("file_size=10 parsecs", "not a size"), ("zip_depth=0", "greater than 0"),
    ("file_seconds=-1", "greater than 0"),
])
def test_bad_limit_options_say_what_is_wrong(text: str, needle: str) -> None:
    with pytest.raises(LimitError, match=needle):
        parse_option(text)


def test_limits_from_a_config_table_and_their_names() -> None:
    limits = Limits.from_options({"sheet_rows": 500, "file_size": "10MB", "file_seconds": 3})
    assert (limits.sheet_rows, limits.file_size, limits.file_seconds) == (500, 10 * 1024 * 1024, 3)
    assert limits.describe("file_size") == "file_size=10MB" and limits.describe("sheet_rows") == "sheet_rows=500"
    assert Limits.from_options({}) == Limits() == Limits.from_options(parse_options([]))
    with pytest.raises(LimitError):
        Limits.from_options({"sheet_rows": True})


# --------------------------------------------------------------------------- names


def test_names_are_escaped_once_and_printably() -> None:
    gbk = os.fsdecode("项目/".encode() + "可研".encode("gbk") + b".docx")
    assert safe_name(gbk) == "项目/\\xbf\\xc9\\xd1\\xd0.docx"  # the valid-UTF-8-looking d0 b1 too
    assert undecodable_hint(gbk) == "项目/可研.docx"
    assert safe_name("a\nb\x1b[31m\u202ec\x7f") == "a\\x0ab\\x1b[31m\\u202ec\\x7f"
    assert safe_name("附件1-项目申报表.docx") == "附件1-项目申报表.docx"
    assert safe_text("正文\x00\x0b\tend\n") == "正文\tend\n"
    assert undecodable_hint("plain.docx") is None


# --------------------------------------------------------------------------- the package check


def _package(parts: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> zipfile.ZipFile:
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", method) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return zipfile.ZipFile(io.BytesIO(bio.getvalue()))


ROOT = b"<w:document xmlns:w='x'/>"


@pytest.mark.parametrize("xml", [
    b"<?xml version='1.0'?><!DOCTYPE d [<!ENTITY e 'x'>]>" + ROOT,
    b"\xef\xbb\xbf<?xml version='1.0'?>\n<!-- c -->\n<!DOCTYPE d SYSTEM 'http://x/d.dtd'>" + ROOT,
    ("<?xml version='1.0' encoding='UTF-16'?><!DOCTYPE d>" + ROOT.decode()).encode("utf-16"),
    b"<?xml version='1.0'?><!-- " + b"x" * 70000 + b" --><!DOCTYPE d>" + ROOT,  # pushed past the scan
    # past the short head read first (read/package.py), within the scan
    b"<?xml version='1.0'?><!-- " + b"x" * 3000 + b" --><!DOCTYPE d>" + ROOT,
    b"<?xml version='1.0'?>" + b" " * 1010 + b"<!DOCTYPE d>" + ROOT,  # cut inside "<!DOCTYPE"
    ("<?xml version='1.0' encoding='UTF-16'?><!--" + "注" * 2000 + "--><!DOCTYPE d>" + ROOT.decode()).encode("utf-16"),
    "<?xml version='1.0' encoding='UTF-32'?><!DOCTYPE d>".encode("utf-32"),  # an encoding we don't scan
])
@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED, zipfile.ZIP_BZIP2])
def test_a_dtd_anywhere_in_the_prolog_is_refused(xml: bytes, method: int) -> None:
    # the head is unpacked straight from the stored bytes (deflated, stored), else by zipfile
    with pytest.raises(ReadProblem, match="DTD|无法识别"):
        check_package(_package({"[Content_Types].xml": b"<Types/>", "word/document.xml": xml}, method), Limits())


def test_plain_parts_pass_the_check() -> None:
    check_package(_package({"[Content_Types].xml": b"<?xml version='1.0'?>\n<Types/>",
                            "word/document.xml": b"\xef\xbb\xbf<?xml version='1.0'?>" + ROOT,
                            "word/media/image1.png": b"\x89PNG" + b"\0" * 100}), Limits())


def test_package_parts_are_bounded_by_their_declared_sizes() -> None:
    big = _package({"word/document.xml": b"<a>" + b" " * (2 * 1024 * 1024) + b"</a>"})
    with pytest.raises(ReadProblem) as e:
        check_package(big, Limits(xml_part_size=1024 * 1024, zip_ratio=100000))
    assert e.value.issue.values["limit"] == "xml_part_size=1MB"
    with pytest.raises(ReadProblem) as e:
        check_package(big, Limits())
    assert e.value.issue.values["limit"] == "zip_ratio=200"


# --------------------------------------------------------------------------- the timer


def test_the_time_limit_interrupts_python_code_and_is_disarmed_after() -> None:
    started = time.monotonic()
    with pytest.raises(FileTimeout):
        with time_limit(0.05):
            while True:
                pass
    assert time.monotonic() - started < 5
    with time_limit(0.05):
        pass
    time.sleep(0.1)  # a timer left armed would raise here
