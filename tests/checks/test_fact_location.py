"""A finding about a fact points at where the fact was read, whatever the check kind (deadline,
tier, ratio …) — in the JSON and every other format, which all render the location."""

from datetime import date
from pathlib import Path

import pytest

from govcheck.pipeline import Options, check_dossier

SAMPLES = Path(__file__).resolve().parents[2] / "sample_dossiers"


@pytest.mark.parametrize("sample, rule, file", [
    ("gaoping-construction-contract-filed-late", "gaoping/GP-15c", "06-合同备案表.docx"),   # deadline
    ("wushan-adjustment-over-10", "wushan/WS-20a", "附件1-项目建设内容调整备案表.docx"),   # ratio
    ("tongliao-acceptance-late", "tongliao/TL-38b", "01-竣工验收申请表.docx"),
])
def test_fact_finding_points_at_the_fact_source(sample, rule, file):
    checked = check_dossier(SAMPLES / sample, Options(as_of=date(2026, 3, 1)))
    (finding,) = [f for f in checked.findings if f.rule == rule]
    assert finding.fact is not None
    assert finding.location.file == file
    assert finding.location.where == checked.facts[finding.fact].source.where
