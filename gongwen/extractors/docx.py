"""Read Word (.docx, .docm, .dotx) notices: body paragraphs and tables in order, merged cells kept,
layout tables unwrapped, automatic numbering written out, text boxes read in place."""
from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from lxml import etree

from ..document import Block, Cell, Document, Paragraph, Source, Table
from ..errors import Corrupt
from . import docx_numbering
from .docx_numbering import Numbering

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
P, TBL, TR, TC, R, T, TAB, BR, CR = (W + x for x in ("p", "tbl", "tr", "tc", "r", "t", "tab", "br", "cr"))
SDT, SDT_CONTENT, TXBX, FALLBACK, CHOICE, ALTERNATE = \
    W + "sdt", W + "sdtContent", W + "txbxContent", MC + "Fallback", MC + "Choice", MC + "AlternateContent"
FLD_CHAR, INSTR, FLD_SIMPLE = W + "fldChar", W + "instrText", W + "fldSimple"
VAL = W + "val"
# inside a paragraph: what is not read as its text (deleted or moved-away text, properties, drawings
# whose text boxes are read as paragraphs of their own)
NOT_TEXT = frozenset(W + x for x in ("del", "moveFrom", "pPr", "rPr", "sdtPr", "sdtEndPr", "drawing", "pict",
                                      "object", "customXmlPr", "smartTagPr")) | {FALLBACK}
# inside a body or cell: what wraps paragraphs and tables without being one
BLOCK_WRAPPERS = frozenset({SDT, SDT_CONTENT, W + "customXml", W + "ins", W + "moveTo"})
LINE_BREAKS = {None, "textWrapping", "page", "column"}  # every w:br type ends a line
ALIGN = {"left": "left", "start": "left", "center": "center", "right": "right", "end": "right",
         "both": "justify", "distribute": "justify", "justify": "justify"}
OFF = {"0", "false", "off", "none"}
NO_LINE = {"nil", "none"}
# a 文号 such as 晋人社厅发〔2020〕44号 (headers may carry it on every page)
DOC_NUMBER = re.compile(r"\S{2,}[〔［\[【(（﹝]\s*(?:19|20)\d{2}\s*[〕］\]】)）﹞]\s*\d+\s*号")
PAGE_NUMBER = re.compile(r"[\s—–\-－─]*(?:第\s*)?\d{1,3}\s*页?[\s—–\-－─]*(?:共\s*\d+\s*页)?[\s—–\-－─]*")
PAGE_FIELD = re.compile(r"^\s*(?:PAGE|NUMPAGES|SECTIONPAGES)\b")
LAYOUT_MAX_ROWS = 3  # a borderless table this small is page layout (a masthead), not data
DOC_TYPE = "/officeDocument"
NS = {"w": W[1:-1]}
PARAGRAPH_STYLE = "(@w:type='paragraph' or not(@w:type))"
STYLE_BY_ID = etree.XPath(f"w:style[@w:styleId=$sid and {PARAGRAPH_STYLE}]", namespaces=NS)
DEFAULT_STYLE = etree.XPath(f"w:style[{PARAGRAPH_STYLE} and (@w:default='1' or @w:default='true')]", namespaces=NS)
NUMBERING_STYLES = etree.XPath("w:style[@w:type='numbering']", namespaces=NS)
PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False)
READ_ERRORS = (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, ValueError, zlib.error, EOFError,
               NotImplementedError, RuntimeError)


@dataclass(frozen=True)
class Style:
    """The paragraph properties a style contributes once its basedOn chain is resolved."""

    bold: bool | None = None
    size: float | None = None
    align: str | None = None
    outline: int | None = None
    num: tuple[str | None, int | None] | None = None  # (numId, ilvl) of numbering set through the style


