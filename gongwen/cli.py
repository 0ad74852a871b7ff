"""The gongwen command line: thin Click commands over the library; I/O and exit codes only.

Plain Click rather than Typer: Typer builds a pydantic adapter for every parameter it converts, and importing
pydantic alone took longer than parsing a notice. Imports of the library stay inside the commands.
"""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click
from click.exceptions import Exit

from . import __version__
from .errors import BadOutput, GongwenError, one_line

TIMEOUT = 300.0  # seconds: generous for a notice (the largest allowed parse takes about 30 s)
FORM_FORMATS = ("xlsx", "docx")  # gongwen.forms.FORMATS, named here so that help needs no import of forms
CHECK_FORMATS = ("text", "json", "github", "junit", "sarif")  # gongwen.corpus.check.FORMATS
GROUPINGS = ("province", "city", "notice", "year")  # gongwen.corpus.compare.GROUPINGS


class Argument(click.Argument):
    """A positional argument with a help text, listed under "Arguments:" by `Command`."""

    def __init__(self, param_decls: list[str], help: str, **kwargs) -> None:
        super().__init__(param_decls, **kwargs)
        self.help = help


class Command(click.Command):
    """A command whose help lists its arguments, with their help, before its options."""

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(p.make_metavar(ctx), (p.help or "") + ("  [required]" if p.required else ""))
                for p in self.params if isinstance(p, Argument)]
        if rows:
            with formatter.section("Arguments"):
                formatter.write_dl(rows)
        super().format_options(ctx, formatter)


class Group(click.Group):
    """The command group: commands listed in the order they are defined, each built as a `Command`."""

    command_class = Command

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)


def argument(name: str, metavar: str, help: str, **kwargs) -> Callable[[Callable], Callable]:
    """Return the decorator of a path argument with its help text."""
    return click.argument(name, cls=Argument, metavar=metavar, help=help, type=PATH, **kwargs)


PATH = click.Path(path_type=Path)
files_argument = argument("files", "FILE…", "Notices (.txt .docx .pdf) or folders of them.", nargs=-1, required=True,
                          callback=lambda ctx, param, value: list(value))
output_option = click.option("--output", "-o", type=PATH, metavar="PATH", help="Write here instead of stdout.")
debug_option = click.option("--debug", is_flag=True, help="Show tracebacks of errors.")
follow_links_option = click.option("--follow-links", is_flag=True, help="Follow links that lead out of a folder named.")
timeout_option = click.option("--timeout", type=float, default=TIMEOUT, show_default=True, metavar="SECONDS",
                              help="Seconds one file may take (each is read in a worker process, stopped after this: "
                              "E_TIMEOUT); 0 reads in-process, unbounded.")
encoding_option = click.option("--encoding", metavar="NAME", callback=lambda ctx, param, value: known_encoding(value),
                                help="Decode TXT notices with this codec (gb18030, big5, utf-8 …) instead of "
                                "detecting it; E_ENCODING when it does not fit.")
jobs_option = click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True, metavar="N",
                           help="Worker processes parsing at once (0: one per core); results still in input order.")
limit_option = click.option("--limit", multiple=True, metavar="NAME=N", help="Change a resource limit, e.g. "
                            "file_bytes=200000000 (repeatable; see gongwen/limits.py).")


def reading_options(command):
    """Add the options of a command that reads a corpus of notices: --follow-links, --timeout, --limit, --encoding
    and --jobs (in that order in its help)."""
    for option in (jobs_option, encoding_option, limit_option, timeout_option, follow_links_option):
        command = option(command)
    return command


def known_encoding(name: str | None) -> str | None:
    """Return the standard name of the codec named by --encoding, or fail with a usage error when Python knows no
    such text codec."""
    if name is None:
        return None
    from .extractors.txt import text_codec

    try:
        return text_codec(name)
    except LookupError:
        raise click.BadParameter(f"{name!r} is no text encoding Python knows (utf-8, gb18030, big5 …)",
                                 param_hint="--encoding") from None


