"""pdfium functions behind lean prototypes: only the result type declared, the arguments passed as ready C values.

pypdfium2's bindings convert every argument and wrap every pointer result (about 0.7 µs a call); these take
0.3 µs. The hot loops call them with c_void_p handles, byref() outputs and small non-negative int indices.
"""
from __future__ import annotations

import ctypes
from ctypes import c_double, c_float, c_int, c_uint, c_ulong, c_void_p

import pypdfium2.raw as raw


class Handle(c_void_p):
    """A pdfium handle returned as is, to be passed on (a plain c_void_p result would become an int)."""


def _lean(fn, restype):
    """Return the pdfium function `fn` with only its result type declared: its arguments go unconverted.

    The copy is of `fn`'s own pointer type, so it keeps the calling convention pypdfium2 loaded the library with.
    """
    lean = ctypes.cast(fn, type(fn))
    lean.argtypes, lean.restype = None, restype
    return lean


# per character of a text page
unicode = _lean(raw.FPDFText_GetUnicode, c_uint)
text_object = _lean(raw.FPDFText_GetTextObject, c_void_p)  # an int address, to compare
is_generated = _lean(raw.FPDFText_IsGenerated, c_int)
loose_box = _lean(raw.FPDFText_GetLooseCharBox, c_int)
origin = _lean(raw.FPDFText_GetCharOrigin, c_int)
angle = _lean(raw.FPDFText_GetCharAngle, c_float)
font_size = _lean(raw.FPDFText_GetFontSize, c_double)
font_info = _lean(raw.FPDFText_GetFontInfo, c_ulong)
# per page object and path segment
page_object = _lean(raw.FPDFPage_GetObject, Handle)
form_object = _lean(raw.FPDFFormObj_GetObject, Handle)  # its index a c_ulong
object_type = _lean(raw.FPDFPageObj_GetType, c_int)
object_bounds = _lean(raw.FPDFPageObj_GetBounds, c_int)
object_matrix = _lean(raw.FPDFPageObj_GetMatrix, c_int)
segment_count = _lean(raw.FPDFPath_CountSegments, c_int)
segment = _lean(raw.FPDFPath_GetPathSegment, Handle)
segment_point = _lean(raw.FPDFPathSegment_GetPoint, c_int)
segment_type = _lean(raw.FPDFPathSegment_GetType, c_int)
segment_close = _lean(raw.FPDFPathSegment_GetClose, c_int)
