"""`make bench`: start-up time, one dossier, and a batch — wall times on this machine.

Speed lives here, not in timed tests. Prints a small table; nothing is asserted.
    python tools/bench.py [--copies 40]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_dossiers"


def timed(cmd: list[str], repeat: int = 3) -> float:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, cwd=ROOT)
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=40, help="dossiers in the batch benchmark")
    args = ap.parse_args()
    gc = [sys.executable, "-m", "govcheck"]
    samples = sorted(p for p in SAMPLES.iterdir() if p.is_dir() and p.name.startswith("tongliao-"))
    rows = [("govcheck --help (start-up)", timed(gc + ["--help"]))]
    one = SAMPLES / "tongliao-acceptance-clean"
    rows.append((f"validate {one.name}", timed(gc + ["validate", str(one), "-f", "json", "--as-of", "2026-03-01"])))
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(args.copies):
            src = samples[i % len(samples)]
            shutil.copytree(src, Path(tmp) / f"{i:03d}-{src.name}")
        t = timed(gc + ["batch", tmp, "-f", "json", "--as-of", "2026-03-01", "--fail-on", "never"], repeat=1)
        rows.append((f"batch of {args.copies} dossiers", t))
        rows.append(("  per dossier", t / args.copies))
    width = max(len(r[0]) for r in rows)
    for name, secs in rows:
        print(f"{name:<{width}}  {secs * 1000:8.0f} ms")


if __name__ == "__main__":
    main()
