"""Every catalogue row is accounted for, by a test: a rule, or not_checked with a reason.

The row list is a snapshot of ../shared/catalog.md (tests/packs/catalog_rows.json, made by
tools/extract_catalog.py) so the test runs on a fresh clone; when the catalogue is beside the
checkout the snapshot must match it.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from govcheck.packs.load import builtin_rules_dir, load_pack, source_text

ROOT = Path(__file__).resolve().parents[2]
ROWS = json.loads((Path(__file__).parent / "catalog_rows.json").read_text(encoding="utf-8"))
CATALOG = ROOT.parent / "shared" / "catalog.md"
ALL_PACKS = sorted(p.stem for p in builtin_rules_dir().glob("*.yaml"))
# Packs whose rows are in the catalogue snapshot; a pack written later (lcgxq) accounts for its
# requirements itself: its rule ids and not_checked entries (test_uncatalogued_pack_accounts).
PACKS = [p for p in ALL_PACKS if any(r["pack"] == p for r in ROWS)]
# A row naming something a dossier carries (a document, a budget line, a declared fact — amounts
# and dates are facts) is checkable; if it is also mandatory it must be a rule.
CHECKABLE = re.compile(r"`(doc|fact|budget):")


def rows_of(pack_id: str) -> list[dict]:
    return [r for r in ROWS if r["pack"] == pack_id]


@pytest.mark.skipif(not CATALOG.exists(), reason="../shared/catalog.md not beside the checkout")
def test_snapshot_matches_catalogue() -> None:
    out = subprocess.run([sys.executable, str(ROOT / "tools" / "extract_catalog.py"), str(CATALOG)],
                         capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == ROWS, "catalog changed: re-run tools/extract_catalog.py"


def test_snapshot_has_all_rows() -> None:
    counts = {p: len(rows_of(p)) for p in ("hunan", "wushan", "wujin", "gaoping", "tongliao")}
    assert counts == {"hunan": 105, "wushan": 111, "wujin": 73, "gaoping": 78, "tongliao": 172}


@pytest.mark.parametrize("pack_id", PACKS)
def test_every_row_is_a_rule_or_not_checked(pack_id: str) -> None:
    pack = load_pack(pack_id)
    implemented = {c for r in pack.rules for c in r.catalog}
    skipped = {n.catalog for n in pack.not_checked}
    expected = {r["id"] for r in rows_of(pack_id)}
    assert expected, f"no catalogue rows for {pack_id}"
    missing = sorted(expected - implemented - skipped)
    unknown = sorted((implemented | skipped) - expected)
    assert not missing, f"{pack_id}: rows neither rule nor not_checked: {missing}"
    assert not unknown, f"{pack_id}: ids not in the catalogue: {unknown}"


@pytest.mark.parametrize("pack_id", PACKS)
def test_checkable_error_rows_are_rules(pack_id: str) -> None:
    pack = load_pack(pack_id)
    skipped = {n.catalog: n.reason for n in pack.not_checked}
    offenders = [f"{r['id']}: {r['checkable']}" for r in rows_of(pack_id)
                 if r["severity"] == "error" and CHECKABLE.search(r["checkable"]) and r["id"] in skipped]
    assert not offenders, "error rows naming a document/fact/budget item left unchecked:\n" + "\n".join(offenders)


@pytest.mark.parametrize("pack_id", PACKS)
def test_corrections_make_rows_checkable(pack_id: str) -> None:
    """Catalogue §C: rows it calls "checkable … no longer not_checked" are rules."""
    pack = load_pack(pack_id)
    implemented = {c for r in pack.rules for c in r.catalog}
    now_checkable = [r["id"] for r in rows_of(pack_id)
                     if r["correction"] and "no longer not_checked" in r["correction"]]
    left = [rid for rid in now_checkable if rid not in implemented]
    assert not left, f"{pack_id}: §C says checkable, still not a rule: {left}"


@pytest.mark.parametrize("pack_id", PACKS)
def test_corrected_rules_record_their_reading(pack_id: str) -> None:
    """Every rule implementing a §C-corrected row says how it reads the article (rationale): the
    audit's reading in its own words ("Audit") or a shared decision (docs/decisions.md#D-n)."""
    pack = load_pack(pack_id)
    corrected = {r["id"] for r in rows_of(pack_id) if r["correction"]}
    silent = [r.id for r in pack.rules if corrected & set(r.catalog)
              and not _AUDIT_READING.search(r.rationale or "")]
    assert not silent, f"{pack_id}: §C-corrected rules without the audit's reading in the rationale: {silent}"


