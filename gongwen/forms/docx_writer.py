"""Write blank forms as Word tables, one section per form on the source's page."""
from __future__ import annotations

from datetime import datetime
from io import BytesIO

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ALIGN_VERTICAL, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from .layout import CELL_PT, PAD_X, column_widths, data_height, footer_line, header_heights, note_lines
from .spec import Form

FONT = "仿宋"
FIXED = datetime(2000, 1, 1)


def render(forms: list[Form]) -> bytes:
    """Return `forms` as .docx bytes."""
    doc = docx.Document()
    style = doc.styles["Normal"]
    style.font.name, style.font.size = FONT, Pt(CELL_PT)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    _fix_properties(doc)
    for i, form in enumerate(forms):
        _page(doc.sections[0] if i == 0 else doc.add_section(), form)
        write_form(doc, form)
    buf = BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _fix_properties(doc) -> None:
    """Give the document fixed core properties, so the same forms give the same bytes."""
    props = doc.core_properties
    props.author = props.last_modified_by = "gongwen"
    props.created = props.modified = FIXED
    props.revision = 1


def _page(section, form: Form) -> None:
    """Set a section to the form's page size, orientation and margins."""
    page = form.page
    section.orientation = WD_ORIENT.LANDSCAPE if page.landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(page.width), Mm(page.height)
    section.top_margin, section.bottom_margin = Mm(page.top), Mm(page.bottom)
    section.left_margin, section.right_margin = Mm(page.left), Mm(page.right)


def write_form(doc, form: Form) -> None:
    """Add one form: attachment label, title, the merged-header table, footer line, notes."""
    if form.attachment:
        doc.add_paragraph(form.attachment)
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(form.title or form.sheet)
    run.bold, run.font.size = True, Pt(16)
    table = doc.add_table(rows=form.header_rows + len(form.row_labels), cols=form.n_cols)
    table.style = "Table Grid"
    _size(table, form)
    for c in form.header:
        cell = table.cell(c.row, c.col)
        if c.rows > 1 or c.cols > 1:
            cell = cell.merge(table.cell(c.row + c.rows - 1, c.col + c.cols - 1))
        _centred(cell, c.label)
    for i in range(len(form.row_labels)):
        for col, label in enumerate(form.row_cells(i)):
            _centred(table.cell(form.header_rows + i, col), label)
    if form.footer_fields:
        doc.add_paragraph(footer_line(form.footer_fields))
    for line in note_lines(form):
        doc.add_paragraph(line)


def _size(table, form: Form) -> None:
    """Give the table fixed column widths and header and data rows tall enough to write in."""
    widths = column_widths(form)
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    props = table._tbl.tblPr  # autofit off already wrote tblLayout fixed
    margins = props.makeelement(qn("w:tblCellMar"), {})
    for side in ("left", "right"):  # the narrow padding forms print with, as the layout's widths assume
        margins.append(margins.makeelement(qn(f"w:{side}"), {qn("w:w"): str(round(PAD_X / 2 * 20)), qn("w:type"): "dxa"}))
    look = props.find(qn("w:tblLook"))
    if look is not None:  # the schema puts tblCellMar before tblLook
        look.addprevious(margins)
    else:
        props.append(margins)
    for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(round(width * 20)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = Pt(width)
    heights = header_heights(form, widths) + [data_height(form)] * len(form.row_labels)
    for row, height in zip(table.rows, heights):
        row.height, row.height_rule = Pt(height), WD_ROW_HEIGHT_RULE.AT_LEAST
    for row in table.rows[:form.header_rows]:  # the header repeats on every page the form runs onto
        row._tr.get_or_add_trPr().append(row._tr.makeelement(qn("w:tblHeader"), {}))


def _centred(cell, text: str) -> None:
    """Write `text` into a table cell centred both ways, as the forms of a notice print their labels."""
    cell.text = text
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    for paragraph in cell.paragraphs:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
