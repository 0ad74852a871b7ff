"""Page numbers a copy of a PDF's text left inside a table dump are dropped; the dump they cut is joined."""
from __future__ import annotations

import gongwen
from gongwen.document import Cell, Document, Paragraph, Source, Table
from gongwen.structured.page_numbers import drop

SOURCE = Source("x.txt", "txt", "0", 0)


def dump(*rows: list[str]) -> Table:
    cells = tuple(Cell(v, r, c) for r, row in enumerate(rows) for c, v in enumerate(row) if v)
    return Table(cells, len(rows), max(map(len, rows)), ambiguous=True)


def test_a_dump_cut_by_a_page_number_is_joined_its_repeated_header_skipped():
    top, more = dump(["地区", "人数"], ["甲县", "12"]), dump(["地区", "人数"], ["乙县", "30"])
    doc = drop(Document(SOURCE, (top, Paragraph("— 2 —"), more)))
    assert len(doc.blocks) == 1 and doc.blocks[0].grid() == [["地区", "人数"], ["甲县", "12"], ["乙县", "30"]]


def test_a_page_number_line_leaves_its_cell():
    doc = drop(Document(SOURCE, (dump(["地区", "人数"], ["**盟市\n- 3 -", "12"], ["- 4 -", ""]),)))
    assert doc.blocks[0].grid() == [["地区", "人数"], ["**盟市", "12"], ["", ""]]


def test_a_table_of_a_document_and_a_real_paragraph_stay_apart():
    table = Table((Cell("地区", 0, 0), Cell("人数", 0, 1)), 1, 2)  # not a text dump
    doc = Document(SOURCE, (table, Paragraph("— 2 —"), table, Paragraph("二、工作要求"), dump(["a", "b"])))
    assert drop(doc) == doc


def test_a_dash_page_number_read_as_a_list_item_is_no_text(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text("关于做好就业工作的通知\n各县人社局：\n请认真贯彻执行，做好就业帮扶\n- 2 -\n工作。\n", encoding="utf-8")
    assert "2 -" not in gongwen.parse(path).text
