"""Sizes and lines shared by the XLSX and DOCX form writers."""
from __future__ import annotations

from .spec import Form

MIN_WIDTH, MAX_WIDTH = 8, 18  # column widths in Excel character units
FILL = "\u3000" * 8  # the blank a footer field leaves for handwriting


def column_widths(form: Form) -> list[float]:
    """Return a width per column that fits its longest header line, wrapped between the bounds."""
    widths = [float(MIN_WIDTH)] * form.n_cols
    for c in form.header:
        longest = max((len(line) for line in c.label.split("\n")), default=0)
        per_col = 2.1 * longest / c.cols + 1  # CJK characters are two units wide
        for i in range(c.col, min(c.col + c.cols, form.n_cols)):
            widths[i] = max(widths[i], min(per_col, MAX_WIDTH))
    first = max((len(x) for x in form.row_labels), default=0)
    widths[0] = max(widths[0], min(2.1 * first + 1, MAX_WIDTH))
    return widths


def footer_line(fields: list[str]) -> str:
    """Return the 填报人：　…　联系电话： line under a form."""
    return FILL.join(f"{f}：" for f in fields) + FILL
