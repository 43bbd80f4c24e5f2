"""Mutation fuzzer: sample .docx/.xlsx files and a zipped sample dossier, broken in the ways real
and hostile files are broken, each read by govcheck — read, classify, facts — as one file of a
dossier. Nothing may escape as an exception (a crash) and nothing may run much past the
per-file time limit (a hang).

    python tools/fuzz.py -n 10000            # `make fuzz`
    python tools/fuzz.py -n 200 --seed 7     # the same 200 mutants every time

Mutations: truncation; bit flips; zip members dropped, duplicated or renamed; huge declared
sizes (local and central headers); compression method and CRC fields scrambled; an XML part
replaced by a mutated copy (bytes flipped inside the XML, tags cut); a DTD added to a part.
A crash or hang is saved to --out (default tests/fuzz/regressions/) as the mutant file itself;
tests/fuzz/test_regressions.py reads every file there, so each one becomes a regression test.
Exit 1 when any crash or hang was found.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import random
import struct
import sys
import time
import traceback
import zipfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_dossiers"
FILE_SECONDS = 10.0  # the per-file limit while fuzzing; a mutant taking 2× this is a hang


# --------------------------------------------------------------------------- seeds


def seeds(count_per_kind: int = 6) -> list[tuple[str, bytes]]:
    """(name, bytes) of a few sample .docx and .xlsx files, and one sample dossier zipped."""
    out: list[tuple[str, bytes]] = []
    for ext in ("docx", "xlsx"):
        files = sorted(SAMPLES.rglob(f"*.{ext}"))
        step = max(1, len(files) // count_per_kind)
        out += [(p.name, p.read_bytes()) for p in files[::step][:count_per_kind]]
    dossier = sorted(p for p in SAMPLES.iterdir() if p.is_dir())[0]
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as zf:
        for p in sorted(dossier.rglob("*")):
            if p.is_file():
                zf.write(p, p.relative_to(dossier).as_posix())
    out.append(("材料.zip", bio.getvalue()))
    return out


# --------------------------------------------------------------------------- mutations


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(0, len(data))]


def flip_bits(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.choice((1, 2, 8, 64))):
        i = rng.randrange(len(buf))
        buf[i] ^= 1 << rng.randrange(8)
    return bytes(buf)


def _rezip(data: bytes, edit) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    members = [(i, src.read(i)) for i in src.infolist()]
    members = edit(members)
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as dst:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # duplicate names are the point
            for info, body in members:
                dst.writestr(info.filename, body)
    return bio.getvalue()


def drop_member(data: bytes, rng: random.Random) -> bytes:
    return _rezip(data, lambda ms: [m for j, m in enumerate(ms) if j != rng.randrange(len(ms))] if ms else ms)


def duplicate_member(data: bytes, rng: random.Random) -> bytes:
    def edit(ms):
        if not ms:
            return ms
        info, body = rng.choice(ms)
        other = flip_bits(body, rng) if body and rng.random() < 0.5 else body
        return ms + [(info, other)]
    return _rezip(data, edit)


def rename_member(data: bytes, rng: random.Random) -> bytes:
    names = ["word/document.xml", "xl/workbook.xml", "../../x.xml", "/abs.xml", "[Content_Types].xml",
             "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "a/" * 50 + "deep.xml", "名字.xml", ""]

    def edit(ms):
        if not ms:
            return ms
        j = rng.randrange(len(ms))
        info, body = ms[j]
        renamed = zipfile.ZipInfo(rng.choice(names) or info.filename + "x")
        return ms[:j] + [(renamed, body)] + ms[j + 1:]
    return _rezip(data, edit)


def mutate_xml_part(data: bytes, rng: random.Random) -> bytes:
    def edit(ms):
        xml = [j for j, (i, _) in enumerate(ms) if i.filename.endswith((".xml", ".rels"))]
        if not xml:
            return ms
        j = rng.choice(xml)
        info, body = ms[j]
        choice = rng.random()
        if choice < 0.4:
            body = flip_bits(body, rng) if body else body
        elif choice < 0.7:
            body = truncate(body, rng) if body else body
        elif choice < 0.85:  # cut a tag out
            a = rng.randrange(len(body) or 1)
            body = body[:a] + body[a + rng.randrange(1, 200):]
        else:
            body = body.replace(b"?>", b'?><!DOCTYPE r [<!ENTITY e "ee">]>', 1)
        return ms[:j] + [(info, body)] + ms[j + 1:]
    return _rezip(data, edit)


def huge_sizes(data: bytes, rng: random.Random) -> bytes:
    """Declared sizes (uncompressed/compressed, local/central) set to huge or wrong values."""
    buf = bytearray(data)
    sig = rng.choice((b"PK\x01\x02", b"PK\x03\x04"))
    spots = [i for i in range(len(buf) - 4) if buf[i:i + 4] == sig]
    if not spots:
        return flip_bits(data, rng)
    for pos in rng.sample(spots, min(len(spots), rng.choice((1, 3)))):
        field = (20, 24) if sig == b"PK\x01\x02" else (18, 22)
        off = pos + rng.choice(field)
        value = rng.choice((0xFFFFFFFF, 0x7FFFFFFF, 0, 1, rng.randrange(1 << 32)))
        if off + 4 <= len(buf):
            struct.pack_into("<I", buf, off, value)
    return bytes(buf)


def scramble_header(data: bytes, rng: random.Random) -> bytes:
    """Compression method, CRC, flags or name length of one header scrambled."""
    buf = bytearray(data)
    spots = [i for i in range(len(buf) - 4) if buf[i:i + 4] in (b"PK\x01\x02", b"PK\x03\x04")]
    if not spots:
        return flip_bits(data, rng)
    pos = rng.choice(spots)
    central = buf[pos:pos + 4] == b"PK\x01\x02"
    fields = {"flags": (8 if central else 6, "<H"), "method": (10 if central else 8, "<H"),
              "crc": (16 if central else 14, "<I"), "namelen": (28 if central else 26, "<H")}
    off, fmt = fields[rng.choice(list(fields))]
    if pos + off + struct.calcsize(fmt) <= len(buf):
        struct.pack_into(fmt, buf, pos + off, rng.randrange(1 << (8 * struct.calcsize(fmt))))
    return bytes(buf)


MUTATIONS = [truncate, flip_bits, drop_member, duplicate_member, rename_member, mutate_xml_part,
             huge_sizes, scramble_header]


def mutant(seed_files: list[tuple[str, bytes]], index: int, seed: int) -> tuple[str, bytes, str]:
    """The index-th mutant (deterministic): (file name, bytes, what was done)."""
    rng = random.Random(seed * 1_000_003 + index)
    name, data = rng.choice(seed_files)
    done = []
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        m = rng.choice(MUTATIONS)
        try:
            data = m(data, rng)
        except Exception:  # noqa: BLE001 — the generator's own trouble (a zip-level mutation of a
            # zip an earlier mutation broke): flip bits instead; the system under test is not involved
            data = flip_bits(data, rng) if data else data
        done.append(m.__name__)
    return name, data, "+".join(done)


# --------------------------------------------------------------------------- running one


def check_bytes(name: str, data: bytes, file_seconds: float = FILE_SECONDS) -> float:
    """Read the bytes as one file of a dossier, then classify and extract facts, as validate does.
    Returns the seconds it took; any exception is a crash (the reader must turn every failure
    into a finding)."""
    import tempfile

    from govcheck.identify.classify import classify
    from govcheck.facts import extract
    from govcheck.limits import Limits
    from govcheck.pipeline import document_findings, no_documents_finding
    from govcheck.read import read_dossier
    from govcheck.report.words import findings_out

    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="govcheck-fuzz-") as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        # The file in a folder dossier — or, for the zipped dossier, the .zip as the dossier.
        target = path if name.endswith(".zip") else Path(tmp)
        try:
            docs = read_dossier(target, Limits(file_seconds=file_seconds))
        except Exception as e:  # noqa: BLE001
            from govcheck.read import DossierError

            if isinstance(e, DossierError):  # a broken dossier .zip: the run's own clear error
                return time.monotonic() - start
            raise
        from govcheck.read.dossier import INTERNAL_ERROR

        internal = [d for d in docs if d.error and INTERNAL_ERROR in d.error]
        if internal:  # the read stage's safety net caught a bug: still a crash to fix
            raise AssertionError(f"{internal[0].path}: {internal[0].error}")
        classify(docs)
        found = extract(docs, [], jurisdiction="tongliao").findings
        found += document_findings(docs) + no_documents_finding(docs)
        for lang in ("zh", "en"):  # findings are data: word them as a report would
            findings_out(found, lang)
    return time.monotonic() - start


def _run_one(args: tuple) -> tuple[int, str, str, float, str | None]:
    index, seed, seed_files = args
    name, data, done = mutant(seed_files, index, seed)
    try:
        seconds = check_bytes(name, data)
    except BaseException:  # noqa: BLE001 — reported, and the mutant saved
        return index, name, done, 0.0, traceback.format_exc()
    return index, name, done, seconds, None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=10000, help="mutants to run")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--out", type=Path, default=ROOT / "tests" / "fuzz" / "regressions")
    args = ap.parse_args(argv)

    seed_files = seeds()
    started = time.monotonic()
    crashes = hangs = 0
    slowest = (0.0, "")
    jobs = [(i, args.seed, seed_files) for i in range(args.n)]
    pool = ProcessPoolExecutor(max_workers=args.workers) if args.workers > 1 else None
    results = pool.map(_run_one, jobs, chunksize=16) if pool else map(_run_one, jobs)
    for done_count, (index, name, what, seconds, error) in enumerate(results, start=1):
        if error is not None or seconds > 2 * FILE_SECONDS:
            crashes += error is not None
            hangs += error is None
            _, data, _ = mutant(seed_files, index, args.seed)
            args.out.mkdir(parents=True, exist_ok=True)
            digest = hashlib.sha256(data).hexdigest()[:12]
            saved = args.out / f"{digest}-{name}"
            saved.write_bytes(data)
            print(f"{'CRASH' if error else 'HANG'} #{index} {name} [{what}] → {saved}\n{error or f'{seconds:.1f}s'}",
                  file=sys.stderr)
        if seconds > slowest[0]:
            slowest = (seconds, f"#{index} {name} [{what}]")
        if done_count % 1000 == 0:
            print(f"{done_count} mutants, {time.monotonic() - started:.0f}s", file=sys.stderr)
    if pool:
        pool.shutdown()
    total = time.monotonic() - started
    print(f"fuzz: {args.n} mutants of {len(seed_files)} seed files, {crashes} crashes, {hangs} hangs, "
          f"{total:.0f}s; slowest {slowest[0]:.1f}s ({slowest[1]})")
    return 1 if crashes or hangs else 0


if __name__ == "__main__":
    sys.exit(main())
