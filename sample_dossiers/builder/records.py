"""The samples as data: `data/<id>/samples.yaml` holds one record a sample, read here into `Sample`s.

A record says which documents the sample submits (`documents`: a dossier function of
`places/<id>.py`), for which project (`project`, a spec of `data/<id>/specs.yaml`, with `overrides`
of its fields), with which `options` (the function's other parameters: a spec's name, or
`{from: NAME, field: value}` for a copy with some fields changed), what it `proves` and the
findings it must produce (`errors`, `warnings`). A mistake in a record is reported with the file
and the sample, never as a traceback (build.py prints it).
"""

from __future__ import annotations

import dataclasses
import inspect
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from .sample import AS_OF, Sample
from .specs import SpecError, load_specs

REQUIRED = ("name", "stage", "documents", "proves", "errors")
OPTIONAL = ("project", "overrides", "options", "warnings", "as_of", "exact", "facts", "declare_jurisdiction")
# Readable option names for the dossier functions' short parameter names.
PARAMETER_OF_OPTION = {"adjustment": "a", "acceptance": "acc", "build": "b", "review": "r", "handover": "h"}
# Parameters whose value names a spec (data/<id>/specs.yaml).
SPEC_ANNOTATIONS = {"Project", "Adjustment", "Acceptance", "Build", "Review", "Handover"}


class RecordError(ValueError):
    """A record that cannot be built: the message names the file and the sample."""


def load_samples(path: Path, place: ModuleType) -> list[Sample]:
    """The samples of one measure, in the order of its records file."""
    measure = path.parent.name
    where = f"data/{measure}/{path.name}"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RecordError(f"{where}: cannot be read: {exc}") from None
    if not isinstance(data, dict) or data.get("jurisdiction") != measure or not isinstance(data.get("samples"), list):
        raise RecordError(f"{where}: expected `jurisdiction: {measure}` and a list `samples:`")
    try:
        specs = load_specs(measure, getattr(place, "SPEC_TYPES", ()))
    except (OSError, yaml.YAMLError, SpecError) as exc:
        raise RecordError(str(exc)) from None
    names = {**vars(place), **specs}  # specs by name; the place module's own (a Locale variant)
    return [_sample(record, measure, place, names, f"{where}: sample {i + 1}")
            for i, record in enumerate(data["samples"])]


def _sample(record: Any, jurisdiction: str, place: ModuleType, names: dict, where: str) -> Sample:
    if not isinstance(record, dict):
        raise RecordError(f"{where}: a record is a mapping of {', '.join(REQUIRED)} …")
    where = f"{where.split(':')[0]}: sample {record.get('name', where.split(': ')[-1])}"
    missing = [k for k in REQUIRED if k not in record]
    unknown = sorted(set(record) - set(REQUIRED) - set(OPTIONAL))
    if missing or unknown:
        raise RecordError(f"{where}: missing {missing or 'nothing'}, unknown keys {unknown or 'none'}")
    if not str(record["name"]).startswith(f"{jurisdiction}-{record['stage']}-"):
        raise RecordError(f"{where}: the name must start with {jurisdiction}-{record['stage']}-")
    documents = _documents(record, place, names, where)
    return Sample(
        name=record["name"], stage=record["stage"], proves=str(record["proves"]).strip(),
        documents=documents, errors=tuple(record["errors"] or ()), exact=bool(record.get("exact", True)),
        jurisdiction=jurisdiction, as_of=_date(record.get("as_of", AS_OF), where),
        facts=dict(record.get("facts") or {}), warnings=tuple(record.get("warnings") or ()),
        declare_jurisdiction=bool(record.get("declare_jurisdiction", True)),
    )


def _documents(record: dict, place: ModuleType, names: dict, where: str):
    """The record's dossier function with its arguments bound, checked now, called when built."""
    function = getattr(place, str(record["documents"]), None)
    if not callable(function):
        measure = place.__name__.split('.')[-1]
        raise RecordError(f"{where}: no dossier function {record['documents']!r} in places/{measure}.py "
                          f"or data/{measure}/dossiers.yaml")
    parameters = inspect.signature(function).parameters
    arguments: dict[str, object] = {}
    if "project" in record:
        project = {"from": record["project"], **(record.get("overrides") or {})}
        arguments["p"] = _spec(project, names, where)
    elif "overrides" in record:
        raise RecordError(f"{where}: overrides without a project")
    for option, value in (record.get("options") or {}).items():
        name = PARAMETER_OF_OPTION.get(option, option)
        if name not in parameters:
            raise RecordError(f"{where}: {record['documents']} has no option {option!r} "
                              f"(it takes {', '.join(parameters)})")
        arguments[name] = _argument(value, str(parameters[name].annotation), names, where)
    try:
        inspect.signature(function).bind(**arguments)
    except TypeError as exc:
        raise RecordError(f"{where}: {record['documents']}: {exc}") from None
    return lambda: function(**arguments)


def _argument(value: object, annotation: str, names: dict, where: str) -> object:
    if annotation in SPEC_ANNOTATIONS:
        return _spec(value, names, where)
    if annotation == "Decimal":
        return _amount(value, where)
    if annotation == "date":
        return _date(value, where)
    if annotation.startswith("tuple") and isinstance(value, list):
        return tuple(value)
    return value


def _spec(value: object, names: dict, where: str) -> object:
    """NAME, or {from: NAME, field: value, …}: a spec of data/<id>/specs.yaml, or a copy of it with those fields."""
    changes = dict(value) if isinstance(value, dict) else {"from": value}
    base = _named(changes.pop("from", None), names, where)
    fields = {f.name for f in dataclasses.fields(base)}
    for name, new in changes.items():
        if name not in fields:
            raise RecordError(f"{where}: {type(base).__name__} has no field {name!r}")
        changes[name] = _like(getattr(base, name), new, names, where)
    return dataclasses.replace(base, **changes) if changes else base


def _like(current: object, new: object, names: dict, where: str) -> object:
    """A new field value in the type of the one it replaces (amounts, tuples, another spec by name)."""
    if isinstance(current, Decimal):
        return _amount(new, where)
    if isinstance(current, tuple) and isinstance(new, list):
        return tuple(new)
    if dataclasses.is_dataclass(current) and isinstance(new, str):
        return _named(new, names, where)
    return new


def _named(name: object, names: dict, where: str) -> object:
    spec = names.get(str(name))
    if not dataclasses.is_dataclass(spec):
        raise RecordError(f"{where}: no spec named {name!r} in data/{where.split('/')[1]}/specs.yaml")
    return spec


def _amount(value: object, where: str) -> Decimal:
    if isinstance(value, float) or not isinstance(value, (str, int)):
        raise RecordError(f"{where}: write the amount {value!r} in quotes (\"46.80\"), so its decimals are kept")
    return Decimal(str(value))


def _date(value: object, where: str) -> date:
    if not isinstance(value, date):
        raise RecordError(f"{where}: {value!r} is not a date (YYYY-MM-DD)")
    return value
