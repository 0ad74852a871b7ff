"""Word automatic numbering (numbering.xml): the 一、 / （一） / 1. a paragraph shows but does not hold."""
from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from .bounded import bounded_int

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
VAL = W + "val"
MAX_LEVEL = 8  # list levels ilvl 0-8
MAX_START = 32767  # Word's largest list start
CN_DIGITS = "〇一二三四五六七八九"
CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
CN_LEGAL_TRAD = "零壹貳參肆伍陸柒捌玖"
HEAVENLY = "甲乙丙丁戊己庚辛壬癸"
ZODIAC = "子丑寅卯辰巳午未申酉戌亥"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
PAREN = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
FULLSTOP = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
         (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


@dataclass(frozen=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str | None = None  # lvlText; None: the level shows nothing
    restart: int | None = None  # lvlRestart: None = after any higher level, 0 = never
    legal: bool = False  # isLgl: every %n in arabic figures
    suffix: str = "tab"
    style: str | None = None  # the paragraph style this level is linked to


@dataclass
class Numbering:
    """The lists of numbering.xml and the counters of the paragraphs read so far."""

    # keyed by w:abstractNumId and w:numId; None stands for an id the file leaves out
    abstracts: dict[str | None, dict[int, Level]] = field(default_factory=dict)
    nums: dict[str | None, tuple[str | None, dict[int, Level], dict[int, int]]] = field(default_factory=dict)
    counts: dict[str | None, dict[int, int]] = field(default_factory=dict)  # per abstract list: level -> count
    started: set[tuple[str, int]] = field(default_factory=set)  # (numId, level) whose override applied

    def level_of_style(self, num_id: str, style: str | None) -> int:
        """Return the level a style-numbered paragraph takes: the level linked to its style, else 0."""
        entry = self.nums.get(num_id)
        if entry is None or style is None:
            return 0
        levels = {**self.abstracts.get(entry[0], {}), **entry[1]}
        return next((i for i, lvl in sorted(levels.items()) if lvl.style == style), 0)

    def label(self, num_id: str, ilvl: int) -> str:
        """Count one paragraph of list `num_id` at level `ilvl` and return the label it shows."""
        entry = self.nums.get(num_id)
        if entry is None:
            return ""
        abstract, overrides, starts = entry
        levels = {**self.abstracts.get(abstract, {}), **overrides}
        lvl = levels.get(ilvl)
        if lvl is None:
            return ""
        counts = self.counts.setdefault(abstract, {})
        if ilvl in starts and (num_id, ilvl) not in self.started:
            self.started.add((num_id, ilvl))
            counts[ilvl] = starts[ilvl]
        elif ilvl in counts:
            counts[ilvl] += 1
        else:
            counts[ilvl] = lvl.start
        for deeper in [d for d in counts if d > ilvl]:
            restart = levels.get(deeper, Level()).restart
            if restart is None or (restart and ilvl < restart):
                del counts[deeper]
        return _render(lvl, levels, counts)


def parse(root: etree._Element | None, style_nums: dict[str, str]) -> Numbering:
    """Return the Numbering of a numbering.xml root (None: a document without one).

    `style_nums` maps numbering styles to their numId, for abstract lists that only link to one.
    """
    numbering = Numbering()
    if root is None:
        return numbering
    links: dict[str | None, str] = {}
    for ab in root.iter(W + "abstractNum"):
        aid = ab.get(W + "abstractNumId")
        numbering.abstracts[aid] = {lvl_id: lvl for lvl_id, lvl in map(_level, ab.iter(W + "lvl"))}
        link = ab.find(W + "numStyleLink")
        if link is not None and (style := link.get(VAL)):
            links[aid] = style
    for num in root.iter(W + "num"):
        ref = num.find(W + "abstractNumId")
        if ref is None:
            continue
        overrides: dict[int, Level] = {}
        starts: dict[int, int] = {}
        for over in num.iter(W + "lvlOverride"):
            i = _int(over.get(W + "ilvl"), 0, MAX_LEVEL, "a list override level")
            so = over.find(W + "startOverride")
            if so is not None:
                starts[i] = _int(so.get(VAL), 0, MAX_START, "a list start override")
            lvl = over.find(W + "lvl")
            if lvl is not None:
                overrides[i] = _level(lvl)[1]
        numbering.nums[num.get(W + "numId")] = (ref.get(VAL), overrides, starts)
    for aid, style in links.items():  # an abstract list that is a numbering style's: use the style's list
        target = numbering.nums.get(style_nums.get(style, ""))
        if target is not None and target[0] != aid:
            numbering.abstracts[aid] = numbering.abstracts.get(target[0], {})
    return numbering


def _level(el: etree._Element) -> tuple[int, Level]:
    def val(name: str) -> str | None:
        child = el.find(W + name)
        return None if child is None else child.get(VAL)

    text = val("lvlText") if el.find(W + "lvlText") is not None else None
    restart = val("lvlRestart")
    legal = el.find(W + "isLgl")
    return _int(el.get(W + "ilvl"), 0, MAX_LEVEL, "a list level"), Level(
        start=_int(val("start"), 1, MAX_START, "a list start"),
        fmt=val("numFmt") or "decimal",
        text=text if text is not None else None,
        restart=_int(restart, 0, MAX_LEVEL + 1, "a list restart level") if restart is not None else None,
        legal=legal is not None and (legal.get(VAL) or "1") not in ("0", "false", "off"),
        suffix=val("suff") or "tab",
        style=val("pStyle"),
    )


def _int(v: str | None, default: int, high: int, what: str) -> int:
    """Return `v` as a number from 0 to `high`, `default` when it is absent or anything else (noted)."""
    n = bounded_int(v, 0, high, what)
    return default if n is None else n


def _render(lvl: Level, levels: dict[int, Level], counts: dict[int, int]) -> str:
    if lvl.fmt in ("none", "bullet") or not lvl.text:
        return ""  # a bullet is a symbol-font glyph, not a number
    out, i, text = [], 0, lvl.text
    while i < len(text):
        ch = text[i]
        if ch == "%" and i + 1 < len(text) and text[i + 1].isdigit():
            k = int(text[i + 1]) - 1
            other = levels.get(k, Level())
            n = counts.get(k, other.start)
            out.append(str(n) if lvl.legal and other.fmt != "none" else format_number(n, other.fmt))
            i += 2
        else:
            out.append(ch)
            i += 1
    label = "".join(out).strip()
    if not label:
        return ""
    # the tab Word puts after a number prints as a gap; after 、 ） ① the mark itself separates
    gap = lvl.suffix == "space" or (lvl.suffix == "tab" and label[-1].isascii())
    return label + " " if gap else label


def format_number(n: int, fmt: str) -> str:
    """Return `n` written in the Word number format `fmt` (decimal for one not known)."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "taiwaneseCountingThousand", "koreanCounting"):
        return _chinese(n, "〇一二三四五六七八九", "十百千")
    if fmt == "ideographDigital" or fmt == "taiwaneseDigital" or fmt == "japaneseDigitalTenThousand":
        return "".join(CN_DIGITS[int(d)] for d in str(n))
    if fmt == "chineseLegalSimplified":
        return _chinese(n, CN_LEGAL, "拾佰仟", legal=True)
    if fmt == "ideographLegalTraditional":
        return _chinese(n, CN_LEGAL_TRAD, "拾佰仟", legal=True)
    if fmt == "ideographTraditional":
        return HEAVENLY[(n - 1) % 10] if n > 0 else str(n)
    if fmt == "ideographZodiac":
        return ZODIAC[(n - 1) % 12] if n > 0 else str(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle"):
        return CIRCLED[n - 1] if 0 < n <= 20 else str(n)
    if fmt == "decimalEnclosedParen":
        return PAREN[n - 1] if 0 < n <= 20 else f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return FULLSTOP[n - 1] if 0 < n <= 20 else f"{n}."
    if fmt in ("decimalFullWidth", "decimalFullWidth2"):
        return "".join(chr(ord(d) + 0xFEE0) for d in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("lowerLetter", "upperLetter"):
        s = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else str(n)
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        s = _roman(n)
        return s.upper() if fmt == "upperRoman" else s
    return str(n)


def _chinese(n: int, digits: str, units: str, legal: bool = False) -> str:
    """Return 1..9999 as 一 … 十一 … 一百零五 (legal: 壹拾壹); other numbers digit by digit."""
    if not 0 < n < 10000:
        return "".join(digits[int(d)] for d in str(n))
    out: list[str] = []
    zero = False
    for power, d in zip(range(len(str(n)) - 1, -1, -1), map(int, str(n))):
        if d == 0:
            zero = True
            continue
        if zero and out:
            out.append(digits[0] if not legal else "零")
        zero = False
        if not (d == 1 and power == 1 and not out and not legal):  # 十一, not 一十一
            out.append(digits[d])
        if power:
            out.append(units[power - 1])
    s = "".join(out)
    return s.replace("〇", "零") if n >= 100 else s


def _roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    out = []
    for value, letters in ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)