def extract(path: Path, data: bytes, source: Source) -> Document:
    """Return the Document of a Word notice."""
    pkg = _Package(path, data)
    styles = _Styles(pkg.part("styles"))
    numbering = pkg.part("numbering")
    links = numbering is not None and numbering.find(f".//{W}numStyleLink") is not None
    reader = _Reader(styles, docx_numbering.parse(numbering, styles.numbering_styles() if links else {}))
    body = pkg.document.find(W + "body")
    blocks = [*_header_numbers(pkg.headers()), *(reader.blocks(body) if body is not None else ())]
    return Document(source, tuple(blocks))


# ---- package ------------------------------------------------------------------------------

class _Package:
    """The parts of a WordprocessingML zip that the reader needs, found through relationships."""

    def __init__(self, path: Path, data: bytes) -> None:
        self.path = path
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
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
        for rel in etree.fromstring(self.zip.read(rels), PARSER):
            target, kind = rel.get("Target") or "", rel.get("Type") or ""
            if rel.get("TargetMode") == "External" or not target:
                continue
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(base, target))
            out.append((path, kind[kind.rfind("/"):]))
        return out

    def _xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.zip.read(name), PARSER)

    def part(self, kind: str) -> etree._Element | None:
        """Return the root of the main part's `kind` part (styles, numbering), None when there is none."""
        name = next((t for t, k in self.rels if k == "/" + kind and t in self.names), None)
        if name is None:
            return None
        try:
            return self._xml(name)
        except READ_ERRORS as e:
            raise self._corrupt(e) from e

    def headers(self) -> Iterator[bytes]:
        for name, kind in self.rels:
            if kind == "/header" and name in self.names:
                yield self.zip.read(name)


# ---- styles -------------------------------------------------------------------------------

class _Styles:
    """The paragraph styles of styles.xml, each resolved over its basedOn chain when first asked for."""

    def __init__(self, root: etree._Element | None) -> None:
        self.root = root
        self.done: dict[str | None, Style] = {}
        self.default = _defaults(root.find(W + "docDefaults")) if root is not None else Style()
        normal = DEFAULT_STYLE(root) if root is not None else []
        self.done[None] = self.get(normal[0].get(W + "styleId")) if normal else self.default

    def get(self, sid: str | None, depth: int = 0) -> Style:
        """Return the style `sid` merged over its basedOn ancestors (the defaults if there is none)."""
        if sid in self.done:
            return self.done[sid]
        found = STYLE_BY_ID(self.root, sid=sid) if self.root is not None and sid is not None else []
        if not found or depth > 20:  # an unknown paragraph style reads as Normal, an unknown parent as nothing
            return self.default if depth else self.done.get(None, self.default)
        el = found[-1]
        based = el.find(W + "basedOn")
        parent = self.get(based.get(VAL), depth + 1) if based is not None else self.default
        own = _own_style(el, el.find(W + "name"))
        merged = Style(*(o if o is not None else p for o, p in zip(_fields(own), _fields(parent))))
        if own.num is not None and parent.num is not None:  # numId and ilvl inherit one by one
            merged = Style(*_fields(merged)[:4], (own.num[0] or parent.num[0],
                                                  own.num[1] if own.num[1] is not None else parent.num[1]))
        self.done[sid] = merged
        return merged

    def numbering_styles(self) -> dict[str, str]:
        """Return the numId of each numbering style (an abstract list may only link to one)."""
        if self.root is None:
            return {}
        return {s.get(W + "styleId"): num[0] for s in NUMBERING_STYLES(self.root)
                if (num := _num_pr(s.find(W + "pPr"))) and num[0]}


def _defaults(el: etree._Element | None) -> Style:
    """Return the document defaults (docDefaults rPrDefault/pPrDefault)."""
    if el is None:
        return Style()
    rpr, ppr = el.find(f"{W}rPrDefault/{W}rPr"), el.find(f"{W}pPrDefault/{W}pPr")
    return Style(_bold(rpr), _size(rpr), _align(ppr), None)


def _fields(s: Style) -> tuple:
    return s.bold, s.size, s.align, s.outline, s.num


