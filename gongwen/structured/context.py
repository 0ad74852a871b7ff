"""What every field extractor reads: the document, its text, the meta found so far, and warnings."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..document import Document
from ..record import Meta, TableRecord, Warning, Zone
from .text import Text


@dataclass
class Context:
    doc: Document
    text: Text
    meta: Meta = field(default_factory=Meta)
    tables: list[TableRecord] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    zones: list[Zone] = field(default_factory=list)

    def warn(self, code: str, message: str, start: int | None = None, end: int | None = None) -> None:
        """Record a warning, with a span when it points at text."""
        span = self.text.span(start, end if end is not None else start) if start is not None else None
        self.warnings.append(Warning(code, message, span))
