"""The paragraph styles of a Word file's styles.xml, each resolved over its basedOn chain when first asked for.

styles.xml is often far larger than the text: Word's and python-docx's templates carry every built-in table
style (350 KB, parsed in 6 ms, against 4 ms for a 230 KB body). A notice's paragraphs use a handful of
paragraph styles, so the part is read in pieces: its docDefaults and each `w:style` element are cut out of the
bytes and parsed only when a paragraph asks for them. The cut is exact for the form every writer produces —
the elements as children of the root, no comments, CDATA or DTD, values without character references; a part
in any other form, or a piece that does not parse on its own, is parsed whole instead, as before.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import Any, Callable, Iterator

from lxml import etree

from .docx_parts import PARSER, VAL, W, Package, align_of, bold_of, num_pr, outline_of, size_of

NS = {"w": W[1:-1]}
PARAGRAPH_STYLE = "(@w:type='paragraph' or not(@w:type))"
STYLE_BY_ID = etree.XPath(f"w:style[@w:styleId=$sid and {PARAGRAPH_STYLE}]", namespaces=NS)
DEFAULT_STYLE = etree.XPath(f"w:style[{PARAGRAPH_STYLE} and (@w:default='1' or @w:default='true')]", namespaces=NS)
NUMBERING_STYLES = etree.XPath("w:style[@w:type='numbering']", namespaces=NS)
MAX_DEPTH = 20  # basedOn links followed before a chain is taken for a loop

DECLARATION = re.compile(rb"\s*<\?xml[^>]*\?>")
DECLARED_ENCODING = re.compile(rb"""encoding\s*=\s*["']([^"']*)["']""")
ROOT = re.compile(rb"\s*(<(?:([A-Za-z_][\w.\-]*):)?styles)(?=[\s/>])")
ATTRIBUTE = re.compile(rb"""([\w.\-]+(?::[\w.\-]+)?)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


@dataclass(frozen=True)
class Style:
    """The paragraph properties a style contributes once its basedOn chain is resolved."""

    bold: bool | None = None
    size: float | None = None
    align: str | None = None
    outline: int | None = None
    num: tuple[str | None, int | None] | None = None  # (numId, ilvl) of numbering set through the style


class Sheet:
    """The elements of styles.xml that styles are resolved from, read from the parsed part."""

    def __init__(self, root: etree._Element) -> None:
        self.root = root

    def defaults(self) -> etree._Element | None:
        return self.root.find(W + "docDefaults")

    def paragraph_styles(self, sid: str) -> list[etree._Element]:
        """Return the paragraph styles (type paragraph or none given) with the id `sid`, in document order."""
        return STYLE_BY_ID(self.root, sid=sid)

    def default_paragraph_style(self) -> etree._Element | None:
        found = DEFAULT_STYLE(self.root)
        return found[0] if found else None

    def numbering_styles(self) -> list[etree._Element]:
        return NUMBERING_STYLES(self.root)


class Unsliceable(Exception):
    """styles.xml is in a form the piecewise reading does not follow: parse it whole."""


def _or_whole(method: Callable) -> Callable:
    """Make a SlicedSheet method answer from the part parsed whole once a piece turns out not to parse alone."""
    @functools.wraps(method)
    def read(self: SlicedSheet, *args: Any) -> Any:
        if self.whole is None:
            try:
                return method(self, *args)
            except Unsliceable:
                self.whole = self.parse_whole()
        return getattr(self.whole, method.__name__)(*args)
    return read


