"""Errors a user can cause and fix, one class per code of SPEC §4; each is also the built-in exception it is
a kind of (NotFound is a FileNotFoundError, TimedOut a TimeoutError, Corrupt a ValueError …)."""
from __future__ import annotations

from pathlib import Path


def one_line(text: str) -> str:
    """Return `text` with line breaks and other control characters escaped, so it prints on one line."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c == " " else c.encode("unicode_escape", "backslashreplace").decode("ascii")
                   for c in text)


class GongwenError(Exception):
    """Input the user can fix; `code` is stable and the message names the file and the remedy."""

    code = "E_GONGWEN"

    def __init__(self, path: str | Path, message: str):
        self.path = str(path)
        self.reason = one_line(message)
        super().__init__(f"{one_line(self.path)}: {self.reason}")

    def to_dict(self) -> dict:
        return {"code": self.code, "path": self.path, "message": self.reason}


class NotFound(GongwenError, FileNotFoundError):
    code = "E_NOT_FOUND"


class UnsupportedFormat(GongwenError, ValueError):
    code = "E_UNSUPPORTED_FORMAT"


class NoTextLayer(GongwenError, ValueError):
    code = "E_NO_TEXT_LAYER"


class Encrypted(GongwenError, PermissionError):
    code = "E_ENCRYPTED"


class Corrupt(GongwenError, ValueError):
    code = "E_CORRUPT"


class BadEncoding(GongwenError, ValueError):
    code = "E_ENCODING"


class TooLarge(GongwenError, ValueError):
    code = "E_TOO_LARGE"


class TimedOut(GongwenError, TimeoutError):
    code = "E_TIMEOUT"


class Empty(GongwenError, ValueError):
    code = "E_EMPTY"


class Internal(GongwenError, RuntimeError):
    """A failure that is gongwen's own bug, not the input's: the message asks for a report."""

    code = "E_INTERNAL"


class BadOutput(GongwenError, OSError):
    """An output place that cannot be written: a folder where a file is wanted, no permission, a full disk."""

    code = "E_OUTPUT"
