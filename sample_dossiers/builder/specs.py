"""A measure's specs as data: `data/<id>/specs.yaml` — the projects its samples describe and the
builds, adjustments, acceptances and reviews they name, each under its NAME with its `type`:

    HN_EMPLOYMENT:
      type: Project
      name: 湖南省就业创业“一件事”集成服务平台建设项目
      total: '680.00'                      # amounts in quotes, so their decimals are kept
      application_date: 2025-12-12
      loc: hunan                           # the Locale of data/hunan/place.yaml
      works:
      - {name: 便民服务延伸系统应用软件开发, qty: 1, price: '29.00', note: 定制开发}

A field left out keeps the dataclass default. Values are converted by the field's type, so a
mistake is reported with the file and the spec's name.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date
from decimal import Decimal
from functools import lru_cache

import yaml

from .acceptance import Acceptance
from .adjustment import Adjustment
from .construction import Build, Review
from .place import DATA
from .project import Locale, Project, locale_of

# The spec types a specs file may name; a measure with a type of its own adds it (load_specs(extra=…)).
TYPES: dict[str, type] = {t.__name__: t for t in (Project, Adjustment, Acceptance, Build, Review)}


class SpecError(ValueError):
    """A spec that cannot be read: the message names the file and the spec."""


@lru_cache(maxsize=None)
def _load(measure: str, extra: tuple[type, ...]) -> dict[str, object]:
    path = DATA / measure / "specs.yaml"
    where = f"data/{measure}/specs.yaml"
    if not path.exists():
        return {}  # a measure whose dossier function needs no spec (lcgxq)
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    known = TYPES | {t.__name__: t for t in extra}
    specs: dict[str, object] = {}
    for name, fields in data.items():
        if not isinstance(fields, dict) or fields.get("type") not in known:
            raise SpecError(f"{where}: {name}: needs `type:` one of {', '.join(sorted(known))}")
        values = {k: v for k, v in fields.items() if k != "type"}
        try:
            specs[name] = _build(known[fields["type"]], values)
        except (TypeError, ValueError, ArithmeticError) as exc:
            raise SpecError(f"{where}: {name}: {exc}") from None
    return specs


def load_specs(measure: str, extra: tuple[type, ...] = ()) -> dict[str, object]:
    """NAME → spec, in the order of the file."""
    return _load(measure, tuple(extra))


def _build(cls: type, values: dict) -> object:
    hints = typing.get_type_hints(cls)
    unknown = sorted(set(values) - set(hints))
    if unknown:
        raise ValueError(f"{cls.__name__} has no field(s) {unknown}")
    return cls(**{k: _convert(hints[k], v) for k, v in values.items()})


def _convert(hint: object, value: object) -> object:
    """A YAML value as the field's type: amounts, locales, tuples of nested specs."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        hint, origin, args = args[0], typing.get_origin(args[0]), typing.get_args(args[0])
    if hint is Decimal:
        if isinstance(value, float) or not isinstance(value, (str, int)):
            raise ValueError(f"write the amount {value!r} in quotes")
        return Decimal(str(value))
    if hint is Locale:
        return locale_of(value) if isinstance(value, str) else value
    if hint is date and not isinstance(value, date):
        raise ValueError(f"{value!r} is not a date (YYYY-MM-DD)")
    if origin is tuple:
        return tuple(_convert(args[0], item) for item in value)
    if dataclasses.is_dataclass(hint) and isinstance(value, dict):
        return _build(hint, value)
    return value
