"""HTML: one standalone, well-formed file — no scripts, nothing fetched, everything escaped."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from govcheck.report import html

_VOID = {"meta", "br", "link", "img", "hr", "input", "col", "wbr"}


class Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in _VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse(text: str) -> Collect:
    p = Collect()
    p.feed(text)
    p.close()
    assert not p.errors, p.errors
    assert not p.stack, f"unclosed: {p.stack}"
    return p


def assert_standalone(text: str, p: Collect) -> None:
    assert text.startswith("<!DOCTYPE html>")
    tags = [t for t, _ in p.tags]
    assert "script" not in tags and "link" not in tags and "img" not in tags
    assert "iframe" not in tags and "object" not in tags
    for _, attrs in p.tags:
        for k, v in attrs.items():
            assert k not in ("src", "href", "action") and not k.startswith("on"), (k, v)
    assert not re.search(r"(https?:)?//[a-z0-9]", text, re.I), "external URL"
    assert "url(" not in text and "@import" not in text


def test_standalone_and_well_formed(checked):
    text = html.render(checked)
    p = parse(text)
    assert_standalone(text, p)
    root = next(a for t, a in p.tags if t == "html")
    assert root["lang"] == "zh-CN"
    assert any(t == "meta" and a.get("charset", "").lower() == "utf-8" for t, a in p.tags)
    assert any(t == "style" for t, _ in p.tags)
    title = text[text.index("<title>") + 7:text.index("</title>")]
    assert title == "govcheck 检查报告：扎鲁特旗“一网通办”延伸系统建设项目"


def test_sections(checked):
    text = html.render(checked)
    p = parse(text)
    heads = [t for t, _ in p.tags if t in ("h1", "h2", "h3")]
    assert heads.count("h2") == 5  # findings, materials, not evaluated, facts, files
    body = "".join(p.text)
    for s in ("发现的问题", "错误 (2)", "警告 (2)", "提示 (1)", "材料清单", "未能判定的规则 (3)",
              "采用的事实", "提交的文件", "通政发〔2024〕97号 第十四条第一款", "✓ 已提交", "✗ 缺失",
              "— 不要求", "? 待定", "✓ 已提交（非必需）", "70 万元", "2025-07-25",
              "is_custom_software", "未通过", "附件4-旧版说明.doc"):
        assert s in body, s
    assert sum(1 for t, _ in p.tags if t == "table") == 1 + 3 + 1 + 1 + 1 + 1


def test_escaped(checked):
    text = html.render(checked)
    p = parse(text)
    assert "b" not in [t for t, _ in p.tags]  # "<b>合计</b>" in a message stays text
    assert "其中监理费|咨询费 &lt;b&gt;合计&lt;/b&gt; 8.75万元" in text
    assert "12.5% 超过 10%<br>其中" in text
    assert "<b>合计</b>" in "".join(p.text)


def test_clean_and_english(clean, checked_en):
    text = html.render(clean)
    p = parse(text)
    assert_standalone(text, p)
    assert "未发现问题。" in "".join(p.text)
    en = html.render(checked_en)
    pe = parse(en)
    assert next(a for t, a in pe.tags if t == "html")["lang"] == "en"
    assert "Materials checklist" in "".join(pe.text)


def test_real_pipeline(pipeline_checked):
    c = pipeline_checked()
    text = html.render(c)
    p = parse(text)
    assert_standalone(text, p)
    body = "".join(p.text)
    assert "科尔沁区政务服务“好差评”系统建设项目" in body
    for f in c.findings:
        assert f.message in body
