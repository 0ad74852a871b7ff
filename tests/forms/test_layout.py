"""Forms as the source prints them: page, orientation, row heights, byte-identical output, rendering."""
from __future__ import annotations

import shutil
import subprocess

import docx
import openpyxl
import pytest
from conftest import notice_path
from docx.oxml.ns import qn
from click.testing import CliRunner

from gongwen.cli import app
from gongwen.forms import forms_of, regenerate
from gongwen.forms.source import geometries
from gongwen.forms.xlsx import HEADER_TOP

runner = CliRunner()
A4 = (210, 297)  # mm


@pytest.mark.parametrize("n", ["000", "001"])
def test_docx_forms_take_the_source_page_and_row_heights(n, tmp_path):
    out = tmp_path / "f.docx"
    regenerate(notice_path(n, "docx"), out)
    made = docx.Document(str(out))
    src = notice_path(n, "docx")
    for section, table in zip(made.sections, made.tables):
        width, height = round(section.page_width.mm), round(section.page_height.mm)
        assert sorted((width, height)) == list(A4)
        assert section.orientation == (1 if width > height else 0)
        grid = [int(g.get(qn("w:w"))) for g in table._tbl.tblGrid.findall(qn("w:gridCol"))]
        geo = next(g for g in geometries(src, "docx", [(len(grid), None)]))
        assert (round(geo.page.width), round(geo.page.height)) == (width, height)
        source_row = geo.heights[-1]
        rows = [r.height.pt for r in table.rows]
        assert rows[-1] >= source_row and all(h >= 20 for h in rows)
        ratio = [g / sum(grid) for g in grid]
        assert ratio == pytest.approx([w / sum(geo.widths) for w in geo.widths], abs=0.01)


@pytest.mark.parametrize("n", ["000", "001"])
def test_xlsx_forms_take_the_source_page_and_row_heights(n, tmp_path):
    out = tmp_path / "f.xlsx"
    regenerate(notice_path(n, "docx"), out)
    src = notice_path(n, "docx")
    for ws in openpyxl.load_workbook(out).worksheets:
        geo = geometries(src, "docx", [(ws.max_column, None)])[0]
        assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
        assert ws.page_setup.orientation == ("landscape" if geo.page.width > geo.page.height else "portrait")
        merged = [m for m in ws.merged_cells.ranges if m.min_row >= HEADER_TOP]
        body_top = max([m.max_row for m in merged] + [HEADER_TOP]) + 1
        assert ws.row_dimensions[body_top].height >= geo.heights[-1]
        assert all(ws.row_dimensions[r].height >= 18 for r in range(HEADER_TOP, body_top))


def test_a_wrapped_header_label_gets_the_height_it_needs(tmp_path):
    out = tmp_path / "f.xlsx"
    regenerate(notice_path("001", "docx"), out)
    ws = openpyxl.load_workbook(out)["附件1"]
    assert ws["A3"].alignment.wrap_text
    assert sum(ws.row_dimensions[r].height for r in (3, 4, 5)) >= 4 * 10.5 * 1.3  # 其中扶贫车间吸纳人数 over 2+ lines


@pytest.mark.parametrize("fmt", ["xlsx", "docx"])
def test_output_is_byte_identical(fmt, tmp_path):
    a, b = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
    regenerate(notice_path("001", "docx"), a, samples=True)
    regenerate(notice_path("001", "docx"), b, samples=True)
    assert a.read_bytes() == b.read_bytes()


def test_notes_keep_their_printed_label(tmp_path):
    out = tmp_path / "f.docx"
    regenerate(notice_path("001", "docx"), out)
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "填表说明：1.此表由各盟市统一汇总上报。" in texts


