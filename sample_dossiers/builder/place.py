"""A measure's place as data: `data/<id>/place.yaml` — the names a unit there writes (its Locale:
the measure, cloud, network, platforms, experts) and the units its forms go to."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parents[1] / "data"


@dataclass(frozen=True)
class Place:
    locale: dict[str, object]  # the fields of a Locale (project.Locale), lists made tuples
    units: dict[str, str]  # the authorities and bodies the measure's forms name, by a short key
    reasons: dict[str, str]  # the 调整 reasons (情形) its adjustment forms quote, by number


def _frozen(value: object) -> object:
    """YAML lists as tuples: a Locale is frozen and hashable."""
    return tuple(_frozen(v) for v in value) if isinstance(value, list) else value


@lru_cache(maxsize=None)
def load_place(measure: str) -> Place:
    path = DATA / measure / "place.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    unknown = sorted(set(data) - {f.name for f in dataclasses.fields(Place)})
    if unknown or "locale" not in data:
        raise ValueError(f"{path}: needs `locale:`; unknown keys {unknown}")
    return Place(locale={k: _frozen(v) for k, v in data["locale"].items()},
                 units=dict(data.get("units") or {}), reasons=dict(data.get("reasons") or {}))
