"""Lay out plain-text notices as Word files (and, with LibreOffice, PDF) in layouts unlike the corpus,
to check that gongwen reads the same fields from every format.

usage: python3 tools/render_notices.py OUT_DIR NOTICE.txt… [--pdf]

Three layouts per notice, chosen without asking gongwen anything:
- `NNN.plain.docx`: every line a paragraph in Word's default style (what a copy-paste into Word gives);
- `NNN.webprint.docx`: as a browser prints the page — date and title in the page header, the address and
  page count in the footer, a sans-serif body;
- `NNN.office.docx`: as an office lays out a notice — 仿宋 16 pt, a centred 小标宋 22 pt title (the first
  short line that ends like a title), a right-aligned signature and date (the short lines closing the
  text), 2-character first-line indents, and a web page's label/value lines (索引号 …) as a bordered
  two-column table, as a browser's print of the page shows them.
With --pdf each DOCX is also exported by `soffice --headless` (LibreOffice) next to it.
"""
from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

TITLE_LIKE = re.compile(r"(?:通知|意见|决定|公告|通告|批复|函|方案|办法|公示|指南|要点|清单|政策|宣传|情况)(?:[（(][^）)]{1,12}[）)])?$")
LABEL_VALUE = re.compile(r"^[•\-\s]*(索\s*引\s*号|发布机构|发文机关|成文日期|发文字号|文\s*号|发布日期|主题分类|公开方式|公文时效)"
                         r"\s*[:：|]?\s*(.*)$")
DATE_TAIL = re.compile(r"(?:19|20)\d{2}\s*年.{1,6}日?$|^\d{7,8}$|^[〇一二]{4}年")


def lines_of(path: Path) -> list[str]:
    """Return the non-blank lines of a notice, stripped."""
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def plain(lines: list[str], out: Path) -> None:
    """Write every line as a paragraph in the default style."""
    doc = Document()
    for ln in lines:
        doc.add_paragraph(ln)
    doc.save(out)


def _font(run, name: str, size: int, bold: bool = False) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)


def office(lines: list[str], out: Path) -> None:
    """Write the notice as an office lays it out (see the module docstring)."""
    doc = Document()
    title_i = next((i for i, ln in enumerate(lines[:15]) if len(ln) < 70 and TITLE_LIKE.search(ln)), None)
    tail = len(lines)
    while tail > 0 and len(lines[tail - 1]) < 30 and "。" not in lines[tail - 1] and tail > len(lines) - 4:
        tail -= 1
    table = None
    for i, ln in enumerate(lines):
        m = LABEL_VALUE.match(ln)
        if m and (title_i is None or i < title_i):
            if table is None:
                table = doc.add_table(rows=0, cols=2)
                table.style = "Table Grid"
            cells = table.add_row().cells
            cells[0].text, cells[1].text = re.sub(r"\s+", "", m.group(1)), m.group(2)
            continue
        table = None
        p = doc.add_paragraph()
        if i == title_i:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(ln), "方正小标宋简体", 22)
        elif i >= tail and (DATE_TAIL.search(ln) or len(ln) < 30):
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _font(p.add_run(ln), "仿宋_GB2312", 16)
        else:
            p.paragraph_format.first_line_indent = Pt(32)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            _font(p.add_run(ln), "仿宋_GB2312", 16)
    doc.save(out)


def webprint(lines: list[str], out: Path) -> None:
    """Write the notice as a browser prints a web page: the page's date and title in the page header, its
    address and page count in the footer, body in a sans-serif 10.5 pt (the layout of a web-page-to-PDF print)."""
    doc = Document()
    section = doc.sections[0]
    title = next((ln for ln in lines[:15] if len(ln) < 70 and TITLE_LIKE.search(ln)), lines[0])
    section.header.paragraphs[0].text = f"2023/9/1 15:45\t{title[:30]}"
    section.footer.paragraphs[0].text = "https://www.example.gov.cn/art/2023/9/1/art_1229_59061597.html\t1/2"
    for ln in lines:
        _font(doc.add_paragraph().add_run(ln), "微软雅黑", 10)
    doc.save(out)


def to_pdf(files: list[Path], out: Path) -> None:
    """Export DOCX files to PDF in `out` with one LibreOffice run."""
    profile = f"-env:UserInstallation=file://{tempfile.mkdtemp(prefix='gongwen-lo-')}"  # apart from any running soffice
    subprocess.run(["soffice", profile, "--headless", "--convert-to", "pdf", "--outdir", str(out), *map(str, files)],
                   check=True, capture_output=True, timeout=1800)


def main(argv: list[str]) -> None:
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in (a for a in argv[1:] if a != "--pdf"):
        src = Path(name)
        stem = src.stem.split("_")[0]
        lines = lines_of(src)
        for layout, write in (("plain", plain), ("office", office), ("webprint", webprint)):
            written.append(out / f"{stem}.{layout}.docx")
            write(lines, written[-1])
    if "--pdf" in argv:
        to_pdf(written, out)


if __name__ == "__main__":
    main(sys.argv[1:])
