"""Blank-form regeneration (XLSX, DOCX, spec round trip) and filled-form checks."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from conftest import CORPUS, notice_path
from click.testing import CliRunner

from gongwen.cli import app
from gongwen.extractors import extract
from gongwen.forms import forms_of, regenerate
from gongwen.forms.check import check_file
from gongwen.forms.xlsx import HEADER_TOP
from gongwen.structured.tables import analyze

runner = CliRunner()
SOURCES = [("000", "docx"), ("000", "pdf"), ("001", "docx"), ("001", "pdf")]


def labelled_header(path: Path) -> list[set[tuple]]:
    """Return, per blank form of the source, its labelled header cells (label, rows, cols, row, col)."""
    out = []
    for a in analyze(extract(path).blocks):
        if a.record.kind == "template":
            out.append({("".join(c.text.split()), c.rows, c.cols, c.row, c.col)
                        for c in a.table.cells if c.row < a.record.header_rows and c.text.strip()})
    return out


def sheet_header(ws, header_rows: int) -> set[tuple]:
    """Return the labelled header cells of a generated sheet, relative to the header's top-left."""
    spans = {(m.min_row, m.min_col): (m.max_row - m.min_row + 1, m.max_col - m.min_col + 1) for m in ws.merged_cells.ranges}
    return {("".join(str(c.value).split()), *spans.get((c.row, c.column), (1, 1)), c.row - HEADER_TOP, c.column - 1)
            for row in ws.iter_rows(min_row=HEADER_TOP, max_row=HEADER_TOP + header_rows - 1) for c in row
            if c.value is not None and str(c.value).strip()}


@pytest.mark.parametrize(("n", "fmt"), SOURCES)
def test_xlsx_header_equals_source_cell_by_cell(n, fmt, tmp_path):
    out = tmp_path / "forms.xlsx"
    regenerate(notice_path(n, fmt), out)
    wb = openpyxl.load_workbook(out)
    forms = forms_of(notice_path(n, fmt))
    source = labelled_header(notice_path(n, fmt))
    assert len(source) == len(wb.worksheets) == len(forms) >= 2
    for ws, form, cells in zip(wb.worksheets, forms, source):
        assert ws.title == form.attachment
        assert sheet_header(ws, form.header_rows) == cells


def test_print_setup_and_footer(tmp_path):
    out = tmp_path / "f.xlsx"
    regenerate(notice_path("001", "docx"), out)
    ws = openpyxl.load_workbook(out)["附件1"]
    assert (ws["A1"].value, ws["A2"].value) == ("附件1", "易地扶贫搬迁群众就业情况统计表")
    assert ws.freeze_panes == "B6"
    assert ws.page_setup.orientation == "landscape" and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws["D3"].border.left.style == "thin" and ws["D3"].alignment.wrap_text
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert any(t.startswith("填表人：") and "联系电话：" in t for t in texts)
    assert "填表说明：1.此表由各盟市统一汇总上报。" in texts  # the label as printed
    assert any(t.strip("　") == "3.请每月3日前报送截至上月底数据。" for t in texts)


def test_spec_round_trip(tmp_path):
    spec, first, second = tmp_path / "spec.json", tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    regenerate(notice_path("000", "docx"), first, spec=spec)
    regenerate(spec, second)
    a, b = openpyxl.load_workbook(first), openpyxl.load_workbook(second)
    assert [ws.title for ws in a.worksheets] == [ws.title for ws in b.worksheets]
    for x, y in zip(a.worksheets, b.worksheets):
        assert sorted(map(str, x.merged_cells.ranges)) == sorted(map(str, y.merged_cells.ranges))
        assert [[c.value for c in r] for r in x.iter_rows()] == [[c.value for c in r] for r in y.iter_rows()]


def test_docx_output_keeps_the_merges(tmp_path):
    out = tmp_path / "forms.docx"
    regenerate(notice_path("001", "docx"), out, "docx")
    again = [a.record.columns for a in analyze(extract(out).blocks)]
    assert again == [a.record.columns for a in analyze(extract(notice_path("001", "docx")).blocks)
                     if a.record.kind == "template"]


def test_txt_forms_have_the_dump_leaves():
    forms = forms_of(notice_path("000", "txt"))
    assert [f.sheet for f in forms] == ["附件1", "附件2", "附件3"]


def test_filled_form_findings():
    found = [str(f) for f in check_file(CORPUS / "001-filled.xlsx")]
    assert "安置点就业帮扶情况!E6: 户 (57570) differs from the sum of its 1 rows below (1129)" in found
    assert "安置点就业帮扶情况!E20: 户 (261) differs from the sum of its 2 rows below (46)" in found
    assert not [f for f in found if "!E7:" in f or "!E8:" in f]  # 呼和浩特市 and 清水河县 add up


@pytest.mark.parametrize(("value", "expect"), [
    (600, "其中：建档立卡贫困人口/户 (600) exceeds 户 (524)"), ("五百", "户: '五百' is not a number")])
def test_filled_form_cell_rules(value, expect, tmp_path):
    wb = openpyxl.load_workbook(CORPUS / "001-filled.xlsx")
    ws = wb.active
    ws["G9" if isinstance(value, int) else "E9"] = value
    path = tmp_path / "edited.xlsx"
    wb.save(path)
    assert any(expect in str(f) for f in check_file(path))


def test_group_total_must_equal_its_parts(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["市", "已就业人数", None, None], [None, None, "县内", "县外"], ["**市", 10, 4, 5]):
        ws.append(row)
    ws.merge_cells("A1:A2"), ws.merge_cells("B1:D1"), ws.merge_cells("B2:B2")
    path = tmp_path / "sum.xlsx"
    wb.save(path)
    assert [str(f) for f in check_file(path)] == ["Sheet!B3: 已就业人数 (10) differs from the sum of 县内+县外 (9)"]


def test_closing_total_row_sums_the_rows_above_and_notes_are_not_rows(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["县（市、区）", "培训人数", None], [None, "合计", "其中：脱贫劳动力"], ["平昌县", 100, 90],
                ["通江县", 80, 60], ["合计", 200, 150], [None, None, None], ["填报人：", None, None], ["说明：1.每月5日前报送。"]):
        ws.append(row)
    ws.merge_cells("A1:A2"), ws.merge_cells("B1:C1")
    path = tmp_path / "total.xlsx"
    wb.save(path)
    assert [str(f) for f in check_file(path)] == ["Sheet!B5: 合计 (200) differs from the sum of its 2 rows above (180)"]


@pytest.mark.parametrize(("args", "code"), [
    (["check-form", str(CORPUS / "001-filled.xlsx")], 1), (["check-form", "missing.xlsx"], 2),
    (["template", str(CORPUS / "003.docx"), "-o", "x.xlsx"], 1), (["template", "missing.docx"], 2),
    (["template", str(CORPUS / "000.docx"), "--format", "pdf"], 2),
    (["template", str(CORPUS / "000.docx"), "-o", "x.xlsx", "--format", "docx"], 2),
    (["template", str(CORPUS / "txt" / "000.txt"), "-o", "x.xlsx"], 1)])
def test_cli_exit_codes(args, code, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, args).exit_code == code
    assert not (tmp_path / "x.xlsx").exists()


