"""Lay out plain-text notices in ways produced unlike `render_notices.py` (no python-docx styles, no
LibreOffice), to find where gongwen's reading depends on one layout.

usage: python3 tools/render_variants.py OUT_DIR NOTICE.txt…

Writes OUT_DIR/<variant>/NNN_<variant>.<ext> (eval pairs NNN_… with gold NNN.json):
- `rl28`, `rl36` (PDF, reportlab): A4, the body wrapped by the tool itself at 28 characters of 16 pt or 36 of
  14 pt, justified by character spacing, 2-character first-line indents; the title centred in 22 pt and wrapped
  over two lines when long; a running header and a "— 1 —" page-number footer on each page; the closing
  signature/date right-aligned; the web page's chrome above the title (索引号 …, breadcrumbs) in small print, as
  a browser prints a page. Font: the CID font STSong-Light (reportlab cannot embed the installed Noto CJK,
  whose outlines are PostScript).
- `softbr` (DOCX written directly): up to four source lines per paragraph joined by soft line breaks
  (`<w:br/>`), direct run formatting and no paragraph styles, the title split over two paragraphs when long
  (else over two runs), the chrome as a table, full-width spaces as indents, a header and a footer.
- `wrap30`, `wrap38` (TXT): hard-wrapped at 30/38 characters as pdftotext or a copy-paste gives it, with the
  page number "— n —" between blank lines every 40 lines; `vwrap34` likewise at 34 full-width characters of
  visual width, as pdftotext wraps a PDF's lines (ASCII digits and latin half width: a line with figures holds
  more characters).
- `chromeafter`, `title3`, `hdrtable` (TXT): a saved page with its chrome after the body; the title over three
  lines; the 文号 and the signature date moved into a tab-separated header table (发文字号 | 成文日期) above the
  title.
- `ptitle` (TXT): the page's headline (the title from its 关于) printed first, above the notice's own head.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from render_notices import DATE_TAIL, LABEL_VALUE, TITLE_LIKE, lines_of
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

FONT = "STSong-Light"
CHROME = re.compile(r"首页|>|》\s*$|当前位置|信息来源|来源[:：]|浏览|分享|字体|打印|发布(?:日期|时间)|\d{4}-\d{2}-\d{2}")
CLOSING_PUNCT = "，。、；：！？）》」』”’,.;:!?)"


def parts(lines: list[str]) -> tuple[int | None, int, int]:
    """Return (title index, start of the tail, end of the chrome) of a notice's lines."""
    title = next((i for i, ln in enumerate(lines[:15])
                  if len(ln) < 70 and TITLE_LIKE.search(ln) and not re.search("[:：]", ln)), None)  # not 标题: …
    tail = len(lines)
    while tail > 0 and len(lines[tail - 1]) < 30 and "。" not in lines[tail - 1] and tail > len(lines) - 4:
        tail -= 1
    chrome = 0
    if title is not None:
        chrome = max((i + 1 for i in range(title) if LABEL_VALUE.match(lines[i]) or CHROME.search(lines[i])), default=0)
    return title, tail, chrome


