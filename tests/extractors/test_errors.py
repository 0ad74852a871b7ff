"""Tests that broken and scanned files give their error code, from the library and from the CLI."""
import subprocess
import sys
from pathlib import Path

import pytest

from gongwen.errors import Corrupt, Empty, Encrypted, NoTextLayer
from gongwen.extractors import extract

CORPUS = Path(__file__).parent.parent / "data" / "corpus"
CASES = [
    ("bad/empty.pdf", Empty),
    ("bad/truncated.pdf", Corrupt),
    ("bad/encrypted.pdf", Encrypted),
    ("000-scanned.pdf", NoTextLayer),
]


@pytest.mark.parametrize(("name", "error"), CASES)
def test_error_code(name, error):
    with pytest.raises(error) as info:
        extract(CORPUS / name)
    assert info.value.path == str(CORPUS / name)


@pytest.mark.parametrize(("name", "error"), CASES)
def test_cli_reports_code_without_traceback(name, error):
    run = subprocess.run([sys.executable, "-m", "gongwen", "parse", str(CORPUS / name)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert run.stderr.startswith(error.code)
    assert "Traceback" not in run.stderr
    assert run.stdout == ""


def test_truncated_docx_is_corrupt(tmp_path):
    data = (CORPUS / "000.docx").read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(Exception) as info:
        extract(path)
    assert info.value.code in ("E_CORRUPT", "E_UNSUPPORTED_FORMAT")
