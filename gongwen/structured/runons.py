"""Split a block that a web page's text extraction ran together with blanks into its lines.

Saving a page as text (or pasting it) sometimes joins the page's block elements with a blank instead of a line
break: `…的通知 各乡、镇人民政府：《…》现印发给你们。 2025年5月14日 一、总体目标 …`. Every rule that reads a title,
the recipients, a signature date or a heading expects them on lines of their own. In Chinese text a blank never
separates the words of a sentence, so a blank after a sentence's end, a title's 文种 or a date, before Chinese
text, is read as the line break it stood for — in a block where it happens at least twice (one such blank is a
typing slip, not a run-together page).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..document import Block, Document, Paragraph
from . import runons_head
from .chrome import BULLETS, LABEL, LABEL_END, labels
from .conventions import BODY_OPENING, TITLE_END, TYPE_END
from .pattern_cache import cached_re

# a blank run after an end (sentence, clause before a list, closing bracket, a 文种, a date) and before text
LINE_END_CHARS = "。！？；：:）)”》日通知意见决定方案办法公告通告批复函报告请示细则规定要点清单指南公示"  # _ends_line decides
BREAK = cached_re(rf"(?<=[{LINE_END_CHARS}]) *[ \u3000\xa0]+(?=[\u4e00-\u9fff\d（(“《—])")
# a blank run before a numbered item (1.坚持…, 二、…, （三）…): a heading ends before it whatever its last character
ITEM = cached_re(r"[ \u3000\xa0]+(?=(?:\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[\u4e00-\u9fff])")
DATE_END = cached_re(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})日$")
RUN_ON = 60  # characters: shorter lines are headings, labels, table-like chrome rows
BREAKS = 2  # blanks that must stand for line breaks before a block is split
BLANK = cached_re(r"[ \u3000\xa0]+")
# the end of a breadcrumb (首页>部门>政策文件), of a cell of a page's layout table (首页 | | …) or of a row of
# page controls (【字体: 】 打印, 保存为word 打印 关闭) before text
CRUMB_END = cached_re(r"(?:[>＞»]\s*[^\s>＞»|｜]{1,16}){2}$|[|｜]\s+[|｜]+$|(?:^|[\s】])(?:打印|关闭|分享到?|收藏)$")
TAIL = 80  # characters before a blank that can hold its 文种 and bracketed suffixes, or its date


def split(doc: Document) -> Document:
    """Return `doc` with every run-together paragraph split into one paragraph per line it stood for."""
    out: list[Block] = []
    changed = False
    for block in doc.blocks:
        pieces = _pieces(block.text) if isinstance(block, Paragraph) and "\n" not in block.text else None
        if isinstance(block, Paragraph) and pieces:
            out += [replace(block, text=piece) for piece in pieces]
            changed = True
        else:
            out.append(block)
    return replace(doc, blocks=tuple(out)) if changed else doc


def _pieces(text: str) -> list[str] | None:
    """Return the lines `text` stood for, or None when it is not a run-together block."""
    blanks = list(BLANK.finditer(text))
    fields = [m for m in blanks if _opens_field(text, m.end())]
    if len(text) < RUN_ON and not fields:
        return None
    # cuts that a page's chrome or a 公文's head makes certain: one is enough to split a block
    sure = fields + [m for m in blanks if _ends_crumb(text, m) or _ends_headline(text, m)] + runons_head.cuts(text, blanks)
    cuts = sorted([m for m in BREAK.finditer(text) if _ends_line(text[max(0, m.start() - TAIL) : m.start()])]
                  + list(ITEM.finditer(text)) + sure, key=lambda m: m.start())
    cuts = [m for i, m in enumerate(cuts) if not i or m.start() >= cuts[i - 1].end()]
    field_at = {m.start() for m in fields}
    pieces, start, certain = [], 0, False
    for m in cuts:
        before = text[start : m.start()]
        if m in fields and not _headline(before):
            continue  # 索引号: 1133… 公开方式: 主动公开, 2023-09-01 15:45 信息来源:…: one byline goes on
        if m not in fields and _next_blank(blanks, m) in field_at and labels(before.strip(BULLETS + " ")):
            continue  # 分类: 行业扶贫; 通知 发文机关:…: a value runs on to the next label
        pieces.append(before.rstrip(BULLETS + " ") if m in fields else before)
        start, certain = m.end(), certain or m in sure
    if len(pieces) < BREAKS and not (certain and pieces):
        return None
    pieces.append(text[start:])
    return [p for p in pieces if p.strip()]


def _next_blank(blanks: list[re.Match], m: re.Match) -> int | None:
    """Return where the first blank after the cut `m` starts."""
    return next((b.start() for b in blanks if b.start() >= m.end()), None)


def _ends_line(before: str) -> bool:
    """Tell whether the text before a blank (its last TAIL characters: the end patterns are anchored there, so a
    long run-on block is not searched from its start at every blank) ends a line: a sentence or bracket, a title's
    文种, or a date."""
    last = before[-1]
    if last in "：:" and LABEL_END.search(before):
        return False  # 索引号: 1133… ⏎ 公开方式: 主动公开: the label's value follows its blank
    if last in "。！？；：:）)”》":
        return True
    return bool(TYPE_END.search(before) or DATE_END.search(before))


def _opens_field(text: str, pos: int) -> bool:
    """Tell whether a web page's labelled field (来源:…, 发布时间:…, 索引号:…) begins at `pos`: a byline or an
    index table is a line of its own, never the tail of a title or a sentence."""
    m = LABEL.match(text, pos)
    return bool(m and m.group("sep")) and not LABEL_END.search(text[max(0, pos - 12) : pos].rstrip())


def _ends_crumb(text: str, m) -> bool:
    """Tell whether a blank ends a breadcrumb, a page-table cell or a row of controls, before Chinese text: the
    page's chrome stands on its own line above the notice."""
    before = text[max(0, m.start() - 40) : m.start()]
    return m.end() < len(text) and "\u4e00" <= text[m.end()] <= "\u9fff" and bool(CRUMB_END.search(before))


def _ends_headline(text: str, m) -> bool:
    """Tell whether a blank ends a title or a page's headline (…的公示, …工作要点) before the body's opening
    words (根据…, 为…): a title stands on its own line."""
    return bool(BODY_OPENING.match(text[m.end() : m.end() + 4])) and bool(TITLE_END.search(text[max(0, m.start() - TAIL) : m.start()]))


def _headline(text: str) -> bool:
    """Tell whether the text before a labelled field is a headline of its own (公益性岗位补贴申领 作者:…), not a
    field of the same byline (索引号: 1133…), its date (2023-09-01 15:45) or a bullet."""
    return bool(re.search(r"[\u4e00-\u9fff]", text)) and not labels(text.strip(BULLETS + " "))
