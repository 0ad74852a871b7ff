"""The nearest-mark lookups give what a direct str.find/str.rfind scan gives, over short and long stretches."""
from __future__ import annotations

import random

import pytest

from gongwen.structured.marks import SHORT, first_of, last_of

MARKS = "。；;\n"


def scan_last(s: str, lo: int, hi: int) -> int:
    return max(s.rfind(ch, lo, hi) for ch in MARKS)


def scan_first(s: str, lo: int, hi: int) -> int:
    return min((j for j in (s.find(ch, lo, hi) for ch in MARKS) if j >= 0), default=-1)


def sample_text(n: int, seed: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice("补贴标准每人元" * 20 + MARKS) for _ in range(n))


@pytest.mark.parametrize("seed", range(5))
def test_long_and_short_stretches_agree_with_a_scan(seed):
    s = sample_text(6 * SHORT, seed)
    rng = random.Random(seed)
    for _ in range(300):
        lo, hi = sorted(rng.randrange(len(s) + 1) for _ in range(2))
        assert last_of(s, MARKS, lo, hi) == scan_last(s, lo, hi)
        assert first_of(s, MARKS, lo, hi) == scan_first(s, lo, hi)
        assert first_of(s, MARKS, lo) == scan_first(s, lo, len(s))


@pytest.mark.parametrize(("s", "lo", "hi", "last", "first"), [
    ("a" * 2000, 0, 2000, -1, -1),              # no mark at all
    ("。" + "a" * 2000 + "；", 0, 2002, 2001, 0),  # marks at both ends
    ("。" + "a" * 2000 + "；", 1, 2001, -1, -1),   # both ends left out: hi is exclusive, lo inclusive
    ("a" * 1000 + "\n" + "a" * 1000, 500, 1800, 1000, 1000),
    ("a\n" * 10, 5, 3, -1, -1),                  # an empty stretch
])
def test_bounds(s, lo, hi, last, first):
    assert (last_of(s, MARKS, lo, hi), first_of(s, MARKS, lo, hi)) == (last, first)


def test_a_stretch_past_the_end_is_cut_at_the_end():
    s = "a" * 1000 + "。"
    assert first_of(s, MARKS, 10, 10_000) == 1000
    assert last_of(s, MARKS, 0, 10_000) == 1000


def test_regex_specials_are_plain_marks():
    s = "x" * 1000 + "-" + "x" * 1000 + "]"
    assert first_of(s, "-]^\\", 0) == 1000
    assert last_of(s, "-]^\\", 0, len(s)) == len(s) - 1
