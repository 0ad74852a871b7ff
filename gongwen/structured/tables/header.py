"""Read a multi-level header into a tree of HeaderNode and its leaf columns."""
from __future__ import annotations

from ...document import Cell, Table
from ...record import HeaderNode
from .grid import clean

SUBSET = "其中"  # a 其中… column counts a part of the column before it


def build(table: Table, h: int) -> list[HeaderNode]:
    """Return the header tree of the top `h` rows of `table`."""
    return _nodes(table, h, 0, 0, table.n_cols)


def _topmost(table: Table, h: int, row: int, col: int) -> Cell | None:
    """Return the highest header cell starting on or below `row` that covers `col`."""
    hits = [c for c in table.cells if row <= c.row < h and c.col <= col < c.col + c.cols]
    return min(hits, key=lambda c: c.row, default=None)


def _nodes(table: Table, h: int, row: int, c0: int, c1: int) -> list[HeaderNode]:
    """Return the nodes for columns c0..c1 from `row` down.

    An empty cell at the bottom is its group's own (total) column; an empty (or missing) cell beside
    a label on the same row extends that label over its children (a label merged only over its own
    column).
    """
    nodes: list[HeaderNode] = []
    tops: list[int] = []
    col = c0
    while col < c1:
        cell = _topmost(table, h, row, col)
        if cell is None:
            col += 1
            continue
        start, end, below = max(cell.col, col), min(cell.col + cell.cols, c1), cell.row + cell.rows
        if cell.row > row:  # nothing on this row: an unrecorded empty cell over what lies below
            cell, below = Cell("", row, start, 1, end - start), row + 1
        kids = _nodes(table, h, below, start, end) if below < h else []
        label = clean(cell.text)
        if label:
            nodes.append(HeaderNode(label, start, end - start, kids))
            tops.append(cell.row)
        elif below < h and nodes and tops and tops[-1] == cell.row and nodes[-1].col + nodes[-1].span == start:
            nodes[-1].span += end - start
            nodes[-1].children.extend(kids)
        elif below < h:
            nodes.extend(kids)
        col = end
    return nodes


def nest_subsets(nodes: list[HeaderNode]) -> list[HeaderNode]:
    """Return `nodes` with each flat 其中… leaf moved under the column before it (text dumps)."""
    out: list[HeaderNode] = []
    for node in nodes:
        node.children = nest_subsets(node.children)
        prev = out[-1] if out else None
        if (prev is not None and node.label.startswith(SUBSET) and not node.children
                and not prev.label.startswith(SUBSET) and prev.col + prev.span == node.col
                and all(k.label.startswith(SUBSET) for k in prev.children)):
            prev.children.append(node)
            prev.span += node.span
        else:
            out.append(node)
    return out


def leaf_columns(nodes: list[HeaderNode], n_cols: int) -> list[str]:
    """Return the label of every column: its deepest node (a group's own column takes the group's label)."""
    cols = [""] * n_cols

    def walk(node: HeaderNode) -> None:
        for i in range(node.col, min(node.col + node.span, n_cols)):
            cols[i] = node.label
        for kid in node.children:
            walk(kid)

    for node in nodes:
        walk(node)
    return cols


def paths(nodes: list[HeaderNode], n_cols: int) -> list[list[HeaderNode]]:
    """Return, for every column, the chain of nodes from the top group down to its leaf."""
    out: list[list[HeaderNode]] = [[] for _ in range(n_cols)]

    def walk(node: HeaderNode, chain: list[HeaderNode]) -> None:
        for i in range(node.col, min(node.col + node.span, n_cols)):
            out[i] = chain + [node]
        for kid in node.children:
            walk(kid, chain + [node])

    for node in nodes:
        walk(node, [])
    return out
