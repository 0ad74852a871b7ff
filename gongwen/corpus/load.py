"""Load records for corpus commands: JSON Lines written by `gongwen parse`, or notices parsed on the spot."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import Corrupt, GongwenError
from ..record import Record

if TYPE_CHECKING:  # concurrent.futures (and logging, which it imports) only when an executor is used
    from concurrent.futures import Executor

JSONL = {".jsonl", ".ndjson"}


def load(paths: Iterable[Path], follow_links: bool = False, timeout: float | None = None,
         executor: Executor | None = None, window: int = 8,
         encoding: str | None = None) -> Iterator[tuple[Path, Record | GongwenError]]:
    """Yield (path, record) or (path, error) for each record of a .jsonl or .json file and each notice named or under
    a folder, in input order; notices are parsed on `executor` when one is given (see `batch.parse_many`);
    `encoding`: the codec of TXT notices, as in gongwen.parse."""
    from .batch import parse_many

    notices: list[Path] = []
    for path in paths:
        if path.suffix.lower() in JSONL | {".json"} and path.is_file():
            yield from parse_many(notices, follow_links, timeout, executor, window, encoding=encoding)
            notices = []
            yield from read_jsonl(path, whole=path.suffix.lower() == ".json")
        else:
            notices.append(path)
    yield from parse_many(notices, follow_links, timeout, executor, window, encoding=encoding)


def read_jsonl(path: Path, whole: bool = False) -> Iterator[tuple[Path, Record | GongwenError]]:
    """Yield the records of a JSON Lines file (whole: one JSON record), what is not a gongwen/1 record as E_CORRUPT."""
    with path.open(encoding="utf-8-sig") as f:
        for n, line in enumerate([f.read()] if whole else f, 1):
            if not line.strip():
                continue
            try:
                yield path, from_dict(json.loads(line))
            except (ValueError, TypeError, KeyError) as err:
                yield path, Corrupt(f"{path}:{n}", f"not a gongwen/1 record ({err}); write it with `gongwen parse`")


def from_dict(data: dict) -> Record:
    """Return the Record that `Record.to_dict` gave `data`; data of another schema is refused."""
    if data.get("schema") != "gongwen/1":
        raise ValueError(f"schema is {data.get('schema')!r}")
    return Record.from_dict(data)
