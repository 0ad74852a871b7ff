"""Turn a Document into one normalized string with a map back to blocks, pages and sections.

Spans are born here: every field extractor finds matches in `Text.string` and asks
`Text.span(start, end)` for the provenance of its item.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from ..document import Document, Paragraph, Table
from ..record import Section, Span
from .chrome import is_chrome, labels
from .conventions import AGENCY, ORG_SUFFIX, PLACED_NAME, TITLE_END, TRAILING_NUMBER, date_only
from .pattern_cache import cached_re

# a line shorter than this is a line of its own (a name, a label), not one wrapped by the dump;
# hard-wrapped text (copied from a PDF or a fixed-width page) runs 20–40 characters a line
WRAPPED_MIN = 20
# a paragraph ending in one of these closes its sentence; otherwise the next paragraph may continue it
CLOSERS = set("。！？；：:;!?…”’」』）)》】〕]")
# the next paragraph starts something new: a heading number, an attachment label, a signature date
OPENER = cached_re(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|附件|[①-⑳]|\d{4}年)")
# a line ending in a contact channel (an e-mail address, a phone number with its area code or label, a
# mobile number) closes its entry: the line below is the next contact or the signature, never its tail
CHANNEL_END = cached_re(r"""(?:
    [A-Za-z0-9._%+-]+[@＠][A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+               # hnxczjkfc@163.com
  | (?<!\d)0\d{2,3}\s*[-—–－]\s*[2-9]\d{6,7}                           # 0371—69690523
  | (?:电话|手机|传真|座机)\s*[:：]?\s*(?:[（(]0\d{2,3}[)）])?[2-9]\d{6,7}  # 电话:7676016
  | (?<!\d)1[3-9]\d{9}                                                   # 13909321234
)[)）]?$""", re.VERBOSE)

# a title line with its issuer before 关于 (兰陵县人民政府关于…的批复)
TITLE_OPENING = cached_re(rf"^[\u4e00-\u9fff（）()]{{2,40}}?(?:{'|'.join(ORG_SUFFIX)})关于")

# a page number printed on a line of its own (— 2 —, －2－, 第2页 共5页), left between two halves of a sentence
# by a copy of a PDF's text (- 2 - read as a markdown list item: 2 -); a bare figure is not taken for one
PAGE_NUMBER = cached_re(r"^\s*(?:[—–\-－─]+\s*\d{1,3}\s*[—–\-－─]+|\d{1,3}\s+-|第\s*\d{1,3}\s*页(?:\s*[,，]?\s*共\s*\d{1,3}\s*页)?)\s*$")
# the year (and month) of a date whose rest the next line holds
YEAR_HEAD = cached_re(r"^(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?$")
# a table of contents' leader dots (第一章 规划背景………(9))
LEADER = cached_re(r"…{3,}|\.{6,}|·{6,}")
# what ends a sentence for `Text.sentence`
SENTENCE_STOP = cached_re(r"[。！？；\n]")


@dataclass
class TextBlock:
    """One paragraph or table of the document and where it sits in the text."""

    start: int
    end: int
    kind: str  # "para" | "table"
    index: int  # index of the first Document block it holds
    page: int | None
    block: Paragraph | Table
    rows: list[tuple[int, int]] = field(default_factory=list)  # table: (start, end) of each row


@dataclass
class Text:
    """The notice's normalized text with its block, page and section maps."""

    string: str
    blocks: list[TextBlock]
    sections: list[Section] = field(default_factory=list)
    _page_starts: list[int] = field(default_factory=list)
    _pages: list[int | None] = field(default_factory=list)
    # lookup tables made on first use: sentence stops, the innermost section per range
    _stops: list[int] | None = field(default=None, repr=False)
    _section_src: list[Section] | None = field(default=None, repr=False)
    _section_len: int = field(default=-1, repr=False)
    _section_starts: list[int] = field(default_factory=list, repr=False)
    _section_of: list[Section | None] = field(default_factory=list, repr=False)
    _section_ids: dict[str, Section] = field(default_factory=dict, repr=False)

    def span(self, start: int, end: int) -> Span:
        """Return the Span of string[start:end], with its page and section."""
        sec = self.section_at(start)
        return Span(start, end, self.page_at(start), sec.id if sec else None)

    def page_at(self, pos: int) -> int | None:
        """Return the page that holds position `pos` (None outside PDFs)."""
        i = bisect.bisect_right(self._page_starts, pos) - 1
        return self._pages[i] if i >= 0 else None

    def section_at(self, pos: int) -> Section | None:
        """Return the innermost section whose range holds `pos` (bisection over a map made once)."""
        if self._section_src is not self.sections or self._section_len != len(self.sections):
            self._section_starts, self._section_of = _section_map(self.sections)
            self._section_ids = {sec.id: sec for sec in self.sections}
            self._section_src, self._section_len = self.sections, len(self.sections)
        i = bisect.bisect_right(self._section_starts, pos) - 1
        return self._section_of[i] if i >= 0 else None

    def sections_at(self, pos: int) -> list[Section]:
        """Return the sections whose range holds `pos`, innermost first."""
        inner = self.section_at(pos)
        if inner is None:
            return []
        by_id = self._section_ids
        chain, sid = [inner], inner.id
        while "/" in sid:
            sid = sid.rsplit("/", 1)[0]
            if sid in by_id and by_id[sid].start <= pos < by_id[sid].end:
                chain.append(by_id[sid])
        return chain

    def paragraphs(self) -> list[TextBlock]:
        """Return the paragraph blocks in order."""
        return [b for b in self.blocks if b.kind == "para"]

    def sentence(self, pos: int) -> tuple[int, int]:
        """Return (start, end) of the sentence around `pos`, cut at 。！？； and line breaks."""
        if self._stops is None:
            self._stops = [m.start() for m in SENTENCE_STOP.finditer(self.string)]
        i = bisect.bisect_left(self._stops, pos)
        a = self._stops[i - 1] + 1 if i else 0
        b = self._stops[i] + 1 if i < len(self._stops) else len(self.string)
        return a, b


