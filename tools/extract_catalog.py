"""Extract the catalogue rows (id, article, stage, kind, checkable, severity) from catalog.md.

The catalogue lives outside the repo (../shared/catalog.md); the coverage tests need its row
list on a fresh clone, so this script snapshots it into tests/packs/catalog_rows.json. A test
re-runs the extraction when ../shared is beside the checkout and fails if the snapshot is stale.

The corrections section (§C) amends rows: each row it names gets ``correction`` (the §C text),
and where the correction states a severity ("→ warning") that severity replaces the row's.

    python tools/extract_catalog.py [../shared/catalog.md] > tests/packs/catalog_rows.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

PREFIXES = {"HN": "hunan", "WS": "wushan", "WJ": "wujin", "GP": "gaoping", "TL": "tongliao"}
ROW = re.compile(r"^\| ((?:HN|WS|WJ|GP|TL)-\d+[a-z]*) \|")


CORRECTION = re.compile(r"^\| ((?:HN|WS|WJ|GP|TL)-[^|]+) \| (.+) \|$")
RANGE = re.compile(r"^((?:HN|WS|WJ|GP|TL)-\d+)([a-z])(?:[–-]([a-z]))?$")


def corrections(text: str) -> dict[str, str]:
    """Row id → the §C correction that names it (a range "TL-35a–e" names each row in it)."""
    start = text.find("## §C")
    out: dict[str, str] = {}
    if start < 0:
        return out
    for line in text[start:].splitlines():
        m = CORRECTION.match(line.strip())
        if not m:
            continue
        for item in m.group(1).split(","):
            r = RANGE.match(item.strip())
            if not r:
                continue
            base, first, last = r.group(1), r.group(2), r.group(3) or r.group(2)
            for letter in map(chr, range(ord(first), ord(last) + 1)):
                rid = f"{base}{letter}"
                out[rid] = (out[rid] + " " if rid in out else "") + m.group(2).strip()
    return out


def rows(text: str) -> list[dict]:
    fixes = corrections(text)
    out = []
    for line in text.splitlines():
        if line.startswith("## §C"):
            break  # the corrections list (two columns) amends rows; it is not a row table
        m = ROW.match(line)
        if not m:
            continue
        cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
        rid, article, stage, kind, condition, requirement, checkable = cells[:7]
        sev = re.search(r"→\s*(error|warning)", checkable)
        fix = fixes.get(rid)
        fixed_sev = re.search(r"→\s*(error|warning)", fix) if fix else None
        if fixed_sev:
            sev = fixed_sev
        out.append({
            "id": rid,
            "pack": PREFIXES[rid.split("-")[0]],
            "article": article,
            "stage": stage,
            "kind": kind,
            "checkable": checkable,
            "severity": sev.group(1) if sev else None,
            "correction": fix,
        })
    return out


def main() -> None:
    src = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/catalog.md")
    json.dump(rows(src.read_text(encoding="utf-8")), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
