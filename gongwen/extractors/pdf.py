"""Read PDF notices: text in reading order, paragraphs by layout, ruled tables joined across pages.

Characters (pdf_chars) and drawn paths come from pdfium; ruled tables are found from the path edges
of pages that draw any (pdf_tables).
"""
from __future__ import annotations

import ctypes
from collections import Counter
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from ..document import Block, Document, Finding, Paragraph, Source
from ..errors import Corrupt, Encrypted, NoTextLayer, TooLarge
from ..limits import LIMITS
from . import bounded, pdf_calls as pdfc, pdf_tables
from .pdf_chars import chars as read_chars
from .pdf_streams import check_streams
from .pdf_layout import Char, Frame, Line, Para, align_of, frame_of, is_centred, is_indented, is_page_number, lines_of, \
    paragraphs, reaches_right, reading_order, text_of

Item = Para | pdf_tables.Found


def extract(path: Path, data: bytes, source: Source) -> Document:
    """Return the Document of a PDF notice; pages beyond the limits are refused, over-dense rulings noted."""
    check_streams(path, data)
    with bounded.collecting() as notes:
        doc = _extract(path, data, source)
    found = tuple(Finding(code, f"{path.name}: {message}") for code, message in notes)
    return replace(doc, findings=(*doc.findings, *found)) if found else doc


def _extract(path: Path, data: bytes, source: Source) -> Document:
    """Return the Document of a PDF notice, its notes left to the caller."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        if getattr(e, "err_code", None) == raw.FPDF_ERR_PASSWORD:
            raise Encrypted(path, "the PDF is password-protected; remove the password and try again") from e
        reason = str(e).partition("PDFium: ")[2].rstrip(").") or str(e)
        raise Corrupt(path, f"the PDF cannot be read ({reason}); re-export or re-download it") from e
    try:
        if len(pdf) > LIMITS.pdf_pages:
            raise TooLarge(path, f"{len(pdf)} pages, over the limit of {LIMITS.pdf_pages}; split the PDF")
        layouts = _layouts(path, pdf)
    except (pdfium.PdfiumError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise Corrupt(path, f"the PDF is damaged ({type(e).__name__}); re-export or re-download it") from e
    finally:
        pdf.close()
    if not any(lay.lines or lay.found for lay in layouts):
        raise NoTextLayer(path, "no page has a text layer (it looks scanned); OCR it first")
    frames = _frames(layouts)
    pages = [(_items(lay, frames[lay.width]), frames[lay.width]) for lay in layouts]
    _flag_running_headers(pages)
    return Document(replace(source, pages=len(pages)), tuple(_blocks(pages)))


def _layouts(path: Path, pdf: pdfium.PdfDocument) -> list[Layout]:
    """Return the layout of every page, refusing the file as soon as its text passes the limit."""
    layouts, total = [], 0
    for i in range(len(pdf)):
        lay = _layout(pdf, i)
        total += sum(len(ln.text) for ln in lay.lines) + sum(len(c.text) for f in lay.found for c in f.table.cells)
        if total > LIMITS.text_chars:
            raise TooLarge(path, f"over {LIMITS.text_chars} characters of text by page {i + 1}; split the PDF")
        layouts.append(lay)
    return layouts


@dataclass
class Layout:
    """One page read: its lines in reading order and its tables."""

    number: int
    width: int
    height: float
    lines: list[Line]
    found: list[pdf_tables.Found]


def _layout(pdf: pdfium.PdfDocument, index: int) -> Layout:
    """Return the lines and ruled tables of one page (the table finder runs only where rules are drawn)."""
    page = pdf[index]
    try:
        left, bottom, right, top = page.get_mediabox()
        chars = read_chars(page, left, top)
        edges = _edges(page, left, top)
    finally:
        page.close()
    found = pdf_tables.find(edges, chars, index + 1) if edges else []
    body = [c for c in chars if not any(_in_box(c, f.bbox) for f in found)] if found else chars
    return Layout(index + 1, round(right - left), float(top - bottom), reading_order(lines_of(body)), found)


def _edges(page: pdfium.PdfPage, left: float, top: float) -> list[dict]:
    """Return the horizontal and vertical edges of the paths drawn on a page, as pdfplumber's table finder reads them.

    Each straight piece of a path between two points on one axis is an edge (a rectangle gives its four sides).
    """
    out: list[dict] = []
    handle = ctypes.cast(page.raw, ctypes.c_void_p)
    _path_edges(raw.FPDFPage_CountObjects(page.raw), partial(pdfc.page_object, handle),
                (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), (left, top), out)
    return out


def _path_edges(count: int, get, outer: tuple, origin: tuple[float, float], out: list[dict]) -> None:
    """Add the edges of `count` page objects (paths, and those inside form XObjects) drawn under matrix `outer`."""
    matrix, sx, sy = raw.FS_MATRIX(), ctypes.c_float(), ctypes.c_float()
    at_matrix, at_x, at_y = ctypes.byref(matrix), ctypes.byref(sx), ctypes.byref(sy)
    left, top = origin
    for i in range(count):
        obj = get(i)
        kind = pdfc.object_type(obj)
        if kind not in (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM) or not pdfc.object_matrix(obj, at_matrix):
            continue
        a, b, c, d, e, f = _times((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), outer)
        if kind == raw.FPDF_PAGEOBJ_FORM:
            _path_edges(raw.FPDFFormObj_CountObjects(ctypes.cast(obj, raw.FPDF_PAGEOBJECT)),
                        lambda j, o=obj: pdfc.form_object(o, ctypes.c_ulong(j)), (a, b, c, d, e, f), origin, out)
            continue
        points: list[tuple[float, float]] = []
        for j in range(pdfc.segment_count(obj)):
            seg = pdfc.segment(obj, j)
            pdfc.segment_point(seg, at_x, at_y)
            pt = (a * sx.value + c * sy.value + e - left, top - (b * sx.value + d * sy.value + f))
            if pdfc.segment_type(seg) == raw.FPDF_SEGMENT_MOVETO:
                _add_edges(points, out)
                points = []
            points.append(pt)
            if pdfc.segment_close(seg):
                points.append(points[0])
        _add_edges(points, out)


def _times(m: tuple, outer: tuple) -> tuple:
    """Return the affine matrix `m` followed by `outer` (PDF row-vector order)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _add_edges(points: list[tuple[float, float]], out: list[dict]) -> None:
    """Add an edge for each piece of a subpath that runs along one axis (pdfplumber's rect, line and curve edges)."""
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        if x0 == x1 or y0 == y1:
            top, bottom, left, right = min(y0, y1), max(y0, y1), min(x0, x1), max(x0, x1)
            out.append({"x0": left, "x1": right, "top": top, "bottom": bottom, "width": right - left,
                        "height": bottom - top, "orientation": "v" if x0 == x1 else "h", "object_type": "edge"})


