"""The canonical vocabulary (catalog §8 document kinds and budget items, §9 facts), as data.

`govcheck/data/*.yaml` hold the ids, their Chinese and English names, and the words that
recognise them (file-name and title patterns, form labels). Packs refer to these ids only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class DocumentKind:
    id: str
    zh: str
    en: str
    stage: str | None
    patterns: tuple[str, ...]  # substrings of a file name or title; '*' joins ordered parts
    exclude: tuple[str, ...] = ()


@dataclass(frozen=True)
class FactDef:
    id: str
    zh: str
    en: str
    type: str  # money | date | bool | enum | string | int | months | list
    labels: tuple[str, ...] = ()
    values: tuple[str, ...] = ()  # enum values
    aliases: dict[str, str] = field(default_factory=dict)  # spelled variant → enum value


@dataclass(frozen=True)
class BudgetItemDef:
    id: str
    zh: str
    en: str
    labels: tuple[str, ...]


@lru_cache(maxsize=None)
def _load(name: str) -> dict:
    """A data file parsed once per process (classify and the fact labels read the same files)
    with PyYAML's C loader where it has one — several times faster than the pure-Python one.
    Callers must not modify what it returns."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load((DATA / name).read_text(encoding="utf-8"), Loader=loader)


def load_data(name: str) -> dict:
    return _load(name)


@lru_cache(maxsize=1)
def document_kinds() -> tuple[DocumentKind, ...]:
    out = []
    for d in _load("documents.yaml")["documents"]:
        out.append(
            DocumentKind(
                id=d["id"],
                zh=d["zh"],
                en=d["en"],
                stage=d.get("stage"),
                patterns=tuple(d.get("patterns", ())),
                exclude=tuple(d.get("exclude", ())),
            )
        )
    return tuple(out)


@lru_cache(maxsize=1)
def facts() -> dict[str, FactDef]:
    out = {}
    for f in _load("facts.yaml")["facts"]:
        out[f["id"]] = FactDef(
            id=f["id"],
            zh=f["zh"],
            en=f["en"],
            type=f["type"],
            labels=tuple(f.get("labels", ())),
            values=tuple(f.get("values", ())),
            aliases=dict(f.get("aliases", {})),
        )
    return out


@lru_cache(maxsize=1)
def budget_items() -> dict[str, BudgetItemDef]:
    return {
        b["id"]: BudgetItemDef(b["id"], b["zh"], b["en"], tuple(b.get("labels", ())))
        for b in _load("budget_items.yaml")["budget_items"]
    }


def document_name(kind: str, lang: str = "zh") -> str:
    for k in document_kinds():
        if k.id == kind:
            return k.en if lang == "en" else k.zh
    return kind


def fact_name(fact_id: str, lang: str = "zh") -> str:
    f = facts().get(fact_id)
    if f is None:
        return fact_id
    return f.en if lang == "en" else f.zh


def budget_item_name(item: str, lang: str = "zh") -> str:
    b = budget_items().get(item)
    if b is None:
        return item
    return b.en if lang == "en" else b.zh
