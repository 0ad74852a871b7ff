"""Parse many notices: expand folders, keep going past bad files."""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import GongwenError, Internal, NotFound, UnsupportedFormat
from ..record import Record

if TYPE_CHECKING:  # concurrent.futures (and logging, which it imports) only when an executor is used
    from concurrent.futures import Executor

SUFFIXES = {".txt", ".docx", ".pdf"}


def expand(paths: Iterable[Path], follow_links: bool = False, everything: bool = False) -> Iterator[Path]:
    """Yield each file named, and every notice file under each folder named, in sorted order.

    A link inside a folder that leads out of it is skipped unless `follow_links`. With `everything`, the other
    files of a folder come too (to be reported as unsupported), except those `quiet` leaves out.
    """
    for p in paths:
        p = Path(p)
        if p.is_dir():
            yield from sorted(f for f in _walk(p, follow_links) if f.suffix.lower() in SUFFIXES
                              or (everything and not quiet(f.relative_to(p))))
        else:
            yield p


def quiet(relative: Path) -> bool:
    """Tell whether a file in a folder is no notice beyond doubt: hidden (.git, .DS_Store), an Office lock file (~$),
    or a folder's own documentation (README, LICENSE, CHANGELOG)."""
    name = relative.name.upper()
    return (any(part.startswith(".") for part in relative.parts) or name.startswith("~$")
            or name.startswith(("README", "LICENSE", "LICENCE", "CHANGELOG", "COPYING")))


def _walk(folder: Path, follow_links: bool) -> Iterator[Path]:
    """Yield the files under `folder`; links (to files or folders) are kept only when they stay inside it."""
    root = folder.resolve()
    for top, dirs, files in os.walk(folder, followlinks=follow_links):
        base = Path(top)
        if not follow_links:
            dirs[:] = [d for d in dirs if _inside(base / d, root)]
        for name in files:
            f = base / name
            if f.is_file() and (follow_links or _inside(f, root)):
                yield f


def _inside(path: Path, root: Path) -> bool:
    """Tell whether `path`, links resolved, lies under `root`."""
    try:
        return path.resolve().is_relative_to(root)
    except (OSError, RuntimeError):  # a loop of links, a broken one
        return False


def parse_many(paths: Iterable[Path], follow_links: bool = False, timeout: float | None = None,
               executor: Executor | None = None, window: int = 8,
               everything: bool = False, encoding: str | None = None) -> Iterator[tuple[Path, Record | GongwenError]]:
    """Yield (path, record) or (path, error) for every notice, in input order; a bad file never stops the batch.

    With `timeout`, each file is parsed in a worker process stopped after that many seconds (E_TIMEOUT); with
    `executor`, files are parsed there, `window` at a time; with `everything`, a folder's other files come back
    as E_UNSUPPORTED_FORMAT; `encoding` decodes TXT notices (gongwen.parse's).
    """
    paths = [Path(p) for p in paths]
    named = {p for p in paths if not p.is_dir()}
    files = expand(paths, follow_links, everything)
    yield from parse_files(((f, precheck(f, f in named)) for f in files), timeout, executor, window, encoding)


def parse_files(files: Iterable[tuple[Path, GongwenError | None]], timeout: float | None = None,
                executor: Executor | None = None, window: int = 8,
                encoding: str | None = None) -> Iterator[tuple[Path, Record | GongwenError]]:
    """Yield (path, result) for (path, precheck error or None) pairs, in input order, here or on `executor`."""
    if executor is not None:
        from .executors import run_ordered

        yield from run_ordered(executor, files, timeout, window, encoding)
        return
    if timeout:
        warm()  # each worker is forked from this process: it should start with the patterns compiled
    for path, early in files:
        yield path, early or parse_one(path, timeout, encoding)


def warm() -> None:
    """Parse the bundled sample once in this process, so forked workers start with patterns and data loaded."""
    global _warm
    if not _warm:
        from importlib.resources import as_file, files

        from .. import parse

        with as_file(files("gongwen").joinpath("samples", "000.txt")) as sample:
            parse(sample)
        _warm = True


_warm = False


def precheck(path: Path, named: bool) -> GongwenError | None:
    """Return the error a file gets before any parsing: missing, or found in a folder with a suffix gongwen does not read."""
    if not path.exists():
        return NotFound(path, "no such file or folder; check the path")
    if not named and path.suffix.lower() not in SUFFIXES:
        return UnsupportedFormat(path, f"not a notice gongwen reads ({', '.join(sorted(SUFFIXES))}); skipped")
    return None


def parse_one(path: Path, timeout: float | None = None, encoding: str | None = None) -> Record | GongwenError:
    """Return the record of one file or its error; with `timeout`, read in a worker process stopped after it."""
    from .. import parse
    from .worker import parse_with_timeout

    try:
        return parse_with_timeout(path, timeout, encoding) if timeout else parse(path, encoding=encoding)
    except GongwenError as err:
        return err
    except Exception as err:  # noqa: BLE001 - parse guards everything; this is the last net
        return Internal(path, f"gongwen failed ({type(err).__name__}); this is a bug, please report it")
