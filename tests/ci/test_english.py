"""English is complete (issue 10, item 7): every rule has English, and English output keeps
Chinese only in quotes, names and official terms (tests/ci/english.py says which)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
import yaml

from .conftest import ROOT
from .english import leftovers

# Rule texts that still leave a Chinese word unquoted in English (for the packs' owner to fix;
# a ratchet: a new offender fails, and a fixed one must be taken off this list).
KNOWN_UNQUOTED = {"tongliao/TL-22a hint"}


def _packs():
    from govcheck.packs.load import load_pack, pack_ids

    return [load_pack(pid, ()) for pid in pack_ids(())]


def test_the_checker_catches_what_it_must():
    assert leftovers("Where: 11-试运行报告.docx 全文") == ["全文"]
    assert leftovers("Where: 申报表.docx 表1 第21行") == ["表", "第", "行"]
    assert leftovers("paragraph 9 段落9") == ["段落"]
    assert leftovers("Basis：Art. 38") == ["："]
    assert leftovers("Stage 验收 acceptance") == ["验收"]
    # and lets through what it must
    assert leftovers("Basis: 通政发〔2024〕97号 Art. 38(1)  “审计报告”") == []
    assert leftovers('The trial run report "11-试运行报告.docx" has no user evaluation '
                     "(looked for: 用户使用评价 / 用户评价)") == []
    assert leftovers("table 1, row 15 “涉及“数字政府”平台建设”; 概算表!E5; 70万元; 建设类") == []
    assert leftovers("the review opinion (审核意见 or 评审意见)") == []
    assert leftovers("Project 扎鲁特旗智慧教育云平台", names=["扎鲁特旗智慧教育云平台"]) == []


def test_every_rule_and_tool_finding_has_english():
    from govcheck.findings import FINDING_TYPES

    missing = []
    for pack in _packs():
        if not pack.pack.name.en.strip():
            missing.append(f"{pack.pack.id} name")
        for r in pack.rules:
            for field in ("message", "hint"):
                text = getattr(r, field)
                if not text.en.strip() or text.en.strip() == text.zh.strip():
                    missing.append(f"{pack.pack.id}/{r.id} {field}")
    for t in FINDING_TYPES.values():
        for field in ("title_en", "message_en", "hint_en"):
            if not getattr(t, field).strip():
                missing.append(f"govcheck/{t.id} {field}")
    assert not missing, "rules without English: " + ", ".join(missing)


def test_rule_english_keeps_chinese_only_in_quotes_names_and_terms():
    from govcheck.findings import FINDING_TYPES

    offenders: dict[str, list[str]] = {}
    for pack in _packs():
        for r in pack.rules:
            for field in ("message", "hint"):
                left = leftovers(getattr(r, field).en, [pack.pack.document or ""])
                if left:
                    offenders[f"{pack.pack.id}/{r.id} {field}"] = left
    for t in FINDING_TYPES.values():
        for field in ("title_en", "message_en", "hint_en"):
            left = leftovers(getattr(t, field))
            if left:
                offenders[f"govcheck/{t.id} {field}"] = left
    new = {k: v for k, v in offenders.items() if k not in KNOWN_UNQUOTED}
    assert not new, f"Chinese left in English rule text: {new}"
    fixed = KNOWN_UNQUOTED - set(offenders)
    assert not fixed, f"fixed — take off KNOWN_UNQUOTED: {fixed}"


def _names(checked) -> list[str]:
    """Names a report may quote as they are: files, fact values, places, the measure's number."""
    from govcheck.packs.load import load_pack

    names = [d.path for d in checked.documents] + [d.name for d in checked.documents]
    for f in checked.facts.values():
        values = f.value if isinstance(f.value, (list, tuple)) else [f.value]
        names += [str(v) for v in values]
    pack = load_pack(checked.jurisdiction, ())
    names += list(pack.pack.detect.names) if getattr(pack.pack, "detect", None) else []
    names += [checked.pack_document or "", Path(checked.path).name]
    return names


def _renders(checked) -> dict[str, str]:
    from rich.console import Console

    from govcheck.report import concise, console, github, junit, markdown

    buf = io.StringIO()
    # wide enough that no cell wraps (a quote broken over two lines is not a quote any more)
    console.render(checked, Console(file=buf, width=2000, color_system=None))
    return {"console": buf.getvalue(), "concise": concise.render(checked),
            "markdown": markdown.render(checked), "junit": junit.render(checked),
            "github": github.render(checked)}


# Every sample expected.yaml lists (builder/, data/ and places/ beside them are the builder's).
SAMPLES = sorted(yaml.safe_load((ROOT / "sample_dossiers" / "expected.yaml").read_text(encoding="utf-8"))["samples"])


@pytest.mark.parametrize("sample", SAMPLES)
def test_english_reports_of_every_sample(sample):
    from govcheck.pipeline import Options, check_dossier

    checked = check_dossier(ROOT / "sample_dossiers" / sample,
                            Options(as_of=date(2026, 3, 1), lang="en"))
    names = _names(checked)
    problems = []
    for fmt, text in _renders(checked).items():
        for line in text.splitlines():
            left = leftovers(line, names)
            if left:
                problems.append(f"{fmt}: {left} in {line.strip()[:200]}")
    assert not problems, "\n".join(problems[:20])


