"""GitHub Actions workflow commands: one annotation per finding, then a plain summary line.

    ::error file=dossier/附件1-项目入库申请表.docx,title=tongliao/TL-14b::总投资… (依据 …)

``error`` / ``warning`` / ``notice`` follow the severity. ``file`` is the dossier path joined
with the finding's dossier-relative file (paths as the user gave them, so relative to the
workspace when run from it); a finding about the whole dossier has no ``file``. Escaping is the
one @actions/core applies: in the message ``%`` → %25, CR → %0D, LF → %0A; in properties also
``:`` → %3A and ``,`` → %2C. A dossier has no line numbers, so where in the file a finding points
goes into the message.
"""

from __future__ import annotations

import posixpath

from ..model import CheckedDossier, FindingOut
from .common import citation_label, counts, passed

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}

_T = {
    "zh": {"cite": "依据", "where": "位置", "hint": "建议", "sep": "：",
           "summary": "govcheck {path}：{jurisdiction} {stage} {as_of} — {result}；"
                      "错误 {errors} · 警告 {warnings} · 提示 {infos}；适用规则 {rules} 条，"
                      "未能判定 {ne} 条",
           "pass": "通过", "fail": "未通过"},
    "en": {"cite": "basis", "where": "where", "hint": "fix", "sep": ": ",
           "summary": "govcheck {path}: {jurisdiction} {stage} {as_of} — {result}; "
                      "errors {errors} · warnings {warnings} · info {infos}; rules applied {rules}, "
                      "not evaluated {ne}",
           "pass": "PASS", "fail": "FAIL"},
}


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def file_path(dossier: str, file: str) -> str:
    """The dossier path as given joined with the dossier-relative POSIX path."""
    base = dossier.replace("\\", "/")
    return posixpath.normpath(posixpath.join(base, file)) if base else file


def _message(f: FindingOut, lang: str) -> str:
    t = _T["en" if lang == "en" else "zh"]
    msg = f.message
    if f.citation is not None:
        msg += f" ({t['cite']} {citation_label(f.citation, lang).strip()})"
    if f.location.where:
        msg += f"\n{t['where']}{t['sep']}{f.location.where}"
    if f.hint:
        msg += f"\n{t['hint']}{t['sep']}{f.hint}"
    return msg


def annotation(f: FindingOut, dossier: str, lang: str) -> str:
    props = []
    if f.location.file:
        props.append("file=" + escape_property(file_path(dossier, f.location.file)))
    props.append("title=" + escape_property(f.rule))
    return f"::{_COMMAND[f.severity]} {','.join(props)}::{escape_data(_message(f, lang))}"


def render(checked: CheckedDossier) -> str:
    t = _T["en" if checked.lang == "en" else "zh"]
    lines = [annotation(f, checked.path, checked.lang) for f in checked.findings]
    summary = t["summary"].format(
        path=checked.path, jurisdiction=checked.jurisdiction, stage=checked.stage,
        as_of=checked.as_of.isoformat(), result=t["pass"] if passed(checked) else t["fail"],
        rules=checked.rules_applied, ne=len(checked.not_evaluated), **counts(checked.findings))
    # Plain text on one line, starting with "govcheck": never read as a workflow command.
    lines.append(summary.replace("\r", " ").replace("\n", " "))
    return "\n".join(lines)
