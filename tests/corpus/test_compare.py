"""gongwen compare: the instrument × group matrix, its sources, and its four file formats."""
from __future__ import annotations

import csv
import dataclasses
import io
import re
import shutil
import subprocess

import openpyxl
import pytest
from click.testing import CliRunner

from conftest import CORPUS, parsed
from gongwen.cli import app
from gongwen.corpus.compare import CONDITIONS, EMPTY, build, describe, render
from gongwen.corpus.identity import group
from gongwen.record import Amount, Span

runner = CliRunner()


def notices(*numbers: str, fmt: str = "txt"):
    """Return the notices of the given corpus numbers, parsed from `fmt`."""
    return group([parsed(n, fmt) for n in numbers])


@pytest.mark.parametrize(("amount", "text"), [
    (Amount("800元", 800, Span(0, 1), per=[], bound="max", tier="省外"), "≤800元（省外）"),
    (Amount("150元", 150, Span(0, 1), per=["人", "天"]), "150元/人/天"),
    (Amount("20万元", 200000, Span(0, 1), bound="max"), "≤20万元"),
    (Amount("11.22 亿元", 1122000000, Span(0, 1)), "11.22亿元"),
    (Amount("6000元", 6000, Span(0, 1), per=["年"], bound="min", category="条件", beneficiary="年就业 收入达到"),
     "≥6000元/年（年就业收入达到）"),
], ids=["bound-tier", "per", "wan", "yi", "condition"])
def test_describe(amount, text):
    assert describe(amount) == text


def test_province_columns_label_each_notice_and_order_instruments():
    m = build(notices("000", "001", "003", "004"))
    assert m.columns == ["山西省", "内蒙古自治区", "贵州省"]
    assert m.rows.index("一次性吸纳就业补助") < m.rows.index("专项资金")
    lines = m.cell("职业介绍补贴", "山西省").splitlines()
    assert lines[0].startswith("晋人社厅函〔2020〕127号：") and lines[1].startswith("晋人社厅发〔2020〕44号：")
    assert "300元/人（县内）" in lines[1]
    assert m.cell("专项资金", "贵州省") == "贵州省生态移民局：11.22亿元" and m.cell("专项资金", "山西省") == EMPTY


def test_conditions_are_a_row_of_their_own_after_the_instruments():
    m = build(notices("000"))
    assert m.rows[-1] == CONDITIONS and "条件" not in m.rows
    assert "≥6000元/年" in m.cell(CONDITIONS, "山西省")


def test_a_notice_in_three_files_counts_once_and_lists_its_files():
    m = build(group([parsed("003", f) for f in ("txt", "docx", "pdf")]))
    assert m.cell("职业介绍补贴", "山西省") == "晋人社厅函〔2020〕127号：500元/人（县内）；800元/人（省内）；1000元/人（省外）"
    assert len(m.notices()) == 1 and len(m.notices()[0].sources) == 3 and m.files == 3


def test_no_figure_is_repeated_within_a_cell_and_each_has_a_sentence():
    m = build(notices("000", "001", "002", "003", "004"))
    for row in m.rows:
        for col in m.columns:
            for line in m.cell(row, col).splitlines():
                figures = line.split("：", 1)[-1].split("；")
                assert len(figures) == len(set(figures)), (row, col, line)
    assert all(f.amount.quote.replace(" ", "") in (f.sentence or "").replace(" ", "") for f in m.figures)


def test_city_columns_keep_a_city_notice_apart_from_its_province():
    m = build(notices("000", "002", "003"), by="city")
    assert m.columns == ["山西省（省级）", "忻州市"]
    assert m.cell("评价补贴", "忻州市") != EMPTY and m.cell("评价补贴", "山西省（省级）") == EMPTY


def test_notice_columns_are_dated_and_unlabelled_cells():
    m = build(notices("000", "003"), by="notice")
    assert m.columns == ["晋人社厅函〔2020〕127号（2020-03-05）", "晋人社厅发〔2020〕44号（2020-07-07）"]
    assert m.cell("稳岗补贴", m.columns[0]) == "200元/人/月"


def test_year_columns():
    assert build(notices("000", "002"), by="year").columns == ["2020", "2022"]


def test_xlsx_numbers_comments_sources_and_print_layout(tmp_path):
    out = tmp_path / "m.xlsx"
    done = runner.invoke(app, ["compare", str(CORPUS / "txt" / "003.txt"), str(CORPUS / "003.docx"),
                               str(CORPUS / "txt" / "001.txt"), "-o", str(out)])
    assert done.exit_code == 0, done.output
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:3] == ["政策工具对比", "来源", "公文"]
    ws = wb["政策工具对比"]
    assert [c.value for c in ws[1]] == ["政策工具", "山西省", "内蒙古自治区"]
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    one = rows["稳岗补贴"][1]
    assert one.value == 200 and one.number_format == '"晋人社厅函〔2020〕127号："#,##0"元/人/月"'
    assert one.comment.text.startswith("[S") and "200 元稳岗补贴" in one.comment.text
    assert rows["稳岗补贴"][2].value == EMPTY
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert one.alignment.shrink_to_fit and rows["职业介绍补贴"][1].alignment.wrap_text and one.border.left.style == "thin"
    sources = list(wb["来源"].iter_rows(min_row=2, values_only=True))
    assert len(sources) == len(parsed("003", "txt").amounts) + len(parsed("001", "txt").amounts)
    notices_sheet = list(wb["公文"].iter_rows(min_row=2, values_only=True))
    assert len(notices_sheet) == 2 and max(r[8] for r in notices_sheet) == 2


