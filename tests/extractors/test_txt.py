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


TRADITIONAL = ("關於做好2021年就業幫扶工作的通知\n各縣（市、區）人力資源和社會保障局：\n為鞏固拓展脫貧攻堅成果，現就有關事項"
               "通知如下。一、落實補貼政策。對吸納脫貧勞動力就業的企業，按每人1000元給予補貼。")


def test_big5_text_is_read_as_big5_not_as_gb18030_garbage():
    text, used = decode("x.txt", TRADITIONAL.encode("big5"))
    assert (used, text) == ("big5", TRADITIONAL)


def test_a_few_stray_bytes_in_utf8_are_replaced_and_noted(tmp_path):
    f = tmp_path / "n.txt"
    head, tail = "关于做好就业帮扶工作的通知\n各市人社局：\n现将有关事项通知如下。", "一、落实补贴。"
    f.write_bytes(head.encode("utf-8") + b"\xff" + tail.encode("utf-8"))
    doc = extract(f)
    assert doc.source.encoding == "utf-8" and [x.code for x in doc.findings] == ["W_ENCODING_REPAIRED"]
    assert "\ufffd一、落实补贴。" in "".join(b.text for b in doc.blocks if isinstance(b, Paragraph))


def test_gb18030_notices_stay_gb18030():
    text = "关于做好就业帮扶工作的通知。各市人社局：现将有关事项通知如下，一、落实补贴政策，对吸纳脱贫劳动力就业的企业给予补贴。"
    assert decode("x.txt", text.encode("gb18030")) == (text, "gb18030")


@pytest.mark.parametrize(("data", "code", "words"), [
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "E_UNSUPPORTED_FORMAT", "PNG image"),
    (b"\xff\xd8\xff\xe0" + b"\x00" * 64, "E_UNSUPPORTED_FORMAT", "JPEG image"),
], ids=["png", "jpeg"])
def test_an_image_named_pdf_says_it_needs_ocr(tmp_path, data, code, words):
    from gongwen.errors import GongwenError

    f = tmp_path / "scan.pdf"
    f.write_bytes(data)
    with pytest.raises(GongwenError) as caught:
        extract(f)
    assert caught.value.code == code and words in str(caught.value) and "OCR" in str(caught.value)


def test_a_truncated_docx_is_corrupt(tmp_path):
    from gongwen.errors import Corrupt
    from conftest import notice_path

    f = tmp_path / "cut.docx"
    f.write_bytes(notice_path("000", "docx").read_bytes()[:3000])
    with pytest.raises(Corrupt):
        extract(f)
