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
from .errors import BadOutput, GongwenError, one_line

app = typer.Typer(no_args_is_help=True, add_completion=False, rich_markup_mode=None,
                  context_settings={"help_option_names": ["-h", "--help"]},
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
        raise typer.Exit(2) from None


def cannot_write(path: Path, err: OSError, debug: bool = False) -> None:
    """Exit 2 with one E_OUTPUT line for an output place that could not be written."""
    missing = next((p for p in reversed(path.parents) if not p.exists()), None)
    if isinstance(err, FileNotFoundError) and missing is not None:
        report(BadOutput(path, f"the folder {missing} does not exist; create it or choose another place"), debug)
        raise typer.Exit(2)
    report(BadOutput(path, f"cannot write here: {err.strerror or err}; choose another place"), debug)
    raise typer.Exit(2)


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


Jobs = Annotated[int, typer.Option("--jobs", "-j", help="Worker processes parsing at once (0: one per core); "
                                   "records still come in input order.")]
Dask = Annotated[Optional[str], typer.Option("--dask", help="Parse on this Dask distributed scheduler "
                                             "(tcp://host:8786); needs pip install 'gongwen[dask]'.")]
Resume = Annotated[bool, typer.Option("--resume", help="Skip files already done: sha256 in -o x.jsonl, "
                                      "or record present in -o DIR.")]


@app.command()
def parse(files: Files,
          output: Annotated[Optional[Path], typer.Option("--output", "-o", help="One file: write it here. Several "
                                                         "or a folder: x.jsonl (JSON Lines) or a folder (one record "
                                                         "each, paths mirrored).")] = None,
          no_text: Annotated[bool, typer.Option("--no-text", help="Leave the full text out of the record.")] = False,
          jobs: Jobs = 1, dask: Dask = None, resume: Resume = False,
          follow_links: FollowLinks = False, timeout: Timeout = TIMEOUT, limit: Limit = None,
          quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not print the notices' warnings on stderr.")] = False,
          debug: Debug = False) -> None:
    """Parse notices into gongwen/1 records (one file: JSON; several: JSON Lines, -o x.jsonl or -o DIR; - reads stdin)."""
    from .corpus.batch import parse_files
    from .corpus.load import JSONL
    from .corpus.progress import Tally, bar
    from .corpus.resume import JsonlSink
    from .corpus.run import executor_for, plan

    if jobs < 0 or (dask and jobs != 1):
        raise typer.BadParameter("give --jobs N (N ≥ 0) or --dask ADDRESS, not both", param_hint="--jobs")
    if resume and output is None:
        raise typer.BadParameter("--resume picks up an output: give -o x.jsonl or -o DIR", param_hint="--resume")
    apply_limits(limit)
    jsonl = output if output is not None and output.suffix.lower() in JSONL else None
    if files == [Path("-")]:
        raise typer.Exit(_parse_stdin(output, no_text, timeout or None, quiet, debug))
    if len(files) == 1 and not files[0].is_dir() and not jsonl and not (output and output.is_dir()):
        raise typer.Exit(_parse_one_file(files[0], output, no_text, timeout or None, quiet, debug))
    out_dir = output if output is not None and jsonl is None else None
    with output_errors(output or Path("."), debug):
        sink = JsonlSink(jsonl, resume) if jsonl else None
        if out_dir is not None:
            out_dir.mkdir(exist_ok=True)  # the folder named, never its missing parents
    work = plan(files, follow_links, out_dir, (sink.done if sink else set()) if resume else None)
    if not work.resumed and all(early and early.code == "E_UNSUPPORTED_FORMAT" for _, early in work.items):
        for _, early in work.items:
            report(early, debug)
        no_notices(files, debug)
    try:
        executor, window, close = executor_for(jobs, dask)
    except GongwenError as err:
        report(err, debug)
        raise typer.Exit(2)
    except (OSError, ValueError) as err:  # a scheduler that cannot be reached, an address that is not one
        raise typer.BadParameter(f"cannot reach the Dask scheduler {dask}: {err}", param_hint="--dask") from None
    tally = Tally(resumed=work.resumed)
    try:
        with bar(len(work.items), tally) as step:
            for path, result in parse_files(work.items, timeout or None, executor, window):
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
    if sink:
        with output_errors(jsonl, debug):
            sink.close()
    typer.echo(tally.summary(), err=True)
    raise typer.Exit(2 if tally.failed["E_NOT_FOUND"] else 1 if tally.failed else 0)


def _warn(record, quiet: bool) -> None:
    """Print each warning of a parsed notice on stderr as one line (W_CODE file: message), unless quiet."""
    if not quiet:
        for w in record.warnings:
            typer.echo(f"{w.code} {one_line(record.source.path)}: {one_line(w.message)}", err=True)


def _parse_stdin(output: Path | None, no_text: bool, timeout: float | None, quiet: bool, debug: bool) -> int:
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
        return _parse_one_file(path, output, no_text, timeout, quiet, debug, name="-")


def _parse_one_file(path: Path, output: Path | None, no_text: bool, timeout: float | None, quiet: bool, debug: bool,
                    name: str | None = None) -> int:
    """Parse one notice: its record on stdout or into `output`, its warnings on stderr; return the exit code."""
    from .corpus.batch import parse_many

    _, result = next(parse_many([path], timeout=timeout))
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
              since: Annotated[Optional[str], typer.Option(
                  "--from", help="First day to list, YYYY-MM-DD (default: the notice's issue date).")] = None,
              until: Annotated[Optional[str], typer.Option(
                  "--until", help="Last day to list, YYYY-MM-DD (default: each duty's stated end, else the campaign's, "
                  "else the year's).")] = None,
              year: Annotated[Optional[int], typer.Option("--year", help="List only this calendar year.")] = None,
              ics: Annotated[Optional[Path], typer.Option("--ics", help="Also write an iCalendar (RFC 5545) file here.")] = None,
              debug: Debug = False) -> None:
    """List the notice's duties from its issue date to their end, recurring ones on China's working-day calendar."""
    from .calendar import covers, notice_date, parse_day, schedule, window
    from .corpus.batch import parse_many
    from .ics import to_ics

    try:
        first, last = parse_day(since), parse_day(until)
    except ValueError as err:
        raise typer.BadParameter(str(err), param_hint="--from/--until") from None
    require_file(file, debug)
    path, record = next(parse_many([file]))
    if isinstance(record, GongwenError):
        report(record, debug)
        raise typer.Exit(1)
    span = window(record, first, last, year)
    if span is None:
        raise typer.BadParameter("the notice states no date to start from; pass one", param_hint="--from")
    for y in range(span.start.year, span.end.year + 1):
        if not covers(y):
            typer.echo(f"note: no official holiday calendar for {y}; working days counted Monday-Friday", err=True)
    notice = record.meta.doc_number or record.meta.title or path.name
    entries = schedule(record.deadlines, span, notice, record.text or "")
    typer.echo(f"{notice}: from {span.start}; {span.why} ({span.end})", err=True)
    for e in entries:
        when = e.recurrence or e.quote
        typer.echo(f"{e.date}  {e.kind:<9}  {when}{f' ({e.time})' if e.time and e.time not in when else ''}"
                   f"  {e.task or ''}  [{notice}]")
    if ics is not None:
        write_or_exit(ics, to_ics(entries, record.meta.doc_number or record.source.sha256,
                                  notice_date(record) or span.start), debug)


