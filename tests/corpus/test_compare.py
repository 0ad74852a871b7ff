"""gongwen compare: the instrument × province matrix and its four file formats."""
from __future__ import annotations

import csv
import io

import openpyxl
import pytest
from typer.testing import CliRunner

from conftest import CORPUS, parsed
from gongwen.cli import app
from gongwen.corpus.compare import build, describe, render
from gongwen.record import Amount, Span

runner = CliRunner()


@pytest.mark.parametrize(("amount", "text"), [
    (Amount("800元", 800, Span(0, 1), per=[], bound="max", tier="省外"), "≤800元（省外）"),
    (Amount("150元", 150, Span(0, 1), per=["人", "天"]), "150元/人/天"),
    (Amount("20万元", 200000, Span(0, 1), bound="max"), "≤20万元"),
    (Amount("11.22 亿元", 1122000000, Span(0, 1)), "11.22亿元"),
], ids=["bound-tier", "per", "wan", "yi"])
def test_describe(amount, text):
    assert describe(amount) == text


def test_matrix_groups_notices_by_province_and_orders_instruments():
    m = build([parsed(n, "txt") for n in ("000", "001", "003", "004")])
    assert m.columns == ["山西省", "内蒙古自治区", "贵州省"]
    assert m.rows.index("一次性吸纳就业补助") < m.rows.index("专项资金")
    assert "300元/人（县内）" in m.cell("职业介绍补贴", "山西省")
    assert m.cell("专项资金", "贵州省") == "11.22亿元" and m.cell("专项资金", "山西省") == ""


@pytest.mark.parametrize("suffix", ["md", "csv", "html", "xlsx"])
def test_cli_writes_each_format(tmp_path, suffix):
    out = tmp_path / f"m.{suffix}"
    done = runner.invoke(app, ["compare", str(CORPUS / "txt" / "003.txt"), str(CORPUS / "txt" / "004.txt"), "-o", str(out)])
    assert done.exit_code == 0
    if suffix == "xlsx":
        ws = openpyxl.load_workbook(out)["政策工具对比"]
        assert [c.value for c in ws[1]] == ["政策工具", "山西省", "贵州省"]
    elif suffix == "csv":
        assert next(csv.reader(io.StringIO(out.read_text(encoding="utf-8")))) == ["政策工具", "山西省", "贵州省"]
    else:
        assert "职业介绍补贴" in out.read_text(encoding="utf-8")


def test_cli_rejects_unknown_format_and_reports_bad_files(tmp_path):
    assert runner.invoke(app, ["compare", str(CORPUS / "txt" / "003.txt"), "-o", str(tmp_path / "m.pdf")]).exit_code == 2
    done = runner.invoke(app, ["compare", str(CORPUS / "txt" / "003.txt"), str(CORPUS / "bad" / "empty.pdf")])
    assert done.exit_code == 1 and "职业介绍补贴" in done.stdout


def test_render_markdown_has_a_header_rule():
    m = build([parsed("003", "txt")])
    assert render(m, "md").splitlines()[1] == "| --- | --- |"
