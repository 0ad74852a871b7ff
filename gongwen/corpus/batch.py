"""Parse many notices: expand folders, keep going past bad files."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import GongwenError, NotFound
from ..record import Record

SUFFIXES = {".txt", ".docx", ".pdf"}


def expand(paths: Iterable[Path]) -> Iterator[Path]:
    """Yield each file named, and every notice file under each folder named, in sorted order."""
    for p in paths:
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        else:
            yield p


def parse_many(paths: Iterable[Path]) -> Iterator[tuple[Path, Record | GongwenError]]:
    """Yield (path, record) or (path, error) for every notice; a bad file never stops the batch."""
    from .. import parse

    for path in expand(paths):
        try:
            if not path.exists():
                raise NotFound(path, "no such file or folder; check the path")
            yield path, parse(path)
        except GongwenError as err:
            yield path, err
