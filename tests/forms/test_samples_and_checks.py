"""Sample forms regenerated blank, and checked forms: marks on the cells, impossible values, uncached formulas, --spec."""
from __future__ import annotations

import openpyxl
import pytest
from conftest import CORPUS, notice_path
from click.testing import CliRunner

from gongwen.cli import app
from gongwen.extractors import extract
from gongwen.forms import forms_of, regenerate
from gongwen.forms.check import check_file
from gongwen.forms.marks import FINDINGS_SHEET
from gongwen.forms.xlsx import HEADER_TOP
from gongwen.structured.tables import analyze

runner = CliRunner()
FILLED = CORPUS / "001-filled.xlsx"


def test_samples_only_on_request():
    assert [f.sheet for f in forms_of(notice_path("001", "docx"))] == ["附件1", "附件2"]
    assert [f.sheet for f in forms_of(notice_path("001", "docx"), samples=True)] == ["附件1", "附件2", "附件3"]


def test_sample_is_written_blank_with_its_15_column_header(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["template", str(notice_path("001", "docx")), "--include-samples"])
    assert result.exit_code == 0
    ws = openpyxl.load_workbook(tmp_path / "001-forms.xlsx")["附件3"]
    source = next(a for a in analyze(extract(notice_path("001", "docx")).blocks) if a.record.attachment == "附件3")
    header = {(c.row, c.col, c.rows, c.cols, "".join(c.text.split()))
              for c in source.table.cells if c.row < 3 and c.text.strip()}
    spans = {(m.min_row, m.min_col): (m.max_row - m.min_row + 1, m.max_col - m.min_col + 1) for m in ws.merged_cells.ranges}
    written = {(c.row - HEADER_TOP, c.column - 1, *spans.get((c.row, c.column), (1, 1)), "".join(str(c.value).split()))
               for row in ws.iter_rows(min_row=HEADER_TOP, max_row=HEADER_TOP + 2) for c in row if c.value is not None}
    assert ws.max_column == 15 and written == header
    body = list(ws.iter_rows(min_row=HEADER_TOP + 3, max_row=HEADER_TOP + 3 + 16, values_only=True))
    assert [r[3] for r in body[:4]] == ["合计", None, None, "益民小区"] and body[1][1] == "呼和浩特市"
    assert all(v is None for r in body for v in r[4:])  # every figure removed


def test_check_form_marks_the_cells_it_prints(tmp_path):
    out = tmp_path / "checked.xlsx"
    result = runner.invoke(app, ["check-form", str(FILLED), "-o", str(out)])
    assert result.exit_code == 1
    printed = [line.split(": ", 1) for line in result.stdout.splitlines()]
    wb = openpyxl.load_workbook(out)
    ws = wb["安置点就业帮扶情况"]
    marked = {f"{ws.title}!{c.coordinate}" for row in ws.iter_rows() for c in row if c.comment is not None}
    assert marked == {where for where, _ in printed} and len(printed) == 8
    for where, message in printed:
        cell = ws[where.split("!")[1]]
        assert message in cell.comment.text and cell.fill.fgColor.rgb.endswith("FFC7CE")
    listed = [(s, c, m) for s, c, m in wb[FINDINGS_SHEET].iter_rows(min_row=2, values_only=True)]
    assert [f"{s}!{c}: {m}" for s, c, m in listed] == result.stdout.splitlines()
    assert ws["E6"].value == 57570  # the copy keeps the figures


def edited(tmp_path, **cells) -> openpyxl.Workbook:
    wb = openpyxl.load_workbook(FILLED)
    for ref, value in cells.items():
        wb.active[ref] = value
    path = tmp_path / "edited.xlsx"
    wb.save(path)
    return path


@pytest.mark.parametrize(("cells", "expect"), [
    ({"F9": -5}, "安置点就业帮扶情况!F9: 人: -5 is negative"),
    ({"E9": 12.5}, "安置点就业帮扶情况!E9: 户: 12.5 is not a whole count")])
def test_negative_values_and_fractional_counts(cells, expect, tmp_path):
    assert expect in [str(f) for f in check_file(edited(tmp_path, **cells))]


def test_formulas_without_cached_values_say_to_open_and_save_first(tmp_path):
    found = [str(f) for f in check_file(edited(tmp_path, E7="=E8", F7="=F8"))]
    uncached = [f for f in found if "cached" in f]
    assert uncached == ["安置点就业帮扶情况!E7: formula without a cached value and 1 more: open and save the file "
                        "in Excel or WPS first, so that its formulas carry values, then check again"]


def test_spec_accepts_its_own_form_and_flags_a_changed_header_and_row_label(tmp_path):
    spec = tmp_path / "spec.json"
    regenerate(notice_path("001", "docx"), None, spec=spec, samples=True)
    ok = runner.invoke(app, ["check-form", str(FILLED), "--spec", str(spec)])
    assert ok.exit_code == 1 and "header" not in ok.stdout and "row label" not in ok.stdout
    path = edited(tmp_path, I4="就业人数", D12="某小区")
    result = runner.invoke(app, ["check-form", str(path), "--spec", str(spec)])
    assert ("安置点就业帮扶情况!I4: header: the form of 附件3 has '搬迁劳动力人数' here (merged over 2 row(s), "
            "1 column(s)), not '就业人数'") in result.stdout.splitlines()
    assert "安置点就业帮扶情况!D12: row label: the form of 附件3 has '爱心家园' here, not '某小区'" in result.stdout


def test_check_form_bad_paths_are_one_line(tmp_path):
    assert runner.invoke(app, ["check-form", str(FILLED), "-o", str(tmp_path / "x.csv")]).exit_code == 2
    result = runner.invoke(app, ["check-form", str(FILLED), "-o", "/proc/no/such/x.xlsx"])
    assert result.exit_code == 2 and result.stderr.splitlines()[0].startswith("E_OUTPUT")
    spec = runner.invoke(app, ["check-form", str(FILLED), "--spec", str(tmp_path / "missing.json")])
    assert spec.exit_code == 2 and "E_NOT_FOUND" in spec.stderr
