"""Errors a user can cause and fix, one class per code of SPEC §4."""
from __future__ import annotations

from pathlib import Path


class GongwenError(Exception):
    """Input the user can fix; `code` is stable and the message names the file and the remedy."""

    code = "E_GONGWEN"

    def __init__(self, path: str | Path, message: str):
        super().__init__(f"{path}: {message}")
        self.path = str(path)
        self.reason = message

    def to_dict(self) -> dict:
        return {"code": self.code, "path": self.path, "message": self.reason}


class NotFound(GongwenError):
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


class TimedOut(GongwenError):
    code = "E_TIMEOUT"


class Empty(GongwenError):
    code = "E_EMPTY"
