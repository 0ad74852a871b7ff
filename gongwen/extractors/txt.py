"""Read plain-text notices: deterministic decoding, paragraphs, tab-separated table dumps."""
from __future__ import annotations

import codecs
import html
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from ..document import INVISIBLE, Block, Cell, Document, Finding, Paragraph, Source, Table
from ..errors import BadEncoding, Empty

BOM_CODECS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))

HEADING_MARK = re.compile(r"^#{1,6}\s*")  # markdown heading left by a web dump
LIST_DASH = re.compile(r"^-\s+")  # markdown list dash
BOLD = re.compile(r"\*\*(.+?)\*\*", re.S)  # **bold** pairs; a lone ** (the **市 placeholder) stays
BOOKMARK = re.compile(r"\[bookmark: [^\]]*\]")
CELL_LINE = re.compile(r"^\t[^\t]*$")  # one leading tab and no other: a cell of a one-cell-per-line dump
# an HTML character reference left in a saved page: &nbsp; &amp; &#12288; &#x3000;
HTML_REFERENCE = re.compile(r"&(?:nbsp|ensp|emsp|amp|lt|gt|quot|apos|ldquo|rdquo|lsquo|rsquo|middot|mdash|hellip|"
                            r"#\d{2,7}|#[xX][0-9a-fA-F]{2,6});")


def text_codec(name: str) -> str:
    """Return the standard name of the text codec `name` (GBK → gbk, utf8 → utf-8); LookupError when Python has no
    such text codec (base64 and rot13 are codecs, but not of text)."""
    b"a".decode(name, "ignore")  # LookupError for an unknown codec and for one that does not decode bytes to text
    return codecs.lookup(name).name


def decode(path: Path, data: bytes) -> tuple[str, str]:
    """Return (text, encoding) by the deterministic chain (see `decode_noted`)."""
    text, encoding, _ = decode_noted(path, data)
    return text, encoding


