"""The one boundary: every failure is a gongwen error with one line, and a batch always goes on."""
import math
import subprocess
import sys
from pathlib import Path

import pytest

import gongwen
from gongwen import structured
from gongwen.boundary import guarded
from gongwen.corpus.batch import parse_many
from gongwen.errors import Corrupt, GongwenError, Internal, TooLarge, one_line
from gongwen.record import Amount, Span
from gongwen.sanitize import sanitize

ROOT = Path(__file__).parent.parent.parent
NOTICES = ROOT / "tests" / "data" / "notices"
HOSTILE = ROOT / "tests" / "data" / "hostile"


def _boom(*_):
    raise KeyError("a bug")


def test_our_bug_is_internal_with_a_report_request():
    with pytest.raises(Internal) as info:
        guarded("x.txt", "build", _boom)
    assert info.value.code == "E_INTERNAL" and "please report" in str(info.value)
    assert isinstance(info.value.__cause__, KeyError)  # --debug prints the chain


def test_unreadable_part_is_corrupt():
    import zipfile

    def bad():
        raise zipfile.BadZipFile("Bad CRC-32\nfor file")

    with pytest.raises(Corrupt) as info:
        guarded("x.docx", "read", bad)
    assert "\n" not in str(info.value)


def test_out_of_memory_is_too_large():
    def big():
        raise MemoryError

    with pytest.raises(TooLarge):
        guarded("x.pdf", "read", big)


def test_gongwen_errors_pass_unchanged():
    err = Corrupt("x", "broken")

    def fail():
        raise err

    with pytest.raises(Corrupt) as info:
        guarded("x", "read", fail)
    assert info.value is err


def test_message_escapes_line_breaks_in_names():
    err = Corrupt("evil\nE_FAKE other.txt", "line one\nline two")
    assert "\n" not in str(err) and "\\n" in str(err)
    assert one_line("中文 ok") == "中文 ok"


def test_batch_goes_on_after_a_bug(monkeypatch):
    real = structured.build_record
    bad = NOTICES / "e2e_gansu.txt"

    def flaky(doc):
        if doc.source.path == str(bad):
            raise IndexError("a bug in a field pass")
        return real(doc)

    monkeypatch.setattr(structured, "build_record", flaky)
    paths = [bad, NOTICES / "e2e_henan.txt", NOTICES / "e2e_hunan.txt"]
    results = dict(parse_many(paths))
    assert isinstance(results[bad], Internal)
    assert all(not isinstance(r, GongwenError) for p, r in results.items() if p != bad)


def test_sanitize_replaces_surrogates_and_drops_absurd_figures():
    record = gongwen.parse(NOTICES / "e2e_gansu.txt")
    record.text += "\ud800"
    span = Span(0, 1)
    record.amounts = [Amount("9" * 400 + "元", math.inf, span), Amount("5元", 5.0, span)]
    out = sanitize(record)
    codes = {w.code for w in out.warnings}
    assert {"W_SURROGATE", "W_ABSURD_NUMBER"} <= codes
    assert [a.value for a in out.amounts] == [5.0]
    out.to_json().encode("utf-8")  # neither raises


def test_sanitize_reads_huge_counts_nan_and_lists_of_text():
    record = gongwen.parse(NOTICES / "e2e_gansu.txt")
    span = Span(0, 1)
    record.amounts = [Amount("1元", 10 ** 400, span), Amount("2元", math.nan, span), Amount("5元", 5.0, span)]
    record.meta.issuers = ["甲厅", "乙\udc80局"]
    out = sanitize(record)
    assert [a.value for a in out.amounts] == [5.0]  # an int beyond every float is compared, not converted
    assert out.meta.issuers == ["甲厅", "乙\ufffd局"]
    assert {"W_SURROGATE", "W_ABSURD_NUMBER"} <= {w.code for w in out.warnings}


