"""Batch parsing: worker processes, records in input order, mirrored -o DIR, --resume, unsupported files reported."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import gongwen
from conftest import CORPUS
from gongwen.corpus.batch import parse_many
from gongwen.corpus.executors import local_executor
from gongwen.corpus.mirror import record_paths
from gongwen.corpus.progress import Tally

ROOT = Path(__file__).resolve().parents[2]


def gongwen_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the worktree's gongwen CLI in a fresh process."""
    return subprocess.run([sys.executable, "-m", "gongwen", *args], capture_output=True, text=True, cwd=ROOT, timeout=300,
                          env={**os.environ, **(env or {})})


def small_corpus(tmp_path: Path) -> Path:
    """Return a folder holding 000 as TXT, DOCX and PDF side by side, two more TXT in txt/, and some non-notices."""
    folder = tmp_path / "in"
    (folder / "txt").mkdir(parents=True)
    for name in ("000.docx", "000.pdf"):
        shutil.copy(CORPUS / name, folder / name)
    shutil.copy(CORPUS / "txt" / "000.txt", folder / "000.txt")
    for name in ("001.txt", "002.txt"):
        shutil.copy(CORPUS / "txt" / name, folder / "txt" / name)
    (folder / "notes.doc").write_bytes(b"\xd0\xcf\x11\xe0 old Word")
    (folder / "README.md").write_text("about this folder", encoding="utf-8")
    (folder / ".DS_Store").write_bytes(b"\0")
    return folder


def test_same_stem_in_one_folder_keeps_full_names(tmp_path):
    files = [tmp_path / "000.docx", tmp_path / "000.pdf", tmp_path / "txt" / "000.txt", tmp_path / "001.txt"]
    names = record_paths([tmp_path], files, Path("out"))
    assert [str(names[f]) for f in files] == ["out/000.docx.json", "out/000.pdf.json", "out/txt/000.json", "out/001.json"]


def test_output_dir_mirrors_paths_and_reports_unsupported(tmp_path):
    done = gongwen_cli("parse", str(small_corpus(tmp_path)), "-o", str(tmp_path / "out"), "--jobs", "2", "--no-text", "-q")
    written = sorted(str(p.relative_to(tmp_path / "out")) for p in (tmp_path / "out").rglob("*.json"))
    assert written == ["000.docx.json", "000.pdf.json", "000.txt.json", "txt/001.json", "txt/002.json"]
    *errors, summary = done.stderr.splitlines()
    assert [e.split()[0] for e in errors] == ["E_UNSUPPORTED_FORMAT"] and "notes.doc" in errors[0]
    assert summary.startswith("parsed 5; failed 0; skipped 1 unsupported")
    assert done.returncode == 0  # a file of another kind beside the notices is reported, not a failure


def test_jobs_give_the_same_json_lines_in_input_order(tmp_path):
    folder = small_corpus(tmp_path)
    one = gongwen_cli("parse", str(folder), "--no-text", "--jobs", "1")
    two = gongwen_cli("parse", str(folder), "--no-text", "--jobs", "2")
    paths = [json.loads(line)["source"]["path"] for line in two.stdout.splitlines()]
    assert one.stdout == two.stdout and len(paths) == 5
    assert paths == sorted(paths)


def test_resume_finishes_an_interrupted_run(tmp_path):
    folder, out = small_corpus(tmp_path), tmp_path / "all.jsonl"
    full = gongwen_cli("parse", str(folder), "--no-text", "-o", str(out))
    lines = out.read_text(encoding="utf-8").splitlines()
    assert full.returncode == 0 and len(lines) == 5 and not out.with_name("all.jsonl.part").exists()
    out.unlink()
    out.with_name("all.jsonl.part").write_text(lines[0] + "\n" + lines[1][:50], encoding="utf-8")  # killed mid-line
    again = gongwen_cli("parse", str(folder), "--no-text", "-o", str(out), "--resume", "-j", "2")
    assert again.returncode == 0 and "1 already done (--resume)" in again.stderr
    assert sorted(out.read_text(encoding="utf-8").splitlines()) == sorted(lines)
    rerun = gongwen_cli("parse", str(folder), "--no-text", "-o", str(out), "--resume")
    assert rerun.stderr.splitlines()[-1].startswith("parsed 0;") and "5 already done" in rerun.stderr
    assert sorted(out.read_text(encoding="utf-8").splitlines()) == sorted(lines)


def test_resume_into_a_folder_skips_records_present(tmp_path):
    folder, out = small_corpus(tmp_path), tmp_path / "out"
    gongwen_cli("parse", str(folder), "--no-text", "-o", str(out))
    (out / "txt" / "002.json").unlink()
    kept = (out / "txt" / "001.json").stat().st_mtime_ns
    done = gongwen_cli("parse", str(folder), "--no-text", "-o", str(out), "--resume")
    assert done.stderr.splitlines()[-1].startswith("parsed 1;") and (out / "txt" / "002.json").is_file()
    assert (out / "txt" / "001.json").stat().st_mtime_ns == kept


def _slow_for_001(path, encoding=None):
    """Parse as usual, but hang on 001."""
    from gongwen.extractors import extract
    from gongwen.sanitize import sanitize
    from gongwen.structured import build_record

    if Path(path).stem == "001":
        time.sleep(60)
    return sanitize(build_record(extract(path, encoding=encoding)))


