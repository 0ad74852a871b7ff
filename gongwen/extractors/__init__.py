"""Read a notice file into the format-neutral `Document`, choosing the reader by magic bytes."""
from __future__ import annotations

import hashlib
from importlib import import_module
from pathlib import Path

from ..document import Document, Finding, Source
from ..errors import NotFound, TooLarge
from .sniff import sniff

MAX_BYTES = 100 * 1024 * 1024
EXTENSIONS = {"pdf": {".pdf"}, "docx": {".docx", ".docm", ".dotx", ".dotm"}, "txt": {".txt", ".text", ""}}


def extract(path: str | Path, max_bytes: int = MAX_BYTES) -> Document:
    """Return the Document of the notice at `path`."""
    path = Path(path)
    if not path.is_file():
        raise NotFound(path, "no such file; check the path")
    size = path.stat().st_size
    if size > max_bytes:
        raise TooLarge(path, f"{size} bytes is over the {max_bytes}-byte limit; split the file or raise the limit")
    data = path.read_bytes()
    fmt = sniff(path, data[:8192])
    source = Source(path=str(path), format=fmt, sha256=hashlib.sha256(data).hexdigest(), bytes=size)
    reader = import_module(f".{fmt}", __name__)  # only the reader needed is imported
    doc = reader.extract(path, data, source)
    if path.suffix.lower() not in EXTENSIONS[fmt]:
        note = Finding("W_EXTENSION", f"{path.name} is really {fmt.upper()}; read as {fmt.upper()}")
        doc = Document(doc.source, doc.blocks, (note, *doc.findings))
    return doc
