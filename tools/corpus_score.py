"""Score govcheck on the real-document corpus (tests/corpus/real/index.yaml).

For each genuine published text: is it classified as the kind a careful reader gives it, and
is each key fact read with the value a careful reader takes (or, when the text does not state
it, not read at all)? Each document is read alone, through the real reader, classifier and
facts stage.

    .venv/bin/python tools/corpus_score.py          # totals
    .venv/bin/python tools/corpus_score.py -v       # and every miss
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus" / "real"


@dataclass
class DocResult:
    file: str
    kind_expected: str | None
    kind_found: str | None
    kind_evidence: str | None
    facts: list[tuple[str, Any, Any, bool]] = field(default_factory=list)  # (fact, expected, found, ok)

    @property
    def kind_ok(self) -> bool:
        return self.kind_expected == self.kind_found


def load_index() -> dict:
    import yaml

    return yaml.safe_load((CORPUS / "index.yaml").read_text(encoding="utf-8"))


def _name_key(v: str) -> str:
    """Project names compared as a reader would: without spaces, brackets' width, or a trailing
    建设工程 / 建设项目 / 项目 / 工程 (东升小学运动场 = 东升小学运动场建设项目)."""
    from govcheck.facts.labels import norm_value

    s = norm_value(v)
    prev = None
    while prev != s:
        prev, s = s, re.sub(r"(建设项目|建设工程|项目|工程|建设)$", "", s)
    return s


def same(fact: str, expected: Any, found: Any) -> bool:
    if expected is None or found is None:
        return expected is None and found is None
    if isinstance(found, Decimal):
        return found == Decimal(str(expected))
    if isinstance(found, date):
        return found == (expected if isinstance(expected, date) else date.fromisoformat(str(expected)))
    if fact == "project_name":
        return _name_key(str(found)) == _name_key(str(expected))
    from govcheck.facts.labels import norm_value

    return norm_value(str(found)) == norm_value(str(expected))


def read_entry(entry: dict, workdir: Path):
    """The documents of a one-file dossier holding this entry (built if the index says so)."""
    from govcheck.read import read_dossier

    import importlib.util

    spec = importlib.util.spec_from_file_location("corpus_build_docx", CORPUS / "build_docx.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)

    dossier = workdir / re.sub(r"\W", "_", entry["file"])
    dossier.mkdir()
    src = CORPUS / entry["file"]
    if entry.get("as") == "docx-table":
        build.docx_table(src, dossier / (src.stem + ".docx"))
    else:
        shutil.copy(src, dossier / src.name)
    return read_dossier(dossier)


def score_entry(entry: dict, workdir: Path) -> DocResult:
    from govcheck.identify.classify import classify
    from govcheck.facts import extract

    docs = read_entry(entry, workdir)
    classify(docs)
    ex = extract(docs)
    doc = docs[0]
    res = DocResult(entry["file"], entry.get("kind"), doc.kind, doc.kind_evidence)
    for fact, expected in (entry.get("facts") or {}).items():
        found = ex.facts[fact].value if fact in ex.facts else None
        res.facts.append((fact, expected, found, same(fact, expected, found)))
    return res


def score_all() -> list[DocResult]:
    index = load_index()
    with tempfile.TemporaryDirectory() as tmp:
        return [score_entry(e, Path(tmp)) for e in index["documents"]]


def totals(results: list[DocResult]) -> tuple[int, int, int, int]:
    kinds = sum(r.kind_ok for r in results)
    facts = [ok for r in results for *_, ok in r.facts]
    return kinds, len(results), sum(facts), len(facts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = ap.parse_args()
    results = score_all()
    if args.verbose:
        for r in results:
            if not r.kind_ok:
                print(f"KIND  {r.file}: expected {r.kind_expected}, got {r.kind_found} ({r.kind_evidence})")
            for fact, exp, found, ok in r.facts:
                if not ok:
                    print(f"FACT  {r.file}: {fact} expected {exp!r}, got {found!r}")
    held = {e["file"] for e in load_index()["documents"] if e.get("heldout")}
    k, n, f, m = totals(results)
    print(f"documents classified right: {k}/{n}")
    print(f"facts read right:           {f}/{m}")
    if held:
        k, n, f, m = totals([r for r in results if r.file in held])
        print(f"  of which held out (not used to tune the reader): documents {k}/{n}, facts {f}/{m}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
