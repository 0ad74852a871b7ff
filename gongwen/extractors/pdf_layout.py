"""Turn positioned PDF characters into lines and paragraphs by layout (indent, centring, short lines)."""
from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from operator import attrgetter
from statistics import mode
from typing import NamedTuple

# Kangxi radicals (⼈) and CJK compatibility ideographs that PDF fonts map their glyphs to
IDEOGRAPHS = str.maketrans({
    cp: unicodedata.normalize("NFKC", chr(cp))
    for cp in (*range(0x2F00, 0x2FE0), *range(0xF900, 0xFB00))
    if len(unicodedata.normalize("NFKC", chr(cp))) == 1 and unicodedata.normalize("NFKC", chr(cp)) != chr(cp)
})
BOLD_FONT = re.compile(r"Bold|Heavy|Black|Semibold|Demi", re.I)
ASCII_WORD = re.compile(r"[A-Za-z0-9]")
SENTENCE_END = "。：:；;！？!?"
NUMBERED_START = re.compile(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．](?!\d)")
INDENT_CHARS = 2.5  # a first-line indent is two characters; a centred line sits further in
CENTRED_SHARE = 0.8  # or it is clearly shorter than the frame
TITLE_SIZE = 18  # points: a title line's type at least (二号 22 pt over a 三号 16 pt body)
MARGIN_LINES = 2  # lines that must start at an edge for it to be the left margin
MARGIN_SHARE = 0.1  # … and at least this share of the lines at the commonest edge
UNBROKEN = re.compile(r"[A-Za-z0-9.,%/@_\-]")  # characters a line never breaks between
OPENING, CLOSING = "〔［【（(《“‘[", "〕］】）)》”’]"  # brackets a line never breaks after / before
INFIX = ":,"  # ASCII punctuation a line never breaks before, nor after when digits follow
# a 成文日期 or any date standing alone on its line: a paragraph of its own, whatever its layout
DATE_LINE = re.compile(r"^\s*(?:(?:19|20)\d{2}|[〇零○一二三四五六七八九]{4})\s*年[^。，,；;]{1,10}日\s*$")
# what a browser prints in the margins of a web page: its address, the date and time (2024/5/14 10:00, 5/14/24, 10:00 AM)
PRINT_STAMP = re.compile(r"(?:https?|file)://\S+|^\s*(?:\d{4}/\d{1,2}/\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}),?\s*(?:上午|下午)?\s*\d{1,2}:\d{2}")
PAGE_NUMBER = re.compile(r"^[—–\-－－\s]*\d{1,4}[—–\-－\s]*$|^第\s*\d{1,4}\s*页(?:\s*共\s*\d+\s*页)?$|^\d+\s*/\s*\d+$")


class Char(NamedTuple):
    """One character placed on a page, in top-down coordinates; `bold` tells its font's name says so."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool


@dataclass
class Line:
    """One printed line: its text, box, largest font size and boldness."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    lead: float = 0.0  # width of the first unbreakable token: one CJK char, or a run like 1200 / 3000元/人


@dataclass
class Frame:
    """The text frame of a page layout: body left and right margins, and the body's commonest type size."""

    left: float
    right: float
    size: float = 0.0

    @property
    def centre(self) -> float:
        return (self.left + self.right) / 2


@dataclass
class Para:
    """A paragraph in the making: its lines and the page it starts on."""

    lines: list[Line]
    page: int
    furniture: bool = False
    pages: list[int] = field(default_factory=list)


def lines_of(chars: list[Char]) -> list[Line]:
    """Return the chars grouped into lines by their vertical centre, each sorted left to right."""
    mids = [(c.top + c.bottom) / 2 for c in chars]
    rows: list[list[Char]] = []
    centre, row_size = 0.0, 0.0
    for i in sorted(range(len(chars)), key=mids.__getitem__):
        c, mid = chars[i], mids[i]
        if rows and abs(mid - centre) <= 0.5 * (row_size if row_size < c.size else c.size):  # min(c.size, row_size)
            rows[-1].append(c)
        else:
            rows.append([c])
            centre, row_size = mid, c.size
    return [line for line in (_line(sorted(r, key=_middle)) for r in rows) if line.text.strip()]


