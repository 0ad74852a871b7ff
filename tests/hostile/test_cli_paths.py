"""Paths at the command line: bad outputs and empty inputs give one line and exit 2; links stay inside a folder."""
import subprocess
import sys
from pathlib import Path

import pytest

from gongwen.corpus.batch import expand

ROOT = Path(__file__).parent.parent.parent
NOTICE = ROOT / "tests" / "data" / "notices" / "e2e_gansu.txt"


def _gongwen(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gongwen", *args], capture_output=True, text=True, timeout=120, cwd=ROOT)


def _one_line(run: subprocess.CompletedProcess, code: str) -> None:
    lines = run.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(code) and "Traceback" not in run.stderr, run.stderr


@pytest.mark.parametrize("command", ["parse", "check", "compare"])
def test_empty_input_set_is_a_usage_error(tmp_path, command):
    (tmp_path / "notes.md").write_text("not a notice", encoding="utf-8")
    run = _gongwen(command, str(tmp_path))
    assert run.returncode == 2
    assert "no notices found" in run.stderr


def test_output_that_is_a_folder(tmp_path):
    target = tmp_path / "table.md"
    target.mkdir()
    run = _gongwen("compare", str(NOTICE), "-o", str(target))
    assert run.returncode == 2
    _one_line(run, "E_OUTPUT")


@pytest.mark.parametrize("place", ["/proc/gongwen-test.json", "{tmp}/a-file/out.json"])
def test_output_that_cannot_be_written(tmp_path, place):
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    run = _gongwen("parse", str(NOTICE), "-o", place.format(tmp=tmp_path))
    assert run.returncode == 2
    _one_line(run, "E_OUTPUT")


def test_file_name_with_a_newline_stays_on_one_line(tmp_path):
    bad = tmp_path / "a\nE_FORGED other.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    run = _gongwen("parse", str(bad))
    assert run.returncode == 1
    _one_line(run, "E_CORRUPT")
    assert "\\n" in run.stderr


def test_folder_walk_does_not_follow_links_out(tmp_path):
    inside, outside = tmp_path / "in", tmp_path / "out"
    inside.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text("x", encoding="utf-8")
    (inside / "own.txt").write_text("x", encoding="utf-8")
    (inside / "passwd.txt").symlink_to(outside / "secret.txt")
    (inside / "linked").symlink_to(outside, target_is_directory=True)
    (inside / "alias.txt").symlink_to(inside / "own.txt")  # a link that stays inside is kept
    assert sorted(p.name for p in expand([inside])) == ["alias.txt", "own.txt"]
    followed = sorted(p.name for p in expand([inside], follow_links=True))
    assert followed == ["alias.txt", "own.txt", "passwd.txt", "secret.txt"]


def test_records_are_utf8_whatever_the_locale():
    run = subprocess.run([sys.executable, "-m", "gongwen", "parse", str(NOTICE)], capture_output=True, timeout=120,
                         cwd=ROOT, env={**__import__("os").environ, "PYTHONIOENCODING": "latin-1"})
    assert run.returncode == 0
    assert "关于" in run.stdout.decode("utf-8")


def test_compare_writes_nothing_when_every_file_fails(tmp_path):
    out = tmp_path / "m.md"
    run = _gongwen("compare", str(ROOT / "tests" / "data" / "hostile" / "pdf__hang__page_tree_10pow6_leaves_1KB.pdf"),
                   "-o", str(out))
    assert run.returncode == 1 and not out.exists()
    _one_line(run, "E_TOO_LARGE")


@pytest.mark.parametrize("command, output", [
    ("parse", "missing/sub/out.json"), ("parse", "missing/sub/out.jsonl"), ("parse", "missing/sub/outdir"),
    ("compare", "missing/cmp.xlsx"), ("compare", "missing/cmp.html"), ("export", "missing/c.sqlite"),
    ("export", "missing/c.csv"), ("check", "missing/report.sarif")])
def test_missing_output_folders_are_not_created(tmp_path, command, output):
    """A mistyped output path is one E_OUTPUT line naming the missing folder, and leaves no new folder behind."""
    inputs = [str(NOTICE), str(NOTICE.with_name("e2e_henan.txt"))] if output.endswith(("jsonl", "outdir")) else [str(NOTICE)]
    run = _gongwen(command, *inputs, "-o", str(tmp_path / output), *(["--format", "sarif"] if command == "check" else []))
    assert run.returncode == 2
    _one_line(run, "E_OUTPUT")
    assert f"{tmp_path / 'missing'} does not exist" in run.stderr and not (tmp_path / "missing").exists()


def test_an_output_folder_named_is_made_but_not_its_parents(tmp_path):
    run = _gongwen("parse", str(NOTICE), str(NOTICE.with_name("e2e_henan.txt")), "-o", str(tmp_path / "out"))
    assert run.returncode == 0, run.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["e2e_gansu.json", "e2e_henan.json"]
