"""The cell values of an .xlsx workbook read straight from its XML parts (zipfile + lxml),
exactly as openpyxl's read-only reader with data_only=True gives them.

Importing openpyxl and loading a workbook through it (styles, fonts, fills, …) cost more than
everything else a budget workbook needs, as python-docx did for .docx (see ooxml.py). Each rule
here is openpyxl's own (openpyxl 3.1: worksheet/_reader.py parse_cell and _cast_number,
worksheet/_read_only.py _cells_by_row, reader/strings.py, styles/stylesheet.py
_normalise_numbers, styles/numbers.py, utils/datetime.py), so the values are the same ones.

Safety first: wherever a workbook holds anything this reader is not certain to read as openpyxl
does (a cell or row without its reference, rows or cells out of order, an unknown cell type, a
part missing, a value openpyxl would refuse, …) read_values returns None and the caller asks
openpyxl for the whole workbook.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import zipfile
from typing import Any

from ..limits import Limits
from . import deadline
from .formula import col_number

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_WORKSHEET_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
_SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_ROW, _CELL, _V, _IS = MAIN + "row", MAIN + "c", MAIN + "v", MAIN + "is"
LOOK_PAST = 1000  # rows past sheet_rows looked at (here and in xlsx._data_goes_on): empty ones are not data going on
_REF = re.compile(r"([A-Z]{1,3})([0-9]+)")
_BAD_TITLE = re.compile(r'[\\*?:/\[\]]')  # workbook/child.py INVALID_TITLE_REGEX

Cells = dict[tuple[int, int], Any]


class _Unsure(Exception):
    """Something this reader does not read with certainty as openpyxl does."""


def read_values(package: zipfile.ZipFile, limits: Limits) -> tuple[dict[str, Cells], dict[str, tuple[bool, bool]]] | None:
    """What xlsx._load(data_only=True) gives — non-empty cells per worksheet up to sheet_rows /
    sheet_cols, and per sheet cut at a limit (rows cut, cols cut) — or None (ask openpyxl)."""
    from lxml import etree

    try:
        types = _content_types(package)
        if not types.get("/xl/workbook.xml", "").endswith(".main+xml"):
            raise _Unsure("the workbook is not at xl/workbook.xml")
        workbook = _parse(package.read("xl/workbook.xml"))
        if workbook.tag != MAIN + "workbook":
            raise _Unsure("a workbook outside the main namespace")  # openpyxl reads it by local names
        for part in ("docProps/core.xml", "docProps/custom.xml"):
            if part in package.NameToInfo:
                _parse(package.read(part))  # openpyxl refuses a workbook whose properties don't parse
        sheets = _worksheet_parts(package, workbook)
        strings = _shared_strings(package, types)
        dates, timedeltas = _date_styles(package)
        epoch = _epoch(workbook)
        book = _Book(strings, dates, timedeltas, epoch)
        values: dict[str, Cells] = {}
        cut: dict[str, tuple[bool, bool]] = {}
        for name, part in sheets:
            values[name], rows_cut, cols_cut = _read_sheet(package, part, book, limits)
            if rows_cut or cols_cut:
                cut[name] = (rows_cut, cols_cut)
        return values, cut
    except (_Unsure, ValueError, TypeError, IndexError, KeyError, OverflowError, zipfile.BadZipFile,
            etree.LxmlError):
        return None


class _Book:
    """What a cell's value depends on beyond the cell: shared strings, date styles, epoch."""

    def __init__(self, strings: list[str], dates: set[int], timedeltas: set[int], epoch: dt.datetime):
        self.strings, self.dates, self.timedeltas, self.epoch = strings, dates, timedeltas, epoch


def _iterparse(source, tag):
    from lxml import etree

    return etree.iterparse(source, events=("end",), tag=tag, resolve_entities=False, no_network=True,
                           load_dtd=False, huge_tree=False, remove_comments=True, remove_pis=True)


def _parse(xml: bytes):
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_comments=True, remove_pis=True)
    return etree.fromstring(xml, parser)


def _content_types(package: zipfile.ZipFile) -> dict[str, str]:
    root = _parse(package.read("[Content_Types].xml"))
    return {o.get("PartName", ""): o.get("ContentType", "") for o in root.iter(_CT + "Override")}