def test_to_json_refuses_nan():
    record = gongwen.parse(NOTICES / "e2e_gansu.txt")
    record.amounts = [Amount("x", math.nan, Span(0, 1))]
    with pytest.raises(ValueError):
        record.to_json()


def test_cli_folder_with_bad_files_gives_every_good_record(tmp_path):
    for name in ("e2e_gansu.txt", "e2e_henan.docx", "e2e_hunan.pdf"):
        (tmp_path / name).write_bytes((NOTICES / name).read_bytes())
    for name in ("docx__E_CORRUPT__message_spans_lines_NUL_in_xml.docx", "pdf__hang__page_tree_10pow6_leaves_1KB.pdf"):
        (tmp_path / name).write_bytes((HOSTILE / name).read_bytes())
    run = subprocess.run([sys.executable, "-m", "gongwen", "parse", str(tmp_path)], capture_output=True,
                         text=True, timeout=120, cwd=ROOT)
    assert run.returncode == 1
    assert len(run.stdout.splitlines()) == 3
    *errors, summary = run.stderr.splitlines()
    assert [e.split()[0] for e in errors] == ["E_CORRUPT", "E_TOO_LARGE"]
    assert summary.startswith("parsed 3; failed 2")
    assert "Traceback" not in run.stderr


def _sleep_parse(path, encoding=None):
    import time

    time.sleep(60)


def _die_parse(path, encoding=None):
    import os
    import signal

    os.kill(os.getpid(), signal.SIGKILL)


def test_timeout_stops_the_work(monkeypatch):
    import time

    from gongwen.corpus.worker import parse_with_timeout

    monkeypatch.setattr(gongwen, "parse", _sleep_parse)  # the forked worker inherits the patch
    start = time.monotonic()
    result = parse_with_timeout(NOTICES / "e2e_gansu.txt", 1.0)
    assert result.code == "E_TIMEOUT" and time.monotonic() - start < 10


def test_a_timeout_too_long_to_count_waits_without_limit():
    from gongwen.corpus.worker import parse_with_timeout

    for timeout in (1e12, float("inf")):  # longer than select.poll can wait: no OverflowError, no E_INTERNAL
        assert parse_with_timeout(NOTICES / "e2e_gansu.txt", timeout).meta.title


def test_a_worker_that_dies_is_reported(monkeypatch):
    from gongwen.corpus.worker import parse_with_timeout

    monkeypatch.setattr(gongwen, "parse", _die_parse)
    result = parse_with_timeout(NOTICES / "e2e_gansu.txt", 30.0)
    assert result.code == "E_INTERNAL" and "SIGKILL" in str(result)


def test_worker_gives_records_and_errors():
    records = dict(parse_many([NOTICES / "e2e_gansu.txt", HOSTILE / "pdf__hang__page_tree_10pow6_leaves_1KB.pdf"],
                              timeout=60))
    kinds = sorted(getattr(r, "code", "record") for r in records.values())
    assert kinds == ["E_TOO_LARGE", "record"]


def test_debug_shows_the_worker_traceback():
    run = subprocess.run([sys.executable, "-m", "gongwen", "parse", "--debug",
                          str(HOSTILE / "docx__E_CORRUPT__message_spans_lines_NUL_in_xml.docx")],
                         capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert run.returncode == 1
    assert "Traceback" in run.stderr and "XMLSyntaxError" in run.stderr
    assert run.stderr.splitlines()[-1].startswith("E_CORRUPT")


def _greedy_parse(path, encoding=None):
    return bytearray(8_000_000_000)  # beyond the worker's address-space cap


def test_worker_memory_is_capped(monkeypatch):
    from gongwen.corpus.worker import parse_with_timeout

    monkeypatch.setattr(gongwen, "parse", _greedy_parse)
    result = parse_with_timeout(NOTICES / "e2e_gansu.txt", 60.0)
    assert result.code == "E_TOO_LARGE" and "memory cap" in str(result)
