"""Compiled field patterns kept from one run to the next.

Compiling the field patterns took longer than parsing a notice, and every run compiled them again. The
`regex` module pickles a pattern with its compiled program, so loading one back skips its parsing and
compiling (a 10 ms pattern loads in 0.2 ms). `cached` compiles through one pickle in the user's cache folder
($XDG_CACHE_HOME/gongwen, else ~/.cache/gongwen), named by the versions of regex and Python; a pattern not in
it is compiled as usual, and at exit the patterns this run asked for are written back. A cache that is
missing, unreadable, not the user's own or not writable only costs the compiling.
"""
from __future__ import annotations

import atexit
import os
import pickle
import sys
from pathlib import Path

import regex

Key = tuple[str, int]

_loaded: dict[Key, regex.Pattern] | None = None  # read at the first `cached` call
_asked: dict[Key, regex.Pattern] = {}  # the patterns of this run, written back when one was missing
_missed = False
_where: Path | None = None  # the cache file, found at the first `cached` call


def cached(pattern: str, flags: int = 0) -> regex.Pattern:
    """Return `regex.compile(pattern, flags)`, from the cache when it holds it."""
    global _loaded, _missed, _where
    if _loaded is None:
        _where = cache_file()
        _loaded = _read(_where) if _where else {}
    key = (pattern, int(flags))
    found = _loaded.get(key)
    if found is None:
        found = _loaded[key] = regex.compile(pattern, flags)
        if _where and not _missed:  # forked workers leave by os._exit: only the process that began writes
            atexit.register(_write, _where)
            _missed = True
    _asked[key] = found
    return found


def cache_file() -> Path | None:
    """Return where the compiled patterns are kept for this regex and Python, or None without a home folder or
    with GONGWEN_NO_CACHE set (read-only homes, reproducible builds)."""
    if os.environ.get("GONGWEN_NO_CACHE"):
        return None
    try:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    except RuntimeError:  # no HOME and no password entry: no cache rather than one in the current folder
        return None
    name = f"patterns-regex{regex.__version__}-py{sys.version_info[0]}{sys.version_info[1]}.pickle"
    return base / "gongwen" / name if base.is_absolute() else None


def _read(path: Path) -> dict[Key, regex.Pattern]:
    """Return the patterns pickled at `path`, or none when it is missing, broken or not written by this user."""
    try:
        with path.open("rb") as f:
            if os.fstat(f.fileno()).st_uid != os.getuid():
                return {}
            found = pickle.load(f)
    except Exception:  # noqa: BLE001 - a cache that cannot be read is only a cache miss
        return {}
    return found if isinstance(found, dict) else {}


def _write(path: Path) -> None:
    """Write the patterns of this run to `path` whole (a temporary file renamed over it), or nothing."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp.write_bytes(pickle.dumps(_asked, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
