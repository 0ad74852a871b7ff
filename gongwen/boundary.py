"""The one boundary where every failure becomes a gongwen error: reading and field passes run inside `guarded`."""
from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from .errors import Corrupt, GongwenError, Internal, TooLarge

T = TypeVar("T")

# exceptions that mean the input's container or a part of it cannot be read, not that gongwen is wrong
UNREADABLE = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, struct.error, UnicodeDecodeError)
UNREADABLE_MODULES = ("lxml", "pypdfium2", "pdfminer")
REPORT = "please report it to the gongwen maintainers with the file; --debug shows the traceback"
MAX_DETAIL = 200  # characters of the exception text kept in the one-line message


def guarded(path: str | Path, stage: str, fn: Callable[..., T], *args) -> T:
    """Return `fn(*args)`, turning any failure into a GongwenError naming `path` (stage "read" or "build")."""
    try:
        return fn(*args)
    except GongwenError:
        raise
    except MemoryError:
        raise TooLarge(path, "reading it ran out of memory; split the file or raise the memory limit") from None
    except RecursionError as e:
        raise Corrupt(path, "its structure is nested too deeply to read; re-save the document") from e
    except Exception as e:  # noqa: BLE001 - the boundary: nothing else may escape
        raise classify(path, stage, e) from e


def classify(path: str | Path, stage: str, e: Exception) -> GongwenError:
    """Return E_CORRUPT for a part of the input that cannot be read, else E_INTERNAL (gongwen's bug)."""
    if stage == "read" and (isinstance(e, UNREADABLE) or type(e).__module__.startswith(UNREADABLE_MODULES)):
        return Corrupt(path, f"a part of the file cannot be read ({_detail(e)}); re-save or re-export it")
    return Internal(path, f"gongwen failed while {_DOING[stage]} ({_detail(e)}); this is a bug, {REPORT}")


def _detail(e: Exception) -> str:
    """Return the exception's type and text, cut to a readable length."""
    text = f"{type(e).__name__}: {e}" if str(e) else type(e).__name__
    return text if len(text) <= MAX_DETAIL else text[:MAX_DETAIL] + "…"


_DOING = {"read": "reading the file", "build": "finding the fields"}
