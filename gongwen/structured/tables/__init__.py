"""Understand the tables of a notice: header tree, leaf columns, row labels, title, notes, kind."""
from __future__ import annotations

from dataclasses import dataclass, replace

from ...document import Block, Paragraph, Table
from ...record import TableRecord
from ..context import Context
from ..text import TextBlock
from . import around, grid, header
from ..pattern_cache import cached_re

LIST_TITLE = cached_re(r"名单|名录|清单|一览表")
PLACEHOLDER = cached_re(r"^(?:\*\*|…+|\.{3,})")


@dataclass
class Analysis:
    """A table as read: the record, the reshaped Table behind it, and its first Document block."""

    record: TableRecord
    table: Table
    block: int


def extract(ctx: Context) -> list[TableRecord]:
    """Return a record for every data-bearing table of the notice, warning where a dump was guessed."""
    found = analyze(ctx.doc.blocks)
    by_index: dict[int, TextBlock] = {}  # the text block of each document block, looked up once per table
    for tb in reversed(ctx.text.blocks):
        by_index[tb.index] = tb  # the first of equal indices wins
    for a in found:
        if a.table.ambiguous:
            at = by_index.get(a.block)
            ctx.warn("W_TABLE_GUESSED", f"table {a.record.index} ({a.record.title or 'untitled'}): "
                     "header structure guessed from a text dump; merged cells may be misplaced",
                     at.start if at else None, at.end if at else None)
    return [a.record for a in found]


def analyze(blocks: tuple[Block, ...]) -> list[Analysis]:
    """Return the analysis of every table in `blocks`, page-repeat continuations joined."""
    out: list[Analysis] = []
    for i, table in joined_tables(blocks):
        a = analyze_one(blocks, i, table, len(out))
        if a is not None:
            out.append(a)
    return out


def joined_tables(blocks: tuple[Block, ...]) -> list[tuple[int, Table]]:
    """Return (block index, table) pairs, a table that repeats the previous header appended to it."""
    out: list[tuple[int, Table]] = []
    last = -1
    for i, block in enumerate(blocks):
        if not isinstance(block, Table):
            continue
        if out and _continues(blocks, last, i):
            out[-1] = (out[-1][0], _append(out[-1][1], block))
        else:
            out.append((i, block))
        last = i
    return out


def _first_row(table: Table) -> list[str]:
    """Return the cleaned labels of the first row, trailing empty cells dropped."""
    row = [grid.clean(x) for x in table.grid()[0]] if table.n_rows else []
    while row and not row[-1]:
        row.pop()
    return row


def _continues(blocks: tuple[Block, ...], prev: int, i: int) -> bool:
    """Tell whether table `i` repeats table `prev`'s header with only its title repeated between."""
    a, b = blocks[prev], blocks[i]
    assert isinstance(a, Table) and isinstance(b, Table)
    if _first_row(a) != _first_row(b) or not any(_first_row(a)):
        return False
    titles = {grid.clean(p.text) for p in around.paragraphs_before(blocks, prev)[:3]}
    between = [x for x in blocks[prev + 1:i] if isinstance(x, Paragraph) and not x.furniture]
    return all(grid.clean(p.text) in titles for p in between)


def _append(top: Table, more: Table) -> Table:
    """Return `top` with the rows of `more` below its header row appended."""
    cells = tuple(replace(c, row=c.row - 1 + top.n_rows) for c in more.cells if c.row >= 1)
    return replace(top, cells=top.cells + cells, n_rows=top.n_rows + more.n_rows - 1,
                   n_cols=max(top.n_cols, more.n_cols), pages=top.pages + more.pages)


def analyze_one(blocks: tuple[Block, ...], i: int, table: Table, index: int) -> Analysis | None:
    """Return the analysis of one table, or None for a layout table without data rows."""
    table, inner_title = grid.strip_title_rows(table)
    h = grid.header_rows(table)
    if table.n_cols < 2 or h == 0 or h >= table.n_rows:
        return None
    if table.ambiguous:
        table = grid.infer_spans(table, h)
    tree = header.build(table, h)
    if table.ambiguous:
        tree = header.nest_subsets(tree)
    rows = [[x.strip() for x in row] for row in table.grid()[h:]]
    title = inner_title or around.title_above(blocks, i)
    notes, fields = around.notes_below(blocks, _last_block(blocks, i, table))
    record = TableRecord(
        index=index, kind=kind_of(rows, title), n_rows=table.n_rows, n_cols=table.n_cols,
        attachment=around.attachment_label(blocks, i), title=title, header=tree, header_rows=h,
        columns=header.leaf_columns(tree, table.n_cols), rows=rows, row_labels=row_labels(rows),
        notes=notes, footer_fields=fields, page=table.page,
        merges=[[c.row, c.col, c.rows, c.cols] for c in table.cells if c.rows > 1 or c.cols > 1])
    return Analysis(record, table, i)


def _last_block(blocks: tuple[Block, ...], i: int, table: Table) -> int:
    """Return the index of the last block a joined table came from."""
    last = i
    for j in range(i + 1, len(blocks)):
        if isinstance(blocks[j], Table):
            if _continues(blocks, last, j):
                last = j
            else:
                break
    return last


def row_labels(rows: list[list[str]]) -> list[str]:
    """Return the first-column labels of the data rows, unless that column only numbers them."""
    firsts = [r[0] for r in rows if r and r[0]]
    if not firsts or sum(bool(grid.NUMBER.match(x)) for x in firsts) * 2 > len(firsts):
        return []
    return firsts


def kind_of(rows: list[list[str]], title: str | None) -> str:
    """Return template (blank form), list (mostly names) or data (mostly numbers)."""
    values = [x for r in rows for x in r[1:] if x and not PLACEHOLDER.match(x)]
    if not values:
        return "template"
    numeric = sum(bool(grid.NUMBER.match(grid.clean(x))) for x in values)
    return "list" if LIST_TITLE.search(title or "") or numeric * 2 < len(values) else "data"
