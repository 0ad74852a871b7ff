"""Print the wall time of short gongwen commands in fresh processes: medians over interleaved rounds.

usage: python3 benchmarks/startup.py [ROUNDS]
Each round runs every command once, in turn, so that a busy machine slows all of them alike; the medians
stand beside the interpreter's own start (the floor no command can go under) and the targets of issue 13:
`gongwen --help` ≤ 0.15 s, `gongwen parse one.txt` ≤ 0.25 s.
Runs `python -m gongwen` so that a shell shim in front of the console script (pyenv) is not counted, with
bytecode written (PYTHONDONTWRITEBYTECODE dropped), as an installed package has it: else every run would
compile gongwen's sources first. The field patterns come from their cache (gongwen/structured/pattern_cache.py)
after the first round, except in the last line: a parse with an empty cache each time, as the first run after an
install (it compiles the patterns, then writes them for the next run).
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent.parent / "gongwen" / "samples" / "000.txt"
GONGWEN = [sys.executable, "-m", "gongwen"]
CASES = {
    "python -c pass (interpreter floor)": [sys.executable, "-c", "pass"],
    "gongwen --help": [*GONGWEN, "--help"],
    "gongwen schema": [*GONGWEN, "schema"],
    "gongwen parse sample.txt": [*GONGWEN, "parse", str(SAMPLE)],
    "gongwen parse --timeout 0 sample.txt": [*GONGWEN, "parse", "--timeout", "0", str(SAMPLE)],
    "gongwen parse sample.txt, empty cache": [*GONGWEN, "parse", str(SAMPLE)],
}
EMPTY_CACHE = {"gongwen parse sample.txt, empty cache"}
TARGETS = {"gongwen --help": 0.15, "gongwen parse sample.txt": 0.25}
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def seconds(cmd: list[str], empty_cache: bool = False) -> float:
    """Return the wall time of one run of `cmd`; with `empty_cache`, its pattern cache folder is a new empty one."""
    with tempfile.TemporaryDirectory() as cache:
        env = {**ENV, "XDG_CACHE_HOME": cache} if empty_cache else ENV
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=env)
        return time.perf_counter() - start


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    times: dict[str, list[float]] = {name: [] for name in CASES}
    for cmd in CASES.values():  # write the bytecode and the pattern cache; not counted
        seconds(cmd)
    for _ in range(rounds):
        for name, cmd in CASES.items():
            times[name].append(seconds(cmd, name in EMPTY_CACHE))
    floor = statistics.median(times["python -c pass (interpreter floor)"])
    print(f"{'command':<40}{'median s':>10}{'min s':>8}{'max s':>8}{'- floor':>9}{'target s':>10}")
    for name, runs in times.items():
        target = TARGETS.get(name)
        median = statistics.median(runs)
        print(f"{name:<40}{median:>10.3f}{min(runs):>8.3f}{max(runs):>8.3f}{median - floor:>9.3f}"
              f"{'' if target is None else f'{target:>10.2f}'}")
    print(f"{rounds} interleaved rounds")


if __name__ == "__main__":
    main()
