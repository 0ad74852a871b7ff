"""Print parse speed per format beside its reference, measured in the same run.

References: pdfplumber's bare `page.extract_text()` on the same pages (PDF), a python-docx body walk
reading tables through `row.cells` (DOCX), and the TXT reader's own rate.
usage: python benchmarks/parse_speed.py [CORPUS_DIR] [--repeat N]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import docx
import pdfplumber

import gongwen
from gongwen.extractors import extract

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus"


def best_of(cases: list[tuple[str, str, object, list[Path]]], repeat: int) -> dict[tuple[str, str], float]:
    """Return the best total time of each case over all its paths, in seconds.

    Cases run round-robin, one pass each per round, so that warm-up, caches and machine noise
    fall on every case alike rather than on whichever runs first.
    """
    times: dict[tuple[str, str], float] = {}
    for round_ in range(repeat + 1):  # round 0 warms up
        for fmt, what, fn, paths in cases:
            t = time.perf_counter()
            for p in paths:
                fn(p)
            elapsed = time.perf_counter() - t
            if round_:
                times[fmt, what] = min(times.get((fmt, what), elapsed), elapsed)
    return times


def pdfplumber_text(path: Path) -> None:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()


def docx_walk(path: Path) -> None:
    for block in docx.Document(str(path)).iter_inner_content():
        if isinstance(block, docx.table.Table):
            for row in block.rows:
                [c.text for c in row.cells]
        else:
            block.text


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    files = {fmt: sorted(args.corpus.glob(f"[0-9][0-9][0-9].{fmt}")) for fmt in ("pdf", "docx")}
    files["txt"] = sorted((args.corpus / "txt").glob("*.txt"))
    pages = sum(extract(p).source.pages or 0 for p in files["pdf"])
    cases = [
        ("pdf", "gongwen.parse", gongwen.parse, files["pdf"]),
        ("pdf", "pdfplumber extract_text", pdfplumber_text, files["pdf"]),
        ("pdf", "gongwen extract only", extract, files["pdf"]),
        ("docx", "gongwen.parse", gongwen.parse, files["docx"]),
        ("docx", "python-docx walk + row.cells", docx_walk, files["docx"]),
        ("docx", "gongwen extract only", extract, files["docx"]),
        ("txt", "gongwen.parse", gongwen.parse, files["txt"]),
        ("txt", "gongwen extract only", extract, files["txt"]),
    ]
    times = best_of(cases, args.repeat)
    rows = [(fmt, what, times[fmt, what], len(paths), pages if fmt == "pdf" else 0) for fmt, what, _, paths in cases]
    refs = {"pdf": rows[1][2], "docx": rows[4][2], "txt": rows[6][2]}
    print(f"{'format':6} {'what':30} {'notices/s':>10} {'ms/file':>9} {'ms/page':>8} {'× ref':>6}")
    for fmt, what, secs, n, npages in rows:
        per_page = f"{1000 * secs / npages:8.1f}" if npages else f"{'':8}"
        print(f"{fmt:6} {what:30} {n / secs:10.1f} {1000 * secs / n:9.1f} {per_page} {secs / refs[fmt]:6.2f}")


if __name__ == "__main__":
    main()
