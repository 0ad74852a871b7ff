"""The gongwen command line: thin Typer commands over the library; I/O and exit codes only."""
from __future__ import annotations

import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .errors import BadOutput, GongwenError

app = typer.Typer(no_args_is_help=True, add_completion=False, rich_markup_mode=None,
                  help="Turn Chinese government policy notices (TXT, DOCX, PDF) into checkable JSON.")

Files = Annotated[list[Path], typer.Argument(help="Notices (.txt .docx .pdf) or folders of them.", show_default=False)]
Output = Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of stdout.")]
Debug = Annotated[bool, typer.Option("--debug", help="Show tracebacks of errors.")]
FollowLinks = Annotated[bool, typer.Option("--follow-links", help="Follow links that lead out of a folder named.")]
Timeout = Annotated[float, typer.Option("--timeout", help="Seconds one file may take (each is read in a worker "
                                        "process, stopped after this: E_TIMEOUT); 0 reads in-process, unbounded.")]
Limit = Annotated[Optional[list[str]], typer.Option("--limit", help="NAME=N: change a resource limit, e.g. "
                                                    "file_bytes=200000000 (repeatable; see gongwen/limits.py).")]
TIMEOUT = 300.0  # seconds: generous for a notice (the largest allowed parse takes about 30 s)


def apply_limits(specs: list[str] | None) -> None:
    """Set the resource limits named by --limit NAME=N, or fail with a usage error."""
    from .limits import set_limits

    try:
        for spec in specs or []:
            name, _, value = spec.partition("=")
            set_limits(**{name.strip(): int(value)})
    except ValueError as err:
        raise typer.BadParameter(f"{spec!r}: {err}", param_hint="--limit") from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"gongwen {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                               help="Print the version and exit.")] = False) -> None:
    """Turn Chinese government policy notices (TXT, DOCX, PDF) into checkable JSON."""


def require_file(path: Path, debug: bool) -> None:
    """Exit 2 with E_NOT_FOUND unless `path` is an existing file (a missing file is a usage error)."""
    from .errors import NotFound

    if not path.is_file():
        report(NotFound(path, "no such file; check the path"), debug)
        raise typer.Exit(2)


def write_or_exit(path: Path, data: str | bytes, debug: bool = False) -> None:
    """Write `data` to `path` whole, or exit 2 with one E_OUTPUT line when the place cannot take it."""
    from .atomic import write_atomic

    with output_errors(path, debug):
        write_atomic(path, data)


@contextmanager
def output_errors(path: Path, debug: bool = False) -> Iterator[None]:
    """Turn a failure to write `path` (a folder, no permission, a full disk) into one E_OUTPUT line and exit 2."""
    try:
        yield
    except OSError as err:
        reason = "it is a folder; name a file" if path.is_dir() else f"{err.strerror or err}; choose another place"
        report(BadOutput(path, f"cannot write here: {reason}"), debug)
        raise typer.Exit(2) from None


def emit(text: str) -> None:
    """Write `text` to stdout as UTF-8 whatever the locale, and flush it."""
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


def no_notices(files: list[Path], debug: bool) -> None:
    """Exit 2 with one line when the files and folders named hold no notice at all."""
    from .errors import NotFound

    report(NotFound(", ".join(map(str, files)) or ".", "no notices found (.txt .docx .pdf); check the paths"), debug)
    raise typer.Exit(2)


def report(err: GongwenError, debug: bool = False) -> None:
    """Print one line for a user error: code, file, what to do (a traceback only with --debug)."""
    if debug:
        shown = getattr(err, "worker_traceback", None)
        sys.stderr.write(shown) if shown else traceback.print_exception(err)
    typer.echo(f"{err.code} {err}", err=True)


