"""Regenerate the blank forms of a notice, and check filled ones; openpyxl and docx load only here."""
from __future__ import annotations

from pathlib import Path

from ..atomic import write_atomic
from .notice import forms_of
from .spec import Form, Guessed, NoForms, to_json

__all__ = ["Form", "forms_of", "to_json", "render", "regenerate", "output_format"]
FORMATS = ("xlsx", "docx")


class FormatClash(ValueError):
    """The output's suffix and --format name different formats."""


def render(forms: list[Form], fmt: str) -> bytes:
    """Return `forms` as .xlsx or .docx bytes, byte-identical for the same forms."""
    from ..stable import stable_zip

    if fmt == "docx":
        from .docx_writer import render as render_docx

        return stable_zip(render_docx(forms))
    from .xlsx import render as render_xlsx

    return stable_zip(render_xlsx(forms))


def output_format(output: Path | None, fmt: str | None) -> str:
    """Return the format to write: --format, else the output's suffix, else xlsx; raise FormatClash if they differ."""
    suffix = output.suffix[1:].lower() if output is not None else ""
    if fmt and output is not None and suffix in FORMATS and suffix != fmt:
        raise FormatClash(f"-o {output.name} is .{suffix} but --format says {fmt}; make them agree")
    if fmt:
        return fmt
    if output is not None and suffix not in FORMATS:
        raise FormatClash(f"-o {output.name}: write .xlsx or .docx, or name the format with --format")
    return suffix or "xlsx"


def default_output(source: Path, fmt: str) -> Path:
    """Return where forms go without -o: <stem>-forms.<fmt> in the current directory."""
    return Path(f"{source.stem}-forms.{fmt}")


def regenerate(source: Path, output: Path | None, fmt: str | None = None, spec: Path | None = None,
               samples: bool = False, allow_guessed: bool = False) -> list[Path]:
    """Write the blank forms of `source` (a notice or a spec) to `output` and/or their spec; return the paths written."""
    found = forms_of(source, samples)
    if not found:
        raise NoForms(source, "no blank form (a table whose data rows are empty) was found; nothing written")
    guessed = [f.sheet for f in found if f.guessed]
    if guessed and not allow_guessed:
        raise Guessed(source, f"the structure of {', '.join(guessed)} was guessed from a text dump and may have "
                      "wrong columns; use the DOCX or PDF, or pass --allow-guessed")
    fmt = output_format(output, fmt)
    written = []
    if spec is not None:
        write_atomic(spec, to_json(found).encode("utf-8"))
        written.append(spec)
    if output is not None or spec is None:
        out = output or default_output(source, fmt)
        write_atomic(out, render(found, fmt))
        written.append(out)
    return written
