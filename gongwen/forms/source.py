"""Read a form's page, column widths and row heights from the source DOCX or PDF it is printed in."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .spec import Page

TWIP_MM = 25.4 / 1440
PT_MM = 25.4 / 72


@dataclass
class Geometry:
    """Where and how large a table is printed: its page, column widths and row heights (points)."""

    page: Page
    widths: list[float]
    heights: list[float] = field(default_factory=list)  # every row of the table, title rows included


def geometries(path: Path, fmt: str, tables: list[tuple[int, int | None]]) -> list[Geometry | None]:
    """Return the geometry of each (n_cols, page) table in order, None where the source gives none."""
    try:
        if fmt == "docx":
            return _docx(path, tables)
        if fmt == "pdf":
            return [_pdf(path, n, page) for n, page in tables]
    except Exception:  # layout is a refinement: a source we cannot measure keeps the defaults
        pass
    return [None] * len(tables)


def _docx(path: Path, tables: list[tuple[int, int | None]]) -> list[Geometry | None]:
    """Return the geometry of each table, matched in order to the document's tables by column count."""
    import docx
    from docx.oxml.ns import qn

    found = []
    for tbl in docx.Document(str(path)).element.body.iter(qn("w:tbl")):
        grid = [int(g.get(qn("w:w")) or 0) for g in tbl.findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}")]
        found.append((tbl, grid))
    out: list[Geometry | None] = []
    k = 0
    for n_cols, _ in tables:
        while k < len(found) and len(found[k][1]) != n_cols:
            k += 1
        if k == len(found):
            out.append(None)
            continue
        tbl, grid = found[k]
        out.append(Geometry(_section_page(tbl, qn), [w * TWIP_MM for w in grid], _row_heights(tbl, qn)))
        k += 1
    return out


def _row_heights(tbl, qn) -> list[float]:
    """Return each row's declared height in points (0 where it has none)."""
    out = []
    for tr in tbl.findall(qn("w:tr")):
        h = tr.find(f"{qn('w:trPr')}/{qn('w:trHeight')}")
        out.append(int(h.get(qn("w:val"))) / 20 if h is not None and h.get(qn("w:val")) else 0.0)
    return out


def _section_page(tbl, qn) -> Page:
    """Return the page of the section a table lies in (the next sectPr in body order)."""
    el = tbl
    while el is not None:
        sect = el if el.tag == qn("w:sectPr") else el.find(f".//{qn('w:sectPr')}")
        if sect is not None:
            break
        el = el.getnext()
    size, margin = sect.find(qn("w:pgSz")), sect.find(qn("w:pgMar"))

    def mm(node, name: str) -> float:
        """Return a twip attribute in millimetres."""
        return round(int(node.get(qn(f"w:{name}"))) * TWIP_MM, 1)

    return Page(mm(size, "w"), mm(size, "h"), mm(margin, "top"), mm(margin, "bottom"),
                mm(margin, "left"), mm(margin, "right"))


def _pdf(path: Path, n_cols: int, page_no: int | None) -> Geometry | None:
    """Return the page size and the widest ruled table's columns and rows on a PDF page."""
    import pdfplumber

    if page_no is None:
        return None
    with pdfplumber.open(str(path)) as pdf:
        page = pdf.pages[page_no - 1]
        size = (round(float(page.width) * PT_MM, 1), round(float(page.height) * PT_MM, 1))
        tables = page.find_tables()
        table = max(tables, key=lambda t: len({round(c[0], 1) for c in t.cells}), default=None)
    page_ = Page(*size) if size[0] > size[1] else Page(size[0], size[1], 37, 35, 28, 26)
    if table is None:
        return Geometry(page_, [])
    xs = sorted({round(c[0], 1) for c in table.cells} | {round(table.bbox[2], 1)})
    widths = [(b - a) * PT_MM for a, b in zip(xs, xs[1:])] if len(xs) == n_cols + 1 else []
    ys = sorted({round(c[1], 1) for c in table.cells} | {round(table.bbox[3], 1)})
    return Geometry(page_, widths, [b - a for a, b in zip(ys, ys[1:])])
