"""Jurisdiction detection from unit and place names in the documents."""

import pytest

from govcheck.identify.detect import detect
from govcheck.errors import RunError
from govcheck.model import Document, Paragraph, Table
from govcheck.packs.load import load_pack, pack_ids
from govcheck.pipeline import Options, choose_pack
from govcheck.report.words import render

PACKS = [load_pack(i) for i in pack_ids()]


def doc(path, *lines, table=None):
    return Document(path=path, format="docx", paragraphs=[Paragraph(t, 0, i) for i, t in enumerate(lines)],
                    tables=[Table(0, table)] if table else [])


@pytest.mark.parametrize("text,expected", [
    ("通辽市科尔沁区政务服务与数据管理局", "tongliao"),
    ("开鲁县卫生健康委员会", "tongliao"),
    ("奈曼旗教育局", "tongliao"),
    ("巫山县大数据应用发展管理中心", "wushan"),
    ("常州市武进区大数据管理局", "wujin"),
    ("高平市行政审批服务管理局", "gaoping"),
])
def test_unit_names_point_to_one_pack(text, expected):
    found = detect([doc("申报表.docx", table=[["项目单位", text]])], PACKS)
    assert found[0].pack_id == expected


def test_hunan_needs_a_provincial_unit_word():
    assert [d.pack_id for d in detect([doc("a.docx", "湖南省某某市某局")], PACKS)] != ["hunan"]
    found = detect([doc("a.docx", "湖南省人力资源和社会保障厅（省直单位）")], PACKS)
    assert found and found[0].pack_id == "hunan"


def test_evidence_names_the_words_and_files():
    pack, source, evidence = choose_pack(Options(), None, [doc("附件1-申报表.docx", "巫山县卫生健康委员会")])
    assert pack.pack.id == "wushan" and source == "detected"
    evidence = render(evidence, "zh")
    assert "巫山县" in evidence and "附件1-申报表.docx" in evidence


def test_ambiguous_or_no_evidence_asks_for_j():
    both = [doc("a.docx", "巫山县大数据中心"), doc("b.docx", "高平市政务信息管理局")]
    with pytest.raises(RunError, match="-j"):
        choose_pack(Options(), None, both)
    with pytest.raises(RunError, match="tongliao"):
        choose_pack(Options(), None, [doc("a.docx", "某某平台建设方案")])


def test_option_and_manifest_win_over_detection():
    docs = [doc("a.docx", "巫山县大数据中心")]
    assert choose_pack(Options(jurisdiction="gaoping"), None, docs)[:2][1] == "option"
    assert choose_pack(Options(), "tongliao", docs)[0].pack.id == "tongliao"
