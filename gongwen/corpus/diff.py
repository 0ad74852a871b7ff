"""Tell what changed between two notices: instrument by instrument, in deadlines and in duties."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from ..record import Amount, Deadline, Record
from .compare import describe, instrument_order, row_of

FIELDS = ("value", "per", "bound", "tier", "condition")


@dataclass
class Change:
    """One difference: what it concerns, how it changed (added, removed, changed), the old and new text."""

    section: str  # amounts | deadlines | duties
    subject: str  # the instrument, the deadline's kind and task, the duty's role
    change: str  # added | removed | changed
    old: str | None = None
    new: str | None = None
    fields: list[str] = field(default_factory=list)  # for a changed figure: which of value, per, bound, tier, condition


def diff(a: Record, b: Record) -> list[Change]:
    """Return every change from notice `a` to notice `b`: amounts, then deadlines, then duties."""
    return [*amount_changes(a.amounts, b.amounts), *deadline_changes(a.deadlines, b.deadlines), *duty_changes(a, b)]


def amount_changes(old: list[Amount], new: list[Amount]) -> list[Change]:
    """Return the changed, added and removed figures of each instrument, figures paired by tier, then per, then alone."""
    changes = []
    order = {name: i for i, name in enumerate(instrument_order())}
    for row in sorted({row_of(x) for x in old + new}, key=lambda r: order.get(r, len(order))):
        a = _unique([x for x in old if row_of(x) == row])
        b = _unique([x for x in new if row_of(x) == row])
        same = {_facts(x) for x in a} & {_facts(x) for x in b}
        a = [x for x in a if _facts(x) not in same]
        b = [x for x in b if _facts(x) not in same]
        for x, y in _pairs(a, b):
            if x is None or y is None:
                changes.append(Change("amounts", row, "added" if x is None else "removed",
                                      describe(x) if x else None, describe(y) if y else None))
            else:
                moved = [f for f in FIELDS if getattr(x, f) != getattr(y, f)]
                changes.append(Change("amounts", row, "changed", _with_condition(x), _with_condition(y), moved))
    return changes


def _facts(a: Amount) -> tuple:
    return (a.value, tuple(a.per), a.bound, a.tier, a.condition)


def _unique(amounts: list[Amount]) -> list[Amount]:
    """Return the figures once each (a notice restating a figure states it once)."""
    seen, out = set(), []
    for a in amounts:
        if _facts(a) not in seen:
            seen.add(_facts(a))
            out.append(a)
    return out


def _pairs(a: list[Amount], b: list[Amount]) -> list[tuple[Amount | None, Amount | None]]:
    """Pair old and new figures of one instrument: same tier and per, same tier, same per (untiered), a lone pair."""
    pairs = []
    for same in (lambda x, y: (x.tier, x.per) == (y.tier, y.per), lambda x, y: x.tier is not None and x.tier == y.tier,
                 lambda x, y: x.tier is None is y.tier and x.per == y.per):
        for x in list(a):
            y = next((y for y in b if same(x, y)), None)
            if y is not None:
                pairs.append((x, y))
                a.remove(x)
                b.remove(y)
    if len(a) == len(b) == 1 and a[0].tier == b[0].tier:  # one figure each, on the same tier: the same provision
        pairs.append((a.pop(), b.pop()))
    return pairs + [(x, None) for x in a] + [(None, y) for y in b]


def _with_condition(a: Amount) -> str:
    return f"{describe(a)} 条件：{a.condition}" if a.condition else describe(a)


def deadline_changes(old: list[Deadline], new: list[Deadline]) -> list[Change]:
    """Return the deadlines added, removed, or changed (same kind and task, other date, end, recurrence or duration)."""
    a, b = {_deadline(d) for d in old}, {_deadline(d) for d in new}
    gone, came = sorted(a - b, key=str), sorted(b - a, key=str)
    changes = []
    for x in list(gone):
        y = next((y for y in came if y[:2] == x[:2] and x[1]), None)
        if y is not None:
            changes.append(Change("deadlines", _subject(x), "changed", _when(x), _when(y),
                                  [n for n, i in (("date", 2), ("end", 3), ("recurrence", 4), ("duration", 5)) if x[i] != y[i]]))
            gone.remove(x)
            came.remove(y)
    changes += [Change("deadlines", _subject(x), "removed", _when(x), None) for x in gone]
    changes += [Change("deadlines", _subject(y), "added", None, _when(y)) for y in came]
    return changes


def _deadline(d: Deadline) -> tuple:
    return (d.kind, "".join((d.task or "").split()), d.date or "", d.end or "", d.recurrence or "", d.duration or "")


def _subject(d: tuple) -> str:
    return f"{d[0]}：{d[1]}" if d[1] else d[0]


def _when(d: tuple) -> str:
    kind, _, date, end, recurrence, duration = d
    return recurrence or duration or (f"{date}—{end}" if end else date) or kind


def duty_changes(a: Record, b: Record) -> list[Change]:
    """Return the units added to or dropped from each duty role (牵头, 配合, 责任单位, 分工)."""
    old, new = _units(a), _units(b)
    changes = []
    for role in sorted(set(old) | set(new)):
        changes += [Change("duties", role, "removed", u, None) for u in sorted(old.get(role, set()) - new.get(role, set()))]
        changes += [Change("duties", role, "added", None, u) for u in sorted(new.get(role, set()) - old.get(role, set()))]
    return changes


def _units(r: Record) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for duty in r.responsible_units:
        out.setdefault(duty.role, set()).update(duty.units)
    return out


def to_text(changes: list[Change], a_label: str, b_label: str) -> str:
    """Return the changes as lines a researcher reads: section headings, then '+', '-' and '~' lines."""
    lines = [f"A: {a_label}", f"B: {b_label}"]
    titles = {"amounts": "金额（按政策工具）", "deadlines": "时限", "duties": "责任分工"}
    for section, title in titles.items():
        mine = [c for c in changes if c.section == section]
        lines.append(f"\n{title}：{'无变化' if not mine else f'{len(mine)} 处变化'}")
        for c in mine:
            if c.change == "changed":
                lines.append(f"  ~ {c.subject}：{c.old} → {c.new}  [{', '.join(c.fields)}]")
            else:
                lines.append(f"  {'+' if c.change == 'added' else '-'} {c.subject}：{c.new or c.old}")
    return "\n".join(lines) + "\n"


def to_json(changes: list[Change], a_label: str, b_label: str) -> str:
    """Return the changes as JSON: the two notices and a list of changes."""
    return json.dumps({"a": a_label, "b": b_label, "changes": [asdict(c) for c in changes]}, ensure_ascii=False, indent=2) + "\n"
