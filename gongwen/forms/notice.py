"""Read the blank forms (and, on request, the 样表) of a notice with their printed layout."""
from __future__ import annotations

import re
from pathlib import Path

from .source import Geometry, geometries
from .spec import NOTE_LABEL, Form, HeaderCell, Page, from_json, sheet_name

SAMPLE = re.compile(r"样表")
COUNT = re.compile(r"\d+(?:\.\d+)?个$")  # 合计1140个, 22个: a count written into a label column
TXT_PORTRAIT_MAX = 6  # columns a form from a text dump may have and still print portrait


def forms_of(path: Path, samples: bool = False) -> list[Form]:
    """Return the blank forms of a notice (its 样表 too with `samples`), or those of a JSON spec."""
    if path.suffix.lower() == ".json":
        return from_json(path)
    from ..extractors import extract
    from ..structured.tables import analyze

    doc = extract(path)
    picked = [a for a in analyze(doc.blocks) if a.record.kind == "template" or (samples and is_sample(a.record))]
    shapes = [(a.table.n_cols, a.record.page) for a in picked]
    geos = geometries(path, doc.source.format, shapes)
    names: set[str] = set()
    return [_form(a, doc.blocks, geo, names) for a, geo in zip(picked, geos)]


def is_sample(record) -> bool:
    """Tell whether a table is a pre-filled 样表 (its title says so)."""
    return bool(record.title and SAMPLE.search(record.title))


def _form(a, blocks, geo: Geometry | None, names: set[str]) -> Form:
    """Return the Form of one analysed table, laid out as its source prints it."""
    r = a.record
    header = [HeaderCell(c.row, c.col, c.rows, c.cols, c.text.strip()) for c in a.table.cells if c.row < r.header_rows]
    sample = r.kind != "template"
    form = Form(sheet_name(r.attachment or f"表{r.index + 1}", names), r.title, r.n_cols, r.header_rows,
                sorted(header, key=lambda c: (c.row, c.col)), [row[0] if row else "" for row in r.rows],
                r.footer_fields, r.notes, r.attachment, note_label(blocks, a.block, r.notes),
                blank_labels(r) if sample else [], guessed=a.table.ambiguous, sample=sample)
    _apply(form, geo, len(r.rows))
    return form


def _apply(form: Form, geo: Geometry | None, n_data: int) -> None:
    """Copy the source's page, widths and heights onto `form` (defaults where the source has none)."""
    if geo is None:
        if form.n_cols <= TXT_PORTRAIT_MAX:
            form.page = Page(210.0, 297.0, 37, 35, 28, 26)
        return
    form.page = geo.page
    form.widths = geo.widths if len(geo.widths) == form.n_cols else []
    rows = geo.heights
    if len(rows) >= form.header_rows + n_data:
        head = rows[len(rows) - n_data - form.header_rows:len(rows) - n_data]
        form.heights = [round(h, 1) for h in head]
        body = [h for h in rows[len(rows) - n_data:] if h > 0]
        form.row_height = round(max(body), 1) if body else None


def note_label(blocks, start: int, notes: list[str]) -> str:
    """Return the label printed before a table's first note (填表说明：, 说明:), or the default."""
    from ..document import Paragraph

    if not notes:
        return NOTE_LABEL
    for block in blocks[start + 1:start + 12]:
        if isinstance(block, Paragraph) and notes[0] in block.text:
            label = block.text[:block.text.index(notes[0])].strip()
            return label if label else NOTE_LABEL
    return NOTE_LABEL


def blank_labels(record) -> list[list[str]]:
    """Return a 样表's label columns (序号 and text columns before the first figure), counts removed."""
    n = label_columns(record)
    return [[COUNT.sub("", str(v)).strip() for v in row[:n]] for row in record.rows]


def label_columns(record) -> int:
    """Return how many leading columns of a table hold row labels rather than figures."""
    from .check import number

    for c, label in enumerate(record.columns):
        filled = [row[c] for row in record.rows if c < len(row) and str(row[c]).strip()]
        if label != "序号" and filled and sum(number(v) is not None for v in filled) * 2 > len(filled):
            return c
    return 1
