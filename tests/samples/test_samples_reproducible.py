"""Rebuilding the sample dossiers reproduces the committed files byte for byte."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import yaml

from .samples_support import ROOT, SAMPLES_DIR, builder, expected


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _why_different(a: Path, b: Path) -> str:
    """For zip containers: which member differs (content) — or only the compressed bytes."""
    if a.suffix not in (".docx", ".xlsx"):
        return "content differs"
    za, zb = zipfile.ZipFile(io.BytesIO(a.read_bytes())), zipfile.ZipFile(io.BytesIO(b.read_bytes()))
    if za.namelist() != zb.namelist():
        return f"members differ: {za.namelist()} vs {zb.namelist()}"
    changed = [n for n in za.namelist() if za.read(n) != zb.read(n)]
    if changed:
        return f"members with different content: {changed}"
    return "same uncompressed content, different compressed bytes (another zlib build?)"


def test_rebuild_reproduces_committed_bytes(tmp_path):
    build = builder()
    build.build(tmp_path)
    problems = []
    for sample in build.SAMPLES:
        built_dir, committed_dir = tmp_path / sample.name, SAMPLES_DIR / sample.name
        built = {p.name for p in built_dir.iterdir()}
        committed = {p.name for p in committed_dir.iterdir()} if committed_dir.is_dir() else set()
        if built != committed:
            problems.append(f"{sample.name}: files differ — only built: {sorted(built - committed)}, "
                            f"only committed: {sorted(committed - built)}")
        for name in sorted(built & committed):
            a, b = built_dir / name, committed_dir / name
            if _sha(a) != _sha(b):
                problems.append(f"{sample.name}/{name}: {_why_different(a, b)}")
    if _sha(tmp_path / "expected.yaml") != _sha(SAMPLES_DIR / "expected.yaml"):
        problems.append("expected.yaml differs from what build.py writes")
    assert not problems, ("sample_dossiers/ is not what build.py builds — run "
                          "`.venv/bin/python sample_dossiers/build.py`:\n" + "\n".join(problems))


def test_two_builds_are_identical(tmp_path):
    build = builder()
    one = build.build(tmp_path / "one", only=["tongliao-approval-clean"])
    two = build.build(tmp_path / "two", only=["tongliao-approval-clean"])
    assert [_sha(p) for p in one] == [_sha(p) for p in two]


def test_every_sample_has_an_expectation_and_a_folder():
    names = {s.name for s in builder().SAMPLES}
    assert names == set(expected())
    folders = {p.name for p in SAMPLES_DIR.iterdir() if p.is_dir() and (p / "govcheck.yaml").is_file()}
    assert folders == names


def test_sample_names_follow_the_convention():
    for s in builder().SAMPLES:
        assert s.name.startswith(f"{s.jurisdiction}-{s.stage}-"), s.name


# The issue "a clean dossier per stage the measure governs" for the measures whose samples cover
# every stage (Tongliao's cover application, approval, adjustment and acceptance).
EVERY_STAGE = ("hunan", "wushan", "wujin", "gaoping")


def _pack_stages(pack: str) -> set[str]:
    """Stages at which the pack has a rule (its catalogue rows that are not checked are listed apart)."""
    data = yaml.safe_load((ROOT / "rules" / f"{pack}.yaml").read_text(encoding="utf-8"))
    return {stage for rule in data["rules"] for stage in rule.get("stages", [])}


def test_every_stage_of_a_measure_has_a_clean_sample():
    samples = builder().SAMPLES
    missing = []
    for pack in EVERY_STAGE:
        clean = {s.stage for s in samples if s.jurisdiction == pack and s.clean and not s.warnings}
        missing += [f"{pack}/{stage}" for stage in sorted(_pack_stages(pack) - clean)]
    assert not missing, f"no clean sample (without expected warnings) for: {missing}"


def test_every_measure_has_failing_samples_for_its_numbers():
    """Each failing sample names the rules it fails for; every pack has some."""
    samples = builder().SAMPLES
    for pack in EVERY_STAGE:
        failing = [s for s in samples if s.jurisdiction == pack and s.errors]
        assert failing, pack
        for s in failing:
            assert s.exact, f"{s.name}: a failing sample fails for exactly its reason"
            assert all(r.startswith(f"{pack}/") for r in s.errors), s.name
