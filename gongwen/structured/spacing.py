"""Close up lines printed letter-spaced: 关 于 做 好 … 的 通 知, 附  件, 江 西 省 人 民 政 府.

Titles, mastheads, signatures and short labels are often spread over the line with a blank between every
character (typed spaces in Word, or the gaps of a justified PDF line read back as spaces). Every rule that reads
a title, an issuer or a recipient expects the words whole, so such a line is closed up once, before any field is
looked for. Only a line whose every blank-separated token is one character is closed up: blanks between words
(江西省人力资源和社会保障厅   江西省发展改革委) keep the words apart.
"""
from __future__ import annotations

from dataclasses import replace

from ..document import Document, Paragraph
from .conventions import HAN
from .pattern_cache import cached_re

# two or more single characters, each followed by blanks, ending on one: the whole line letter-spaced
LETTER_SPACED = cached_re(r"[ \t\u3000]*(?:[^\s][ \t\u3000]+)+[^\s][ \t\u3000]*")
HAN_CHAR = cached_re(rf"[{HAN}]")
BLANKS = cached_re(r"[ \t\u3000]+")


def squeeze(doc: Document) -> Document:
    """Return `doc` with its letter-spaced paragraph lines closed up (its tables are left as they are)."""
    blocks = tuple(replace(b, text=_lines(b.text)) if isinstance(b, Paragraph) and _spaced(b.text) else b
                   for b in doc.blocks)
    return doc if all(a is b for a, b in zip(blocks, doc.blocks)) else replace(doc, blocks=blocks)


def _spaced(text: str) -> bool:
    return any(_letter_spaced(line) for line in text.split("\n"))


def _letter_spaced(line: str) -> bool:
    """Tell whether `line` is letter-spaced Chinese: single characters between blanks, most of them Han."""
    if not LETTER_SPACED.fullmatch(line):
        return False
    chars = BLANKS.sub("", line)
    return len(HAN_CHAR.findall(chars)) * 2 > len(chars)


def _lines(text: str) -> str:
    lines = text.split("\n")
    return "\n".join(_closed_up(line) if _letter_spaced(line) else line for line in lines)


def _closed_up(line: str) -> str:
    """Return a letter-spaced line closed up; a gap wider than the letter spacing stays as one blank, between two
    words (陕 西 省 乡 村 振 兴 局   中 共 陕 西 省 委 组 织 部: two issuers on one line)."""
    line = line.strip(" \t\u3000")
    narrow = min(len(gap) for gap in BLANKS.findall(line))
    return BLANKS.sub(lambda gap: " " if len(gap.group()) > narrow else "", line)