def _own_style(el: etree._Element | None, name: etree._Element | None) -> Style:
    """Return the properties a style element sets itself (None where it sets nothing)."""
    if el is None:
        return Style()
    rpr, ppr = el.find(W + "rPr"), el.find(W + "pPr")
    outline = _outline(ppr)
    heading = re.fullmatch(r"heading (\d)", (name.get(VAL) or "").lower()) if name is not None else None
    if outline is None and heading:
        outline = int(heading.group(1))
    return Style(_bold(rpr), _size(rpr), _align(ppr), outline, _num_pr(ppr))


def _num_pr(ppr: etree._Element | None) -> tuple[str | None, int | None] | None:
    """Return the (numId, ilvl) a pPr sets, either one None when it leaves it to the style."""
    num = ppr.find(W + "numPr") if ppr is not None else None
    if num is None:
        return None
    nid, lvl = num.find(W + "numId"), num.find(W + "ilvl")
    ilvl = lvl.get(VAL) if lvl is not None else None
    return (nid.get(VAL) if nid is not None else None,
            int(ilvl) if ilvl is not None and ilvl.isdigit() else None)


def _bold(rpr: etree._Element | None) -> bool | None:
    b = rpr.find(W + "b") if rpr is not None else None
    return None if b is None else b.get(VAL, "1").lower() not in OFF


def _size(rpr: etree._Element | None) -> float | None:
    sz = rpr.find(W + "sz") if rpr is not None else None
    return None if sz is None or not (sz.get(VAL) or "").isdigit() else int(sz.get(VAL)) / 2


def _align(ppr: etree._Element | None) -> str | None:
    jc = ppr.find(W + "jc") if ppr is not None else None
    return None if jc is None else ALIGN.get(jc.get(VAL) or "")


def _outline(ppr: etree._Element | None) -> int | None:
    lvl = ppr.find(W + "outlineLvl") if ppr is not None else None
    if lvl is None or not (lvl.get(VAL) or "").isdigit() or int(lvl.get(VAL)) > 8:
        return None  # level 9 means body text
    return int(lvl.get(VAL)) + 1


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

    def __init__(self, styles: _Styles, numbering: Numbering) -> None:
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
                yield from self.table_blocks(el)

    def _style(self, ppr: etree._Element | None) -> tuple[str | None, Style]:
        pstyle = ppr.find(W + "pStyle") if ppr is not None else None
        sid = pstyle.get(VAL) if pstyle is not None else None
        return sid, self.styles.get(sid)

    def _label(self, ppr: etree._Element | None, sid: str | None, style: Style) -> str:
        """Count `p` in its list, if it is numbered, and return the number it shows ("" if none)."""
        own = _num_pr(ppr)
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
        ppr = p.find(W + "pPr")
        label = self._label(ppr, *self._style(ppr))
        text = _clean("".join(t for _, t in _runs(p)))
        return label + text if text else ""

    def paragraph(self, p: etree._Element) -> Paragraph | None:
        """Return the Paragraph of a `w:p`, or None when it holds no visible text."""
        ppr = p.find(W + "pPr")
        sid, style = self._style(ppr)
        label = self._label(ppr, sid, style)
        runs = _runs(p)
        text = _clean("".join(t for _, t in runs))
        if not text:
            return None
        if label:
            text = label + text
        visible = [r.find(W + "rPr") for r, t in runs if t.strip()]
        bolds = [_bold(rpr) for rpr in visible]
        sizes = [s for s in (_size(rpr) for rpr in visible) if s is not None]
        outline = _outline(ppr)
        return Paragraph(
            text,
            bold=all(b if b is not None else bool(style.bold) for b in bolds),
            size=max(sizes) if sizes else style.size,
            align=_align(ppr) or style.align,
            heading=outline if outline is not None else style.outline,
        )

    # ---- tables ---------------------------------------------------------------------------

    def table_blocks(self, tbl: etree._Element) -> Iterator[Block]:
        """Generate a data table as one Table, or a layout table's text as paragraphs."""
        rows = list(_kids(tbl, TR))
        if _is_layout(tbl, len(rows)):
            for tr in rows:
                for tc in _kids(tr, TC):
                    yield from self.blocks(tc)
            return
        table = self.table(rows)
        if table.cells:
            yield table

    def table(self, rows: list[etree._Element]) -> Table:
        """Return the Table of `w:tr` rows, with gridSpan and vMerge turned into cell spans."""
        cells: list[dict] = []
        above: dict[int, dict] = {}  # grid column -> the cell that last started there
        n_cols = 0
        for r, tr in enumerate(rows):
            col = _grid_before(tr)
            for tc in _kids(tr, TC):
                tcpr = tc.find(W + "tcPr")
                span = _int_val(tcpr, "gridSpan", 1)
                merge = _vmerge(tcpr)
                if merge == "continue" and col in above:
                    above[col]["rows"] = r - above[col]["row"] + 1
                else:
                    cell = {"text": self.cell_text(tc), "row": r, "col": col, "rows": 1, "cols": span}
                    cells.append(cell)
                    for c in range(col, col + span):
                        above[c] = cell
                col += span
            n_cols = max(n_cols, col)
        kept = tuple(Cell(**c) for c in cells if c["text"] or c["rows"] > 1 or c["cols"] > 1)
        return Table(kept, len(rows), n_cols)

    def cell_text(self, tc: etree._Element) -> str:
        """Return a cell's text, its paragraphs joined with newlines (nested tables flattened)."""
        return "\n".join(self._cell_lines(tc))

    def _cell_lines(self, container: etree._Element) -> Iterator[str]:
        for el in _children(container):
            if el.tag == P:
                for box in _outer_boxes(el):
                    if not _is_page_number(box):
                        yield from self._cell_lines(box)
                text = self.text(el)
                if text:
                    yield text
            else:
                for tr in _kids(el, TR):
                    for tc in _kids(tr, TC):
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


