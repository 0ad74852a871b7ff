"""Print parse speed per format beside its reference, measured in the same run.

References: pdfplumber's bare `page.extract_text()` on the same pages (PDF), a python-docx body walk
reading tables through `row.cells` (DOCX), and the bare UTF-8 decode and split into paragraphs (TXT).
Each figure is the median over the rounds, which run every case once, in turn (round 0 warms up).
usage: python benchmarks/parse_speed.py [CORPUS_DIR] [--repeat N]
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import docx
import pdfplumber

import gongwen
from gongwen.extractors import extract

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus"


def medians(cases: list[tuple[str, str, object, list[Path]]], repeat: int) -> dict[tuple[str, str], float]:
    """Return the median total time of each case over all its paths, in seconds.

    Cases run round-robin, one pass each per round, so that warm-up, caches and machine noise
    fall on every case alike rather than on whichever runs first; the median, unlike the best round,
    is not a lucky outlier of a busy machine.
    """
    times: dict[tuple[str, str], list[float]] = {(fmt, what): [] for fmt, what, _, _ in cases}
    for round_ in range(repeat + 1):  # round 0 warms up
        for fmt, what, fn, paths in cases:
            t = time.perf_counter()
            for p in paths:
                fn(p)
            elapsed = time.perf_counter() - t
            if round_:
                times[fmt, what].append(elapsed)
    return {case: statistics.median(runs) for case, runs in times.items()}


def pdfplumber_text(path: Path) -> None:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()


def txt_split(path: Path) -> None:
    [line.strip() for line in path.read_bytes().decode("utf-8", errors="replace").splitlines() if line.strip()]


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
    ap.add_argument("--repeat", type=int, default=9)
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
        ("txt", "bare decode + paragraph split", txt_split, files["txt"]),
        ("txt", "gongwen extract only", extract, files["txt"]),
    ]
    times = medians(cases, args.repeat)
    rows = [(fmt, what, times[fmt, what], len(paths), pages if fmt == "pdf" else 0) for fmt, what, _, paths in cases]
    refs = {"pdf": rows[1][2], "docx": rows[4][2], "txt": rows[7][2]}
    print(f"{'format':6} {'what':30} {'notices/s':>10} {'ms/file':>9} {'ms/page':>8} {'× ref':>8}")
    for fmt, what, secs, n, npages in rows:
        per_page = f"{1000 * secs / npages:8.1f}" if npages else f"{'':8}"
        print(f"{fmt:6} {what:30} {n / secs:10.1f} {1000 * secs / n:9.1f} {per_page} {secs / refs[fmt]:8.2f}")
    print(f"medians of {args.repeat} interleaved rounds")


if __name__ == "__main__":
    main()
