"""gongwen (公文): turn Chinese government policy notices into structured, checkable JSON."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .record import Record


def parse(path: str | Path) -> "Record":
    """Return the gongwen/1 record of the notice at `path` (TXT, DOCX or PDF); every failure is a GongwenError."""
    from .boundary import guarded
    from .extractors import extract
    from .structured import build_record

    from .sanitize import sanitize

    doc = guarded(path, "read", extract, path)
    return guarded(path, "build", lambda d: sanitize(build_record(d)), doc)


__all__ = ["parse", "__version__"]