def apply_limits(specs: Iterable[str]) -> None:
    """Set the resource limits named by --limit NAME=N, or fail with a usage error."""
    from .limits import set_limits

    try:
        for spec in specs:
            name, _, value = spec.partition("=")
            set_limits(**{name.strip(): int(value)})
    except ValueError as err:
        raise click.BadParameter(f"{spec!r}: {err}", param_hint="--limit") from None


@click.group("gongwen", cls=Group, no_args_is_help=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", message="gongwen %(version)s", help="Print the version and exit.")
def app() -> None:
    """Turn Chinese government policy notices (TXT, DOCX, PDF) into checkable JSON."""


def require_file(path: Path, debug: bool) -> None:
    """Exit 2 with E_NOT_FOUND unless `path` is an existing file (a missing file is a usage error)."""
    from .errors import NotFound

    if not path.is_file():
        report(NotFound(path, "no such file; check the path"), debug)
        raise Exit(2)


def write_or_exit(path: Path, data: str | bytes, debug: bool = False, parents: bool = False) -> None:
    """Write `data` to `path` whole, or exit 2 with one E_OUTPUT line when the place cannot take it (a missing
    folder too, unless `parents`)."""
    from .atomic import write_atomic

    with output_errors(path, debug):
        write_atomic(path, data, parents)


@contextmanager
def output_errors(path: Path, debug: bool = False) -> Iterator[None]:
    """Turn a failure to write `path` (a folder, no permission, a full disk) into one E_OUTPUT line and exit 2."""
    try:
        yield
    except OSError as err:
        if not path.is_dir():
            cannot_write(path, err, debug)
        report(BadOutput(path, "cannot write here: it is a folder; name a file"), debug)
        raise Exit(2) from None


def cannot_write(path: Path, err: OSError, debug: bool = False) -> None:
    """Exit 2 with one E_OUTPUT line for an output place that could not be written."""
    missing = next((p for p in reversed(path.parents) if not p.exists()), None)
    if isinstance(err, FileNotFoundError) and missing is not None:
        report(BadOutput(path, f"the folder {missing} does not exist; create it or choose another place"), debug)
        raise Exit(2)
    report(BadOutput(path, f"cannot write here: {err.strerror or err}; choose another place"), debug)
    raise Exit(2)


def emit(text: str) -> None:
    """Write `text` to stdout as UTF-8 whatever the locale, and flush it."""
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


@contextmanager
def workers(jobs: int) -> Iterator[dict]:
    """Yield the batch options that parse on `jobs` worker processes (1: here), and close the pool after."""
    from .corpus.run import executor_for

    executor, window, close = executor_for(jobs, None)
    try:
        yield {"executor": executor, "window": window}
    finally:
        close()


def no_notices(files: list[Path], debug: bool) -> None:
    """Exit 2 with one line when the files and folders named hold no notice at all."""
    from .errors import NotFound

    report(NotFound(", ".join(map(str, files)) or ".", "no notices found (.txt .docx .pdf); check the paths"), debug)
    raise Exit(2)


def report(err: GongwenError, debug: bool = False) -> None:
    """Print one line for a user error: code, file, what to do (a traceback only with --debug)."""
    if debug:
        import traceback

        shown = getattr(err, "worker_traceback", None)
        sys.stderr.write(shown) if shown else traceback.print_exception(err)
    click.echo(f"{err.code} {err}", err=True)


@app.command()
@files_argument
@click.option("--output", "-o", type=PATH, metavar="PATH", help="One file: write it here. Several or a folder: x.jsonl "
              "(JSON Lines) or a folder (one record each, paths mirrored).")
@click.option("--no-text", is_flag=True, help="Leave the full text out of the record.")
@encoding_option
@jobs_option
@click.option("--dask", metavar="ADDRESS", help="Parse on this Dask distributed scheduler (tcp://host:8786); "
              "needs pip install 'gongwen[dask]'.")
@click.option("--resume", is_flag=True, help="Skip files already done: sha256 in -o x.jsonl, or record present in -o DIR.")
@follow_links_option
@timeout_option
@limit_option
@click.option("--quiet", "-q", is_flag=True, help="Do not print the notices' warnings on stderr.")
@debug_option
def parse(files: list[Path], output: Path | None, no_text: bool, encoding: str | None, jobs: int, dask: str | None,
          resume: bool, follow_links: bool, timeout: float, limit: tuple[str, ...], quiet: bool, debug: bool) -> None:
    """Parse notices into gongwen/1 records (one file: JSON; several: JSON Lines, -o x.jsonl or -o DIR; - reads stdin)."""
    from .corpus.load import JSONL

    if dask and jobs != 1:
        raise click.BadParameter("give --jobs N (N ≥ 0) or --dask ADDRESS, not both", param_hint="--jobs")
    if resume and output is None:
        raise click.BadParameter("--resume picks up an output: give -o x.jsonl or -o DIR", param_hint="--resume")
    apply_limits(limit)
    jsonl = output if output is not None and output.suffix.lower() in JSONL else None
    if files == [Path("-")]:
        raise Exit(_parse_stdin(output, no_text, timeout or None, quiet, debug, encoding))
    if len(files) == 1 and not files[0].is_dir() and not jsonl and not (output and output.is_dir()):
        raise Exit(_parse_one_file(files[0], output, no_text, timeout or None, quiet, debug, encoding=encoding))
    from .corpus.batch import parse_files  # a batch's machinery: one file (above) starts sooner without it
    from .corpus.progress import Tally, bar
    from .corpus.resume import JsonlSink
    from .corpus.run import executor_for, plan

    out_dir = output if output is not None and jsonl is None else None
    with output_errors(output or Path("."), debug):
        sink = JsonlSink(jsonl, resume) if jsonl else None
        if out_dir is not None:
            out_dir.mkdir(exist_ok=True)  # the folder named, never its missing parents
    work = plan(files, follow_links, out_dir, (sink.done if sink else set()) if resume else None)
    if not work.resumed and all(early and early.code == "E_UNSUPPORTED_FORMAT" for _, early in work.items):
        for _, early in work.items:
            if early is not None:
                report(early, debug)
        no_notices(files, debug)
    try:
        executor, window, close = executor_for(jobs, dask)
    except GongwenError as err:
        report(err, debug)
        raise Exit(2)
    except (OSError, ValueError) as err:  # a scheduler that cannot be reached, an address that is not one
        raise click.BadParameter(f"cannot reach the Dask scheduler {dask}: {err}", param_hint="--dask") from None
    tally = Tally(resumed=work.resumed)
    try:
        with bar(len(work.items), tally) as step:
            for path, result in parse_files(work.items, timeout or None, executor, window, encoding):
                tally.count(result.code if isinstance(result, GongwenError) else None)
                if isinstance(result, GongwenError):
                    report(result, debug)
                    step()
                    continue
                _warn(result, quiet)
                if out_dir is not None:
                    write_or_exit(work.targets[path], result.to_json(text=not no_text) + "\n", debug, parents=True)
                else:
                    line = result.to_json(text=not no_text, indent=None)
                    sink.write(line) if sink else emit(line + "\n")
                step()
    except BaseException:
        if sink:
            sink.close(keep=False)  # the .part file stays for --resume; the output is never half
        raise
    finally:
        close()
    if sink and jsonl:
        with output_errors(jsonl, debug):
            sink.close()
    click.echo(tally.summary(), err=True)
    raise Exit(2 if tally.failed["E_NOT_FOUND"] else 1 if tally.failed else 0)


def _warn(record, quiet: bool) -> None:
    """Print each warning of a parsed notice on stderr as one line (W_CODE file: message), unless quiet."""
    if not quiet:
        for w in record.warnings:
            click.echo(f"{w.code} {one_line(record.source.path)}: {one_line(w.message)}", err=True)


def _parse_stdin(output: Path | None, no_text: bool, timeout: float | None, quiet: bool, debug: bool,
                 encoding: str | None) -> int:
    """Parse the one notice given on standard input (its format told by its bytes), named "-" in the record."""
    import tempfile

    from .extractors.sniff import sniff

    data = sys.stdin.buffer.read()
    with tempfile.TemporaryDirectory(prefix="gongwen-") as tmp:
        path = Path(tmp) / "stdin"
        path.write_bytes(data)
        try:  # named by its bytes' format, so that no W_EXTENSION is raised for a name it never had
            path = path.rename(path.with_suffix("." + sniff(path, data[:8192])))
        except GongwenError as err:
            report(type(err)("-", err.reason), debug)
            return 1
        return _parse_one_file(path, output, no_text, timeout, quiet, debug, name="-", encoding=encoding)


def _parse_one_file(path: Path, output: Path | None, no_text: bool, timeout: float | None, quiet: bool, debug: bool,
                    name: str | None = None, encoding: str | None = None) -> int:
    """Parse one notice: its record on stdout or into `output`, its warnings on stderr; return the exit code.

    Not through parse_many: that first parses a sample so that the workers it forks start warm, which one file
    does not repay (the worker compiles what it needs once either way)."""
    from .corpus.batch import parse_one, precheck

    result = precheck(path, named=True) or parse_one(path, timeout, encoding)
    if isinstance(result, GongwenError):
        report(type(result)(name, result.reason) if name else result, debug)
        return 2 if result.code == "E_NOT_FOUND" else 1
    if name:
        result.source.path = name
    _warn(result, quiet)
    data = result.to_json(text=not no_text) + "\n"
    write_or_exit(output, data, debug) if output else emit(data)
    return 0


@app.command("eval")
@argument("gold_dir", "DIR", "Folder of gold files NNN.json.")
@argument("files", "[FILE…]", "Notices or folders to parse and score (000.docx, 000-x.txt, 000_slug.txt → 000.json).",
          nargs=-1, callback=lambda ctx, param, value: list(value))
@click.option("--pred", type=PATH, metavar="DIR", help="Score the records NNN.json of this folder instead.")
@click.option("--json", "json_out", type=PATH, metavar="PATH", help="Also write the scores as JSON here.")
@click.option("--min", "bounds", multiple=True, metavar="FIELD=F1", help="Exit 1 when the field's F1 is below (repeatable).")
@debug_option
def eval_(gold_dir: Path, files: list[Path], pred: Path | None, json_out: Path | None, bounds: tuple[str, ...],
          debug: bool) -> None:
    """Score records against hand-made gold files: P/R/F1 per field, attribute accuracies."""
    from .corpus.evaluate import evaluate_paths, parse_bounds

    if bool(files) == (pred is not None):
        raise click.BadParameter("give notice FILEs or --pred DIR (one of them)")
    try:
        wanted = parse_bounds(bounds or [])
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint="--min") from None
    try:
        run = evaluate_paths(gold_dir, files or [], pred)
    except GongwenError as err:
        report(err, debug)
        raise Exit(2)
    for error in run.errors:
        report(error, debug)
    click.echo(run.result.table())
    if json_out is not None:
        write_or_exit(json_out, run.result.to_json(), debug)
    short = run.result.shortfalls(wanted)
    if short:
        click.echo("short: " + "; ".join(short), err=True)
    raise Exit(1 if short or run.errors or run.result.missing else 0)


