"""The PDF reader finds the same tables as pdfplumber's table finder: on the corpus, on LibreOffice's PDFs and on
PDFs drawn by another producer (pdfium's page-building API: stroked rules, Word-style cell rectangles, merges)."""
import ctypes
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest
from hypothesis import given, settings, strategies as st
from pdfplumber.table import TableFinder, TableSettings, cells_to_tables, edges_to_intersections, intersections_to_cells

from gongwen.document import Table
from gongwen.extractors import extract, pdf_rules, pdf_tables
from gongwen.limits import LIMITS

DATA = Path(__file__).parent.parent / "data"
PDFS = sorted((DATA / "corpus").glob("*.pdf")) + sorted((DATA / "realworld" / "rendered").glob("*.pdf"))
XS, YS = (72.0, 160.0, 250.0, 380.0), (700.0, 680.0, 660.0, 640.0)  # column and row rules (PDF y grows upwards)


def _plumber_edges(edges: list[dict]) -> list[dict]:
    """Return the edges pdfplumber's TableFinder (default settings) keeps of a page that draws `edges`."""
    finder = TableFinder.__new__(TableFinder)
    finder.page, finder.settings = type("Page", (), {"edges": edges, "bbox": (0, 0, 595, 842)}), TableSettings.resolve(None)
    return finder.get_edges()


def _plumber_groups(edges: list[dict]) -> list | None:
    """The cells of each table pdfplumber's table finder finds, under the same limits as the reader's."""
    if len(edges) > LIMITS.pdf_grid_points:
        return None
    crossings = edges_to_intersections(_plumber_edges(edges), 3, 3)
    if len(crossings) > LIMITS.pdf_grid_points:
        return None
    return cells_to_tables(intersections_to_cells(crossings))


def _plumber_extract(path: Path, monkeypatch) -> object:
    """Return the Document read with pdfplumber's own table finder in place of the reader's."""
    with monkeypatch.context() as m:
        m.setattr(pdf_tables, "_cell_groups", _plumber_groups)
        return extract(path)


@pytest.mark.parametrize("path", [p for p in PDFS if "scanned" not in p.name], ids=lambda p: p.name)
def test_same_document_as_with_pdfplumbers_table_finder(path, monkeypatch):
    assert extract(path) == _plumber_extract(path, monkeypatch)


def _line(x0: float, y0: float, x1: float, y1: float):
    obj = raw.FPDFPageObj_CreateNewPath(x0, y0)
    raw.FPDFPath_LineTo(obj, x1, y1)
    raw.FPDFPageObj_SetStrokeColor(obj, 0, 0, 0, 255)
    raw.FPDFPageObj_SetStrokeWidth(obj, 0.5)
    raw.FPDFPath_SetDrawMode(obj, 0, True)
    return obj


def _bar(x0: float, y0: float, x1: float, y1: float):
    """A rule drawn as a thin filled rectangle, as Word draws cell borders."""
    obj = raw.FPDFPageObj_CreateNewRect(min(x0, x1), min(y0, y1), max(abs(x1 - x0), 0.5), max(abs(y1 - y0), 0.5))
    raw.FPDFPageObj_SetFillColor(obj, 0, 0, 0, 255)
    raw.FPDFPath_SetDrawMode(obj, raw.FPDF_FILLMODE_WINDING, False)
    return obj


def _draw(path: Path, rules: list, words: list[tuple[float, float, str]]) -> Path:
    """Write a one-page PDF drawing `rules` (path objects) and `words` (Helvetica at their baseline origins)."""
    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(595, 842)
    for obj in rules:
        raw.FPDFPage_InsertObject(page.raw, obj)
    for x, y, text in words:
        obj = raw.FPDFPageObj_NewTextObj(pdf.raw, b"Helvetica", 10.0)
        buf = ctypes.create_string_buffer(text.encode("utf-16-le") + b"\0\0")
        raw.FPDFText_SetText(obj, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
        raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
        raw.FPDFPage_InsertObject(page.raw, obj)
    raw.FPDFPage_GenerateContent(page.raw)
    pdf.save(path)
    return path


def _words() -> list[tuple[float, float, str]]:
    return [(XS[c] + 4, YS[r + 1] + 6, f"r{r}c{c}") for r in range(len(YS) - 1) for c in range(len(XS) - 1)]


def _grid(make, skip=frozenset()) -> list:
    """Every rule of the XS × YS grid, each cell side its own object, those named in `skip` left out."""
    rules = []
    for r, y in enumerate(YS):
        rules += [make(XS[c], y, XS[c + 1], y) for c in range(len(XS) - 1) if ("h", r, c) not in skip]
    for c, x in enumerate(XS):
        rules += [make(x, YS[r], x, YS[r + 1]) for r in range(len(YS) - 1) if ("v", r, c) not in skip]
    return rules


@pytest.mark.parametrize(("name", "rules", "shape"), [
    ("stroked", lambda: _grid(_line), (3, 3)),
    ("cell rectangles", lambda: _grid(_bar), (3, 3)),
    ("merged across", lambda: _grid(_line, {("v", 0, 1), ("v", 0, 2)}), (3, 3)),
    ("merged down", lambda: _grid(_line, {("h", 1, 0), ("h", 2, 0)}), (3, 3)),
    ("no outer side rules", lambda: _grid(_line, {("v", r, c) for r in range(3) for c in (0, 3)}), (3, 1)),
])
def test_drawn_tables_as_pdfplumber_finds_them(tmp_path, monkeypatch, name, rules, shape):
    path = _draw(tmp_path / "t.pdf", rules(), _words())
    doc = extract(path)
    assert doc == _plumber_extract(path, monkeypatch)
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert [(t.n_rows, t.n_cols) for t in tables] == [shape]


def test_merged_cell_of_a_drawn_table_spans_its_columns(tmp_path):
    path = _draw(tmp_path / "t.pdf", _grid(_line, {("v", 0, 1), ("v", 0, 2)}), _words())
    table = next(b for b in extract(path).blocks if isinstance(b, Table))
    cell = table.cell_at(0, 0)
    assert (cell.cols, cell.text) == (3, "r0c0 r0c1 r0c2")  # gaps wider than 1 em read as spaces


def _edge(x0: float, top: float, x1: float, bottom: float) -> dict:
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "orientation": "v" if x0 == x1 else "h"}


