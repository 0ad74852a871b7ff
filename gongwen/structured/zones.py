"""Give every line of a notice its role: a GB/T 9704 element (masthead, 文号, title, recipients, body,
signature, date …) or page chrome of a web page (breadcrumbs, controls, byline, index table), and read
the fields that the page's byline and index table print (索引号, 发文机关, 成文日期, 发布日期 …).

Chrome is found line by line from its own words; the notice's elements are placed by `meta`, which
reads the lines that are left.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .chrome import BULLETS, BYLINE_LABELS, DATE_LINE, NAV_LINE, field_of, is_control, labels, plain
from .conventions import DATE_ANY, parse_broken_date, parse_date
from .text import Text
from .pattern_cache import cached_re

# page chrome
NAV, CONTROL, BYLINE, INDEX = "nav", "control", "byline", "index"
CHROME = {NAV, CONTROL, BYLINE, INDEX}
# GB/T 9704 elements
MASTHEAD, DOC_NUMBER, TITLE, RECIPIENTS, BODY = "masthead", "doc_number", "title", "recipients", "body"
SIGNATURE, DATE, PUBLICITY, COVER, CC, PRINTED = "signature", "date", "publicity", "cover", "cc", "printed"
ATTACHMENT = "attachment"  # 附件说明
TABLE = "table"

@dataclass
class Line:
    """One printed line of the notice: its text (stripped), where it is, and its role."""

    text: str
    start: int
    end: int
    zone: str = BODY
    align: str | None = None
    bold: bool = False
    size: float | None = None
    in_table: bool = False


@dataclass
class PageFields:
    """What a web page prints about the notice outside it: byline and index table."""

    values: dict[str, list[str]] = field(default_factory=dict)

    def get(self, key: str) -> str | None:
        """Return the first non-empty value printed for a field."""
        return self.values.get(key, [None])[0]

    def all(self, key: str) -> list[str]:
        """Return every value printed for a field (来源:原创 … 作者:佳县人社局), in order."""
        return self.values.get(key, [])

    def date(self, key: str) -> str | None:
        """Return a date field as YYYY-MM-DD."""
        return next((d for v in self.all(key) if (d := parse_date(v) or parse_broken_date(v))), None)

    def add(self, key: str, value: str) -> None:
        """Add a non-empty value of a field."""
        value = value.strip(" \t:：|｜-")
        if value and value not in self.values.setdefault(key, []):
            self.values[key].append(value)


# where a page flattened to one line still breaks: blanks after a sentence, before a date (not a label's: 成文日期:
# 2020年07月03日) or 附件
SEGMENT_BREAK = cached_re(r"(?<=[。；;！!？?])\s+|(?<=[。；;！!？?])(?=(?:19|20)\d{2}\s*年|[〇零○一二]{4}年)"
                           r"|(?<![:：\s])\s+(?=(?:(?:19|20)\d{2}\s*年|[〇零○一二]{4}年)(?!.*印\s*发\s*$)|附\s*件)|(?<=日)(?=附\s*件)")


def read_lines(text: Text) -> list[Line]:
    """Return the non-blank lines of the text, table rows included, with their layout hints."""
    lines = []
    for block in text.blocks:
        para = block.block if block.kind == "para" else None
        for start, end in _segments(text.string, block.start, block.end, para is None):
            raw = text.string[start:end]
            stripped = raw.strip().rstrip(" |｜").strip()
            if stripped:
                first = start + raw.index(stripped[0])
                lines.append(Line(stripped, first, first + len(stripped), TABLE if para is None else BODY,
                                  getattr(para, "align", None), getattr(para, "bold", False),
                                  getattr(para, "size", None), para is None))
    return lines


def _segments(s: str, start: int, end: int, table: bool):
    """Yield the (start, end) of each line of a block; a paragraph's line is cut again at SEGMENT_BREAK, unless
    it is a line of a page's index table or byline."""
    pos = start
    for raw in s[start:end].split("\n"):
        whole = table or labels(raw.strip().lstrip(BULLETS).strip())  # 分 类: 行业扶贫 ; 通知: one value
        cuts = [pos] if whole else [pos] + [pos + m.end() for m in SEGMENT_BREAK.finditer(raw)]
        for a, b in zip(cuts, cuts[1:] + [pos + len(raw)]):
            yield a, b
        pos += len(raw) + 1


def mark_chrome(lines: list[Line]) -> PageFields:
    """Mark the lines that are page chrome and return the fields its byline and index table print."""
    fields = PageFields()
    pending: str | None = None  # a label alone on its line: its value is the next line
    heads: list[str] | None = None  # a table row of labels only (发文字号 | 成文日期): the next row holds the values
    for line in lines:
        if heads and line.in_table:
            for label, value in zip(heads, line.text.split("\t")):
                fields.add(field_of(label), value)
            line.zone, heads = INDEX, None
            continue
        text = line.text.lstrip(BULLETS).strip()
        if not text:
            line.zone = CONTROL  # a separator line of a page's table (-, |)
            continue
        pairs = labels(text)
        if pending and not pairs:
            fields.add(pending, text)
            line.zone, pending = INDEX, None
            continue
        pending = None
        heads = [p[0] for p in pairs] if line.in_table and len(pairs) > 1 and not any(p[1] for p in pairs) else None
        if pairs:
            line.zone = BYLINE if all(field_of(p[0]) in ("source", "publish_date", "other") and
                                      plain(p[0]) in BYLINE_LABELS for p in pairs) else INDEX
            for label, value in pairs:
                if value:
                    fields.add(field_of(label), value)
            if len(pairs) == 1 and not pairs[0][1] and plain(pairs[0][0]) not in BYLINE_LABELS:
                pending = field_of(pairs[0][0])  # 索引号 ⏎ 011080691/2023-70749
        elif NAV_LINE.search(text) and "。" not in text:
            line.zone = NAV
        elif is_control(text):
            line.zone = CONTROL
        elif DATE_LINE.match(text) and (date := DATE_ANY.match(text)) and not date.group("y"):
            line.zone = BYLINE  # 2023-09-01 15:45 under a headline: the page's date (placed by meta)
    return fields


def following(content: list[int], i: int, n: int) -> list[int]:
    """Return the next `n` content lines (indices into the lines, ascending) after line `i`."""
    start = bisect.bisect_right(content, i)
    return content[start : start + n]
