"""List what else a comparison shows beside the money: deadlines and reporting schedules, campaign periods, targets, duties."""
from __future__ import annotations

from dataclasses import dataclass

from .compare import BOUND_MARK, Matrix
from .identity import Notice

KINDS = {"due": "截止", "recurring": "定期报送", "start": "起始", "period": "期间", "window": "时段", "duration": "时限"}
HEADERS = ("分组", "公文", "类别", "内容", "事项", "原文")


@dataclass
class Section:
    """One further table of a comparison: its title and rows of HEADERS."""

    title: str
    rows: list[tuple[str, str, str, str, str, str]]


def sections(m: Matrix) -> list[Section]:
    """Return the further tables of the matrix: 时限与报送（含行动期）, 目标任务, 责任分工, one row per item per notice."""
    deadlines, targets, duties = [], [], []
    for col in m.columns:
        for n in m.members[col]:
            deadlines += _deadlines(col, n)
            targets += [(col, n.label, t.metric or "", f"{BOUND_MARK.get(t.bound, '')}{t.value:g}{t.unit or ''}",
                         t.region or "", t.quote) for t in n.record.targets]
            duties += [(col, n.label, d.role, "、".join(d.units), d.task or "", d.quote) for d in n.record.responsible_units]
    return [Section("时限与报送", deadlines), Section("目标任务", targets), Section("责任分工", duties)]


def _deadlines(col: str, n: Notice) -> list[tuple[str, str, str, str, str, str]]:
    """Return a notice's campaign period and each of its deadlines, when first."""
    rows = []
    if n.record.meta.action_period:
        rows.append((col, n.label, "行动期", n.record.meta.action_period, "", n.record.meta.action_period))
    for d in n.record.deadlines:
        when = d.recurrence or d.duration or (f"{d.date}—{d.end}" if d.end and d.end != d.date else d.date) or ""
        rows.append((col, n.label, KINDS.get(d.kind, d.kind), when, d.task or "", d.quote))
    return rows
