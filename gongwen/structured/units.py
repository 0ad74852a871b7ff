"""Find who answers for each task: 责任单位 clauses, service-guide fields and task tables, then duties in sentences."""
from __future__ import annotations

import regex

from ..document import Table
from ..record import ResponsibleUnit
from .context import Context
from .cover import Cover
from .pattern_cache import cached
from .text import TextBlock
from .unit_duties import HEADING_STOP, SENTENCE_END, duty_items, slot_items, task_at
from .unit_names import CLOSE, OPEN, ORG_END, as_printed, restore, split

CLAUSE_OPEN = "（(〔"  # the brackets a 责任单位 clause is printed in

# the words that label a list of units, in clauses and as table column headers
UNIT_LABELS = r"""(?:
    (?:牵头|协同|配合)?责任(?:单位|部门)|主责单位      # the units in charge: 牵头责任单位, 协同责任单位
  | (?:项目)?实施(?:单位|主体|机关|机构)|受理(?:部门|单位|机构|机关)|监督(?:部门|单位)   # who carries a service out
  | 办理(?:机构|部门)|承办(?:单位|机构|部门)|责任主体
  | 牵头单位|牵头部门|主办单位                      # the lead
  | 配合单位|配合部门|协办单位|协同单位|参与单位     # those who help
)"""
# a clause naming the units in charge: （责任单位：…）, (牵头单位:…;配合单位:…), or 责任单位：… on its own line
LABEL = cached(rf"(?P<label>{UNIT_LABELS})\s*[：:]\s*", regex.VERBOSE)
# a field of a service guide, its label and value set apart by blanks: 实施主体 临湘市人力资源和社会保障局
SPACED_LABEL = cached(
    rf"""(?:(?<=\A)|(?<=\s))(?P<label>{UNIT_LABELS})[ \t\u3000]+
    (?:(?P<value>[^\s：:，,。；;]+?{ORG_END})(?=\s|\Z)   # the value ends at a blank
      | (?P<value>[^\s：:，,。；;]+?{ORG_END}))           # or at its first organisation word, a line joined to the next""",
    regex.VERBOSE,
)
# a table column holding the units in charge, and one holding the task they answer for
UNIT_COLUMN = cached(rf"^{UNIT_LABELS}$", regex.VERBOSE)
TASK_COLUMN = cached(r"任务|工作|事项|措施|内容")
HEADER_ROWS = 3  # a unit column is looked for in the first rows only
CELL_SEPS = "，,；; \u3000"  # a cell may also put one unit per line (rendered as spaces)
# a label that ends the unit list of a clause: ；完成时限：…
OTHER_LABEL = cached(r"[，,；;]\s*(?!{UNIT_LABELS})\p{Han}{2,6}\s*[：:]".replace("{UNIT_LABELS}", UNIT_LABELS), regex.VERBOSE)
# the role a label gives, by the word it holds (主责单位 and 主办单位 lead); any other label gives 责任单位
LABEL_ROLES = cached(r"(?P<牵头>牵头|\A主)|(?P<配合>配合|协同|协办|参与)")
MARKED = cached(r"^(?P<name>.+?)[（(]?(?P<role>牵头|配合)[）)]?$")  # 市人社局（牵头） inside a clause
FIRST_LEADS = cached(r"[，,；;]?\s*(?:列|排)(?:在)?(?:第一|首)位的?(?:单位)?为牵头单位[。.]?\s*$")



BLANKS = cached(r"\s+")

def extract(ctx: Context) -> list[ResponsibleUnit]:
    """Return every responsible-unit item of the notice, in order of appearance."""
    clauses = _clause_items(ctx) + _field_items(ctx) + _table_items(ctx)
    taken = Cover((u.span.start, u.span.end) for u in clauses)
    duties = [u for u in duty_items(ctx) if not taken.holds(u.span.start)]
    named: dict[str, list[tuple[int, int]]] = {}  # the ranges of the items that name a unit, by its name
    for u in clauses + duties:
        for n in u.units:
            named.setdefault(n, []).append((u.span.start, u.span.end))
    covers = {n: Cover(ranges) for n, ranges in named.items()}
    slots = [u for u in slot_items(ctx) if not any(n in covers and covers[n].holds(u.span.start) for n in u.units)]
    return sorted(clauses + duties + slots, key=lambda u: u.span.start)


def _clause_items(ctx: Context) -> list[ResponsibleUnit]:
    """Return the items of every 责任单位/牵头单位/配合单位 clause."""
    s = ctx.text.string
    items: list[ResponsibleUnit] = []
    pos = 0
    for m in LABEL.finditer(s):
        if m.start() < pos:
            continue
        bounds = _clause_bounds(s, m.start())
        if bounds is None:
            continue
        start, end = bounds
        pos = end
        quote, task = s[start:end], task_at(ctx, start)
        span = ctx.text.span(start, end)
        body_end = end - 1 if s[start] in CLAUSE_OPEN and s[end - 1] in CLOSE else end
        for role, units in _clause_units(s[m.start() : body_end]):
            items.append(ResponsibleUnit(quote, units, role, span, task, as_printed(units, quote)))
    return items


def _field_items(ctx: Context) -> list[ResponsibleUnit]:
    """Return the items of guide fields set apart by blanks: 实施主体 临湘市人力资源和社会保障局."""
    s, items = ctx.text.string, []
    for m in SPACED_LABEL.finditer(s):
        span = ctx.text.span(m.start(), m.end())
        items.append(ResponsibleUnit(m.group(), [m["value"]], _label_role(m["label"]), span, task_at(ctx, m.start())))
    return items


