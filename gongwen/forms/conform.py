"""Check that a filled form is the form a notice's spec describes: the same header, the same row labels."""
from __future__ import annotations

import re

from openpyxl.utils import get_column_letter

from .check import Finding, Sheet
from .notice import COUNT
from .spec import Form

PLACEHOLDER = re.compile(r"^(?:\*\*|…+|\.{3,}|$)")  # **市, ……, blank: a row label the filler writes


def squash(text: object) -> str:
    """Return a label without whitespace (line breaks and padding differ between copies)."""
    return "".join(str(text or "").split())


def pick(forms: list[Form], sheet: Sheet, ws) -> Form | None:
    """Return the spec form a sheet is a copy of: same sheet name or title, else the one with its width."""
    title = squash(" ".join(str(c.value) for row in ws.iter_rows(max_row=sheet.head - 1) for c in row if c.value))
    for form in forms:
        if form.sheet == sheet.name or (form.title and squash(form.title) in title):
            return form
    same = [f for f in forms if f.n_cols == len(sheet.columns)]
    return same[0] if len(same) == 1 else None


def conform(forms: list[Form], sheet: Sheet, ws) -> list[Finding]:
    """Return the places where a filled sheet departs from its spec form's header or row labels."""
    form = pick(forms, sheet, ws)
    if form is None:
        return [Finding(sheet.name, "A1", "no form of the spec matches this sheet (by name, title or width)")]
    return header_findings(form, sheet, ws) + label_findings(form, sheet)


def header_findings(form: Form, sheet: Sheet, ws) -> list[Finding]:
    """Return a finding for each spec header label missing from its place, and each label the spec lacks."""
    spans = {(m.min_row, m.min_col): (m.max_row - m.min_row + 1, m.max_col - m.min_col + 1) for m in ws.merged_cells.ranges}
    have = {}
    for r in range(sheet.head, sheet.head + form.header_rows):
        for c in range(1, max(form.n_cols, ws.max_column) + 1):
            label = squash(ws.cell(r, c).value)
            if label:
                have[(r - sheet.head, c - 1)] = (label, spans.get((r, c), (1, 1)))
    want = {(h.row, h.col): (squash(h.label), (h.rows, h.cols)) for h in form.header if squash(h.label)}
    out = []
    for (r, c), (label, span) in sorted(want.items()):
        got = have.get((r, c))
        if got != (label, span):
            instead = f", not '{got[0]}'" if got and got[0] != label else " (merged differently)" if got else ""
            out.append(Finding(sheet.name, f"{get_column_letter(c + 1)}{sheet.head + r}",
                               f"header: the form of {form.sheet} has '{label}' here{_span(span)}{instead}"))
    for (r, c), (label, _) in sorted(have.items()):
        if (r, c) not in want:
            out.append(Finding(sheet.name, f"{get_column_letter(c + 1)}{sheet.head + r}",
                               f"header: '{label}' is not in the form of {form.sheet}"))
    return out


def _span(span: tuple[int, int]) -> str:
    """Return how a merged header cell spans, for a message (nothing for a single cell)."""
    return f" (merged over {span[0]} row(s), {span[1]} column(s))" if span != (1, 1) else ""


def label_findings(form: Form, sheet: Sheet) -> list[Finding]:
    """Return a finding for each printed row label the filled sheet changed or dropped."""
    out = []
    for i in range(len(form.row_labels)):
        for c, want in enumerate(form.row_cells(i)):
            if PLACEHOLDER.match(squash(want)):
                continue
            got = squash(sheet.rows[i][c]) if i < len(sheet.rows) and c < len(sheet.rows[i]) else ""
            if COUNT.sub("", got) != squash(want):
                out.append(Finding(sheet.name, f"{get_column_letter(c + 1)}{sheet.top + i}",
                                   f"row label: the form of {form.sheet} has '{want}' here, not '{got}'"))
    return out
