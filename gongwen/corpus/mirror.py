"""Name the record file of each input under `-o DIR`: the input's relative path mirrored, never two inputs on one name.

Rule: paths are taken relative to the common folder of the inputs (a folder named counts itself, a file its
folder), so `corpus/txt/000.txt` → `out/txt/000.json`. A stem shared by several inputs of one folder
(`000.docx`, `000.pdf`) keeps each full name instead: `000.docx.json`, `000.pdf.json`.
"""
from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path


def record_paths(inputs: Iterable[Path], files: list[Path], out_dir: Path) -> dict[Path, Path]:
    """Return the record path under `out_dir` of each of `files`, found under or among `inputs`."""
    base = _common(inputs)
    relative = {f: Path(os.path.relpath(os.path.abspath(f), base)) for f in files}
    stems = Counter((r.parent, r.stem) for r in relative.values())
    return {f: out_dir / r.parent / (f"{r.name if stems[r.parent, r.stem] > 1 else r.stem}.json")
            for f, r in relative.items()}


def _common(inputs: Iterable[Path]) -> str:
    """Return the folder the relative paths start from: the common folder of the inputs."""
    places = [os.path.abspath(p if Path(p).is_dir() else Path(p).parent) for p in inputs]
    return os.path.commonpath(places) if places else os.getcwd()
