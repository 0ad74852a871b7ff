"""The code passes ruff and mypy (both configured in pyproject.toml), so CI fails on lint or a type error like on any test."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(shutil.which("ruff") is None and subprocess.run([sys.executable, "-m", "ruff", "--version"],
                                                                   capture_output=True).returncode != 0,
                    reason="ruff is not installed (pip install '.[test]' brings it)")
def test_ruff_is_clean():
    run = subprocess.run([sys.executable, "-m", "ruff", "check", "gongwen", "tests", "tools", "benchmarks"],
                         cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-3000:]


@pytest.mark.skipif(subprocess.run([sys.executable, "-m", "mypy", "--version"], capture_output=True).returncode != 0,
                    reason="mypy is not installed (pip install '.[test]' brings it)")
def test_mypy_is_clean():
    run = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True)  # the package, as configured
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-1000:]