def _section_map(sections: list[Section]) -> tuple[list[int], list[Section | None]]:
    """Return the positions where the innermost section changes and the section from each on."""
    starts: list[int] = []
    owners: list[Section | None] = []

    def mark(pos: int, owner: Section | None) -> None:
        if starts and starts[-1] == pos:
            owners[-1] = owner
        else:
            starts.append(pos)
            owners.append(owner)

    stack: list[Section] = []
    for sec in sorted(sections, key=lambda x: (x.start, x.level)):
        while stack and stack[-1].end <= sec.start:
            done = stack.pop()
            mark(done.end, stack[-1] if stack else None)
        stack.append(sec)
        mark(sec.start, sec)
    while stack:
        done = stack.pop()
        mark(done.end, stack[-1] if stack else None)
    return starts, owners


def build(doc: Document) -> Text:
    """Return the Text of `doc`: paragraphs one per line, wrapped sentences joined, tables as tab rows."""
    parts: list[str] = []
    blocks: list[TextBlock] = []
    page_starts: list[int] = []
    pages: list[int | None] = []
    pos = 0
    prev: Paragraph | None = None
    wrap = hard_wrap(doc)
    for i, block in enumerate(doc.blocks):
        if isinstance(block, Paragraph) and (block.furniture or PAGE_NUMBER.match(block.text)):
            continue
        if isinstance(block, Paragraph) and prev is not None and _continues(prev, block, wrap):
            # a sentence broken across paragraphs (page break, blank line in a dump): join it
            parts.append(block.text)
            _mark_page(page_starts, pages, pos, block.page)
            pos += len(block.text)
            blocks[-1].end = pos
            prev = block
            continue
        if parts:
            parts.append("\n")
            pos += 1
        _mark_page(page_starts, pages, pos, block.page)
        start = pos
        if isinstance(block, Table):
            rows = []
            for r, row in enumerate(block.grid()):
                line = "\t".join(x.replace("\n", " ") for x in row)
                if r:
                    parts.append("\n")
                    pos += 1
                rows.append((pos, pos + len(line)))
                parts.append(line)
                pos += len(line)
            blocks.append(TextBlock(start, pos, "table", i, block.page, block, rows))
            prev = None
        else:
            parts.append(block.text)
            pos += len(block.text)
            blocks.append(TextBlock(start, pos, "para", i, block.page, block))
            prev = block
    return Text("".join(parts), blocks, _page_starts=page_starts, _pages=pages)


def _mark_page(starts: list[int], pages: list[int | None], pos: int, page: int | None) -> None:
    if not pages or pages[-1] != page:
        starts.append(pos)
        pages.append(page)


@dataclass(frozen=True)
class Wrap:
    """The width a text was hard-wrapped at, in characters or (`visual`) in half-width units: pdftotext and a
    PDF's own layout wrap by width, where an ASCII digit or letter takes half a Chinese character's place."""

    width: int
    visual: bool = False

    def measure(self, line: str) -> int:
        return 2 * len(line) - len(line.encode("ascii", "ignore")) if self.visual else len(line)  # ASCII 1, else 2

    def cuts(self, line: str) -> bool:
        """Tell whether a line is as long as the wrap: cut there, not at its end (a visual row ends up to a
        Chinese character short of the width, the next one not fitting)."""
        return self.width - (2 if self.visual else 1) <= self.measure(line) <= self.width + (12 if self.visual else 6)


