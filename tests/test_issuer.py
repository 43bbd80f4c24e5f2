"""issuer: the issuing body of an official document, read from real .docx files (python-docx)
through the real reader."""

from __future__ import annotations

from pathlib import Path

import pytest

from govcheck.identify.issuer import document_issuer, document_issuers, document_title, issued_by, issuer_matches
from govcheck.read import read_dossier


def _docx(root: Path, name: str, lines: list[str], title_style: bool = True) -> None:
    import docx

    d = docx.Document()
    first, *rest = lines
    if title_style:
        d.add_heading(first, level=1)
    else:
        d.add_paragraph(first)
    for x in rest:
        d.add_paragraph(x)
    d.save(root / name)


def _read(tmp_path: Path, lines: list[str], title_style: bool = True):
    _docx(tmp_path, "doc.docx", lines, title_style)
    (doc,) = read_dossier(tmp_path)
    return doc


LETTER = [
    "高平市人民政府关于同意实施高平市不动产登记智慧服务系统建设项目的函",
    "高政函〔2025〕86号",
    "高平市自然资源局：",
    "你单位《关于实施……的请示》收悉。经市人民政府研究，同意实施。",
    "高平市人民政府",
    "2025年12月26日",
]


def test_signature_line_before_the_date(tmp_path: Path) -> None:
    doc = _read(tmp_path, LETTER)
    assert document_issuer(doc) == "高平市人民政府"


def test_reply_without_body_in_title_uses_the_signature(tmp_path: Path) -> None:
    doc = _read(tmp_path, [
        "关于XX项目立项的批复", "高行审政信〔2025〕86号", "高平市自然资源局：",
        "你单位《请示》收悉。经研究，现批复如下：", "一、同意立项。",
        "高平市行政审批服务管理局（市政务信息管理局）", "2025年12月12日",
    ])
    assert document_issuer(doc) == "高平市行政审批服务管理局（市政务信息管理局）"
    assert issued_by(doc, ["市人民政府"]) is False


def test_bracketed_alias_matches_the_named_body(tmp_path: Path) -> None:
    doc = _read(tmp_path, [
        "关于XX项目方案的评审意见", "武进区卫生健康局：", "经联合会审，评审结论：同意。",
        "常州市武进区人民政府办公室（区大数据管理局）", "2025年12月16日",
    ])
    assert issued_by(doc, ["区大数据管理局"]) is True
    assert issued_by(doc, ["区发改局"]) is False


def test_joint_document_lists_every_body_and_skips_a_seal_line(tmp_path: Path) -> None:
    doc = _read(tmp_path, [
        "关于XX项目的联合审核意见", "经审核，同意。",
        "通辽市发展和改革委员会", "通辽市财政局", "（盖章）", "二〇二五年十二月六日",
    ])
    assert document_issuers(doc) == ["通辽市发展和改革委员会", "通辽市财政局"]


def test_seal_label_form(tmp_path: Path) -> None:
    doc = _read(tmp_path, [
        "项目建设内容调整备案表", "项目名称：XX系统", "调整内容：数量调整。",
        "单位（盖章）：开鲁县卫生健康委员会", "2026年3月1日",
    ])
    assert document_issuer(doc) == "开鲁县卫生健康委员会"


def test_title_when_there_is_no_signature(tmp_path: Path) -> None:
    doc = _read(tmp_path, ["巫山县大数据管理中心关于XX框架方案的审核意见", "经审核，同意该框架方案。"])
    assert document_issuer(doc) == "巫山县大数据管理中心"
    assert document_title(doc) == "巫山县大数据管理中心关于XX框架方案的审核意见"


def test_report_without_issuer_is_none(tmp_path: Path) -> None:
    doc = _read(tmp_path, ["XX系统可行性研究报告", "第一章 项目概况", "本项目……，建议批准。"])
    assert document_issuer(doc) is None
    assert issued_by(doc, ["市人民政府"]) is None


def test_carbon_copy_and_addressee_lines_are_not_the_issuer(tmp_path: Path) -> None:
    doc = _read(tmp_path, [
        "关于XX的通知", "各旗县市区人民政府：", "请按要求执行。",
        "抄送：市财政局", "2025年1月2日",
    ], title_style=False)
    assert document_issuers(doc) == []


@pytest.mark.parametrize(("issuer", "names", "expected"), [
    ("高平市人民政府", ["市人民政府"], True),
    ("高平市政府", ["市人民政府"], True),          # 市政府 shortens 市人民政府
    ("高平市人民政府办公室", ["市人民政府"], False),  # the office is not the government
    ("巫山县人民政府", ["县政府"], True),
    ("常州市武进区大数据管理局", ["区大数据管理局"], True),
    ("常州市武进区发展和改革局", ["区大数据管理局"], False),
])
def test_named_body_is_the_end_of_the_name(issuer: str, names: list[str], expected: bool) -> None:
    assert issuer_matches(issuer, names) is expected


def test_a_quoted_name_in_the_body_is_kept(tmp_path: Path) -> None:
    doc = _read(tmp_path, ["会议纪要", "会议同意实施。", "湖南省“数字政府”建设领导小组", "2025年3月1日"])
    assert document_issuer(doc) == "湖南省“数字政府”建设领导小组"
    assert issued_by(doc, ["省人民政府"]) is False


def test_signature_and_date_on_one_line(tmp_path: Path) -> None:
    doc = _read(tmp_path, ["关于XX的复函", "同意。", "高平市人民政府  2025年12月26日"])
    assert document_issuer(doc) == "高平市人民政府"


def test_a_form_signed_inside_its_table(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_heading("项目建设内容调整备案表", level=1)
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "项目名称", "XX系统"
    t.cell(1, 0).text, t.cell(1, 1).text = "项目单位（盖章）", "开鲁县卫生健康委员会"
    d.save(tmp_path / "form.docx")
    (doc,) = read_dossier(tmp_path)
    assert document_issuer(doc) == "开鲁县卫生健康委员会"
