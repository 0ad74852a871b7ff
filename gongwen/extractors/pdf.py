"""Read PDF notices: text in reading order, paragraphs by layout, ruled tables joined across pages."""
from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError
from pdfminer.psexceptions import PSException
from pdfplumber.utils.exceptions import PdfminerException

from ..document import Block, Document, Paragraph, Source, Table
from ..errors import Corrupt, Encrypted, NoTextLayer
from . import pdf_tables
from .pdf_layout import Frame, Line, Para, align_of, frame_of, is_centred, is_indented, lines_of, paragraphs, \
    reaches_right, reading_order, text_of

Item = Para | pdf_tables.Found


def extract(path: Path, data: bytes, source: Source) -> Document:
    """Return the Document of a PDF notice."""
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            layouts = [_layout(page, i + 1) for i, page in enumerate(pdf.pages)]
    except (PdfminerException, PSException) as e:
        cause = e.args[0] if isinstance(e, PdfminerException) and e.args else e
        if isinstance(cause, PDFEncryptionError):
            raise Encrypted(path, "the PDF is password-protected; remove the password and try again") from e
        raise Corrupt(path, f"the PDF cannot be read ({cause}); re-export or re-download it") from e
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        raise Corrupt(path, f"the PDF is damaged ({type(e).__name__}); re-export or re-download it") from e
    if not any(lay.lines or lay.found for lay in layouts):
        raise NoTextLayer(path, "no page has a text layer (it looks scanned); OCR it first")
    frames = _frames(layouts)
    pages = [(_items(lay, frames[lay.width]), frames[lay.width]) for lay in layouts]
    _flag_running_headers(pages)
    return Document(replace(source, pages=len(pages)), tuple(_blocks(pages)))


@dataclass
class Layout:
    """One page read: its lines in reading order and its tables."""

    number: int
    width: int
    height: float
    lines: list[Line]
    found: list[pdf_tables.Found]


def _layout(page, number: int) -> Layout:
    """Return the lines and ruled tables of one page (the table finder runs only where rules are drawn)."""
    chars = [c for c in page.chars if c.get("upright", True)]
    found = pdf_tables.find(page, chars, number) if page.lines or page.rects else []
    body = [c for c in chars if not any(_in_box(c, f.bbox) for f in found)]
    return Layout(number, round(page.width), float(page.height), reading_order(lines_of(body)), found)


def _frames(layouts: list[Layout]) -> dict[int, Frame]:
    """Return the text frame of each page width (portrait and landscape sections differ)."""
    by_width: dict[int, list[Line]] = {}
    for lay in layouts:
        by_width.setdefault(lay.width, []).extend(lay.lines)
    return {w: frame_of(lines, w) for w, lines in by_width.items()}


def _items(lay: Layout, frame: Frame) -> list[Item]:
    """Return the paragraphs of a page in reading order, each table placed above the first paragraph below it."""
    items: list[Item] = list(paragraphs(lay.lines, frame, lay.number, lay.height))
    for found in sorted(lay.found, key=lambda f: f.bbox[1], reverse=True):
        at = next((i for i, p in enumerate(items) if isinstance(p, Para) and p.lines[0].top > found.bbox[1]), len(items))
        items.insert(at, found)
    return items


def _in_box(c: dict, bbox: tuple[float, float, float, float]) -> bool:
    x, y = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


def _flag_running_headers(pages: list[tuple[list[Item], Frame]]) -> None:
    """Flag as furniture a first line repeated at the top of most pages (a running header)."""
    tops = [items[0] for items, _ in pages if items and isinstance(items[0], Para) and not items[0].furniture]
    counts = Counter(p.lines[0].text for p in tops if len(p.lines) == 1)
    for para in tops:
        if len(pages) >= 3 and counts[para.lines[0].text] >= max(3, len(pages) // 2):
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