_AUDIT_READING = re.compile(r"\bAudit\b|docs/decisions\.md#D-\d+")


def test_corrections_are_in_the_snapshot() -> None:
    corrected = {r["id"] for r in ROWS if r["correction"]}
    for rid in ("TL-20a", "TL-35e", "WJ-14b", "GP-11m", "TL-46c"):  # a range and the last row too
        assert rid in corrected, rid
    assert {r["id"]: r["severity"] for r in ROWS if r["id"] in ("TL-7b", "TL-19a")} == {
        "TL-7b": "warning", "TL-19a": "warning"}


@pytest.mark.parametrize("pack_id", PACKS)
def test_not_checked_reasons_are_real(pack_id: str) -> None:
    pack = load_pack(pack_id)
    thin = [n.catalog for n in pack.not_checked if len(n.reason.strip()) < 15]
    assert not thin, f"not_checked entries without a real reason: {thin}"


@pytest.mark.parametrize("pack_id", PACKS)
def test_severity_matches_catalogue(pack_id: str) -> None:
    pack = load_pack(pack_id)
    by_id = {r["id"]: r for r in rows_of(pack_id)}
    wrong = [f"{r.id}: pack {r.severity}, catalogue {by_id[r.id]['severity']}"
             for r in pack.rules if r.id in by_id and by_id[r.id]["severity"]
             and r.severity != by_id[r.id]["severity"]]
    assert not wrong, "\n".join(wrong)


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", s)


@pytest.mark.parametrize("pack_id", sorted(set(ALL_PACKS) - set(PACKS)))
def test_uncatalogued_pack_accounts_for_its_requirements(pack_id: str) -> None:
    """No catalogue rows: every requirement is a rule or a not_checked entry with a reason, all
    numbered with the pack's prefix, none both."""
    pack = load_pack(pack_id)
    implemented = {c for r in pack.rules for c in r.catalog}
    skipped = {n.catalog for n in pack.not_checked}
    prefix = pack.pack.catalog_prefix + "-"
    assert pack.rules and not implemented & skipped
    assert all(i.startswith(prefix) for i in implemented | skipped)
    assert all(len(n.reason) >= 15 for n in pack.not_checked)


@pytest.mark.parametrize("pack_id", ALL_PACKS)
def test_quotes_are_in_the_seed(pack_id: str) -> None:
    pack = load_pack(pack_id)
    text = source_text(pack, builtin_rules_dir() / f"{pack_id}.yaml")
    assert text, f"{pack_id}: seed text {pack.pack.source} missing"
    seed = _norm(text)
    bad = [f"{r.id}: {part}" for r in pack.rules for part in r.citation.quote.split("…")
           if _norm(part) and _norm(part) not in seed]
    assert not bad, "quotes not found in the seed:\n" + "\n".join(bad)


@pytest.mark.parametrize("pack_id", PACKS)
def test_rule_articles_match_catalogue(pack_id: str) -> None:
    """The cited article number is the catalogue's (第十四条 → 14)."""
    from govcheck.numerals import parse_cn_int

    pack = load_pack(pack_id)
    by_id = {r["id"]: r for r in rows_of(pack_id)}
    wrong = []
    for r in pack.rules:
        m = re.match(r"第([一二三四五六七八九十百零]+)条", by_id[r.id]["article"])
        if m and parse_cn_int(m.group(1)) != r.citation.article:
            wrong.append(f"{r.id}: cites {r.citation.article}, catalogue {by_id[r.id]['article']}")
    assert not wrong, "\n".join(wrong)
