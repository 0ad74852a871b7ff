"""Check a filled form's numbers against what its own merged header implies, cell by cell."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..document import Cell, Table
from ..errors import Corrupt
from ..record import HeaderNode
from ..structured.tables import grid, header

TOTAL = re.compile(r"^(?:合计|总计|全省|全区|全市)")
NOTE = re.compile(r"^(?:填报|填表|制表|说明|注[：:]|备注|审核)")  # lines under a table, not rows of it
BLANK = re.compile(r"^(?:[-—/／*…]+|\*\*.*)$")  # a dash, slash or placeholder: deliberately no number
SUBSET = "其中"
COUNT_LABEL = re.compile(r"(?:数|数量|人|户|个)$")  # a column of people, households or places: whole numbers
UNCACHED = "open and save the file in Excel or WPS first, so that its formulas carry values, then check again"


@dataclass(frozen=True)
class Finding:
    sheet: str
    cell: str  # A1 reference
    message: str

    def __str__(self) -> str:
        return f"{self.sheet}!{self.cell}: {self.message}"


@dataclass
class Sheet:
    """A filled sheet read as a header tree over rows of values."""

    name: str
    top: int  # 1-based worksheet row of the first data row
    head: int  # 1-based worksheet row of the header's first row
    tree: list[HeaderNode]
    columns: list[str]
    rows: list[list[object]]


def load(path: Path, values: bool = True):
    """Return the workbook at `path` (cached values, or formulas with `values=False`); raise Corrupt if unreadable."""
    from openpyxl import load_workbook

    try:
        return load_workbook(path, data_only=values)
    except Exception as err:  # openpyxl raises many types for a bad file
        raise Corrupt(path, f"not a readable .xlsx workbook ({type(err).__name__}); re-save it from Excel") from None


def check_file(path: Path, forms: list | None = None) -> list[Finding]:
    """Return every finding in every sheet of a filled .xlsx form, against the spec `forms` when given."""
    from .conform import conform

    values, formulas = load(path), load(path, values=False)
    out: list[Finding] = []
    for ws in values.worksheets:
        sheet = read_sheet(ws)
        out += uncached(ws, formulas[ws.title])
        if sheet is not None:
            out += (conform(forms, sheet, ws) if forms else []) + check_sheet(sheet)
    return out


def uncached(values_ws, formulas_ws) -> list[Finding]:
    """Return one finding for a sheet's formula cells that carry no cached value (never calculated)."""
    refs = [c.coordinate for row in formulas_ws.iter_rows() for c in row
            if c.data_type == "f" and values_ws[c.coordinate].value is None]
    if not refs:
        return []
    more = f" and {len(refs) - 1} more" if len(refs) > 1 else ""
    return [Finding(values_ws.title, refs[0], f"formula without a cached value{more}: {UNCACHED}")]


def read_sheet(ws) -> Sheet | None:
    """Return the sheet's header tree and data rows, or None when it holds no table."""
    spans = {(m.min_row, m.min_col): (m.max_row - m.min_row + 1, m.max_col - m.min_col + 1) for m in ws.merged_cells.ranges}
    values = [list(r) for r in ws.iter_rows(values_only=True)]
    n_cols = ws.max_column
    cells = tuple(Cell("" if v is None else str(v), r, c, *spans.get((r + 1, c + 1), (1, 1)))
                  for r, row in enumerate(values) for c, v in enumerate(row) if v is not None or (r + 1, c + 1) in spans)
    table, _ = grid.strip_title_rows(Table(cells, len(values), n_cols))
    skipped = len(values) - table.n_rows
    h = grid.header_rows(table)
    if h == 0 or h >= table.n_rows:
        return None
    tree = header.build(table, h)
    rows = [[None if isinstance(v, str) and not v.strip() else v for v in row] for row in values[skipped + h:]]
    return Sheet(ws.title, skipped + h + 1, skipped + 1, tree, header.leaf_columns(tree, n_cols), _data_rows(rows))


def _data_rows(rows: list[list[object]]) -> list[list[object]]:
    """Return the table's rows, up to the blank row or the 填报人/说明 line that closes it."""
    for k, row in enumerate(rows):
        first = str(row[0]).strip() if row and row[0] is not None else ""
        if all(v is None for v in row) or NOTE.match(first):
            return rows[:k]
    return rows


def number(v: object) -> float | None:
    """Return the number in a cell value (numeric text included), else None."""
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, str) and grid.NUMBER.match(v.strip()) and not v.strip().endswith("%"):
        return float(v.strip())
    return None


def ref(sheet: Sheet, i: int, col: int) -> str:
    """Return the A1 reference of data row `i`, column `col`."""
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(col + 1)}{sheet.top + i}"


def check_sheet(sheet: Sheet) -> list[Finding]:
    """Return the findings of one sheet: non-numbers, 其中 parts, group sums, subtotal rows."""
    numeric = number_columns(sheet)
    out = non_numbers(sheet, numeric) + impossible(sheet, numeric)
    for i in range(len(sheet.rows)):
        out += check_row(sheet, i, sheet.tree)
    out += check_subtotals(sheet, numeric)
    return out


def number_columns(sheet: Sheet) -> set[int]:
    """Return the columns whose filled cells are mostly numbers (serial-number columns excepted)."""
    out = set()
    for c, label in enumerate(sheet.columns):
        filled = [v for row in sheet.rows if c < len(row) and (v := row[c]) is not None]
        nums = sum(number(v) is not None for v in filled)
        if filled and nums * 2 > len(filled) and label != "序号":
            out.add(c)
    return out


