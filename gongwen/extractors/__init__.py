"""Read a notice file into the format-neutral `Document`, choosing the reader by magic bytes."""
from __future__ import annotations

import hashlib
from importlib import import_module
from pathlib import Path

from ..document import Document, Finding, Paragraph, Source, Table
from ..errors import NotFound, TooLarge
from ..limits import LIMITS
from .sniff import sniff

MAX_BYTES = LIMITS.file_bytes  # the default; LIMITS.file_bytes is what is read
EXTENSIONS = {"pdf": {".pdf"}, "docx": {".docx", ".docm", ".dotx", ".dotm"}, "txt": {".txt", ".text", ""}}


def extract(path: str | Path, max_bytes: int | None = None, encoding: str | None = None) -> Document:
    """Return the Document of the notice at `path`, refusing one beyond the size limits (LIMITS by default);
    `encoding` names the codec of a TXT notice instead of detecting it."""
    path = Path(path)
    if not path.is_file():
        raise NotFound(path, "no such file; check the path")
    max_bytes = max_bytes or LIMITS.file_bytes
    size = path.stat().st_size
    if size > max_bytes:
        raise TooLarge(path, f"{size} bytes is over the {max_bytes}-byte limit; split the file or raise the limit")
    data = path.read_bytes()
    fmt = sniff(path, data[:8192])
    source = Source(path=str(path), format=fmt, sha256=hashlib.sha256(data).hexdigest(), bytes=size)
    reader = import_module(f".{fmt}", __name__)  # only the reader needed is imported
    doc = reader.extract(path, data, source, encoding) if fmt == "txt" else reader.extract(path, data, source)
    check_text(path, doc)
    if path.suffix.lower() not in EXTENSIONS[fmt]:
        note = Finding("W_EXTENSION", f"{path.name} is really {fmt.upper()}; read as {fmt.upper()}")
        doc = Document(doc.source, doc.blocks, (note, *doc.findings))
    return doc


def check_text(path: Path, doc: Document) -> None:
    """Refuse a Document whose text or longest paragraph is beyond the limits (the field passes would take too long)."""
    total = longest = 0
    for block in doc.blocks:
        if isinstance(block, Table) and block.n_rows * block.n_cols > LIMITS.table_cells:
            raise TooLarge(path, f"a table of {block.n_rows}×{block.n_cols} cells, over the limit of "
                                 f"{LIMITS.table_cells}; split the table")
        n = len(block.text) if isinstance(block, Paragraph) else sum(len(c.text) for c in block.cells)
        total, longest = total + n, max(longest, n if isinstance(block, Paragraph) else 0)
    if total > LIMITS.text_chars:
        raise TooLarge(path, f"{total} characters of text, over the limit of {LIMITS.text_chars}; split the file")
    if longest > LIMITS.line_chars:
        raise TooLarge(path, f"a paragraph of {longest} characters, over the limit of {LIMITS.line_chars}; "
                             "break the text into lines or split the file")
