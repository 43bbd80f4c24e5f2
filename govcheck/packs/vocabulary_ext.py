"""A jurisdiction's effective vocabulary: the built-in one plus what its pack brings.

contract.md, "Rule packs may bring their own vocabulary": a pack's ``vocabulary:`` adds document
kinds (with their place in the classifier order), facts and budget items, and more labels,
patterns and enum spellings for built-in ones — for its own jurisdiction only. A label listed
under ``labels:`` means that fact there and no other (Gaoping's 项目建设单位 is the contractor).
``satisfies:`` says one material counts as another there (Gaoping's annual 绩效自评报告 is the
自评价报告 of 第二十一条).

While ``active(pack)`` is entered, ``govcheck.vocabulary``'s document_kinds() / facts() /
budget_items() return the effective vocabulary, so the classifier, the facts stage and the check
kinds read the jurisdiction's words without knowing about packs.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Iterator

from .. import vocabulary as V
from .schema import Pack, PackVocabulary


class VocabularyError(ValueError):
    """A pack's vocabulary collides with the built-in one or names something unknown."""


@dataclass(frozen=True)
class Vocabulary:
    documents: tuple[V.DocumentKind, ...]
    facts: dict[str, V.FactDef]
    budget_items: dict[str, V.BudgetItemDef]
    satisfies: dict[str, tuple[str, ...]] = field(default_factory=dict)  # kind → kinds it counts as
    key: str = ""  # identifies the vocabulary (caches keyed by it are cleared on a change)


def effective(pack: Pack) -> Vocabulary | None:
    """The jurisdiction's vocabulary, or None where the pack adds nothing (the built-in one)."""
    if pack.vocabulary is None:
        return None
    cached = _CACHE.get(id(pack))
    if cached is not None and cached[0] is pack:
        return cached[1]
    vocab = build(pack.vocabulary, pack.pack.id)
    _CACHE[id(pack)] = (pack, vocab)
    return vocab


_CACHE: dict[int, tuple[Pack, Vocabulary]] = {}


def problems(voc: PackVocabulary) -> list[tuple[tuple, str]]:
    """(field path under 'vocabulary', message) for every collision or unknown id."""
    out: list[tuple[tuple, str]] = []
    kinds = {k.id for k in V.builtin_document_kinds()}
    facts = V.builtin_facts()
    items = V.builtin_budget_items()
    new_kinds = {d.id for d in voc.documents}
    new_facts = {f.id: f for f in voc.facts}
    for i, d in enumerate(voc.documents):
        if d.id in kinds:
            out.append((("documents", i, "id"), f"document kind '{d.id}' is built in; add patterns "
                                                 "through 'patterns:' instead"))
        for side in ("before", "after"):
            ref = getattr(d, side)
            if ref is not None and ref not in kinds | new_kinds:
                out.append((("documents", i, side), f"unknown document kind '{ref}'"))
    for i, f in enumerate(voc.facts):
        if f.id in facts:
            out.append((("facts", i, "id"), f"fact '{f.id}' is built in; add labels or aliases "
                                             "through 'labels:' / 'aliases:' instead"))
        for spelling, value in f.aliases.items():
            if value not in f.values:
                out.append((("facts", i, "aliases", spelling), f"'{value}' is not one of {f.values}"))
    for i, b in enumerate(voc.budget_items):
        if b.id in items:
            out.append((("budget_items", i, "id"), f"budget item '{b.id}' is built in"))
    for fid in voc.labels:
        if fid not in facts and fid not in new_facts:
            out.append((("labels", fid), f"unknown fact '{fid}'"))
    for kid in voc.patterns:
        if kid not in kinds and kid not in new_kinds:
            out.append((("patterns", kid), f"unknown document kind '{kid}'"))
    for fid, spellings in voc.aliases.items():
        fd = facts.get(fid)
        values = fd.values if fd else tuple(new_facts[fid].values) if fid in new_facts else None
        if values is None:
            out.append((("aliases", fid), f"unknown fact '{fid}'"))
            continue
        for spelling, value in spellings.items():
            if value not in values:
                out.append((("aliases", fid, spelling),
                            f"'{value}' is not a value of {fid} ({', '.join(values)})"))
    for kid, targets in voc.satisfies.items():
        for j, t in enumerate([kid, *targets]):
            if t not in kinds and t not in new_kinds:
                out.append((("satisfies", kid) if j == 0 else ("satisfies", kid, j - 1),
                            f"unknown document kind '{t}'"))
    return out


