"""Compare notices: which instrument pays how much where, as an instrument × province matrix."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from html import escape
from importlib import resources
from pathlib import Path

from ..atomic import write_atomic
from ..record import Amount, Record

OTHER = "（未归类）"  # row of figures whose instrument could not be named
BOUND_MARK = {"max": "≤", "min": "≥", "exact": ""}


@dataclass
class Matrix:
    """Rows are instruments, columns are provinces (or notices without one), cells list the figures."""

    columns: list[str] = field(default_factory=list)
    rows: list[str] = field(default_factory=list)
    cells: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    sources: dict[str, list[str]] = field(default_factory=dict)  # column -> notice titles

    def cell(self, row: str, col: str) -> str:
        """Return the text of one cell: its figures joined by semicolons."""
        return "；".join(self.cells.get((row, col), []))

    def table(self) -> list[list[str]]:
        """Return the matrix as rows of strings, a header row first."""
        return [["政策工具", *self.columns]] + [[r, *(self.cell(r, c) for c in self.columns)] for r in self.rows]


def build(records: list[Record]) -> Matrix:
    """Return the matrix of the amounts of `records`, instruments in the vocabulary's order."""
    m = Matrix()
    for record in records:
        col = record.meta.province or record.meta.title or Path(record.source.path).stem
        if col not in m.columns:
            m.columns.append(col)
        m.sources.setdefault(col, []).append(record.meta.title or record.source.path)
        for a in record.amounts:
            m.cells.setdefault((a.category or OTHER, col), []).append(describe(a))
    used = {row for row, _ in m.cells}
    m.rows = [name for name in _instrument_order() if name in used] + sorted(used - set(_instrument_order()))
    return m


def describe(a: Amount) -> str:
    """Return one figure as a researcher reads it: ≤800元/人 (省外)."""
    per = "/" + "/".join(a.per) if a.per else ""
    tier = f"（{a.tier}）" if a.tier else ""
    return f"{BOUND_MARK.get(a.bound, '')}{_yuan(a.value)}{per}{tier}"


def _yuan(value: float) -> str:
    if value >= 100_000_000 and value % 1_000_000 == 0:
        return f"{value / 100_000_000:g}亿元"
    if value >= 10_000 and value % 100 == 0:
        return f"{value / 10_000:g}万元"
    return f"{value:g}元"


def _instrument_order() -> list[str]:
    raw = json.loads(resources.files("gongwen.data").joinpath("categories.json").read_text("utf-8"))
    return [c["name"] for c in raw["categories"]] + [raw["condition"], OTHER]


def render(m: Matrix, fmt: str) -> str:
    """Return the matrix as csv, md or html text."""
    rows = m.table()
    if fmt == "csv":
        out = io.StringIO()
        csv.writer(out).writerows(rows)
        return out.getvalue()
    if fmt == "html":
        head = "".join(f"<th>{escape(x)}</th>" for x in rows[0])
        body = "".join("<tr>" + "".join(f"<td>{escape(x)}</td>" for x in r) + "</tr>" for r in rows[1:])
        return (f'<!doctype html>\n<html lang="zh"><meta charset="utf-8"><title>政策工具对比</title>\n'
                f"<table border=\"1\"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></html>\n")
    lines = ["| " + " | ".join(r) + " |" for r in rows]
    lines.insert(1, "|" + " --- |" * len(rows[0]))
    return "\n".join(lines) + "\n"


def write_xlsx(m: Matrix, path: Path) -> None:
    """Write the matrix as one sheet 政策工具对比 (header frozen, text wrapped), whole or not at all."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "政策工具对比"
    for row in m.table():
        ws.append(row)
    for cell in ws[1]:
        cell.font = Font(name="宋体", bold=True)
    for row in ws.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].width = 18
    for i in range(len(m.columns)):
        ws.column_dimensions[ws.cell(1, i + 2).column_letter].width = 32
    ws.freeze_panes = "B2"
    buf = io.BytesIO()
    wb.save(buf)
    write_atomic(path, buf.getvalue())
