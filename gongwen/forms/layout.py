"""Sizes shared by the XLSX and DOCX form writers, in points: columns, header and data rows."""
from __future__ import annotations

import math

from .spec import Form

PT_PER_MM = 72 / 25.4
CELL_PT = 10.5  # 五号, the size forms print their cells in
LINE = 1.3  # line height as a multiple of the font size
PAD_X, PAD_Y = 6.0, 6.0  # cell padding: left+right, top+bottom
MIN_ROW = 28.0  # a data row one can write a number in by hand (about 1 cm)
SLACK = 0.98  # leave 2% of the line free, so rounding in a renderer never forces fit-to-page to shrink the form
FILL = "\u3000" * 8  # the blank a footer field leaves for handwriting


def usable_width(form: Form) -> float:
    """Return the width between the page's margins."""
    return (form.page.width - form.page.left - form.page.right) * PT_PER_MM


def column_widths(form: Form) -> list[float]:
    """Return each column's width: the source's, scaled down to the page if wider; else sized to its labels."""
    raw = [w * PT_PER_MM for w in form.widths] if len(form.widths) == form.n_cols else _label_widths(form)
    room = usable_width(form) * SLACK
    scale = min(1.0, room / sum(raw)) if form.widths else room / sum(raw)
    return [w * scale for w in raw]


def _label_widths(form: Form) -> list[float]:
    """Return widths in proportion to each column's longest header line (between 4 and 9 characters)."""
    chars = [4.0] * form.n_cols
    for c in form.header:
        longest = max((len(line) for line in c.label.split("\n")), default=0)
        for i in range(c.col, min(c.col + c.cols, form.n_cols)):
            chars[i] = max(chars[i], min(longest / c.cols, 9.0))
    first = max((len(x) for x in form.row_labels), default=0)
    chars[0] = max(chars[0], min(first, 9.0))
    return [c * CELL_PT + PAD_X for c in chars]


def lines_needed(label: str, width: float) -> int:
    """Return how many lines `label` wraps into in a cell `width` points wide."""
    per_line = max(1, int((width - PAD_X) // CELL_PT))
    return sum(max(1, math.ceil(len(line) / per_line)) for line in label.split("\n"))


def header_heights(form: Form, widths: list[float]) -> list[float]:
    """Return each header row's height: the source's, raised until every wrapped label fits."""
    heights = [max(form.heights[r] if r < len(form.heights) else 0.0, CELL_PT * LINE + PAD_Y)
               for r in range(form.header_rows)]
    for c in sorted(form.header, key=lambda c: c.rows):
        need = lines_needed(c.label, sum(widths[c.col:c.col + c.cols])) * CELL_PT * LINE + PAD_Y
        rows = range(c.row, min(c.row + c.rows, form.header_rows))
        short = need - sum(heights[r] for r in rows)
        for r in rows if short > 0 else ():
            heights[r] += short / len(rows)
    return [round(h, 1) for h in heights]


def data_height(form: Form) -> float:
    """Return the data rows' height: the source's where it has one, never below a writable row."""
    return max(form.row_height or 0.0, MIN_ROW)


def footer_line(fields: list[str]) -> str:
    """Return the 填报人：　…　联系电话： line under a form."""
    return FILL.join(f"{f}：" for f in fields) + FILL


def note_lines(form: Form) -> list[str]:
    """Return the notes under a form, the first after its printed label, the rest aligned under it."""
    pad = "\u3000" * len(form.note_label.rstrip(":：: ")) + "\u3000"
    return [(form.note_label if k == 0 else pad) + note for k, note in enumerate(form.notes)]
