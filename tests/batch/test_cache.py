"""The cache: a dossier's result is reused while its content, the packs, govcheck and the
options that change results are the same; LibreOffice runs once for all of a run's legacy files
and never again for the same bytes; concurrent runs share it safely; it stays within its size."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from govcheck.cache import Cache

from .conftest import AS_OF, ROOT, make_round


def _entries(cache: Path, kind: str) -> list[Path]:
    return [p for p in (cache / kind).glob("*/*") if not p.name.startswith(".tmp-")]


def _tamper(cache: Path) -> None:
    """Mark every cached result, so a run that used the cache shows it."""
    for entry in _entries(cache, "results"):
        record = json.loads(entry.read_text(encoding="utf-8"))
        if "summary" in record:
            record["summary"]["infos"] = 999
        entry.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")


def _infos(stdout: str) -> dict[str, int]:
    return {Path(r["dossier"]["path"]).name: r["summary"]["infos"] for r in map(json.loads, stdout.splitlines())}


def test_result_cache_hits_until_content_or_options_change(tmp_path: Path, gc) -> None:
    round_ = make_round(tmp_path / "r", "tongliao-acceptance-clean", "tongliao-acceptance-missing")
    first = gc("batch", str(round_), "--as-of", AS_OF, "-f", "json")
    assert len(_entries(gc.cache, "results")) == 2
    _tamper(gc.cache)
    again = gc("batch", str(round_), "--as-of", AS_OF, "-f", "json")
    assert set(_infos(again.stdout).values()) == {999}  # served from the cache

    # a copy elsewhere with the same content: a hit, reported under its own path
    copy = make_round(tmp_path / "elsewhere", "tongliao-acceptance-clean")
    moved = gc("batch", str(copy), "--as-of", AS_OF, "-f", "json")
    [record] = map(json.loads, moved.stdout.splitlines())
    assert record["summary"]["infos"] == 999 and record["dossier"]["path"] == str(copy / "tongliao-acceptance-clean")

    # one file edited: that dossier is checked again, the other still comes from the cache
    shutil.copy(round_ / "tongliao-acceptance-clean" / "02-项目建设总结.docx",
                round_ / "tongliao-acceptance-missing" / "02-项目建设总结.docx")
    edited = _infos(gc("batch", str(round_), "--as-of", AS_OF, "-f", "json").stdout)
    assert edited["tongliao-acceptance-clean"] == 999 and edited["tongliao-acceptance-missing"] != 999

    # another as-of day or language: checked again
    assert 999 not in _infos(gc("batch", str(round_), "--as-of", "2026-04-01", "-f", "json").stdout).values()
    assert 999 not in _infos(gc("batch", str(round_), "--as-of", AS_OF, "--lang", "en", "-f", "json").stdout).values()
    # --no-cache: neither read nor written
    assert 999 not in _infos(gc("batch", str(round_), "--as-of", AS_OF, "-f", "json", "--no-cache").stdout).values()
    assert first.stdout and first.returncode == 1


def test_no_cache_writes_nothing_and_cache_dir_is_honoured(tmp_path: Path, gc) -> None:
    round_ = make_round(tmp_path / "r", "tongliao-acceptance-clean")
    gc("batch", str(round_), "--as-of", AS_OF, "--no-cache")
    assert not _entries(gc.cache, "results")
    mine = tmp_path / "mine"
    gc("batch", str(round_), "--as-of", AS_OF, "--cache-dir", str(mine))
    assert len(_entries(mine, "results")) == 1 and not _entries(gc.cache, "results")


def test_concurrent_runs_share_the_cache(tmp_path: Path) -> None:
    round_ = make_round(tmp_path / "r", "tongliao-acceptance-clean", "tongliao-acceptance-missing",
                        "tongliao-acceptance-late")
    env = {**os.environ, "GOVCHECK_CACHE_DIR": str(tmp_path / "cache")}
    cmd = [sys.executable, "-m", "govcheck", "batch", str(round_), "--as-of", AS_OF, "-f", "json",
           "--no-progress", "--workers", "1"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT) for _ in range(3)]
    outs = [sorted(p.communicate(timeout=300)[0].splitlines()) for p in procs]
    assert outs[0] == outs[1] == outs[2] and len(outs[0]) == 3
    assert len(_entries(tmp_path / "cache", "results")) == 3
    assert not list((tmp_path / "cache").rglob(".tmp-*"))  # no half-written entry left


def test_prune_keeps_the_most_recently_used_within_the_limit(tmp_path: Path) -> None:
    cache = Cache(tmp_path, limit_bytes=2500)
    for n in range(5):
        cache.put("results", f"{n:064x}", b"x" * 1000)
        os.utime(cache._file("results", f"{n:064x}"), (1000 + n, 1000 + n))
    assert cache.get("results", f"{0:064x}") == b"x" * 1000  # used now: the newest
    assert cache.prune() == 3
    left = sorted(p.name for p in _entries(tmp_path, "results"))
    assert left == sorted([f"{0:064x}", f"{4:064x}"])


# A stand-in LibreOffice that converts every file it is given (as the real one does) and logs
# each start.
CONVERTING_SOFFICE = textwrap.dedent("""\
    #!{python}
    import os, sys
    args = sys.argv[1:]
    with open(os.environ["SOFFICE_LOG"], "a") as log:
        log.write("start\\n")
    outdir = args[args.index("--outdir") + 1]
    os.makedirs(outdir, exist_ok=True)
    import docx
    for src in args[args.index("--outdir") + 2:]:
        d = docx.Document()
        d.add_paragraph("converted " + open(src, "rb").read().decode("latin-1"))
        d.save(os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".docx"))
    """)


def test_one_libreoffice_start_for_all_of_a_runs_legacy_files(tmp_path: Path, gc) -> None:
    round_ = tmp_path / "r"
    for n in range(4):
        (round_ / f"d{n}").mkdir(parents=True)
        (round_ / f"d{n}" / "可行性研究报告.doc").write_bytes(b"{\\rtf1 report %d}" % n)
        (round_ / f"d{n}" / "申请表.wps").write_bytes(b"{\\rtf1 form %d}" % n)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "soffice").write_text(CONVERTING_SOFFICE.format(python=sys.executable))
    (bin_dir / "soffice").chmod(0o755)
    log = tmp_path / "soffice.log"
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "SOFFICE_LOG": str(log)}
    r = gc("batch", str(round_), "-j", "tongliao", "-s", "application", "--as-of", AS_OF, "-f", "json",
           "--workers", "2", env=env)
    records = list(map(json.loads, r.stdout.splitlines()))
    assert len(records) == 4 and all(d["readable"] for rec in records for d in rec["documents"])
    assert log.read_text().count("start") == 1  # 8 files, one start
    # next run, results not reusable (another day), conversions are: no start at all
    gc("batch", str(round_), "-j", "tongliao", "-s", "application", "--as-of", "2026-05-01", env=env)
    assert log.read_text().count("start") == 1
    assert len(_entries(gc.cache, "convert")) == 8


WARM_PROBE = """
import sys
from govcheck.cli import main
sys.argv = ["govcheck", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
heavy = ("govcheck.pipeline", "govcheck.packs.load", "govcheck.read.dossier", "govcheck.read.legacy",
         "govcheck.batch.executors", "govcheck.model", "docx", "openpyxl", "lxml", "yaml")
print("LOADED", " ".join(m for m in heavy if m in sys.modules), file=sys.stderr)
"""


def test_a_warm_rerun_loads_neither_the_pipeline_nor_a_reader(tmp_path: Path, gc) -> None:
    """Every result in the cache: the run hashes, looks up and writes — the checking machinery
    (pipeline, packs, readers, the worker pool) is never imported."""
    round_ = make_round(tmp_path / "r", "tongliao-acceptance-clean", "tongliao-acceptance-missing")
    cold = gc("batch", str(round_), "--as-of", AS_OF, "-f", "json")
    env = {**os.environ, "GOVCHECK_CACHE_DIR": str(gc.cache)}
    warm = subprocess.run([sys.executable, "-c", WARM_PROBE, "batch", str(round_), "--as-of", AS_OF, "-f", "json"],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    loaded = [line.strip() for line in warm.stderr.splitlines() if line.startswith("LOADED")]
    assert loaded == ["LOADED"], warm.stderr
    assert sorted(warm.stdout.splitlines()) == sorted(cold.stdout.splitlines())


def test_tree_digest_follows_content_names_and_links_only(tmp_path: Path) -> None:
    from govcheck.cache import tree_digest

    d = tmp_path / "d"
    (d / "子目录").mkdir(parents=True)
    (d / "a.txt").write_bytes(b"one")
    (d / "子目录" / "b.txt").write_bytes(b"two")
    base = tree_digest(d)
    assert tree_digest(d) == base
    os.utime(d / "a.txt", (1, 1))
    assert tree_digest(d) == base  # times are not content
    (d / "a.txt").write_bytes(b"ONE")
    changed = tree_digest(d)
    assert changed != base
    (d / "a.txt").rename(d / "c.txt")
    assert tree_digest(d) != changed  # a name is content
    (d / "空").mkdir()
    renamed = tree_digest(d)
    assert tree_digest(d) == renamed  # an empty folder holds nothing
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_bytes(b"x")
    (d / "link").symlink_to(outside)
    linked = tree_digest(d)
    assert linked != renamed
    (outside / "secret.txt").write_bytes(b"y")
    assert tree_digest(d) == linked  # a link is never followed: its target names it


def test_the_code_digest_covers_the_packs_the_loader_uses() -> None:
    from govcheck.cache import rules_dir
    from govcheck.packs.load import builtin_rules_dir

    assert rules_dir() == builtin_rules_dir()


def test_file_digests_are_reused_only_while_the_files_status_is_unchanged(tmp_path: Path, monkeypatch) -> None:
    from govcheck import cache

    d = tmp_path / "d"
    d.mkdir()
    (d / "a.txt").write_bytes(b"one")
    (d / "b.txt").write_bytes(b"two")
    store = Cache(tmp_path / "cache")
    hashed: list[str] = []
    real = cache._file_digest

    def counting(f: Path) -> bytes:
        hashed.append(f.name)
        return real(f)

    monkeypatch.setattr(cache, "_file_digest", counting)
    first = cache.tree_digest(d, store=store)
    assert sorted(hashed) == ["a.txt", "b.txt"]
    # just written: within the safety margin of the record, so hashed again (a change in the
    # same timestamp tick as the hashing must not be missed)
    hashed.clear()
    assert cache.tree_digest(d, store=store) == first and sorted(hashed) == ["a.txt", "b.txt"]

    monkeypatch.setattr(cache._StatRecord, "_MARGIN_NS", -10**18)  # as if written long ago
    hashed.clear()
    assert cache.tree_digest(d, store=store) == first and hashed == []  # nothing read
    # same size, modification time set back: the status-change time still tells
    st = (d / "a.txt").stat()
    (d / "a.txt").write_bytes(b"ONE")
    os.utime(d / "a.txt", ns=(st.st_atime_ns, st.st_mtime_ns))
    changed = cache.tree_digest(d, store=store)
    assert hashed == ["a.txt"] and changed != first
    assert changed == cache.tree_digest(d)  # the same digest as without any record
    # without a store (--no-cache) every file is read
    hashed.clear()
    cache.tree_digest(d)
    assert sorted(hashed) == ["a.txt", "b.txt"]


def test_batch_rows_rank_severities_as_the_model_does() -> None:
    from govcheck.batch.rows import SEVERITY_ORDER
    from govcheck.model import SEVERITY_ORDER as MODEL_ORDER

    assert SEVERITY_ORDER == MODEL_ORDER