def decode_forced(path: Path, data: bytes, encoding: str) -> str:
    """Return `data` decoded with the codec the user named, or E_ENCODING naming it and the first bad byte."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        raise BadEncoding(path, f"not {encoding}: byte 0x{data[err.start]:02x} at offset {err.start} does not decode; "
                                "check the encoding named, or leave it out to have it detected") from None


def decode_noted(path: Path, data: bytes) -> tuple[str, str, str | None]:
    """Return (text, encoding, note): a BOM's codec; else strict UTF-8; else GB18030 when it reads as Chinese
    (most characters common ones); else Big5 likewise; else UTF-8 with its few invalid bytes replaced (noted);
    else E_ENCODING."""
    for bom, codec in BOM_CODECS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec, None
            except UnicodeDecodeError:
                raise BadEncoding(path, f"the {codec} byte-order mark is followed by invalid bytes; re-save as UTF-8") from None
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    for codec, common in (("gb18030", _common_simplified), ("big5", _common_traditional)):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _reads_as_chinese(text, common):
            return text, codec, (None if codec == "gb18030" else
                                 "read as Big5: as GB18030 its characters are not Chinese text; check the file")
    repaired = data.decode("utf-8", errors="replace")
    bad = repaired.count("\ufffd")
    if bad <= max(3, len(repaired) // 200):  # up to 0.5 % of the text: stray bytes, not another encoding
        return repaired, "utf-8", f"{bad} byte(s) that are not UTF-8 replaced by U+FFFD; check the file"
    raise BadEncoding(path, "neither UTF-8, GB18030/GBK nor Big5; re-save the text as UTF-8")


MIN_HANZI = 20  # below this a text is too short to judge its characters: the codec that decodes it is taken
COMMON_SHARE = 0.8  # real text: ≥ 0.98 of its characters common; text decoded with the wrong codec: ≈ 0.5


def _reads_as_chinese(text: str, common) -> bool:
    """Tell whether decoded text reads as Chinese: most of its Han characters are common ones."""
    hanzi = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    return len(hanzi) < MIN_HANZI or sum(map(common, hanzi)) >= COMMON_SHARE * len(hanzi)


def _common_simplified(c: str) -> bool:
    """Tell whether a character is among the 3,755 common ones of GB 2312 (level 1, lead bytes B0–D7)."""
    try:
        return 0xB0 <= c.encode("gb2312")[0] <= 0xD7
    except UnicodeEncodeError:
        return False


def _common_traditional(c: str) -> bool:
    """Tell whether a character is among the 5,401 common ones of Big5 (A440–C67E)."""
    try:
        b = c.encode("big5")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and 0xA440 <= (b[0] << 8 | b[1]) <= 0xC67E


def extract(path: Path, data: bytes, source: Source, encoding: str | None = None) -> Document:
    """Return the Document of a text notice, decoded with `encoding` when given (a text codec's name), else
    with the one `decode_noted` finds."""
    if encoding:
        text, note = decode_forced(path, data, encoding), None
    else:
        text, encoding, note = decode_noted(path, data)
    text = text.translate(INVISIBLE).replace("\r\n", "\n").replace("\r", "\n")
    references = len(HTML_REFERENCE.findall(text))
    if references:  # a web page saved with its markup's character references (&nbsp;&nbsp;关于…)
        text = html.unescape(text).translate(INVISIBLE)
    if not text.strip():
        raise Empty(path, "the file holds no text")
    code = "W_ENCODING_GUESSED" if encoding == "big5" else "W_ENCODING_REPAIRED"
    findings: tuple[Finding, ...] = (Finding(code, f"{path.name}: {note}"),) if note else ()
    if references:
        findings += (Finding("W_HTML_REFERENCES", f"{path.name}: {references} HTML character reference(s) such as "
                             "&nbsp; read as the characters they stand for"),)
    return Document(replace(source, encoding=encoding), tuple(_blocks(text)), findings)


def _blocks(text: str) -> list[Block]:
    """Split text into paragraphs (one per line, markdown hard breaks kept) and tables (tabbed lines)."""
    blocks: list[Block] = []
    lines: list[str] = []
    rows: list[str] = []

    def flush_para() -> None:
        if lines:
            para = _paragraph(lines)
            if para is not None:
                blocks.append(para)
            lines.clear()

    def flush_table() -> None:
        if rows:
            blocks.append(_table(rows))
            rows.clear()

    for line in _with_cell_dumps(text.split("\n")):
        if isinstance(line, Table):
            flush_para()
            flush_table()
            blocks.append(line)
        elif "\t" in line:
            flush_para()
            rows.append(line)
        elif not line.strip():
            flush_para()
            flush_table()
        else:
            flush_table()
            lines.append(line)
            if not line.endswith("  "):  # two trailing spaces: a hard break inside the paragraph
                flush_para()
    flush_para()
    flush_table()
    return blocks


def _with_cell_dumps(lines: list[str]) -> Iterator[str | Table]:
    """Yield the lines, with each cell-per-line table dump replaced by its Table.

    Word tables copied as text often come out one cell per line: each cell opens with a tab,
    a cell's further lines follow without one, and a blank line ends the row.
    """
    i = 0
    while i < len(lines):
        if not CELL_LINE.match(lines[i]):
            yield lines[i]
            i += 1
            continue
        rows, i = _read_cell_dump(lines, i)
        if len(rows) >= 2:
            yield _cell_table(rows)
        else:
            yield from ("\t".join(r) for r in rows)


def _read_cell_dump(lines: list[str], i: int) -> tuple[list[list[str]], int]:
    """Read rows of a cell-per-line dump from line `i`; return them and the index after the dump."""
    rows: list[list[str]] = [[]]
    prev_blank = False
    while i < len(lines):
        line = lines[i]
        if CELL_LINE.match(line):
            rows[-1].append(line[1:].strip())
        elif not line.strip():
            if rows[-1]:
                rows.append([])
        elif "\t" not in line and not prev_blank and rows[-1]:
            rows[-1][-1] = f"{rows[-1][-1]}\n{line.strip()}"  # a cell's next line
        else:
            break
        prev_blank = not line.strip()
        i += 1
    return [r for r in rows if r], i


def _cell_table(rows: list[list[str]]) -> Table:
    cells = [Cell(v, r, c) for r, row in enumerate(rows) for c, v in enumerate(row) if v]
    return Table(tuple(cells), len(rows), max(len(r) for r in rows), ambiguous=True)


def _paragraph(lines: list[str]) -> Paragraph | None:
    heading = HEADING_MARK.match(lines[0]) is not None
    raw = "\n".join(lines)
    bold = raw.strip().startswith("**") and raw.strip().endswith("**")
    raw = BOLD.sub(r"\1", BOOKMARK.sub("", raw))
    out = []
    for i, line in enumerate(raw.split("\n")):
        line = HEADING_MARK.sub("", line) if i == 0 else line
        line = LIST_DASH.sub("", line) if i == 0 else line
        out.append(line.strip())
    body = "\n".join(x for x in out if x)
    if not body:
        return None
    return Paragraph(body, bold=bold, heading=1 if heading else None)


def _table(rows: list[str]) -> Table:
    cells = []
    width = max(r.count("\t") + 1 for r in rows)
    for r, line in enumerate(rows):
        for c, value in enumerate(line.split("\t")):
            value = value.strip()
            if value:
                cells.append(Cell(value, r, c))
    return Table(tuple(cells), len(rows), width, ambiguous=True)