class SlicedSheet:
    """The elements of styles.xml cut from its bytes and each parsed when first asked for (see the module text)."""

    def __init__(self, data: bytes, whole: Callable[[], Sheet]) -> None:
        self.data, self.parse_whole = data, whole
        self.whole: Sheet | None = None  # the part parsed whole, once a piece turned out not to parse alone
        self.pieces: dict[int, etree._Element] = {}  # offset -> parsed element
        start = 0
        if decl := DECLARATION.match(data):
            enc = DECLARED_ENCODING.search(decl.group())
            if enc and enc.group(1).lower() not in (b"utf-8", b"utf8"):
                raise Unsliceable("declared encoding")
            start = decl.end()
        root = ROOT.match(data, start)
        if root is None or not root.group(2) or b"<!" in data:  # <!-- comments, <![CDATA[, <!DOCTYPE
            raise Unsliceable("no prefixed styles root, or comments, CDATA or a DTD")
        prefix = root.group(2) + b":"
        self.prefix = prefix
        self.close_style, self.close_defaults = (re.compile(rb"</" + re.escape(prefix) + name + rb"\s*>")
                                                 for name in (b"style", b"docDefaults"))
        open_end = data.find(b"<", root.end())
        open_tag = data[root.start(1) : open_end if open_end >= 0 else len(data)].rstrip()
        if open_tag.endswith(b"/>") or _value(open_tag, b"xmlns:" + root.group(2)) != NS["w"].encode():
            raise Unsliceable("an empty root, or the styles root outside the WordprocessingML namespace")
        self.wrap = (open_tag, b"</" + prefix + b"styles>")
        self.default_at = next(_starts(data, b"<" + prefix + b"docDefaults", open_end), None)
        # (offset, start tag) of each style: its attributes are read only for the styles a lookup may want
        self.styles = [(at, data[at : data.find(b"<", at + 1)]) for at in _starts(data, b"<" + prefix + b"style", open_end)]
        if any(b"&" in head for _, head in self.styles):
            raise Unsliceable("a character reference in a style's start tag")

    def _attributes(self, head: bytes) -> dict[bytes, bytes]:
        """Return the w: attributes of a style's start tag by local name."""
        n = len(self.prefix)
        return {name[n:]: double or single for name, double, single in ATTRIBUTE.findall(head) if name.startswith(self.prefix)}

    def _having(self, word: bytes) -> Iterator[tuple[int, dict[bytes, bytes]]]:
        """Generate (offset, attributes) of the styles whose start tag holds `word` (the rest cannot match a lookup)."""
        for at, head in self.styles:
            if word in head:
                yield at, self._attributes(head)

    def _parse(self, start: int, close: re.Pattern[bytes]) -> etree._Element:
        """Return the element whose start tag opens at `start`, cut out up to its end tag `close` and parsed alone."""
        if start not in self.pieces:
            nxt = self.data.find(b"<", start + 1)
            head = self.data[start : nxt if nxt >= 0 else len(self.data)].rstrip()
            if head.endswith(b"/>"):
                end = start + len(head)
            else:
                found = close.search(self.data, start)
                if found is None:
                    raise Unsliceable("an element without its end tag")
                end = found.end()
            try:
                self.pieces[start] = etree.fromstring(self.wrap[0] + self.data[start:end] + self.wrap[1], PARSER)[0]
            except (etree.XMLSyntaxError, IndexError) as e:
                raise Unsliceable("a piece that does not parse on its own") from e
        return self.pieces[start]

    @_or_whole
    def defaults(self) -> etree._Element | None:
        return self._parse(self.default_at, self.close_defaults) if self.default_at is not None else None

    @_or_whole
    def paragraph_styles(self, sid: str) -> list[etree._Element]:
        key = sid.encode("utf-8")
        return [self._parse(at, self.close_style) for at, a in self._having(key)
                if a.get(b"styleId") == key and a.get(b"type", b"paragraph") == b"paragraph"]

    @_or_whole
    def default_paragraph_style(self) -> etree._Element | None:
        return next((self._parse(at, self.close_style) for at, a in self._having(b"default")
                     if a.get(b"type", b"paragraph") == b"paragraph" and a.get(b"default") in (b"1", b"true")), None)

    @_or_whole
    def numbering_styles(self) -> list[etree._Element]:
        return [self._parse(at, self.close_style) for at, a in self._having(b"numbering") if a.get(b"type") == b"numbering"]


