"""A short fuzz run: mutants of the corpus (byte flips, truncations, DOCX part surgery, PDF object surgery) and
generated text all give a record or one gongwen error, never another exception or E_INTERNAL, under a memory
cap and a time bound. `benchmarks/fuzz.py` runs the long version."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import gongwen
from conftest import notice_path
from gongwen.errors import GongwenError

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from mutate import mutants  # noqa: E402

SEEDS = {"txt": ("003", 12), "docx": ("001", 12), "pdf": ("003", 8)}  # notice and mutants per format


@pytest.mark.parametrize("fmt", sorted(SEEDS))
def test_mutants_give_a_record_or_a_gongwen_error(fmt, tmp_path):
    name, count = SEEDS[fmt]
    original = notice_path(name, fmt).read_bytes()
    files = []
    for i, data in enumerate(mutants(original, fmt, seed=2026, count=count)):
        files.append(tmp_path / f"m{i}.{fmt}")
        files[-1].write_bytes(data)
    run = subprocess.run([sys.executable, str(HERE / "capped_run.py"), *map(str, files)],
                         capture_output=True, text=True, timeout=600)
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(rows) == len(files), run.stderr[-2000:]
    for row in rows:
        assert row["outcome"] in ("record", "error") and row.get("code") != "E_INTERNAL", row
        assert row["seconds"] < 30, row


HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80)
NOTICE_BITS = st.sampled_from(["关于", "的通知", "元", "万元", "每人每月", "月底前", "第", "号", "〔2021〕", "、", "，", "：",
                               "\n", "。", "一、", "（一）", "①", "本月", "0日前", "十〇元", "年", "日", "1", "9", "0", "%"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(NOTICE_BITS, HAN, st.text(max_size=3)), max_size=60).map("".join))
def test_generated_text_gives_a_record_or_a_gongwen_error(text):
    try:
        record = gongwen.parse(text.encode("utf-8"), name="g.txt")
    except GongwenError as err:
        assert err.code != "E_INTERNAL", err
    else:
        json.loads(record.to_json())
