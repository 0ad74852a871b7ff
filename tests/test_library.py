"""The library without the CLI: a notice from a path, its bytes or a file object, and errors that are both
gongwen's own and the built-in exception they are a kind of."""
from __future__ import annotations

import io

import pytest

import gongwen
from conftest import notice_path


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_bytes_and_file_objects_give_the_record_of_the_path(fmt):
    path = notice_path("002", fmt)
    want = gongwen.parse(path)
    from_bytes = gongwen.parse(path.read_bytes(), name=path.name)
    with path.open("rb") as f:
        from_file = gongwen.parse(f)
    for got in (from_bytes, from_file):
        assert got.meta == want.meta and got.amounts == want.amounts and got.text == want.text
        assert got.source.sha256 == want.source.sha256 and got.source.path.endswith(path.name)


def test_bytes_without_a_name_are_labelled_and_sniffed():
    record = gongwen.parse(notice_path("003", "pdf").read_bytes())
    assert (record.source.path, record.source.format) == ("<bytes>", "pdf")


def test_errors_name_the_label_and_are_built_in_kinds_too(tmp_path):
    with pytest.raises(gongwen.Empty) as caught:
        gongwen.parse(io.BytesIO(b""), name="upload.txt")
    assert caught.value.code == "E_EMPTY" and str(caught.value).startswith("upload.txt:")
    with pytest.raises(FileNotFoundError):
        gongwen.parse(tmp_path / "missing.pdf")
    with pytest.raises(gongwen.NotFound, match="a folder, not a notice"):
        gongwen.parse(tmp_path)
    assert issubclass(gongwen.TimedOut, TimeoutError) and issubclass(gongwen.Internal, RuntimeError)
    assert all(issubclass(getattr(gongwen, n), gongwen.GongwenError) for n in gongwen.__all__[2:])


def test_outputs_honour_the_umask(tmp_path):
    import os

    from gongwen.atomic import write_atomic

    old = os.umask(0o027)
    try:
        write_atomic(tmp_path / "out.json", "{}")
    finally:
        os.umask(old)
    assert (tmp_path / "out.json").stat().st_mode & 0o777 == 0o640
