"""Writing a sample's folder, its govcheck.yaml and expected.yaml."""

from __future__ import annotations

import shutil
from pathlib import Path

from .writers import write_spec
from .sample import Sample

# =========================================================================== output


def manifest_text(s: Sample) -> str:
    lines = [f"# {s.name} — built by sample_dossiers/build.py; facts come from the documents"]
    if s.declare_jurisdiction:
        lines.append(f"jurisdiction: {s.jurisdiction}")
    else:
        lines.append("# no jurisdiction: govcheck detects it from the unit and place names")
    lines.append(f"stage: {s.stage}")
    if s.facts:
        lines.append("facts:")
        lines += [f"  {k}: {v}" for k, v in s.facts.items()]
    return "\n".join(lines) + "\n"


def expected_text(samples: list[Sample]) -> str:
    out = [
        "# What `govcheck validate <sample> -f json --as-of <as_of>` must report for each sample.",
        "# Written by sample_dossiers/build.py from the records in data/<id>/samples.yaml — edit those, not this file.",
        "#   exit_code   0 (no error finding) or 1",
        "#   errors      rule ids that must be among the findings of severity error",
        "#   exactly     true: the error findings are exactly these rules, nothing else",
        "#   no_errors   true: no finding of severity error at all",
        "#   warnings    rule ids that must be among the findings of severity warning",
        "#   jurisdiction_source  manifest (govcheck.yaml names it) or detected (from unit names)",
        "#   proves      what the sample shows",
        "samples:",
    ]
    for s in samples:
        errors = "[" + ", ".join(s.errors) + "]"
        proves = s.proves.replace('"', '\\"')
        out += [
            f"  {s.name}:",
            f"    jurisdiction: {s.jurisdiction}",
            f"    stage: {s.stage}",
            f"    as_of: {s.as_of.isoformat()}",
            f"    jurisdiction_source: {'manifest' if s.declare_jurisdiction else 'detected'}",
            f"    exit_code: {s.exit_code}",
            f"    errors: {errors}",
            f"    exactly: {'true' if s.exact else 'false'}",
            f"    no_errors: {'true' if s.clean else 'false'}",
            f"    warnings: [{', '.join(s.warnings)}]",
            f"    proves: \"{proves}\"",
        ]
    return "\n".join(out) + "\n"


def build_sample(s: Sample, out: Path) -> list[Path]:
    target = out / s.name
    if target.exists():
        shutil.rmtree(target)  # only the sample's own folder: stale files must not survive
    target.mkdir(parents=True)
    written = [target / "govcheck.yaml"]
    written[0].write_text(manifest_text(s), encoding="utf-8")
    names = set()
    for spec in s.documents():
        if spec.file in names:
            raise ValueError(f"{s.name}: two documents named {spec.file}")
        names.add(spec.file)
        path = target / spec.file
        path.write_bytes(write_spec(spec))
        written.append(path)
    return written
