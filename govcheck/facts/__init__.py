"""The facts stage: candidate values for the facts of docs/vocabulary.md from --set, the manifest, forms, budget
sheets and body text, each with its source; one resolver picks the value and records conflicts.

    from govcheck.facts import extract, parse_set_option, manifest_candidates
    ex = extract(documents, [parse_set_option("admin_level=旗县市区")])
    ex.facts["total_investment"].value     # Decimal, 万元
    ex.budget_lines, ex.findings, ex.candidates   # findings as data: report/words.py words them
"""

from .dates import parse_date, parse_months
from .declared import manifest_candidates, parse_set_option
from .money import parse_amount_in_words, parse_money
from .resolve import Extraction, extract

__all__ = [
    "Extraction",
    "extract",
    "manifest_candidates",
    "parse_amount_in_words",
    "parse_date",
    "parse_months",
    "parse_money",
    "parse_set_option",
]
