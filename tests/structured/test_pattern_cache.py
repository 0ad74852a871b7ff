"""The compiled field patterns kept across runs: a later run loads them instead of compiling, a broken cache
only costs the compiling, and a record never depends on where its patterns came from."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from gongwen.structured import pattern_cache

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLE = ROOT / "gongwen" / "samples" / "000.txt"
# parse the sample; with "strict", a field pattern (regex or re) compiled rather than loaded from the cache fails
# the run
RUN = """
import sys
import gongwen
from gongwen.structured import pattern_cache
record = gongwen.parse(sys.argv[2])
assert sys.argv[1] != "strict" or not pattern_cache._missed, "a pattern was compiled, not loaded from the cache"
print(record.to_json(indent=None))
"""
# then every stdlib pattern the parse used, as made from the cache, against re.compile: patterns compare equal only
# with the same flags and compiled program
SAME_AS_RE = """
import re
from gongwen.structured import pattern_cache
keys = [k for k in pattern_cache._asked if k[0] == "re"]
print(len(keys), [k[1] for k in keys if pattern_cache.cached_re(k[1], k[2]) != re.compile(k[1], k[2])])
"""


def _run(cache: Path, mode: str = "", then: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    return subprocess.run([sys.executable, "-c", RUN + then, mode, str(SAMPLE)], capture_output=True, text=True, env=env,
                          cwd=ROOT)


def test_a_second_run_loads_every_pattern_and_parses_alike(tmp_path):
    first = _run(tmp_path)
    assert first.returncode == 0, first.stderr
    assert [p.name for p in (tmp_path / "gongwen").iterdir()][0].startswith("patterns-regex")
    second = _run(tmp_path, "strict")
    assert second.returncode == 0, second.stderr
    assert json.loads(second.stdout) == json.loads(first.stdout)


def test_a_stdlib_pattern_from_the_cache_is_the_one_re_compile_makes(tmp_path):
    assert _run(tmp_path).returncode == 0
    checked = _run(tmp_path, "strict", SAME_AS_RE)
    assert checked.returncode == 0, checked.stderr
    count, differing = checked.stdout.splitlines()[-1].split(" ", 1)
    assert int(count) > 100 and differing == "[]"


def test_a_broken_cache_is_compiled_over_and_rewritten(tmp_path):
    assert _run(tmp_path).returncode == 0
    (kept,) = (tmp_path / "gongwen").iterdir()
    kept.write_bytes(b"not a pickle")
    again = _run(tmp_path)
    assert again.returncode == 0 and again.stderr == ""
    assert kept.stat().st_size > 1000 and _run(tmp_path, "strict").returncode == 0


def test_gongwen_no_cache_reads_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("GONGWEN_NO_CACHE", "1")
    assert _run(tmp_path).returncode == 0
    assert not (tmp_path / "gongwen").exists()


def test_a_program_the_engine_refuses_or_a_moved_re_internal_falls_back_to_re_compile(monkeypatch):
    monkeypatch.setattr(pattern_cache, "_where", None)  # nothing is read or written
    monkeypatch.setattr(pattern_cache, "_asked", {})
    monkeypatch.setattr(pattern_cache, "_loaded", {("re", "[年月]日", 0): (32, [999], 0, {}, (None,))})  # not SRE code
    assert pattern_cache.cached_re("[年月]日") == re.compile("[年月]日")

    def moved(pattern: str, flags: int) -> tuple:
        raise AttributeError("re._compiler has no _code")

    monkeypatch.setattr(pattern_cache, "_program", moved)
    assert pattern_cache.cached_re(r"(?P<y>\d{4})\s*年", re.X) == re.compile(r"(?P<y>\d{4})\s*年", re.X)
    with pytest.raises(re.error):
        pattern_cache.cached_re("[未闭合")


def test_a_one_file_parse_in_a_forked_worker_writes_what_it_compiled(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    run = subprocess.run([sys.executable, "-m", "gongwen", "parse", "-q", "--timeout", "60", str(SAMPLE)],
                         capture_output=True, text=True, env=env, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    assert _run(tmp_path, "strict").returncode == 0  # every pattern of the parse came from that worker's write


def test_save_writes_only_what_this_process_compiled(tmp_path, monkeypatch):
    where = tmp_path / "patterns.pickle"
    monkeypatch.setattr(pattern_cache, "_where", where)
    monkeypatch.setattr(pattern_cache, "_asked", {("re", "x", 0): (32, [], 0, {}, (None,))})
    monkeypatch.setattr(pattern_cache, "_unsaved_by", os.getpid() + 1)  # compiled by the process this one forked from
    pattern_cache.save()
    assert not where.exists()
    monkeypatch.setattr(pattern_cache, "_unsaved_by", os.getpid())
    pattern_cache.save()
    assert where.is_file() and pattern_cache._unsaved_by is None
