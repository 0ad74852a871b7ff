"""Decide a file's format from its bytes, never from its extension."""
from __future__ import annotations

import struct
import zipfile
from pathlib import Path

from ..document import Format
from ..errors import Corrupt, Empty, TooLarge, UnsupportedFormat
from ..limits import LIMITS

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, .wps, .xls, encrypted OOXML
EOCD_SEARCH = 65_557  # the zip end record (22 bytes) with the longest comment
BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
# the magic numbers of the image formats a scanned notice comes in
IMAGES = {b"\x89PNG": "PNG", b"\xff\xd8\xff": "JPEG", b"II*\x00": "TIFF", b"MM\x00*": "TIFF", b"GIF8": "GIF",
          b"BM": "BMP"}


def sniff(path: Path, head: bytes) -> Format:
    """Return "pdf", "docx" or "txt" for the file whose first bytes are `head`."""
    if not head:
        raise Empty(path, "the file is empty (0 bytes); export the notice again")
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(path)
    image = next((kind for magic, kind in IMAGES.items() if head.startswith(magic)), None)
    if image:
        raise UnsupportedFormat(path, f"a {image} image, not a document; a scanned notice needs OCR to a text PDF or DOCX first")
    if head.startswith(OLE):
        raise UnsupportedFormat(path, "an OLE file (.doc, .wps or an encrypted Office file) is not supported; save it as .docx or PDF")
    if head.startswith(BOMS):
        return "txt"
    lower = head[:512].lstrip().lower()
    if lower.startswith((b"<!doctype html", b"<html")):
        raise UnsupportedFormat(path, "HTML is not supported yet; save the page as text or PDF")
    if b"\x00" in head[:4096]:
        raise UnsupportedFormat(path, "binary data of an unknown format; supported are PDF, DOCX and text")
    return "txt"


def _zip_kind(path: Path) -> Format:
    _check_entries(path)
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
    except (zipfile.BadZipFile, NotImplementedError, ValueError, EOFError):  # NotImplementedError: "zip file version 11.0"
        raise Corrupt(path, "a damaged ZIP container (a truncated or broken .docx); re-save or re-download it") from None
    if "word/document.xml" in names:
        return "docx"
    if "OFD.xml" in names:
        raise UnsupportedFormat(path, "OFD is not supported yet; export the notice as PDF")
    raise UnsupportedFormat(path, "a ZIP file that is not a Word document; supported are PDF, DOCX and text")


def _check_entries(path: Path) -> None:
    """Refuse a zip whose end record declares more entries than the limit, before zipfile lists them all."""
    with path.open("rb") as f:
        f.seek(0, 2)
        f.seek(max(0, f.tell() - EOCD_SEARCH))
        tail = f.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(tail):
        return  # no end record: zipfile will say the container is damaged
    entries = struct.unpack_from("<H", tail, at + 10)[0]
    if entries > LIMITS.zip_entries:
        raise TooLarge(path, f"the package holds {entries} parts, over the limit of {LIMITS.zip_entries}; re-save the document")