@app.command()
@argument("file", "FILE", "One notice (.txt .docx .pdf).")
@click.option("--from", "since", metavar="YYYY-MM-DD", help="First day to list (default: the notice's issue date).")
@click.option("--until", metavar="YYYY-MM-DD", help="Last day to list (default: each duty's stated end, else the "
              "campaign's, else the year's).")
@click.option("--year", type=int, metavar="YEAR", help="List only this calendar year.")
@click.option("--ics", type=PATH, metavar="PATH", help="Also write an iCalendar (RFC 5545) file here.")
@encoding_option
@debug_option
def deadlines(file: Path, since: str | None, until: str | None, year: int | None, ics: Path | None,
              encoding: str | None, debug: bool) -> None:
    """List the notice's duties from its issue date to their end, recurring ones on China's working-day calendar."""
    from .calendar import covers, notice_date, parse_day, schedule, window
    from .corpus.batch import parse_many
    from .ics import to_ics

    try:
        first, last = parse_day(since), parse_day(until)
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint="--from/--until") from None
    require_file(file, debug)
    path, record = next(parse_many([file], encoding=encoding))
    if isinstance(record, GongwenError):
        report(record, debug)
        raise Exit(1)
    span = window(record, first, last, year)
    if span is None:
        raise click.BadParameter("the notice states no date to start from; pass one", param_hint="--from")
    for y in range(span.start.year, span.end.year + 1):
        if not covers(y):
            click.echo(f"note: no official holiday calendar for {y}; working days counted Monday-Friday", err=True)
    notice = record.meta.doc_number or record.meta.title or path.name
    entries = schedule(record.deadlines, span, notice, record.text or "")
    click.echo(f"{notice}: from {span.start}; {span.why} ({span.end})", err=True)
    for e in entries:
        when = e.recurrence or e.quote
        click.echo(f"{e.date}  {e.kind:<9}  {when}{f' ({e.time})' if e.time and e.time not in when else ''}"
                   f"  {e.task or ''}  [{notice}]")
    if ics is not None:
        write_or_exit(ics, to_ics(entries, record.meta.doc_number or record.source.sha256,
                                  notice_date(record) or span.start), debug)


