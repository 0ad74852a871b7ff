"""Position lookups in O(log n) that a long notice would otherwise pay for with a scan per item.

`any(a <= pos < b for a, b in ranges)`, `[r for r in ranges if a <= pos < b]` or
`next(d for d in reversed(items[:i]) if d.start >= pos)` asked once per item is quadratic on a long notice.
"""
from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable
from typing import Generic, TypeVar

T = TypeVar("T")


class Cover:
    """The union of [start, end) ranges, nested or overlapping, asked by position."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        spans = sorted(ranges)
        self._starts = [a for a, _ in spans]
        self._reach = list(itertools.accumulate((b for _, b in spans), max))  # the farthest end so far

    def holds(self, pos: int) -> bool:
        """Tell whether some range has start <= pos < end."""
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and self._reach[i] > pos


class Containing:
    """The ranges that hold a position, by their index in the list given, ascending (any ranges, nested or not)."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        opens: dict[int, list[int]] = {}
        closes: dict[int, list[int]] = {}
        for k, (a, b) in enumerate(ranges):
            if a < b:
                opens.setdefault(a, []).append(k)
                closes.setdefault(b, []).append(k)
        self._points = sorted(opens.keys() | closes.keys())
        self._held: list[tuple[int, ...]] = []  # the ranges that hold [points[i], points[i + 1])
        active: set[int] = set()
        for p in self._points:
            active.difference_update(closes.get(p, ()))
            active.update(opens.get(p, ()))
            self._held.append(tuple(sorted(active)))

    def at(self, pos: int) -> tuple[int, ...]:
        """Return the indices of the ranges with start <= pos < end, ascending."""
        i = bisect.bisect_right(self._points, pos) - 1
        return self._held[i] if i >= 0 else ()


class Latest(Generic[T]):
    """Items added one by one with a position each, asked for the latest added at or after a position."""

    def __init__(self) -> None:
        # only items no later one outranks: positions fall from first to last (kept negated, rising, to bisect)
        self._keys: list[int] = []
        self._items: list[T] = []

    def add(self, pos: int, item: T) -> None:
        """Add `item` at `pos`; it outranks every earlier item at or before `pos`."""
        while self._keys and -self._keys[-1] <= pos:
            self._keys.pop()
            self._items.pop()
        self._keys.append(-pos)
        self._items.append(item)

    def at_or_after(self, pos: int) -> T | None:
        """Return the item added last among those whose position is >= `pos`, None when there is none."""
        i = bisect.bisect_right(self._keys, -pos) - 1
        return self._items[i] if i >= 0 else None
