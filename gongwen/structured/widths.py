"""Read full-width digits as ASCII digits before any field is looked for.

Web pages and some word processors print numbers in full-width forms (２０２１年３月, 晋政发〔２０２０〕４号,
０３５１－１２３４５６７). Folding them once, character for character, lets every field read one kind of digit; offsets
do not move, and the record's text and quotes keep showing the same numbers (NFKC-equal to what was printed).
"""
from __future__ import annotations

from dataclasses import replace

from ..document import Block, Document, Paragraph

WIDE_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def fold(doc: Document) -> Document:
    """Return `doc` with the full-width digits of its paragraphs and table cells read as ASCII digits."""
    if not any(_wide(b) for b in doc.blocks):
        return doc
    return replace(doc, blocks=tuple(_fold(b) for b in doc.blocks))


def _wide(block: Block) -> bool:
    texts = [block.text] if isinstance(block, Paragraph) else [c.text for c in block.cells]
    return any(t != t.translate(WIDE_DIGITS) for t in texts)


def _fold(block: Block) -> Block:
    if isinstance(block, Paragraph):
        return replace(block, text=block.text.translate(WIDE_DIGITS))
    return replace(block, cells=tuple(replace(c, text=c.text.translate(WIDE_DIGITS)) for c in block.cells))
