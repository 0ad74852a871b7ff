"""The position lookups answer what the per-item scans they replace answer."""
from __future__ import annotations

import random

import pytest

from gongwen.structured.cover import Containing, Cover, Latest


@pytest.mark.parametrize("seed", range(5))
def test_cover_agrees_with_a_scan_of_the_ranges(seed):
    rng = random.Random(seed)
    ranges = [(a, a + rng.randrange(0, 30)) for a in (rng.randrange(200) for _ in range(25))]  # nested, overlapping, empty
    cover = Cover(ranges)
    for pos in range(-5, 240):
        assert cover.holds(pos) == any(a <= pos < b for a, b in ranges)


@pytest.mark.parametrize(("ranges", "pos", "held"), [
    ([], 0, False),
    ([(3, 8)], 3, True),     # the start is inside
    ([(3, 8)], 8, False),    # the end is not
    ([(0, 100), (10, 20)], 50, True),   # inside the outer range past the inner one's end
    ([(5, 5)], 5, False),    # an empty range holds nothing
])
def test_cover_bounds(ranges, pos, held):
    assert Cover(ranges).holds(pos) is held


@pytest.mark.parametrize("seed", range(5))
def test_latest_agrees_with_a_backward_scan(seed):
    rng = random.Random(seed)
    latest: Latest[int] = Latest()
    added: list[tuple[int, int]] = []
    for n in range(200):
        pos = rng.randrange(100)
        latest.add(pos, n)
        added.append((pos, n))
        ask = rng.randrange(-5, 110)
        expected = next((item for p, item in reversed(added) if p >= ask), None)
        assert latest.at_or_after(ask) == expected


def test_latest_of_equal_positions_is_the_last_added():
    latest: Latest[str] = Latest()
    latest.add(7, "first")
    latest.add(7, "second")
    assert latest.at_or_after(7) == "second"
    assert latest.at_or_after(8) is None


@pytest.mark.parametrize("seed", range(5))
def test_containing_agrees_with_a_scan_of_the_ranges(seed):
    rng = random.Random(seed)
    ranges = [(a, a + rng.randrange(-3, 40)) for a in (rng.randrange(200) for _ in range(30))]  # empty and reversed too
    containing = Containing(ranges)
    for pos in range(-5, 250):
        assert containing.at(pos) == tuple(k for k, (a, b) in enumerate(ranges) if a <= pos < b)


def test_containing_keeps_the_list_order_not_the_nesting():
    containing = Containing([(10, 20), (0, 100), (10, 15)])
    assert containing.at(12) == (0, 1, 2)
    assert containing.at(15) == (0, 1)
    assert containing.at(100) == ()