@app.command()
def parse(files: Files, output: Output = None,
          no_text: Annotated[bool, typer.Option("--no-text", help="Leave the full text out of the record.")] = False,
          follow_links: FollowLinks = False, timeout: Timeout = TIMEOUT, limit: Limit = None,
          debug: Debug = False) -> None:
    """Parse notices into gongwen/1 records (one file: JSON; several: JSON Lines or -o DIR)."""
    from .corpus.batch import parse_many

    apply_limits(limit)
    single = len(files) == 1 and not files[0].is_dir()
    into_dir = output is not None and (not single or output.is_dir())  # -o DIR: one NNN.json each
    failed = missing = seen = 0
    for path, result in parse_many(files, follow_links, timeout or None):
        seen += 1
        if isinstance(result, GongwenError):
            report(result, debug)
            missing += result.code == "E_NOT_FOUND"
            failed += 1
            continue
        if into_dir:
            with output_errors(output, debug):
                output.mkdir(parents=True, exist_ok=True)
            write_or_exit(output / f"{path.stem}.json", result.to_json(text=not no_text) + "\n", debug)
        elif single:
            data = result.to_json(text=not no_text) + "\n"
            write_or_exit(output, data, debug) if output else emit(data)
        else:
            line = result.to_json(text=not no_text, indent=None)
            emit(line + "\n")
    if not seen:
        no_notices(files, debug)
    raise typer.Exit(2 if missing else 1 if failed else 0)


@app.command("eval")
def eval_(gold_dir: Annotated[Path, typer.Argument(help="Folder of gold files NNN.json.", show_default=False)],
          files: Annotated[Optional[list[Path]], typer.Argument(
              help="Notices or folders to parse and score (000.docx, 000-x.txt, 000_slug.txt → 000.json).", show_default=False)] = None,
          pred: Annotated[Optional[Path], typer.Option("--pred", help="Score the records NNN.json of this folder instead.")] = None,
          json_out: Annotated[Optional[Path], typer.Option("--json", help="Also write the scores as JSON here.")] = None,
          bounds: Annotated[Optional[list[str]], typer.Option("--min", help="FIELD=F1: exit 1 when below (repeatable).")] = None,
          debug: Debug = False) -> None:
    """Score records against hand-made gold files: P/R/F1 per field, attribute accuracies."""
    from .corpus.evaluate import evaluate_paths, parse_bounds

    if bool(files) == (pred is not None):
        raise typer.BadParameter("give notice FILEs or --pred DIR (one of them)")
    try:
        wanted = parse_bounds(bounds or [])
    except ValueError as err:
        raise typer.BadParameter(str(err), param_hint="--min") from None
    try:
        run = evaluate_paths(gold_dir, files or [], pred)
    except GongwenError as err:
        report(err, debug)
        raise typer.Exit(2)
    for err in run.errors:
        report(err, debug)
    typer.echo(run.result.table())
    if json_out is not None:
        write_or_exit(json_out, run.result.to_json(), debug)
    short = run.result.shortfalls(wanted)
    if short:
        typer.echo("short: " + "; ".join(short), err=True)
    raise typer.Exit(1 if short or run.errors or run.result.missing else 0)


@app.command()
def deadlines(file: Annotated[Path, typer.Argument(help="One notice (.txt .docx .pdf).", show_default=False)],
              year: Annotated[Optional[int], typer.Option("--year", help="Year to list (default: the notice's).")] = None,
              ics: Annotated[Optional[Path], typer.Option("--ics", help="Also write an iCalendar file here.")] = None,
              debug: Debug = False) -> None:
    """List every due date of the year, recurring duties expanded on China's working-day calendar."""
    from .calendar import covers, schedule
    from .corpus.batch import parse_many
    from .ics import to_ics

    require_file(file, debug)
    path, record = next(parse_many([file]))
    if isinstance(record, GongwenError):
        report(record, debug)
        raise typer.Exit(1)
    y = year or record.meta.year
    if y is None:
        raise typer.BadParameter("the notice states no year; pass one", param_hint="--year")
    if not covers(y):
        typer.echo(f"note: no official holiday calendar for {y}; working days counted Monday-Friday", err=True)
    entries = schedule(record.deadlines, y)
    for e in entries:
        typer.echo(f"{e.date}  {e.kind:<9}  {e.recurrence or e.quote}  {e.task or ''}".rstrip())
    if ics is not None:
        write_or_exit(ics, to_ics(entries, path.name), debug)


