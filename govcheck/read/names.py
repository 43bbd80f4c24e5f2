"""File names and text made safe to print, once, where they enter govcheck (the read stage).

A dossier made on another system can carry names that are not valid UTF-8 (Python hands them
over as lone surrogates, which no UTF-8 writer accepts), control characters (a terminal escape,
a newline inside a name) and bidirectional overrides that make "报告exe.docx" look like
"报告xcod.exe". Every report format gets the same escaped text, so JSON, SARIF and JUnit XML
stay valid and what is shown is exactly what is there: a byte that is not UTF-8 as \\xNN, a
control or direction character as \\xNN / \\uNNNN.
"""

from __future__ import annotations

import re

# Characters a name may not show as themselves: C0/C1 controls, DEL, lone surrogates (bytes
# that were not UTF-8), bidi embeddings/overrides/isolates, and the XML-invalid U+FFFE/U+FFFF.
_UNSAFE_NAME = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069\u200e\u200f\ufffe\uffff]")
_SURROGATE = re.compile("[\udc80-\udcff]")
# In document text only what XML 1.0 cannot carry goes (tab, newline, carriage return stay).
_UNSAFE_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _escape(m: re.Match[str]) -> str:
    ch = m.group(0)
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # surrogateescape: the original byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_name(name: str) -> str:
    """The name as shown in every report: valid UTF-8, printable, unambiguous.

    A path part that was not valid UTF-8 is shown byte by byte (every non-ASCII byte as \\xNN):
    decoding the valid-looking stretches of it would show characters the name never had."""
    if not _SURROGATE.search(name):
        return _UNSAFE_NAME.sub(_escape, name)
    return "/".join(_bytes_escaped(part) if _SURROGATE.search(part) else _UNSAFE_NAME.sub(_escape, part)
                    for part in name.split("/"))


def _bytes_escaped(part: str) -> str:
    raw = part.encode("utf-8", "surrogateescape")
    return "".join(chr(b) if 0x20 <= b < 0x7F else f"\\x{b:02x}" for b in raw)


def is_safe_name(name: str) -> bool:
    return _UNSAFE_NAME.search(name) is None


def undecodable_hint(name: str) -> str | None:
    """For a name that was not UTF-8: the same bytes read as GBK/GB18030 (Windows on Chinese
    systems), to help the reader tell what the escaped name was — or None. Only the path parts
    that were not UTF-8 are re-read."""
    if not _SURROGATE.search(name):
        return None
    parts = []
    for part in name.split("/"):
        if _SURROGATE.search(part):
            try:
                part = part.encode("utf-8", "surrogateescape").decode("gb18030")
            except UnicodeDecodeError:
                return None
        parts.append(part)
    guess = "/".join(parts)
    return guess if is_safe_name(guess) else None


def safe_text(text: str) -> str:
    """Document text without the characters no XML report can carry."""
    return _UNSAFE_TEXT.sub("", text) if _UNSAFE_TEXT.search(text) else text
