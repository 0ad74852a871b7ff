"""Regenerate the blank forms of a notice, and check filled ones; openpyxl and docx load only here."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .spec import Form, forms_of, to_json

__all__ = ["Form", "forms_of", "to_json", "render", "write_atomic"]


def render(forms: list[Form], fmt: str) -> bytes:
    """Return `forms` as .xlsx or .docx bytes."""
    if fmt == "docx":
        from .docx_writer import render as render_docx

        return render_docx(forms)
    from .xlsx import render as render_xlsx

    return render_xlsx(forms)


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all (temporary file, then rename)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