def _middle(c: Char) -> float:
    """Return twice a char's horizontal centre, the order of a line: a browser squeezes runs of CJK punctuation
    until a full-width bracket's box starts before the narrow one printed ahead of it (》(〔 drawn 》〔( by x0)."""
    return c.x0 + c.x1


TOP, BOTTOM, SIZE = (attrgetter(name) for name in ("top", "bottom", "size"))


def _line(chars: list[Char]) -> Line:
    """Return one Line from chars sorted by x: real spaces kept, a gap wider than 1 em read as one space."""
    out = [chars[0].text]
    for prev, c in zip(chars, chars[1:]):
        if c.x0 - prev.x1 > c.size and c.text != " " and prev.text != " ":
            out.append(" ")
        out.append(c.text)
    text = "".join(out).translate(IDEOGRAPHS)
    visible = [c for c in chars if not c.text.isspace()] or chars
    return Line(text, visible[0].x0, visible[-1].x1, min(map(TOP, visible)), max(map(BOTTOM, visible)),
                round(max(map(SIZE, visible)) * 2) / 2, all(c.bold for c in visible), _lead(visible))


def _lead(chars: list[Char]) -> float:
    """Return the width of the line's first token, which a wrap could not split: a Latin or digit run, with an
    opening bracket before it and a closing one after it (no line breaks after 〔 or before 〕: 〔2024〕, (2023));
    a first character with the ASCII colon or comma after it and the digits that colon or comma leads into
    (话:65310053), as a browser keeps them; a bracket before Chinese text (（一）) is one character, as any
    Chinese character."""
    i = 1 if chars[0].text in OPENING and len(chars) > 1 and UNBROKEN.match(chars[1].text) else 0
    end = i
    if not i and len(chars) > 2 and chars[1].text in INFIX and chars[2].text.isdigit():
        end = 2  # 话:6…: no break before the colon, none between it and the digits
    while end + 1 < len(chars) and UNBROKEN.match(chars[end].text) and UNBROKEN.match(chars[end + 1].text):
        end += 1
    if i and end + 1 < len(chars) and chars[end + 1].text in CLOSING:
        end += 1
    return chars[end].x1 - chars[0].x0


def reading_order(lines: list[Line]) -> list[Line]:
    """Return lines in reading order: side-by-side blocks (masthead name | 文件) read one after the other.

    A line continues the block it sits close beneath and overlaps in x; the x span is the block's whole
    column, not its last line. A line overlapping no column continues the block just above it when no line
    stands beside it: a paragraph's last character wrapped to the margin under an indented line (…的通 / 知)
    is no column of its own."""
    ordered = sorted(lines, key=lambda ln: ln.top)
    tops = [ln.top for ln in ordered]
    tallest = max((ln.bottom - ln.top for ln in ordered), default=0.0)
    reach = 1.5 * max((ln.size for ln in ordered), default=0.0)  # no line continues a block further above (_stacks)
    blocks: list[list[Line]] = []
    spans: list[list[float]] = []  # [left, right] of each block's column
    live: list[int] = []  # the blocks a line may still continue, oldest first
    for line in ordered:
        live = [i for i in live if blocks[i][-1].bottom > line.top - reach]
        home = next((i for i in reversed(live) if _stacks(blocks[i][-1], spans[i], line)), None)
        if home is None and not _anything_beside(line, ordered, tops, tallest):
            home = next((i for i in reversed(live) if _stacks(blocks[i][-1], None, line)), None)
        if home is None:
            live.append(len(blocks))
            blocks.append([line])
            spans.append([line.x0, line.x1])
        else:
            blocks[home].append(line)
            spans[home] = [min(spans[home][0], line.x0), max(spans[home][1], line.x1)]
    return [line for block in sorted(blocks, key=lambda b: b[0].top) for line in block]