def build(voc: PackVocabulary, key: str) -> Vocabulary:
    bad = problems(voc)
    if bad:
        raise VocabularyError("; ".join(f"vocabulary.{'.'.join(map(str, p))}: {m}" for p, m in bad))
    for new in (*voc.documents, *voc.facts, *voc.budget_items):
        V.EXTRA_NAMES.setdefault(new.id, (new.zh, new.en))
    return Vocabulary(
        documents=_documents(voc),
        facts=_facts(voc),
        budget_items=_budget_items(voc),
        satisfies={k: tuple(v) for k, v in voc.satisfies.items()},
        key=key,
    )


def _documents(voc: PackVocabulary) -> tuple[V.DocumentKind, ...]:
    extra = {k: tuple(v) for k, v in voc.patterns.items()}
    kinds = [replace(k, patterns=k.patterns + extra[k.id]) if k.id in extra else k
             for k in V.builtin_document_kinds()]
    for d in voc.documents:
        new = V.DocumentKind(id=d.id, zh=d.zh, en=d.en, stage=d.stage,
                             patterns=tuple(d.patterns) + extra.get(d.id, ()), exclude=tuple(d.exclude))
        ids = [k.id for k in kinds]
        if d.before is not None:
            kinds.insert(ids.index(d.before), new)
        elif d.after is not None:
            kinds.insert(ids.index(d.after) + 1, new)
        else:
            kinds.append(new)
    return tuple(kinds)


def _facts(voc: PackVocabulary) -> dict[str, V.FactDef]:
    out = dict(V.builtin_facts())
    for f in voc.facts:
        out[f.id] = V.FactDef(id=f.id, zh=f.zh, en=f.en, type=f.type, labels=tuple(f.labels),
                              values=tuple(f.values), aliases=dict(f.aliases))
    exclusive = {lab: fid for fid, labs in voc.labels.items() for lab in labs}
    for fid, fd in list(out.items()):
        # a label the pack gives to one fact means only that fact in this jurisdiction
        labels = tuple(lab for lab in fd.labels if exclusive.get(lab, fid) == fid)
        labels += tuple(lab for lab in voc.labels.get(fid, ()) if lab not in labels)
        aliases = {**fd.aliases, **voc.aliases.get(fid, {})}
        if labels != fd.labels or aliases != fd.aliases:
            out[fid] = replace(fd, labels=labels, aliases=aliases)
    return out


def _budget_items(voc: PackVocabulary) -> dict[str, V.BudgetItemDef]:
    out = dict(V.builtin_budget_items())
    for b in voc.budget_items:
        out[b.id] = V.BudgetItemDef(b.id, b.zh, b.en, tuple(b.labels))
    return out


# Modules whose lru_caches hold data derived from the vocabulary (label index, compiled document
# patterns, budget labels). They are cleared when the active vocabulary changes, which happens
# once per jurisdiction switch, not per document.
_DERIVED = ("govcheck.identify.classify", "govcheck.facts.labels", "govcheck.facts.text",
            "govcheck.facts.budget", "govcheck.facts.forms", "govcheck.identify.stage")
_last_key: list[str | None] = [None]


def _clear_derived(key: str | None) -> None:
    if _last_key[0] == key:
        return
    _last_key[0] = key
    for name in _DERIVED:
        module = sys.modules.get(name)
        if module is None:
            continue
        for attr in vars(module).values():
            clear = getattr(attr, "cache_clear", None)
            if callable(clear):
                clear()


@contextmanager
def active(pack: Pack | None) -> Iterator[Vocabulary | None]:
    """Within the block, the vocabulary module answers with pack's effective vocabulary."""
    vocab = effective(pack) if pack is not None else None
    token = V.ACTIVE.set(vocab)
    _clear_derived(vocab.key if vocab else None)
    try:
        yield vocab
    finally:
        V.ACTIVE.reset(token)
        _clear_derived(V.ACTIVE.get().key if V.ACTIVE.get() else None)


@contextmanager
def scope() -> Iterator[None]:
    """Whatever vocabulary use_vocabulary() switches on inside the block is switched off after."""
    token = V.ACTIVE.set(V.ACTIVE.get())
    try:
        yield
    finally:
        V.ACTIVE.reset(token)
        _clear_derived(V.ACTIVE.get().key if V.ACTIVE.get() else None)


def use_vocabulary(pack: Pack) -> bool:
    """Switch to pack's vocabulary until the enclosing scope() ends; True if it brings one."""
    vocab = effective(pack)
    V.ACTIVE.set(vocab)
    _clear_derived(vocab.key if vocab else None)
    return vocab is not None
