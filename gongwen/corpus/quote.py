"""Find the sentence a figure was read from, so a researcher can check it without opening the notice."""
from __future__ import annotations

import re

from ..record import Record, Span

STOPS = re.compile(r"[。；;！？\n]")
LONGEST = 160


def sentence(record: Record, span: Span | None, fallback: str | None = None) -> str | None:
    """Return the sentence of the record's text around `span` (at most 160 characters), else `fallback`."""
    text = record.text or ""
    if span is None or not text or span.end > len(text):
        return fallback
    start = max((m.end() for m in STOPS.finditer(text, 0, span.start)), default=0)
    stop = STOPS.search(text, span.end)
    end = stop.end() if stop else len(text)
    found = " ".join(text[start:end].split())
    if len(found) <= LONGEST:
        return found or fallback
    left = max(0, span.start - start - LONGEST // 2)
    return "…" + " ".join(text[start + left:start + left + LONGEST].split()) + "…"