@app.command()
def template(file: Annotated[Path, typer.Argument(help="A notice, or a form spec (.json) written by --spec.", show_default=False)],
             output: Annotated[Optional[Path], typer.Option(
                 "--output", "-o", help="Write here; its suffix (.xlsx or .docx) sets the format. "
                 "Default: <notice stem>-forms.xlsx in the current directory.")] = None,
             fmt: Annotated[Optional[str], typer.Option("--format", help="xlsx or docx (default: -o's suffix, else xlsx).")] = None,
             spec: Annotated[Optional[Path], typer.Option("--spec", help="Also write the forms' structure as JSON here.")] = None,
             samples: Annotated[bool, typer.Option("--include-samples", help="Also regenerate pre-filled 样表 blank.")] = False,
             allow_guessed: Annotated[bool, typer.Option(
                 "--allow-guessed", help="Write forms whose structure was guessed from a text dump.")] = False,
             debug: Debug = False) -> None:
    """Regenerate the blank forms (统计表) of a notice as .xlsx or .docx, or export them as a JSON spec."""
    from .forms import FORMATS, FormatClash, output_format, regenerate

    if fmt is not None and fmt not in FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(FORMATS)}", param_hint="--format")
    try:
        output_format(output, fmt)
    except FormatClash as err:
        raise typer.BadParameter(str(err), param_hint="--output") from None
    require_file(file, debug)
    try:
        for path in regenerate(file, output, fmt, spec, samples, allow_guessed):
            typer.echo(f"wrote {path}", err=True)
    except GongwenError as err:
        report(err, debug)
        raise typer.Exit(1)
    except OSError as err:  # an output place that cannot be written: one line, exit 2
        cannot_write(Path(err.filename or output or spec), err, debug)


