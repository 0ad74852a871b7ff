"""Run a long fuzz: mutants of the corpus notices per format (byte flips, truncations, DOCX part surgery, PDF
object surgery), each parsed in a capped subprocess batch; print inputs tried per format and outcomes by class.
An `exception` outcome or E_INTERNAL is a bug to fix.

usage: python benchmarks/fuzz.py [--count N] [--seed S]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "hostile"))
from mutate import mutants  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"
ORIGINALS = {"txt": [CORPUS / "txt" / f"00{i}.txt" for i in range(5)],
             "docx": [CORPUS / f"00{i}.docx" for i in range(5)],
             "pdf": [CORPUS / f"00{i}.pdf" for i in range(5)]}
BATCH = 25  # files per capped subprocess


def run(fmt: str, count: int, seed: int) -> list[dict]:
    """Return the capped-run rows of `count` mutants of the format's notices."""
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for k, original in enumerate(ORIGINALS[fmt]):
            for i, data in enumerate(mutants(original.read_bytes(), fmt, seed + k, count // len(ORIGINALS[fmt]))):
                files.append(Path(tmp) / f"{original.stem}-{i}.{fmt}")
                files[-1].write_bytes(data)
        for start in range(0, len(files), BATCH):
            chunk = files[start:start + BATCH]
            done = subprocess.run([sys.executable, str(ROOT / "tests" / "hostile" / "capped_run.py"), *map(str, chunk)],
                                  capture_output=True, text=True, timeout=60 * len(chunk))
            rows += [json.loads(line) for line in done.stdout.splitlines()]
            rows += [{"file": str(f), "outcome": "crashed"} for f in chunk[len(done.stdout.splitlines()):]]
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=100, help="mutants per format")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    print(f"{'format':<7}{'tried':>7}  outcomes (class: count)  slowest s  peak MB")
    for fmt in ORIGINALS:
        rows = run(fmt, a.count, a.seed)
        classes = Counter(r["outcome"] if r["outcome"] != "error" else r["code"] for r in rows)
        slow = max((r.get("seconds", 0) for r in rows), default=0)
        peak = max((r.get("peak_mb", 0) for r in rows), default=0)
        print(f"{fmt:<7}{len(rows):>7}  {dict(sorted(classes.items()))}  {slow:.1f}  {peak}")
        for r in rows:
            if r["outcome"] in ("exception", "crashed") or r.get("code") == "E_INTERNAL":
                print(f"  BUG {r}")


if __name__ == "__main__":
    main()
