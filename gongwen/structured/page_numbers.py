"""Page numbers that a copy of a PDF's text left inside a table dump (— 2 —, - 3 -, 第2页 共5页): a line of a cell
that is one is dropped, and a dump that one cut in two is joined again, its header not repeated."""
from __future__ import annotations

from dataclasses import replace

from ..document import Block, Document, Paragraph, Table
from .text import PAGE_NUMBER


def drop(doc: Document) -> Document:
    """Return `doc` with its text-dump tables freed of page numbers."""
    out: list[Block] = []
    for block in doc.blocks:
        if isinstance(block, Table) and block.ambiguous:
            block = _clean(block)
            gap = _page_gap(out)
            if gap:
                top = out[-1 - gap]
                assert isinstance(top, Table)
                out[-1 - gap:] = [_join(top, block)]
                continue
        out.append(block)
    return replace(doc, blocks=tuple(out)) if len(out) != len(doc.blocks) or out != list(doc.blocks) else doc


def _clean(table: Table) -> Table:
    """Return the table with page-number lines taken out of its cells (a cell of nothing else dropped)."""
    if not any(PAGE_NUMBER.match(line) for c in table.cells for line in c.text.split("\n")):
        return table
    cells = []
    for c in table.cells:
        text = "\n".join(line for line in c.text.split("\n") if not PAGE_NUMBER.match(line))
        if text.strip():
            cells.append(replace(c, text=text))
    return replace(table, cells=tuple(cells))


def _page_gap(blocks: list[Block]) -> int:
    """Return how many page-number paragraphs end `blocks` right after a text-dump table (0: none, or no table)."""
    n = 0
    while n < len(blocks) and _page_number(blocks[-1 - n]):
        n += 1
    before = blocks[-1 - n] if n < len(blocks) else None
    return n if n and isinstance(before, Table) and before.ambiguous else 0


def _page_number(block: Block) -> bool:
    return isinstance(block, Paragraph) and PAGE_NUMBER.match(block.text) is not None


def _join(top: Table, more: Table) -> Table:
    """Return `top` with the rows of `more` below it, a header row repeated at the top of the page skipped."""
    skip = 1 if more.n_rows and top.grid()[0] == more.grid()[0] else 0
    cells = tuple(replace(c, row=c.row - skip + top.n_rows) for c in more.cells if c.row >= skip)
    return replace(top, cells=top.cells + cells, n_rows=top.n_rows + more.n_rows - skip, n_cols=max(top.n_cols, more.n_cols))