def _frames(layouts: list[Layout]) -> dict[int, Frame]:
    """Return the text frame of each page width (portrait and landscape sections differ), page numbers and a
    browser's print stamps left out (the stamps run across the whole page: the frame is the text's)."""
    by_width: dict[int, list[Line]] = {}
    for lay in layouts:
        by_width.setdefault(lay.width, []).extend(ln for ln in lay.lines if not is_page_number(ln, lay.height))
    return {w: frame_of(lines, w) for w, lines in by_width.items()}


def _items(lay: Layout, frame: Frame) -> list[Item]:
    """Return the paragraphs of a page in reading order, each table placed above the first paragraph below it."""
    items: list[Item] = list(paragraphs(lay.lines, frame, lay.number, lay.height))
    for found in sorted(lay.found, key=lambda f: f.bbox[1], reverse=True):
        at = next((i for i, p in enumerate(items) if isinstance(p, Para) and p.lines[0].top > found.bbox[1]), len(items))
        items.insert(at, found)
    return items


def _in_box(c: Char, bbox: tuple[float, float, float, float]) -> bool:
    x, y = (c.x0 + c.x1) / 2, (c.top + c.bottom) / 2
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


def _flag_running_headers(pages: list[tuple[list[Item], Frame]]) -> None:
    """Flag as furniture a first line repeated at the top of most pages (a running header), two-page notices too:
    left in the text, a header splits the sentence running over the page break (…（人社部 ⏎ header ⏎ 发〔2021〕26号）)."""
    tops = [items[0] for items, _ in pages if items and isinstance(items[0], Para) and not items[0].furniture]
    counts = Counter(p.lines[0].text for p in tops if len(p.lines) == 1)
    for para in tops:
        if len(pages) >= 2 and counts[para.lines[0].text] >= max(2, len(pages) // 2):
            para.furniture = True


def _blocks(pages: list[tuple[list[Item], Frame]]) -> list[Block]:
    """Return the blocks of all pages, joining paragraphs and tables continued across page breaks."""
    out: list[tuple[Item, Frame]] = []
    for items, frame in pages:
        body = [it for it in items if not (isinstance(it, Para) and it.furniture)]
        first = body[0] if body else None
        last = next(((it, f) for it, f in reversed(out) if not (isinstance(it, Para) and it.furniture)), None)
        for it in items:
            if it is first and last is not None and _continued(*last, it, frame):
                _merge(last[0], it)
            else:
                out.append((it, frame))
    return [_block(it, frame) for it, frame in out]


def _continued(prev: Item, before: Frame, nxt: Item, frame: Frame) -> bool:
    """Tell whether the first item of a page continues the last item of the page before."""
    if isinstance(prev, pdf_tables.Found) and isinstance(nxt, pdf_tables.Found):
        return pdf_tables.continues(prev, nxt)
    if isinstance(prev, Para) and isinstance(nxt, Para):
        a, b = prev.lines[-1], nxt.lines[0]
        return (abs(a.size - b.size) <= 1 and reaches_right(a, before) and not is_indented(b, frame)
                and not is_centred(b, frame))
    return False


def _merge(prev: Item, nxt: Item) -> None:
    """Append `nxt` (on the next page) to `prev` in place."""
    if isinstance(prev, Para) and isinstance(nxt, Para):
        prev.lines.extend(nxt.lines)
    elif isinstance(prev, pdf_tables.Found) and isinstance(nxt, pdf_tables.Found):
        prev.table = pdf_tables.join(prev.table, nxt.table)
        prev.xs = nxt.xs


def _block(item: Item, frame: Frame) -> Block:
    if isinstance(item, pdf_tables.Found):
        return item.table
    return _paragraph(item, frame)


def _paragraph(para: Para, frame: Frame) -> Paragraph:
    lines: list[Line] = para.lines
    return Paragraph(text_of(para, frame), page=para.page, bold=all(ln.bold for ln in lines),
                     size=max(ln.size for ln in lines), align=align_of(para, frame), furniture=para.furniture)
