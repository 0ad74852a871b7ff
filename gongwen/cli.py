"""The gongwen command line: thin Typer commands over the library; I/O and exit codes only."""
from __future__ import annotations

import sys
import traceback
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .errors import GongwenError

app = typer.Typer(no_args_is_help=True, add_completion=False, rich_markup_mode=None,
                  help="Turn Chinese government policy notices (TXT, DOCX, PDF) into checkable JSON.")

Files = Annotated[list[Path], typer.Argument(help="Notices (.txt .docx .pdf) or folders of them.", show_default=False)]
Output = Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of stdout.")]
Debug = Annotated[bool, typer.Option("--debug", help="Show tracebacks of errors.")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"gongwen {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                               help="Print the version and exit.")] = False) -> None:
    """Turn Chinese government policy notices (TXT, DOCX, PDF) into checkable JSON."""


def report(err: GongwenError, debug: bool = False) -> None:
    """Print one line for a user error: code, file, what to do (a traceback only with --debug)."""
    if debug:
        traceback.print_exception(err)
    typer.echo(f"{err.code} {err}", err=True)


@app.command()
def parse(files: Files, output: Output = None,
          no_text: Annotated[bool, typer.Option("--no-text", help="Leave the full text out of the record.")] = False,
          debug: Debug = False) -> None:
    """Parse notices into gongwen/1 records (one file: JSON; several: JSON Lines or -o DIR)."""
    from .corpus.batch import parse_many, write_atomic

    single = len(files) == 1 and not files[0].is_dir()
    failed = 0
    lines = []
    for path, result in parse_many(files):
        if isinstance(result, GongwenError):
            report(result, debug)
            failed += 1
            continue
        if output is not None and not single:
            write_atomic(output / f"{path.stem}.json", result.to_json(text=not no_text) + "\n")
        elif single:
            data = result.to_json(text=not no_text) + "\n"
            write_atomic(output, data) if output else sys.stdout.write(data)
        else:
            line = result.to_json(text=not no_text, indent=None)
            sys.stdout.write(line + "\n")
            sys.stdout.flush()
    raise typer.Exit(1 if failed else 0)


@app.command("eval")
def eval_(gold_dir: Annotated[Path, typer.Argument(help="Folder of gold files NNN.json.", show_default=False)],
          files: Annotated[Optional[list[Path]], typer.Argument(
              help="Notices or folders to parse and score (000.docx, 000-x.txt → 000.json).", show_default=False)] = None,
          pred: Annotated[Optional[Path], typer.Option("--pred", help="Score the records NNN.json of this folder instead.")] = None,
          json_out: Annotated[Optional[Path], typer.Option("--json", help="Also write the scores as JSON here.")] = None,
          bounds: Annotated[Optional[list[str]], typer.Option("--min", help="FIELD=F1: exit 1 when below (repeatable).")] = None,
          debug: Debug = False) -> None:
    """Score records against hand-made gold files: P/R/F1 per field, attribute accuracies."""
    from .corpus.batch import write_atomic
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
        write_atomic(json_out, run.result.to_json())
    short = run.result.shortfalls(wanted)
    if short:
        typer.echo("short: " + "; ".join(short), err=True)
    raise typer.Exit(1 if short or run.errors or run.result.missing else 0)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the gongwen/1 record."""
    from importlib.resources import files

    typer.echo(files("gongwen").joinpath("schema.json").read_text(encoding="utf-8"))
