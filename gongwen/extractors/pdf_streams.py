"""Measure what the Flate streams of a PDF inflate to, without keeping the output, before pdfium decodes them.

pdfium inflates a page's content streams whole: a 4 MB stream of zeros inflating to 4 GB ended the
process with SIGABRT. Each stream is inflated here in bounded chunks and its output only counted.
"""
from __future__ import annotations

import re
import zlib
from pathlib import Path

from ..errors import TooLarge
from ..limits import LIMITS

STREAM = re.compile(rb"stream(?:\r\n|\n|\r)")  # not after "end": checked apart, a look-behind makes re scan 70x slower
FLATE = re.compile(rb"/FlateDecode\b")
HEAD = 2048  # bytes before a stream keyword searched for its dictionary's filters
CHUNK = 1 << 16  # compressed bytes fed at a time
OUT = 1 << 20  # inflated bytes produced at a time
MAX_CHAIN = 4  # FlateDecode filters applied in a row that are followed


def check_streams(path: Path, data: bytes) -> None:
    """Raise E_TOO_LARGE when a Flate stream, or all of them, inflate beyond LIMITS."""
    per, total = LIMITS.pdf_stream_bytes, 0
    for m in STREAM.finditer(data):
        if data[max(0, m.start() - 3):m.start()] == b"end":
            continue
        head = data[max(0, m.start() - HEAD):m.start()]
        depth = len(FLATE.findall(head[head.rfind(b"obj") + 1:]))
        if not depth:
            continue
        size = inflated_size(data, m.end(), min(depth, MAX_CHAIN), per + 1)
        total += size
        if size > per or total > LIMITS.pdf_inflated_bytes:
            what = f"a stream inflates to over {per}" if size > per else f"its streams inflate to over {LIMITS.pdf_inflated_bytes}"
            raise TooLarge(path, f"{what} bytes (a compression bomb?); re-export the PDF")


def inflated_size(data: bytes, start: int, depth: int, cap: int) -> int:
    """Return how many bytes the stream at `start` inflates to through `depth` Flate filters, stopping at `cap`."""
    chain = [zlib.decompressobj() for _ in range(depth)]
    size, pos = 0, start
    try:
        while pos < len(data) and not chain[0].eof and size < cap:
            size += _push(chain, data[pos:pos + CHUNK], cap - size)
            pos += CHUNK
    except zlib.error:
        pass  # a damaged stream: pdfium decides what to make of it
    return size


def _push(chain: list, data: bytes, budget: int) -> int:
    """Feed `data` through the chain of inflaters and return the bytes the last one gives, up to about `budget`."""
    if not chain:
        return len(data)
    first, rest, size = chain[0], chain[1:], 0
    while data and size < budget and not first.eof:
        out = first.decompress(data, OUT)
        data = first.unconsumed_tail
        size += _push(rest, out, budget - size)
    return size