@app.command()
@argument("file", "FILE", "A notice, or a form spec (.json) written by --spec.")
@click.option("--output", "-o", type=PATH, metavar="PATH", help="Write here; its suffix (.xlsx or .docx) sets the format. "
              "Default: <notice stem>-forms.xlsx in the current directory.")
@click.option("--format", "fmt", type=click.Choice(FORM_FORMATS), metavar="FORMAT",
              help=f"{' or '.join(FORM_FORMATS)} (default: -o's suffix, else xlsx).")
@click.option("--spec", type=PATH, metavar="PATH", help="Also write the forms' structure as JSON here.")
@click.option("--include-samples", "samples", is_flag=True, help="Also regenerate pre-filled 样表 blank.")
@click.option("--allow-guessed", is_flag=True, help="Write forms whose structure was guessed from a text dump.")
@debug_option
def template(file: Path, output: Path | None, fmt: str | None, spec: Path | None, samples: bool, allow_guessed: bool,
             debug: bool) -> None:
    """Regenerate the blank forms (统计表) of a notice as .xlsx or .docx, or export them as a JSON spec."""
    from .forms import FormatClash, output_format, regenerate

    try:
        output_format(output, fmt)
    except FormatClash as err:
        raise click.BadParameter(str(err), param_hint="--output") from None
    require_file(file, debug)
    try:
        for path in regenerate(file, output, fmt, spec, samples, allow_guessed):
            click.echo(f"wrote {path}", err=True)
    except GongwenError as err:
        report(err, debug)
        raise Exit(1)
    except OSError as err:  # an output place that cannot be written: one line, exit 2
        cannot_write(Path(err.filename or output or spec or file), err, debug)