@st.composite
def ruled_grids(draw) -> list[dict]:
    """Rules of a random grid: each cell side drawn or not, some rules split in two or running past the grid."""
    xs = sorted(set(draw(st.lists(st.integers(0, 40), min_size=2, max_size=7))))
    ys = sorted(set(draw(st.lists(st.integers(0, 40), min_size=2, max_size=7))))
    edges = []
    for y in ys:
        for a, b in zip(xs, xs[1:]):
            if draw(st.booleans()) or draw(st.booleans()):
                end = b + draw(st.sampled_from([0, 0, 0, 3]))
                edges.append(_edge(a * 10, y * 10, end * 10, y * 10))
    for x in xs:
        for a, b in zip(ys, ys[1:]):
            if draw(st.booleans()) or draw(st.booleans()):
                edges.append(_edge(x * 10, a * 10, x * 10, b * 10))
    return edges


@settings(max_examples=300, deadline=None)
@given(ruled_grids())
def test_cells_as_pdfplumbers_intersections_to_cells(edges):
    crossings = edges_to_intersections(edges, 1, 1)
    assert pdf_tables.cells(crossings) == intersections_to_cells(crossings)


def test_table_drawn_inside_a_form_xobject(tmp_path, monkeypatch):
    """A page placed on another as a form XObject, scaled: its rules are read through the form's matrix."""
    inner = pdfium.PdfDocument(_draw(tmp_path / "inner.pdf", _grid(_line), _words()))
    outer = pdfium.PdfDocument.new()
    page = outer.new_page(595, 842)
    form = raw.FPDF_NewFormObjectFromXObject(raw.FPDF_NewXObjectFromPage(outer.raw, inner.raw, 0))
    raw.FPDFPageObj_Transform(form, 0.8, 0, 0, 0.8, 20, 30)
    raw.FPDFPage_InsertObject(page.raw, form)
    raw.FPDFPage_GenerateContent(page.raw)
    outer.save(tmp_path / "outer.pdf")
    doc = extract(tmp_path / "outer.pdf")
    assert doc == _plumber_extract(tmp_path / "outer.pdf", monkeypatch)
    assert [(b.n_rows, b.n_cols) for b in doc.blocks if isinstance(b, Table)] == [(3, 3)]


@st.composite
def loose_rules(draw) -> list[dict]:
    """Rules near a few grid lines, off by up to 2.5 points, of any length (some too short to count)."""
    spot = st.integers(0, 8).map(float)
    jitter = st.sampled_from([0.0, 0.0, 0.5, -1.25, 2.5, 3.0])
    edges = []
    for _ in range(draw(st.integers(0, 25))):
        at, a, b = draw(spot) * 20 + draw(jitter), draw(spot) * 20 + draw(jitter), draw(spot) * 20 + draw(jitter)
        lo, hi = min(a, b), max(a, b)
        if draw(st.booleans()):
            edges.append({"x0": lo, "x1": hi, "top": at, "bottom": at, "width": hi - lo, "height": 0.0,
                          "orientation": "h", "object_type": "edge"})
        else:
            edges.append({"x0": at, "x1": at, "top": lo, "bottom": hi, "width": 0.0, "height": hi - lo,
                          "orientation": "v", "object_type": "edge"})
    return edges


@settings(max_examples=300, deadline=None)
@given(loose_rules())
def test_rules_crossings_and_tables_as_pdfplumbers(edges):
    merged = pdf_rules.rules(edges)
    assert merged == _plumber_edges(edges)
    crossings = pdf_rules.crossings(merged)
    assert crossings == edges_to_intersections(merged, 3, 3)
    found = pdf_tables.cells(crossings)
    assert pdf_rules.tables(found) == cells_to_tables(found)
