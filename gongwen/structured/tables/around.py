"""Read what surrounds a table in the body: its title above, its attachment label, its notes below."""
from __future__ import annotations


from ...document import Block, Paragraph, Table
from .grid import clean
from ..pattern_cache import cached_re

LABEL = cached_re(r"^附件\s*[0-9０-９一二三四五六七八九十]+\s*[:：]?$")  # a standalone 附件2 line
FOOTER = cached_re(r"(填报人|填表人|联系电话|联系人|填报单位|填报日期|审核人|负责人)\s*[:：]")
EXPLAIN = cached_re(r"^(?:填表说明|说明|注|备注)\s*[:：]\s*")
NUMBERED = cached_re(r"^(?:\d+|[一二三四五六七八九十]+)\s*[、.．]|^[（(]\d+[）)]")
TITLE_MAX = 60  # characters: longer paragraphs are body text, not a table title


def paragraphs_before(blocks: tuple[Block, ...], i: int) -> list[Paragraph]:
    """Return the paragraphs between the previous table and block `i`, nearest first."""
    out = []
    for block in reversed(blocks[:i]):
        if isinstance(block, Table):
            break
        if not block.furniture:
            out.append(block)
    return out


def attachment_label(blocks: tuple[Block, ...], i: int) -> str | None:
    """Return the nearest 附件N label above block `i`, unless it already labels an earlier table."""
    seen_table = False
    for block in reversed(blocks[:i]):
        if isinstance(block, Table):
            seen_table = True
        elif LABEL.match(clean(block.text)):
            label = clean(block.text).rstrip(":：")
            return None if seen_table and title_above(blocks, i) else label
    return None


def title_above(blocks: tuple[Block, ...], i: int) -> str | None:
    """Return the short paragraph just above block `i` that names the table, if any."""
    for para in paragraphs_before(blocks, i)[:3]:
        text = " ".join(para.text.split())
        if LABEL.match(clean(text)) or is_note(text):
            return None
        if len(text) <= TITLE_MAX and not text.endswith(("。", "；", "：", ":")):
            return text
    return None


def is_note(line: str) -> bool:
    """Tell whether a line below a table is a footer field or an explanatory note."""
    line = line.strip()
    return bool(FOOTER.search(line) or EXPLAIN.match(line) or NUMBERED.match(line))


def notes_below(blocks: tuple[Block, ...], i: int) -> tuple[list[str], list[str]]:
    """Return (notes, footer fields) from the paragraphs after block `i`, up to the next table or label."""
    notes: list[str] = []
    fields: list[str] = []
    for block in blocks[i + 1:]:
        if isinstance(block, Table) or LABEL.match(clean(block.text)):
            break
        if block.furniture:
            continue
        lines = [x.strip() for x in block.text.split("\n") if x.strip()]
        if not lines or not is_note(lines[0]):
            break
        for line in lines:
            found = FOOTER.findall(line)
            fields.extend(f for f in found if f not in fields)
            note = EXPLAIN.sub("", line).strip()
            if note and not (found and not FOOTER.sub("", line).strip(" :：_\u3000")):
                notes.append(note)
    return notes, fields
