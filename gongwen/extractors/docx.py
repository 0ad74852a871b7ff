"""Read Word (.docx) notices: body paragraphs and tables in order, merged cells kept, layout tables unwrapped."""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import docx
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from ..document import Block, Cell, Document, Paragraph, Source, Table
from ..errors import Corrupt

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
P, TBL, TR, TC, R, T, TAB, BR, CR = (W + x for x in ("p", "tbl", "tr", "tc", "r", "t", "tab", "br", "cr"))
SDT, SDT_CONTENT, TXBX, FALLBACK = W + "sdt", W + "sdtContent", W + "txbxContent", \
    "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
VAL = W + "val"
ALIGN = {"left": "left", "start": "left", "center": "center", "right": "right", "end": "right",
         "both": "justify", "distribute": "justify", "justify": "justify"}
OFF = {"0", "false", "off", "none"}
NO_LINE = {"nil", "none"}
# a 文号 such as 晋人社厅发〔2020〕44号 (headers may carry it on every page)
DOC_NUMBER = re.compile(r"\S{2,}[〔［\[【(（﹝]\s*(?:19|20)\d{2}\s*[〕］\]】)）﹞]\s*\d+\s*号")
LAYOUT_MAX_ROWS = 3  # a borderless table this small is page layout (a masthead), not data


@dataclass(frozen=True)
class Style:
    """The paragraph properties a style contributes once its basedOn chain is resolved."""

    bold: bool | None = None
    size: float | None = None
    align: str | None = None
    outline: int | None = None


def extract(path: Path, data: bytes, source: Source) -> Document:
    """Return the Document of a Word notice."""
    word = _open(path, data)
    styles = _styles(word)
    blocks = [*_header_numbers(word), *_blocks(word.element.body, styles)]
    return Document(source, tuple(blocks))


def _open(path: Path, data: bytes) -> docx.document.Document:
    """Return the python-docx document, translating package errors into Corrupt."""
    try:
        return docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, ValueError) as e:
        raise Corrupt(path, f"not a readable Word document ({e}); re-save the document") from e


# ---- styles -------------------------------------------------------------------------------

def _styles(word: docx.document.Document) -> dict[str | None, Style]:
    """Return the resolved paragraph styles by styleId; key None holds the defaults."""
    root = word.styles.element
    raw = {s.get(W + "styleId"): s for s in root.iter(W + "style") if s.get(W + "type") in ("paragraph", None)}
    default = _defaults(root.find(W + "docDefaults"))
    resolved: dict[str | None, Style] = {None: default}
    for sid in raw:
        resolved[sid] = _resolve(sid, raw, resolved, default)
    normal = next((sid for sid, s in raw.items() if s.get(W + "default") in ("1", "true")), None)
    if normal is not None:
        resolved[None] = resolved[normal]
    return resolved


def _defaults(el: etree._Element | None) -> Style:
    """Return the document defaults (docDefaults rPrDefault/pPrDefault)."""
    if el is None:
        return Style()
    rpr, ppr = el.find(f"{W}rPrDefault/{W}rPr"), el.find(f"{W}pPrDefault/{W}pPr")
    return Style(_bold(rpr), _size(rpr), _align(ppr), None)


def _resolve(sid: str, raw: dict, done: dict, default: Style, depth: int = 0) -> Style:
    """Return the style `sid` merged over its basedOn ancestors."""
    if sid in done:
        return done[sid]
    el = raw.get(sid)
    if el is None or depth > 20:
        return default
    based = el.find(W + "basedOn")
    parent = _resolve(based.get(VAL), raw, done, default, depth + 1) if based is not None else default
    own = _own_style(el, el.find(W + "name"))
    merged = Style(*(o if o is not None else p for o, p in zip(_fields(own), _fields(parent))))
    done[sid] = merged
    return merged


def _fields(s: Style) -> tuple:
    return s.bold, s.size, s.align, s.outline


def _own_style(el: etree._Element | None, name: etree._Element | None) -> Style:
    """Return the properties a style element sets itself (None where it sets nothing)."""
    if el is None:
        return Style()
    rpr, ppr = el.find(W + "rPr"), el.find(W + "pPr")
    outline = _outline(ppr)
    heading = re.fullmatch(r"heading (\d)", (name.get(VAL) or "").lower()) if name is not None else None
    if outline is None and heading:
        outline = int(heading.group(1))
    return Style(_bold(rpr), _size(rpr), _align(ppr), outline)


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


# ---- body ---------------------------------------------------------------------------------

def _blocks(container: etree._Element, styles: dict[str | None, Style]) -> Iterator[Block]:
    """Generate the paragraphs and tables of a body (or cell) in document order."""
    for el in _children(container):
        if el.tag == P:
            yield from _textbox_paragraphs(el, styles)
            para = _paragraph(el, styles)
            if para is not None:
                yield para
        elif el.tag == TBL:
            yield from _table_blocks(el, styles)


def _children(container: etree._Element) -> Iterator[etree._Element]:
    """Generate the `w:p` and `w:tbl` children of a container, looking inside content controls."""
    for el in container:
        if el.tag == SDT:
            content = el.find(SDT_CONTENT)
            if content is not None:
                yield from _children(content)
        elif el.tag in (P, TBL):
            yield el


