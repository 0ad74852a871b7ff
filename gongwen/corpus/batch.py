"""Parse many notices: expand folders, keep going past bad files."""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import GongwenError, Internal, NotFound
from ..record import Record

SUFFIXES = {".txt", ".docx", ".pdf"}


def expand(paths: Iterable[Path], follow_links: bool = False) -> Iterator[Path]:
    """Yield each file named, and every notice file under each folder named, in sorted order.

    A link inside a folder that leads out of it is skipped unless `follow_links`.
    """
    for p in paths:
        p = Path(p)
        if p.is_dir():
            yield from sorted(f for f in _walk(p, follow_links) if f.suffix.lower() in SUFFIXES)
        else:
            yield p


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


def parse_many(paths: Iterable[Path], follow_links: bool = False,
               timeout: float | None = None) -> Iterator[tuple[Path, Record | GongwenError]]:
    """Yield (path, record) or (path, error) for every notice; a bad file never stops the batch.

    With `timeout`, each file is parsed in a worker process stopped after that many seconds (E_TIMEOUT).
    """
    from .. import parse
    from .worker import parse_with_timeout

    for path in expand(paths, follow_links):
        try:
            if not path.exists():
                raise NotFound(path, "no such file or folder; check the path")
            yield path, parse_with_timeout(path, timeout) if timeout else parse(path)
        except GongwenError as err:
            yield path, err
        except Exception as err:  # noqa: BLE001 - parse guards everything; this is the last net
            yield path, Internal(path, f"gongwen failed ({type(err).__name__}); this is a bug, please report it")