@app.command("check-form")
@argument("file", "FILE", "A filled form (.xlsx).")
@click.option("--output", "-o", type=PATH, metavar="PATH",
              help="Also write a copy (.xlsx) with each finding on its cell and a findings sheet.")
@click.option("--spec", type=PATH, metavar="PATH", help="Check against this form spec (from `gongwen template NOTICE "
              "--spec`): same header, same row labels.")
@debug_option
def check_form(file: Path, output: Path | None, spec: Path | None, debug: bool) -> None:
    """Check a filled form's numbers against its header tree; exit 1 when anything is off."""
    from .forms.check import check_file
    from .forms.marks import write_checked
    from .forms.spec import from_json

    if output is not None and output.suffix.lower() != ".xlsx":
        raise click.BadParameter(f"-o {output.name}: the checked copy is an .xlsx workbook", param_hint="--output")
    require_file(file, debug)
    if spec is not None:
        require_file(spec, debug)
    try:
        findings = check_file(file, from_json(spec) if spec is not None else None)
        if output is not None:
            write_checked(file, output, findings)
    except GongwenError as err:
        report(err, debug)
        raise Exit(1)
    except OSError as err:  # an output place that cannot be written: one line, exit 2
        cannot_write(Path(err.filename or output or file), err, debug)
    for finding in findings:
        click.echo(str(finding))
    click.echo(f"{len(findings)} finding(s) in {file}" + (f"; marked copy written to {output}" if output else ""), err=True)
    raise Exit(1 if findings else 0)


