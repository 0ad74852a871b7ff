"""Read Word (.docx, .docm, .dotx) notices: the body walked in order, paragraphs with their shown text,
automatic numbers and formatting, text boxes read in place, tables handed to docx_tables, and the 文号
a page header prints."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from lxml import etree

from ..document import Block, Document, Finding, Paragraph, Source
from . import bounded, docx_numbering
from .docx_numbering import Numbering
from .docx_parts import VAL, W, Package, align_of, bold_of, first_child, num_pr, outline_of, size_of
from .docx_styles import Style, Styles, read_styles
from .docx_tables import BLOCK_WRAPPERS, TC, TR, kids, table_blocks

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
P, TBL, R, T, TAB, BR, CR = (W + x for x in ("p", "tbl", "r", "t", "tab", "br", "cr"))
TXBX, FALLBACK, CHOICE, ALTERNATE = W + "txbxContent", MC + "Fallback", MC + "Choice", MC + "AlternateContent"
FLD_CHAR, INSTR, FLD_SIMPLE = W + "fldChar", W + "instrText", W + "fldSimple"
# inside a paragraph: what is not read as its text (deleted or moved-away text, properties, drawings
# whose text boxes are read as paragraphs of their own)
NOT_TEXT = frozenset(W + x for x in ("del", "moveFrom", "pPr", "rPr", "sdtPr", "sdtEndPr", "drawing", "pict",
                                      "object", "customXmlPr", "smartTagPr")) | {FALLBACK}
LINE_BREAKS = {None, "textWrapping", "page", "column"}  # every w:br type ends a line
# a 文号 such as 晋人社厅发〔2020〕44号 (headers may carry it on every page)
DOC_NUMBER = re.compile(r"\S{2,}[〔［\[【(（﹝]\s*(?:19|20)\d{2}\s*[〕］\]】)）﹞]\s*\d+\s*号")
PAGE_NUMBER = re.compile(r"[\s—–\-－─]*(?:第\s*)?\d{1,3}\s*页?[\s—–\-－─]*(?:共\s*\d+\s*页)?[\s—–\-－─]*")
PAGE_FIELD = re.compile(r"^\s*(?:PAGE|NUMPAGES|SECTIONPAGES)\b")


def extract(path: Path, data: bytes, source: Source) -> Document:
    """Return the Document of a Word notice; attribute values out of range are ignored with a warning."""
    with bounded.collecting() as notes:
        doc = _extract(path, data, source)
    found = tuple(Finding(code, f"{path.name}: {message}") for code, message in notes)
    return Document(doc.source, doc.blocks, (*doc.findings, *found)) if found else doc


def _extract(path: Path, data: bytes, source: Source) -> Document:
    """Return the Document of a Word notice, its attribute notes left to the caller."""
    pkg = Package(path, data)
    styles = read_styles(pkg)
    numbering = pkg.part("numbering")
    links = numbering is not None and numbering.find(f".//{W}numStyleLink") is not None
    reader = _Reader(styles, docx_numbering.parse(numbering, styles.numbering_styles() if links else {}))
    body = pkg.document.find(W + "body")
    blocks = [*_header_numbers(pkg.headers()), *(reader.blocks(body) if body is not None else ())]
    return Document(source, tuple(blocks))


# ---- text of a paragraph ------------------------------------------------------------------

def _runs(p: etree._Element) -> list[tuple[etree._Element, str]]:
    """Return (run, shown text) of the runs of `p`, in order: deleted text, field codes, the
    fallback copies of alternate content and text boxes left out; soft breaks as newlines."""
    out: list[tuple[etree._Element, str]] = []
    _collect(p, out, [])
    return out


def _collect(el: etree._Element, out: list, fields: list[bool]) -> None:
    """Append the runs under `el` to `out`; `fields` holds, per open complex field, whether its
    displayed result has begun (only then is text shown)."""
    for child in el:
        tag = child.tag
        if tag == R:
            out.append((child, _run_text(child, fields)))
        elif tag in NOT_TEXT:
            continue
        elif tag == ALTERNATE:
            choice = child.find(CHOICE)
            if choice is not None:
                _collect(choice, out, fields)
        elif len(child):
            _collect(child, out, fields)  # hyperlink, smartTag, fldSimple, sdt, ins, moveTo, customXml, …


def _run_text(r: etree._Element, fields: list[bool]) -> str:
    """Return the shown text of a run: tabs as spaces, line and page breaks as newlines."""
    out = []
    for el in r:
        tag = el.tag
        if tag == FLD_CHAR:
            kind = el.get(W + "fldCharType")
            if kind == "begin":
                fields.append(False)
            elif kind == "separate" and fields:
                fields[-1] = True
            elif kind == "end" and fields:
                fields.pop()
        elif fields and not all(fields):
            continue  # a field's instructions
        elif tag == T:
            out.append(el.text or "")
        elif tag == TAB or tag == W + "ptab":
            out.append(" ")
        elif tag == CR or (tag == BR and el.get(W + "type") in LINE_BREAKS):
            out.append("\n")
        elif tag == W + "noBreakHyphen":
            out.append("-")
    return "".join(out)


def _clean(text: str) -> str:
    """Return paragraph text with the blanks around each line trimmed (full-width spaces kept inside)."""
    lines = [line.strip(" \t") for line in text.split("\n")]
    return "\n".join(line for line in lines if line.strip()).strip()


def _is_page_number(box: etree._Element) -> bool:
    """Tell whether a text box only prints the page number (— 3 —, 第3页)."""
    for el in box.iter(INSTR, FLD_SIMPLE):
        if PAGE_FIELD.match((el.text if el.tag == INSTR else el.get(W + "instr")) or ""):
            return True
    text = "".join(t for p in box.iter(P) for _, t in _runs(p)).strip()
    return bool(text) and PAGE_NUMBER.fullmatch(text) is not None


def _outer_boxes(p: etree._Element) -> Iterator[etree._Element]:
    """Generate the text boxes anchored in `p`, once each: not the mc:Fallback copies, not boxes in boxes."""
    for box in p.iter(TXBX):
        for anc in box.iterancestors():
            if anc is p:
                yield box
                break
            if anc.tag == FALLBACK or anc.tag == TXBX:
                break


# ---- body ---------------------------------------------------------------------------------

class _Reader:
    """Reads blocks in document order, counting automatic numbers as it goes."""

    def __init__(self, styles: Styles, numbering: Numbering) -> None:
        self.styles = styles
        self.numbering = numbering

    def blocks(self, container: etree._Element) -> Iterator[Block]:
        """Generate the paragraphs and tables of a body (or cell or text box) in document order."""
        for el in _children(container):
            if el.tag == P:
                for box in _outer_boxes(el):
                    if not _is_page_number(box):
                        yield from self.blocks(box)
                para = self.paragraph(el)
                if para is not None:
                    yield para
            else:
                yield from table_blocks(el, self.blocks, self.cell_text)

    def _style(self, ppr: etree._Element | None) -> tuple[str | None, Style]:
        pstyle = first_child(ppr, W + "pStyle")
        sid = pstyle.get(VAL) if pstyle is not None else None
        return sid, self.styles.get(sid)

    def _label(self, ppr: etree._Element | None, sid: str | None, style: Style) -> str:
        """Count `p` in its list, if it is numbered, and return the number it shows ("" if none)."""
        own = num_pr(ppr)
        if own is None and style.num is None:
            return ""
        num_id = (own[0] if own else None) or (style.num[0] if style.num else None)
        if not num_id or num_id == "0" or not self.numbering.nums:
            return ""
        ilvl = own[1] if own and own[1] is not None else None
        if ilvl is None and style.num is not None and num_id == style.num[0]:
            ilvl = style.num[1] if style.num[1] is not None else self.numbering.level_of_style(num_id, sid)
        return self.numbering.label(num_id, ilvl or 0)

    def text(self, p: etree._Element) -> str:
        """Return the text of a `w:p` as printed, its automatic number first ("" when it shows none)."""
        ppr = first_child(p, W + "pPr")
        label = self._label(ppr, *self._style(ppr))
        text = _clean("".join(t for _, t in _runs(p)))
        return label + text if text else ""

    def paragraph(self, p: etree._Element) -> Paragraph | None:
        """Return the Paragraph of a `w:p`, or None when it holds no visible text."""
        ppr = first_child(p, W + "pPr")
        sid, style = self._style(ppr)
        label = self._label(ppr, sid, style)
        runs = _runs(p)
        text = _clean("".join(t for _, t in runs))
        if not text:
            return None
        if label:
            text = label + text
        visible = [first_child(r, W + "rPr") for r, t in runs if t.strip()]
        bolds = [bold_of(rpr) for rpr in visible]
        sizes = [s for s in (size_of(rpr) for rpr in visible) if s is not None]
        outline = outline_of(ppr)
        return Paragraph(
            text,
            bold=all(b if b is not None else bool(style.bold) for b in bolds),
            size=max(sizes) if sizes else style.size,
            align=align_of(ppr) or style.align,
            heading=outline if outline is not None else style.outline,
        )

    def cell_text(self, tc: etree._Element) -> str:
        """Return a cell's text, its paragraphs joined with newlines (nested tables flattened)."""
        return "\n".join(self._cell_lines(tc))

    def _cell_lines(self, container: etree._Element) -> Iterator[str]:
        """Generate the non-empty lines of a cell or text box, nested tables flattened, in document order."""
        for el in _children(container):
            if el.tag == P:
                for box in _outer_boxes(el):
                    if not _is_page_number(box):
                        yield from self._cell_lines(box)
                text = self.text(el)
                if text:
                    yield text
            else:
                for tr in kids(el, TR):
                    for tc in kids(tr, TC):
                        yield from self._cell_lines(tc)


def _children(container: etree._Element) -> Iterator[etree._Element]:
    """Generate the `w:p` and `w:tbl` children of a container, looking inside content controls."""
    for el in container:
        if el.tag == P or el.tag == TBL:
            yield el
        elif el.tag in BLOCK_WRAPPERS:
            yield from _children(el)
        elif el.tag == ALTERNATE:
            choice = el.find(CHOICE)
            if choice is not None:
                yield from _children(choice)


# ---- headers ------------------------------------------------------------------------------

def _header_numbers(headers: Iterator[etree._Element]) -> list[Paragraph]:
    """Return the 文号 printed in a page header, if any, as a leading paragraph."""
    for root in headers:
        text = "".join(t.text or "" for t in root.iter(T))
        m = DOC_NUMBER.search(text)
        if m:
            return [Paragraph(m.group(0).strip(), align="center")]
    return []