def _worksheet_parts(package: zipfile.ZipFile, workbook) -> list[tuple[str, str]]:
    """(name, part) of each worksheet in workbook order; chartsheets left out, as openpyxl's
    wb.worksheets does (it opens a sheet whose part is missing as nothing at all)."""
    rels = _parse(package.read("xl/_rels/workbook.xml.rels"))
    by_id = {r.get("Id"): r for r in rels.iter(_PKG + "Relationship")}
    names = set(package.namelist())
    out: list[tuple[str, str]] = []
    titles: list[str] = []
    for sheet in _sheet_elements(workbook):
        rid = sheet.get(REL_ID)
        if not rid:
            continue  # openpyxl drops it with a warning
        rel = by_id[rid]
        target = rel.get("Target", "")
        # packaging/relationship.py get_dependents: one leading "/" off, else relative to xl/
        part = target[1:] if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
        if part not in names:
            continue
        name = sheet.get("name") or ""
        if not name or _BAD_TITLE.search(name):
            raise _Unsure("a sheet name openpyxl refuses or replaces")
        titles.append(name)
        if "chartsheet" in rel.get("Type", ""):
            _parse(package.read(part))  # openpyxl parses it, and refuses the workbook if it can't
            continue
        if rel.get("Type") != _WORKSHEET_REL or rel.get("TargetMode") == "External":
            raise _Unsure("a sheet that is neither a worksheet nor a chartsheet")
        out.append((name, part))
    if len(set(titles)) != len(titles):
        raise _Unsure("two sheets with one name")  # openpyxl renames one of them
    return out


def _sheet_elements(workbook) -> list:
    """The <sheet>s of the one <sheets>: openpyxl (WorkbookPackage, NestedSequence) takes every
    child of the last <sheets> child, whatever its tag."""
    lists = [child for child in workbook if _localname(child) == "sheets"]
    if len(lists) != 1 or lists[0].tag != MAIN + "sheets" or any(el.tag != MAIN + "sheet" for el in lists[0]):
        raise _Unsure("sheets listed in a way openpyxl reads otherwise")
    return list(lists[0])


def _shared_strings(package: zipfile.ZipFile, types: dict[str, str]) -> list[str]:
    """reader/strings.py read_string_table: the part named by [Content_Types].xml, each <si>'s
    Text content, 'x005F_' removed."""
    part = next((name for name, kind in types.items() if kind == _SHARED_STRINGS), None)
    if part is None:
        return []
    strings: list[str] = []
    with package.open(part[1:]) as f:
        for _, si in _iterparse(f, MAIN + "si"):
            strings.append(_text_content(si).replace("x005F_", ""))
            si.clear()
    return strings


def _localname(el) -> str:
    return el.tag.rpartition("}")[2] if isinstance(el.tag, str) else ""


def _text_content(node) -> str:
    """cell/text.py Text.from_tree(node).content: the plain <t> then each run's <t>; phonetic
    runs (<rPh>) left out. Serialisable.from_tree matches children by local name and the last
    of a repeated single child wins."""
    plain = None
    runs: list[str | None] = []
    for child in node:
        name = _localname(child)
        if name == "t":
            plain = child.text
        elif name == "r":
            run_text = None
            for part in child:
                if _localname(part) == "t":
                    run_text = part.text
            runs.append(run_text)
    return "".join(s for s in [plain, *runs] if s is not None)


# styles/numbers.py, verbatim: which number formats are dates and which are durations.
BUILTIN_FORMATS = {
    0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 5: '"$"#,##0_);("$"#,##0)',
    6: '"$"#,##0_);[Red]("$"#,##0)', 7: '"$"#,##0.00_);("$"#,##0.00)', 8: '"$"#,##0.00_);[Red]("$"#,##0.00)',
    9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??', 14: 'mm-dd-yy', 15: 'd-mmm-yy',
    16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss',
    22: 'm/d/yy h:mm', 37: '#,##0_);(#,##0)', 38: '#,##0_);[Red](#,##0)', 39: '#,##0.00_);(#,##0.00)',
    40: '#,##0.00_);[Red](#,##0.00)', 41: r'_(* #,##0_);_(* \(#,##0\);_(* "-"_);_(@_)',
    42: r'_("$"* #,##0_);_("$"* \(#,##0\);_("$"* "-"_);_(@_)',
    43: r'_(* #,##0.00_);_(* \(#,##0.00\);_(* "-"??_);_(@_)',
    44: r'_("$"* #,##0.00_)_("$"* \(#,##0.00\)_("$"* "-"??_)_(@_)', 45: 'mm:ss', 46: '[h]:mm:ss',
    47: 'mmss.0', 48: '##0.0E+0', 49: '@',
}
LITERAL_GROUP = r'".*?"'  # anything in quotes
LOCALE_GROUP = r'\[(?!hh?\]|mm?\]|ss?\])[^\]]*\]'  # anything in square brackets, except hours or minutes or seconds
STRIP_RE = re.compile(f"{LITERAL_GROUP}|{LOCALE_GROUP}")
TIMEDELTA_RE = re.compile(r'\[hh?\](:mm(:ss(\.0*)?)?)?|\[mm?\](:ss(\.0*)?)?|\[ss?\](\.0*)?', re.I)


