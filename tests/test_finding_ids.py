"""Finding ids (contract "Finding ids"): what a finding is about, never where or how it is worded."""

from govcheck.model import FindingOut, LocationOut


def _f(**kw) -> FindingOut:
    base = dict(rule="tongliao/TL-38f", severity="error", message="m", material="audit_report")
    base.update(kw)
    return FindingOut(**base)


def test_id_ignores_wording_place_and_amounts() -> None:
    a = _f(message="总投资70万元", location=LocationOut(file="申报表.docx", where="表1 第3行"))
    b = _f(message="总投资75万元", hint="h", location=LocationOut(file="申报表.docx", where="表1 第9行"))
    assert a.id == b.id
    assert len(a.id) == 16 and int(a.id, 16) >= 0


def test_id_differs_by_rule_file_and_subject() -> None:
    a = _f(location=LocationOut(file="申报表.docx"))
    assert a.id != _f(location=LocationOut(file="其他.docx")).id
    assert a.id != _f(rule="tongliao/TL-38l", location=LocationOut(file="申报表.docx")).id
    assert a.id != _f(material="feasibility_study_report", location=LocationOut(file="申报表.docx")).id
    assert a.id in a.model_dump_json()
