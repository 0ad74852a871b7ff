"""Numerals of notices: Arabic, full-width, separated, decimal and Chinese, with their magnitudes."""
import pytest

from gongwen.structured.numbers import scaled, to_number

NUMERALS = [
    ("1500", 1500), ("1,500", 1500), ("３０００", 3000), ("11.22", 11.22), ("１．５", 1.5),
    ("一", 1), ("两", 2), ("三千", 3000), ("二十", 20), ("一千二百", 1200), ("叁仟", 3000), ("十五", 15),
    ("十〇", 10), ("一十〇", 10),  # malformed: cn2an refuses the first and trips (KeyError) on the second
]
SCALED = [("11.22", "亿", 1_122_000_000), ("20", "万", 200_000), ("0.5", "万", 5000), ("3", "千", 3000),
          ("59.4", "万", 594_000), ("1000", "", 1000), ("二十", "万", 200_000)]


@pytest.mark.parametrize(("numeral", "value"), NUMERALS, ids=[n for n, _ in NUMERALS])
def test_to_number(numeral, value):
    assert to_number(numeral) == value


@pytest.mark.parametrize(("numeral", "multiplier", "value"), SCALED, ids=[n + m for n, m, _ in SCALED])
def test_scaled(numeral, multiplier, value):
    assert scaled(numeral, multiplier) == value