def load_notices(files: list[Path], debug: bool, follow_links: bool = False, timeout: float | None = None,
                 encoding: str | None = None, jobs: int = 1) -> tuple[list, int, int]:
    """Return the notices of the files, folders and .jsonl records named, and the counts of failed and missing files;
    exit 2 when they hold no notice at all."""
    from .corpus.identity import group
    from .corpus.load import load

    records, failed, missing = [], 0, 0
    with workers(jobs) as batch:
        results = list(load(files, follow_links, timeout, encoding=encoding, **batch))
    for _, result in results:
        if isinstance(result, GongwenError):
            report(result, debug)
            failed += 1
            missing += result.code == "E_NOT_FOUND"
        else:
            records.append(result)
    if not records and not failed:
        no_notices(files, debug)
    return group(records), failed, missing


@app.command()
@argument("files", "FILE…", "Notices (.txt .docx .pdf), folders of them, or JSON Lines from `gongwen parse`.",
          nargs=-1, required=True, callback=lambda ctx, param, value: list(value))
@output_option
@click.option("--by", type=click.Choice(GROUPINGS), default="province", show_default=True, metavar="GROUP",
              help=f"Columns: {', '.join(GROUPINGS)}.")
@reading_options
@debug_option
def compare(files: list[Path], output: Path | None, by: str, follow_links: bool, timeout: float, limit: tuple[str, ...],
            encoding: str | None, jobs: int, debug: bool) -> None:
    """Compare notices: an instrument × group matrix of their money figures, each sourced (-o x.xlsx|.csv|.md|.html)."""
    from .corpus.compare import build, render
    from .corpus.compare_xlsx import write_xlsx

    fmt = output.suffix.lower().lstrip(".") if output else "md"
    if fmt not in ("xlsx", "csv", "md", "html"):
        raise click.BadParameter("write .xlsx, .csv, .md or .html", param_hint="--output")
    apply_limits(limit)
    notices, failed, missing = load_notices(files, debug, follow_links, timeout or None, encoding, jobs)
    if missing:  # a mistyped input: write nothing rather than a comparison without it
        raise Exit(2)
    if not notices:  # every file failed: nothing to compare, nothing written
        raise Exit(1)
    matrix = build(notices, by, files=sum(len(n.sources) for n in notices))
    if output is not None and fmt == "xlsx":
        with output_errors(output, debug):
            write_xlsx(matrix, output)
    elif output:
        write_or_exit(output, render(matrix, fmt), debug)
    else:
        emit(render(matrix, fmt))
    if output:
        click.echo(f"wrote {output}: {len(notices)} notice(s), {len(matrix.columns)} column(s), "
                   f"{len(matrix.figures)} figure(s)", err=True)
    raise Exit(1 if failed else 0)


@app.command()
@argument("files", "FILE…", "JSON Lines from `gongwen parse` (.jsonl), or notices and folders of them.",
          nargs=-1, required=True, callback=lambda ctx, param, value: list(value))
@click.option("--output", "-o", type=PATH, metavar="PATH", required=True,
              help="x.xlsx, x.sqlite, x.parquet, or a folder (or x.csv: the folder x) of CSV files.")
@reading_options
@debug_option
def export(files: list[Path], output: Path, follow_links: bool, timeout: float, limit: tuple[str, ...],
           encoding: str | None, jobs: int, debug: bool) -> None:
    """Flatten records into tidy tables, one row per item (notices, amounts, deadlines, contacts, units, targets, sites)."""
    from .corpus.export import tables
    from .corpus.writers import output_format, write

    try:
        output_format(output)
    except GongwenError as err:
        report(err, debug)
        raise Exit(2)
    apply_limits(limit)
    notices, failed, missing = load_notices(files, debug, follow_links, timeout or None, encoding, jobs)
    if missing:  # a mistyped input: write nothing rather than a corpus without it
        raise Exit(2)
    try:
        with output_errors(output, debug):
            written = write(tables(notices), output)
    except GongwenError as err:
        report(err, debug)
        raise Exit(2)
    where = written[0].parent if len(written) > 1 else written[0]
    click.echo(f"wrote {where}: {len(notices)} notice(s) from {sum(len(n.sources) for n in notices)} file(s)", err=True)
    raise Exit(2 if missing else 1 if failed else 0)


