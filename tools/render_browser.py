"""Print plain-text notices as a browser prints a web page: each line a paragraph of an HTML page, printed
to PDF by headless Chromium with its running header (date and time, page title) and footer (address, n/m).

usage: python3 tools/render_browser.py [--table-docx] OUT_DIR NOTICE.txt…   (needs `chromium` / `soffice`)

Writes OUT_DIR/NNN_browser.pdf (eval pairs NNN_… with gold NNN.json). The page: 16 pt Noto Serif CJK, every
paragraph with a 2-character first-line indent, so a paragraph's wrapped lines return to the margin: the
layout in which the commonest left edge is the indent, not the margin, and a paragraph's last character can
wrap alone under an indented line. Chromium squeezes runs of CJK punctuation (》(〔 overlap).
With --table-docx: OUT_DIR/NNN_tablepage.docx instead, the page laid out as old sites are, each line a row of a
borderless one-column table, opened and saved as DOCX by LibreOffice.
"""
from __future__ import annotations

import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

STYLE = "body{font-family:'Noto Serif CJK SC';font-size:16pt;margin:2cm} p{margin:0.3em 0;text-indent:2em}"


def page(text: str) -> str:
    """Return the HTML page of a notice's text: one paragraph a line, its first line as the page title."""
    lines = [line.strip() for line in text.splitlines()]
    title = next((line for line in lines if line), "")
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines if line)
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<style>{STYLE}</style></head><body>{body}</body></html>")


def table_page(text: str) -> str:
    """Return the HTML page of a notice's text laid out in a borderless one-column table, a row a line."""
    rows = "".join(f"<tr><td>{html.escape(line.strip())}</td></tr>" for line in text.splitlines() if line.strip())
    return f"<!doctype html><html><head><meta charset='utf-8'></head><body><table border='0'>{rows}</table></body></html>"


def main(argv: list[str]) -> None:
    table = argv[:1] == ["--table-docx"]
    argv = argv[1:] if table else argv
    if len(argv) < 2 or not shutil.which("soffice" if table else "chromium"):
        sys.exit(__doc__)
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for src in map(Path, argv[1:]):
            page_file = Path(tmp) / (f"{src.name[:3]}_tablepage.html" if table else src.stem + ".html")
            text = src.read_text(encoding="utf-8")
            page_file.write_text(table_page(text) if table else page(text), encoding="utf-8")
            if table:
                command = ["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(page_file)]
                target = out / f"{src.name[:3]}_tablepage.docx"
            else:
                target = out / f"{src.name[:3]}_browser.pdf"
                command = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={target}",
                           page_file.as_uri()]
            subprocess.run(command, check=True, capture_output=True, timeout=120)
            print(target)


if __name__ == "__main__":
    main(sys.argv[1:])