@app.command("check-form")
def check_form(file: Annotated[Path, typer.Argument(help="A filled form (.xlsx).", show_default=False)],
               output: Annotated[Optional[Path], typer.Option(
                   "--output", "-o", help="Also write a copy (.xlsx) with each finding on its cell and a findings sheet.")] = None,
               spec: Annotated[Optional[Path], typer.Option(
                   "--spec", help="Check against this form spec (from `gongwen template NOTICE --spec`): "
                   "same header, same row labels.")] = None,
               debug: Debug = False) -> None:
    """Check a filled form's numbers against its header tree; exit 1 when anything is off."""
    from .forms.check import check_file
    from .forms.marks import write_checked
    from .forms.spec import from_json

    if output is not None and output.suffix.lower() != ".xlsx":
        raise typer.BadParameter(f"-o {output.name}: the checked copy is an .xlsx workbook", param_hint="--output")
    require_file(file, debug)
    if spec is not None:
        require_file(spec, debug)
    try:
        findings = check_file(file, from_json(spec) if spec is not None else None)
        if output is not None:
            write_checked(file, output, findings)
    except GongwenError as err:
        report(err, debug)
        raise typer.Exit(1)
    except OSError as err:  # an output place that cannot be written: one line, exit 2
        cannot_write(output, err, debug)
    for finding in findings:
        typer.echo(str(finding))
    typer.echo(f"{len(findings)} finding(s) in {file}" + (f"; marked copy written to {output}" if output else ""), err=True)
    raise typer.Exit(1 if findings else 0)


def load_notices(files: list[Path], debug: bool, follow_links: bool = False,
                 timeout: float | None = None) -> tuple[list, int, int]:
    """Return the notices of the files, folders and .jsonl records named, and the counts of failed and missing files;
    exit 2 when they hold no notice at all."""
    from .corpus.identity import group
    from .corpus.load import load

    records, failed, missing = [], 0, 0
    for _, result in load(files, follow_links, timeout):
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
def compare(files: Annotated[list[Path], typer.Argument(
                help="Notices (.txt .docx .pdf), folders of them, or JSON Lines from `gongwen parse`.", show_default=False)],
            output: Output = None,
            by: Annotated[str, typer.Option("--by", help="Columns: province, city, notice or year.")] = "province",
            follow_links: FollowLinks = False, timeout: Timeout = TIMEOUT, limit: Limit = None,
            debug: Debug = False) -> None:
    """Compare notices: an instrument × group matrix of their money figures, each sourced (-o x.xlsx|.csv|.md|.html)."""
    from .corpus.compare import GROUPINGS, build, render
    from .corpus.compare_xlsx import write_xlsx

    fmt = output.suffix.lower().lstrip(".") if output else "md"
    if fmt not in ("xlsx", "csv", "md", "html"):
        raise typer.BadParameter("write .xlsx, .csv, .md or .html", param_hint="--output")
    if by not in GROUPINGS:
        raise typer.BadParameter(f"use one of {', '.join(GROUPINGS)}", param_hint="--by")
    apply_limits(limit)
    notices, failed, missing = load_notices(files, debug, follow_links, timeout or None)
    if missing:  # a mistyped input: write nothing rather than a comparison without it
        raise typer.Exit(2)
    if not notices:  # every file failed: nothing to compare, nothing written
        raise typer.Exit(1)
    matrix = build(notices, by, files=sum(len(n.sources) for n in notices))
    if fmt == "xlsx":
        with output_errors(output, debug):
            write_xlsx(matrix, output)
    elif output:
        write_or_exit(output, render(matrix, fmt), debug)
    else:
        emit(render(matrix, fmt))
    if output:
        typer.echo(f"wrote {output}: {len(notices)} notice(s), {len(matrix.columns)} column(s), "
                   f"{len(matrix.figures)} figure(s)", err=True)
    raise typer.Exit(1 if failed else 0)


