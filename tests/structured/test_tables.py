"""Table understanding: header rows, header tree, leaf columns, title, notes, kind, TXT continuation."""
from __future__ import annotations

import pytest
from conftest import notice_path

from gongwen.document import Cell, Paragraph, Table
from gongwen.extractors import extract
from gongwen.structured.tables import analyze, header

# 000 附件2 built the canonical way: the group label merged over its columns, its total column unnamed
CANONICAL = Table((
    Cell("市", 0, 0, 3, 1), Cell("已就业人数", 0, 1, 1, 4), Cell("未就业人数", 0, 5, 1, 2),
    Cell("", 1, 1, 2, 1), Cell("省外就业人数", 1, 2, 2, 1), Cell("本地就业人数", 1, 3, 1, 2),
    Cell("", 1, 5, 2, 1), Cell("其中有就业意愿人数", 1, 6, 2, 1),
    Cell("", 2, 3), Cell("其中扶贫车间吸纳人数", 2, 4),
    Cell("**市", 3, 0), Cell("**县", 4, 0)), 5, 7)
# 001 附件2's way: the label merged down its own column, an empty cell spanning its members
SIDEWAYS = Table((
    Cell("市", 0, 0, 3, 1), Cell("已就业人数", 0, 1, 3, 1), Cell("", 0, 2, 1, 3),
    Cell("未就业人数", 0, 5, 3, 1),  # the empty cell beside it is missing altogether
    Cell("省外就业人数", 1, 2, 2, 1), Cell("本地就业人数", 1, 3, 2, 1), Cell("", 1, 4, 1, 1),
    Cell("其中扶贫车间吸纳人数", 2, 4), Cell("其中有就业意愿人数", 1, 6, 2, 1),
    Cell("**市", 3, 0), Cell("**县", 4, 0)), 5, 7)


def tree(nodes):
    return [(n.label, n.col, n.span, tree(n.children)) for n in nodes]


def test_canonical_header_tree():
    (a,) = analyze((Paragraph("附件2"), Paragraph("就业情况统计表"), CANONICAL, Paragraph("填报人："),
                    Paragraph("说明：1、此表统计全部人口\n2、每月报送")))
    r = a.record
    assert (r.header_rows, r.kind, r.attachment, r.title) == (3, "template", "附件2", "就业情况统计表")
    assert tree(r.header) == [("市", 0, 1, []), ("已就业人数", 1, 4, [("省外就业人数", 2, 1, []), (
        "本地就业人数", 3, 2, [("其中扶贫车间吸纳人数", 4, 1, [])])]), ("未就业人数", 5, 2, [("其中有就业意愿人数", 6, 1, [])])]
    assert r.columns == ["市", "已就业人数", "省外就业人数", "本地就业人数", "其中扶贫车间吸纳人数", "未就业人数", "其中有就业意愿人数"]
    assert (r.row_labels, r.footer_fields, r.notes) == (["**市", "**县"], ["填报人"], ["1、此表统计全部人口", "2、每月报送"])


def test_sideways_encoding_reads_as_the_same_tree():
    (a,) = analyze((SIDEWAYS,))
    (b,) = analyze((CANONICAL,))
    assert tree(a.record.header) == tree(b.record.header)


@pytest.mark.parametrize(("rows", "kind"), [
    ([["**市", "", ""]], "template"), ([["1", "太原市", "新星苑小区"]], "list"), ([["太原市", "12", "30"]], "data")])
def test_kind(rows, kind):
    cells = [Cell(x, 0, c) for c, x in enumerate(["市", "甲", "乙"])]
    cells += [Cell(x, r + 1, c) for r, row in enumerate(rows) for c, x in enumerate(row) if x]
    (a,) = analyze((Table(tuple(cells), 1 + len(rows), 3),))
    assert a.record.kind == kind


def test_in_table_title_row_is_lifted():
    t = Table((Cell("安置点情况表", 0, 0, 1, 3), Cell("序号", 1, 0), Cell("县", 1, 1), Cell("安置点", 1, 2),
               Cell("1", 2, 0), Cell("阳曲县", 2, 1), Cell("新星苑", 2, 2)), 3, 3)
    (a,) = analyze((t,))
    assert (a.record.title, a.record.header_rows, a.record.rows) == ("安置点情况表", 1, [["1", "阳曲县", "新星苑"]])


def test_layout_table_without_data_is_skipped():
    assert analyze((Table((Cell("山西省人民政府", 0, 0), Cell("文件", 0, 1)), 1, 2),)) == []


LEAVES_000_2 = ["市", "搬迁人口数", "搬迁劳动力数量", "已就业人数", "县内就业人数", "省外就业人数", "本地就业人数",
                "其中扶贫车间吸纳人数", "其中公益性岗位安置人数", "未就业人数", "其中有就业意愿人数"]
LEAVES_001_2 = ["盟市", "搬迁贫困人口数", "搬迁贫困劳动力数量", "已就业贫困劳动力数量", "外出就业人数", "本地就业人数",
                "其中扶贫车间吸纳人数", "其中公益性岗位安置人数", "未就业贫困劳动力数量", "其中有就业意愿人数"]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize(("n", "index", "columns"), [("000", 1, LEAVES_000_2), ("001", 1, LEAVES_001_2)])
def test_corpus_leaf_columns(n, index, columns, fmt):
    found = analyze(extract(notice_path(n, fmt)).blocks)
    assert found[index].record.columns == columns


@pytest.mark.parametrize("n", ["000", "001"])
def test_docx_and_pdf_trees_agree(n):
    docx = [tree(a.record.header) for a in analyze(extract(notice_path(n, "docx")).blocks)]
    pdf = [tree(a.record.header) for a in analyze(extract(notice_path(n, "pdf")).blocks)]
    assert docx == pdf


def test_txt_dump_gives_the_dump_columns_and_joins_page_repeats():
    found = analyze(extract(notice_path("000", "txt")).blocks)
    assert [a.record.attachment for a in found] == ["附件1", "附件2", "附件3", None]
    assert found[1].record.columns == ["市", "搬迁人口数", "搬迁劳动力数量", "省外就业人数", "本地就业人数", "其中扶贫车间吸纳人数",
                                       "其中公益性岗位安置人数", "未就业人数", "其中有就业意愿人数", "县内就业人数"]
    assert len(found[3].record.rows) == 101  # three page chunks joined, repeated headers dropped
    assert all(a.table.ambiguous for a in found)


def test_subset_columns_nest_under_the_column_before():
    nodes = header.nest_subsets([header.HeaderNode("本地就业人数", 0), header.HeaderNode("其中扶贫车间", 1),
                                 header.HeaderNode("其中公益岗位", 2), header.HeaderNode("未就业", 3)])
    assert tree(nodes) == [("本地就业人数", 0, 3, [("其中扶贫车间", 1, 1, []), ("其中公益岗位", 2, 1, [])]), ("未就业", 3, 1, [])]
