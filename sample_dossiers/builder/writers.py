"""The two writers: python-docx for .docx, openpyxl for .xlsx, both normalised for determinism."""

from __future__ import annotations

import io

from .determinism import normalise_zip
from .model import Block, Docx, P, Sec, Spec, T, Xlsx, _when

# =========================================================================== writers


def _east_asian(style, font: str, size_pt: float | None = None, bold: bool | None = None) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    style.font.name = font
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia"):
        rfonts.set(qn(attr), font)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)
    style.font.color.rgb = RGBColor(0, 0, 0)
    if size_pt:
        style.font.size = Pt(size_pt)
    if bold is not None:
        style.font.bold = bold


def write_docx(spec: Docx) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    _east_asian(d.styles["Normal"], "仿宋", 14)
    _east_asian(d.styles["Title"], "方正小标宋简体", 20, True)
    for lvl, (font, size) in enumerate((("黑体", 16), ("楷体", 16), ("仿宋", 14)), start=1):
        _east_asian(d.styles[f"Heading {lvl}"], font, size, lvl != 3)
    align = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}

    def put(block: Block, depth: int) -> None:
        if isinstance(block, Sec):
            d.add_heading(block.heading, level=min(depth, 3))
            for b in block.blocks:
                put(b, depth + 1)
        elif isinstance(block, T):
            put_table(block)
        else:
            para = block if isinstance(block, P) else P(block)
            p = d.add_paragraph()
            run = p.add_run(para.text)
            run.bold = para.bold
            if para.align:
                p.alignment = align[para.align]

    def put_table(t: T) -> None:
        ncols = max(len(r) for r in t.rows)
        table = d.add_table(rows=0, cols=ncols)
        table.style = "Table Grid"
        for i, row in enumerate(t.rows):
            cells = table.add_row().cells
            for j in range(ncols):
                text = row[j] if j < len(row) else ""
                para = cells[j].paragraphs[0]
                run = para.add_run(text)
                if (t.header and i == 0) or (t.label_column and j == 0):
                    run.bold = True
        d.add_paragraph()

    d.add_heading(spec.title, level=0)
    for b in spec.blocks:
        put(b, 1)

    cp = d.core_properties
    when = _when(spec.when)
    cp.title = spec.title
    cp.subject = spec.subject
    cp.author = spec.author
    cp.last_modified_by = spec.author
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""
    buf = io.BytesIO()
    d.save(buf)
    return normalise_zip(buf.getvalue(), when)


def write_xlsx(spec: Xlsx) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for s in spec.sheets:
        ws = wb.create_sheet(s.name)
        ncols = len(s.header)
        last = get_column_letter(ncols)
        ws.append([s.title])
        ws.merge_cells(f"A1:{last}1")
        ws["A1"].font = Font(name="宋体", size=16, bold=True)
        ws["A1"].alignment = Alignment(horizontal="center")
        r = 2
        if s.unit_line:
            ws.append([s.unit_line])
            ws.merge_cells(f"A2:{last}2")
            ws["A2"].alignment = Alignment(horizontal="right")
            r = 3
        ws.append(s.header)
        for c in range(1, ncols + 1):
            cell = ws.cell(row=r, column=c)
            cell.font = Font(name="宋体", bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = box
        for i, row in enumerate(s.rows):
            ws.append(row)
            rr = r + 1 + i
            for c in range(1, ncols + 1):
                cell = ws.cell(row=rr, column=c)
                cell.border = box
                cell.font = Font(name="宋体", bold=i in s.bold_rows)
                if c - 1 in s.money_cols:
                    cell.number_format = "0.00"
        for c, w in enumerate(s.widths, start=1):
            ws.column_dimensions[get_column_letter(c)].width = w
        ws.freeze_panes = ws.cell(row=r + 1, column=1)
    when = _when(spec.when)
    wb.properties.creator = spec.author
    wb.properties.lastModifiedBy = spec.author
    wb.properties.title = spec.title or spec.file.rsplit(".", 1)[0]
    wb.properties.created = when
    wb.properties.modified = when
    buf = io.BytesIO()
    wb.save(buf)
    return normalise_zip(buf.getvalue(), when)


def write_spec(spec: Spec) -> bytes:
    return write_docx(spec) if isinstance(spec, Docx) else write_xlsx(spec)
