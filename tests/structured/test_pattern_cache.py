"""The compiled field patterns kept across runs: a later run loads them instead of compiling, a broken cache
only costs the compiling, and a record never depends on where its patterns came from."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLE = ROOT / "gongwen" / "samples" / "000.txt"
# parse the sample; with "strict", a field pattern compiled rather than loaded from the cache fails the run
RUN = """
import sys, regex
compile = regex.compile
if sys.argv[1] == "strict":
    def refuse(pattern, flags=0):
        raise AssertionError("compiled, not loaded: " + pattern[:40])
    regex.compile = refuse
import gongwen, gongwen.structured
regex.compile = compile
print(gongwen.parse(sys.argv[2]).to_json(indent=None))
"""


def _run(cache: Path, mode: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    return subprocess.run([sys.executable, "-c", RUN, mode, str(SAMPLE)], capture_output=True, text=True, env=env, cwd=ROOT)


def test_a_second_run_loads_every_pattern_and_parses_alike(tmp_path):
    first = _run(tmp_path)
    assert first.returncode == 0, first.stderr
    assert [p.name for p in (tmp_path / "gongwen").iterdir()][0].startswith("patterns-regex")
    second = _run(tmp_path, "strict")
    assert second.returncode == 0, second.stderr
    assert json.loads(second.stdout) == json.loads(first.stdout)


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
