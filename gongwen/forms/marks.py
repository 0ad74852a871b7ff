"""Write a checked copy of a filled form: each finding as a comment and a fill on its cell, and a findings sheet."""
from __future__ import annotations

from io import BytesIO
from pathlib import Path

from ..atomic import write_atomic
from .check import Finding, load

AUTHOR = "gongwen check-form"
MARK = "FFFFC7CE"  # Excel's light red "bad" fill
FINDINGS_SHEET = "findings"


def write_checked(source: Path, output: Path, findings: list[Finding]) -> None:
    """Write `source` to `output` with every finding marked on its cell and listed on a findings sheet."""
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    from ..stable import stable_zip

    wb = load(source, values=False)
    fill = PatternFill(fill_type="solid", start_color=MARK, end_color=MARK)
    notes: dict[tuple[str, str], list[str]] = {}
    for f in findings:
        notes.setdefault((f.sheet, f.cell), []).append(f.message)
    for (sheet, cell), messages in notes.items():
        target = wb[sheet][cell]
        target.comment = Comment("\n".join(messages), AUTHOR, width=320, height=40 + 20 * len(messages))
        target.fill = fill
    _findings_sheet(wb, findings)
    buf = BytesIO()
    wb.save(buf)
    write_atomic(output, stable_zip(buf.getvalue()))


def _findings_sheet(wb, findings: list[Finding]) -> None:
    """Add (or replace) the sheet listing every finding: sheet, cell, message."""
    if FINDINGS_SHEET in wb.sheetnames:
        del wb[FINDINGS_SHEET]
    ws = wb.create_sheet(FINDINGS_SHEET)
    ws.append(["sheet", "cell", "finding"])
    for f in findings:
        ws.append([f.sheet, f.cell, f.message])
    ws.column_dimensions["A"].width, ws.column_dimensions["C"].width = 24, 90
