"""Markdown: the reviewer's report — summary, findings tables, checklist, undecided, facts."""

from __future__ import annotations

import re

from govcheck.report import markdown

from .conftest import BUDGET

_CELL_SPLIT = re.compile(r"(?<!\\)\|")


def cells(line: str) -> list[str]:
    assert line.startswith("| ") or line.startswith("|"), line
    return [c.strip() for c in _CELL_SPLIT.split(line)[1:-1]]


def tables(text: str) -> list[list[list[str]]]:
    """Every table as rows of cells (header first, separator dropped); widths checked."""
    out, cur = [], None
    for line in text.splitlines():
        if line.startswith("|"):
            row = cells(line)
            if cur is None:
                cur = [row]
            elif all(set(c) <= {"-", ":"} and c for c in row):
                continue
            else:
                assert len(row) == len(cur[0]), f"row width differs from header: {line}"
                cur.append(row)
        elif cur is not None:
            out.append(cur)
            cur = None
    if cur is not None:
        out.append(cur)
    return out


def test_sections_and_tables(checked):
    text = markdown.render(checked)
    assert text.startswith("# govcheck 检查报告：扎鲁特旗“一网通办”延伸系统建设项目")
    ts = tables(text)
    summary = dict((r[0], r[1]) for r in ts[0][1:])
    assert summary["项目名称"] == "扎鲁特旗“一网通办”延伸系统建设项目"
    assert summary["适用办法"].startswith("通辽市数字化项目管理暂行办法（通政发〔2024〕97号）")
    assert "govcheck.yaml" in summary["适用办法"]
    assert summary["阶段"].startswith("application（申报/入库）")
    assert "据「项目入库申请表」推定为申报阶段" in summary["阶段"]
    assert summary["判定日期"] == "2025-08-01"
    assert summary["结论"] == "未通过"
    assert summary["问题数"] == "错误 2 · 警告 2 · 提示 1"
    assert "（1 个无法读取）" in summary["材料文件"]

    finding_tables = [t for t in ts if t[0] == ["规则", "问题", "依据", "位置", "建议"]]
    assert [len(t) - 1 for t in finding_tables] == [2, 2, 1]
    # severity order: 错误, 警告, 提示
    positions = [text.index(h) for h in ("### 错误 (2)", "### 警告 (2)", "### 提示 (1)")]
    assert positions == sorted(positions)
    err = finding_tables[0][1]
    assert err[0] == "tongliao/TL-14b"
    assert "通政发〔2024〕97号 第十四条第一款<br>“总投资市本级80万元" in err[2]
    assert err[3] == "—"  # no file: the whole dossier
    assert err[4].startswith("补充《项目可行性研究报告》")


def test_cells_are_escaped(checked):
    text = markdown.render(checked)
    row = next(t for t in tables(text) if t[0][0] == "规则" and t[1][0] == "tongliao/TL-20c")[1]
    # the | in the message does not split the cell; the newline is a <br>; markup is inert
    assert row[1] == r"工程建设其他费用占比 12.5% 超过 10%<br>其中监理费\|咨询费 \<b\>合计\</b\> 8.75万元"
    assert row[3] == f"{BUDGET} 概算表 第12行"
    assert "第二十条第二款第(三)项" in row[2]
    assert "<b>" not in text


def test_materials_checklist(checked):
    t = next(t for t in tables(markdown.render(checked)) if t[0] == ["材料", "状态", "文件", "规则"])
    status = {r[0]: r[1] for r in t[1:]}
    assert status["申请入库文件"] == "✓ 已提交"
    assert status["可行性研究报告"] == "✗ 缺失"
    assert status["密码应用方案"].startswith("? 待定")
    assert "is\\_custom\\_software" in status["密码应用方案"]
    assert status["运维方案"] == "— 不要求"
    assert status["项目实施方案"] == "✓ 已提交（非必需）"
    files = {r[0]: r[2] for r in t[1:]}
    assert files["可行性研究报告"] == "—"


def test_not_evaluated_and_facts(checked):
    text = markdown.render(checked)
    assert "## 未能判定的规则 (3)" in text
    line = next(l for l in text.splitlines() if l.startswith("- tongliao/TL-12a"))
    assert "application\\_date" in line and "plan\\_year" in line
    assert "- tongliao/TL-30b：附件2 为扫描件，内容无法判定" in text
    facts = next(t for t in tables(text) if t[0] == ["事实", "取值", "来源"])
    values = {r[0].split(" ")[-1]: (r[1], r[2]) for r in facts[1:]}
    assert values["(total\\_investment)"] == ("70 万元", "附件1-项目入库申请表.docx 表1 第5行 总投资（万元）")
    assert values["(application\\_date)"][0] == "2025-07-25"
    assert values["(is\\_isolated\\_network)"][0] == "否"
    assert values["(funding\\_source)"][0] == "县财政、自治区补助"
    assert values["(admin\\_level)"][1] == "govcheck.yaml facts.admin\\_level"


def test_clean_and_english(clean, checked_en):
    text = markdown.render(clean)
    assert "未发现问题。" in text and "| 结论 | 通过 |" in text
    assert "未能判定的规则" not in text
    en = markdown.render(checked_en)
    assert en.startswith("# govcheck report: ")
    assert "| Rule | Finding | Basis | Where | Fix |" in en
    assert "| Result | FAIL |" in en
    tables(en)


def test_real_pipeline(pipeline_checked):
    c = pipeline_checked()
    text = markdown.render(c)
    ts = tables(text)
    assert ts[0][0] == ["项目", "内容"]
    assert "| 项目名称 | 科尔沁区政务服务“好差评”系统建设项目 |" in text
    assert "| 总投资 (total\\_investment) | 70 万元 |" in text
    n = sum(len(t) - 1 for t in ts if t[0] == ["规则", "问题", "依据", "位置", "建议"])
    assert n == len(c.findings)
    assert "## 材料清单" in text