def _stacks(above: Line, column: list[float] | None, below: Line) -> bool:
    """Tell whether `below` continues the column of `above`: close beneath `above` and overlapping the column in x
    (any x when `column` is None)."""
    overlap = min(column[1], below.x1) - max(column[0], below.x0) if column is not None else 1.0
    return overlap > 0 and below.top - above.bottom < 1.5 * max(above.size, below.size)


def _anything_beside(line: Line, ordered: list[Line], tops: list[float], tallest: float) -> bool:
    """Tell whether any line stands beside `line`; `ordered` by top (their `tops`), none taller than `tallest`."""
    near = ordered[bisect.bisect_left(tops, line.top - tallest) : bisect.bisect_right(tops, line.bottom)]
    return any(_beside(other, line) for other in near if other is not line)


def _beside(a: Line, b: Line) -> bool:
    """Tell whether two lines stand side by side: sharing a good part of their height, apart in x."""
    shared = min(a.bottom, b.bottom) - max(a.top, b.top)
    return shared > 0.25 * min(a.bottom - a.top, b.bottom - b.top) and (a.x1 <= b.x0 or b.x1 <= a.x0)


def frame_of(lines: list[Line], width: float) -> Frame:
    """Return the text frame: the left margin (see `left_margin`) and the right edge most lines stay within."""
    if len(lines) < 3:
        return Frame(width * 0.12, width * 0.88)
    size = mode(ln.size for ln in lines)
    rights = sorted(ln.x1 for ln in lines)
    # the end most lines stay within; in a text of short lines (a contents list) the end of the second-longest
    return Frame(left_margin(lines, size), max(rights[int(0.95 * (len(rights) - 1))], rights[-2]), size)


def left_margin(lines: list[Line], size: float) -> float:
    """Return the left margin: the leftmost edge that many lines of the body's type size start at.

    Not simply the commonest edge: where most paragraphs are one line (a web page's fields, a list), the
    first-line indent is commoner than the margin the wrapped lines return to. Lines of another size (a
    browser's running header and footer) and edges few lines share (a hanging bracket) do not count; `size` is
    the body's commonest type size.
    """
    counts = Counter(round(ln.x0) for ln in lines if abs(ln.size - size) <= 1)
    most = max(counts.values())
    return min(x for x, n in counts.items() if n >= min(most, max(MARGIN_LINES, MARGIN_SHARE * most)))


def paragraphs(lines: list[Line], frame: Frame, page: int, height: float) -> list[Para]:
    """Return the lines of one page grouped into paragraphs; page numbers flagged as furniture."""
    out: list[Para] = []
    for line in lines:
        if is_page_number(line, height):
            out.append(Para([line], page, furniture=True))
        elif out and not out[-1].furniture and _same_paragraph(out[-1].lines[-1], line, frame):
            out[-1].lines.append(line)
        else:
            out.append(Para([line], page))
    return out


def is_page_number(line: Line, height: float) -> bool:
    """Tell whether a line is page furniture in the top or bottom margin: a page number, or the stamp a
    browser prints on a web page (its address, the date and time of printing)."""
    in_margin = line.top > height * 0.85 or line.bottom < height * 0.12
    return in_margin and (PAGE_NUMBER.match(line.text) is not None or PRINT_STAMP.search(line.text) is not None)


