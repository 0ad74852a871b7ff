"""Write the comparison as an XLSX workbook that prints readably: matrix, sources and notices sheets."""
from __future__ import annotations

import io
from pathlib import Path

from ..atomic import write_atomic
from ..stable import stable_zip
from .compare import BOUND_MARK, CONDITIONS, EMPTY, Figure, Matrix
from .compare_sections import HEADERS, sections

PAGE_COLUMNS = 6  # groups printed side by side on one landscape A4 page, legible at fit-to-width
TITLE = {"province": "按省份", "city": "按地市", "notice": "按公文", "year": "按年份"}


def title(m: Matrix) -> str:
    """Return the title of the comparison: 政策工具对比（按省份）."""
    return f"政策工具对比（{TITLE[m.by]}）"


def write_xlsx(m: Matrix, path: Path) -> None:
    """Write the matrix, its sources, its notices, its deadlines, targets and duties as sheets, whole or not at all."""
    from openpyxl import Workbook

    wb = Workbook()
    _matrix_sheet(wb.active, m)
    _sources_sheet(wb.create_sheet("来源"), m)
    _notices_sheet(wb.create_sheet("公文"), m)
    for section in sections(m):
        ws = wb.create_sheet(section.title)
        ws.append(HEADERS)
        for row in section.rows:
            ws.append(row)
        _plain(ws, [16, 26, 10, 24, 50, 50])
    buf = io.BytesIO()
    wb.save(buf)
    write_atomic(path, stable_zip(buf.getvalue()))  # byte-identical across runs


def _matrix_sheet(ws, m: Matrix) -> None:
    """Fill the matrix sheet: one figure as a number, several as text; each cell's sources in its comment."""
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill

    ws.title = "政策工具对比"
    ws.append(["政策工具", *m.columns])
    for r, row in enumerate(m.rows, 2):
        ws.cell(r, 1, row)
        for c, col in enumerate(m.columns, 2):
            cell = ws.cell(r, c)
            entries = m.entries(row, col)
            figs = [f for _, fs in entries for f in fs]
            if len(figs) == 1 and figs[0].row != CONDITIONS:
                cell.value = figs[0].amount.value
                cell.number_format = _number_format(figs[0], m.labelled())
            else:
                cell.value = m.cell(row, col)
            if figs:
                note = "\n".join(f"[{f.id}] {f.notice.label}：{f.sentence or f.amount.quote}" for f in figs)
                cell.comment = Comment(note[:2000], "gongwen", width=360, height=min(600, 40 + 18 * len(figs)))
        if row == CONDITIONS:
            for cell in ws[r]:
                cell.fill = PatternFill("solid", fgColor="EEEEEE")
                cell.font = Font(italic=True)
    _style(ws, m)


def _number_format(f: Figure, labelled: bool) -> str:
    """Return the number format that shows a figure's value as the matrix writes it: ≤General元/人（省外）."""
    a = f.amount
    before = (f"{f.notice.label}：" if labelled else "") + BOUND_MARK.get(a.bound, "")
    after = "元" + ("/" + "/".join(a.per) if a.per else "") + (f"（{a.tier}）" if a.tier else "")
    digits = "#,##0.##" if a.value % 1 else "#,##0"
    return f"{_literal(before)}{digits}{_literal(after)}"


def _literal(text: str) -> str:
    """Return text as a quoted literal of a number format (its own double quotes dropped)."""
    return '"' + text.replace('"', "") + '"' if text else ""


def _style(ws, m: Matrix) -> None:
    """Give the matrix borders, wrapped text, row heights and a landscape fit-to-width print layout."""
    from openpyxl.styles import Alignment, Border, Font, Side

    side = Side(style="thin", color="999999")
    width = 30 if len(m.columns) > 3 else 40
    for row in ws.iter_rows():
        lines = 1
        for cell in row:
            cell.border = Border(left=side, right=side, top=side, bottom=side)
            number = cell.data_type == "n" and cell.value is not None
            # a number cannot wrap: its label and figure shrink to the column instead of being cut
            cell.alignment = Alignment(wrap_text=not number, shrink_to_fit=number, vertical="top",
                                       horizontal="center" if cell.value == EMPTY else "left")
            text = str(cell.value or "") if cell.data_type == "s" else ""
            lines = max(lines, sum(1 + len(part) // (width - 2) for part in text.split("\n")))
        ws.row_dimensions[row[0].row].height = min(409, 15 * lines + 4)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.column_dimensions["A"].width = 20
    for c in range(2, len(m.columns) + 2):
        ws.column_dimensions[ws.cell(1, c).column_letter].width = width
    ws.freeze_panes = "B2"
    ws.print_title_rows = "1:1"
    ws.print_title_cols = "A:A"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = -(-len(m.columns) // PAGE_COLUMNS)  # pages across: a few groups each, the row labels repeated
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.center.text = title(m)
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"


def _sources_sheet(ws, m: Matrix) -> None:
    """Fill the sources sheet: one row per figure with its notice, value and the sentence it was read from."""
    ws.append(["编号", "分组", "政策工具", "公文", "数额", "值（元）", "原文", "条件", "文件"])
    for f in m.figures:
        ws.append([f.id, f.column, f.row, f.notice.label, f.text, f.amount.value, f.sentence or f.amount.quote,
                   f.amount.condition, "；".join(f.notice.sources)])
    _plain(ws, [8, 16, 18, 26, 22, 12, 60, 30, 40])


def _notices_sheet(ws, m: Matrix) -> None:
    """Fill the notices sheet: one row per notice (a notice in several files once) with its files."""
    ws.append(["编号", "分组", "公文", "日期", "标题", "省份", "地市", "层级", "文件数", "文件"])
    for col in m.columns:
        for n in m.members[col]:
            meta = n.record.meta
            ws.append([n.id, col, n.label, n.date, meta.title, meta.province, meta.city, meta.level, len(n.sources),
                       "\n".join(n.sources)])
    _plain(ws, [13, 16, 26, 12, 50, 12, 12, 10, 8, 50])


def _plain(ws, widths: list[int]) -> None:
    """Give a list sheet a bold frozen header, wrapped text and the given column widths."""
    from openpyxl.styles import Alignment, Font

    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[ws.cell(1, i).column_letter].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
