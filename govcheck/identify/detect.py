"""Which jurisdiction a dossier belongs to, from the unit names and headers in its documents.

Each pack lists its place names (`pack.detect.names`, e.g. 通辽市, 科尔沁区, 奈曼旗); a pack with
`requires_any` also needs one of those words (湖南省 alone is not a 省直 unit). Exactly one pack
with evidence wins; none or several is a question for the user (exit 2 asking for -j).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..message import Message, joined, phrase
from ..model import Document
from ..packs.schema import Pack

# Enough of each document to find the unit and place names: they stand in titles, cover pages
# and the first rows of forms, never deep in the body.
_PARAGRAPHS = 40
_ROWS = 30


@dataclass
class Detection:
    pack_id: str
    hits: dict[str, list[str]] = field(default_factory=dict)  # name → files it was seen in

    @property
    def score(self) -> int:
        return len(self.hits)

    def evidence(self) -> Message:
        """The names seen and where (the place and unit names stay in English: they are names)."""
        parts = [phrase("name_seen_in", name=name, files=joined(files[:2]))
                 for name, files in sorted(self.hits.items())]
        return phrase("detected_from_names", names=joined(parts, "semi"))


def _head_text(doc: Document) -> str:
    parts = [doc.path]
    parts += [p.text for p in doc.paragraphs[:_PARAGRAPHS]]
    for t in doc.tables:
        parts += [" ".join(r) for r in t.rows[:_ROWS]]
    for s in doc.sheets:
        parts += [" ".join(str(v) for v in r if v is not None) for r in s.rows[:_ROWS]]
    return "\n".join(parts)


def detect(documents: list[Document], packs: list[Pack]) -> list[Detection]:
    """Packs with evidence, best first."""
    texts = [(d.path, _head_text(d)) for d in documents]
    found = []
    for pack in packs:
        det = Detection(pack.pack.id)
        for path, text in texts:
            for name in pack.pack.detect.names:
                if name in text:
                    det.hits.setdefault(name, []).append(path)
        required = pack.pack.detect.requires_any
        if required and not any(w in t for _, t in texts for w in required):
            continue
        if det.hits:
            found.append(det)
    found.sort(key=lambda d: -d.score)
    return found
