"""Write blank forms as Word tables, one landscape section per form."""
from __future__ import annotations

from io import BytesIO

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ALIGN_VERTICAL
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

from .layout import footer_line
from .spec import Form

FONT = "仿宋"


def render(forms: list[Form]) -> bytes:
    """Return `forms` as .docx bytes."""
    doc = docx.Document()
    style = doc.styles["Normal"]
    style.font.name, style.font.size = FONT, Pt(12)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    for i, form in enumerate(forms):
        section = doc.sections[0] if i == 0 else doc.add_section()
        section.orientation = WD_ORIENT.LANDSCAPE
        if section.page_width < section.page_height:
            section.page_width, section.page_height = section.page_height, section.page_width
        write_form(doc, form)
    buf = BytesIO()
    doc.save(buf)
    return buf.getvalue()


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
    for c in form.header:
        cell = table.cell(c.row, c.col)
        if c.rows > 1 or c.cols > 1:
            cell = cell.merge(table.cell(c.row + c.rows - 1, c.col + c.cols - 1))
        _centred(cell, c.label)
    for i, label in enumerate(form.row_labels):
        _centred(table.cell(form.header_rows + i, 0), label)
    if form.footer_fields:
        doc.add_paragraph(footer_line(form.footer_fields))
    for k, note in enumerate(form.notes):
        doc.add_paragraph(("说明：" if k == 0 else "　　　") + note)


def _centred(cell, text: str) -> None:
    """Write `text` into a table cell centred both ways, as the forms of a notice print their labels."""
    cell.text = text
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    for paragraph in cell.paragraphs:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
