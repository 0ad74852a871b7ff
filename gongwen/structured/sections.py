"""The heading tree of a notice: 一、 / （一） / 1. / （1） / ①, nested in the order a notice uses them."""
from __future__ import annotations


from ..record import Section
from .context import Context
from .pattern_cache import cached_re

CN_NUM = "一二三四五六七八九十"
STYLES = (  # (style name, pattern of a heading number at the start of a paragraph)
    ("cn", cached_re(rf"^([{CN_NUM}]{{1,3}})\s*[、．.]")),             # 一、
    ("cn_paren", cached_re(rf"^[（(]\s*([{CN_NUM}]{{1,3}})\s*[）)]")),  # （一） (一)
    ("arabic", cached_re(r"^(\d{1,2})\s*(?:[、．]|\.(?!\d))")),        # 1. 1、 but not 1.5
    ("arabic_paren", cached_re(r"^[（(]\s*(\d{1,2})\s*[）)]")),         # （1）
    ("circled", cached_re(r"^([①-⑳])")),                              # ①
)
# where a body ends: the 附件 list or label, the 成文日期 under the signature, the 抄送 line
BODY_END = cached_re(r"^(?:附\s*件|抄\s*送|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$)")
RUN_IN = cached_re(r"^(.{2,40}?[。.；;：:])")  # a run-in heading ends at its first stop
MAX_HEADING = 40


def extract(ctx: Context) -> list[Section]:
    """Return every numbered heading with its id path, level and the range of text it governs."""
    text = ctx.text
    found: list[tuple[str, str, str, int, int | None]] = []  # style, number, heading, start, page
    for block in text.paragraphs():
        for start, line in _lines(text.string, block.start, block.end):
            hit = _heading(line)
            if hit:
                found.append((*hit, start, text.page_at(start)))
            elif BODY_END.match(line.strip()):
                found.append(("end", "", "", start, None))
    return _tree(found, len(text.string))


def _lines(s: str, start: int, end: int):
    """Yield (start, line) of each line of a paragraph, past the blanks that indent it (a line after a soft
    break keeps the full-width spaces typed as its indent)."""
    pos = start
    for line in s[start:end].split("\n"):
        indent = len(line) - len(line.lstrip(" \t\u3000"))
        yield pos + indent, line[indent:]
        pos += len(line) + 1


def _heading(line: str) -> tuple[str, str, str] | None:
    """Return (style, number, heading) when `line` starts with a heading number."""
    for style, pattern in STYLES:
        m = pattern.match(line)
        if not m:
            continue
        rest = line[m.end():]
        if not rest.strip() or rest.lstrip()[:1].isdigit():
            return None  # a bare number or a figure (1.5万元) is no heading
        heading = line if len(line) <= MAX_HEADING else _run_in(line)
        return (style, m.group(0).strip(), heading.strip()) if heading else None
    return None


def _run_in(line: str) -> str | None:
    m = RUN_IN.match(line)
    return m.group(1).rstrip("。.；;：:") if m else None


def _ordinal(number: str) -> int:
    """Return the value of a heading number: （三） → 3, 2. → 2, ② → 2."""
    core = number.strip("（()）、.． ")
    if len(core) == 1 and "①" <= core <= "⑳":  # before isdigit, which takes ① too
        return ord(core) - ord("①") + 1
    if core.isdecimal():
        return int(core)
    tens, ten, ones = core.partition("十")
    if not ten:
        return _digit(core)
    high, low = (_digit(tens) if tens else 1), (_digit(ones) if ones else 0)
    return high * 10 + low if high and low >= 0 else 0


def _digit(char: str) -> int:
    """Return the value of one of 一…九, 0 for anything else (0 continues no sequence)."""
    return CN_NUM.index(char) + 1 if len(char) == 1 and char in CN_NUM[:9] else 0


def _tree(found: list[tuple[str, str, str, int, int | None]], length: int) -> list[Section]:
    """Nest headings by the order styles first appear: a new style opens a level, a known one closes deeper ones.

    A heading must continue its sequence (二 after 一) or open a level with 1; anything else
    (the 2. of an attachment list, the 2、 of a table note) is ordinary text.
    """
    sections: list[Section] = []
    stack: list[tuple[str, Section]] = []
    for style, number, heading, start, page in found:
        if style == "end":
            for _, open_sec in stack:
                open_sec.end = start
            stack.clear()
            continue
        depth = next((i for i, (s, _) in enumerate(stack) if s == style), None)
        expected = _ordinal(stack[depth][1].number) + 1 if depth is not None else 1
        if _ordinal(number) != expected:
            continue
        if depth is not None:
            for _, open_sec in stack[depth:]:
                open_sec.end = start
            del stack[depth:]
        path = "/".join(sec.number for _, sec in stack)
        sec = Section(id=f"{path}/{number}" if path else number, number=number, level=len(stack) + 1,
                      heading=heading, start=start, end=length, page=page)
        stack.append((style, sec))
        sections.append(sec)
    return sections
