"""The parts of an OOXML package a reader needs, found through its relationships and parsed
with lxml only when asked for.

python-docx's ``Package.open`` unpacks and parses every XML part of a .docx up front — in files
made from Word's default template, styles.xml and stylesWithEffects.xml alone are about 800 KB
of XML, most of the cost of reading a short form — while govcheck reads the main document part
and the paragraph styles only. So reading goes through here, and python-docx only writes files
(samples, tests).

Parts are located the way the Open Packaging Conventions (and python-docx) do: the package's
relationships (``_rels/.rels``) name the main part, the main part's relationships its styles;
so a main part under another name, and .docm/.dotx packages, read like any .docx.
"""

from __future__ import annotations

import hashlib
import posixpath
import zipfile
from collections import OrderedDict
from typing import Any

from .package import seek_stored

_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
OFFICE_DOCUMENT = _RT + "officeDocument"
STYLES = _RT + "styles"


def parse(xml: bytes):
    """An XML part → its lxml tree, with the settings python-docx parses with (blank text
    between elements dropped, entities never resolved), and no DTD loaded, nothing fetched.
    The package was already refused if any part declares a DTD (read/package.py).

    A parser per call: lxml parsers must not be shared between threads (a Dask worker runs
    tasks in threads), and making one costs microseconds."""
    from lxml import etree

    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True,
                             load_dtd=False, huge_tree=False)
    return etree.fromstring(xml, parser)


class Package:
    """An opened OOXML zip: its parts by name ("word/document.xml"), and their relationships."""

    def __init__(self, zf: zipfile.ZipFile):
        self.zip = zf

    def read(self, part: str) -> bytes:
        """The part's bytes; KeyError if the package has no such part."""
        return self.zip.read(part)

    def stored(self, part: str) -> bytes:
        """The part as stored in the zip (compressed), with its compression method: a key for
        its content that costs no unpacking (equal stored bytes unpack to equal content).
        KeyError if the package has no such part."""
        info = self.zip.getinfo(part)
        return bytes([info.compress_type]) + seek_stored(self.zip, info).read(info.compress_size)

    def related(self, source: str, reltype: str) -> str:
        """The part ``source`` ("" for the package itself) relates to by ``reltype``: the first
        internal relationship of that type. KeyError if there is none."""
        for rel in self._rels(source):
            if rel.get("Type") == reltype and rel.get("TargetMode", "Internal") != "External":
                return _resolve(source, rel.get("Target", ""))
        raise KeyError(f"no {reltype.rsplit('/', 1)[-1]} relationship from /{source}")

    def main_part(self) -> str:
        return self.related("", OFFICE_DOCUMENT)

    def _rels(self, source: str) -> list[Any]:
        folder, name = posixpath.split(source)
        try:
            xml = self.read(posixpath.join(folder, "_rels", name + ".rels"))
        except KeyError:
            return []  # a part without relationships
        return list(parse(xml).iter(_REL))


def _resolve(source: str, target: str) -> str:
    """A relationship's target, relative to its source part's folder (or absolute "/…"), as a
    zip member name."""
    base = "/" + posixpath.dirname(source)
    return posixpath.normpath(posixpath.join(base, target)).lstrip("/")


class Memo:
    """A small bounded memo keyed by the SHA-256 of a part's bytes: documents made from one
    template share their styles part, parsed once per process instead of once per file."""

    def __init__(self, size: int = 64):
        self.size = size
        self._items: OrderedDict[bytes, Any] = OrderedDict()

    def get(self, data: bytes, make, key_data: bytes | None = None) -> Any:
        """make(data) once per distinct ``key_data`` (default: data itself); ``data`` may be a
        function giving the bytes, called only on a miss."""
        key = hashlib.sha256(key_data if key_data is not None else data).digest()
        if key in self._items:
            self._items.move_to_end(key)
            return self._items[key]
        value = make(data() if callable(data) else data)
        self._items[key] = value
        if len(self._items) > self.size:
            self._items.popitem(last=False)
        return value
