"""Fold the characters a field should never see differently, once, before any field is looked for.

- Full-width digits are read as ASCII: web pages and some word processors print numbers in full-width forms
  (２０２１年３月, 晋政发〔２０２０〕４号, ０３５１－１２３４５６７); the record's text and quotes keep showing the
  same numbers (NFKC-equal to what was printed).
- Invisible characters are dropped: zero-width spaces and joiners, word joiners, soft hyphens and stray byte
  order marks that web editors leave inside words (关于做​好, 联系​电话) and that no pattern expects.
"""
from __future__ import annotations

from dataclasses import replace

from ..document import INVISIBLE, Block, Document, Paragraph
from .pattern_cache import cached_re

WIDE_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
FOLD = {**WIDE_DIGITS, **INVISIBLE}
FOLDABLE = cached_re("[" + "".join(map(chr, FOLD)) + "]")  # one search tells whether a text needs `translate`


def fold(doc: Document) -> Document:
    """Return `doc` with the full-width digits of its paragraphs and table cells read as ASCII digits and its
    invisible characters dropped (a paragraph left blank goes); `doc` itself when nothing needs folding."""
    if not FOLDABLE.search("\n".join(b.text if isinstance(b, Paragraph) else "\n".join(c.text for c in b.cells)
                                      for b in doc.blocks)):
        return doc
    blocks = [_fold(b) for b in doc.blocks]
    if all(a is b for a, b in zip(blocks, doc.blocks)):
        return doc
    return replace(doc, blocks=tuple(b for b in blocks if not (isinstance(b, Paragraph) and not b.text.strip())))


def _fold(block: Block) -> Block:
    """Return `block` with its text folded, or `block` itself when folding changes nothing (each text read once)."""
    if isinstance(block, Paragraph):
        text = block.text.translate(FOLD)
        return block if text == block.text else replace(block, text=text)
    cells = [(c, c.text.translate(FOLD)) for c in block.cells]
    if all(text == c.text for c, text in cells):
        return block
    return replace(block, cells=tuple(c if text == c.text else replace(c, text=text) for c, text in cells))