@app.command()
def export(files: Annotated[list[Path], typer.Argument(
               help="JSON Lines from `gongwen parse` (.jsonl), or notices and folders of them.", show_default=False)],
           output: Annotated[Path, typer.Option("--output", "-o", help="x.xlsx, x.sqlite, x.parquet, or a folder "
                                                "(or x.csv: the folder x) of CSV files.", show_default=False)],
           follow_links: FollowLinks = False, timeout: Timeout = TIMEOUT, limit: Limit = None,
           debug: Debug = False) -> None:
    """Flatten records into tidy tables, one row per item (notices, amounts, deadlines, contacts, units, targets, sites)."""
    from .corpus.export import tables
    from .corpus.writers import output_format, write

    try:
        output_format(output)
    except GongwenError as err:
        report(err, debug)
        raise typer.Exit(2)
    apply_limits(limit)
    notices, failed, missing = load_notices(files, debug, follow_links, timeout or None)
    if missing:  # a mistyped input: write nothing rather than a corpus without it
        raise typer.Exit(2)
    try:
        with output_errors(output, debug):
            written = write(tables(notices), output)
    except GongwenError as err:
        report(err, debug)
        raise typer.Exit(2)
    where = written[0].parent if len(written) > 1 else written[0]
    typer.echo(f"wrote {where}: {len(notices)} notice(s) from {sum(len(n.sources) for n in notices)} file(s)", err=True)
    raise typer.Exit(2 if missing else 1 if failed else 0)


@app.command()
def diff(a: Annotated[Path, typer.Argument(help="The earlier notice (.txt .docx .pdf, or a record .json).", show_default=False)],
         b: Annotated[Path, typer.Argument(help="The later notice.", show_default=False)],
         as_json: Annotated[bool, typer.Option("--json", help="Print the changes as JSON.")] = False,
         debug: Debug = False) -> None:
    """Show what changed from notice A to notice B: figures instrument by instrument, deadlines and duties."""
    from .corpus.diff import diff as changes_between
    from .corpus.diff import to_json, to_text
    from .corpus.identity import group
    from .corpus.load import load

    records = []
    for path in (a, b):
        require_file(path, debug)
        found = [r for _, r in load([path])]
        if not found or isinstance(found[0], GongwenError):
            if found:
                report(found[0], debug)
            raise typer.Exit(1)
        records.append(found[0])
    labels = [f"{n.dated_label} {n.sources[0]}" for n in (group([r])[0] for r in records)]
    changes = changes_between(*records)
    typer.echo((to_json if as_json else to_text)(changes, *labels), nl=False)


@app.command()
def check(files: Files,
          fmt: Annotated[Optional[str], typer.Option(
              "--format", help="text, json, github, junit or sarif (default text, or [tool.gongwen.check] format).")] = None,
          strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
          disable: Annotated[Optional[list[str]], typer.Option(
              "--disable", help="A rule (C_NO_TITLE, W_AREA_CODE …) not to report; repeatable.")] = None,
          output: Annotated[Optional[Path], typer.Option(
              "--output", "-o", help="Also write the report here (the console keeps the text lines).")] = None,
          follow_links: FollowLinks = False, timeout: Timeout = TIMEOUT, limit: Limit = None) -> None:
    """Validate notices for CI: each parses, its numbers add up, its dates resolve (exit 1 on errors).

    Defaults may be set in pyproject.toml under [tool.gongwen.check]: format, strict, disable = [rules].
    """
    from .corpus.check import FORMATS, check_paths, render, summary

    config = _check_config()
    fmt = fmt or config.get("format", "text")
    strict = strict or bool(config.get("strict", False))
    disabled = set(disable or []) | set(config.get("disable", []))
    if fmt not in FORMATS:
        raise typer.BadParameter(f"use one of {', '.join(FORMATS)}", param_hint="--format")
    apply_limits(limit)
    results = [(path, [f for f in found if f.code not in disabled])
               for path, found in check_paths(files, follow_links=follow_links, timeout=timeout or None)]
    if not results:
        no_notices(files, False)
    report_text = render(results, fmt)
    if output is not None:
        write_or_exit(output, report_text + "\n")
        emit(render(results, "text") + "\n")
    else:
        emit(report_text + "\n")
    typer.echo(summary(results), err=True)
    failing = {"error", "warning"} if strict else {"error"}
    missing = any(f.code == "E_NOT_FOUND" for _, fs in results for f in fs)
    raise typer.Exit(2 if missing else 1 if any(f.severity in failing for _, fs in results for f in fs) else 0)


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

    typer.echo(files("gongwen").joinpath("schema.json").read_text(encoding="utf-8"))
