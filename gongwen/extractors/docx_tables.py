"""Word tables: which `w:tbl` only lays text out on the page, and how gridSpan and vMerge become the
row and column spans of a Table."""
from __future__ import annotations

from itertools import islice
from typing import Callable, Iterator

from lxml import etree

from ..document import Block, Cell, Table
from .bounded import bounded_int
from .docx_parts import VAL, W, first_child

TR, TC = W + "tr", W + "tc"
# inside a body, cell or table: what wraps paragraphs, tables, rows and cells without being one
BLOCK_WRAPPERS = frozenset(W + x for x in ("sdt", "sdtContent", "customXml", "ins", "moveTo"))
NO_LINE = {"nil", "none"}
MAX_COLUMNS = 512  # a span or offset beyond this is no real table (Word stops at 63 columns)
LAYOUT_MAX_ROWS = 3  # a borderless table this small is page layout (a masthead), not data


def kids(el: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Generate the `tag` children of a table or row, looking inside content controls."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag in BLOCK_WRAPPERS:
            yield from kids(child, tag)


def table_blocks(tbl: etree._Element, blocks: Callable[[etree._Element], Iterator[Block]],
                 cell_text: Callable[[etree._Element], str]) -> Iterator[Block]:
    """Generate a data table as one Table, or a layout table's text as the `blocks` of its cells."""
    rows = list(kids(tbl, TR))
    if _is_layout(tbl, rows):
        for tr in rows:
            for tc in kids(tr, TC):
                yield from blocks(tc)
        return
    table = _table(rows, cell_text)
    if table.cells:
        yield table


def _is_layout(tbl: etree._Element, rows: list[etree._Element]) -> bool:
    """Tell whether a table only positions text on the page: borderless, a masthead or signature grid of a few
    rows, or a single column — the frame of a web page's table layout, one line or paragraph a row (a ruled
    column, a list of names, stays a table)."""
    tblpr = first_child(tbl, W + "tblPr")
    desc = first_child(tblpr, W + "tblDescription")
    if desc is not None and "layout" in (desc.get(VAL) or "").lower():
        return True
    if _has_borders(tbl, tblpr):
        return False
    return len(rows) <= LAYOUT_MAX_ROWS or all(_one_cell(tr) for tr in rows)


def _one_cell(tr: etree._Element) -> bool:
    """Tell whether a row holds one cell of one grid column: not shifted (gridBefore/gridAfter), not spanning."""
    trpr = first_child(tr, W + "trPr")
    if trpr is not None and (first_child(trpr, W + "gridBefore") is not None or first_child(trpr, W + "gridAfter") is not None):
        return False
    cells = list(islice(kids(tr, TC), 2))
    return len(cells) < 2 and not any(first_child(first_child(tc, W + "tcPr"), W + "gridSpan") is not None for tc in cells)


def _table(rows: list[etree._Element], cell_text: Callable[[etree._Element], str]) -> Table:
    """Return the Table of `w:tr` rows, with gridSpan and vMerge turned into cell spans and each
    starting cell's text read by `cell_text`, in document order."""
    cells: list[dict] = []
    above: dict[int, dict] = {}  # grid column -> the cell that last started there
    n_cols = 0
    for r, tr in enumerate(rows):
        col = _int_val(first_child(tr, W + "trPr"), "gridBefore", 0)
        for tc in kids(tr, TC):
            tcpr = first_child(tc, W + "tcPr")
            span = _int_val(tcpr, "gridSpan", 1)
            merge = _vmerge(tcpr)
            if merge == "continue" and col in above:
                above[col]["rows"] = r - above[col]["row"] + 1
            else:
                cell = {"text": cell_text(tc), "row": r, "col": col, "rows": 1, "cols": span}
                cells.append(cell)
                for c in range(col, col + span):
                    above[c] = cell
            col += span
        n_cols = max(n_cols, col)
    kept = tuple(Cell(**c) for c in cells if c["text"] or c["rows"] > 1 or c["cols"] > 1)
    return Table(kept, len(rows), n_cols)


def _has_borders(tbl: etree._Element, tblpr: etree._Element | None) -> bool:
    """Tell whether a table draws any ruling line (table style, table or cell borders)."""
    if tblpr is not None and tblpr.find(W + "tblStyle") is not None:
        return True  # a table style such as Table Grid: assume it rules the table
    sides: list[etree._Element] = []
    table_borders = tblpr.find(W + "tblBorders") if tblpr is not None else None
    if table_borders is not None:
        sides.extend(table_borders)
    for borders in tbl.iter(W + "tcBorders"):
        sides.extend(borders)
    return any((s.get(VAL) or "none") not in NO_LINE for s in sides)


def _int_val(pr: etree._Element | None, name: str, default: int) -> int:
    """Return the w:val (`default` to MAX_COLUMNS) of the `name` child of a property element, `default` if absent or out of range."""
    el = first_child(pr, W + name)
    v = bounded_int(el.get(VAL), default, MAX_COLUMNS, f"a table's {name}") if el is not None else None
    return default if v is None else v


def _vmerge(tcpr: etree._Element | None) -> str | None:
    """Return a cell's vMerge (restart or continue), None when it is not vertically merged."""
    el = first_child(tcpr, W + "vMerge")
    return None if el is None else el.get(VAL) or "continue"
