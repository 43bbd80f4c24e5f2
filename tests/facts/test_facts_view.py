"""The facts command words extraction's findings (they are data) in the language asked for."""

import io

from rich.console import Console

from govcheck.commands.facts_view import facts_report

from .test_resolve import FORM


def _facts_console(root, lang: str) -> str:
    buf = io.StringIO()
    facts_report(root, [], "console", lang, Console(file=buf, width=2000, color_system=None))
    return buf.getvalue()


def test_a_conflict_is_printed_in_words_in_each_language(dossier):
    dossier.docx("附件1-申报表.docx", [FORM])  # says 70
    dossier.docx("附件2-可行性研究报告.docx", paragraphs=["本项目总投资约80万元。"])
    zh = _facts_console(dossier.root, "zh")
    assert "govcheck/fact-conflict 总投资在不同材料中取值不一致：70万元（" in zh
    en = _facts_console(dossier.root, "en")
    assert "govcheck/fact-conflict total investment differs between sources: 70 万元 (" in en
    assert "Message(" not in zh + en
