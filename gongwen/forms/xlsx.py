"""Write blank forms as an Excel workbook, one sheet per form (the only openpyxl writer)."""
from __future__ import annotations

import math
from datetime import datetime
from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from .layout import CELL_PT, column_widths, data_height, footer_line, header_heights, note_lines
from .spec import Form

BODY_FONT = Font(name="仿宋", size=CELL_PT)
HEAD_FONT = Font(name="黑体", size=CELL_PT)
TITLE_FONT = Font(name="方正小标宋简体", size=16, bold=True)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
HEADER_TOP = 3  # row 1 the attachment label, row 2 the title, the header from row 3
MM_PER_INCH = 25.4
PIXEL = 0.75  # points per screen pixel: spreadsheet apps draw row heights in whole pixels
FIXED = datetime(2000, 1, 1)
# Column widths are counted in digits of the workbook's default font. Calibri is missing where LibreOffice runs
# without Carlito and a wider font stands in, scaling the page down; Arial 10 has Calibri 11's digit width and a
# metric twin (Liberation Sans) nearly everywhere.
DEFAULT_FONT = Font(name="Arial", size=10, family=2)


def render(forms: list[Form]) -> bytes:
    """Return the workbook of `forms` as .xlsx bytes."""
    wb = Workbook()
    wb.remove(wb.worksheets[0])  # the one empty sheet a new workbook starts with
    _default_font(wb)
    wb.properties.creator = wb.properties.lastModifiedBy = "gongwen"
    wb.properties.created = wb.properties.modified = FIXED
    for form in forms:
        write_sheet(wb.create_sheet(form.sheet), form)
    buf = BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _default_font(wb: Workbook) -> None:
    """Make Arial 10 the workbook's default font, the one column widths are measured in."""
    from openpyxl.utils.indexed_list import IndexedList

    wb._fonts = IndexedList([DEFAULT_FONT])  # type: ignore[attr-defined]  # openpyxl has no public setter for the default font
    wb._named_styles["Normal"].font = DEFAULT_FONT  # type: ignore[attr-defined]


def whole_pixels(points: float) -> float:
    """Return a row height rounded up to whole pixels, so no renderer draws it shorter than asked."""
    return math.ceil(points / PIXEL - 1e-9) * PIXEL + PIXEL


def width_units(points: float) -> float:
    """Return an Excel column width (characters of the default font) that is `points` wide."""
    return round(max(points / 0.75 - 5, 7) / 7, 2)


def write_sheet(ws: Worksheet, form: Form) -> None:
    """Lay out one form: title, merged header, blank rows, footer line, notes, print setup."""
    widths = column_widths(form)
    _title(ws, form)
    body_top = HEADER_TOP + form.header_rows
    _box(ws, HEADER_TOP, body_top + len(form.row_labels) - 1, form.n_cols)
    _header(ws, form, widths)
    for i in range(len(form.row_labels)):
        for c, label in enumerate(form.row_cells(i)):
            ws.cell(body_top + i, c + 1, label or None)
        ws.row_dimensions[body_top + i].height = whole_pixels(data_height(form))
    below = body_top + len(form.row_labels) + 1
    for k, line in enumerate(([footer_line(form.footer_fields)] if form.footer_fields else []) + note_lines(form)):
        ws.cell(below + k, 1, line).font = BODY_FONT
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width_units(width)
    ws.freeze_panes = ws.cell(body_top, 2).coordinate
    ws.print_title_rows = f"{HEADER_TOP}:{body_top - 1}"
    _page_setup(ws, form)


def _title(ws: Worksheet, form: Form) -> None:
    """Write the attachment label (附件2) and, merged across the form, its title."""
    ws["A1"] = form.attachment
    ws["A1"].font = BODY_FONT
    ws["A2"] = form.title or form.sheet
    ws["A2"].font, ws["A2"].alignment = TITLE_FONT, Alignment(horizontal="center", vertical="center")
    ws.merge_cells(f"A2:{get_column_letter(form.n_cols)}2")
    ws.row_dimensions[2].height = 30


def _header(ws: Worksheet, form: Form, widths: list[float]) -> None:
    """Write the header's labels and merges, each row tall enough for its wrapped labels."""
    for c in form.header:
        cell = ws.cell(HEADER_TOP + c.row, c.col + 1, c.label or None)
        cell.font, cell.alignment = HEAD_FONT, CENTER
        if c.rows > 1 or c.cols > 1:
            ws.merge_cells(start_row=HEADER_TOP + c.row, start_column=c.col + 1,
                           end_row=HEADER_TOP + c.row + c.rows - 1, end_column=c.col + c.cols)
    for r, height in enumerate(header_heights(form, widths)):
        ws.row_dimensions[HEADER_TOP + r].height = whole_pixels(height)


def _page_setup(ws: Worksheet, form: Form) -> None:
    """Print on A4 in the source's orientation and margins, one page wide."""
    ws.page_setup.orientation = "landscape" if form.page.landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_margins.left, ws.page_margins.right = form.page.left / MM_PER_INCH, form.page.right / MM_PER_INCH
    ws.page_margins.top, ws.page_margins.bottom = form.page.top / MM_PER_INCH, form.page.bottom / MM_PER_INCH
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)


def _box(ws: Worksheet, top: int, bottom: int, n_cols: int) -> None:
    """Give every cell of the table thin borders, the body font and centred, wrapped text."""
    for row in ws.iter_rows(min_row=top, max_row=bottom, min_col=1, max_col=n_cols):
        for cell in row:
            cell.border, cell.font, cell.alignment = BOX, BODY_FONT, CENTER
