"""Print the PDF whole-record time beside pdfplumber's bare extract_text() on the same pages, as medians.

Each round times every case once over all the files, the cases interleaved, so machine noise falls on
all of them alike; the ratio is taken per round and its median printed.
usage: python benchmarks/pdf_speed.py [PDF ...] [--rounds N]
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import pdfplumber

import gongwen
from gongwen.extractors import extract

DEFAULT = sorted((Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus").glob("[0-9][0-9][0-9].pdf"))


def pdfplumber_text(path: Path) -> None:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pdfs", nargs="*", type=Path, default=DEFAULT)
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()
    cases = {"pdfplumber extract_text": pdfplumber_text, "gongwen.parse": gongwen.parse, "gongwen extract only": extract}
    times: dict[str, list[float]] = {what: [] for what in cases}
    for round_ in range(args.rounds + 1):  # round 0 warms up
        for what, fn in cases.items():
            t = time.perf_counter()
            for p in args.pdfs:
                fn(p)
            if round_:
                times[what].append(time.perf_counter() - t)
    pages = sum(extract(p).source.pages or 0 for p in args.pdfs)
    ref = times["pdfplumber extract_text"]
    print(f"{len(args.pdfs)} PDFs, {pages} pages, median of {args.rounds} interleaved rounds")
    print(f"{'what':26} {'ms/page':>8} {'× pdfplumber':>13}")
    for what, secs in times.items():
        ratio = statistics.median(s / r for s, r in zip(secs, ref))
        print(f"{what:26} {1000 * statistics.median(secs) / pages:8.2f} {ratio:13.3f}")


if __name__ == "__main__":
    main()
