"""Tests of the DOCX reader on the corpus notices."""
from pathlib import Path

import pytest

from gongwen.document import Paragraph, Source, Table
from gongwen.errors import Corrupt
from gongwen.extractors import docx as reader
from gongwen.extractors import extract

CORPUS = Path(__file__).parent.parent / "data" / "corpus"


def paragraphs(name: str) -> list[Paragraph]:
    return [b for b in extract(CORPUS / name).blocks if isinstance(b, Paragraph)]


def texts(name: str) -> list[str]:
    return [p.text for p in paragraphs(name)]


@pytest.mark.parametrize(("name", "text"), [
    ("000.docx", "晋人社厅发〔2020〕44号"),
    ("001.docx", "内人社办发【2020】84号"),
    ("003.docx", "晋人社厅函〔2020〕127号"),
    ("000.docx", "山西省人力资源和社会保障厅"),  # masthead layout table unwrapped
    ("000.docx", "文件"),
    ("002.docx", "共印160份"),
])
def test_paragraph_present(name, text):
    assert text in texts(name)


@pytest.mark.parametrize(("name", "title"), [
    ("001.docx", "关于开展易地扶贫搬迁就业\n帮扶专项行动的通知"),
    ("002.docx", "关于印发忻州市脱贫劳动力务工就业\n促增收实施方案的通知"),
])
def test_title_keeps_soft_break_and_format(name, title):
    para = next(p for p in paragraphs(name) if p.text == title)
    assert (para.bold, para.align, para.size) == (True, "center", 22.0)


def test_heading_from_builtin_style():
    heads = [p for p in paragraphs("003.docx") if p.heading]
    assert [p.heading for p in heads] == [1] * 8
    assert heads[0].text == "一、加强贫困劳动力数据动态管理"
    assert heads[-1].bold is False  # 八、强化组织领导 is not bold


def test_page_numbers_left_out():
    assert not any("—" in t and t.strip("— ").isdigit() for t in texts("000.docx"))


@pytest.mark.parametrize(("name", "shapes"), [
    ("000.docx", [(3, 5), (6, 11), (6, 11), (102, 4)]),
    ("001.docx", [(8, 10), (8, 10), (22, 15)]),
    ("002.docx", []),
])
def test_table_shapes(name, shapes):
    assert [(t.n_rows, t.n_cols) for t in extract(CORPUS / name).tables] == shapes


@pytest.mark.parametrize(("name", "index", "text", "span"), [
    ("000.docx", 1, "已就业人数", (0, 3, 1, 6)),
    ("000.docx", 1, "本地就业人数", (1, 6, 1, 3)),
    ("000.docx", 1, "搬迁人口数", (0, 1, 3, 1)),
    ("000.docx", 3, "大同市", (3, 1, 16, 1)),
    ("001.docx", 0, "搬迁人\n口数", (0, 1, 3, 1)),
    ("001.docx", 2, "就业帮扶情况", (2, 8, 1, 7)),
    ("001.docx", 2, "易地扶贫搬迁安置点就业帮扶情况表（样表）", (0, 0, 1, 14)),
])
def test_merged_cells(name, index, text, span):
    table = extract(CORPUS / name).tables[index]
    cell = next(c for c in table.cells if c.text == text)
    assert (cell.row, cell.col, cell.rows, cell.cols) == span


def test_merged_text_appears_once():
    grid = extract(CORPUS / "000.docx").tables[3].grid()
    assert [row[1] for row in grid].count("大同市") == 1


def test_body_order_keeps_tables_between_paragraphs():
    blocks = extract(CORPUS / "001.docx").blocks
    i = next(i for i, b in enumerate(blocks) if isinstance(b, Table))
    assert blocks[i - 1].text == "易地扶贫搬迁群众就业情况统计表"
    assert blocks[i + 1].text.startswith("填表人：")


@pytest.mark.parametrize("payload", [b"PK\x03\x04" + b"\x00" * 64, b"not a zip at all"], ids=["zip-header-only", "not-a-zip"])
def test_corrupt_package(tmp_path, payload):
    path = tmp_path / "broken.docx"
    path.write_bytes(payload)
    with pytest.raises(Corrupt, match="re-save the document"):
        reader.extract(path, payload, Source(str(path), "docx", "", len(payload)))
