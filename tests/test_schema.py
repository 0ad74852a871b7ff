"""The shipped JSON Schema is generated from the record dataclasses and must be up to date."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_shipped_schema_is_current():
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "make_schema.py"), "--check"])
    assert done.returncode == 0, "gongwen/schema.json is stale: run python3 tools/make_schema.py"
