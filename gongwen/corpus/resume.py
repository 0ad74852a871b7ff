"""Stream JSON Lines into a file that appears whole, and pick up an interrupted or finished run where it stopped."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path


def sha256(path: Path) -> str:
    """Return the sha256 of a file's bytes, as records give it (source.sha256)."""
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


class JsonlSink:
    """Append records as JSON Lines to `NAME.part` beside the output, renamed to the output when the batch ends.

    An interrupted run leaves the .part file; `resume` keeps its whole lines (or the finished output's) and goes on.
    """

    def __init__(self, path: Path, resume: bool = False):
        self.path = Path(path)
        self.part = self.path.with_name(self.path.name + ".part")
        if self.path.is_dir():
            raise IsADirectoryError(21, "Is a directory", str(self.path))
        if resume and not self.part.exists() and self.path.is_file():
            shutil.copyfile(self.path, self.part)
        self.done = _whole_lines(self.part) if resume and self.part.exists() else set()
        self.file = open(self.part, "a" if resume else "w", encoding="utf-8")

    def write(self, line: str) -> None:
        """Append one record line and flush it, so an interruption loses at most the line being written."""
        self.file.write(line + "\n")
        self.file.flush()

    def close(self, keep: bool = True) -> None:
        """Close the stream; with `keep`, rename it to the output (the whole output appears at once)."""
        self.file.close()
        if keep:
            os.replace(self.part, self.path)


def _whole_lines(part: Path) -> set[str]:
    """Cut a torn last line off `part` and return the sha256 of the records of its whole lines."""
    data = part.read_bytes()
    whole = data[: data.rfind(b"\n") + 1]
    if len(whole) != len(data):
        part.write_bytes(whole)
    done = set()
    for line in whole.decode("utf-8").splitlines():
        try:
            done.add(json.loads(line)["source"]["sha256"])
        except (ValueError, KeyError, TypeError):
            continue  # not a record: kept as it is, resumes nothing
    return done
