"""Beyond one machine: --shard I/N splits a round into disjoint, stable parts whose `merge` is
the whole round's batch; the Dask executor on a LocalCluster gives the local pool's results."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from .conftest import AS_OF, make_round

SAMPLES = ("tongliao-acceptance-clean", "tongliao-acceptance-missing", "tongliao-acceptance-late",
           "hunan-acceptance-clean", "wujin-approval-clean", "gaoping-approval-clean")


def _by_path(stdout: str) -> dict[str, dict]:
    return {r["dossier"]["path"]: r for r in map(json.loads, stdout.splitlines())}


def test_shards_split_the_round_and_merge_gives_the_whole_batch(tmp_path: Path, gc) -> None:
    round_ = make_round(tmp_path / "r", *SAMPLES)
    (round_ / "empty").mkdir()
    whole = gc("batch", str(round_), "--as-of", AS_OF, "-f", "json", "--no-cache")
    shards = []
    for i in (1, 2, 3):
        out = tmp_path / f"shard{i}.jsonl"
        gc("batch", str(round_), "--as-of", AS_OF, "-f", "json", "--shard", f"{i}/3", "-o", str(out), "--no-cache")
        shards.append(_by_path(out.read_text(encoding="utf-8")))
    paths = [set(s) for s in shards]
    assert sum(len(p) for p in paths) == 7 and set().union(*paths) == set(_by_path(whole.stdout))
    assert len([p for p in paths if p]) >= 2  # it really splits
    # stable: the same split again
    again = gc("batch", str(round_), "--as-of", AS_OF, "-f", "json", "--shard", "1/3", "--no-cache")
    assert set(_by_path(again.stdout)) == paths[0]

    files = [str(tmp_path / f"shard{i}.jsonl") for i in (1, 2, 3)]
    merged_csv = gc("merge", *files, "-f", "csv", "--xlsx", str(tmp_path / "m.xlsx"), "--html", str(tmp_path / "mh"))
    whole_csv = gc("batch", str(round_), "--as-of", AS_OF, "-f", "csv", "--no-cache",
                   "--xlsx", str(tmp_path / "w.xlsx"), "--html", str(tmp_path / "wh"))
    assert merged_csv.returncode == whole_csv.returncode == 1
    assert merged_csv.stdout == whole_csv.stdout

    from openpyxl import load_workbook

    def sheets(path: Path) -> list:
        wb = load_workbook(path)
        return [sorted(map(str, ws.iter_rows(values_only=True))) for ws in wb]

    assert sheets(tmp_path / "m.xlsx") == sheets(tmp_path / "w.xlsx")
    index_m = (tmp_path / "mh" / "index.html").read_text(encoding="utf-8")
    index_w = (tmp_path / "wh" / "index.html").read_text(encoding="utf-8")
    assert index_m == index_w
    for link in re.findall(r'href="(dossiers/[^"]+)"', index_w):
        assert (tmp_path / "mh" / link).read_text(encoding="utf-8") == (tmp_path / "wh" / link).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def local_cluster():
    from dask.distributed import LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


def test_dask_executor_gives_the_local_pools_results(tmp_path: Path, gc, local_cluster) -> None:
    round_ = make_round(tmp_path / "r", *SAMPLES)
    (round_ / "empty").mkdir()
    (round_ / "broken.zip").write_bytes(b"PK\x03\x04 not a zip")
    local = gc("batch", str(round_), "--as-of", AS_OF, "-f", "json", "--no-cache")
    dask = gc("batch", str(round_), "--as-of", AS_OF, "-f", "json", "--no-cache", "--executor", "dask",
              "--scheduler", local_cluster, "--html", str(tmp_path / "html"))
    assert dask.returncode == local.returncode == 1, dask.stderr
    assert _by_path(dask.stdout) == _by_path(local.stdout)
    assert len(list((tmp_path / "html" / "dossiers").glob("*.html"))) == 8


def test_merge_refuses_what_is_not_a_batch_output(tmp_path: Path, gc) -> None:
    bad = tmp_path / "notes.jsonl"
    bad.write_text('{"hello": 1}\n', encoding="utf-8")
    r = gc("merge", str(bad))
    assert r.returncode == 2 and "notes.jsonl" in r.stderr and "not a govcheck report" in r.stderr
    missing = gc("merge", str(tmp_path / "nope.jsonl"))
    assert missing.returncode == 2 and "no such file" in missing.stderr


def test_a_dossier_in_two_shard_files_is_listed_once(tmp_path: Path, gc) -> None:
    round_ = make_round(tmp_path / "r", "tongliao-acceptance-clean")
    out = tmp_path / "a.jsonl"
    gc("batch", str(round_), "--as-of", AS_OF, "-f", "json", "-o", str(out))
    r = gc("merge", str(out), str(out), "-f", "csv", "--lang", "en")
    assert r.returncode == 0 and len(r.stdout.splitlines()) == 2  # header + one dossier
