"""gongwen export: tidy tables from JSON Lines or notices, one row per item, each notice counted once."""
from __future__ import annotations

import csv
import importlib.util
import sqlite3

import openpyxl
import pytest
from click.testing import CliRunner

from conftest import CORPUS, parsed
from gongwen.cli import app
from gongwen.corpus.export import COLUMNS, tables
from gongwen.corpus.identity import group

runner = CliRunner()


@pytest.fixture(scope="module")
def corpus_jsonl(tmp_path_factory):
    """Return a JSON Lines corpus holding notice 000 twice (TXT and DOCX) and notices 002 and 003."""
    path = tmp_path_factory.mktemp("jsonl") / "corpus.jsonl"
    records = [parsed("000", "txt"), parsed("000", "docx"), parsed("002", "txt"), parsed("003", "txt")]
    path.write_text("".join(r.to_json(indent=None) + "\n" for r in records), encoding="utf-8")
    return path


def test_every_row_has_its_tables_columns_and_the_notice_keys():
    data = tables(group([parsed(n, "txt") for n in ("000", "002", "003")]))
    for name, rows in data.items():
        assert rows, name
        assert all(tuple(row) == COLUMNS[name] for row in rows), name
    assert {r["notice_id"] for r in data["amounts"]} <= {r["notice_id"] for r in data["notices"]}
    five = [r for r in data["amounts"] if r["quote"] == "300元"][0]
    assert five["value"] == 300.0 and five["province"] == "山西省" and "300元" in five["sentence"]


def test_sqlite_tables_answer_a_query_and_count_a_notice_once(corpus_jsonl, tmp_path):
    out = tmp_path / "c.sqlite"
    done = runner.invoke(app, ["export", str(corpus_jsonl), "-o", str(out)])
    assert done.exit_code == 0, done.output
    db = sqlite3.connect(out)
    assert db.execute("SELECT count(*) FROM notices").fetchone() == (3,)
    counts = dict(((p, c), n) for p, c, n in db.execute(
        "SELECT province, category, count(*) FROM amounts GROUP BY 1, 2"))
    assert counts[("山西省", "一次性吸纳就业补助")] == sum(
        a.category == "一次性吸纳就业补助" for n in ("000", "002", "003") for a in parsed(n, "txt").amounts)
    assert db.execute("SELECT typeof(value) FROM amounts LIMIT 1").fetchone() == ("real",)
    assert db.execute("SELECT n_sources FROM notices WHERE doc_number = '晋人社厅发〔2020〕44号'").fetchone() == (2,)


def test_csv_is_one_file_per_table_with_a_bom_for_excel(corpus_jsonl, tmp_path):
    done = runner.invoke(app, ["export", str(corpus_jsonl), "-o", str(tmp_path / "c.csv")])
    assert done.exit_code == 0, done.output
    assert sorted(p.stem for p in (tmp_path / "c").iterdir()) == sorted(COLUMNS)
    raw = (tmp_path / "c" / "amounts.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = next(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert tuple(header) == COLUMNS["amounts"]


def test_xlsx_has_one_sheet_per_table_and_numbers_as_numbers(tmp_path):
    out = tmp_path / "c.xlsx"
    assert runner.invoke(app, ["export", str(CORPUS / "txt" / "000.txt"), str(CORPUS / "000.pdf"), "-o", str(out)]).exit_code == 0
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == list(COLUMNS)
    ws = wb["amounts"]
    values = [row[COLUMNS["amounts"].index("value")] for row in ws.iter_rows(min_row=2, values_only=True)]
    assert values and all(isinstance(v, (int, float)) for v in values)
    assert len(values) == len(parsed("000", "txt").amounts)  # the PDF rendering is the same notice


def test_bad_paths_give_one_line_and_write_nothing(corpus_jsonl, tmp_path):
    for args, code in [(["-o", str(tmp_path / "c.pdf")], "E_UNSUPPORTED_FORMAT"),
                       ([str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "m.xlsx")], "E_NOT_FOUND"),
                       (["-o", "/proc/no/c.xlsx"], "E_OUTPUT")]:
        done = runner.invoke(app, ["export", str(corpus_jsonl), *args])
        assert done.exit_code == 2 and done.output.startswith(code) and "Traceback" not in done.output
    assert not (tmp_path / "m.xlsx").exists()


@pytest.mark.skipif(importlib.util.find_spec("pyarrow") is not None, reason="pyarrow is installed")
def test_parquet_without_pyarrow_names_the_extra(corpus_jsonl, tmp_path):
    done = runner.invoke(app, ["export", str(corpus_jsonl), "-o", str(tmp_path / "c.parquet")])
    assert done.exit_code == 2 and "gongwen[parquet]" in done.output and len(done.output.splitlines()) == 1


def test_workbooks_are_byte_identical_across_runs(tmp_path):
    import time

    notices = str(CORPUS / "txt")
    runner = CliRunner()
    outputs = []
    for n in range(2):
        for command, name in (("export", "e.xlsx"), ("compare", "c.xlsx")):
            out = tmp_path / f"{n}{name}"
            runner.invoke(app, [command, notices, "-o", str(out)])
            outputs.append(out.read_bytes())
        time.sleep(1.1)  # a zip timestamp has two-second steps: cross one
    assert outputs[0] == outputs[2] and outputs[1] == outputs[3]
