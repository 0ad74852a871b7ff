"""Plan a batch parse: the files to read, where each record goes, which are already done (--resume), and where it runs."""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import GongwenError
from .batch import expand, precheck
from .mirror import record_paths
from .resume import sha256

if TYPE_CHECKING:  # concurrent.futures (and logging, which it imports) only when an executor is used
    from concurrent.futures import Executor


@dataclass
class Plan:
    """The files a batch reads with their early errors, each record's file under -o DIR, and how many were done before."""

    items: list[tuple[Path, GongwenError | None]]
    targets: dict[Path, Path] = field(default_factory=dict)
    resumed: int = 0


def plan(inputs: list[Path], follow_links: bool = False, out_dir: Path | None = None,
         done: set[str] | None = None) -> Plan:
    """Return what to read under `inputs`: with `out_dir` each record's path there; files whose record exists
    there (or whose sha256 is in `done`) are left out as resumed when `done` is given."""
    named = {p for p in inputs if not p.is_dir()}
    items = [(f, precheck(f, f in named)) for f in expand(inputs, follow_links, everything=True)]
    readable = [f for f, early in items if early is None]
    targets = record_paths(inputs, readable, out_dir) if out_dir is not None else {}
    if done is None:
        return Plan(items, targets)
    todo = [(f, early) for f, early in items if early is not None or not _done(f, targets.get(f), done)]
    return Plan(todo, targets, len(items) - len(todo))


def _done(path: Path, target: Path | None, done: set[str]) -> bool:
    """Tell whether a file's record is already written: its file under -o DIR, or its sha256 in the JSON Lines."""
    if target is not None:
        return target.is_file()
    try:
        return sha256(path) in done
    except OSError:
        return False  # unreadable now: let the parse report why


def executor_for(jobs: int, dask: str | None) -> tuple[Executor | None, int, Callable[[], None]]:
    """Return where to parse (None: here, one file at a time), how many files to keep in flight, and how to close it."""
    from .executors import dask_executor, local_executor

    if dask:
        executor, threads, disconnect = dask_executor(dask)

        def close() -> None:
            executor.shutdown(wait=True)
            disconnect()
        return executor, 4 * threads, close
    if jobs == 1:
        return None, 1, lambda: None
    from .batch import warm

    warm()  # the pool's workers are forked from here: they start warm
    workers = jobs or os.cpu_count() or 1
    pool = local_executor(workers)
    return pool, 4 * workers, lambda: pool.shutdown(wait=True)
