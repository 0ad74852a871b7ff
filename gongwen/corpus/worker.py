"""Parse one notice in a worker process that is killed when it runs past its time: E_TIMEOUT that really stops the work."""
from __future__ import annotations

import multiprocessing
import resource
import signal
import traceback
from pathlib import Path

from .. import errors
from ..errors import GongwenError, Internal, TimedOut, TooLarge
from ..limits import LIMITS
from ..record import Record

GRACE = 5.0  # seconds to wait for a worker to go once killed


def parse_with_timeout(path: Path, timeout: float, encoding: str | None = None) -> Record | GongwenError:
    """Return the record of `path` parsed in a forked worker, or the error; E_TIMEOUT after `timeout` seconds."""
    ctx = multiprocessing.get_context("fork")  # the worker starts with gongwen already imported
    receive, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_work, args=(path, send, encoding), daemon=True)
    _start(proc)
    send.close()
    try:
        if not receive.poll(timeout):
            return TimedOut(path, f"still reading after {timeout:g} s; stopped. Raise --timeout or split the file")
        return unpack(path, receive.recv())
    except EOFError:  # the worker died without a word: killed by the system, a crash in a library
        proc.join(GRACE)
        return Internal(path, f"the worker reading it died ({_how(proc.exitcode)}; out of memory in a library?); "
                              "this is a bug, please report it with the file")
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(GRACE)
        receive.close()


def _start(proc) -> None:
    """Start `proc` even from a daemonic process (a Dask worker): the child never outlives this call, it is killed in its finally."""
    config = multiprocessing.current_process()._config  # type: ignore[attr-defined]  # private, so not in typeshed
    daemon = config.get("daemon")
    config["daemon"] = False  # multiprocessing refuses children of daemons only so that none is orphaned
    try:
        proc.start()
    finally:
        config["daemon"] = daemon


def _work(path: Path, send, encoding: str | None = None) -> None:
    """Parse `path` and send back ("record", record) or ("error", class name, path, reason, traceback text)."""
    from .. import parse

    _cap_memory()
    try:
        send.send(("record", parse(path, encoding=encoding)))
    except Exception as exc:  # noqa: BLE001 - the worker's own boundary: everything goes back as an error
        err = exc if isinstance(exc, GongwenError) else guard_error(path, exc)
        send.send(pack(err, exc))
    finally:
        send.close()


def pack(result: Record | GongwenError, cause: BaseException | None = None) -> tuple:
    """Return a result as a picklable message: ("record", record) or ("error", class name, path, reason, traceback)."""
    if isinstance(result, Record):
        return ("record", result)
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
