"""gongwen (公文): turn Chinese government policy notices into structured, checkable JSON."""
from __future__ import annotations

import os
from pathlib import Path
from typing import IO, TYPE_CHECKING

from .errors import (BadEncoding, BadOutput, Corrupt, Empty, Encrypted, GongwenError, Internal, NotFound, NoTextLayer,
                     TimedOut, TooLarge, UnsupportedFormat)

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .record import Record

Source = str | os.PathLike | bytes | bytearray | memoryview | IO[bytes]


def parse(source: Source, name: str | None = None, encoding: str | None = None) -> "Record":
    """Return the gongwen/1 record of a notice (TXT, DOCX or PDF, told by its bytes): a path, the file's bytes, or a
    binary file object; `name` labels bytes in the record and in messages; `encoding` (gb18030, big5 …) decodes a
    TXT notice instead of detecting its encoding, E_ENCODING when it does not fit. Every failure of a notice is a
    GongwenError; an encoding Python does not know is a ValueError."""
    if encoding is not None:
        encoding = _text_codec(encoding)
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        if path.is_dir():
            raise NotFound(path, "a folder, not a notice; parse its files one by one or with `gongwen parse DIR`")
        return _parse_path(path, encoding)
    import tempfile  # only bytes need a file: importing it costs start-up where site has not loaded it already

    data = bytes(source) if isinstance(source, (bytes, bytearray, memoryview)) else source.read()
    label = name or getattr(source, "name", None) or "<bytes>"
    with tempfile.TemporaryDirectory(prefix="gongwen-") as tmp:
        path = Path(tmp) / (Path(str(label)).name or "notice")
        path.write_bytes(data)
        try:
            record = _parse_path(path, encoding)
        except GongwenError as err:
            raise type(err)(label, err.reason) from err
    record.source.path = str(label)
    return record


def load(path: str | os.PathLike) -> list["Record"]:
    """Return the records of a JSON Lines file written by `gongwen parse` (or of one record's .json file)."""
    from .corpus.load import read_jsonl

    path = Path(path)
    if not path.is_file():
        raise NotFound(path, "no such records file; name the .jsonl that `gongwen parse DIR` wrote")
    found = [r for _, r in read_jsonl(path, whole=path.suffix.lower() == ".json")]
    records = []
    for r in found:
        if isinstance(r, GongwenError):
            raise r
        records.append(r)
    return records


def _text_codec(name: str) -> str:
    """Return the standard name of the text codec `name`, or raise ValueError."""
    from .extractors.txt import text_codec

    try:
        return text_codec(name)
    except LookupError:
        raise ValueError(f"{name!r} is no text encoding Python knows (utf-8, gb18030, big5 …)") from None


def _parse_path(path: Path, encoding: str | None = None) -> "Record":
    """Return the record of the notice file at `path`, guarded so that every failure is a GongwenError."""
    from .boundary import guarded
    from .extractors import extract
    from .sanitize import sanitize
    from .structured import build_record

    doc = guarded(path, "read", extract, path, None, encoding)
    return guarded(path, "build", lambda d: sanitize(build_record(d)), doc)


__all__ = ["parse", "load", "__version__", "GongwenError", "NotFound", "UnsupportedFormat", "NoTextLayer", "Encrypted",
           "Corrupt", "BadEncoding", "TooLarge", "TimedOut", "Empty", "Internal", "BadOutput"]