@app.command()
def template(file: Annotated[Path, typer.Argument(help="A notice, or a form spec (.json) written by --spec.", show_default=False)],
             output: Output = None,
             fmt: Annotated[Optional[str], typer.Option("--format", help="xlsx (default) or docx.")] = None,
             spec: Annotated[Optional[Path], typer.Option("--spec", help="Also write the forms' structure as JSON here.")] = None,
             debug: Debug = False) -> None:
    """Regenerate the blank forms (统计表) of a notice as .xlsx or .docx, or export them as a JSON spec."""
    from .forms import FORMATS, regenerate

    if fmt is not None and fmt not in FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(FORMATS)}", param_hint="--format")
    require_file(file, debug)
    try:
        for path in regenerate(file, output, fmt, spec):
            typer.echo(f"wrote {path}", err=True)
    except GongwenError as err:
        report(err, debug)
        raise typer.Exit(1)


@app.command("check-form")
def check_form(file: Annotated[Path, typer.Argument(help="A filled form (.xlsx).", show_default=False)],
               debug: Debug = False) -> None:
    """Check a filled form's numbers against its header tree; exit 1 when anything is off."""
    from .forms.check import check_file

    require_file(file, debug)
    try:
        findings = check_file(file)
    except GongwenError as err:
        report(err, debug)
        raise typer.Exit(1)
    for finding in findings:
        typer.echo(str(finding))
    typer.echo(f"{len(findings)} finding(s) in {file}", err=True)
    raise typer.Exit(1 if findings else 0)


@app.command()
def compare(files: Files, output: Output = None, follow_links: FollowLinks = False, timeout: Timeout = TIMEOUT,
            limit: Limit = None, debug: Debug = False) -> None:
    """Compare notices: an instrument × province matrix of their money figures (-o x.xlsx|.csv|.md|.html)."""
    from .corpus.batch import parse_many
    from .corpus.compare import build, render, write_xlsx

    fmt = output.suffix.lower().lstrip(".") if output else "md"
    if fmt not in ("xlsx", "csv", "md", "html"):
        raise typer.BadParameter("write .xlsx, .csv, .md or .html", param_hint="--output")
    apply_limits(limit)
    records, failed, missing = [], 0, 0
    for _, result in parse_many(files, follow_links, timeout or None):
        if isinstance(result, GongwenError):
            report(result, debug)
            failed += 1
            missing += result.code == "E_NOT_FOUND"
        else:
            records.append(result)
    if not records and not failed:
        no_notices(files, debug)
    if not records:  # every file failed: nothing to compare, nothing written
        raise typer.Exit(2 if missing else 1)
    matrix = build(records)
    if fmt == "xlsx":
        with output_errors(output, debug):
            write_xlsx(matrix, output)
    elif output:
        write_or_exit(output, render(matrix, fmt), debug)
    else:
        emit(render(matrix, fmt))
    raise typer.Exit(2 if missing else 1 if failed else 0)


@app.command()
def check(files: Files,
          fmt: Annotated[str, typer.Option("--format", help="text, json, github or junit.")] = "text",
          strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
          follow_links: FollowLinks = False, timeout: Timeout = TIMEOUT, limit: Limit = None) -> None:
    """Validate notices for CI: each parses, its numbers add up, its dates resolve (exit 1 on errors)."""
    from .corpus.check import FORMATS, check_paths, render

    if fmt not in FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(FORMATS)}", param_hint="--format")
    apply_limits(limit)
    results = list(check_paths(files, follow_links=follow_links, timeout=timeout or None))
    if not results:
        no_notices(files, False)
    typer.echo(render(results, fmt))
    failing = {"error", "warning"} if strict else {"error"}
    missing = any(f.code == "E_NOT_FOUND" for _, fs in results for f in fs)
    raise typer.Exit(2 if missing else 1 if any(f.severity in failing for _, fs in results for f in fs) else 0)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the gongwen/1 record."""
    from importlib.resources import files

    typer.echo(files("gongwen").joinpath("schema.json").read_text(encoding="utf-8"))