def _kids(el: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Generate the `tag` children of a table or row, looking inside content controls."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag in BLOCK_WRAPPERS:
            yield from _kids(child, tag)


def _is_layout(tbl: etree._Element, n_rows: int) -> bool:
    """Tell whether a table only positions text on the page (borderless masthead, signature grid)."""
    tblpr = tbl.find(W + "tblPr")
    desc = tblpr.find(W + "tblDescription") if tblpr is not None else None
    if desc is not None and "layout" in (desc.get(VAL) or "").lower():
        return True
    return n_rows <= LAYOUT_MAX_ROWS and not _has_borders(tbl, tblpr)


def _has_borders(tbl: etree._Element, tblpr: etree._Element | None) -> bool:
    """Tell whether a table draws any ruling line (table style, table or cell borders)."""
    if tblpr is not None and tblpr.find(W + "tblStyle") is not None:
        return True  # a table style such as Table Grid: assume it rules the table
    sides = []
    if tblpr is not None and tblpr.find(W + "tblBorders") is not None:
        sides.extend(tblpr.find(W + "tblBorders"))
    for borders in tbl.iter(W + "tcBorders"):
        sides.extend(borders)
    return any((s.get(VAL) or "none") not in NO_LINE for s in sides)


def _grid_before(tr: etree._Element) -> int:
    return _int_val(tr.find(W + "trPr"), "gridBefore", 0)


def _int_val(pr: etree._Element | None, name: str, default: int) -> int:
    el = pr.find(W + name) if pr is not None else None
    v = el.get(VAL) if el is not None else None
    return int(v) if v and v.isdigit() else default


def _vmerge(tcpr: etree._Element | None) -> str | None:
    el = tcpr.find(W + "vMerge") if tcpr is not None else None
    return None if el is None else el.get(VAL) or "continue"


# ---- headers ------------------------------------------------------------------------------

def _header_numbers(headers: Iterator[bytes]) -> list[Paragraph]:
    """Return the 文号 printed in a page header, if any, as a leading paragraph."""
    for blob in headers:
        text = "".join(t.text or "" for t in etree.fromstring(blob).iter(T))
        m = DOC_NUMBER.search(text)
        if m:
            return [Paragraph(m.group(0).strip(), align="center")]
    return []
