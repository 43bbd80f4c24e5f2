"""The packs and the code explain themselves with what is in the repository.

Reading decisions live in docs/decisions.md (anchors D-n) or in a rule's own rationale; the
rule catalogue the packs were written from is not in the repository, so nothing may cite its
sections (§A-n, §C, catalog §9 …). Rule ids and the findings' `catalog` row ids stay: they name
catalogue rows, not sections a reader would have to look up.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DECISIONS = ROOT / "docs" / "decisions.md"

# A section sign that is not part of another standard's citation (SARIF §3.27.23) cites the
# catalogue: §A-45, §C, §9, §8.1, "catalog §0.1".
_CATALOGUE_CITATION = re.compile(r"(?<!SARIF )§\s*(?:A-?\d|C\b|\d)|catalog(?:ue)?\s+§")
_DECISION_REF = re.compile(r"#D-(\d+)\b")
_ANCHOR = re.compile(r'<a id="D-(\d+)"></a>\n### D-(\d+) ')


def scanned_files() -> list[Path]:
    """The packs, govcheck's code and data, the sample builders and the hand-written docs."""
    files = sorted((ROOT / "rules").glob("*.yaml"))
    files += sorted((ROOT / "govcheck").rglob("*.py")) + sorted((ROOT / "govcheck" / "data").glob("*.yaml"))
    for ext in ("py", "yaml", "md"):
        files += sorted((ROOT / "sample_dossiers").rglob(f"*.{ext}"))
    files += [ROOT / "README.md", ROOT / "docs" / "pack-format.md"] + sorted((ROOT / "docs" / "rules").glob("*.md"))
    return [f for f in files if f.is_file()]


def decision_ids() -> set[int]:
    text = DECISIONS.read_text(encoding="utf-8")
    found = _ANCHOR.findall(text)
    assert all(a == h for a, h in found), "each anchor must precede the heading of the same decision"
    return {int(a) for a, _ in found}


def problems_in(path: Path, known: set[int]) -> list[str]:
    """'FILE:LINE: what' for each catalogue citation and each reference to an unknown decision."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        m = _CATALOGUE_CITATION.search(line)
        if m:
            out.append(f"{path}:{n}: cites the catalogue ('{m.group(0)}'): state the reading in the "
                       "rule's rationale or point to docs/decisions.md#D-n")
        for ref in _DECISION_REF.findall(line):
            if int(ref) not in known:
                out.append(f"{path}:{n}: docs/decisions.md has no decision D-{ref}")
    return out


def test_decisions_have_unique_anchored_ids():
    text = DECISIONS.read_text(encoding="utf-8")
    anchors = re.findall(r'<a id="(D-\d+)"></a>', text)
    assert anchors and len(anchors) == len(set(anchors))
    assert len(_ANCHOR.findall(text)) == len(anchors), "an anchor without its '### D-n' heading"


def test_no_catalogue_citations_and_no_dangling_decision_refs():
    known = decision_ids()
    problems = [p for f in scanned_files() for p in problems_in(f, known)]
    assert not problems, "\n".join(problems)


def test_the_packs_do_refer_to_decisions():
    """The references the test above checks exist (the shipped packs lean on shared decisions)."""
    refs = {int(r) for f in (ROOT / "rules").glob("*.yaml")
            for r in _DECISION_REF.findall(f.read_text(encoding="utf-8"))}
    assert {1, 45, 48, 50, 52} <= refs


@pytest.mark.parametrize("line, expected", [
    ("rationale: never earlier (§A-45)", "cites the catalogue"),
    ("# approval is two steps (catalog §C)", "cites the catalogue"),
    ("pre_review_opinion_date, a fact §9 lacks", "cites the catalogue"),
    ("see docs/decisions.md#D-999", "no decision D-999"),
])
def test_the_scan_reports_what_it_must(tmp_path, line, expected):
    f = tmp_path / "pack.yaml"
    f.write_text(f"ok line\n{line}\n", encoding="utf-8")
    found = problems_in(f, decision_ids())
    assert len(found) == 1 and f"{f}:2:" in found[0] and expected in found[0]


def test_the_scan_lets_other_citations_through(tmp_path):
    f = tmp_path / "ok.py"
    f.write_text("# SARIF §3.27.23\n# docs/decisions.md#D-45, #D-46\n# catalog: [TL-14b]\n", encoding="utf-8")
    assert problems_in(f, decision_ids()) == []


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def test_decision_quotes_are_in_the_measures():
    """What a decision says the measure says is found in a pack's source text (spaces ignored;
    '…' joins two places)."""
    sources = "".join(_squash(p.read_text(encoding="utf-8")) for p in (ROOT / "rules" / "sources").glob("*.txt"))
    missing, quotes = [], 0
    for line in DECISIONS.read_text(encoding="utf-8").splitlines():
        if not line.startswith("**Text.**"):
            continue
        for quote in re.findall(r'"([^"]*)"', line):
            for part in quote.replace("**", "").split("…"):
                if re.search(r"[\u4e00-\u9fff]", part):
                    quotes += 1
                    if _squash(part) not in sources:
                        missing.append(part)
    assert quotes > 50 and not missing, missing
