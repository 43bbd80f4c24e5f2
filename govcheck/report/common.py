"""Pieces every report format shares: article labels, summary counts, exit decisions."""

from __future__ import annotations

from ..model import CheckedDossier, CitationOut, FindingOut, SEVERITY_ORDER
from ..numerals import chinese_number

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
    """The verdict: the same decision as the exit code under --fail-on (never disagree)."""
    return exit_code(checked, getattr(checked, "fail_on", "error")) == 0


def exit_code(checked: CheckedDossier, fail_on: str) -> int:
    """0 — nothing at or above --fail-on; 1 — something is (contract)."""
    if fail_on == "never":
        return 0
    floor = SEVERITY_ORDER[fail_on]
    return 1 if any(SEVERITY_ORDER[f.severity] >= floor for f in checked.findings) else 0
