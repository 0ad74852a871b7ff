"""Limits as data: bounded attributes, zip and Flate bombs, page, part and text sizes refused with E_TOO_LARGE."""
import dataclasses
import io
import zipfile
import zlib
from pathlib import Path

import pytest

from gongwen import limits
from gongwen.errors import TooLarge
from gongwen.extractors import bounded, extract
from gongwen.extractors.pdf_streams import check_streams, inflated_size

NOTICES = Path(__file__).parent.parent / "data" / "notices"


@pytest.fixture
def restore_limits():
    """Put the limits back as they were after the test."""
    saved = dataclasses.asdict(limits.LIMITS)
    yield limits.LIMITS
    limits.set_limits(**saved)


@pytest.mark.parametrize(("value", "expected"), [("12", 12), ("-1", -1), ("²", None), ("①", None), ("9" * 5000, None),
                                                 ("100000", None), ("", None), (None, None)])
def test_bounded_int_takes_plain_numbers_in_range(value, expected):
    with bounded.collecting() as notes:
        assert bounded.bounded_int(value, -5, 99, "a value") == expected
    assert bool(notes) == (expected is None and value is not None)


def test_set_limits_refuses_unknown_names(restore_limits):
    with pytest.raises(ValueError):
        limits.set_limits(no_such_limit=3)
    with pytest.raises(ValueError):
        limits.set_limits(pdf_pages=0)


def _docx_with(tmp_path: Path, name: str, data: bytes) -> Path:
    """Return a copy of a real DOCX with one part added."""
    out = io.BytesIO()
    with zipfile.ZipFile(NOTICES / "e2e_gansu.docx") as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr(name, data)
    path = tmp_path / "x.docx"
    path.write_bytes(out.getvalue())
    return path


def test_zip_bomb_is_refused_before_inflating(tmp_path):
    path = _docx_with(tmp_path, "word/media/zeros.bin", bytes(20 * 1024 * 1024))  # 20 MB from ~20 KB
    with pytest.raises(TooLarge, match="ratio"):
        extract(path)


def test_zip_total_and_entry_limits(tmp_path, restore_limits):
    path = _docx_with(tmp_path, "word/media/a.bin", b"x" * 1000)
    extract(path)  # within the defaults
    limits.set_limits(zip_bytes=10_000)
    with pytest.raises(TooLarge, match="inflates"):
        extract(path)
    limits.set_limits(zip_bytes=10**9, zip_entries=3)
    with pytest.raises(TooLarge, match="parts"):
        extract(path)


def test_xml_part_limit(restore_limits):
    limits.set_limits(xml_part_bytes=1000)
    with pytest.raises(TooLarge, match="document.xml|rels"):
        extract(NOTICES / "e2e_gansu.docx")


def _pdf_stream(body: bytes, filters: str) -> bytes:
    return b"%%PDF-1.7\n4 0 obj\n<</Length %d/Filter%s>>\nstream\n%s\nendstream\nendobj\n" % (len(body), filters.encode(), body)


def test_flate_bomb_is_measured_not_kept(restore_limits):
    limits.set_limits(pdf_stream_bytes=1024 * 1024)
    zeros = bytes(8 * 1024 * 1024)
    with pytest.raises(TooLarge, match="stream inflates"):
        check_streams(Path("x.pdf"), _pdf_stream(zlib.compress(zeros), "/FlateDecode"))
    double = _pdf_stream(zlib.compress(zlib.compress(zeros)), "[/FlateDecode /FlateDecode]")
    with pytest.raises(TooLarge):
        check_streams(Path("x.pdf"), double)
    check_streams(Path("x.pdf"), _pdf_stream(zlib.compress(bytes(1000)), "/FlateDecode"))  # small: passes


def test_inflated_size_stops_at_the_cap():
    data = zlib.compress(bytes(4 * 1024 * 1024))
    assert 1024 <= inflated_size(data, 0, 1, 1024) <= 2 * 1024 * 1024
    assert inflated_size(data, 0, 1, 10**9) == 4 * 1024 * 1024


def test_pdf_page_limit(restore_limits):
    limits.set_limits(pdf_pages=1)
    with pytest.raises(TooLarge, match="pages"):
        extract(NOTICES / "e2e_hunan.pdf")


def test_text_and_paragraph_limits(tmp_path, restore_limits):
    path = tmp_path / "long.txt"
    path.write_text("关于做好就业工作的通知\n" + "补贴" * 3000 + "\n", encoding="utf-8")
    extract(path)
    limits.set_limits(line_chars=5000)
    with pytest.raises(TooLarge, match="paragraph"):
        extract(path)
    limits.set_limits(line_chars=10**6, text_chars=1000)
    with pytest.raises(TooLarge, match="characters of text"):
        extract(path)


def test_zip_of_an_unknown_version_is_a_damaged_container(tmp_path):
    from gongwen.errors import Corrupt

    data = bytearray((NOTICES / "e2e_gansu.docx").read_bytes())
    central = data.rfind(b"PK\x01\x02")  # the last central directory entry: "version needed" at +6
    data[central + 6] = 110  # version 11.0
    path = tmp_path / "v11.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(Corrupt, match="damaged ZIP"):
        extract(path)