def test_timeout_with_workers_stops_one_file_only(tmp_path, monkeypatch):
    monkeypatch.setattr(gongwen, "parse", _slow_for_001)  # the forked pool inherits the patch
    folder = small_corpus(tmp_path) / "txt"
    start = time.monotonic()
    with local_executor(2) as pool:
        results = list(parse_many([folder], timeout=2.0, executor=pool, window=4))
    assert [(p.name, getattr(r, "code", "record")) for p, r in results] == [("001.txt", "E_TIMEOUT"), ("002.txt", "record")]
    assert time.monotonic() - start < 30


def test_summary_counts_by_code():
    tally = Tally(resumed=2)
    for code in (None, None, "E_TIMEOUT", "E_CORRUPT", "E_TIMEOUT", "E_UNSUPPORTED_FORMAT"):
        tally.count(code)
    line = tally.summary()
    assert line.startswith("parsed 2; failed 3 (E_CORRUPT 1, E_TIMEOUT 2); skipped 1 unsupported; 2 already done")


def test_unreachable_dask_scheduler_is_one_line(tmp_path):
    pytest.importorskip("distributed", reason="Dask distributed is not installed (pip install 'gongwen[dask]')")
    done = gongwen_cli("parse", str(small_corpus(tmp_path)), "--dask", "tcp://127.0.0.1:9",
                       env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"})
    assert done.returncode == 2 and "Traceback" not in done.stderr and "--dask" in done.stderr


def test_dask_gives_byte_identical_json_lines(tmp_path):
    distributed = pytest.importorskip("distributed", reason="Dask distributed is not installed (pip install 'gongwen[dask]')")
    folder = small_corpus(tmp_path)
    local = gongwen_cli("parse", str(folder), "-o", str(tmp_path / "local.jsonl"))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        remote = gongwen_cli("parse", str(folder), "-o", str(tmp_path / "dask.jsonl"), "--dask", cluster.scheduler_address)
    assert local.returncode == remote.returncode == 0, remote.stderr
    data = (tmp_path / "dask.jsonl").read_bytes()
    assert data == (tmp_path / "local.jsonl").read_bytes() and data.count(b"\n") == 5


def test_json_lines_onto_a_folder_is_one_output_error(tmp_path):
    (tmp_path / "taken.jsonl").mkdir()
    done = gongwen_cli("parse", str(CORPUS / "txt"), "-o", str(tmp_path / "taken.jsonl"))
    assert done.returncode == 2 and done.stderr.startswith("E_OUTPUT") and done.stderr.count("\n") == 1
    assert list(tmp_path.iterdir()) == [tmp_path / "taken.jsonl"]


def test_progress_bar_shows_on_a_terminal_only(tmp_path):
    import pty

    leader, follower = pty.openpty()
    args = [sys.executable, "-m", "gongwen", "parse", str(CORPUS / "txt"), "--no-text", "-q", "-o", str(tmp_path / "a.jsonl")]
    with subprocess.Popen(args, cwd=ROOT, stderr=follower, stdout=subprocess.DEVNULL) as proc:
        os.close(follower)
        shown = b""
        while chunk := _read(leader):
            shown += chunk
        proc.wait(timeout=120)
    os.close(leader)
    assert "━".encode() in shown and b"0/5" in shown and b" failed " in shown  # the bar, files done, failures so far
    plain = gongwen_cli("parse", str(CORPUS / "txt"), "--no-text", "-q", "-o", str(tmp_path / "b.jsonl"))
    assert plain.stderr.count("\n") == 1 and "\x1b" not in plain.stderr  # no terminal: the summary line alone


def _read(fd: int) -> bytes:
    """Return what the terminal shows next, or nothing once its last writer has gone."""
    try:
        return os.read(fd, 4096)
    except OSError:
        return b""


def test_resume_without_an_output_is_a_usage_error():
    done = gongwen_cli("parse", str(CORPUS / "txt"), "--resume")
    assert done.returncode == 2 and "--resume" in done.stderr and "Traceback" not in done.stderr


def test_compare_export_and_check_take_jobs_and_give_what_one_process_gives(tmp_path):
    """compare, export and check parse on worker processes with --jobs; their outputs do not depend on it."""
    folder = small_corpus(tmp_path)
    outputs = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"j{jobs}"
        out.mkdir()
        runs = [gongwen_cli("compare", str(folder), "--by", "notice", "-o", str(out / "cmp.md"), "--jobs", jobs),
                gongwen_cli("export", str(folder), "-o", str(out / "c.xlsx"), "--jobs", jobs),
                gongwen_cli("check", str(folder), "--format", "json", "-o", str(out / "check.json"), "--jobs", jobs)]
        assert [r.returncode for r in runs] == [0, 0, 1], [r.stderr for r in runs]  # check: 001's totals are errors
        outputs[jobs] = {p.name: p.read_bytes() for p in sorted(out.iterdir())}
    assert outputs["1"] == outputs["2"] and set(outputs["1"]) == {"cmp.md", "c.xlsx", "check.json"}


def test_negative_jobs_are_a_usage_error():
    run = gongwen_cli("check", str(CORPUS / "txt" / "000.txt"), "--jobs", "-1")
    assert run.returncode == 2 and "--jobs" in run.stderr and "Traceback" not in run.stderr
