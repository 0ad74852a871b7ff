"""Write blank forms as an Excel workbook, one sheet per form (the only openpyxl writer)."""
from __future__ import annotations

from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from .layout import column_widths, footer_line
from .spec import Form

BODY_FONT = Font(name="仿宋", size=11)
HEAD_FONT = Font(name="黑体", size=11)
TITLE_FONT = Font(name="方正小标宋简体", size=16, bold=True)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
HEADER_TOP = 3  # row 1 the attachment label, row 2 the title, the header from row 3


def render(forms: list[Form]) -> bytes:
    """Return the workbook of `forms` as .xlsx bytes."""
    wb = Workbook()
    wb.remove(wb.active)
    for form in forms:
        write_sheet(wb.create_sheet(form.sheet), form)
    buf = BytesIO()
    wb.save(buf)
    return buf.getvalue()


def write_sheet(ws: Worksheet, form: Form) -> None:
    """Lay out one form: title, merged header, blank rows, footer line, notes, print setup."""
    last = get_column_letter(form.n_cols)
    ws["A1"] = form.attachment  # 附件2, above the title as the notice prints it
    ws["A1"].font = BODY_FONT
    ws["A2"] = form.title or form.sheet
    ws["A2"].font, ws["A2"].alignment = TITLE_FONT, Alignment(horizontal="center", vertical="center")
    ws.merge_cells(f"A2:{last}2")
    ws.row_dimensions[2].height = 30
    body_top = HEADER_TOP + form.header_rows
    _box(ws, HEADER_TOP, body_top + len(form.row_labels) - 1, form.n_cols)
    for c in form.header:
        cell = ws.cell(HEADER_TOP + c.row, c.col + 1, c.label or None)
        cell.font, cell.alignment = HEAD_FONT, CENTER
        if c.rows > 1 or c.cols > 1:
            ws.merge_cells(start_row=HEADER_TOP + c.row, start_column=c.col + 1,
                           end_row=HEADER_TOP + c.row + c.rows - 1, end_column=c.col + c.cols)
    for i, label in enumerate(form.row_labels):
        ws.cell(body_top + i, 1, label or None)
    below = body_top + len(form.row_labels) + 1
    notes = [("说明：" if k == 0 else "　　　") + note for k, note in enumerate(form.notes)]
    for k, line in enumerate(([footer_line(form.footer_fields)] if form.footer_fields else []) + notes):
        ws.cell(below + k, 1, line).font = BODY_FONT
    for i, width in enumerate(column_widths(form), start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = ws.cell(body_top, 2)
    ws.print_title_rows = f"{HEADER_TOP}:{body_top - 1}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _box(ws: Worksheet, top: int, bottom: int, n_cols: int) -> None:
    """Give every cell of the table thin borders and the body font."""
    for row in ws.iter_rows(min_row=top, max_row=bottom, min_col=1, max_col=n_cols):
        for cell in row:
            cell.border, cell.font, cell.alignment = BOX, BODY_FONT, CENTER
    for r in range(top, bottom + 1):
        ws.row_dimensions[r].height = 24
