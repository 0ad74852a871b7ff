"""The TXT reader: decoding chain, paragraphs, tab tables and one-cell-per-line dumps."""
from __future__ import annotations

import pytest

from gongwen.document import Paragraph, Table
from gongwen.errors import BadEncoding
from gongwen.extractors import extract
from gongwen.extractors.txt import decode


@pytest.mark.parametrize(("data", "encoding"), [
    ("通知".encode("utf-8"), "utf-8"),
    ("\ufeff通知".encode("utf-8"), "utf-8-sig"),
    ("通知﹤市、区﹥".encode("gb18030"), "gb18030"),
    ("通知".encode("utf-16"), "utf-16"),
], ids=["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_decoding_chain_names_the_encoding(data, encoding):
    text, used = decode("x.txt", data)
    assert used == encoding and text.lstrip("\ufeff").startswith("通知")


def test_undecodable_bytes_are_an_encoding_error():
    with pytest.raises(BadEncoding):
        decode("x.txt", b"\xff\xfe\x00\xd8" + b"\x80\x81\xfe\xff" * 3)


def test_markdown_is_dropped_but_the_form_placeholder_kept(tmp_path):
    f = tmp_path / "n.txt"
    f.write_text("## **一、工作目标**\n\n**（一）开展摸排。**依托…\n\n市\t姓名\n**市\t\n", encoding="utf-8")
    blocks = extract(f).blocks
    assert [b.text for b in blocks if isinstance(b, Paragraph)] == ["一、工作目标", "（一）开展摸排。依托…"]
    table = next(b for b in blocks if isinstance(b, Table))
    assert table.grid() == [["市", "姓名"], ["**市", ""]]


def test_one_cell_per_line_dump_becomes_a_table(tmp_path):
    f = tmp_path / "n.txt"
    f.write_text("附件1\n\n\t盟市\n\t搬迁人\n口数\n\t备注\n\n\t**盟市\n\t12\n\t\n\n填表人：\n", encoding="utf-8")
    blocks = extract(f).blocks
    table = next(b for b in blocks if isinstance(b, Table))
    assert table.grid() == [["盟市", "搬迁人\n口数", "备注"], ["**盟市", "12", ""]]
    assert blocks[-1] == Paragraph("填表人：")


def test_hard_line_breaks_keep_a_title_in_one_paragraph(tmp_path):
    f = tmp_path / "n.txt"
    f.write_text("关于开展易地扶贫搬迁  \n就业帮扶专项行动的通知\n各市人社局：\n", encoding="utf-8")
    assert [b.text for b in extract(f).blocks] == ["关于开展易地扶贫搬迁\n就业帮扶专项行动的通知", "各市人社局："]
