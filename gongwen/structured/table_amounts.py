"""Find the money figures of tables whose unit is printed only in a column header (补贴金额(万元))."""
from __future__ import annotations

import re

from ..record import Amount
from . import categories
from .context import Context
from .cover import Containing
from .numbers import scaled
from .text import TextBlock
from .pattern_cache import cached_re

# a header that gives its column's unit: 补贴金额(万元), 标准（元/人）, 资金（亿元）
HEADER_UNIT = cached_re(r"[（(]\s*(?P<mult>[千万亿]?)元\s*(?:[/／]\s*(?P<per>[人户个家月年亩]))?\s*[)）]")
NUMBER = cached_re(r"\d[\d,，]*(?:\.\d+)?")  # a bare figure, the whole cell
TOTAL_ROW = cached_re(r"合计|小计|总计|共计|总额")
HEADER_ROWS = 3  # rows: how deep a header may be


def extract(ctx: Context, generic_ok: frozenset[str]) -> list[Amount]:
    """Return the bare figures under money headers of every table in the text, marked from_table."""
    out: list[Amount] = []
    sections = Containing([(sec.start, sec.end) for sec in ctx.text.sections])
    for block in ctx.text.blocks:
        if block.kind == "table":
            out.extend(_table(ctx, block, generic_ok, sections))
    return out


def _table(ctx: Context, block: TextBlock, generic_ok: frozenset[str], sections: Containing) -> list[Amount]:
    """Return the figures of one table, below its last header row that names a money unit."""
    rows = [_cells(ctx.text.string, start, end) for start, end in block.rows]
    heads = [i for i, row in enumerate(rows[:HEADER_ROWS]) if any(HEADER_UNIT.search(c) for _, c in row)]
    if not heads:
        return []
    units = {k: (m, c) for k, (_, c) in enumerate(rows[heads[-1]]) if (m := HEADER_UNIT.search(c))}
    out = []
    for row in rows[heads[-1] + 1 :]:
        labels = [c.strip() for _, c in row if c.strip() and not NUMBER.fullmatch(c.strip())]
        for k, (m, header) in units.items():
            if k < len(row) and NUMBER.fullmatch(row[k][1].strip()):
                out.append(_amount(ctx, row[k], m, header, labels, generic_ok, sections))
    return out


def _amount(ctx: Context, cell: tuple[int, str], unit: re.Match, header: str, labels: list[str],
            generic_ok: frozenset[str], sections: Containing) -> Amount:
    """Return the Amount of one bare figure in a money column, its row's first label as its case."""
    pos, text = cell
    quote = text.strip()
    start = pos + text.index(quote)
    headings = tuple(ctx.text.sections[k].heading for k in sections.at(start))  # in list order
    around = categories.Around("", header, header, " ".join(labels), "", (*headings, ctx.meta.title or ""), generic_ok)
    total = any(TOTAL_ROW.search(x) for x in labels)
    return Amount(
        quote=quote,
        value=scaled(quote, unit["mult"]),
        span=ctx.text.span(start, start + len(quote)),
        per=[unit["per"]] if unit["per"] else [],
        category=categories.classify(around),
        tier=None if total else _case(labels),
        aggregate=total,
        from_table=True,
    )


def _case(labels: list[str]) -> str | None:
    """Return the first label of a row that names a case, not an instrument (大康镇 | 70: the town)."""
    cues = categories.vocabulary().cues
    return next((x for x in labels if not cues.all(x)), None)


def _cells(s: str, start: int, end: int) -> list[tuple[int, str]]:
    """Return (position, text) of each tab-parted cell of a table row."""
    out, pos = [], start
    for cell in s[start:end].split("\t"):
        out.append((pos, cell))
        pos += len(cell) + 1
    return out
