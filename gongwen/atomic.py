"""Write output files whole or not at all."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: str | bytes, parents: bool = False) -> None:
    """Write `data` (text as UTF-8) to `path` through a temporary file renamed into place, with the permissions
    the user's umask gives a new file (mkstemp's own are 0600).

    A missing folder is an error (FileNotFoundError) unless `parents`: a mistyped output path must not leave new
    folders behind; only places the caller owns (a record mirrored under -o DIR) make theirs.
    """
    path = Path(path)
    if parents:
        path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def _umask() -> int:
    """Return the process's umask (read by setting it and setting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
