"""Read whole-number attributes of a file within bounds: a value that is not a plain number or is out
of range is ignored, and a note is kept for the reader to turn into a warning."""
from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

PLAIN = re.compile(r"-?[0-9]{1,12}")  # ASCII digits only: str.isdigit also takes ² and ①, which int() refuses
MAX_NOTES = 20

_notes: ContextVar[list[tuple[str, str]] | None] = ContextVar("bounded_notes", default=None)


def bounded_int(value: str | None, low: int, high: int, what: str) -> int | None:
    """Return `value` as an int when it is a plain number within [low, high], else None (noted unless absent)."""
    if value is None:
        return None
    text = value.strip()
    if PLAIN.fullmatch(text) and low <= int(text) <= high:
        return int(text)
    note("W_ATTRIBUTE_RANGE", f"{what} {text[:20]!r} is not a number from {low} to {high}; ignored")
    return None


def note(code: str, message: str) -> None:
    """Keep a warning about a part of the file that was left out, once, while `collecting` runs."""
    notes = _notes.get()
    if notes is not None and (code, message) not in notes and len(notes) < MAX_NOTES:
        notes.append((code, message))


@contextmanager
def collecting() -> Iterator[list[tuple[str, str]]]:
    """Collect the (code, message) notes of the values and parts left out while the block runs."""
    notes: list[tuple[str, str]] = []
    token = _notes.set(notes)
    try:
        yield notes
    finally:
        _notes.reset(token)
