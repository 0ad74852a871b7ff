"""Split a block that a web page's text extraction ran together with blanks into its lines.

Saving a page as text (or pasting it) sometimes joins the page's block elements with a blank instead of a line
break: `…的通知 各乡、镇人民政府：《…》现印发给你们。 2025年5月14日 一、总体目标 …`. Every rule that reads a title,
the recipients, a signature date or a heading expects them on lines of their own. In Chinese text a blank never
separates the words of a sentence, so a blank after a sentence's end, a title's 文种 or a date, before Chinese
text, is read as the line break it stood for — in a block where it happens at least twice (one such blank is a
typing slip, not a run-together page).
"""
from __future__ import annotations

from dataclasses import replace

from ..document import Block, Document, Paragraph
from .conventions import TYPE_END
from .pattern_cache import cached_re

# a blank run after an end (sentence, clause before a list, closing bracket, a 文种, a date) and before text
LINE_END_CHARS = "。！？；：:）)”》日通知意见决定方案办法公告通告批复函报告请示细则规定要点清单指南公示"  # _ends_line decides
BREAK = cached_re(rf"(?<=[{LINE_END_CHARS}]) *[ \u3000\xa0]+(?=[\u4e00-\u9fff\d（(“《—])")
# a blank run before a numbered item (1.坚持…, 二、…, （三）…): a heading ends before it whatever its last character
ITEM = cached_re(r"[ \u3000\xa0]+(?=(?:\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[\u4e00-\u9fff])")
DATE_END = cached_re(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})日$")
RUN_ON = 60  # characters: shorter lines are headings, labels, table-like chrome rows
BREAKS = 2  # blanks that must stand for line breaks before a block is split
TAIL = 80  # characters before a blank that can hold its 文种 and bracketed suffixes, or its date


def split(doc: Document) -> Document:
    """Return `doc` with every run-together paragraph split into one paragraph per line it stood for."""
    out: list[Block] = []
    changed = False
    for block in doc.blocks:
        pieces = _pieces(block.text) if isinstance(block, Paragraph) and "\n" not in block.text else None
        if isinstance(block, Paragraph) and pieces:
            out += [replace(block, text=piece) for piece in pieces]
            changed = True
        else:
            out.append(block)
    return replace(doc, blocks=tuple(out)) if changed else doc


def _pieces(text: str) -> list[str] | None:
    """Return the lines `text` stood for, or None when it is not a run-together block."""
    if len(text) < RUN_ON:
        return None
    cuts = sorted([m for m in BREAK.finditer(text) if _ends_line(text[max(0, m.start() - TAIL) : m.start()])] + list(ITEM.finditer(text)),
                  key=lambda m: m.start())
    cuts = [m for i, m in enumerate(cuts) if not i or m.start() >= cuts[i - 1].end()]
    if len(cuts) < BREAKS:
        return None
    pieces, start = [], 0
    for m in cuts:
        pieces.append(text[start : m.start()])
        start = m.end()
    pieces.append(text[start:])
    return [p for p in pieces if p.strip()]


def _ends_line(before: str) -> bool:
    """Tell whether the text before a blank (its last TAIL characters: the end patterns are anchored there, so a
    long run-on block is not searched from its start at every blank) ends a line: a sentence or bracket, a title's
    文种, or a date."""
    last = before[-1]
    if last in "。！？；：:）)”》":
        return True
    return bool(TYPE_END.search(before) or DATE_END.search(before))
