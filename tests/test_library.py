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
    assert all(issubclass(getattr(gongwen, n), gongwen.GongwenError) for n in gongwen.__all__[3:])


def test_outputs_honour_the_umask(tmp_path):
    import os

    from gongwen.atomic import write_atomic

    old = os.umask(0o027)
    try:
        write_atomic(tmp_path / "out.json", "{}")
    finally:
        os.umask(old)
    assert (tmp_path / "out.json").stat().st_mode & 0o777 == 0o640


def test_load_gives_back_the_records_parse_wrote(tmp_path):
    from conftest import NOTICES

    records = [gongwen.parse(notice_path(n, "txt")) for n in NOTICES]
    jsonl = tmp_path / "corpus.jsonl"
    jsonl.write_text("".join(r.to_json(indent=None) + "\n" for r in records), encoding="utf-8")
    assert gongwen.load(jsonl) == records


def test_big5_copy_parses_to_the_text_of_its_original_with_a_warning(tmp_path):
    text = ("關於做好2021年就業幫扶工作的通知\n各縣（市、區）人力資源和社會保障局：\n為鞏固拓展脫貧攻堅成果，現就有關事項通知如下。\n"
            "一、落實補貼政策。對吸納脫貧勞動力就業的企業，按每人1000元給予補貼。\n")
    utf8, big5 = tmp_path / "u.txt", tmp_path / "b.txt"
    utf8.write_text(text, encoding="utf-8")
    big5.write_bytes(text.encode("big5"))
    a, b = gongwen.parse(utf8), gongwen.parse(big5)
    assert a.text == b.text and b.source.encoding == "big5"
    assert [w.code for w in b.warnings][:1] == ["W_ENCODING_GUESSED"]


SHORT_BIG5 = "關於補貼的通知：每人1000元。".encode("big5")  # too short to tell Big5 from GB18030 by its characters


def test_a_named_encoding_decodes_what_detection_cannot_tell():
    guessed, named = gongwen.parse(SHORT_BIG5, "x.txt"), gongwen.parse(SHORT_BIG5, "x.txt", encoding="BIG5")
    assert guessed.source.encoding == "gb18030" and "補貼" not in (guessed.text or "")
    assert named.source.encoding == "big5" and named.text == "關於補貼的通知：每人1000元。" and not named.warnings


def test_a_named_encoding_that_does_not_fit_is_e_encoding_naming_it():
    with pytest.raises(gongwen.BadEncoding, match="not utf-8: byte 0x") as caught:
        gongwen.parse(SHORT_BIG5, "x.txt", encoding="utf8")
    assert caught.value.code == "E_ENCODING"


@pytest.mark.parametrize("name", ["no-such-codec", "base64"])
def test_an_encoding_python_cannot_decode_text_with_is_a_value_error(name):
    with pytest.raises(ValueError, match=name):
        gongwen.parse(SHORT_BIG5, "x.txt", encoding=name)
