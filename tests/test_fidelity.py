"""Issue 13, end to end on real sample files: the approval step a dossier asks for, a 调整申请
awaiting approval, and the checklist of each step. The dossiers are copies of the shipped samples
with documents removed or replaced by real .docx files (python-docx), read by the real reader."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from govcheck.checklist import material_rows
from govcheck.checks.base import CheckContext
from govcheck.model import ResolvedFact, Source
from govcheck.packs.load import load_pack
from govcheck.pipeline import Options, check_dossier

SAMPLES = Path(__file__).resolve().parents[1] / "sample_dossiers"
AS_OF = date(2026, 3, 1)


def _copy(sample: str, tmp_path: Path, drop: tuple[str, ...] = ()) -> Path:
    target = tmp_path / sample
    shutil.copytree(SAMPLES / sample, target)
    for name in drop:
        (target / name).unlink()
    return target


def _errors(path: Path, *set_facts: str) -> set[str]:
    result = check_dossier(path, Options(as_of=AS_OF, set_facts=list(set_facts)))
    return {f.rule for f in result.findings if f.severity == "error"}


def _facts(path: Path) -> dict:
    return check_dossier(path, Options(as_of=AS_OF)).facts


def test_a_feasibility_approval_dossier_is_not_asked_for_the_design(tmp_path: Path) -> None:
    dossier = _copy("tongliao-approval-clean", tmp_path, drop=("附件3-初步设计方案.docx", "附件4-项目概算表.xlsx"))
    assert _facts(dossier)["approval_step"].value == "可研"
    assert "tongliao/TL-20a" not in _errors(dossier)


def test_both_steps_at_once_still_need_the_design(tmp_path: Path) -> None:
    dossier = _copy("tongliao-approval-clean", tmp_path, drop=("附件3-初步设计方案.docx",))
    assert _facts(dossier)["approval_step"].value == "合并"  # the 概算 goes with the 可研
    assert "tongliao/TL-20a" in _errors(dossier)


def test_a_declared_step_wins_over_the_inference(tmp_path: Path) -> None:
    dossier = _copy("tongliao-approval-clean", tmp_path, drop=("附件3-初步设计方案.docx",))
    assert "tongliao/TL-20a" not in _errors(dossier, "approval_step=可研")


def _request_docx(path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_heading("关于开鲁县智慧医疗平台建设项目调整的申请", level=1)
    d.add_paragraph("通辽市人民政府职能转变和数字政府建设领导小组办公室、通辽市财政局：")
    d.add_paragraph("因业务发展需要，拟调整项目建设内容，调整后总投资超出原批复概算，特申请调整，请予审定。")
    d.add_paragraph("开鲁县卫生健康委员会")
    d.add_paragraph("2026年2月20日")
    d.save(path)


def test_an_adjustment_request_awaiting_approval_is_not_a_self_adjustment(tmp_path: Path) -> None:
    dossier = _copy("tongliao-adjustment-clean", tmp_path, drop=("附件1-项目建设内容调整备案表.docx",))
    before = _errors(dossier)
    assert {"tongliao/TL-35e", "tongliao/TL-46b"} <= before  # neither a 备案 nor a request
    _request_docx(dossier / "附件1-项目调整申请.docx")
    after = _errors(dossier)
    for rule in ("TL-34b", "TL-35e", "TL-35j", "TL-46a", "TL-46b"):
        assert f"tongliao/{rule}" not in after, (rule, after)


def _ctx(**facts: object) -> CheckContext:
    return CheckContext(
        facts={k: ResolvedFact(k, v, Source("--set", k), "option") for k, v in facts.items()},
        documents=[], as_of=AS_OF)


def _requirement(rows: list[dict], kind: str) -> str:
    return next(r["requirement"] for r in rows if r["kind"] == kind)


def test_checklist_follows_the_step() -> None:
    from decimal import Decimal

    pack = load_pack("tongliao")
    base = dict(admin_level="市本级", total_investment=Decimal(300), project_type="建设类")
    first = material_rows(pack, "approval", _ctx(**base, approval_step="可研"))
    assert _requirement(first, "feasibility_study_report") == "required"
    assert _requirement(first, "preliminary_design") == "not_required"
    both = material_rows(pack, "approval", _ctx(**base, approval_step="合并"))
    assert _requirement(both, "preliminary_design") == "required"
    unknown = material_rows(pack, "approval", _ctx(**base))
    assert _requirement(unknown, "preliminary_design") == "undecided"


def test_facts_command_shows_the_issuer_and_the_step() -> None:
    import json
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "govcheck", "facts", str(SAMPLES / "gaoping-approval-clean"),
                        "-f", "json"], capture_output=True, text=True, encoding="utf-8")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    issuers = {d["file"]: d["issuer"] for d in data["documents"]}
    assert issuers["附件10-市人民政府同意实施的函.docx"] == "高平市人民政府"
    assert issuers["附件3-可行性研究报告.docx"] is None  # a report names no issuing body
    assert data["facts"]["approval_step"]["value"] == "合并"
    assert data["facts"]["approval_step"]["origin"] == "derived"
