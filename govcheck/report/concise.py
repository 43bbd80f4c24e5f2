"""`-f concise` (contract): one line per finding, as linters print them, then the verdict.

    DOSSIER/FILE[:WHERE]: SEVERITY RULE_ID MESSAGE

The dossier path alone when no file applies. A message's line breaks become spaces so each
finding stays on one line (editors' problem matchers read it line by line). The last line
(``DOSSIER: FAIL errors 3 warnings 0 info 0``) matches no severity, so matchers skip it.
"""

from __future__ import annotations

from ..model import CheckedDossier, FindingOut
from .common import counts, passed
from .github import file_path


def _one_line(text: str) -> str:
    return " ".join(text.split())


def line(f: FindingOut, dossier: str) -> str:
    place = file_path(dossier, f.location.file) if f.location.file else dossier.rstrip("/\\")
    if f.location.file and f.location.where:
        place += ":" + _one_line(f.location.where)
    return f"{place}: {f.severity} {f.rule} {_one_line(f.message)}"


def render(checked: CheckedDossier) -> str:
    lines = [line(f, checked.path) for f in checked.findings]
    c = counts(checked.findings)
    verdict = "PASS" if passed(checked) else "FAIL"
    tail = f"{checked.path.rstrip('/')}: {verdict} errors {c['errors']} warnings {c['warnings']} info {c['infos']}"
    if checked.waived:
        tail += f" waived {len(checked.waived)}"
    if checked.baselined:
        tail += f" baselined {len(checked.baselined)}"
    return "\n".join(lines + [tail])
