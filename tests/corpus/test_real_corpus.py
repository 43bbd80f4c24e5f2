"""govcheck on text it did not write: genuine published documents (tests/corpus/real/index.yaml),
each classified as a careful reader would and each key fact read with the value a careful
reader takes — or not read at all when the text does not state it. Expectations listed under an
entry's ``known_miss`` (with the reason) are expected to fail, strictly: when one starts to pass,
the test says so and the entry must be updated."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _scorer():
    spec = importlib.util.spec_from_file_location("corpus_score", ROOT / "tools" / "corpus_score.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["corpus_score"] = mod  # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


SCORE = _scorer()
INDEX = SCORE.load_index()
ENTRIES = INDEX["documents"]


def _mark(entry: dict, what: str):
    why = (entry.get("known_miss") or {}).get(what)
    return [pytest.mark.xfail(reason=why, strict=True)] if why else []


CASES = [pytest.param(e, "kind", None, id=f"{e['file']}:kind", marks=_mark(e, "kind")) for e in ENTRIES]
CASES += [pytest.param(e, "fact", f, id=f"{e['file']}:{f}", marks=_mark(e, f))
          for e in ENTRIES for f in (e.get("facts") or {})]


@pytest.fixture(scope="module")
def results(tmp_path_factory) -> dict:
    work = tmp_path_factory.mktemp("corpus")
    return {e["file"]: SCORE.score_entry(e, work) for e in ENTRIES}


def test_corpus_is_large_and_verbatim_with_sources():
    assert len(ENTRIES) >= 25
    for e in ENTRIES:
        assert (SCORE.CORPUS / e["file"]).is_file(), e["file"]
        assert e["source"].startswith("http") and e["title"], e["file"]
        assert "kind" in e and "facts" in e, e["file"]
    assert INDEX["fetched"]


@pytest.mark.parametrize("entry, what, fact", CASES)
def test_reading(results, entry, what, fact):
    r = results[entry["file"]]
    if what == "kind":
        assert r.kind_found == r.kind_expected, f"{r.file}: {r.kind_found} ({r.kind_evidence})"
        return
    (_, expected, found, ok), = [x for x in r.facts if x[0] == fact]
    assert ok, f"{r.file}: {fact} expected {expected!r}, read {found!r}"