def test_guessed_forms_only_on_request(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    refused = runner.invoke(app, ["template", str(notice_path("000", "txt"))])
    assert refused.exit_code == 1 and "W_TABLE_GUESSED" in refused.stderr and len(refused.stderr.splitlines()) == 1
    assert not list(tmp_path.iterdir())
    allowed = runner.invoke(app, ["template", str(notice_path("000", "txt")), "--allow-guessed"])
    assert allowed.exit_code == 0 and (tmp_path / "000-forms.xlsx").exists()


def test_format_follows_the_output_suffix_and_help_says_where(tmp_path):
    out = tmp_path / "forms.docx"
    assert runner.invoke(app, ["template", str(notice_path("000", "docx")), "-o", str(out)]).exit_code == 0
    assert out.read_bytes()[:2] == b"PK" and docx.Document(str(out)).tables
    assert "-forms.xlsx in the current directory" in " ".join(runner.invoke(app, ["template", "--help"]).stdout.split())


def test_unwritable_output_is_one_line(tmp_path):
    result = runner.invoke(app, ["template", str(notice_path("000", "docx")), "-o", "/proc/no/such/f.xlsx"])
    assert result.exit_code == 2 and result.stderr.startswith("E_OUTPUT") and len(result.stderr.splitlines()) == 1


def rules(page, orientation: str) -> list[tuple[float, float, float]]:
    """Return the rules of a rendered page: (x, top, bottom) when vertical, (y, x0, x1) when horizontal."""
    if orientation == "v":
        return [(e["x0"], e["top"], e["bottom"]) for e in page.edges if e["orientation"] == "v" and e["bottom"] - e["top"] > 5]
    return [(e["top"], e["x0"], e["x1"]) for e in page.edges if e["orientation"] == "h" and e["x1"] - e["x0"] > 5]


def crossing(page) -> list[str]:
    """Return the characters a rule runs through (a label wider or taller than its cell)."""
    across = rules(page, "v")
    along = rules(page, "h")
    return [c["text"] for c in page.chars
            if any(c["x0"] + 0.5 < x < c["x1"] - 0.5 and top < (c["top"] + c["bottom"]) / 2 < bottom
                   for x, top, bottom in across)
            or any(c["top"] + 0.5 < y < c["bottom"] - 0.5 and x0 < (c["x0"] + c["x1"]) / 2 < x1 for y, x0, x1 in along)]


def last_row_height(page) -> float:
    """Return the height of the last ruled row on a rendered page."""
    ys = sorted({round(e["top"], 1) for e in page.edges if e["orientation"] == "h"})
    return ys[-1] - ys[-2]


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftoppm") is None,
                    reason="LibreOffice (soffice) or poppler (pdftoppm) is not installed")
@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
@pytest.mark.parametrize("n", ["000", "001"])
def test_libreoffice_renders_the_forms_on_the_source_page(n, fmt, tmp_path):
    import pdfplumber

    out = tmp_path / f"forms.{fmt}"
    regenerate(notice_path(n, "docx"), out)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(out)], timeout=180, capture_output=True)
    pdf = tmp_path / "forms.pdf"
    if not pdf.exists():
        pytest.skip(f"this LibreOffice cannot open .{fmt} (its Calc or Writer component is not installed)")
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(pdf), str(tmp_path / "page")], check=True, timeout=120)
    assert list(tmp_path.glob("page*.png"))
    forms = forms_of(notice_path(n, "docx"))
    with pdfplumber.open(str(pdf)) as doc:
        assert len(doc.pages) == len(forms)
        for page, form in zip(doc.pages, forms):
            size = (round(page.width * 25.4 / 72), round(page.height * 25.4 / 72))
            assert size == (round(form.page.width), round(form.page.height))  # A4, the source's orientation
            assert not crossing(page)
            assert last_row_height(page) >= (form.row_height or 0) - 0.1  # data rows as tall as the source's
        shown = "".join("".join(p.extract_text() or "" for p in doc.pages).split())
        landscape = [p.width > p.height for p in doc.pages]
    assert any(landscape)
    for label in ("附件2", "易地扶贫搬迁群众就业情况统计表"):
        assert label in shown
