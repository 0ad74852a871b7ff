"""Print the wall time of short gongwen commands in fresh processes (median of several runs).

usage: python3 benchmarks/startup.py [RUNS]
Targets (issue 2): `gongwen --help` under 0.3 s; `gongwen parse one.txt` under 0.5 s.
Runs `python -m gongwen` so that a shell shim in front of the console script (pyenv) is not counted.
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent.parent / "gongwen" / "samples" / "000.txt"
CASES = {
    "python -c pass (interpreter floor)": [sys.executable, "-c", "pass"],
    "gongwen --help": [sys.executable, "-m", "gongwen", "--help"],
    "gongwen schema": [sys.executable, "-m", "gongwen", "schema"],
    "gongwen parse sample.txt": [sys.executable, "-m", "gongwen", "parse", str(SAMPLE)],
}
TARGETS = {"gongwen --help": 0.3, "gongwen parse sample.txt": 0.5}


def median_seconds(cmd: list[str], runs: int) -> float:
    """Return the median wall time of running `cmd` `runs` times."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    print(f"{'command':<38}{'median s':>10}{'target s':>10}")
    for name, cmd in CASES.items():
        target = TARGETS.get(name)
        print(f"{name:<38}{median_seconds(cmd, runs):>10.3f}{'' if target is None else f'{target:>10.2f}'}")


if __name__ == "__main__":
    main()
