"""Errors a user can cause and fix, one class per code of SPEC §4. Where a built-in exception means the same,
the class is one too (NotFound a FileNotFoundError, TimedOut a TimeoutError, Internal a RuntimeError); the
others are not, so that no `except ValueError` inside a reader mistakes one for a damaged part."""
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
    worker_traceback: str | None = None  # set when the error was raised in a worker process: what --debug prints

    def __init__(self, path: str | Path, message: str):
        self.path = str(path)
        self.reason = one_line(message)
        super().__init__(f"{one_line(self.path)}: {self.reason}")

    def to_dict(self) -> dict:
        return {"code": self.code, "path": self.path, "message": self.reason}


class NotFound(GongwenError, FileNotFoundError):
    code = "E_NOT_FOUND"


class UnsupportedFormat(GongwenError):
    code = "E_UNSUPPORTED_FORMAT"


class NoTextLayer(GongwenError):
    code = "E_NO_TEXT_LAYER"


class Encrypted(GongwenError):
    code = "E_ENCRYPTED"


class Corrupt(GongwenError):
    code = "E_CORRUPT"


class BadEncoding(GongwenError):
    code = "E_ENCODING"


class TooLarge(GongwenError):
    code = "E_TOO_LARGE"


class TimedOut(GongwenError, TimeoutError):
    code = "E_TIMEOUT"


class Empty(GongwenError):
    code = "E_EMPTY"


class Internal(GongwenError, RuntimeError):
    """A failure that is gongwen's own bug, not the input's: the message asks for a report."""

    code = "E_INTERNAL"


class BadOutput(GongwenError):
    """An output place that cannot be written: a folder where a file is wanted, no permission, a full disk."""

    code = "E_OUTPUT"
