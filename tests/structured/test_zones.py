"""The content-line lookups of the zone pass."""
from __future__ import annotations

import pytest

from gongwen.structured.zones import following


@pytest.mark.parametrize(("i", "n", "expected"), [
    (0, 3, [2, 5, 7]),   # line 0 is not content: the next three after it
    (2, 2, [5, 7]),      # a content line itself is left out
    (6, 3, [7, 9]),      # fewer than asked near the end
    (9, 3, []),          # none after the last
    (1, 0, []),          # none asked
])
def test_following_gives_the_next_content_lines(i, n, expected):
    assert following([2, 5, 7, 9], i, n) == expected