def _table_items(ctx: Context) -> list[ResponsibleUnit]:
    """Return the items of every task table with a 责任单位/牵头单位/配合单位 column, one per row and column."""
    items: list[ResponsibleUnit] = []
    for block in ctx.text.blocks:
        if block.kind == "table":
            items += _table_rows(ctx, block)
    return items


def _table_rows(ctx: Context, block: TextBlock) -> list[ResponsibleUnit]:
    """Return the items of one table, read under its first header row that names a unit column."""
    grid = block.block.grid() if isinstance(block.block, Table) else []  # a block of kind "table" holds a Table
    for h, header in enumerate(grid[:HEADER_ROWS]):
        columns = {c: _label_role(label) for c, label in enumerate(map(_squash, header)) if UNIT_COLUMN.match(label)}
        if columns:
            break
    else:
        return []
    task_column = next((c for c, label in enumerate(header) if TASK_COLUMN.search(label)), None)
    items = []
    for r in range(h + 1, len(grid)):
        starts = _cell_starts(grid[r], block.rows[r][0])
        task = _first_part(grid[r][task_column]) if task_column is not None else None
        for c, role in columns.items():
            cell = grid[r][c].replace("\n", " ")
            if not cell.strip():
                continue
            span = ctx.text.span(starts[c], starts[c] + len(cell))
            for role_, names in _by_role(_named(cell, role, CELL_SEPS)):
                items.append(ResponsibleUnit(cell, names, role_, span, task or task_at(ctx, starts[c])))
    return items


def _cell_starts(row: list[str], start: int) -> list[int]:
    """Return where each cell of a tab-rendered table row starts in the text."""
    starts = []
    for cell in row:
        starts.append(start)
        start += len(cell) + 1
    return starts


def _squash(s: str) -> str:
    """Return `s` without any whitespace (header cells are often spaced out: 责 任 单 位)."""
    return BLANKS.sub("", s)


def _first_part(s: str) -> str | None:
    """Return the first phrase of a task cell, up to its first stop."""
    head = HEADING_STOP.split(s.replace("\n", " ").strip(), maxsplit=1)[0]
    return head or None


def _clause_bounds(s: str, label: int) -> tuple[int, int] | None:
    """Return (start, end) of the clause whose label is at `label`: the brackets, or the rest of the line."""
    j = label
    while j > 0 and s[j - 1] in " \u3000":
        j -= 1
    if j > 0 and s[j - 1] in CLAUSE_OPEN:
        end = _closing(s, j - 1)
        if end:
            return j - 1, end
    if j == 0 or s[j - 1] in "\n。；;" + CLAUSE_OPEN:  # a bracket cut off by the end of the page runs to the line end
        stop = SENTENCE_END.search(s, label)
        return label, stop.start() if stop and s[stop.start()] in "\n。" else len(s)
    return None


def _closing(s: str, i: int) -> int | None:
    """Return the index after the bracket that closes the one at `i`, nested brackets skipped."""
    depth = 0
    for j in range(i, len(s)):
        if s[j] in OPEN:
            depth += 1
        elif s[j] in CLOSE:
            depth -= 1
            if depth == 0:
                return j + 1
        elif s[j] == "\n":
            return None
    return None


def _clause_units(body: str) -> list[tuple[str, list[str]]]:
    """Return (role, units) pairs of a clause body such as 牵头单位：A；配合单位：B、C."""
    body = OTHER_LABEL.split(body, maxsplit=1)[0]
    first_leads = bool(FIRST_LEADS.search(body))
    body = FIRST_LEADS.sub("", body)
    labels = list(LABEL.finditer(body))
    named = []
    for k, m in enumerate(labels):
        stop = labels[k + 1].start() if k + 1 < len(labels) else len(body)
        named += _named(body[m.end() : stop], _label_role(m["label"]))
    return _by_role(named, first_leads)


def _label_role(label: str) -> str:
    """Return the role a unit label gives: 牵头单位 leads, 配合单位 and 协同责任单位 help, others answer."""
    m = LABEL_ROLES.search(label)
    return m.lastgroup if m and m.lastgroup else "责任单位"


def _named(units: str, role: str, seps: str = "，,；;") -> list[tuple[str, str]]:
    """Return (role, name) for each unit of a list: groups cut at `seps`, names at 、."""
    return [pair for group in split(units, seps) for pair in _marked(split(group, "、"), role)]


def _by_role(named: list[tuple[str, str]], first_leads: bool = False) -> list[tuple[str, list[str]]]:
    """Group names by role in order of first appearance; a 列第一位的为牵头单位 note makes the first one lead."""
    roles: dict[str, list[str]] = {}
    for i, (role, name) in enumerate(named):
        roles.setdefault("牵头" if first_leads and i == 0 else role, []).append(name)
    return list(roles.items())


def _marked(names: list[str], role: str) -> list[tuple[str, str]]:
    """Return (role, name) for each name of a group, a 市人社局（牵头） mark overriding the label's role."""
    marks = [MARKED.match(n) for n in names]
    bare = restore([m["name"] if m else n for m, n in zip(marks, names)])
    return [(m["role"] if m else role, n) for m, n in zip(marks, bare)]




