def is_date_format(fmt):
    if fmt is None:
        return False
    fmt = fmt.split(";")[0]  # only look at the first format
    fmt = STRIP_RE.sub("", fmt)  # ignore some formats
    return re.search(r"(?<![_\\])[dmhysDMHYS]", fmt) is not None


def is_timedelta_format(fmt):
    if fmt is None:
        return False
    fmt = fmt.split(";")[0]  # only look at the first format
    return TIMEDELTA_RE.search(fmt) is not None


def _date_styles(package: zipfile.ZipFile) -> tuple[set[int], set[int]]:
    """styles/stylesheet.py _normalise_numbers: the cellXfs indexes whose number format is a
    date (and those that are durations); xl/styles.xml is where openpyxl looks."""
    try:
        root = _parse(package.read("xl/styles.xml"))
    except KeyError:
        return set(), set()
    if root.tag != MAIN + "styleSheet" or any(not child.tag.startswith(MAIN) for child in root):
        raise _Unsure("a stylesheet part outside the main namespace")
    custom: dict[int, str | None] = {}
    for numfmts in root.findall(MAIN + "numFmts"):
        custom = {int(n.get("numFmtId")): n.get("formatCode") for n in numfmts.findall(MAIN + "numFmt")}
    xfs: list[Any] = []
    for cellxfs in root.findall(MAIN + "cellXfs"):
        xfs = cellxfs.findall(MAIN + "xf")
    dates: set[int] = set()
    timedeltas: set[int] = set()
    for idx, xf in enumerate(xfs):
        if not {k for k in xf.keys() if not k.startswith("{")} <= _XF_ATTRIBUTES:
            raise _Unsure("an <xf> attribute openpyxl's CellStyle refuses")
        for integer in ("fontId", "fillId", "borderId", "xfId"):
            if xf.get(integer) is not None:
                int(xf.get(integer))  # openpyxl's Integer descriptor: ValueError → openpyxl
        number_format = int(xf.get("numFmtId", 0))
        fmt = custom[number_format] if number_format in custom else BUILTIN_FORMATS.get(number_format)
        if is_date_format(fmt):
            dates.add(idx)
        if is_timedelta_format(fmt):
            timedeltas.add(idx)
    return dates, timedeltas


# styles/cell_style.py CellStyle: the attributes it takes (Serialisable drops namespaced ones)
_XF_ATTRIBUTES = {"numFmtId", "fontId", "fillId", "borderId", "xfId", "quotePrefix", "pivotButton",
                  "applyNumberFormat", "applyFont", "applyFill", "applyBorder", "applyAlignment",
                  "applyProtection"}

WINDOWS_EPOCH = dt.datetime(1899, 12, 30)
MAC_EPOCH = dt.datetime(1904, 1, 1)


def _epoch(workbook) -> dt.datetime:
    """workbookPr date1904, read as openpyxl's Bool descriptor reads it."""
    props = workbook.find(MAIN + "workbookPr")
    flag = props.get("date1904") if props is not None else None
    if flag is None or flag in ("false", "f", "0"):
        return WINDOWS_EPOCH
    return MAC_EPOCH if bool(flag) else WINDOWS_EPOCH


def _read_sheet(package: zipfile.ZipFile, part: str, book: _Book, limits: Limits) -> tuple[Cells, bool, bool]:
    """One worksheet's cells up to the limits, as xlsx._load walks ws.iter_rows(): rows streamed
    and cleared; past sheet_rows, only whether a value follows within LOOK_PAST rows."""
    cells: Cells = {}
    rows_cut = cols_cut = False
    last_row = read = 0
    with package.open(part) as f:
        events = _iterparse(f, _ROW)
        for _, row in events:
            number = _row_number(row)
            if number <= last_row:
                raise _Unsure("rows out of order")  # openpyxl skips such rows
            last_row, read = number, read + 1
            if read % 1000 == 0:
                deadline.check()
            row_cells = _row_cells(row, number, book)  # parsed even past the look: openpyxl did
            if number > limits.sheet_rows + 1 + LOOK_PAST:
                break
            if number > limits.sheet_rows:
                if row_cells:
                    rows_cut = True
                    break
            else:
                for col, value in row_cells:
                    if col > limits.sheet_cols:
                        cols_cut = True
                        break
                    cells[(number, col)] = value
            row.clear()  # the row's cells are done: memory stays flat on big sheets
            while row.getprevious() is not None:
                del row.getparent()[0]
        if events.root is not None and events.root.tag != MAIN + "worksheet":
            raise _Unsure("not a worksheet part")
    return cells, rows_cut, cols_cut


