"""The package side of a Word file: its zip and the relationships that name its parts, and the readers of the
run and paragraph properties that styles and paragraphs set."""
from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from pathlib import Path
from typing import Iterator

from lxml import etree

from ..errors import Corrupt, TooLarge
from ..limits import LIMITS
from .bounded import bounded_int, note

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
VAL = W + "val"
ALIGN = {"left": "left", "start": "left", "center": "center", "right": "right", "end": "right",
         "both": "justify", "distribute": "justify", "justify": "justify"}
OFF = {"0", "false", "off", "none"}
DOC_TYPE = "/officeDocument"
PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False)
MAX_LEVEL = 8  # list levels ilvl 0-8
MAX_HALF_POINTS = 3276  # Word's largest font size, 1638 pt, in half points
RATIO_FLOOR = 1024 * 1024  # parts inflating to less than this are never refused for their ratio
READ_ERRORS = (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, ValueError, zlib.error, EOFError,
               NotImplementedError, RuntimeError)


# ---- package ------------------------------------------------------------------------------

def check_zip(path: Path, z: zipfile.ZipFile) -> None:
    """Refuse a zip whose entry count, inflated total or compression ratio is beyond LIMITS, before inflating anything.

    zipfile stops inflating an entry at its declared size, so the declared sizes bound the memory used.
    """
    infos = z.infolist()
    total = sum(i.file_size for i in infos)
    worst = max(infos, key=lambda i: i.file_size / max(i.compress_size, 1), default=None)
    if len(infos) > LIMITS.zip_entries:
        raise TooLarge(path, f"the package holds {len(infos)} parts, over the limit of {LIMITS.zip_entries}; re-save the document")
    if total > LIMITS.zip_bytes:
        raise TooLarge(path, f"the package inflates to {total} bytes, over the limit of {LIMITS.zip_bytes}; re-save the document")
    if worst is not None and worst.file_size > RATIO_FLOOR and worst.file_size > LIMITS.zip_ratio * max(worst.compress_size, 1):
        raise TooLarge(path, f"the part {worst.filename} inflates {worst.file_size // max(worst.compress_size, 1)} times, "
                             f"over the ratio limit of {LIMITS.zip_ratio} (a zip bomb?); re-save the document")


class Package:
    """The parts of a WordprocessingML zip that the reader needs, found through relationships."""

    def __init__(self, path: Path, data: bytes) -> None:
        self.path = path
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            check_zip(path, self.zip)
            self.names = set(self.zip.namelist())
            main = next((t for t, kind in self._rels("") if kind == DOC_TYPE), None) or "word/document.xml"
            self.document = self._xml(main)
            self.rels = self._rels(main)
        except READ_ERRORS as e:
            raise self._corrupt(e) from e

    def _corrupt(self, e: Exception) -> Corrupt:
        return Corrupt(self.path, f"not a readable Word document ({e}); re-save the document")

    def _rels(self, part: str) -> list[tuple[str, str]]:
        """Return (target part, relationship type suffix) of the relationships of `part` ("": the package)."""
        base, name = posixpath.split(part)
        rels = posixpath.join(base, "_rels", name + ".rels")
        if rels not in self.names:
            return []
        out = []
        for rel in self._xml(rels):
            target, kind = rel.get("Target") or "", rel.get("Type") or ""
            if rel.get("TargetMode") == "External" or not target:
                continue
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(base, target))
            out.append((path, kind[kind.rfind("/"):]))
        return out

    def _xml(self, name: str) -> etree._Element:
        """Return the parsed XML part `name`, refusing one that inflates beyond the limit."""
        return etree.fromstring(self._bytes(name), PARSER)

    def _bytes(self, name: str) -> bytes:
        """Return the bytes of the part `name`, refusing one that inflates beyond the limit."""
        size = self.zip.getinfo(name).file_size
        if size > LIMITS.xml_part_bytes:
            raise TooLarge(self.path, f"the part {name} inflates to {size} bytes, over the limit of {LIMITS.xml_part_bytes}; "
                                      "split the document")
        return self.zip.read(name)

    def part(self, kind: str) -> etree._Element | None:
        """Return the root of the main part's `kind` part (styles, numbering), None when there is none."""
        found = self.part_data(kind)
        return self.parse(*found) if found is not None else None

    def part_data(self, kind: str) -> tuple[str, bytes] | None:
        """Return the name and bytes of the main part's `kind` part, None when there is none."""
        name = next((t for t, k in self.rels if k == "/" + kind and t in self.names), None)
        if name is None:
            return None
        try:
            return name, self._bytes(name)
        except READ_ERRORS as e:
            raise self._corrupt(e) from e

    def parse(self, name: str, data: bytes) -> etree._Element:
        """Return the root of the part `name` read as `data`; E_CORRUPT when it is no well-formed XML."""
        try:
            return etree.fromstring(data, PARSER)
        except READ_ERRORS as e:
            raise self._corrupt(e) from e

    def headers(self) -> Iterator[etree._Element]:
        """Generate the root of each header part the main part links to; one that cannot be read is left out with a warning."""
        for name, kind in self.rels:
            if kind == "/header" and name in self.names:
                try:
                    yield self._xml(name)
                except READ_ERRORS as e:
                    note("W_PART_UNREADABLE", f"the page header {name} cannot be read ({type(e).__name__}); left out")


# ---- run and paragraph properties -----------------------------------------------------------

def first_child(el: etree._Element | None, tag: str) -> etree._Element | None:
    """Return the first `tag` child of `el` (None when there is none or no `el`): `el.find(tag)` without the
    path parser, a third of its cost on the few children of a property element."""
    if el is not None:
        for c in el:
            if c.tag == tag:
                return c
    return None


def num_pr(ppr: etree._Element | None) -> tuple[str | None, int | None] | None:
    """Return the (numId, ilvl) a pPr sets, either one None when it leaves it to the style."""
    num = first_child(ppr, W + "numPr")
    if num is None:
        return None
    nid, lvl = first_child(num, W + "numId"), first_child(num, W + "ilvl")
    ilvl = lvl.get(VAL) if lvl is not None else None
    return (nid.get(VAL) if nid is not None else None, bounded_int(ilvl, 0, MAX_LEVEL, "a list level (ilvl)"))


def bold_of(rpr: etree._Element | None) -> bool | None:
    """Return whether an rPr sets bold on or off, None when it says nothing."""
    b = first_child(rpr, W + "b")
    return None if b is None else b.get(VAL, "1").lower() not in OFF


def size_of(rpr: etree._Element | None) -> float | None:
    """Return the font size in points an rPr sets, None when it sets none."""
    sz = first_child(rpr, W + "sz")
    half_points = bounded_int(sz.get(VAL), 1, MAX_HALF_POINTS, "a font size (sz)") if sz is not None else None
    return None if half_points is None else half_points / 2


def align_of(ppr: etree._Element | None) -> str | None:
    """Return the alignment a pPr sets (left, center, right, justify), None when it sets none."""
    jc = first_child(ppr, W + "jc")
    return None if jc is None else ALIGN.get(jc.get(VAL) or "")


def outline_of(ppr: etree._Element | None) -> int | None:
    """Return the heading level (1-9) a pPr's outline level sets, None for body text or none set."""
    lvl = first_child(ppr, W + "outlineLvl")
    level = bounded_int(lvl.get(VAL), 0, 9, "an outline level") if lvl is not None else None
    return None if level is None or level > 8 else level + 1  # level 9 means body text