def halves(text: str) -> tuple[str, str]:
    """Split a title into two lines the way a typesetter would: near the middle, after 的/关于-phrase if close."""
    mid = len(text) // 2
    for d in range(0, mid // 2):
        for i in (mid - d, mid + d):
            if 0 < i < len(text) and text[i - 1] in "于的》”" and text[i] not in CLOSING_PUNCT:
                return text[:i], text[i:]
    return text[:mid], text[mid:]


# ---------------------------------------------------------------- PDF
def wrap(text: str, width: float, size: float, indent: float = 0) -> list[str]:
    """Break text into lines no wider than `width` points, closing punctuation kept on its line."""
    out, line, used = [], "", indent
    for ch in text:
        w = pdfmetrics.stringWidth(ch, FONT, size)
        if used + w > width and line and ch not in CLOSING_PUNCT:
            out.append(line)
            line, used = "", 0
        line += ch
        used += w
    if line:
        out.append(line)
    return out


class Pages:
    """A reportlab canvas that turns pages with a running header and a page-number footer."""

    def __init__(self, path: Path, header: str):
        self.c = Canvas(str(path), pagesize=A4)
        self.header, self.page, self.y = header, 1, A4[1] - 90

    def need(self, height: float) -> None:
        if self.y - height < 80:
            self._footer()
            self.c.showPage()
            self.page += 1
            self.y = A4[1] - 90

    def _footer(self) -> None:
        c = self.c
        c.setFont(FONT, 9)
        c.drawCentredString(A4[0] / 2, A4[1] - 45, self.header)
        c.line(72, A4[1] - 50, A4[0] - 72, A4[1] - 50)
        c.setFont(FONT, 14)
        c.drawCentredString(A4[0] / 2, 40, f"— {self.page} —")

    def line(self, text: str, size: float, x: float, align: str = "left", width: float = 0, space: float = 0):
        self.need(size * 1.6)
        self.y -= size * 1.6
        t = self.c.beginText()
        t.setFont(FONT, size)
        w = pdfmetrics.stringWidth(text, FONT, size)
        if align == "center":
            x = x + (width - w) / 2
        elif align == "right":
            x = x + width - w
        elif align == "justify" and len(text) > 1:
            t.setCharSpace((width - w) / (len(text) - 1))
        t.setTextOrigin(x, self.y)
        t.textOut(text)
        self.c.drawText(t)

    def save(self) -> None:
        self._footer()
        self.c.save()


def pdf(lines: list[str], out: Path, chars: int, size: float) -> None:
    """Write the notice as a PDF with its own line wrapping (see the module docstring)."""
    title_i, tail, chrome = parts(lines)
    width = chars * size
    left = (A4[0] - width) / 2
    title = lines[title_i] if title_i is not None else lines[0]
    pages = Pages(out, title[:24])
    for i, ln in enumerate(lines):
        if i < chrome:
            for piece in wrap(ln, A4[0] - 80, 8):
                pages.line(piece, 8, 40)
        elif i == title_i:
            heads = halves(ln) if pdfmetrics.stringWidth(ln, FONT, 22) > width else (ln,)
            for piece in heads:
                pages.line(piece, 22, left, "center", width)
            pages.y -= size
        elif i >= tail and (DATE_TAIL.search(ln) or len(ln) < 30):
            pages.line(ln, size, left, "right", width - 4 * size)
        else:
            rows = wrap(ln, width, size, 2 * size)
            for j, row in enumerate(rows):
                x, w = (left + 2 * size, width - 2 * size) if j == 0 else (left, width)
                pages.line(row, size, x, "justify" if j < len(rows) - 1 else "left", w)
    pages.save()


# ---------------------------------------------------------------- DOCX
def _run(p, text: str, size: int, font: str = "仿宋_GB2312", bold: bool = False):
    run = p.add_run(text)
    run.font.size, run.font.bold, run.font.name = Pt(size), bold, font
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    return run


def softbr(lines: list[str], out: Path) -> None:
    """Write the notice as a DOCX with soft breaks, direct formatting and a chrome table (module docstring)."""
    doc = Document()
    title_i, tail, chrome = parts(lines)
    section = doc.sections[0]
    section.header.paragraphs[0].text = (lines[title_i] if title_i is not None else lines[0])[:20]
    section.footer.paragraphs[0].text = "— 1 —"
    if chrome:
        table = doc.add_table(rows=0, cols=2)
        for ln in lines[:chrome]:
            m = LABEL_VALUE.match(ln)
            cells = table.add_row().cells
            cells[0].text, cells[1].text = (m.group(1), m.group(2)) if m else (ln, "")
    group = None
    for i, ln in enumerate(lines[chrome:], chrome):
        if i == title_i:
            group = None
            first, second = halves(ln)
            if len(ln) > 20:
                for piece in (first, second):
                    p = doc.add_paragraph()
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    _run(p, piece, 22, "方正小标宋简体")
            else:
                p = doc.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                _run(p, first, 22, "方正小标宋简体")
                _run(p, second, 22, "方正小标宋简体")
        elif i >= tail:
            group = None
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _run(p, ln + "　　　　", 16)
        else:
            if group is None or group[1] >= 4:
                group = [doc.add_paragraph(), 0]
            else:
                group[0].runs[-1].add_break()
            _run(group[0], "　　" + ln, 16)
            group[1] += 1
    doc.save(out)


# ---------------------------------------------------------------- TXT
def hard_wrapped(lines: list[str], out: Path, chars: int, per_page: int = 40, visual: bool = False) -> None:
    """Write the notice hard-wrapped at `chars` characters (`visual`: of full width, a half-width character
    counting half, as pdftotext lays a line out) with page numbers every `per_page` lines."""
    rows = [row for ln in lines for row in (visual_rows(ln, 2 * chars) if visual else
                                             [ln[k:k + chars] for k in range(0, len(ln), chars)])]
    text, page = [], 1
    for k in range(0, len(rows), per_page):
        text += rows[k:k + per_page]
        if k + per_page < len(rows):
            text += ["", f"— {page} —", ""]
            page += 1
    out.write_text("\n".join(text) + "\n", encoding="utf-8")


def visual_rows(line: str, units: int) -> list[str]:
    """Cut a line into rows of at most `units` half-width units (ASCII 1, any other character 2)."""
    rows, row, used = [], "", 0
    for ch in line:
        w = 1 if ch.isascii() else 2
        if used + w > units:
            rows.append(row)
            row, used = "", 0
        row, used = row + ch, used + w
    return rows + [row] if row or not rows else rows


# ---------------------------------------------------------------- layouts of saved pages (TXT)
DATE_ALONE = re.compile(r"^(?:(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}年?\d{3,4}日?"
                        r"|[〇○零一二三四五六七八九]{4}年[^年]{2,6}日)$")
NUMBER_LINE = re.compile(r"^[（(]?[\u4e00-\u9fff]{1,12}[〔［\[【(（](?:19|20)\d{2}[〕］\]】)）]\d{1,5}号[）)]?$")


def chrome_after(lines: list[str], out: Path) -> None:
    """Write the page with its chrome (index table, byline, breadcrumbs) after the body, as a reader view or a
    page whose layout puts the side panel last saves it."""
    title, _, chrome = parts(lines)
    out.write_text("\n".join(lines[chrome:] + [""] + lines[:chrome]) + "\n", encoding="utf-8")


def thirds(text: str) -> list[str]:
    """Split a title into three lines, each cut as `halves` cuts one."""
    head, rest = halves(text)
    if len(head) > len(rest):
        return [*halves(head), rest]
    return [head, *halves(rest)]


def title3(lines: list[str], out: Path) -> None:
    """Write the notice with its title over three lines (a long title centred in a narrow column)."""
    title, _, _ = parts(lines)
    if title is not None and len(lines[title]) >= 12:
        lines = lines[:title] + thirds(lines[title]) + lines[title + 1:]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def header_table(lines: list[str], out: Path) -> None:
    """Write the notice with its 文号 and signature date moved into a tab-separated header table above the
    title (发文字号 | 成文日期), as a page that prints them in a table of its own and no longer under the title."""
    title, tail, _ = parts(lines)
    number = next((i for i in range(len(lines)) if title is not None and abs(i - title) <= 3
                   and NUMBER_LINE.match(lines[i])), None)
    date = next((i for i in range(len(lines) - 1, max(tail - 4, 0), -1) if DATE_ALONE.match(lines[i])), None)
    if title is None or number is None and date is None:
        out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return
    cells = [(label, lines[i].strip("（()）")) for label, i in (("发文字号", number), ("成文日期", date)) if i is not None]
    row = ["\t".join(label for label, _ in cells), "\t".join(value for _, value in cells)]
    kept = [ln for i, ln in enumerate(lines) if i not in (number, date)]
    at = title - (number is not None and number < title)
    out.write_text("\n".join(kept[:at] + row + [""] + kept[at:]) + "\n", encoding="utf-8")


def page_title(lines: list[str], out: Path) -> None:
    """Write the notice under its page's headline: the title without the issuer before 关于, printed first, as a
    page (or pandoc reading its <title>) prints the headline above the notice's own masthead, 文号 and title."""
    title, _, _ = parts(lines)
    head = [lines[title][lines[title].find("关于"):] if title is not None and "关于" in lines[title] else None]
    out.write_text("\n".join([h for h in head if h] + lines) + "\n", encoding="utf-8")


VARIANTS = {
    "rl28": ("pdf", lambda lines, out: pdf(lines, out, 28, 16)),
    "rl36": ("pdf", lambda lines, out: pdf(lines, out, 36, 14)),
    "softbr": ("docx", softbr),
    "wrap30": ("txt", lambda lines, out: hard_wrapped(lines, out, 30)),
    "wrap38": ("txt", lambda lines, out: hard_wrapped(lines, out, 38)),
    "vwrap34": ("txt", lambda lines, out: hard_wrapped(lines, out, 34, visual=True)),
    "chromeafter": ("txt", chrome_after),
    "title3": ("txt", title3),
    "hdrtable": ("txt", header_table),
    "ptitle": ("txt", page_title),
}


def main(argv: list[str]) -> None:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    out = Path(argv[0])
    for name in argv[1:]:
        src = Path(name)
        stem = src.stem.split("_")[0]
        lines = lines_of(src)
        for variant, (ext, write) in VARIANTS.items():
            (out / variant).mkdir(parents=True, exist_ok=True)
            write(lines, out / variant / f"{stem}_{variant}.{ext}")


if __name__ == "__main__":
    main(sys.argv[1:])
