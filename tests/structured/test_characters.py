"""Character folds: full-width digits read as ASCII, invisible characters dropped — a notice printed with them gives
the record of the same notice without them."""
import unicodedata
from pathlib import Path

import pytest

import gongwen
from gongwen.structured.characters import WIDE_DIGITS

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


@pytest.mark.parametrize("path", sorted(RAW.glob("*.txt"))[1::5], ids=lambda p: p.name[:3])
def test_zero_width_characters_inside_words_change_nothing(tmp_path, path):
    plain = gongwen.parse(path).to_dict()
    text = path.read_text(encoding="utf-8")
    marked = tmp_path / path.name
    marked.write_text("".join(c + ("\u200b" if i % 37 == 0 else "\u00ad" if i % 53 == 0 else "") for i, c in enumerate(text)),
                      encoding="utf-8")
    folded = gongwen.parse(marked).to_dict()
    for key in ("meta", "amounts", "deadlines", "contacts", "responsible_units", "targets", "text"):
        assert folded[key] == plain[key], key


def test_html_character_references_of_a_saved_page_are_read_as_characters(tmp_path):
    lines = ["&nbsp;&nbsp;关于做好就业帮扶工作的通知", "各市、县人民政府：", "&nbsp;&nbsp;请于2021年8月30日前报送材料&#12290;"]
    saved, plain = tmp_path / "saved.txt", tmp_path / "plain.txt"
    saved.write_text("\n".join(lines), encoding="utf-8")
    plain.write_text("\n".join(line.replace("&nbsp;", "").replace("&#12290;", "。") for line in lines), encoding="utf-8")
    a, b = gongwen.parse(saved), gongwen.parse(plain)
    assert a.meta.title == b.meta.title == "关于做好就业帮扶工作的通知" and a.meta.recipients == b.meta.recipients
    assert [d.date for d in a.deadlines] == [d.date for d in b.deadlines] and "&" not in a.text
    assert [w.code for w in a.warnings if w.code == "W_HTML_REFERENCES"] == ["W_HTML_REFERENCES"]
    assert not any(w.code == "W_HTML_REFERENCES" for w in b.warnings)
