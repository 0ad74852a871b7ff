"""Compiled field patterns kept from one run to the next.

Compiling the field patterns took longer than parsing a notice, and every run compiled them again. The
`regex` module pickles a pattern with its compiled program, so loading one back skips its parsing and
compiling (a 10 ms pattern loads in 0.2 ms). `cached` compiles through one pickle in the user's cache folder
($XDG_CACHE_HOME/gongwen, else ~/.cache/gongwen), named by the versions of regex and Python; a pattern not in
it is compiled as usual, and at exit the patterns this run asked for are written back (a forked worker, which
leaves by os._exit and runs no exit handler, calls `save` itself). A cache that is missing, unreadable, not the
user's own or not writable only costs the compiling.

`cached_re` does the same for the standard `re` patterns, whose compiler spends most of its time filling a
65,536-entry table in Python for every class of Chinese characters: the cache keeps the program that compiler
emits, and the pattern is made from it by the same call `re.compile` ends with, so it is the very pattern
`re.compile` returns (equal programs; a test compares them). The program's form belongs to the interpreter's
build, hence the Python version down to the micro and the engine's magic number in the file's name.
"""
from __future__ import annotations

import atexit
import os
import pickle
import re
import sys
from pathlib import Path
from typing import Any, Callable

import regex

try:  # private, kept per Python version by the cache file's name; without them `re` patterns are compiled as usual
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - a Python whose re is laid out otherwise
    _compiler = _parser = None

Key = tuple[str, str, int]  # engine ("regex" or "re"), pattern, flags

_loaded: dict[Key, Any] | None = None  # read at the first call
_asked: dict[Key, Any] = {}  # the patterns (programs for `re`) of this run, written back when one was missing
_missed = False  # a pattern was compiled, not loaded: the cache is written back
_unsaved_by: int | None = None  # the process that compiled a pattern the cache file does not hold yet
_where: Path | None = None  # the cache file, found at the first call


def cached(pattern: str, flags: int = 0) -> regex.Pattern:
    """Return `regex.compile(pattern, flags)`, from the cache when it holds it."""
    return _entry(("regex", pattern, int(flags)), lambda: regex.compile(pattern, flags))


def cached_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Return `re.compile(pattern, flags)`, made from the compiled program in the cache when it holds it."""
    try:
        program = _entry(("re", pattern, int(flags)), lambda: _program(pattern, int(flags)))
        return _compiler._sre.compile(pattern, *program)  # the engine's call that ends re.compile
    except Exception:  # noqa: BLE001 - a program the engine refuses, or re's internals moved: compile as usual
        return re.compile(pattern, flags)  # (which raises re.error for a wrong pattern)


def _program(pattern: str, flags: int) -> tuple:
    """Return the arguments after the pattern that `re.compile` gives the engine for `pattern` (as in
    re._compiler.compile)."""
    parsed = _parser.parse(pattern, flags)
    names = [None] * parsed.state.groups
    for name, i in parsed.state.groupdict.items():
        names[i] = name
    code = [int(op) for op in _compiler._code(parsed, flags)]  # plain ints: the opcodes' int class won't pickle
    return flags | parsed.state.flags, code, parsed.state.groups - 1, parsed.state.groupdict, tuple(names)


def _entry(key: Key, make: Callable[[], Any]) -> Any:
    """Return the cached value of `key`, else make it and have the cache written at exit."""
    global _loaded, _missed, _where, _unsaved_by
    if _loaded is None:
        _where = cache_file()
        _loaded = _read(_where) if _where else {}
    found = _loaded.get(key)
    if found is None:
        found = _loaded[key] = make()
        if _where:
            if not _missed:
                atexit.register(save)
            _missed = True
            _unsaved_by = os.getpid()
    _asked[key] = found
    return found


def save() -> None:
    """Write the patterns of this run to the cache when this process compiled one the file lacks; a process forked
    from it writes only what it compiled itself, so that the workers of a batch do not each write the parent's."""
    global _unsaved_by
    if _where and _unsaved_by == os.getpid():
        _write(_where)
        _unsaved_by = None


def cache_file() -> Path | None:
    """Return where the compiled patterns are kept for this regex and Python, or None without a home folder or
    with GONGWEN_NO_CACHE set (read-only homes, reproducible builds)."""
    if os.environ.get("GONGWEN_NO_CACHE"):
        return None
    try:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    except RuntimeError:  # no HOME and no password entry: no cache rather than one in the current folder
        return None
    python = ".".join(map(str, sys.version_info[:3]))
    magic = getattr(getattr(_compiler, "_sre", None), "MAGIC", "none")
    name = f"patterns-regex{regex.__version__}-py{python}-sre{magic}.pickle"
    return base / "gongwen" / name if base.is_absolute() else None


def _read(path: Path) -> dict[Key, Any]:
    """Return the patterns pickled at `path`, or none when it is missing, broken or not written by this user."""
    try:
        with path.open("rb") as f:
            if hasattr(os, "getuid") and os.fstat(f.fileno()).st_uid != os.getuid():  # POSIX: only the user's own
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
