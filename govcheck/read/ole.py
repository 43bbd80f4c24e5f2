"""A minimal reader of OLE2 compound files (.doc, .wps, .xls, .et, encrypted OOXML).

Only what sniffing needs: the names of the streams and the first bytes of one of them. A full
library (olefile) would be a dependency for a few dozen lines of structure walking. Every loop
is bounded by the file size, so a damaged or hostile file cannot make it spin.
"""

from __future__ import annotations

import struct

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END = 0xFFFFFFFE  # ENDOFCHAIN; anything >= 0xFFFFFFFA is a special marker, never a sector


class OleError(ValueError):
    pass


class OleFile:
    def __init__(self, data: bytes):
        if len(data) < 512 or not data.startswith(MAGIC):
            raise OleError("not an OLE2 compound file")
        self._data = data
        sector_shift, mini_shift = struct.unpack_from("<HH", data, 0x1E)
        if sector_shift not in (9, 12) or mini_shift != 6:
            raise OleError("bad sector size")
        self._ssize = 1 << sector_shift
        self._mini_size = 1 << mini_shift
        (n_fat, first_dir, _, self._cutoff, first_minifat, _, first_difat, n_difat) = (
            struct.unpack_from("<IIIIIIII", data, 0x2C)
        )
        self._max_sectors = len(data) // self._ssize + 1
        self._fat = self._read_fat(data, n_fat, first_difat, n_difat)
        self._entries = self._read_directory(first_dir)
        self._minifat: list[int] | None = None
        self._first_minifat = first_minifat

    # ----------------------------------------------------------------- structure

    def _sector(self, n: int) -> bytes:
        off = (n + 1) * self._ssize
        if n >= self._max_sectors or off >= len(self._data):
            raise OleError(f"sector {n} outside the file")
        return self._data[off : off + self._ssize]

    def _chain(self, start: int, table: list[int]) -> list[int]:
        chain: list[int] = []
        n = start
        while n < 0xFFFFFFFA:
            if n >= len(table) or len(chain) > len(table):
                raise OleError("broken sector chain")
            chain.append(n)
            n = table[n]
        return chain

    def _read_fat(self, data: bytes, n_fat: int, first_difat: int, n_difat: int) -> list[int]:
        per = self._ssize // 4
        fat_sectors = list(struct.unpack_from("<109I", data, 0x4C))
        n = first_difat
        for _ in range(min(n_difat, self._max_sectors)):
            if n >= 0xFFFFFFFA:
                break
            vals = struct.unpack(f"<{per}I", self._sector(n))
            fat_sectors.extend(vals[:-1])
            n = vals[-1]
        fat: list[int] = []
        for s in fat_sectors[: min(n_fat, self._max_sectors)]:
            if s >= 0xFFFFFFFA:
                continue
            fat.extend(struct.unpack(f"<{per}I", self._sector(s)))
        return fat

    def _read_directory(self, first_dir: int) -> list[tuple[str, int, int, int]]:
        entries = []
        for s in self._chain(first_dir, self._fat):
            sector = self._sector(s)
            for off in range(0, self._ssize, 128):
                raw = sector[off : off + 128]
                name_len, kind = struct.unpack_from("<HB", raw, 0x40)
                start, size = struct.unpack_from("<IQ", raw, 0x74)
                if kind == 0 or not 2 <= name_len <= 64:
                    continue  # unused slot
                name = raw[: name_len - 2].decode("utf-16-le", "replace")
                if self._ssize == 512:
                    size &= 0xFFFFFFFF  # version 3 files leave the high half undefined
                entries.append((name, kind, start, size))
        return entries

    # ----------------------------------------------------------------- what sniffing uses

    @property
    def names(self) -> set[str]:
        """Names of all storages and streams (flat: sniffing doesn't care about nesting)."""
        return {name for name, kind, _, _ in self._entries if kind in (1, 2)}

    def read_stream(self, name: str, limit: int = 1 << 20) -> bytes:
        """Up to ``limit`` bytes of the first stream called ``name``."""
        for ename, kind, start, size in self._entries:
            if kind == 2 and ename == name:
                # Where a stream lives depends on its full size; only then cut to the limit.
                want = min(size, limit)
                if size < self._cutoff:
                    return self._read_mini(start, want)
                chain = self._chain(start, self._fat)[: want // self._ssize + 1]
                return b"".join(self._sector(s) for s in chain)[:want]
        raise OleError(f"no stream {name}")

    def _read_mini(self, start: int, size: int) -> bytes:
        root = next((e for e in self._entries if e[1] == 5), None)
        if root is None:
            raise OleError("no root entry")
        if self._minifat is None:
            raw = b"".join(self._sector(s) for s in self._chain(self._first_minifat, self._fat))
            self._minifat = list(struct.unpack(f"<{len(raw) // 4}I", raw[: len(raw) // 4 * 4]))
        ministream = b"".join(self._sector(s) for s in self._chain(root[2], self._fat))
        parts = []
        for n in self._chain(start, self._minifat)[: size // self._mini_size + 1]:
            parts.append(ministream[n * self._mini_size : (n + 1) * self._mini_size])
        return b"".join(parts)[:size]


def is_encrypted_word(ole: OleFile) -> bool:
    """Word 97–2003 (and WPS, which writes the same format): the FIB's fEncrypted bit."""
    fib = ole.read_stream("WordDocument", limit=32)
    if len(fib) < 12:
        return False
    (flags,) = struct.unpack_from("<H", fib, 0x0A)
    return bool(flags & 0x0100)


def is_encrypted_workbook(ole: OleFile) -> bool:
    """BIFF workbook globals carry a FILEPASS record (0x002F) before their EOF when encrypted."""
    for name in ("Workbook", "Book"):
        if name in ole.names:
            data = ole.read_stream(name, limit=1 << 16)
            break
    else:
        return False
    pos = 0
    while pos + 4 <= len(data):
        rec, length = struct.unpack_from("<HH", data, pos)
        if rec == 0x002F:
            return True
        if rec == 0x000A:  # EOF of the globals substream
            return False
        pos += 4 + length
    return False