@app.command()
@argument("a", "A", "The earlier notice (.txt .docx .pdf, or a record .json).")
@argument("b", "B", "The later notice.")
@click.option("--json", "as_json", is_flag=True, help="Print the changes as JSON.")
@encoding_option
@debug_option
def diff(a: Path, b: Path, as_json: bool, encoding: str | None, debug: bool) -> None:
    """Show what changed from notice A to notice B: figures instrument by instrument, deadlines and duties."""
    from .corpus.diff import diff as changes_between
    from .corpus.diff import to_json, to_text
    from .corpus.identity import group
    from .corpus.load import load

    records = []
    for path in (a, b):
        require_file(path, debug)
        found = [r for _, r in load([path], encoding=encoding)]
        first = found[0] if found else None
        if first is None or isinstance(first, GongwenError):
            if first is not None:
                report(first, debug)
            raise Exit(1)
        records.append(first)
    labels = [f"{n.dated_label} {n.sources[0]}" for n in (group([r])[0] for r in records)]
    changes = changes_between(*records)
    click.echo((to_json if as_json else to_text)(changes, *labels), nl=False)


@app.command()
@files_argument
@click.option("--format", "fmt", type=click.Choice(CHECK_FORMATS), metavar="FORMAT",
              help=f"{', '.join(CHECK_FORMATS)} (default text, or [tool.gongwen.check] format).")
@click.option("--strict", is_flag=True, help="Fail on warnings too.")
@click.option("--disable", multiple=True, metavar="RULE", help="A rule (C_NO_TITLE, W_AREA_CODE …) not to report; repeatable.")
@click.option("--output", "-o", type=PATH, metavar="PATH", help="Also write the report here (the console keeps the text lines).")
@reading_options
def check(files: list[Path], fmt: str | None, strict: bool, disable: tuple[str, ...], output: Path | None,
          follow_links: bool, timeout: float, limit: tuple[str, ...], encoding: str | None, jobs: int) -> None:
    """Validate notices for CI: each parses, its numbers add up, its dates resolve (exit 1 on errors).

    Defaults may be set in pyproject.toml under [tool.gongwen.check]: format, strict, disable = [rules].
    """
    from .corpus.check import FORMATS, check_paths, render, summary

    config = _check_config()
    fmt = fmt or config.get("format", "text")
    strict = strict or bool(config.get("strict", False))
    disabled = set(disable or []) | set(config.get("disable", []))
    if fmt not in FORMATS:
        raise click.BadParameter(f"use one of {', '.join(FORMATS)}", param_hint="--format")
    apply_limits(limit)
    with workers(jobs) as batch:
        results = [(path, [f for f in found if f.code not in disabled])
                   for path, found in check_paths(files, follow_links=follow_links, timeout=timeout or None,
                                                  encoding=encoding, **batch)]
    if not results:
        no_notices(files, False)
    report_text = render(results, fmt)
    if output is not None:
        write_or_exit(output, report_text + "\n")
        emit(render(results, "text") + "\n")
    else:
        emit(report_text + "\n")
    click.echo(summary(results), err=True)
    failing = {"error", "warning"} if strict else {"error"}
    missing = any(f.code == "E_NOT_FOUND" for _, fs in results for f in fs)
    raise Exit(2 if missing else 1 if any(f.severity in failing for _, fs in results for f in fs) else 0)


def _check_config() -> dict:
    """Return [tool.gongwen.check] of the pyproject.toml in the current folder, or {}."""
    import tomllib

    path = Path("pyproject.toml")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    except (OSError, tomllib.TOMLDecodeError):
        return {}
    return data.get("tool", {}).get("gongwen", {}).get("check", {})


@app.command()
def schema() -> None:
    """Print the JSON Schema of the gongwen/1 record."""
    from importlib.resources import files

    click.echo(files("gongwen").joinpath("schema.json").read_text(encoding="utf-8"))
