"""Regenerate the blank forms of a notice, and check filled ones; openpyxl and docx load only here."""
from __future__ import annotations

from pathlib import Path

from ..atomic import write_atomic
from .spec import Form, NoForms, forms_of, to_json

__all__ = ["Form", "forms_of", "to_json", "render", "regenerate"]
FORMATS = ("xlsx", "docx")


def render(forms: list[Form], fmt: str) -> bytes:
    """Return `forms` as .xlsx or .docx bytes."""
    if fmt == "docx":
        from .docx_writer import render as render_docx

        return render_docx(forms)
    from .xlsx import render as render_xlsx

    return render_xlsx(forms)


def regenerate(source: Path, output: Path | None, fmt: str | None = None, spec: Path | None = None) -> list[Path]:
    """Write the blank forms of `source` (a notice or a spec) to `output` and/or their spec; return the paths written."""
    found = forms_of(source)
    if not found:
        raise NoForms(source, "no blank form (a table whose data rows are empty) was found; nothing written")
    fmt = fmt or (output.suffix[1:].lower() if output and output.suffix[1:].lower() in FORMATS else "xlsx")
    written = []
    if spec is not None:
        write_atomic(spec, to_json(found).encode("utf-8"))
        written.append(spec)
    if output is not None or spec is None:
        out = output or Path(f"{source.stem}-forms.{fmt}")
        write_atomic(out, render(found, fmt))
        written.append(out)
    return written
