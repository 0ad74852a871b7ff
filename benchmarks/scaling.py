"""Print how parse time grows with text length: µs per character for the five source notices
concatenated 1×, 4×, 16×, 64× (and 256× with --long), and for dense synthetic texts (one amount per
line), with the slope between sizes (1.0 = linear) and the largest size's µs/char over the smallest's.

Times are CPU seconds of this process (the machine may be shared), the median over --rounds rounds that
each parse every size once, so that load falls on all sizes alike.
usage: python benchmarks/scaling.py [--long] [--rounds N]
"""
from __future__ import annotations

import argparse
import math
import statistics
import tempfile
import time
from pathlib import Path

import gongwen
from gongwen.limits import set_limits

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus" / "txt"


def timed(path: Path) -> float:
    """Return the CPU seconds one parse of the file at `path` takes."""
    start = time.process_time()
    gongwen.parse(path)
    return time.process_time() - start


def measure(texts: list[tuple[str, str]], rounds: int, tmp: Path) -> list[float]:
    """Return the median seconds of each text over `rounds` interleaved rounds."""
    paths = []
    for i, (_, text) in enumerate(texts):
        paths.append(tmp / f"notice{i}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    runs = [[timed(p) for p in paths] for _ in range(rounds)]
    return [statistics.median(r[i] for r in runs) for i in range(len(texts))]


def report(name: str, texts: list[tuple[str, str]], rounds: int, tmp: Path) -> None:
    """Print µs/char per size, the slope of log(time) over log(size) between neighbours, and last/first."""
    print(f"\n{name}")
    print(f"{'size':>8}{'chars':>10}{'seconds':>10}{'µs/char':>10}{'slope':>8}")
    rates = []
    prev = None
    for (label, text), seconds in zip(texts, measure(texts, rounds, tmp)):
        slope = ""
        if prev is not None:
            slope = f"{math.log(seconds / prev[1]) / math.log(len(text) / prev[0]):.2f}"
        rates.append(seconds / len(text) * 1e6)
        print(f"{label:>8}{len(text):>10}{seconds:>10.2f}{rates[-1]:>10.1f}{slope:>8}")
        prev = (len(text), seconds)
    print(f"µs/char at {texts[-1][0]} over {texts[0][0]}: {rates[-1] / rates[0]:.2f} (linear: 1.0; accepted: ≤ 1.5)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--long", action="store_true", help="add 256× and 40,000 lines (minutes)")
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    set_limits(text_chars=20_000_000)  # 256× the five notices is 5.3 M characters, past the default bound
    base = "\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
    with tempfile.TemporaryDirectory() as tmp:
        measure([("warm-up", base)], 1, Path(tmp))  # imports, compiled patterns and the gazetteer load on the first parse
        factors = [1, 4, 16, 64] + ([256] if args.long else [])
        report("five source notices concatenated", [(f"{k}×", "\n".join([base] * k)) for k in factors],
               args.rounds, Path(tmp))
        lines = [1000, 10000] + ([40000] if args.long else [])
        report("dense: one amount per line", [(f"{n}", "\n".join(["每人补贴1000元。"] * n)) for n in lines],
               args.rounds, Path(tmp))


if __name__ == "__main__":
    main()
