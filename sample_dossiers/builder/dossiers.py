"""A measure's dossiers as data: `data/<id>/dossiers.yaml` — which documents a sample submits,
each a form of forms.yaml or a report written out in the data, so a new measure's samples need
no `places/<id>.py` (a measure that has one may still add data dossiers beside its functions).

    dossiers:
      ls_acceptance_docs:                  # the name a record gives as `documents:`
        options:                           # its parameters; null: the record must give it
          completed: null
          crypto: true
        let:                               # dates computed from the options (days after / before)
          filed: {from: accepted, days: 5}
        documents:
          - form: acceptance_form          # a form of data/<id>/forms.yaml, filled from the context
            author: applicant              # a key of place.yaml `units:` (or the name itself)
            when: accepted                 # an option or a `let:` date: the document's date
          - report:
              file: 02-竣工验收报告.docx
              title: "{units[project]}竣工验收报告"
              sections:
                - heading: 一、验收结论
                  paragraphs: ["验收组于{accepted:date}对项目进行竣工验收。"]
            author: applicant
            when: accepted
            if: crypto                     # only when this option is true (unless: only when false)

Every text is a template of builder/forms.py (`{units[project]}`, `{accepted:date}` …) filled from
the place's units, the options and the `let:` dates. A mistake is a ValueError naming the file and
the dossier (build.py prints it as one line).
"""

from __future__ import annotations

import inspect
import types
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Callable

import yaml

from .documents import report
from .forms import data_form, fill
from .model import Sec, Spec
from .place import DATA, load_place

DOSSIER_KEYS = {"options", "let", "documents"}
DOCUMENT_KEYS = {"form", "report", "file", "author", "when", "if", "unless"}
REPORT_KEYS = {"file", "title", "subtitle", "sections"}


def dossiers_file(measure: str) -> Path:
    return DATA / measure / "dossiers.yaml"


def load_dossiers(measure: str, module: types.ModuleType | None = None) -> types.ModuleType:
    """A module holding the measure's data dossiers as functions (added to `module` when given,
    so records find them as they find a places/<id>.py function)."""
    place = module or types.ModuleType(f"places.{measure}")
    path = dossiers_file(measure)
    if not path.exists():
        return place
    where = f"data/{measure}/{path.name}"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data.get("dossiers"), dict):
        raise ValueError(f"{where}: needs a mapping `dossiers:`")
    for name, spec in data["dossiers"].items():
        setattr(place, name, _dossier(measure, name, spec, f"{where}: dossier {name}"))
    return place


def _dossier(measure: str, name: str, spec: Any, where: str) -> Callable[..., list[Spec]]:
    if not isinstance(spec, dict) or set(spec) - DOSSIER_KEYS or not isinstance(spec.get("documents"), list):
        raise ValueError(f"{where}: a dossier is a mapping of {', '.join(sorted(DOSSIER_KEYS))} with a list `documents:`")
    options = dict(spec.get("options") or {})
    lets = dict(spec.get("let") or {})
    for i, doc in enumerate(spec["documents"]):
        _check_document(doc, f"{where}: document {i + 1}")

    def dossier(**given: object) -> list[Spec]:
        values = {**options, **given}
        context: dict[str, object] = {"units": load_place(measure).units, **values}
        for key, computed in lets.items():
            context[key] = _date_of(computed, context, f"{where}: let {key}")
        return [_document(measure, doc, context, f"{where}: document {i + 1}")
                for i, doc in enumerate(spec["documents"]) if _included(doc, context)]

    # The records read the parameters from the signature: an option given as null is required.
    dossier.__signature__ = inspect.Signature([
        inspect.Parameter(key, inspect.Parameter.KEYWORD_ONLY,
                          default=inspect.Parameter.empty if default is None else default)
        for key, default in options.items()])
    dossier.__name__ = name
    return dossier


def _check_document(doc: Any, where: str) -> None:
    if not isinstance(doc, dict) or set(doc) - DOCUMENT_KEYS or ("form" in doc) == ("report" in doc):
        raise ValueError(f"{where}: a document has either `form:` or `report:`, and only the keys "
                         f"{', '.join(sorted(DOCUMENT_KEYS))}")
    if "report" in doc and (not isinstance(doc["report"], dict) or set(doc["report"]) - REPORT_KEYS
                            or not {"file", "title"} <= set(doc["report"])):
        raise ValueError(f"{where}: a report has file, title and sections (keys {', '.join(sorted(REPORT_KEYS))})")


def _included(doc: dict, context: dict[str, object]) -> bool:
    if "if" in doc and not context.get(doc["if"]):
        return False
    return not ("unless" in doc and context.get(doc["unless"]))


def _date_of(value: object, context: dict[str, object], where: str) -> date:
    """A date: a literal, the name of an option / let date, or {from: NAME, days: N}."""
    if isinstance(value, date):
        return value
    if isinstance(value, str) and isinstance(context.get(value), date):
        return context[value]  # type: ignore[return-value]
    if isinstance(value, dict) and set(value) == {"from", "days"}:
        return _date_of(value["from"], context, where) + timedelta(days=int(value["days"]))
    raise ValueError(f"{where}: {value!r} is not a date, a date option or {{from: NAME, days: N}}")


def _document(measure: str, doc: dict, context: dict[str, object], where: str) -> Spec:
    units = load_place(measure).units
    author = units.get(str(doc.get("author")), str(doc.get("author", "")))
    if not author:
        raise ValueError(f"{where}: needs `author:`")
    when = _date_of(doc.get("when"), context, where)
    if "form" in doc:
        return data_form(measure, doc["form"], context, author=author, when=when, file=doc.get("file"))
    spec = doc["report"]
    sections = [Sec(fill(s["heading"], context), [fill(p, context) for p in s.get("paragraphs", [])])
                for s in spec.get("sections", [])]
    return report(fill(spec["file"], context), fill(spec["title"], context), sections,
                  author=author, when=when, subtitle=fill(spec.get("subtitle", ""), context))
