"""Read the upright characters of a PDF page from pdfium: four calls per character, font facts once per text object.

The per-character functions are called through pdf_calls' lean prototypes.
All characters of one text object share its matrix and font, so angle, size and font name are read when
the object changes (Word writes a run of about four characters per object).
"""
from __future__ import annotations

import ctypes
import math
from ctypes import c_double, c_float, c_int, c_void_p

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from .pdf_calls import angle, font_info, font_size, is_generated, loose_box, object_bounds, object_type, origin, \
    page_object, text_object, unicode
from .pdf_layout import BOLD_FONT, Char

NEW_CHAR = tuple.__new__  # a Char built without NamedTuple's argument handling
GENERATABLE = (10, 13, 32)  # what pdfium synthesises: line breaks and spaces at gaps


def chars(page: pdfium.PdfPage, left: float, top: float) -> list[Char]:
    """Return the upright characters of a page in top-down coordinates.

    The box spans the advance width and one font size above the baseline (what the layout measures).
    The characters pdfium synthesises (line breaks, spaces at gaps it guesses are word breaks) are dropped;
    a space drawn as a text object of its own, which pdfium folds into a synthesised one, is put back.
    """
    textpage = page.get_textpage()
    try:
        read, seen = _read(textpage.raw, left, top)
        return read + _lone_spaces(page, textpage.raw, seen, left, top)
    finally:
        textpage.close()


def _read(textpage, left: float, top: float) -> tuple[list[Char], set[int]]:
    """Return the characters read and the addresses of the text objects that gave them."""
    tp = ctypes.cast(textpage, c_void_p)  # every argument a C value: the page, c_int indices, pointers
    rect, x, y = raw.FS_RECTF(), c_double(), c_double()
    at_rect, at_x, at_y = ctypes.byref(rect), ctypes.byref(x), ctypes.byref(y)
    name, flags = ctypes.create_string_buffer(128), c_int()
    size_of_name, at_flags = ctypes.c_ulong(len(name)), ctypes.byref(flags)
    bold_of: dict[bytes, bool] = {}
    out: list[Char] = []
    seen: set[int] = set()
    last, upright, size, bold = -1, False, 0.0, False
    for i in range(raw.FPDFText_CountChars(textpage)):
        code = unicode(tp, i)
        if code == 0 or (code in GENERATABLE and is_generated(tp, i)):
            continue
        obj = text_object(tp, i)
        if obj != last or obj is None:  # facts of the text object (a char without one has its own)
            last = obj
            seen.add(obj)
            turn = angle(tp, i)
            upright = min(turn, 2 * math.pi - turn) <= 0.01
            size = font_size(tp, i)
            font_info(tp, i, name, size_of_name, at_flags)
            font = name.value
            if font not in bold_of:
                bold_of[font] = BOLD_FONT.search(font.decode("latin-1")) is not None
            bold = bold_of[font]
        if not upright:
            continue
        loose_box(tp, i, at_rect)
        origin(tp, i, at_x, at_y)
        base = top - y.value
        out.append(NEW_CHAR(Char, (chr(code), rect.left - left, rect.right - left, base - size, base, size, bold)))
    return out, seen


def _lone_spaces(page: pdfium.PdfPage, tp, seen: set[int], left: float, top: float) -> list[Char]:
    """Return a space for each text object that draws nothing and gave the text page no character (none `seen`).

    Such an object is a space set on its own (a word processor's space before a run in another font);
    pdfium drops it when it has just synthesised a space at the same gap, so the real space is lost.
    """
    out = []
    x, b, r, t = (c_float() for _ in range(4))
    bounds = [ctypes.byref(v) for v in (x, b, r, t)]
    size, matrix = c_float(), raw.FS_MATRIX()
    handle = ctypes.cast(page.raw, c_void_p)
    for i in range(raw.FPDFPage_CountObjects(page.raw)):
        obj = page_object(handle, i)
        if object_type(obj) != raw.FPDF_PAGEOBJ_TEXT or obj.value in seen or not object_bounds(obj, *bounds):
            continue
        if r.value - x.value > 0.01 or t.value - b.value > 0.01:
            continue  # draws ink
        obj = ctypes.cast(obj, raw.FPDF_PAGEOBJECT)
        if raw.FPDFTextObj_GetText(obj, tp, None, 0) > 2:
            continue  # its text reached the text page
        if not raw.FPDFTextObj_GetFontSize(obj, size) or not raw.FPDFPageObj_GetMatrix(obj, matrix):
            continue
        em = size.value * math.hypot(matrix.c, matrix.d)
        if em <= 0:
            continue
        base = top - b.value
        out.append(Char(" ", x.value - left, x.value - left + em / 4, base - em, base, em, False))
    return out
