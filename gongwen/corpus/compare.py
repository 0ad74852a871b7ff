"""Compare notices: which instrument pays how much in which group (province, city, notice or year), every figure sourced."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from ..record import Amount
from .identity import Notice
from .quote import sentence

OTHER = "（未归类）"  # row of figures whose instrument could not be named
CONDITIONS = "资格条件（门槛金额，非补贴标准）"  # row of 条件 figures: who qualifies, not what is paid
EMPTY = "—"
BOUND_MARK = {"max": "≤", "min": "≥", "exact": ""}
GROUPINGS = ("province", "city", "notice", "year")
UNKNOWN = {"province": "（省份不明）", "city": "（地市不明）", "year": "（年份不明）"}


@dataclass
class Figure:
    """One figure of one notice as the matrix shows it, with the sentence it was read from."""

    id: str  # S1, S2 … : the anchor of its source entry
    notice: Notice
    row: str
    column: str
    text: str  # ≤800元/人（省外）
    amount: Amount
    sentence: str | None


@dataclass
class Matrix:
    """Rows are instruments (conditions last), columns are groups, cells hold the figures of each notice."""

    by: str = "province"
    columns: list[str] = field(default_factory=list)
    rows: list[str] = field(default_factory=list)
    members: dict[str, list[Notice]] = field(default_factory=dict)  # column -> its notices
    cells: dict[tuple[str, str], list[Figure]] = field(default_factory=dict)
    figures: list[Figure] = field(default_factory=list)
    files: int = 0

    def entries(self, row: str, col: str) -> list[tuple[Notice, list[Figure]]]:
        """Return the figures of one cell by notice, in the column's notice order, each figure text once per notice."""
        out: dict[str, tuple[Notice, list[Figure]]] = {}
        for f in self.cells.get((row, col), []):
            notice, figs = out.setdefault(f.notice.id, (f.notice, []))
            if all(g.text != f.text for g in figs):
                figs.append(f)
        return list(out.values())

    def labelled(self) -> bool:
        """Return whether cells name their notice (not when each column is one notice)."""
        return self.by != "notice"

    def cell(self, row: str, col: str) -> str:
        """Return the text of one cell: a line per notice (label：figures), or — when none mentions the row."""
        lines = []
        for notice, figs in self.entries(row, col):
            text = "；".join(f.text for f in figs)
            lines.append(f"{notice.label}：{text}" if self.labelled() else text)
        return "\n".join(lines) or EMPTY

    def table(self) -> list[list[str]]:
        """Return the matrix as rows of strings, a header row first."""
        return [["政策工具", *self.columns]] + [[r, *(self.cell(r, c) for c in self.columns)] for r in self.rows]

    def notices(self) -> list[Notice]:
        """Return every notice of the matrix once, in column order."""
        return [n for col in self.columns for n in self.members[col]]


def build(notices: list[Notice], by: str = "province", files: int | None = None) -> Matrix:
    """Return the matrix of the amounts of `notices` grouped `by`, instruments in the vocabulary's order."""
    m = Matrix(by=by, files=files if files is not None else sum(len(n.sources) for n in notices))
    names = column_names(notices, by)
    for notice in sorted(notices, key=lambda n: (n.date or "9999", n.label)):
        m.members.setdefault(names[notice.id], []).append(notice)
    m.columns = sorted(m.members, key=lambda c: column_key(c, m.members[c], by))
    for col in m.columns:
        for notice in m.members[col]:
            seen: set[tuple[str, str]] = set()
            for a in notice.record.amounts:
                row = row_of(a)
                if (row, describe(a)) in seen:  # the same figure restated in the same notice: listed and sourced once
                    continue
                seen.add((row, describe(a)))
                fig = Figure(f"S{len(m.figures) + 1}", notice, row, col, describe(a), a, sentence(notice.record, a.span, a.quote))
                m.figures.append(fig)
                m.cells.setdefault((row, col), []).append(fig)
    used = {row for row, _ in m.cells}
    m.rows = [name for name in instrument_order() if name in used] + sorted(used - set(instrument_order()))
    return m


