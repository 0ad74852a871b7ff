"""Run parses on any concurrent.futures.Executor: local worker processes or a Dask cluster, records in input order."""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor
from pathlib import Path

from ..errors import GongwenError, Internal, UnsupportedFormat
from ..record import Record

Result = Record | GongwenError


def parse_task(path: Path, timeout: float | None, encoding: str | None = None) -> tuple:
    """Parse one file where the executor runs it and return the result packed for the trip back."""
    from .batch import parse_one, warm
    from .worker import pack

    if timeout:
        warm()  # once per worker process: the per-file forks below then start warm
    return pack(parse_one(path, timeout, encoding))


def run_ordered(executor: Executor, files: Iterable[tuple[Path, GongwenError | None]], timeout: float | None,
                window: int, encoding: str | None = None) -> Iterator[tuple[Path, Result]]:
    """Yield (path, result) in input order, keeping at most `window` files in flight so memory stays flat."""
    pending: deque = deque()
    for path, early in files:
        pending.append((path, early if early is not None else executor.submit(parse_task, path, timeout, encoding)))
        if len(pending) >= window:
            yield _settle(*pending.popleft())
    while pending:
        yield _settle(*pending.popleft())


def _settle(path: Path, job) -> tuple[Path, Result]:
    """Return the result of one submitted file, a lost worker as that file's E_INTERNAL."""
    from .worker import unpack

    if isinstance(job, GongwenError):
        return path, job
    try:
        return path, unpack(path, job.result())
    except Exception as err:  # noqa: BLE001 - a broken pool or a lost Dask worker fails this file, not the batch
        return path, Internal(path, f"the worker reading it was lost ({type(err).__name__}: {err}); "
                                    "this is a bug, please report it with the file")


def local_executor(jobs: int) -> Executor:
    """Return a pool of `jobs` worker processes (0: one per core), forked so they start with gongwen imported."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=jobs or os.cpu_count() or 1, mp_context=multiprocessing.get_context("fork"))


def dask_executor(address: str) -> tuple[Executor, int, Callable[[], None]]:
    """Return an executor on the Dask cluster at `address`, its number of worker threads and how to disconnect."""
    try:
        from distributed import Client
    except ImportError:
        raise UnsupportedFormat(address, "--dask needs Dask distributed: pip install 'gongwen[dask]'") from None
    client = Client(address)
    return client.get_executor(pure=False), max(1, sum(client.nthreads().values())), client.close