def _textbox_paragraphs(p: etree._Element, styles: dict[str | None, Style]) -> Iterator[Block]:
    """Generate the paragraphs of text boxes anchored in `p` (a masthead is sometimes one)."""
    for box in p.iter(TXBX):
        if not _in_fallback(box, p):
            yield from _blocks(box, styles)


def _in_fallback(el: etree._Element, stop: etree._Element) -> bool:
    """Tell whether `el` sits in an mc:Fallback copy (the same content drawn for old readers)."""
    for anc in el.iterancestors():
        if anc is stop:
            return False
        if anc.tag == FALLBACK:
            return True
    return False


def _runs(p: etree._Element) -> list[etree._Element]:
    """Return the runs of `p` itself, leaving out text boxes and fallback copies."""
    runs = list(p.iter(R))
    if p.find(f".//{TXBX}") is None and p.find(f".//{FALLBACK}") is None:
        return runs
    return [r for r in runs if not any(a.tag in (TXBX, FALLBACK) for a in _ancestors(r, p))]


def _ancestors(el: etree._Element, stop: etree._Element) -> Iterator[etree._Element]:
    for anc in el.iterancestors():
        if anc is stop:
            return
        yield anc


def _run_text(r: etree._Element) -> str:
    """Return the text of a run: soft breaks as newlines, tabs as spaces."""
    out = []
    for el in r:
        if el.tag == T:
            out.append(el.text or "")
        elif el.tag == TAB:
            out.append(" ")
        elif el.tag == CR or (el.tag == BR and el.get(W + "type") in (None, "textWrapping")):
            out.append("\n")
    return "".join(out)


def _paragraph(p: etree._Element, styles: dict[str | None, Style]) -> Paragraph | None:
    """Return the Paragraph of a `w:p`, or None when it holds no visible text."""
    runs = [(r, _run_text(r)) for r in _runs(p)]
    text = _clean("".join(t for _, t in runs))
    if not text:
        return None
    ppr = p.find(W + "pPr")
    pstyle = ppr.find(W + "pStyle") if ppr is not None else None
    style = styles.get(pstyle.get(VAL) if pstyle is not None else None, styles[None])
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


def _clean(text: str) -> str:
    """Return paragraph text with the blanks around each line trimmed (full-width spaces kept inside)."""
    lines = [line.strip(" \t") for line in text.split("\n")]
    return "\n".join(line for line in lines if line.strip()).strip()


# ---- tables -------------------------------------------------------------------------------

def _table_blocks(tbl: etree._Element, styles: dict[str | None, Style]) -> Iterator[Block]:
    """Generate a data table as one Table, or a layout table's text as paragraphs."""
    rows = tbl.findall(TR)
    if _is_layout(tbl, len(rows)):
        for tc in tbl.iter(TC):
            yield from _blocks(tc, styles)
        return
    table = _table(rows)
    if table.cells:
        yield table


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


def _table(rows: list[etree._Element]) -> Table:
    """Return the Table of `w:tr` rows, with gridSpan and vMerge turned into cell spans."""
    cells: list[dict] = []
    above: dict[int, dict] = {}  # grid column -> the cell that last started there
    n_cols = 0
    for r, tr in enumerate(rows):
        col = _grid_before(tr)
        for tc in tr.findall(TC):
            tcpr = tc.find(W + "tcPr")
            span = _int_val(tcpr, "gridSpan", 1)
            merge = _vmerge(tcpr)
            if merge == "continue" and col in above:
                above[col]["rows"] = r - above[col]["row"] + 1
            else:
                cell = {"text": _cell_text(tc), "row": r, "col": col, "rows": 1, "cols": span}
                cells.append(cell)
                for c in range(col, col + span):
                    above[c] = cell
            col += span
        n_cols = max(n_cols, col)
    kept = tuple(Cell(**c) for c in cells if c["text"] or c["rows"] > 1 or c["cols"] > 1)
    return Table(kept, len(rows), n_cols)


def _grid_before(tr: etree._Element) -> int:
    return _int_val(tr.find(W + "trPr"), "gridBefore", 0)


def _int_val(pr: etree._Element | None, name: str, default: int) -> int:
    el = pr.find(W + name) if pr is not None else None
    v = el.get(VAL) if el is not None else None
    return int(v) if v and v.isdigit() else default


def _vmerge(tcpr: etree._Element | None) -> str | None:
    el = tcpr.find(W + "vMerge") if tcpr is not None else None
    return None if el is None else el.get(VAL) or "continue"


def _cell_text(tc: etree._Element) -> str:
    """Return a cell's text, its paragraphs joined with newlines (nested tables flattened)."""
    lines = (_clean("".join(_run_text(r) for r in _runs(p))) for p in tc.iter(P))
    return "\n".join(line for line in lines if line)


# ---- headers ------------------------------------------------------------------------------

def _header_numbers(word: docx.document.Document) -> list[Paragraph]:
    """Return the 文号 printed in a page header, if any, as a leading paragraph."""
    for part in word.part.package.iter_parts():
        if not str(part.partname).startswith("/word/header"):
            continue
        text = "".join(t.text or "" for t in etree.fromstring(part.blob).iter(T))
        m = DOC_NUMBER.search(text)
        if m:
            return [Paragraph(m.group(0).strip(), align="center")]
    return []
