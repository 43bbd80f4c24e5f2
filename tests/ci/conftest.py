"""Dossiers for the CI-facing tests (CLI conventions, configuration, waivers, baselines, hooks),
written with python-docx like every other test dossier."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_cli import BASE_FORM, form_docx, report_docx

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, cwd: Path | None = None, env: dict | None = None,
        stdin: str | None = None) -> subprocess.CompletedProcess:
    import os

    full_env = {k: v for k, v in os.environ.items() if not k.startswith("GOVCHECK_")}
    full_env.pop("NO_COLOR", None)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "govcheck", *args], capture_output=True,
                          text=True, cwd=cwd or ROOT, timeout=180, env=full_env, input=stdin)


def make_dossier(d: Path, with_feasibility: bool = False) -> Path:
    """旗县市区, 70万 建设类 application: without the 可研 it fails TL-14b (an error)."""
    d.mkdir(parents=True)
    form_docx(d / "附件1-项目入库申请表.docx", BASE_FORM)
    if with_feasibility:
        report_docx(d / "附件2-可行性研究报告.docx", "开鲁县智慧医疗服务平台可行性研究报告",
                    ["需求分析", "绩效目标", "数据资源共享分析", "网络和数据安全保障措施"])
    (d / "govcheck.yaml").write_text("jurisdiction: tongliao\nstage: application\n", encoding="utf-8")
    return d


AS_OF = "2026-03-01"  # the samples' judging day (Makefile demo)


def copy_sample(name: str, dest: Path) -> Path:
    import shutil

    return Path(shutil.copytree(ROOT / "sample_dossiers" / name, dest))


@pytest.fixture
def failing(tmp_path: Path) -> Path:
    """Three errors: TL-38f, TL-38l (materials missing), TL-38n (content, on 11-试运行报告.docx)."""
    return copy_sample("tongliao-acceptance-missing", tmp_path / "work" / "扎鲁特旗-验收")


@pytest.fixture
def passing(tmp_path: Path) -> Path:
    return copy_sample("tongliao-acceptance-clean", tmp_path / "work" / "扎鲁特旗-验收-齐全")