def row_of(a: Amount) -> str:
    """Return the matrix row of a figure: its instrument, the conditions row, or the unnamed row."""
    if a.category == condition_name():
        return CONDITIONS
    return a.category or OTHER


def column_names(notices: list[Notice], by: str) -> dict[str, str]:
    """Return the column of each notice id when grouping `by`; notices get unique dated names."""
    if by == "notice":
        names: dict[str, str] = {}
        for n in notices:
            name = n.dated_label
            names[n.id] = name if name not in names.values() else f"{name} [{n.id}]"
        return names
    return {n.id: group_of(n, by) for n in notices}


def group_of(notice: Notice, by: str) -> str:
    """Return the group of one notice: its province, city (the province's own level as 省级), or year."""
    m = notice.record.meta
    if by == "province":
        return m.province or UNKNOWN[by]
    if by == "city":
        if m.city:
            return m.city
        return f"{m.province}（省级）" if m.province and m.level == "province" else UNKNOWN[by]
    return str(m.year) if m.year else UNKNOWN[by]


def column_key(col: str, members: list[Notice], by: str) -> tuple:
    """Return the sort key of a column: unknown groups last, places by division code, notices by date."""
    unknown = col in UNKNOWN.values()
    if by == "notice":
        return (members[0].date or "9999", col)
    if by == "year":
        return (unknown, col)
    codes = [n.record.meta.adcode or "999999" for n in members]
    width = 2 if by == "province" else 4
    return (unknown, min(c[:width] for c in codes), col)


def describe(a: Amount) -> str:
    """Return one figure as a researcher reads it: ≤800元/人（省外）; a condition with what it bounds."""
    per = "/" + "/".join(a.per) if a.per else ""
    tier = f"（{a.tier}）" if a.tier else ""
    total = "合计" if a.aggregate else ""
    text = f"{total}{BOUND_MARK.get(a.bound, '')}{_yuan(a.value)}{per}{tier}"
    if a.category == condition_name() and a.beneficiary:
        return f"{text}（{''.join(a.beneficiary.split())}）"
    return text


def _yuan(value: float) -> str:
    if value >= 100_000_000 and value % 1_000_000 == 0:
        return f"{value / 100_000_000:g}亿元"
    if value >= 10_000 and value % 100 == 0:
        return f"{value / 10_000:g}万元"
    return f"{value:g}元"


@cache
def _vocabulary() -> dict:
    return json.loads(resources.files("gongwen.data").joinpath("categories.json").read_text("utf-8"))


def condition_name() -> str:
    """Return the category name of eligibility conditions (条件)."""
    return _vocabulary()["condition"]


def instrument_order() -> list[str]:
    """Return the row order: the vocabulary's instruments, the unnamed row, then the conditions."""
    return [c["name"] for c in _vocabulary()["categories"]] + [OTHER, CONDITIONS]


def render(m: Matrix, fmt: str) -> str:
    """Return the matrix as csv or md text (html: see report_html)."""
    rows = m.table()
    if fmt == "csv":
        out = io.StringIO()
        csv.writer(out).writerows(rows)
        return out.getvalue()
    if fmt == "html":
        from .report_html import html

        return html(m)
    lines = ["| " + " | ".join(x.replace("\n", "<br>").replace("|", "\\|") for x in r) + " |" for r in rows]
    lines.insert(1, "|" + " --- |" * len(rows[0]))
    return "\n".join(lines) + "\n" + _md_sources(m)


def _md_sources(m: Matrix) -> str:
    """Return the notices of the matrix as a Markdown list: label, date, title, files."""
    lines = ["", "来源："]
    for n in m.notices():
        lines.append(f"- {n.dated_label} {n.record.meta.title or ''}：{'；'.join(n.sources)}")
    return "\n".join(lines) + "\n"
