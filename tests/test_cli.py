"""The command line: exit codes, one-line errors, batches that survive bad files."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import CORPUS

BAD = {
    "bad/empty.pdf": "E_EMPTY",
    "bad/truncated.pdf": "E_CORRUPT",
    "bad/encrypted.pdf": "E_ENCRYPTED",
    "000-scanned.pdf": "E_NO_TEXT_LAYER",
}


def gongwen(*args: str) -> subprocess.CompletedProcess:
    """Run the gongwen CLI in a fresh process."""
    return subprocess.run([sys.executable, "-m", "gongwen", *args], capture_output=True, text=True)


@pytest.mark.parametrize(("name", "code"), BAD.items())
def test_bad_file_gives_its_code_in_one_line(name, code):
    done = gongwen("parse", str(CORPUS / name))
    assert done.returncode == 1
    assert done.stderr.startswith(code) and name.split("/")[-1] in done.stderr
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1


@pytest.mark.parametrize("command", ["parse", "deadlines", "template", "check-form"])
def test_missing_file_is_a_usage_error_with_its_code(command):
    done = gongwen(command, "no/such/notice.txt")
    assert done.returncode == 2 and done.stderr.startswith("E_NOT_FOUND")


def test_usage_error_exits_2():
    assert gongwen("parse", "--no-such-option").returncode == 2


def test_misnamed_pdf_parses_as_pdf_with_a_warning():
    done = gongwen("parse", "--no-text", str(CORPUS / "003-really-a-pdf.docx"))
    record = json.loads(done.stdout)
    assert done.returncode == 0 and record["source"]["format"] == "pdf"
    assert any(w["code"] == "W_EXTENSION" for w in record["warnings"])


@pytest.mark.parametrize(("variant", "original"), [
    ("002-gbk.txt", "txt/002.txt"), ("003-utf16.txt", "txt/003.txt"), ("004-crlf-bom.txt", "txt/004.txt")])
def test_encoding_variants_parse_like_their_originals(variant, original):
    import gongwen as lib

    a, b = lib.parse(CORPUS / variant).to_dict(), lib.parse(CORPUS / original).to_dict()
    assert a["source"]["encoding"] != "utf-8"
    for key in ("source", "warnings"):
        a.pop(key), b.pop(key)
    assert a == b


def test_folder_batch_writes_good_files_and_reports_bad_ones():
    done = gongwen("parse", "--no-text", str(CORPUS))
    lines = done.stdout.splitlines()
    *notes, summary = done.stderr.splitlines()
    errors = [n for n in notes if n.startswith("E_")]  # the others are the notices' warnings (W_…)
    assert done.returncode == 1 and all(n.startswith(("E_", "W_")) for n in notes)
    assert len(lines) == 15 + 4  # 5 notices × 3 formats, the misnamed PDF and 3 encoding variants
    assert all(json.loads(line)["schema"] == "gongwen/1" for line in lines)
    assert sorted(e.split()[0] for e in errors) == sorted([*BAD.values(), "E_UNSUPPORTED_FORMAT"])  # 001-filled.xlsx
    assert summary.startswith("parsed 19; failed 4 (") and "skipped 1 unsupported" in summary


def test_output_dir_gets_one_file_per_notice(tmp_path):
    done = gongwen("parse", str(CORPUS / "txt"), "-o", str(tmp_path))
    assert done.returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"00{i}.json" for i in range(5)]


def test_version_and_schema():
    assert gongwen("--version").stdout.startswith("gongwen ")
    schema = json.loads(gongwen("schema").stdout)
    assert schema["properties"]["schema"]["const"] == "gongwen/1"


def test_cli_import_leaves_heavy_libraries_out():
    code = "import sys, gongwen.cli; print(sorted(m for m in ('pdfplumber', 'docx', 'openpyxl', 'jieba') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "[]"


def test_parsing_a_txt_notice_imports_no_library_it_does_not_use():
    code = ("import sys, io\nfrom gongwen.cli import app\nsys.stdout = io.TextIOWrapper(io.BytesIO())\n"
            f"app(['parse', '-q', '--timeout', '0', {str(CORPUS / 'txt' / '000.txt')!r}], standalone_mode=False)\n"
            "sys.stdout = sys.__stdout__\n"
            "print(sorted(m for m in ('pydantic', 'typer', 'rich', 'pdfplumber', 'pypdfium2', 'docx', 'openpyxl', "
            "'distributed') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_one_file_into_an_existing_folder(tmp_path):
    done = gongwen("parse", str(CORPUS / "txt" / "003.txt"), "-o", str(tmp_path))
    assert done.returncode == 0 and json.loads((tmp_path / "003.json").read_text(encoding="utf-8"))["meta"]["doc_type"] == "通知"


def test_every_command_and_option_has_help_and_h_works():
    from click.testing import CliRunner

    from gongwen.cli import app

    runner = CliRunner()
    for name, command in app.commands.items():
        assert command.help, name
        for param in command.params:
            assert getattr(param, "help", None), f"{name} {param.name}"
        result = runner.invoke(app, [name, "-h"])
        assert result.exit_code == 0 and "Usage:" in result.output, name


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_stdin_gives_the_record_of_the_file(fmt):
    from conftest import notice_path

    path = notice_path("002", fmt)
    piped = subprocess.run([sys.executable, "-m", "gongwen", "parse", "-", "--no-text"], input=path.read_bytes(),
                           capture_output=True)
    direct = gongwen("parse", str(path), "--no-text")
    a, b = json.loads(piped.stdout), json.loads(direct.stdout)
    assert a["source"].pop("path") == "-" and b["source"].pop("path") == str(path)
    assert a == b and piped.returncode == 0


def test_warnings_reach_stderr_one_line_each_unless_quiet():
    misnamed = str(CORPUS / "003-really-a-pdf.docx")
    loud, quiet = gongwen("parse", misnamed, "--no-text"), gongwen("parse", "-q", misnamed, "--no-text")
    assert loud.stderr.startswith("W_EXTENSION ") and len(loud.stderr.strip().splitlines()) >= 1
    assert quiet.stderr == "" and json.loads(quiet.stdout) == json.loads(loud.stdout)


def test_choices_named_in_the_cli_are_the_library_ones():
    from gongwen import cli
    from gongwen.corpus.check import FORMATS as CHECK_FORMATS
    from gongwen.corpus.compare import GROUPINGS
    from gongwen.forms import FORMATS

    assert (cli.FORM_FORMATS, cli.CHECK_FORMATS, cli.GROUPINGS) == (FORMATS, CHECK_FORMATS, GROUPINGS)


def test_help_names_paths_and_choices_plainly():
    from click.testing import CliRunner

    from gongwen.cli import app

    runner = CliRunner()
    parse_help, check_help = (runner.invoke(app, [name, "-h"]).output for name in ("parse", "check"))
    assert "Usage: gongwen parse [OPTIONS] FILE…" in parse_help and "-o, --output PATH" in parse_help
    assert "list[" not in parse_help + check_help and "{files}" not in parse_help
    assert "--format FORMAT" in check_help and "text, json, github, junit, sarif" in check_help
    assert "Usage: gongwen eval [OPTIONS] DIR [FILE…]" in runner.invoke(app, ["eval", "-h"]).output


def test_encoding_names_the_codec_of_a_txt_notice(tmp_path):
    text = "關於補貼的通知：每人1000元。"
    notice = tmp_path / "short-big5.txt"
    notice.write_bytes(text.encode("big5"))
    named, misnamed = gongwen("parse", "--encoding", "big5", str(notice)), gongwen("parse", "--encoding", "utf-8", str(notice))
    record = json.loads(named.stdout)
    assert named.returncode == 0 and record["text"] == text and record["source"]["encoding"] == "big5"
    assert misnamed.returncode == 1 and misnamed.stdout == ""
    assert misnamed.stderr.startswith("E_ENCODING") and "not utf-8" in misnamed.stderr and misnamed.stderr.count("\n") == 1


@pytest.mark.parametrize("command", ["check", "compare", "diff"])
def test_every_command_reading_notices_takes_the_encoding(command):
    gbk = str(CORPUS / "002-gbk.txt")
    named, misnamed = (gongwen(command, "--encoding", codec, gbk, *([gbk] if command == "diff" else []))
                       for codec in ("gbk", "utf-8"))
    assert named.returncode == 0 and "E_ENCODING" not in named.stdout + named.stderr
    assert misnamed.returncode != 0 and "E_ENCODING" in misnamed.stdout + misnamed.stderr
    assert "not utf-8" in misnamed.stdout + misnamed.stderr


def test_an_unknown_encoding_is_a_usage_error():
    done = gongwen("parse", "--encoding", "klingon", str(CORPUS / "txt" / "000.txt"))
    assert done.returncode == 2 and "Error: Invalid value for --encoding: 'klingon'" in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
