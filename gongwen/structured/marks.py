"""Find the nearest mark character (a full stop, a comma, a line break) before or after a position.

`max(s.rfind(ch, 0, pos) for ch in marks)` walks back to the start of the text when a mark is rare (an ASCII
semicolon, a 。 in a table dump): asked once per item of a long notice, that is quadratic. Over a long stretch
the marks' positions are listed once per text and bisected; a short stretch is scanned directly.
"""
from __future__ import annotations

import bisect
import functools
import re

from .pattern_cache import cached_re

SHORT = 256  # characters: a stretch this short is scanned directly, no list is made for it


def last_of(s: str, marks: str, lo: int, hi: int) -> int:
    """Return the position of the last of `marks` in s[lo:hi], -1 when there is none (lo, hi ≥ 0)."""
    if hi - lo <= SHORT:
        return max(s.rfind(ch, lo, hi) for ch in marks)
    found = _positions(s, marks)
    i = bisect.bisect_left(found, hi) - 1
    return found[i] if i >= 0 and found[i] >= lo else -1


def first_of(s: str, marks: str, lo: int, hi: int | None = None) -> int:
    """Return the position of the first of `marks` in s[lo:hi] (to the end when hi is None), -1 when none."""
    hi = len(s) if hi is None else min(hi, len(s))
    if hi - lo <= SHORT:
        return min((j for j in (s.find(ch, lo, hi) for ch in marks) if j >= 0), default=-1)
    found = _positions(s, marks)
    i = bisect.bisect_left(found, lo)
    return found[i] if i < len(found) and found[i] < hi else -1


@functools.lru_cache(maxsize=32)  # keyed by the text itself: a str keeps its hash, a lookup costs no rescan
def _positions(s: str, marks: str) -> list[int]:
    """Return the sorted positions of every character of `marks` in `s`."""
    return [m.start() for m in _pattern(marks).finditer(s)]


@functools.lru_cache(maxsize=64)
def _pattern(marks: str) -> re.Pattern:
    return cached_re("[" + re.escape(marks) + "]")