def test_english_locations():
    """A place is data (govcheck/location.py): its Chinese form is the string itself, the
    English comes from its parts; the document's label is quoted, on one line."""
    from govcheck.location import Where
    from govcheck.message import Place
    from govcheck.report.words import render, where_words

    cases = [
        (Where.row(1, 21, label="竣工验收申请日期"), "表1 第21行 竣工验收申请日期", "table 1, row 21 “竣工验收申请日期”"),
        (Where.row(2, 3, 4), "表2 第3行 第4列", "table 2, row 3, column 4"),
        (Where.paragraph(9), "段落9", "paragraph 9"),
        (Where.whole(), "全文", "whole text"),
        (Where.inferred(), "推定", "inferred"),
        (Where.cell("概算表", "E12", "合计"), "概算表!E12 合计", "概算表!E12 “合计”"),
        (Where.sheet_row("概算表", 12), "概算表!12", "概算表!12"),
        (Where.row(1, 15, label="涉及\n政务平台建设"), "表1 第15行 涉及\n政务平台建设", "table 1, row 15 “涉及 政务平台建设”"),
    ]
    for where, zh, en in cases:
        assert where == zh and where_words(where, "zh") == zh
        assert where_words(where, "en") == en
    # Inside a sentence the label is said as written; a manifest key is a name, as it is.
    inside = Place(Where.row(1, 3, label="总投资（万元）"), "附件1.docx")
    assert render(inside, "zh") == "附件1.docx 表1 第3行 总投资（万元）"
    assert render(inside, "en") == "附件1.docx table 1, row 3 总投资（万元）"
    assert where_words("facts.total_investment", "en") == "facts.total_investment"


def test_where_survives_pickling_and_stays_immutable():
    import pickle

    from govcheck.location import Where

    where = Where.cell("概算表", "E12").labelled("合计")
    back = pickle.loads(pickle.dumps(where))
    assert back == where and back.words("en") == "概算表!E12 “合计”"
    with pytest.raises(AttributeError):
        where.label = "其他"
    with pytest.raises(ValueError):  # a place's parts are its kind's: a table row has a row
        Where("row", (1,))


def test_english_console_header_and_finding():
    from govcheck.pipeline import Options, check_dossier

    checked = check_dossier(ROOT / "sample_dossiers" / "tongliao-acceptance-missing",
                            Options(as_of=date(2026, 3, 1), lang="en"))
    text = _renders(checked)["console"]
    assert "acceptance acceptance" not in text and "Stage      acceptance" in text
    assert "Basis: 通政发〔2024〕97号 Art. 38(1)" in text and "：" not in text
    assert "Where: 11-试运行报告.docx whole text" in text
    assert "Projects (通政发〔2024〕97号)" in text


@pytest.mark.parametrize("pack_id", ["tongliao", "hunan", "wushan", "wujin", "gaoping"])
def test_english_checklist_of_every_stage(pack_id):
    from rich.console import Console

    from govcheck.commands.checklist_view import checklist_report
    from govcheck.model import STAGES
    from govcheck.packs.load import load_pack

    pack = load_pack(pack_id, ())
    problems = []
    for stage in STAGES:
        buf = io.StringIO()
        checklist_report(pack_id, stage, [], "en", (), Console(file=buf, width=2000, color_system=None))
        for line in buf.getvalue().splitlines():
            left = leftovers(line, [pack.pack.document or ""])
            if left:
                problems.append(f"{stage}: {left} in {line.strip()[:200]}")
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("sample", ["tongliao-acceptance-missing", "wushan-application-detected",
                                    "hunan-approval-clean", "wujin-approval-clean",
                                    "gaoping-application-clean"])
def test_english_facts_command(sample):
    from rich.console import Console

    from govcheck.identify.classify import classify
    from govcheck.facts import extract
    from govcheck.commands.facts_view import facts_report
    from govcheck.read import read_dossier

    path = ROOT / "sample_dossiers" / sample
    documents = read_dossier(path)
    classify(documents)
    extraction = extract(documents, [])  # facts are data: no language
    names = [d.path for d in documents] + [d.name for d in documents]
    for f in extraction.facts.values():
        for c in f.candidates or []:
            values = c.value if isinstance(c.value, (list, tuple)) else [c.value]
            names += [str(v) for v in values]
        values = f.value if isinstance(f.value, (list, tuple)) else [f.value]
        names += [str(v) for v in values]
    names += [b.label for b in extraction.budget_lines]  # the budget sheet's own wording
    from govcheck.identify.issuer import document_issuer

    names += [i for d in documents if d.readable and (i := document_issuer(d))]  # bodies are names
    buf = io.StringIO()
    facts_report(path, [], "console", "en", Console(file=buf, width=2000, color_system=None))
    problems = [f"{left} in {line.strip()[:200]}" for line in buf.getvalue().splitlines()
                if (left := leftovers(line, names))]
    assert not problems, "\n".join(problems[:20])
