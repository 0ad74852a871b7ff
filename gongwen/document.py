"""The format-neutral document model that every extractor produces.

Layout knowledge (reading order, page furniture, merged cells, continued tables) lives in
the extractors; language knowledge lives in `gongwen.structured`, which reads only this model.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Format = Literal["txt", "docx", "pdf"]

# characters that print nothing and that web editors leave inside words (zero-width spaces and joiners, word
# joiner, soft hyphen, a byte order mark mid-text): readers and field passes drop them (str.translate table)
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


@dataclass(frozen=True)
class Source:
    """The file a document was read from: its path, format, sha256 and size."""

    path: str
    format: Format
    sha256: str
    bytes: int
    pages: int | None = None  # PDF only
    encoding: str | None = None  # TXT only: utf-8, utf-8-sig, gb18030, utf-16


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of body text; `text` may hold hard line breaks (a title over two lines)."""

    text: str
    page: int | None = None  # 1-based, PDF only
    bold: bool = False  # every visible run is bold
    size: float | None = None  # font size in points of the largest run
    align: str | None = None  # left | center | right | justify
    heading: int | None = None  # outline level declared by the source (Heading 1, ## …)
    furniture: bool = False  # page number or running header: kept, flagged


@dataclass(frozen=True)
class Cell:
    """One cell of a table at its top-left grid position, with the rows and columns it spans."""

    text: str
    row: int
    col: int
    rows: int = 1  # vertical span (vMerge, merged PDF cell)
    cols: int = 1  # horizontal span (gridSpan)


@dataclass(frozen=True)
class Table:
    """A table of the body: its cells on an n_rows × n_cols grid."""

    cells: tuple[Cell, ...]
    n_rows: int
    n_cols: int
    page: int | None = None  # first page; continuations are already joined
    pages: tuple[int, ...] = ()  # every page the table covers (PDF)
    ambiguous: bool = False  # structure guessed (TXT dumps)

    def grid(self) -> list[list[str]]:
        """Return the table as rows of strings; a merged cell's text sits at its top-left only."""
        out = [["" for _ in range(self.n_cols)] for _ in range(self.n_rows)]
        for c in self.cells:
            if c.row < self.n_rows and c.col < self.n_cols:
                out[c.row][c.col] = c.text
        return out

    def cell_at(self, row: int, col: int) -> Cell | None:
        """Return the cell covering (row, col), merged cells included."""
        for c in self.cells:
            if c.row <= row < c.row + c.rows and c.col <= col < c.col + c.cols:
                return c
        return None


Block = Paragraph | Table


@dataclass(frozen=True)
class Finding:
    """Something an extractor noticed about the file (a W_… code and a message), passed on as a warning."""

    code: str
    message: str


@dataclass(frozen=True)
class Document:
    """What an extractor read from one file: its source, body blocks in reading order and findings."""

    source: Source
    blocks: tuple[Block, ...]  # body order, paragraphs and tables interleaved
    findings: tuple[Finding, ...] = field(default=())

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]
