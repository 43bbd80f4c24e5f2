"""Plain text (.txt, .md, .csv): one Paragraph per non-empty line."""

from __future__ import annotations

from ..model import Document, Paragraph


def decode_text(data: bytes) -> str:
    # UTF-8 first (with or without BOM); Chinese Windows tools still write GBK, which GB18030 covers.
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    return data.decode("utf-8", "replace")


def read_text(data: bytes, doc: Document) -> None:
    lines = (line.strip() for line in decode_text(data).splitlines())
    doc.paragraphs = [Paragraph(text=t, index=i) for i, t in enumerate(t for t in lines if t)]
    doc.has_text = bool(doc.paragraphs)
