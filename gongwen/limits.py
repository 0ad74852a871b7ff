"""Resource limits as data: every bound that keeps a hostile file from taking unbounded memory or time.

With these defaults every hostile repro stays under 30 s and 1 GB; the largest parse allowed (a 32 MB XML
part, 2 000 000 characters of text) peaks near 500 MB and takes under 30 s.
Change a bound with `set_limits(...)`; LIMITS is one shared object, read when a file is parsed.
"""
from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass
class Limits:
    """The bounds a file must keep to be read."""

    file_bytes: int = 100 * 1024 * 1024  # input size on disk
    zip_entries: int = 10_000  # parts of a DOCX package
    zip_bytes: int = 1024 * 1024 * 1024  # all parts of a DOCX package, inflated (media are never inflated)
    xml_part_bytes: int = 32 * 1024 * 1024  # one XML part of a DOCX package, inflated (lxml takes ~10x)
    zip_ratio: int = 200  # inflated / compressed size of a part above 1 MiB
    pdf_pages: int = 2_000  # pages of a PDF
    pdf_grid_points: int = 3_000  # rules, and crossings of rules, of a page searched for tables
    pdf_stream_bytes: int = 256 * 1024 * 1024  # one PDF stream, inflated
    pdf_inflated_bytes: int = 1024 * 1024 * 1024  # all Flate streams of a PDF, inflated
    text_chars: int = 2_000_000  # characters of text read from a file (~1,000 pages; field passes take ~25 s)
    line_chars: int = 200_000  # characters of one paragraph
    table_cells: int = 1_000_000  # rows × columns of one table
    worker_memory: int = 3_000_000_000  # address space of a worker process (--timeout mode); pdfium reserves much it never touches


LIMITS = Limits()


def set_limits(**bounds: int) -> Limits:
    """Change the named bounds (file_bytes=…, pdf_pages=…) for every later parse and return the limits."""
    known = {f.name for f in fields(Limits)}
    for name, value in bounds.items():
        if name not in known or not isinstance(value, int) or value < 1:
            raise ValueError(f"unknown limit or not a positive whole number: {name}={value!r}")
        setattr(LIMITS, name, value)
    return LIMITS