def _row_number(row) -> int:
    ref = row.get("r")
    if ref is None or not ref.isdigit() or int(ref) < 1:
        raise _Unsure("a row without a plain reference")
    return int(ref)


def _row_cells(row, number: int, book: _Book) -> list[tuple[int, Any]]:
    """(column, value) of the row's cells that have a value, in column order."""
    out: list[tuple[int, Any]] = []
    last_col = 0
    for c in row:
        if c.tag != _CELL:
            raise _Unsure("a row child that is not a cell")
        m = _REF.fullmatch(c.get("r") or "")
        if m is None or int(m.group(2)) != number:
            raise _Unsure("a cell without its own row's reference")
        col = col_number(m.group(1))
        if col <= last_col:
            raise _Unsure("cells out of order")  # openpyxl drops or overwrites some of them
        last_col = col
        value = _cell_value(c, book)
        if value is not None:
            out.append((col, value))
    return out


def _cell_value(c, book: _Book) -> Any:
    """worksheet/_reader.py WorkSheetParser.parse_cell with data_only=True."""
    data_type = c.get("t", "n")
    style_id = c.get("s", 0)
    if style_id:
        style_id = int(style_id)
    if data_type == "inlineStr":
        child = c.find(_IS)
        return _text_content(child) if child is not None else None
    value = c.findtext(_V, None) or None
    if value is None:
        return None
    if data_type == "n":
        value = _cast_number(value)
        if style_id in book.dates:
            try:
                return from_excel(value, book.epoch, timedelta=style_id in book.timedeltas)
            except (OverflowError, ValueError):
                return "#VALUE!"  # openpyxl: "the cell will be treated as an error"
        return value
    if data_type == "s":
        return book.strings[int(value)]
    if data_type == "b":
        return bool(int(value))
    if data_type in ("str", "e"):
        return value
    if data_type == "d":
        return from_ISO8601(value)
    raise _Unsure(f"cell type {data_type!r}")


def _cast_number(value):
    "Convert numbers as string to an int or float"
    if "." in value or "E" in value or "e" in value:
        return float(value)
    return int(value)


# utils/datetime.py, verbatim.
SECS_PER_DAY = 86400
ISO_REGEX = re.compile(r'''
(?P<date>(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2}))?T?
(?P<time>(?P<hour>\d{2}):(?P<minute>\d{2})(:(?P<second>\d{2})(?P<microsecond>\.\d{1,3})?)?)?Z?''',
                       re.VERBOSE)
ISO_DURATION = re.compile(r'PT((?P<hours>\d+)H)?((?P<minutes>\d+)M)?((?P<seconds>\d+(\.\d{1,3})?)S)?')


def from_ISO8601(formatted_string):
    if not formatted_string:
        return None
    match = ISO_REGEX.match(formatted_string)
    if match and any(match.groups()):
        parts = match.groupdict(0)
        for key in ["year", "month", "day", "hour", "minute", "second"]:
            if parts[key]:
                parts[key] = int(parts[key])
        if parts["microsecond"]:
            parts["microsecond"] = int(float(parts['microsecond']) * 1_000_000)
        if not parts["date"]:
            return dt.time(parts['hour'], parts['minute'], parts['second'], parts["microsecond"])
        if not parts["time"]:
            return dt.date(parts['year'], parts['month'], parts['day'])
        del parts["time"]
        del parts["date"]
        return dt.datetime(**parts)
    match = ISO_DURATION.match(formatted_string)
    if match and any(match.groups()):
        parts = match.groupdict(0)
        for key, val in parts.items():
            if val:
                parts[key] = float(val)
        return dt.timedelta(**parts)
    raise ValueError("Invalid datetime value {}".format(formatted_string))


def from_excel(value, epoch=WINDOWS_EPOCH, timedelta=False):
    if value is None:
        return None
    if timedelta:
        td = dt.timedelta(days=value)
        if td.microseconds:
            # round to millisecond precision
            td = dt.timedelta(seconds=td.total_seconds() // 1, microseconds=round(td.microseconds, -3))
        return td
    day, fraction = divmod(value, 1)
    diff = dt.timedelta(milliseconds=round(fraction * SECS_PER_DAY * 1000))
    if 0 <= value < 1 and diff.days == 0:
        return days_to_time(diff)
    if 0 < value < 60 and epoch == WINDOWS_EPOCH:
        day += 1
    return epoch + dt.timedelta(days=day) + diff


def days_to_time(value):
    mins, seconds = divmod(value.seconds, 60)
    hours, mins = divmod(mins, 60)
    return dt.time(hours, mins, seconds, value.microseconds)
