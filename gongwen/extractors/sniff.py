"""Decide a file's format from its bytes, never from its extension."""
from __future__ import annotations

import zipfile
from pathlib import Path

from ..errors import Empty, UnsupportedFormat

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, .wps, .xls, encrypted OOXML
BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def sniff(path: Path, head: bytes) -> str:
    """Return "pdf", "docx" or "txt" for the file whose first bytes are `head`."""
    if not head:
        raise Empty(path, "the file is empty (0 bytes); export the notice again")
    if head.startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(path)
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


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
    except zipfile.BadZipFile:
        raise UnsupportedFormat(path, "a damaged ZIP container; re-save the document as .docx") from None
    if "word/document.xml" in names:
        return "docx"
    if "OFD.xml" in names:
        raise UnsupportedFormat(path, "OFD is not supported yet; export the notice as PDF")
    raise UnsupportedFormat(path, "a ZIP file that is not a Word document; supported are PDF, DOCX and text")
