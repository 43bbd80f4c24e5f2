"""The pre-commit hook, run for real (issue 10, item 6), offline.

``pre-commit try-repo`` runs the hook defined in this repository's .pre-commit-hooks.yaml on a
temporary git repository of dossiers. The hook is copied as it is, with one change: ``language:
system`` instead of ``python``, so that pre-commit runs the govcheck under test instead of
installing one from the package index (no network in tests). The README's own example is run
too, as written.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import ROOT

BIN = Path(sys.executable).parent


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GOVCHECK_", "PRE_COMMIT"))}
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"  # `govcheck` = the one under test
    env["GIT_AUTHOR_NAME"] = env["GIT_COMMITTER_NAME"] = "test"
    env["GIT_AUTHOR_EMAIL"] = env["GIT_COMMITTER_EMAIL"] = "test@example.org"
    return env


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, env=_env())


def hook() -> dict:
    (h,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    return h


def test_hook_definition():
    h = hook()
    assert h["id"] == "govcheck" and h["language"] == "python"
    assert h["entry"] == "govcheck validate --changed"  # no args: still a command, not help
    assert h["args"] == ["-f", "concise"] and h["pass_filenames"] is True
    assert not h.get("always_run")
    files = re.compile(h["files"])
    for yes in ("dossiers/a/附件1.docx", "a/b.XLSX", "d.zip", "dossiers/a/govcheck.yaml",
                "x/y/扫描件.pdf", "old/申请.wps"):
        assert files.search(yes), yes
    for no in ("README.md", "dossiers/a/notes.txt", ".govcheck.toml", "mygovcheck.yaml"):
        assert not files.search(no), no


def _hook_repo(tmp_path: Path) -> Path:
    repo = tmp_path / "hook-repo"
    repo.mkdir()
    h = {**hook(), "language": "system"}
    (repo / ".pre-commit-hooks.yaml").write_text(yaml.safe_dump([h], allow_unicode=True),
                                                  encoding="utf-8")
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "hook")
    return repo


def _docs_repo(tmp_path: Path) -> Path:
    """Two dossiers: A fails (three materials missing, whatever the date), B is set to pass."""
    repo = tmp_path / "dossier-repo"
    shutil.copytree(ROOT / "sample_dossiers" / "tongliao-acceptance-missing", repo / "dossiers" / "A")
    shutil.copytree(ROOT / "sample_dossiers" / "tongliao-acceptance-clean", repo / "dossiers" / "B")
    # B must pass on any day the test runs (its deadlines are judged on today): the verdict
    # is configured, next to the dossier, never to fail.
    (repo / "dossiers" / "B" / ".govcheck.toml").write_text('fail_on = "never"\n', encoding="utf-8")
    (repo / "README.md").write_text("dossiers\n", encoding="utf-8")
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "dossiers")
    return repo


def _touch_manifest(repo: Path, dossier: str) -> None:
    m = repo / "dossiers" / dossier / "govcheck.yaml"
    m.write_text(m.read_text(encoding="utf-8") + "# reviewed\n", encoding="utf-8")
    git(repo, "add", str(m))


def try_repo(hook_repo: Path, repo: Path, home: Path) -> subprocess.CompletedProcess:
    env = {**_env(), "PRE_COMMIT_HOME": str(home)}
    return subprocess.run([str(BIN / "pre-commit"), "try-repo", str(hook_repo), "govcheck",
                           "--verbose"], cwd=repo, capture_output=True, text=True, env=env,
                          timeout=600)


def test_try_repo_runs_only_the_changed_dossiers(tmp_path):
    hook_repo, repo, home = _hook_repo(tmp_path), _docs_repo(tmp_path), tmp_path / "pc-home"

    _touch_manifest(repo, "B")
    done = try_repo(hook_repo, repo, home)
    out = done.stdout + done.stderr
    assert done.returncode == 0, out
    assert "dossiers/B: PASS" in out and "dossiers/A" not in out

    git(repo, "commit", "-qm", "B reviewed")
    _touch_manifest(repo, "A")
    done = try_repo(hook_repo, repo, home)
    out = done.stdout + done.stderr
    assert done.returncode == 1, out
    assert "dossiers/A: error tongliao/TL-38f" in out
    assert "dossiers/A/11-试运行报告.docx:全文: error tongliao/TL-38n" in out
    assert "dossiers/A: FAIL errors 3" in out and "dossiers/B" not in out

    git(repo, "reset", "-q", "HEAD")
    git(repo, "checkout", "--", ".")
    (repo / "README.md").write_text("dossiers, reviewed\n", encoding="utf-8")
    git(repo, "add", "README.md")
    done = try_repo(hook_repo, repo, home)
    assert done.returncode == 0 and "no files to check" in (done.stdout + done.stderr)


def _readme_config() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("### In CI / pre-commit"):]
    return re.search(r"```yaml\n(.*?)```", section, re.S).group(1)


def test_readme_example_works_as_written(tmp_path):
    config = _readme_config()
    assert "rev: v0.1.0" not in config  # a tag that never existed
    repo = _docs_repo(tmp_path)
    (repo / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    git(repo, "add", ".pre-commit-config.yaml")
    git(repo, "commit", "-qm", "hook")
    _touch_manifest(repo, "A")
    env = {**_env(), "PRE_COMMIT_HOME": str(tmp_path / "pc-home")}
    done = subprocess.run([str(BIN / "pre-commit"), "run"], cwd=repo, capture_output=True,
                          text=True, env=env, timeout=600)
    out = done.stdout + done.stderr
    assert done.returncode == 1, out
    assert "dossiers/A: error tongliao/TL-38f" in out and "dossiers/B" not in out


def test_changed_from_git_without_pre_commit(tmp_path):
    repo = _docs_repo(tmp_path)
    env = _env()
    cmd = [str(BIN / "govcheck"), "validate", "--changed", "-f", "concise"]
    done = subprocess.run(cmd, cwd=repo, capture_output=True, text=True, env=env)
    assert done.returncode == 0 and done.stdout == ""
    assert "no changed dossiers" in done.stderr
    # an untracked new file in A, an unstaged change in B
    shutil.copy(repo / "dossiers" / "A" / "02-项目建设总结.docx", repo / "dossiers" / "A" / "新增.docx")
    m = repo / "dossiers" / "B" / "govcheck.yaml"
    m.write_text(m.read_text(encoding="utf-8") + "# x\n", encoding="utf-8")
    done = subprocess.run(cmd, cwd=repo, capture_output=True, text=True, env=env)
    assert done.returncode == 1
    assert "dossiers/A: FAIL" in done.stdout and "dossiers/B: PASS" in done.stdout
    # each dossier with its own nearest configuration, in one run
    (repo / "dossiers" / "A" / ".govcheck.toml").write_text('lang = "en"\n', encoding="utf-8")
    done = subprocess.run(cmd, cwd=repo, capture_output=True, text=True, env=env)
    assert "dossiers/A: error tongliao/TL-38f The acceptance application" in done.stdout
    assert "dossiers/B: PASS" in done.stdout  # B keeps its fail_on = never
    (repo / "dossiers" / "A" / ".govcheck.toml").unlink()
    # limited to a folder
    done = subprocess.run(cmd + ["dossiers/B"], cwd=repo, capture_output=True, text=True, env=env)
    assert done.returncode == 0 and "dossiers/A" not in done.stdout
    # --since a ref: committed changes count too
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "more")
    done = subprocess.run(cmd, cwd=repo, capture_output=True, text=True, env=env)
    assert "no changed dossiers" in done.stderr
    done = subprocess.run(cmd + ["--since", "HEAD~1"], cwd=repo, capture_output=True, text=True,
                          env=env)
    assert "dossiers/A: FAIL" in done.stdout and "dossiers/B: PASS" in done.stdout
    done = subprocess.run(cmd + ["--since", "no-such-ref"], cwd=repo, capture_output=True,
                          text=True, env=env)
    assert done.returncode == 2 and "no-such-ref" in done.stderr
