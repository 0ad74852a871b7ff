"""Shared fixtures: the bundled corpus and gold files, and parsed records cached per session."""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

import gongwen

DATA = Path(__file__).parent / "data"
CORPUS = DATA / "corpus"
GOLD = DATA / "gold"
NOTICES = ["000", "001", "002", "003", "004"]
FORMATS = ["txt", "docx", "pdf"]


def notice_path(n: str, fmt: str) -> Path:
    """Return the corpus file of notice `n` in format `fmt`."""
    return CORPUS / "txt" / f"{n}.txt" if fmt == "txt" else CORPUS / f"{n}.{fmt}"


@cache
def parsed(n: str, fmt: str):
    """Return the record of notice `n` in `fmt`, parsed once per test session."""
    return gongwen.parse(notice_path(n, fmt))


@cache
def gold(n: str) -> dict:
    """Return the hand-checked gold file of notice `n`."""
    return json.loads((GOLD / f"{n}.json").read_text(encoding="utf-8"))


@pytest.fixture(params=[(n, f) for n in NOTICES for f in FORMATS], ids=lambda p: f"{p[0]}.{p[1]}")
def notice(request):
    """Yield (number, format, record) for every source notice in every format."""
    n, fmt = request.param
    return n, fmt, parsed(n, fmt)
