"""Byte-for-byte determinism: fixed core-property dates and normalised zip containers."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime

# =========================================================================== determinism

ZIP_TIME = (1980, 1, 1, 0, 0, 0)
FIXED_WHEN = datetime(2025, 1, 1, 9, 0, 0)  # core-property time when a document has no date
_CORE_DATE = re.compile(
    r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)|"
    r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)"
)


def _fix_core_xml(xml: bytes, when: datetime) -> bytes:
    """Pin dcterms:created / dcterms:modified / cp:lastPrinted (openpyxl stamps 'now' on save)."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")

    def sub(m: re.Match) -> str:
        if m.group(1):
            return f"{m.group(1)}{stamp}{m.group(3)}"
        return f"{m.group(4)}{stamp}{m.group(5)}"

    return _CORE_DATE.sub(sub, xml.decode("utf-8")).encode("utf-8")


def normalise_zip(data: bytes, when: datetime) -> bytes:
    """Re-write an OOXML zip so that the same content always gives the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in sorted(src.namelist()):
            payload = src.read(name)
            if name == "docProps/core.xml":
                payload = _fix_core_xml(payload, when)
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, payload, compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
    return out.getvalue()
