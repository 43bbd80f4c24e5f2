"""The wheel carries the rule packs: installed into a fresh venv it works from any directory."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_installs_and_runs_from_elsewhere(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist),
                    str(ROOT)], check=True, capture_output=True, timeout=300)
    (wheel,) = dist.glob("govcheck-*.whl")
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    install = subprocess.run([str(py), "-m", "pip", "install", "--quiet", str(wheel)],
                             capture_output=True, text=True, timeout=600)
    assert install.returncode == 0, install.stderr[-2000:]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    govcheck = env_dir / "bin" / "govcheck"
    listed = subprocess.run([str(govcheck), "rules", "list", "-j", "tongliao"], cwd=elsewhere,
                            capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0, listed.stderr
    assert "tongliao/TL-14b" in listed.stdout
    where = subprocess.run([str(py), "-c", "import govcheck, sys; print(govcheck.__file__)"],
                           cwd=elsewhere, capture_output=True, text=True)
    assert str(env_dir) in where.stdout  # the installed copy, not the checkout
    sample = ROOT / "sample_dossiers" / "tongliao-acceptance-missing"
    r = subprocess.run([str(govcheck), "validate", str(sample), "-f", "json", "--as-of", "2026-03-01"],
                       cwd=elsewhere, capture_output=True, text=True, timeout=120)
    assert r.returncode == 1, r.stderr
    assert json.loads(r.stdout)["dossier"]["jurisdiction"] == "tongliao"
