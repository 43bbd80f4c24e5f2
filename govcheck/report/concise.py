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
    return _line(dossier, f.location.file, f.location.where, f.severity, f.rule, f.message)


def _line(dossier: str, file: str | None, where: str | None, severity: str, rule: str,
          message: str) -> str:
    place = file_path(dossier, file) if file else dossier.rstrip("/\\")
    if file and where:
        place += ":" + _one_line(where)
    return f"{place}: {severity} {rule} {_one_line(message)}"


def record_lines(record: dict, verdict: str) -> list[str]:
    """A batch's JSON report (one dossier) as concise lines, the verdict last (`batch -f concise`)."""
    dossier = record.get("dossier", {}).get("path", "")
    lines = [_line(dossier, f["location"]["file"], f["location"]["where"], f["severity"],
                   f["rule"], f["message"]) for f in record.get("findings", [])]
    if "error" in record:  # a dossier that crashed or timed out: one line saying so
        lines.append(_line(dossier, None, None, "error", "govcheck/batch-error", str(record["error"])))
    s = record.get("summary", {})
    lines.append(f"{dossier.rstrip('/')}: {verdict} errors {s.get('errors', 0)} "
                 f"warnings {s.get('warnings', 0)} info {s.get('infos', 0)}")
    return lines


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
