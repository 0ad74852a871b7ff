"""Tests of the PDF reader on the corpus notices: paragraphs, furniture, tables across pages."""
from pathlib import Path

import pytest

from gongwen.document import Paragraph, Table
from gongwen.extractors import extract
from gongwen.extractors.pdf_layout import IDEOGRAPHS, join_lines
from gongwen.structured.text import build

CORPUS = Path(__file__).parent.parent / "data" / "corpus"


def paragraphs(name: str) -> list[Paragraph]:
    return [b for b in extract(CORPUS / name).blocks if isinstance(b, Paragraph)]


def texts(name: str) -> list[str]:
    return [p.text for p in paragraphs(name) if not p.furniture]


@pytest.mark.parametrize(("name", "text"), [
    ("000.pdf", "晋人社厅发〔2020〕44号"),  # no space at the font change
    ("001.pdf", "内人社办发【2020】84号"),
    ("003.pdf", "晋人社厅函〔2020〕127号"),
    ("000.pdf", "文件"),
    ("000.pdf", "附件："),
    ("002.pdf", "共印160份"),
])
def test_paragraph_present(name, text):
    assert text in texts(name)


def test_masthead_reads_one_agency_per_paragraph_then_文件():
    got = texts("000.pdf")
    i = got.index("山西省人力资源和社会保障厅")
    assert got[i:i + 5] == ["山西省人力资源和社会保障厅", "山西省发展和改革委员会", "山西省扶贫开发办公室",
                            "山西省中小企业发展促进局", "文件"]


@pytest.mark.parametrize(("name", "title"), [
    ("000.pdf", "山西省中小企业发展促进局\n关于开展易地扶贫搬迁\n就业帮扶专项行动的通知"),
    ("004.pdf", "省生态移民局关于印发\n《关于推动易地扶贫搬迁群众劳务就业的工作方案》的通知"),  # wrapped line joined
])
def test_centred_title(name, title):
    para = next(p for p in paragraphs(name) if p.text.endswith(title))
    assert (para.align, para.bold) == ("center", True)


@pytest.mark.parametrize(("name", "pages"), [("000.pdf", 15), ("003.pdf", 5), ("004.pdf", 6)])
def test_page_numbers_are_furniture(name, pages):
    furniture = [p for p in paragraphs(name) if p.furniture]
    assert len(furniture) == pages
    assert all(p.text.strip("—- ").isdigit() for p in furniture)
    assert extract(CORPUS / name).source.pages == pages


def test_paragraph_continued_on_next_page_is_joined():
    para = next(p for p in texts("000.pdf") if p.startswith("为贯彻落实《人力资源社会保障部办公厅"))
    assert "推动我省易地扶贫搬迁群众搬得出" in para and para.endswith("现就有关事项通知如下：")


@pytest.mark.parametrize("name", ["000", "002", "003", "004"])
def test_text_matches_docx(name):
    """The PDF text reads like the DOCX text of the same notice (spaces aside: a line-final space is not drawn)."""
    pdf = build(extract(CORPUS / f"{name}.pdf")).string.replace(" ", "")
    docx = build(extract(CORPUS / f"{name}.docx")).string.replace(" ", "")
    assert pdf == docx


@pytest.mark.parametrize(("name", "shapes"), [
    ("000.pdf", [(3, 5, (9,)), (6, 11, (10,)), (6, 11, (11,)), (102, 4, (12, 13, 14, 15))]),
    ("001.pdf", [(8, 10, (6,)), (8, 10, (7,)), (20, 15, (8,))]),
    ("003.pdf", []),
])
def test_table_shapes(name, shapes):
    assert [(t.n_rows, t.n_cols, t.pages) for t in extract(CORPUS / name).tables] == shapes


@pytest.mark.parametrize(("name", "index", "text", "span"), [
    ("000.pdf", 1, "已就业人数", (0, 3, 1, 6)),
    ("000.pdf", 1, "本地就业人数", (1, 6, 1, 3)),
    ("000.pdf", 1, "其中有就业意愿人数", (1, 10, 2, 1)),
    ("000.pdf", 3, "忻州市", (20, 1, 23, 1)),  # a merged cell split by a page break is healed
    ("000.pdf", 3, "吕梁市", (53, 1, 28, 1)),
    ("001.pdf", 0, "本地就业人数", (1, 5, 1, 3)),
    ("001.pdf", 2, "就业帮扶情况", (0, 8, 1, 7)),
])
def test_merged_cells(name, index, text, span):
    table = extract(CORPUS / name).tables[index]
    cell = next(c for c in table.cells if c.text == text)
    assert (cell.row, cell.col, cell.rows, cell.cols) == span


def test_pdf_form_header_matches_docx():
    def header(path: Path, index: int) -> set:
        table = extract(path).tables[index]
        return {(c.text.replace("\n", ""), c.row, c.col, c.rows, c.cols) for c in table.cells if c.row < 3 and c.text}
    for index in (1, 2):
        assert header(CORPUS / "000.pdf", index) == header(CORPUS / "000.docx", index)


def test_site_list_header_row_kept_once():
    grid = extract(CORPUS / "000.pdf").tables[3].grid()
    assert [row[0] for row in grid].count("序号") == 1
    assert grid[-1] == ["101", "11市", "51县", "100个安置点"]


def test_table_text_not_repeated_as_paragraphs():
    assert not any(t == "万家乐移民新区" for t in texts("000.pdf"))


def test_tables_sit_in_body_order():
    blocks = [b for b in extract(CORPUS / "001.pdf").blocks if not (isinstance(b, Paragraph) and b.furniture)]
    i = next(i for i, b in enumerate(blocks) if isinstance(b, Table))
    assert blocks[i - 1].text == "易地扶贫搬迁群众就业情况统计表"


@pytest.mark.parametrize(("raw", "clean"), [("⼈⼒资源", "人力资源"), ("（三）⽀持", "（三）支持"), ("每人每天 15 元", "每人每天 15 元")])
def test_kangxi_radicals_mapped_punctuation_kept(raw, clean):
    assert raw.translate(IDEOGRAPHS) == clean


@pytest.mark.parametrize(("lines", "joined"), [
    (["搬迁人口", "数"], "搬迁人口数"),
    (["the new", "word"], "the new word"),
    (["共 800", "元"], "共 800元"),
])
def test_join_lines(lines, joined):
    assert join_lines(lines) == joined


def test_pdf_named_docx_read_as_pdf():
    doc = extract(CORPUS / "003-really-a-pdf.docx")
    assert doc.source.format == "pdf"
    assert [f.code for f in doc.findings] == ["W_EXTENSION"]
    assert "晋人社厅函〔2020〕127号" in [b.text for b in doc.blocks if isinstance(b, Paragraph)]


@pytest.mark.parametrize("text", ["每人每天 15 元", "招用贫困劳动力 10 人以上", "2020 年 12 月底前"])
def test_space_set_as_its_own_text_object_kept(text):
    """pdfium folds a space drawn as its own text object into a space it synthesises; the reader puts it back."""
    assert any(text in p for p in texts("000.pdf"))


def test_spaces_pdfium_synthesises_not_read():
    got = texts("000.pdf")
    assert "山西省发展和改革委员会" in got  # letter-spaced masthead
    assert any("于7月—8月底" in p for p in got)  # a CJK–Latin gap, no space typed
