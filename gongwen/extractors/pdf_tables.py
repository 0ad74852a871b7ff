"""Turn ruled tables (pdfplumber's table finder over the page's edges) into Tables with merged cells, and join
tables continued across pages."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from ..document import Cell, Table
from ..limits import LIMITS
from .bounded import note
from .pdf_layout import join_lines, lines_of

SNAP = 2.0  # points: cell edges closer than this are one grid line


@dataclass
class Found:
    """A table found on a page: the Table, its bounding box and its column edges."""

    table: Table
    bbox: tuple[float, float, float, float]
    xs: list[float]


@dataclass
class _Page:
    """What pdfplumber's TableFinder reads of a page (with the default "lines" strategies): its edges and box."""

    edges: list[dict]
    bbox: tuple[float, float, float, float]


def find(edges: list[dict], bbox: tuple[float, float, float, float], chars: list[dict], number: int) -> list[Found]:
    """Return the ruled tables drawn by `edges` on a page of box `bbox`, their text taken from `chars`.

    A page ruled more densely than LIMITS.pdf_grid_points allows is read without tables, with a warning:
    pdfplumber's cell finder takes time quadratic in the crossings (a 200×200 grid took 46 s).
    """
    finder = _finder(_Page(edges, bbox))
    if finder is None:
        note("W_TABLE_SKIPPED", f"page {number} is ruled too densely ({len(edges)} rules) to find its tables; "
                                "its text is read without them")
        return []
    found = []
    for t in finder.tables:
        if len(t.cells) < 2:
            continue
        xs = _grid([x for c in t.cells for x in (c[0], c[2])])
        ys = _grid([y for c in t.cells for y in (c[1], c[3])])
        found.append(Found(_table(t.cells, xs, ys, _inside(chars, t.bbox), number), t.bbox, xs))
    return found


def _finder(page: _Page):
    """Return pdfplumber's TableFinder over `page`, or None when its rules cross more than the limit allows."""
    from pdfplumber.table import Table as PlumberTable, TableFinder, TableSettings, cells_to_tables, \
        edges_to_intersections, intersections_to_cells

    if len(page.edges) > LIMITS.pdf_grid_points:
        return None
    finder = TableFinder.__new__(TableFinder)  # TableFinder.__init__ below, with the crossings counted first
    finder.page, finder.settings = page, TableSettings.resolve(None)  # type: ignore[assignment]  # duck-typed Page
    finder.edges = finder.get_edges()
    s = finder.settings
    finder.intersections = edges_to_intersections(finder.edges, s.intersection_x_tolerance, s.intersection_y_tolerance)
    if len(finder.intersections) > LIMITS.pdf_grid_points:
        return None
    finder.cells = intersections_to_cells(finder.intersections)
    finder.tables = [PlumberTable(page, group) for group in cells_to_tables(finder.cells)]  # type: ignore[arg-type]
    return finder


def _grid(values: list[float]) -> list[float]:
    """Return the distinct grid lines among cell edges, near-equal edges snapped together."""
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > SNAP:
            out.append(v)
    return out


def _inside(chars: list[dict], bbox: tuple[float, float, float, float]) -> list[dict]:
    x0, top, x1, bottom = bbox
    return [c for c in chars if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom]


def _index(grid: list[float], v: float) -> int:
    """Return the index of the grid line nearest to `v`."""
    i = bisect.bisect_left(grid, v - SNAP)
    return min(i, len(grid) - 1)


def _table(boxes: list[tuple], xs: list[float], ys: list[float], chars: list[dict], page: int) -> Table:
    """Return a Table whose cells span the grid columns and rows their boxes cover."""
    spans: list[tuple[int, int, int, int]] = []
    owner: dict[tuple[int, int], int] = {}
    for x0, top, x1, bottom in boxes:
        r, c = _index(ys, top), _index(xs, x0)
        rows, cols = max(1, _index(ys, bottom) - r), max(1, _index(xs, x1) - c)
        for rr in range(r, r + rows):
            for cc in range(c, c + cols):
                owner[(rr, cc)] = len(spans)
        spans.append((r, c, rows, cols))
    texts: list[list[dict]] = [[] for _ in spans]
    for ch in chars:
        r = bisect.bisect_right(ys, (ch["top"] + ch["bottom"]) / 2) - 1
        c = bisect.bisect_right(xs, (ch["x0"] + ch["x1"]) / 2) - 1
        if (r, c) in owner:
            texts[owner[(r, c)]].append(ch)
    cells = tuple(sorted((Cell(_cell_text(t), *s) for t, s in zip(texts, spans)), key=lambda c: (c.row, c.col)))
    return Table(cells, len(ys) - 1, len(xs) - 1, page=page, pages=(page,))


def _cell_text(chars: list[dict]) -> str:
    """Return a cell's text, its wrapped lines joined without spaces between CJK characters."""
    return join_lines([ln.text for ln in lines_of(chars)]).strip() if chars else ""


def continues(prev: Found, nxt: Found) -> bool:
    """Tell whether `nxt` continues `prev` on the next page: same columns at the same x positions."""
    if len(prev.xs) != len(nxt.xs):
        return False
    return all(abs((a - prev.xs[0]) - (b - nxt.xs[0])) <= 3 * SNAP for a, b in zip(prev.xs, nxt.xs))


def join(prev: Table, nxt: Table) -> Table:
    """Return `prev` with `nxt` appended: a repeated header row dropped, merges split by the break healed."""
    skip = 1 if _row(prev, 0) == _row(nxt, 0) and any(_row(prev, 0)) else 0
    cells = list(prev.cells)
    for c in nxt.cells:
        if c.row < skip:
            continue
        row = c.row - skip + prev.n_rows
        if c.row == skip and not c.text:
            above = prev.cell_at(prev.n_rows - 1, c.col)
            if above is not None and above.rows > 1 and above.col == c.col and above.cols == c.cols:
                i = cells.index(above)
                cells[i] = replace(above, rows=above.rows + c.rows)
                continue
        cells.append(replace(c, row=row))
    pages = tuple(dict.fromkeys((*prev.pages, *nxt.pages)))
    return replace(prev, cells=tuple(cells), n_rows=prev.n_rows + nxt.n_rows - skip, pages=pages)


def _row(table: Table, r: int) -> list[str]:
    return table.grid()[r] if r < table.n_rows else []
