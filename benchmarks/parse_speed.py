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


def best(fn, paths: list[Path], repeat: int) -> float:
    """Return the best total time of `fn` over all `paths`, in seconds."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        for p in paths:
            fn(p)
        times.append(time.perf_counter() - t)
    return min(times)


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
    rows = [
        ("pdf", "gongwen.parse", best(gongwen.parse, files["pdf"], args.repeat), len(files["pdf"]), pages),
        ("pdf", "pdfplumber extract_text", best(pdfplumber_text, files["pdf"], args.repeat), len(files["pdf"]), pages),
        ("pdf", "gongwen extract only", best(extract, files["pdf"], args.repeat), len(files["pdf"]), pages),
        ("docx", "gongwen.parse", best(gongwen.parse, files["docx"], args.repeat), len(files["docx"]), 0),
        ("docx", "python-docx walk + row.cells", best(docx_walk, files["docx"], args.repeat), len(files["docx"]), 0),
        ("docx", "gongwen extract only", best(extract, files["docx"], args.repeat), len(files["docx"]), 0),
        ("txt", "gongwen.parse", best(gongwen.parse, files["txt"], args.repeat), len(files["txt"]), 0),
        ("txt", "gongwen extract only", best(extract, files["txt"], args.repeat), len(files["txt"]), 0),
    ]
    refs = {"pdf": rows[1][2], "docx": rows[4][2], "txt": rows[6][2]}
    print(f"{'format':6} {'what':30} {'notices/s':>10} {'ms/file':>9} {'ms/page':>8} {'× ref':>6}")
    for fmt, what, secs, n, npages in rows:
        per_page = f"{1000 * secs / npages:8.1f}" if npages else f"{'':8}"
        print(f"{fmt:6} {what:30} {n / secs:10.1f} {1000 * secs / n:9.1f} {per_page} {secs / refs[fmt]:6.2f}")


if __name__ == "__main__":
    main()
