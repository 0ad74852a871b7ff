"""Attachments: the 附件 list under the body and the labelled attachment pages."""
from __future__ import annotations


from ..record import Attachment
from .context import Context
from .pattern_cache import cached_re

LIST_HEAD = cached_re(r"^附\s*件\s*[：:]\s*(?P<rest>.*)$")  # 附件：1.xxx  or  附件：xxx
ITEM = cached_re(r"^(?P<n>\d{1,2})\s*[.、．]\s*(?P<title>.+)$")  # 2.xxx on the following lines
LABEL = cached_re(r"^附\s*件\s*(?P<n>\d{1,2})\s*$")  # 附件2 alone on its line, heading its page


def extract(ctx: Context) -> list[Attachment]:
    """Return the attachments, numbered as the 附件 list and the attachment pages name them."""
    lines = _lines(ctx)
    found: dict[str, Attachment] = {}
    for i, (pos, line) in enumerate(lines):
        head = LIST_HEAD.match(line)
        if head:
            _read_list(head.group("rest"), lines, i + 1, found)
        label = LABEL.match(line)
        if label:
            key = f"附件{label.group('n')}"
            title = lines[i + 1][1] if i + 1 < len(lines) else None
            att = found.setdefault(key, Attachment(key, title, pos))
            att.title = att.title or title
    return list(found.values())


def _lines(ctx: Context) -> list[tuple[int, str]]:
    out = []
    s = ctx.text.string
    for block in ctx.text.paragraphs():
        pos = block.start
        for line in s[block.start:block.end].split("\n"):
            if line.strip():
                out.append((pos, line.strip()))
            pos += len(line) + 1
    return out


def _read_list(rest: str, lines: list[tuple[int, str]], nxt: int, found: dict[str, Attachment]) -> None:
    """Read `附件：1.xxx` and the numbered lines from lines[nxt] on, or a single unnumbered attachment."""
    pos = lines[nxt - 1][0]
    if not rest:
        return
    first = ITEM.match(rest)
    if not first:
        found.setdefault("附件", Attachment("附件", rest.strip(), pos))
        return
    items = [(pos, first)]
    for p, line in (lines[j] for j in range(nxt, len(lines))):  # no copy of the lines per list head
        m = ITEM.match(line)
        if not m or int(m.group("n")) != int(items[-1][1].group("n")) + 1:
            break
        items.append((p, m))
    for p, m in items:
        found.setdefault(f"附件{m.group('n')}", Attachment(f"附件{m.group('n')}", m.group("title").strip(), p))
