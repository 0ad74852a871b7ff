"""Print batch-parse throughput for --jobs 1 and --jobs 2, and peak RSS, on many copies of the test corpus's notices.

usage: python3 benchmarks/batch.py [--many | N…]
Default: 100 files (under 2 minutes on 2 cores); --many: 500 and 2,000 files, to see that memory stays flat; N…: those sizes.
Targets (issue 10): --jobs 2 at least 1.7 × --jobs 1; peak RSS under 300 MB, flat from 500 to 2,000 files.
Each run is `python -m gongwen parse DIR -o out.jsonl` in a fresh process; RSS is the largest of that process and
its workers. Figures are printed beside each other, never asserted.
"""
from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"


def notices() -> list[Path]:
    """Return the good notices of the test corpus: TXT, DOCX and PDF of each."""
    good = sorted(CORPUS.glob("txt/*.txt")) + sorted(CORPUS.glob("00?.docx")) + sorted(CORPUS.glob("00?.pdf"))
    return [p for p in good if "-" not in p.stem]


def fill(folder: Path, count: int) -> None:
    """Copy `count` notices into `folder`, cycling through the corpus, each under a new name."""
    folder.mkdir(parents=True)
    for i, src in zip(range(count), itertools.cycle(notices())):
        shutil.copy(src, folder / f"{i:05d}{src.suffix}")


def run(folder: Path, jobs: int, out: Path) -> tuple[float, float]:
    """Return the seconds and the peak RSS (MB) of one batch parse of `folder`."""
    cmd = [sys.executable, "-m", "gongwen", "parse", str(folder), "--no-text", "--jobs", str(jobs), "-o", str(out)]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        print(f"  (exit {os.waitstatus_to_exitcode(status)}: see `{' '.join(cmd)}`)")
    return took, usage.ru_maxrss / 1024


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:] if a.isdigit()] or ([500, 2000] if "--many" in sys.argv else [100])
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, load average {load} (other work slows --jobs 2)")
    print(f"{'files':>6} {'jobs':>4} {'seconds':>8} {'files/s':>8} {'speed-up':>8} {'peak RSS MB':>11}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            folder = Path(tmp) / f"in{size}"
            fill(folder, size)
            base = None
            for jobs in (1, 2):
                took, rss = run(folder, jobs, Path(tmp) / f"out{size}-{jobs}.jsonl")
                base = base or took
                print(f"{size:>6} {jobs:>4} {took:>8.1f} {size / took:>8.1f} {base / took:>7.2f}× {rss:>11.0f}")


if __name__ == "__main__":
    main()
