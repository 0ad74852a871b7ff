"""Turn ruled tables (the cells between the crossings of a page's rules) into Tables with merged cells, and join
tables continued across pages."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from ..document import Cell, Table
from ..limits import LIMITS
from . import pdf_rules
from .bounded import note
from .pdf_layout import Char, join_lines, lines_of

SNAP = 2.0  # points: cell edges closer than this are one grid line


@dataclass
class Found:
    """A table found on a page: the Table, its bounding box and its column edges."""

    table: Table
    bbox: tuple[float, float, float, float]
    xs: list[float]


def find(edges: list[dict], chars: list[Char], number: int) -> list[Found]:
    """Return the ruled tables drawn by `edges` on page `number`, their text taken from `chars`.

    A page ruled more densely than LIMITS.pdf_grid_points allows is read without tables, with a warning:
    finding cells takes time that grows faster than the crossings (pdfplumber's finder took 46 s on a 200×200 grid).
    """
    groups = _cell_groups(edges)
    if groups is None:
        note("W_TABLE_SKIPPED", f"page {number} is ruled too densely ({len(edges)} rules) to find its tables; "
                                "its text is read without them")
        return []
    found = []
    for boxes in groups:
        if len(boxes) < 2:
            continue
        xs = _grid([x for c in boxes for x in (c[0], c[2])])
        ys = _grid([y for c in boxes for y in (c[1], c[3])])
        box = (min(c[0] for c in boxes), min(c[1] for c in boxes), max(c[2] for c in boxes), max(c[3] for c in boxes))
        found.append(Found(_table(boxes, xs, ys, _inside(chars, box), number), box, xs))
    return found


def _cell_groups(edges: list[dict]) -> list[list[tuple]] | None:
    """Return the cells of each table pdfplumber's finder (default "lines" settings) sees in `edges`, or None
    when the rules, or their crossings, are more than the limit allows."""
    if len(edges) > LIMITS.pdf_grid_points:
        return None
    crossed = pdf_rules.crossings(pdf_rules.rules(edges))
    if len(crossed) > LIMITS.pdf_grid_points:
        return None
    return pdf_rules.tables(cells(crossed))


def cells(crossings: dict[tuple[float, float], dict[str, list[dict]]]) -> list[tuple[float, float, float, float]]:
    """Return the smallest ruled cell below and right of each crossing, as pdfplumber's intersections_to_cells does.

    The same search in the same order, with each crossing's rules read once into sets (pdfplumber builds the
    sets again for every pair of crossings it compares, 80 % of its table time).
    """
    ruled = {pt: tuple(frozenset((e["x0"], e["top"], e["x1"], e["bottom"]) for e in rules[o]) for o in "vh")
             for pt, rules in crossings.items()}
    points = sorted(crossings)
    column: dict[float, list[tuple[float, float]]] = {}
    row: dict[float, list[tuple[float, float]]] = {}
    for pt in points:  # in order of x then y: each column top-down, each row left to right
        column.setdefault(pt[0], []).append(pt)
        row.setdefault(pt[1], []).append(pt)
    out = []
    for pt in points:
        v, h = ruled[pt]
        col, line = column[pt[0]], row[pt[1]]
        below = [p for p in col[col.index(pt) + 1:] if not v.isdisjoint(ruled[p][0])]
        right = [p for p in line[line.index(pt) + 1:] if not h.isdisjoint(ruled[p][1])]
        cell = _first_closed(below, right, ruled)
        if cell is not None:
            out.append(cell)
    return out


def _first_closed(below: list, right: list, ruled: dict) -> tuple[float, float, float, float] | None:
    """Return the first cell closed by a crossing ruled to the one below and to the one to the right."""
    for bx, by in below:
        for rx, ry in right:
            corner = ruled.get((rx, by))
            if corner is not None and not corner[0].isdisjoint(ruled[rx, ry][0]) \
                    and not corner[1].isdisjoint(ruled[bx, by][1]):
                return (bx, ry, rx, by)
    return None


def _grid(values: list[float]) -> list[float]:
    """Return the distinct grid lines among cell edges, near-equal edges snapped together."""
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > SNAP:
            out.append(v)
    return out


def _inside(chars: list[Char], bbox: tuple[float, float, float, float]) -> list[Char]:
    x0, top, x1, bottom = bbox
    return [c for c in chars if x0 <= (c.x0 + c.x1) / 2 <= x1 and top <= (c.top + c.bottom) / 2 <= bottom]


def _index(grid: list[float], v: float) -> int:
    """Return the index of the grid line nearest to `v`."""
    i = bisect.bisect_left(grid, v - SNAP)
    return min(i, len(grid) - 1)


def _table(boxes: list[tuple], xs: list[float], ys: list[float], chars: list[Char], page: int) -> Table:
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
    texts: list[list[Char]] = [[] for _ in spans]
    for ch in chars:
        r = bisect.bisect_right(ys, (ch.top + ch.bottom) / 2) - 1
        c = bisect.bisect_right(xs, (ch.x0 + ch.x1) / 2) - 1
        if (r, c) in owner:
            texts[owner[(r, c)]].append(ch)
    cells = tuple(sorted((Cell(_cell_text(t), *s) for t, s in zip(texts, spans)), key=lambda c: (c.row, c.col)))
    return Table(cells, len(ys) - 1, len(xs) - 1, page=page, pages=(page,))


def _cell_text(chars: list[Char]) -> str:
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
