"""Full-width digits read as ASCII: a notice printed with them gives the record of the same notice with ASCII digits."""
import unicodedata
from pathlib import Path

import pytest

import gongwen
from gongwen.structured.widths import WIDE_DIGITS

RAW = Path(__file__).parent.parent / "data" / "realworld" / "raw"
ASCII_TO_WIDE = {v: k for k, v in WIDE_DIGITS.items()}


def test_the_fold_maps_exactly_the_ten_digits():
    assert "２０２１年３月，０３５１－１２３４５６７".translate(WIDE_DIGITS) == "2021年3月，0351－1234567"
    assert all(unicodedata.normalize("NFKC", chr(k)) == chr(v) for k, v in WIDE_DIGITS.items())


@pytest.mark.parametrize("path", sorted(RAW.glob("*.txt"))[::5], ids=lambda p: p.name[:3])
def test_a_notice_in_full_width_digits_reads_as_in_ascii(tmp_path, path):
    plain = gongwen.parse(path).to_dict()
    wide = tmp_path / path.name
    wide.write_text(path.read_text(encoding="utf-8").translate(ASCII_TO_WIDE), encoding="utf-8")
    folded = gongwen.parse(wide).to_dict()
    for key in ("meta", "amounts", "deadlines", "contacts", "responsible_units", "targets", "text"):
        assert folded[key] == plain[key], key
