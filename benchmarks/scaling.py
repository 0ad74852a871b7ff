"""Print how parse time grows with text length: µs per character for the five source notices
concatenated 1×, 4×, 16×, 64× (and 256× with --long), and for dense synthetic texts (one amount per
line), with the slope between sizes (1.0 = linear).

usage: python benchmarks/scaling.py [--long]
"""
from __future__ import annotations

import math
import sys
import tempfile
import time
from pathlib import Path

import gongwen
from gongwen.limits import set_limits

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus" / "txt"


def timed(text: str) -> float:
    """Return the seconds one parse of `text` (as a UTF-8 TXT file) takes."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "notice.txt"
        path.write_text(text, encoding="utf-8")
        start = time.perf_counter()
        gongwen.parse(path)
        return time.perf_counter() - start


def report(name: str, texts: list[tuple[str, str]]) -> None:
    """Print µs/char per size and the slope of log(time) over log(size) between neighbours."""
    print(f"\n{name}")
    print(f"{'size':>8}{'chars':>10}{'seconds':>10}{'µs/char':>10}{'slope':>8}")
    prev = None
    for label, text in texts:
        seconds = timed(text)
        slope = ""
        if prev is not None:
            slope = f"{math.log(seconds / prev[1]) / math.log(len(text) / prev[0]):.2f}"
        print(f"{label:>8}{len(text):>10}{seconds:>10.2f}{seconds / len(text) * 1e6:>10.1f}{slope:>8}")
        prev = (len(text), seconds)


def main() -> None:
    set_limits(text_chars=20_000_000)  # 256× the five notices is 5.3 M characters, past the default bound
    base = "\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
    timed(base)  # warm up: imports, compiled patterns and the gazetteer load on the first parse
    factors = [1, 4, 16, 64] + ([256] if "--long" in sys.argv else [])
    report("five source notices concatenated", [(f"{k}×", "\n".join([base] * k)) for k in factors])
    lines = [1000, 10000] + ([40000] if "--long" in sys.argv else [])
    report("dense: one amount per line", [(f"{n}", "\n".join(["每人补贴1000元。"] * n)) for n in lines])


if __name__ == "__main__":
    main()
