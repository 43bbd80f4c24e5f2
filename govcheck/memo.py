"""Memos of what is derived from the active vocabulary, kept per vocabulary.

The label index, the compiled document-kind patterns and the answers built on them depend on
the vocabulary in force (the built-in one, or a jurisdiction's: packs/vocabulary_ext.py). The
lru_caches holding them are cleared whenever the vocabulary switches — at the start and the end
of every dossier — so a batch rebuilt them for every dossier. A memo here is keyed by the
vocabulary itself (the very object its source function returns: the facts dict, the document
kinds tuple), which it holds on to, so an entry can never answer for another vocabulary and
needs no clearing; switching back to a vocabulary finds its entries still there.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

_MISSING = object()


class PerVocabulary:
    """``get(key, make)``: make()'s value for key under the vocabulary ``source()`` returns now.

    Bounded: the last ``vocabularies`` vocabularies are kept, each with at most ``entries``
    entries (emptied when full)."""

    def __init__(self, source: Callable[[], Any], vocabularies: int = 8, entries: int = 50000):
        self._source = source
        self._vocabularies = vocabularies
        self._entries = entries
        self._slots: OrderedDict[int, tuple[Any, dict]] = OrderedDict()

    def table(self) -> dict:
        current = self._source()
        slot = self._slots.get(id(current))
        if slot is None or slot[0] is not current:  # held in the slot: its id is never reused
            slot = (current, {})
            self._slots[id(current)] = slot
            if len(self._slots) > self._vocabularies:
                self._slots.popitem(last=False)
        else:
            self._slots.move_to_end(id(current))
        table = slot[1]
        if len(table) >= self._entries:
            table.clear()
        return table

    def get(self, key: Hashable, make: Callable[[], Any]) -> Any:
        table = self.table()
        value = table.get(key, _MISSING)
        if value is _MISSING:
            value = table[key] = make()
        return value


class Bounded:
    """A memo of a pure function's results, emptied when it holds ``entries``; unlike an
    lru_cache it is not cleared with the vocabulary (its answers do not depend on it)."""

    def __init__(self, entries: int = 65536):
        self._entries = entries
        self._table: dict = {}

    def get(self, key: Hashable, make: Callable[[], Any]) -> Any:
        value = self._table.get(key, _MISSING)
        if value is _MISSING:
            if len(self._table) >= self._entries:
                self._table.clear()
            value = self._table[key] = make()
        return value
