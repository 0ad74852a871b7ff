"""Parse one notice in a worker process that is killed when it runs past its time: E_TIMEOUT that really stops the work.

The worker is a bare `os.fork` writing one pickled message into a pipe, not a multiprocessing.Process: importing
multiprocessing and starting a Process took about a tenth of `gongwen parse one.txt`, and a fork needs none of it
(nor multiprocessing's refusal to start children from daemonic processes such as pool or Dask workers).
"""
from __future__ import annotations

import os
import pickle
import resource
import select
import signal
import sys
from pathlib import Path

from .. import errors
from ..errors import GongwenError, Internal, TimedOut, TooLarge
from ..limits import LIMITS
from ..record import Record

POLL_MAX = 2**31 - 1  # milliseconds: the longest wait select.poll takes


def parse_with_timeout(path: Path, timeout: float, encoding: str | None = None) -> Record | GongwenError:
    """Return the record of `path` parsed in a forked worker, or the error; E_TIMEOUT after `timeout` seconds."""
    receive, send = os.pipe()
    pid = os.fork()  # the worker starts with gongwen already imported
    if pid == 0:
        os.close(receive)
        _run_worker(path, send, encoding)
    os.close(send)
    message = None
    try:
        message = _read(receive, timeout)
    finally:
        os.close(receive)
        if message is None:
            os.kill(pid, signal.SIGKILL)
        status = os.waitpid(pid, 0)[1]
    if message is None:
        return TimedOut(path, f"still reading after {timeout:g} s; stopped. Raise --timeout or split the file")
    if not (os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0):  # it exits 0 only once its message is whole
        return Internal(path, f"the worker reading it died ({_how(os.waitstatus_to_exitcode(status))}; out of memory "
                              "in a library?); this is a bug, please report it with the file")
    return unpack(path, pickle.loads(message))


def _read(fd: int, timeout: float) -> bytes | None:
    """Return what the worker writes to the pipe `fd` until it closes it, or None when it writes nothing within
    `timeout` seconds (it writes only once the parse is done)."""
    poller = select.poll()  # not select.select: that cannot watch a descriptor above 1023
    poller.register(fd, select.POLLIN)
    ms = max(timeout * 1000, 0)
    if not poller.poll(ms if ms < POLL_MAX else None):  # longer than poll can count (--timeout inf): no limit
        return None
    chunks = []
    while chunk := os.read(fd, 1 << 20):
        chunks.append(chunk)
    return b"".join(chunks)


def _run_worker(path: Path, fd: int, encoding: str | None) -> None:
    """In the forked worker: write the message of `path` to the pipe `fd` and exit 0, or exit 1 on anything else.
    It leaves by os._exit: the parent's exit handlers and buffered output are the parent's, run and written once."""
    code = 1
    try:
        data = _work(path, encoding)
        with open(fd, "wb") as pipe:
            pipe.write(data)
        code = 0
        patterns = sys.modules.get("gongwen.structured.pattern_cache")  # loaded when the parse reached the fields
        if patterns is not None:
            patterns.save()  # the patterns this worker had to compile: else one-file parses compiled them every run
    finally:
        os._exit(code)


def _work(path: Path, encoding: str | None = None) -> bytes:
    """Parse `path` and return ("record", record) or ("error", class name, path, reason, traceback text), pickled."""
    from .. import parse

    _cap_memory()
    try:  # pickled here, so that a record too large to pickle under the memory cap is E_TOO_LARGE too
        return pickle.dumps(("record", parse(path, encoding=encoding)), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # noqa: BLE001 - the worker's own boundary: everything goes back as an error
        err = exc if isinstance(exc, GongwenError) else guard_error(path, exc)
        return pickle.dumps(pack(err, exc), protocol=pickle.HIGHEST_PROTOCOL)


def pack(result: Record | GongwenError, cause: BaseException | None = None) -> tuple:
    """Return a result as a picklable message: ("record", record) or ("error", class name, path, reason, traceback)."""
    if isinstance(result, Record):
        return ("record", result)
    import traceback  # only errors need it

    shown = cause or result
    tb = getattr(result, "worker_traceback", None) or "".join(traceback.format_exception(shown))
    return ("error", type(result).__name__, result.path, result.reason, tb)


def guard_error(path: Path, exc: BaseException) -> GongwenError:
    """Return the gongwen error for an exception that escaped parse (memory beyond the worker's cap, a bug)."""
    if isinstance(exc, MemoryError):
        return TooLarge(path, f"reading it needed more than the {LIMITS.worker_memory}-byte memory cap; split the file")
    return Internal(path, f"gongwen failed ({type(exc).__name__}); this is a bug, please report it with the file")


def _cap_memory() -> None:
    """Bound the worker's address space by LIMITS.worker_memory, so a file that expands fails alone."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = LIMITS.worker_memory if hard == resource.RLIM_INFINITY else min(LIMITS.worker_memory, hard)
    if soft == resource.RLIM_INFINITY or soft > cap:
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def unpack(path: Path, message: tuple) -> Record | GongwenError:
    """Return the record or the rebuilt error a worker sent."""
    if message[0] == "record":
        return message[1]
    cls = getattr(errors, message[1], None)
    if not (isinstance(cls, type) and issubclass(cls, GongwenError)):
        return Internal(path, f"the worker sent an unknown error {message[1]!r}; this is a bug, please report it")
    err = cls(message[2], message[3])
    err.worker_traceback = message[4]  # what --debug prints: the traceback stayed in the worker
    return err


def _how(exitcode: int | None) -> str:
    """Return how a process ended, in words."""
    if exitcode is not None and exitcode < 0:
        try:
            return f"signal {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"signal {-exitcode}"
    return f"exit code {exitcode}"