def test_html_is_self_contained_with_summary_links_and_sources(tmp_path):
    out = tmp_path / "m.html"
    args = ["compare", str(CORPUS / "txt"), str(CORPUS / "000.docx"), "--by", "city", "-o", str(out)]
    assert runner.invoke(app, args).exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert "<h1>政策工具对比（按地市）</h1>" in page and "6 个文件，5 件公文" in page
    assert not re.search(r"<(script|link|img)\b", page)
    links, anchors = set(re.findall(r'href="#(S\d+)"', page)), set(re.findall(r'id="(S\d+)"', page))
    assert links and links == anchors
    assert re.search(r'<a class="fig" href="#S\d+" title="[^"]*800[^"]*">≤800元</a>', page)


@pytest.mark.parametrize("suffix", ["md", "csv"])
def test_cli_writes_text_formats(tmp_path, suffix):
    out = tmp_path / f"m.{suffix}"
    done = runner.invoke(app, ["compare", str(CORPUS / "txt" / "003.txt"), str(CORPUS / "txt" / "004.txt"), "-o", str(out)])
    assert done.exit_code == 0
    text = out.read_text(encoding="utf-8")
    if suffix == "csv":
        assert next(csv.reader(io.StringIO(text))) == ["政策工具", "山西省", "贵州省"]
    else:
        assert text.splitlines()[1] == "| --- | --- | --- |" and "职业介绍补贴" in text


def test_cli_rejects_bad_options_and_reports_bad_files(tmp_path):
    one = str(CORPUS / "txt" / "003.txt")
    assert runner.invoke(app, ["compare", one, "-o", str(tmp_path / "m.pdf")]).exit_code == 2
    assert runner.invoke(app, ["compare", one, "--by", "county"]).exit_code == 2
    done = runner.invoke(app, ["compare", one, str(CORPUS / "bad" / "empty.pdf")])
    assert done.exit_code == 1 and "职业介绍补贴" in done.stdout
    done = runner.invoke(app, ["compare", one, "-o", "/proc/no/m.html"])
    assert done.exit_code == 2 and done.output.startswith("E_OUTPUT") and "Traceback" not in done.output


def _chromium() -> str | None:
    return next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome", "chrome")) if p), None)


@pytest.mark.skipif(_chromium() is None, reason="no Chromium installed (chromium, chromium-browser or google-chrome on PATH)")
def test_html_screenshot_in_headless_chromium(tmp_path):
    page, shot = tmp_path / "m.html", tmp_path / "m.png"
    page.write_text(render(build(notices("000", "002", "003", "004")), "html"), encoding="utf-8")
    subprocess.run([_chromium(), "--headless", "--disable-gpu", "--no-sandbox", f"--screenshot={shot}",
                    "--window-size=1400,900", page.as_uri()], check=True, timeout=60, capture_output=True)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PIL import Image  # Pillow comes with pdfplumber

    image = Image.open(shot).convert("L")
    assert image.size == (1400, 900)

    def dark_share(box: tuple[int, int, int, int]) -> float:
        counts = image.crop(box).histogram()
        return sum(counts[:128]) / sum(counts)

    # the page drew its heading and a ruled matrix of text, not a blank or an error page
    assert dark_share((0, 0, 1400, 120)) > 0.01 and dark_share((0, 120, 1400, 900)) > 0.005


def test_deadlines_targets_and_duties_are_listed_per_notice_in_xlsx_and_html(tmp_path):
    from gongwen.corpus.compare_sections import sections

    m = build(notices("000", "003"))
    found = {s.title: s.rows for s in sections(m)}
    assert ("山西省", "晋人社厅发〔2020〕44号", "行动期", "7月—8月底", "", "7月—8月底") in found["时限与报送"]
    assert any(r[2] == "定期报送" and r[3] == "每月上报" for r in found["时限与报送"])
    assert any(r[2] == "技能培训" and r[3] == "≥1次" for r in found["目标任务"])
    assert any(r[2] == "牵头" and "各级人社部门" in r[3] for r in found["责任分工"])
    out = tmp_path / "m.xlsx"
    assert runner.invoke(app, ["compare", str(CORPUS / "txt" / "000.txt"), "-o", str(out)]).exit_code == 0
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[3:] == ["时限与报送", "目标任务", "责任分工"] and wb["时限与报送"].max_row > 5
    page = render(m, "html")
    assert page.index("<h2>对比矩阵</h2>") < page.index("<h2>时限与报送</h2>") < page.index("<h2>来源</h2>")


def test_json_lines_from_parse_compare_like_the_notices_and_unplaced_notices_are_counted(tmp_path):
    lines = tmp_path / "c.jsonl"
    records = [parsed("003", "txt"), parsed("003", "pdf"), parsed("001", "txt")]
    lines.write_text("".join(r.to_json(indent=None) + "\n" for r in records), encoding="utf-8")
    from_lines = runner.invoke(app, ["compare", str(lines)])
    from_files = runner.invoke(app, ["compare", str(CORPUS / "txt" / "003.txt"), str(CORPUS / "txt" / "001.txt")])
    assert from_lines.exit_code == 0 and from_lines.stdout.split("来源：")[0] == from_files.stdout.split("来源：")[0]
    record = parsed("004", "txt")
    unplaced = dataclasses.replace(record, meta=dataclasses.replace(record.meta, province=None))
    m = build(group([parsed("003", "txt"), unplaced]))
    assert m.columns == ["山西省", "（省份不明）"]
    assert "（省份不明）：1 件（50%），单列一栏。" in render(m, "html")
