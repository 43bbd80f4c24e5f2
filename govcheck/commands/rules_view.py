"""`govcheck rules list` and `rules show`: the packs, rendered from the packs themselves."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from rich.panel import Panel
from rich.table import Table

from ..checks.engine import citation_of
from ..checks.registry import CHECK_KINDS
from ..errors import RunError
from ..packs.articles import article_text, quote_paragraph
from ..packs.describe import condition_text
from ..packs.load import load_pack, pack_files, source_text
from ..packs.parameters import substitute, values_on
from ..packs.schema import Pack, Rule
from ..packs.vocabulary_ext import active
from ..report.common import citation_label


def list_rules(jurisdiction: str | None, lang: str, extra: tuple[Path, ...], console: Any) -> None:
    ids = [jurisdiction] if jurisdiction else sorted(pack_files(extra))
    for pid in ids:
        pack = load_pack(pid, extra)
        table = Table(title=f"{pack.pack.name.get(lang)}  [{pid}]  {len(pack.rules)} rules, "
                            f"{len(pack.not_checked)} not checked", title_justify="left")
        for col in ("rule", "check", "stages", "severity", "citation"):
            table.add_column(col, overflow="fold")
        for r in pack.rules:
            sev = {"error": "[red]error[/]", "warning": "[yellow]warning[/]"}.get(r.severity, r.severity)
            table.add_row(f"{pid}/{r.id}", r.check, ",".join(r.stages), sev,
                          citation_label(citation_of(pack, r), lang))
        console.print(table)


def find_rule(rule_id: str, extra: tuple[Path, ...]) -> tuple[Pack, Rule]:
    if "/" in rule_id:
        pid, short = rule_id.split("/", 1)
        pack = load_pack(pid, extra)
        rule = pack.rule(short)
        if rule is None:
            raise RunError(f"{rule_id}: no such rule in pack {pid}")
        return pack, rule
    for pid in sorted(pack_files(extra)):
        pack = load_pack(pid, extra)
        rule = pack.rule(rule_id)
        if rule is not None:
            return pack, rule
    raise RunError(f"{rule_id}: no such rule in any pack")


def rule_summary(pack: Pack, rule: Rule, lang: str) -> dict[str, str]:
    """The facts of a rule in words: shared by `rules show` and docs/rules/<pack>.md."""
    latest = values_on(pack, None)  # conditions in numbers, as the checks line shows them
    when = substitute(rule.when, latest)
    severity_when = [(s.severity, substitute(s.when, latest), s.reason) for s in rule.severity_when]
    kind = CHECK_KINDS[rule.check]
    with active(pack):  # names of the pack's own kinds and facts
        numbers = kind.describe(rule.parsed, lang)
    return {
        "id": f"{pack.pack.id}/{rule.id}",
        "catalog": ", ".join(rule.catalog),
        "check": rule.check,
        "stages": ", ".join(rule.stages),
        "severity": rule.severity
        + "".join(f"; {sev} when {condition_text(cond)} ({why})" for sev, cond, why in severity_when),
        "applies": condition_text(when),
        "numbers": numbers,
        "message": rule.message.get(lang),
        "hint": rule.hint.get(lang),
        "citation": citation_label(citation_of(pack, rule), lang),
        "quote": rule.citation.quote,
        "rationale": rule.rationale or "",
    }


def show_rule(rule_id: str, lang: str, extra: tuple[Path, ...], console: Any) -> None:
    pack, rule = find_rule(rule_id, extra)
    s = rule_summary(pack, rule, lang)
    g = Table.grid(padding=(0, 2))
    g.add_column(style="bold")
    g.add_column(overflow="fold")
    labels = {"catalog": "catalog", "check": "check", "stages": "stages", "severity": "severity",
              "applies": "applies when", "numbers": "checks", "message": "message", "hint": "hint",
              "citation": "citation", "quote": "quote", "rationale": "rationale"}
    for key, label in labels.items():
        if s[key]:
            g.add_row(label, s[key])
    console.print(Panel(g, title=s["id"], expand=False))
    text = source_text(pack, pack_files(extra)[pack.pack.id])
    article = article_text(text, rule.citation.article) if text else None
    if text and (rule.citation.article_inferred or not _holds_quote(article, rule.citation.quote)):
        # the heading is not printed where the quote stands: show the quote's own paragraph
        article = quote_paragraph(text, rule.citation.quote) or article
    if article:
        console.print(Panel(article, title=f"{pack.pack.document or pack.pack.id} "
                                           f"{citation_label(citation_of(pack, rule), lang).split(' ', 1)[-1]}",
                            expand=False))


def _holds_quote(article: str | None, quote: str) -> bool:
    first = re.sub(r"\s+", "", quote.split("…")[0])
    return bool(article) and first in re.sub(r"\s+", "", article or "")
