"""Pieces every report format shares: article labels, summary counts, exit decisions."""

from __future__ import annotations

from ..model import CheckedDossier, CitationOut, FindingOut, SEVERITY_ORDER

_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 → 一, 14 → 十四, 20 → 二十, 38 → 三十八, 105 → 一百零五 (article numbering)."""
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _DIGITS[n // 10] + "十" + (_DIGITS[n % 10] if n % 10 else "")
    rest = n % 100
    tail = "" if rest == 0 else ("零" + chinese_number(rest) if rest < 10 else
                                 ("一" + chinese_number(rest) if rest < 20 else chinese_number(rest)))
    return _DIGITS[n // 100] + "百" + tail


def article_label(c: CitationOut, lang: str = "zh") -> str:
    if c.article is None:
        return ""
    if lang == "en":
        s = f"Art. {c.article}"
        if c.paragraph:
            s += f"({c.paragraph})"
        if c.item:
            s += f" item {c.item}"
        if c.article_inferred:
            s += " (article number inferred from the text's paragraphs)"
        return s
    s = f"第{chinese_number(c.article)}条"
    if c.paragraph:
        s += f"第{chinese_number(c.paragraph)}款"
    if c.item:
        s += f"第({chinese_number(c.item)})项"
    if c.article_inferred:
        s += "（条号据原文段落推定）"
    return s


def citation_label(c: CitationOut | None, lang: str = "zh") -> str:
    if c is None:
        return ""
    doc = c.document or (c.jurisdiction if lang == "en" else f"{c.jurisdiction}（原文无文号）")
    return f"{doc} {article_label(c, lang)}"


def counts(findings: list[FindingOut]) -> dict[str, int]:
    out = {"errors": 0, "warnings": 0, "infos": 0}
    for f in findings:
        out[{"error": "errors", "warning": "warnings", "info": "infos"}[f.severity]] += 1
    return out


def passed(checked: CheckedDossier) -> bool:
    return counts(checked.findings)["errors"] == 0


def exit_code(checked: CheckedDossier, fail_on: str) -> int:
    """0 — nothing at or above --fail-on; 1 — something is (contract)."""
    if fail_on == "never":
        return 0
    floor = SEVERITY_ORDER[fail_on]
    return 1 if any(SEVERITY_ORDER[f.severity] >= floor for f in checked.findings) else 0
