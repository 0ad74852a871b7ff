"""Reshape a Table before reading it: drop in-table title rows, find the header, guess spans of text dumps."""
from __future__ import annotations

from dataclasses import replace

from ...document import Cell, Table
from ..pattern_cache import cached_re

# the first cell of a data row: a blank-form placeholder (**市), an ellipsis, a total, a serial number
DATA_MARK = cached_re(r"^(?:\*\*|…|\.{3}|合计|总计|小计|\d+$)")
NUMBER = cached_re(r"^[-+]?\d+(?:\.\d+)?%?$")
TITLE_SHARE = 0.8  # a lone cell this wide on a top row is a title, not a header
TITLE_MIN_DUMP = 8  # characters: a lone first cell this long on a dump's top row is a title


def clean(text: str) -> str:
    """Return `text` without any whitespace (line breaks, ideographic spaces, padding)."""
    return "".join(text.split())


def starting_in(table: Table, row: int) -> list[Cell]:
    """Return the cells whose top-left corner is on `row`, left to right."""
    return sorted((c for c in table.cells if c.row == row), key=lambda c: c.col)


def strip_title_rows(table: Table) -> tuple[Table, str | None]:
    """Drop leading title and blank rows that sit inside the table; return the rest and the title."""
    title, top = None, 0
    while top < table.n_rows - 1:
        labelled = [c for c in starting_in(table, top) if clean(c.text)]
        if not labelled and not any(c.row < top < c.row + c.rows for c in table.cells):
            top += 1
        elif len(labelled) == 1 and _is_title_cell(table, labelled[0]):
            title = title or labelled[0].text.strip()
            top += 1
        else:
            break
    if not top:
        return table, None
    cells = tuple(replace(c, row=c.row - top) for c in table.cells if c.row >= top)
    return replace(table, cells=cells, n_rows=table.n_rows - top), title


def _is_title_cell(table: Table, cell: Cell) -> bool:
    """Tell whether the lone labelled cell of a top row is the table's title.

    A merged cell as wide as the table is one; so is, in a text dump (whose merges are lost),
    a long first-column label standing alone on its row.
    """
    if cell.rows == 1 and cell.cols >= max(2, TITLE_SHARE * table.n_cols):
        return True
    return table.ambiguous and cell.col == 0 and len(clean(cell.text)) >= TITLE_MIN_DUMP


def is_data_row(table: Table, row: int) -> bool:
    """Tell whether `row` holds data: blank, a placeholder or serial first cell, or any number."""
    texts = [clean(c.text) for c in starting_in(table, row)]
    if not any(texts):
        return True
    first = table.cell_at(row, 0)
    if first is not None and first.row == row and DATA_MARK.match(clean(first.text)):
        return True
    return any(NUMBER.match(t) for t in texts)


def header_rows(table: Table) -> int:
    """Return how many top rows form the header (never cutting through a merged header cell)."""
    h = 0
    while h < table.n_rows and not is_data_row(table, h):
        h += 1
    while True:
        deeper = max((c.row + c.rows for c in table.cells if c.row < h), default=h)
        if deeper <= h:
            return h
        h = deeper


def infer_spans(table: Table, h: int) -> Table:
    """Return a text-dump table whose header labels span the empty cells they evidently cover.

    A label with nothing under it is a leaf reaching down; otherwise it is a group reaching right
    over the empty cells that have labels below them.
    """
    grid = [[clean(x) for x in row] for row in table.grid()]
    taken: set[tuple[int, int]] = set()
    cells = [c for c in table.cells if c.row >= h]
    for r in range(h):
        for c in range(table.n_cols):
            if not grid[r][c] or (r, c) in taken:
                continue
            w = 1
            tall_leaf = r + 1 < h and not grid[r + 1][c]
            while (not tall_leaf and c + w < table.n_cols and not grid[r][c + w] and (r, c + w) not in taken
                   and any(grid[k][c + w] for k in range(r + 1, h))):
                w += 1
            tall = 1
            while r + tall < h and not any(grid[r + tall][c:c + w]):
                tall += 1
            taken.update((r + i, c + j) for i in range(tall) for j in range(w))
            cells.append(Cell(table.cell_at(r, c).text, r, c, tall, w))  # type: ignore[union-attr]
    return replace(table, cells=tuple(cells))