def non_numbers(sheet: Sheet, numeric: set[int]) -> list[Finding]:
    """Return a finding for each text value in a number column."""
    return [Finding(sheet.name, ref(sheet, i, c), f"{sheet.columns[c]}: '{row[c]}' is not a number")
            for i, row in enumerate(sheet.rows) for c in sorted(numeric)
            if c < len(row) and row[c] is not None and number(row[c]) is None and not BLANK.match(str(row[c]).strip())]


def impossible(sheet: Sheet, numeric: set[int]) -> list[Finding]:
    """Return a finding for each negative figure, and each fraction in a column of counts (人数, 户)."""
    out = []
    for i, row in enumerate(sheet.rows):
        for c in sorted(numeric):
            v = number(row[c]) if c < len(row) else None
            if v is None:
                continue
            if v < 0:
                out.append(Finding(sheet.name, ref(sheet, i, c), f"{sheet.columns[c]}: {v:g} is negative"))
            elif v != int(v) and COUNT_LABEL.search(sheet.columns[c] or ""):
                out.append(Finding(sheet.name, ref(sheet, i, c), f"{sheet.columns[c]}: {v:g} is not a whole count"))
    return out


def own_column(node: HeaderNode) -> int | None:
    """Return the column a group (or leaf) holds its own figure in, if any."""
    return None if any(k.col == node.col for k in node.children) else node.col


def _value(sheet: Sheet, i: int, col: int | None) -> float | None:
    row = sheet.rows[i]
    return number(row[col]) if col is not None and col < len(row) else None


def check_row(sheet: Sheet, i: int, nodes: list[HeaderNode], parent: HeaderNode | None = None) -> list[Finding]:
    """Return the 其中 and sum findings of data row `i` under `nodes`."""
    out: list[Finding] = []
    prev: HeaderNode | None = None
    for node in nodes:
        if node.label.startswith(SUBSET):
            whole = parent if parent is not None and own_column(parent) is not None else prev
            out += _subset(sheet, i, node, whole, nodes)
        else:
            prev = node
        out += check_row(sheet, i, node.children, node)
    if parent is not None:
        out += _sum(sheet, i, parent, [n for n in nodes if not n.label.startswith(SUBSET)])
    return out


def _subset(sheet: Sheet, i: int, node: HeaderNode, whole: HeaderNode | None, siblings: list[HeaderNode]) -> list[Finding]:
    """Return findings where a 其中 part exceeds what it is part of."""
    pairs = []
    if own_column(node) is not None and whole is not None:
        pairs.append((node, whole))
    for kid in node.children:  # 其中：建档立卡贫困人口 → 户, 人 compared with the 户, 人 beside it
        same = next((s for s in siblings if s.label == kid.label and not s.children), None)
        if same is not None:
            pairs.append((kid, same))
    out = []
    for part, of in pairs:
        a, b = _value(sheet, i, own_column(part)), _value(sheet, i, own_column(of))
        if a is not None and b is not None and a > b:
            out.append(Finding(sheet.name, ref(sheet, i, part.col),
                               f"{node.label}{'/' + part.label if part is not node else ''} ({a:g}) exceeds {of.label} ({b:g})"))
    return out


def _sum(sheet: Sheet, i: int, group: HeaderNode, parts: list[HeaderNode]) -> list[Finding]:
    """Return a finding when a group's own total differs from the sum of its (exhaustive) parts."""
    total = _value(sheet, i, own_column(group))
    values = [_value(sheet, i, own_column(p)) for p in parts]
    if total is None or len(parts) < 2 or any(v is None for v in values):
        return []
    counted = sum(v for v in values if v is not None)
    if abs(counted - total) < 1e-9:
        return []
    return [Finding(sheet.name, ref(sheet, i, group.col),
                    f"{group.label} ({total:g}) differs from the sum of {'+'.join(p.label for p in parts)} ({counted:g})")]


def row_level(sheet: Sheet, row: list[object], labels: list[int]) -> int | None:
    """Return a row's depth: 0 for 合计, else 1 + the position of its leftmost filled label column."""
    texts = [str(row[c]).strip() if c < len(row) and row[c] is not None else "" for c in labels]
    if any(TOTAL.match(t) for t in texts):
        return 0
    return next((k + 1 for k, t in enumerate(texts) if t), None)


def check_subtotals(sheet: Sheet, numeric: set[int]) -> list[Finding]:
    """Return findings where a 合计/city/county row differs from the sum of the rows one level below it."""
    first = min(numeric, default=0)
    labels = [c for c in range(first) if sheet.columns[c] != "序号"]
    levels = [row_level(sheet, row, labels) for row in sheet.rows]
    out = []
    for i, level in enumerate(levels):
        if level is None:
            continue
        block = []
        for j in range(i + 1, len(levels)):
            if (below := levels[j]) is not None and below <= level:
                break
            block.append(j)
        if not block and level == 0:  # a 合计 row closing the table sums the rows above it
            start = max((j for j in range(i) if levels[j] == 0), default=-1) + 1
            block = list(range(start, i))
        depth = min((lv for lv in (levels[j] for j in block) if lv is not None), default=None)
        kids = [j for j in block if levels[j] == depth]
        for c in sorted(numeric) if kids else []:
            total, parts = _value(sheet, i, c), [_value(sheet, j, c) for j in kids]
            counted = sum(p or 0 for p in parts)
            if total is not None and abs(total - counted) > 1e-9:
                where = "above" if kids[0] < i else "below"
                out.append(Finding(sheet.name, ref(sheet, i, c), f"{sheet.columns[c]} ({total:g}) differs from the sum "
                                   f"of its {len(kids)} rows {where} ({counted:g})"))
    return out