def _same_paragraph(a: Line, b: Line, frame: Frame) -> bool:
    """Tell whether line `b` continues the paragraph whose last line is `a`."""
    if abs(a.size - b.size) > 1 or b.top - a.bottom > 1.2 * max(a.size, b.size):
        return False
    if _title_line(a, frame) and _title_line(b, frame) and (is_centred(a, frame) or is_centred(b, frame)):
        return a.bold == b.bold and a.size == b.size  # a title over several lines
    if is_centred(b, frame) or (is_centred(a, frame) and not (_wrapped(a, b, frame) and not is_indented(b, frame))):
        return False  # (a paragraph's first line that a long number pushed down can look centred: it ends early)
    if DATE_LINE.match(a.text) or DATE_LINE.match(b.text):
        return False  # 落款 ⏎ 2023年8月30日 ⏎ the next part
    if a.text.rstrip()[-1:] in SENTENCE_END and NUMBERED_START.match(b.text.lstrip()):
        return False  # a full line closing its sentence, then an unindented heading (一、…)
    return (reaches_right(a, frame) or _wrapped(a, b, frame)) and not is_indented(b, frame)


def _wrapped(a: Line, b: Line, frame: Frame) -> bool:
    """Tell whether `b`'s first token would not have fit at the end of `a` (ragged-right text wraps early)."""
    if b.lead <= a.size:  # a CJK line may break after any character: reaches_right decides
        return False
    return a.x0 <= frame.left + 2.5 * a.size and frame.right - a.x1 < b.lead + 0.5 * a.size


def _title_line(line: Line, frame: Frame) -> bool:
    """Tell whether a line can belong to a title: centred, or a bold or large line filling the frame (large: 18 pt
    or more, as a 二号 title over a 三号 body, and larger than the body's type)."""
    return is_centred(line, frame) or (_full_width(line, frame) and (line.bold or line.size >= max(TITLE_SIZE, frame.size + 2)))


def is_centred(line: Line, frame: Frame) -> bool:
    """Tell whether a line sits in the middle of the frame, clearly inset on both sides."""
    left, right = line.x0 - frame.left, frame.right - line.x1
    if not (left > line.size and right > line.size and abs(left - right) < 1.5 * line.size):
        return False
    # a first-line-indented line that happens to end two characters short is no centred line
    return left > INDENT_CHARS * line.size or line.x1 - line.x0 < CENTRED_SHARE * (frame.right - frame.left)


def is_indented(line: Line, frame: Frame) -> bool:
    """Tell whether a line starts to the right of the left margin (a first-line indent or more)."""
    return line.x0 > frame.left + 1.2 * line.size


def reaches_right(line: Line, frame: Frame) -> bool:
    """Tell whether a line is a full body line, from near the left margin to the right one (the paragraph goes on)."""
    return line.x0 <= frame.left + 2.5 * line.size and line.x1 >= frame.right - 1.5 * line.size


def join_lines(texts: list[str], sep: str = "") -> str:
    """Return wrapped lines joined: nothing between CJK, a space between two Latin words."""
    out = texts[0] if texts else ""
    for t in texts[1:]:
        glue = " " if out and t and ASCII_WORD.match(out[-1]) and ASCII_WORD.match(t[0]) and t[0].isalpha() else sep
        out += glue + t
    return out


def align_of(para: Para, frame: Frame) -> str | None:
    """Return the paragraph's alignment read from its lines (center, right or None)."""
    first = para.lines[0]
    if is_centred(para.lines[-1], frame) and all(is_centred(ln, frame) or _full_width(ln, frame) for ln in para.lines):
        return "center"
    if len(para.lines) == 1 and first.x0 > frame.centre:
        return "right"
    return None


def text_of(para: Para, frame: Frame) -> str:
    """Return a paragraph's text: a centred title keeps its line breaks, wrapped lines are joined."""
    texts = [ln.text for ln in para.lines]
    if len(texts) > 1 and align_of(para, frame) == "center":
        return "".join(ln.text.strip() + ("" if _full_width(ln, frame) else "\n") for ln in para.lines[:-1]) \
            + texts[-1].strip()
    return join_lines(texts).strip()


def _full_width(line: Line, frame: Frame) -> bool:
    """Tell whether a line fills nearly the whole frame (so it wrapped rather than broke)."""
    return line.x1 - line.x0 >= 0.9 * (frame.right - frame.left)
