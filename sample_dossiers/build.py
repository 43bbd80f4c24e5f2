#!/usr/bin/env python3
"""Build the sample dossiers under sample_dossiers/ — deterministically, byte for byte.

    .venv/bin/python sample_dossiers/build.py              # rebuild every sample in place
    .venv/bin/python sample_dossiers/build.py --out DIR    # build into DIR (the tests do this)
    .venv/bin/python sample_dossiers/build.py --only tongliao-application-clean

The document writers, the determinism and the shared chapters live in `builder/`; each measure's
projects, forms and dossiers in `places/<id>.py`. This script joins the samples and writes them,
with `expected.yaml`. See README.md.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))  # builder/ and places/ are packages next to this script

from builder.dossiers import load_dossiers  # noqa: E402
from builder.output import build_sample, expected_text  # noqa: E402
from builder.records import RecordError, load_samples  # noqa: E402
from builder.sample import Sample  # noqa: E402

# The measures, in the order of expected.yaml: for each, data/<id>/ (place.yaml: its names and
# units; samples.yaml: its samples; dossiers.yaml: dossiers written as data) and, where it has
# one, places/<id>.py (its projects, forms and dossier functions). The first ones keep their
# place in expected.yaml; any other data/<id>/samples.yaml follows, by name — a new measure needs
# no line here.
FIRST = ("tongliao", "hunan", "wushan", "wujin", "gaoping")
MEASURES = FIRST + tuple(sorted(p.parent.name for p in (HERE / "data").glob("*/samples.yaml")
                                if p.parent.name not in FIRST))


def place_of(measure: str) -> ModuleType:
    """places/<id>.py where the measure has one, with the dossiers of data/<id>/dossiers.yaml."""
    module = (importlib.import_module(f"places.{measure}")
              if (HERE / "places" / f"{measure}.py").exists() else None)
    return load_dossiers(measure, module)


def load_all() -> list[Sample]:
    return [sample for measure in MEASURES
            for sample in load_samples(HERE / "data" / measure / "samples.yaml", place_of(measure))]


try:
    SAMPLES: list[Sample] = load_all()
except (RecordError, ValueError) as exc:
    if __name__ != "__main__":
        raise  # the tests read the message from the exception
    sys.exit(f"sample_dossiers/{exc}")


def build(out: Path = HERE, only: list[str] | None = None) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    chosen = [s for s in SAMPLES if not only or s.name in only]
    unknown = set(only or ()) - {s.name for s in SAMPLES}
    if unknown:
        raise SystemExit(f"unknown sample(s): {', '.join(sorted(unknown))}")
    written: list[Path] = []
    for s in chosen:
        written += build_sample(s, out)
    exp = out / "expected.yaml"
    exp.write_text(expected_text(SAMPLES), encoding="utf-8")
    written.append(exp)
    return written


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=HERE, help="where to build (default: next to this script)")
    ap.add_argument("--only", action="append", help="build only this sample (repeatable)")
    args = ap.parse_args(argv)
    try:
        written = build(args.out, args.only)
    except ValueError as exc:  # a data dossier that cannot be filled: one line, no traceback
        sys.exit(f"sample_dossiers/{exc}")
    print(f"{len(written)} files written under {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