def _starts(data: bytes, tag: bytes, start: int) -> Iterator[int]:
    """Generate the offsets of the start tags `tag` (b"<w:style") from `start` on, not of longer names (<w:styles)."""
    while (at := data.find(tag, start)) >= 0:
        start = at + len(tag)
        if data[start : start + 1] in (b" ", b"\t", b"\n", b"\r", b"/", b">"):
            yield at


def _value(tag: bytes, name: bytes) -> bytes | None:
    """Return the value of the attribute `name` in a start tag, None when it has none."""
    for m in ATTRIBUTE.finditer(tag):
        if m.group(1) == name:
            return m.group(2) if m.group(2) is not None else m.group(3)
    return None


def read_styles(pkg: Package) -> Styles:
    """Return the styles of a package's styles part (none when it has none), read in pieces where it can be."""
    found = pkg.part_data("styles")
    if found is None:
        return Styles(None)

    def whole() -> Sheet:
        return Sheet(pkg.parse(*found))

    try:
        return Styles(SlicedSheet(found[1], whole))
    except Unsliceable:
        return Styles(whole())


class Styles:
    """The paragraph styles of styles.xml, each resolved over its basedOn chain when first asked for."""

    def __init__(self, sheet: Sheet | SlicedSheet | None) -> None:
        self.sheet = sheet
        self.done: dict[str | None, Style] = {}
        self.default = _defaults(sheet.defaults()) if sheet is not None else Style()
        normal = sheet.default_paragraph_style() if sheet is not None else None
        self.done[None] = self.get(normal.get(W + "styleId")) if normal is not None else self.default

    def get(self, sid: str | None, depth: int = 0) -> Style:
        """Return the style `sid` merged over its basedOn ancestors (the defaults if there is none)."""
        if sid in self.done:
            return self.done[sid]
        found = self.sheet.paragraph_styles(sid) if self.sheet is not None and sid is not None else []
        if not found or depth > MAX_DEPTH:  # an unknown paragraph style reads as Normal, an unknown parent as nothing
            return self.default if depth else self.done.get(None, self.default)
        el = found[-1]
        based = el.find(W + "basedOn")
        parent = self.get(based.get(VAL), depth + 1) if based is not None else self.default
        own = _own_style(el, el.find(W + "name"))
        merged = Style(*(o if o is not None else p for o, p in zip(_fields(own), _fields(parent))))
        if own.num is not None and parent.num is not None:  # numId and ilvl inherit one by one
            merged = replace(merged, num=(own.num[0] or parent.num[0],
                                          own.num[1] if own.num[1] is not None else parent.num[1]))
        self.done[sid] = merged
        return merged

    def numbering_styles(self) -> dict[str, str]:
        """Return the numId of each numbering style (an abstract list may only link to one)."""
        if self.sheet is None:
            return {}
        return {sid: num[0] for s in self.sheet.numbering_styles()
                if (sid := s.get(W + "styleId")) is not None and (num := num_pr(s.find(W + "pPr"))) and num[0]}


def _defaults(el: etree._Element | None) -> Style:
    """Return the document defaults (docDefaults rPrDefault/pPrDefault)."""
    if el is None:
        return Style()
    rpr, ppr = el.find(f"{W}rPrDefault/{W}rPr"), el.find(f"{W}pPrDefault/{W}pPr")
    return Style(bold_of(rpr), size_of(rpr), align_of(ppr), None)


def _fields(s: Style) -> tuple:
    return s.bold, s.size, s.align, s.outline, s.num


def _own_style(el: etree._Element, name: etree._Element | None) -> Style:
    """Return the properties a style element sets itself (None where it sets nothing)."""
    rpr, ppr = el.find(W + "rPr"), el.find(W + "pPr")
    outline = outline_of(ppr)
    heading = re.fullmatch(r"heading (\d)", (name.get(VAL) or "").lower()) if name is not None else None
    if outline is None and heading:
        outline = int(heading.group(1))
    return Style(bold_of(rpr), size_of(rpr), align_of(ppr), outline, num_pr(ppr))
