"""What govcheck will spend on one untrusted dossier: sizes, counts, depth, rows, seconds.

Every limit has a safe default (docs/security.md lists them and why). A run may change any of
them: `--limit NAME=VALUE` on the command line, or the `limits` table of the configuration file;
both arrive as ``pipeline.Options.limits`` (a dict of NAME → VALUE) and become a ``Limits`` here.
A limit that is hit is a finding naming the file and the limit (``govcheck/limit-exceeded``),
never a crash and never a silent cut.

Sizes accept a unit: 200MB, 64k, 1.5GB (binary: 1 KB = 1024 bytes); a bare number is bytes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from typing import Any

_KB, _MB, _GB = 1024, 1024 * 1024, 1024 * 1024 * 1024


@dataclass(frozen=True)
class Limits:
    # Bytes of one file: on disk, or unpacked from an archive.
    file_size: int = 200 * _MB
    # Bytes read for one dossier altogether (files on disk and everything unpacked).
    dossier_size: int = 1 * _GB
    # Files in one dossier, members of archives inside it included.
    files: int = 5000
    # Members of one zip: the dossier .zip, a .zip inside it, or a .docx/.xlsx package.
    zip_members: int = 10000
    # Uncompressed ÷ compressed size of one zip member (only judged above 1 MB uncompressed:
    # small XML parts legitimately compress 50–100×; a zip bomb compresses 1000× and more).
    zip_ratio: int = 200
    # Levels of archives inside archives inside the dossier that are opened.
    zip_depth: int = 3
    # Uncompressed bytes of one XML part of a .docx/.xlsx/.odt/.ods package (worksheets are
    # streamed and only bounded by the rows read; see sheet_rows).
    xml_part_size: int = 64 * _MB
    # Rows and columns read from one worksheet; the sheet is read up to the limit and reported.
    # Budget sheets have hundreds of rows and a few dozen columns.
    sheet_rows: int = 20000
    sheet_cols: int = 512
    # Seconds one file's reader may take before it is abandoned and reported.
    file_seconds: float = 60.0

    @classmethod
    def from_options(cls, values: dict[str, Any] | None) -> Limits:
        """Limits from a NAME → VALUE mapping (the config table or parsed --limit options)."""
        if not values:
            return cls()
        changes = {name: parse_value(name, value) for name, value in values.items()}
        return replace(cls(), **changes)

    def describe(self, name: str) -> str:
        """The limit as a user sets it: "sheet_rows=50000", "file_size=200MB"."""
        return f"{name}={format_value(name, getattr(self, name))}"


NAMES = tuple(f.name for f in fields(Limits))
_SIZES = {"file_size", "dossier_size", "xml_part_size"}
_FLOATS = {"file_seconds"}
_UNITS = {"": 1, "b": 1, "k": _KB, "kb": _KB, "m": _MB, "mb": _MB, "g": _GB, "gb": _GB}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$", re.IGNORECASE)


class LimitError(ValueError):
    """A limit name or value that cannot be used; the message says which and why."""


def parse_option(text: str) -> tuple[str, Any]:
    """One `--limit NAME=VALUE` → (name, value), the value checked and converted."""
    name, sep, value = text.partition("=")
    name = name.strip()
    if not sep or not value.strip():
        raise LimitError(f"--limit {text}: expected NAME=VALUE, e.g. --limit sheet_rows=100000")
    return name, parse_value(name, value)


def parse_options(texts: list[str]) -> dict[str, Any]:
    return dict(parse_option(t) for t in texts)


def parse_value(name: str, value: Any) -> int | float:
    if name not in NAMES:
        raise LimitError(f"unknown limit {name!r}; one of: {', '.join(NAMES)}")
    if isinstance(value, bool):
        raise LimitError(f"limit {name}: {value!r} is not a number")
    if name in _FLOATS:
        number: float = _number(name, value)
    elif name in _SIZES:
        number = _size(name, value)
    else:
        number = _number(name, value)
        if number != int(number):
            raise LimitError(f"limit {name}: {value!r} is not a whole number")
        number = int(number)
    if number <= 0:
        raise LimitError(f"limit {name}: must be greater than 0, not {value!r}")
    return number


def _number(name: str, value: Any) -> float:
    if isinstance(value, (int, float)):
        return value
    try:
        return float(str(value).strip())
    except ValueError:
        raise LimitError(f"limit {name}: {value!r} is not a number") from None


def _size(name: str, value: Any) -> int:
    if isinstance(value, (int, float)):
        return int(value)
    m = _SIZE.match(str(value))
    unit = m.group(2).lower() if m else None
    if not m or unit not in _UNITS:
        raise LimitError(f"limit {name}: {value!r} is not a size (e.g. 200MB, 64k, 1048576)")
    return int(float(m.group(1)) * _UNITS[unit])


def format_value(name: str, value: int | float) -> str:
    if name in _SIZES:
        for unit, size in (("GB", _GB), ("MB", _MB), ("KB", _KB)):
            if value >= size and value % size == 0:
                return f"{value // size}{unit}"
        return str(value)
    if name in _FLOATS:
        return f"{value:g}"
    return str(value)
