"""The canonical vocabulary (document kinds, budget items and facts; docs/vocabulary.md), as data.

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
    # labels that name this fact only on documents of these kinds (备案日期 on a 合同备案表)
    scoped_labels: dict[str, tuple[str, ...]] = field(default_factory=dict)


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
    Callers must not modify what it returns. Kept in the user cache by content, as the packs
    are (govcheck/cache.py): a run parses no YAML it parsed before."""
    from .cache import load_compiled_data

    return load_compiled_data(DATA / name, _parse)


def _parse(path: Path) -> dict:
    import yaml  # only when the data is not in the cache yet (a warm start parses no YAML)

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)


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
            labels=tuple(x for x in f.get("labels", ()) if isinstance(x, str)),
            values=tuple(f.get("values", ())),
            aliases=dict(f.get("aliases", {})),
            scoped_labels={x["label"]: tuple(x["kinds"]) for x in f.get("labels", ())
                           if isinstance(x, dict)},
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


# ----------------------------------------------------------------- per-jurisdiction layering
# A rule pack may extend the vocabulary for its jurisdiction (govcheck/packs/vocabulary_ext.py).
# While such a vocabulary is active, the three accessors above answer with it; everything that
# reads the vocabulary through them (names, classifier, labels) follows without knowing packs.
from contextvars import ContextVar  # noqa: E402
from typing import Any  # noqa: E402

ACTIVE: ContextVar[Any] = ContextVar("govcheck_active_vocabulary", default=None)
builtin_document_kinds, builtin_facts, builtin_budget_items = document_kinds, facts, budget_items


def document_kinds() -> tuple[DocumentKind, ...]:  # type: ignore[no-redef]
    v = ACTIVE.get()
    return v.documents if v is not None else builtin_document_kinds()


def facts() -> dict[str, FactDef]:  # type: ignore[no-redef]
    v = ACTIVE.get()
    return v.facts if v is not None else builtin_facts()


def budget_items() -> dict[str, BudgetItemDef]:  # type: ignore[no-redef]
    v = ACTIVE.get()
    return v.budget_items if v is not None else builtin_budget_items()


def kinds_counting_as(kind: str) -> tuple[str, ...]:
    """kind itself and the kinds that satisfy it in the active jurisdiction (Gaoping: the annual
    绩效自评报告 counts as the 自评价报告)."""
    v = ACTIVE.get()
    if v is None:
        return (kind,)
    return (kind, *(k for k, targets in v.satisfies.items() if kind in targets))


# Display names of ids a loaded pack brought (vocabulary_ext registers them), for report layers
# that render after the pack's vocabulary was switched off; the active vocabulary still wins.
EXTRA_NAMES: dict[str, tuple[str, str]] = {}
_builtin_document_name, _builtin_fact_name, _builtin_budget_item_name = (
    document_name, fact_name, budget_item_name)


def _extra(ident: str, lang: str, fallback: str) -> str:
    names = EXTRA_NAMES.get(ident)
    if fallback != ident or names is None:
        return fallback
    return names[1] if lang == "en" else names[0]


def document_name(kind: str, lang: str = "zh") -> str:  # type: ignore[no-redef]
    return _extra(kind, lang, _builtin_document_name(kind, lang))


def fact_name(fact_id: str, lang: str = "zh") -> str:  # type: ignore[no-redef]
    return _extra(fact_id, lang, _builtin_fact_name(fact_id, lang))


def budget_item_name(item: str, lang: str = "zh") -> str:  # type: ignore[no-redef]
    return _extra(item, lang, _builtin_budget_item_name(item, lang))
