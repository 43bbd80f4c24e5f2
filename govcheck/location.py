"""Where in a document a value or a wording was found, as data.

Extraction and the check kinds say what a place is — paragraph 9; table 1, row 3 (column 2);
sheet 概算表 cell E12 (or row 12); the whole text; inferred — and, after it, the label the
document writes there (总投资（万元）), as written. ``govcheck/report/words.py`` says it in the
report's language.

A ``Where`` is a ``str`` whose value is its Chinese form (表1 第3行 总投资（万元）, 段落9, 全文,
概算表!E12): the JSON contract's ``location.where`` is a string, and whatever compares, sorts
or prints a place keeps working unchanged. Only the renderer looks at the parts.
"""

from __future__ import annotations

from typing import Any

# The kinds of place, and their parts (in this order).
_PARTS: dict[str, tuple[str, ...]] = {  # kind → the names of its parts
    "paragraph": ("n",),  # 1-based paragraph number
    "row": ("table", "row", "column"),  # a .docx table's number, row and (optional) column, 1-based
    "cell": ("sheet", "ref"),  # a sheet cell: 概算表!E12
    "sheet_row": ("sheet", "row"),  # a sheet row, numbered as the sheet numbers it: 概算表!12
    "whole": (),  # the whole text of a document
    "inferred": (),  # a derived fact: no one place says it
}


class Where(str):
    """A place in a document (see the module's text); immutable, equal to its Chinese form."""

    kind: str
    parts: tuple[Any, ...]
    label: str | None

    def __new__(cls, kind: str, parts: tuple[Any, ...] = (), label: str | None = None) -> "Where":
        if kind not in _PARTS or len(parts) != len(_PARTS[kind]):
            raise ValueError(f"a place of kind {kind!r} has the parts {_PARTS.get(kind)}, not {parts!r}")
        self = super().__new__(cls, _zh(kind, parts, label))
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "parts", tuple(parts))
        object.__setattr__(self, "label", label)
        return self

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("a Where is immutable")

    def __reduce__(self) -> tuple:  # pickled by its parts (a batch's worker hands facts back)
        return (Where, (self.kind, self.parts, self.label))

    def __repr__(self) -> str:
        return f"Where({self.kind!r}, {self.parts!r}, {self.label!r})"

    # ------------------------------------------------------------------ constructors
    @classmethod
    def paragraph(cls, n: int) -> "Where":
        return cls("paragraph", (n,))

    @classmethod
    def row(cls, table: int, row: int, column: int | None = None, label: str | None = None) -> "Where":
        return cls("row", (table, row, column), label)

    @classmethod
    def cell(cls, sheet: str, ref: str, label: str | None = None) -> "Where":
        return cls("cell", (sheet, ref), label)

    @classmethod
    def sheet_row(cls, sheet: str, row: int) -> "Where":
        return cls("sheet_row", (sheet, row))

    @classmethod
    def whole(cls) -> "Where":
        return cls("whole")

    @classmethod
    def inferred(cls) -> "Where":
        return cls("inferred")

    def labelled(self, label: str) -> "Where":
        """The same place with the document's label for it (表1 第3行 → 表1 第3行 总投资)."""
        return Where(self.kind, self.parts, label)

    def words(self, lang: str, quote_label: bool = True) -> str:
        """The place in lang. In English the label — the document's own wording — stays as
        written: quoted (on one line) where the place stands alone, as it is inside a sentence."""
        if lang != "en":
            return str(self)
        s = _en(self.kind, self.parts)
        if self.label is None:
            return s
        if not quote_label:
            return f"{s} {self.label}"
        return f"{s} “{' '.join(self.label.split())}”"  # a label broken over lines in its cell


def _zh(kind: str, parts: tuple[Any, ...], label: str | None) -> str:
    if kind == "paragraph":
        s = f"段落{parts[0]}"
    elif kind == "row":
        s = f"表{parts[0]} 第{parts[1]}行" + (f" 第{parts[2]}列" if parts[2] is not None else "")
    elif kind in ("cell", "sheet_row"):
        s = f"{parts[0]}!{parts[1]}"
    elif kind == "whole":
        s = "全文"
    else:
        s = "推定"  # inferred
    return f"{s} {label}" if label is not None else s


def _en(kind: str, parts: tuple[Any, ...]) -> str:
    if kind == "paragraph":
        return f"paragraph {parts[0]}"
    if kind == "row":
        return f"table {parts[0]}, row {parts[1]}" + (f", column {parts[2]}" if parts[2] is not None else "")
    if kind in ("cell", "sheet_row"):
        return f"{parts[0]}!{parts[1]}"  # a sheet's name is a name: said as written
    if kind == "whole":
        return "whole text"
    return "inferred"