def hard_wrap(doc: Document) -> Wrap | None:
    """Return how a text was hard-wrapped (copied from a PDF, pdftotext): the length most of its long lines
    share, counted in characters or by visual width, whichever more lines share; None for text that keeps its
    paragraphs. A table of contents' lines, filled to the width by their leader dots, are not wrapped lines."""
    lines = [b.text for b in doc.blocks if isinstance(b, Paragraph) and b.page is None
             and len(b.text) >= WRAPPED_MIN and "\n" not in b.text and not LEADER.search(b.text)]
    if len(lines) < 5:
        return None
    width, count = Counter(map(len, lines)).most_common(1)[0]
    units = Counter(Wrap(0, True).measure(line) for line in lines)
    visual = max(units, key=lambda w: (units[w] + units[w - 1], w))
    wrap, count = max((Wrap(width), count), (Wrap(visual, True), units[visual] + units[visual - 1]), key=lambda x: x[1])
    return wrap if count >= max(4, 0.3 * len(lines)) else None


def _cut_name(a: str, b: str) -> bool:
    """Tell whether two lines are the halves of one body's name: neither is a name of its own, together they are."""
    return (len(a + b) <= 40 and PLACED_NAME.match(a) is not None and not AGENCY.match(a) and not AGENCY.match(b)
            and not PLACED_NAME.match(b) and AGENCY.match(a + b) is not None)


def _continues(prev: Paragraph, nxt: Paragraph, wrap: Wrap | None = None) -> bool:
    """Tell whether `nxt` continues the sentence that `prev` left open (`wrap`: the text's hard wrap, at which
    even a line of a web page's chrome is cut)."""
    a, b = prev.text.rstrip(" \t\u3000|｜"), nxt.text.lstrip()  # a page table's cell bars (…的意见 | ||||) end no sentence
    if not a or not b or a[-1] in CLOSERS or "\n" in a:
        return False
    if prev.heading or nxt.heading or {prev.align, nxt.align} & {"center", "right"}:
        return False
    if prev.size and nxt.size and abs(prev.size - nxt.size) > 1:
        return False  # a running header in small print above a title: a sentence keeps its type size
    # cut by the wrap, even a line of chrome or one ending in a digit runs on (〔20 ⏎ 24〕), unless the next line
    # opens with a label of its own (索引号… ⏎ 发文机关…: an index table's lines that happen to fill the width)
    cut = wrap is not None and wrap.cuts(a) and not labels(b)
    if cut and a[-1].isdigit() and b[0].isdigit():
        return True  # a number cut by the wrap (金额33 ⏎ 18.4元), not a heading 18.
    if cut and TRAILING_NUMBER.match(b):
        return True  # …的通知 ⏎ (皖人社秘〔2019〕217号): the bracketed 文号 after a title, cut off by the wrap
    if YEAR_HEAD.match(a) and date_only(a + b):
        return True  # 2017年 ⏎ 6月8日: a date cut in two (a wrapped right-aligned signature date)
    if wrap is not None and _cut_name(a, b):
        return True  # 甘肃省脱贫攻坚领导小 ⏎ 组办公室: a signing body cut by the wrap
    if OPENER.match(b) or len(a) < WRAPPED_MIN or TITLE_END.search(TRAILING_NUMBER.sub("", a)):
        return False
    if b.startswith("关于") and TITLE_END.search(b):  # a title under a masthead line
        return False
    if not cut and TITLE_OPENING.match(b) and TITLE_END.search(b):  # …效力状态 有效中 ⏎ 兰陵县人民政府关于…的批复
        return False
    if CHANNEL_END.search(a):
        return False  # 联系人:… 电话:0371—69690523 ⏎ 省财政厅社会保障处 王芳 电话:…
    if not cut and len(b) < 25 and b[-1] not in CLOSERS and a[-1].isascii():
        return False  # after an e-mail or a number, a short line stands alone: a signature, a name
    if not cut and (is_chrome(a) or is_chrome(b)):
        return False  # a web page's breadcrumb, byline or index table never runs on into the notice
    if len(b) < 40 and (AGENCY.match(b) and PLACED_NAME.match(b) or date_only(b)):
        return False  # a signature or its date under the last line of the body
    return True
