"""End to end: the real CLI on every sample dossier gives the exit code and findings that
sample_dossiers/expected.yaml promises.

    govcheck validate <sample> -f json --as-of <as_of>
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .samples_support import ROOT, SAMPLES_DIR, expected

CASES = sorted(expected().items())


def _run(name: str, as_of: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "govcheck", "validate", str(SAMPLES_DIR / name), "-f", "json",
         "--as-of", as_of],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )


def _explain(report: dict, rules: list[str] = ()) -> str:
    lines = ["error findings:"]
    for f in report.get("findings", []):
        if f.get("severity") == "error":
            lines.append(f"  {f['rule']}: {f['message']}")
    wanted = set(rules)
    ne = [n for n in report.get("not_evaluated", []) if not wanted or n["rule"] in wanted]
    if ne:
        lines.append("not evaluated:")
        lines += [f"  {n['rule']}: {n['reason']}" for n in ne]
    lines.append("documents:")
    lines += [f"  {d['file']}: {d.get('kind')}" for d in report.get("documents", [])]
    return "\n".join(lines)


@pytest.mark.parametrize(("name", "exp"), CASES, ids=[n for n, _ in CASES])
def test_sample(name: str, exp: dict):
    proc = _run(name, str(exp["as_of"]))
    assert proc.returncode in (0, 1), (
        f"{name}: the run itself failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    report = json.loads(proc.stdout)
    assert report["schema"] == "govcheck.report/1"
    assert report["dossier"]["jurisdiction"] == exp["jurisdiction"]
    assert report["dossier"]["jurisdiction_source"] == exp["jurisdiction_source"], (
        f"{name}: jurisdiction from {report['dossier']['jurisdiction_source']}, expected "
        f"{exp['jurisdiction_source']} ({report['dossier'].get('jurisdiction_evidence')})")
    assert report["dossier"]["stage"] == exp["stage"]
    assert report["dossier"]["as_of"] == str(exp["as_of"])

    errors = {f["rule"] for f in report["findings"] if f["severity"] == "error"}
    missing = [r for r in exp["errors"] if r not in errors]
    assert not missing, f"{name}: expected error findings {missing} not reported\n" + _explain(
        report, missing)
    warnings = {f["rule"] for f in report["findings"] if f["severity"] == "warning"}
    missing_w = [r for r in exp["warnings"] if r not in warnings]
    assert not missing_w, f"{name}: expected warning findings {missing_w} not reported\n" + _explain(
        report, missing_w)
    if exp["no_errors"]:
        assert not errors, f"{name}: a clean sample must have no error finding\n" + _explain(report)
    if exp.get("exactly"):
        extra = sorted(errors - set(exp["errors"]))
        assert not extra, (f"{name}: fails for more than it is meant to show — unexpected error "
                           f"findings {extra}\n" + _explain(report))
    assert proc.returncode == exp["exit_code"], (
        f"{name}: exit {proc.returncode}, expected {exp['exit_code']}\n" + _explain(report))
