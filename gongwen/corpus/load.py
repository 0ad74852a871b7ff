"""Load records for corpus commands: JSON Lines written by `gongwen parse`, or notices parsed on the spot."""
from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

from ..errors import Corrupt, GongwenError
from ..record import Record

JSONL = {".jsonl", ".ndjson"}


def load(paths: Iterable[Path]) -> Iterator[tuple[Path, Record | GongwenError]]:
    """Yield (path, record) or (path, error) for each record of a .jsonl or .json file and each notice named or under a folder."""
    from .batch import parse_many

    for path in paths:
        if path.suffix.lower() in JSONL | {".json"} and path.is_file():
            yield from read_jsonl(path, whole=path.suffix.lower() == ".json")
        else:
            yield from parse_many([path])


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
    """Return the Record that `Record.to_dict` gave `data`."""
    if data.get("schema") != "gongwen/1":
        raise ValueError(f"schema is {data.get('schema')!r}")
    data = {"text": "", **data}
    return _build(Record, data)


def _build(cls: type, data: dict):
    hints = _hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: _value(hints[k], v) for k, v in data.items() if k in names})


@cache
def _hints(cls: type) -> dict:
    return typing.get_type_hints(cls)


def _value(hint, value):
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        kinds = [a for a in typing.get_args(hint) if a is not type(None)]
        return _value(kinds[0], value) if len(kinds) == 1 else value
    if origin is list:
        (item,) = typing.get_args(hint) or (typing.Any,)
        return [_value(item, v) for v in value]
    if dataclasses.is_dataclass(hint) and isinstance(value, dict):
        return _build(hint, value)
    return value
