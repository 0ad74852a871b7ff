"""Flatten a corpus into tidy tables: one row per notice, amount, deadline, contact, duty unit, target, site and table."""
from __future__ import annotations

from collections.abc import Iterable

from .identity import Notice
from .quote import sentence

Row = dict[str, object]


def tables(notices: Iterable[Notice]) -> dict[str, list[Row]]:
    """Return the tables of `notices` by name, each a list of rows with the same keys, notices first."""
    out: dict[str, list[Row]] = {name: [] for name in TABLES}
    for notice in notices:
        for name, rows in TABLES.items():
            out[name].extend(rows(notice))
    return out


def _keys(n: Notice) -> Row:
    """Return the columns every item row starts with: the notice's id, province and date."""
    return {"notice_id": n.id, "province": n.record.meta.province, "date": n.date}


def _join(items: Iterable[object]) -> str | None:
    text = "；".join(str(x) for x in items if x)
    return text or None


def notice_rows(n: Notice) -> list[Row]:
    """Return the one row of a notice: where, who, what, when, and all its source files."""
    m = n.record.meta
    return [{"notice_id": n.id, "province": m.province, "city": m.city, "county": m.county, "level": m.level,
             "adcode": m.adcode, "doc_number": m.doc_number, "title": m.title, "doc_type": m.doc_type,
             "issuers": _join(m.issuers), "issue_date": m.issue_date, "publish_date": m.publish_date, "year": m.year,
             "label": n.label, "n_sources": len(n.sources), "sources": _join(n.sources)}]


def amount_rows(n: Notice) -> list[Row]:
    """Return one row per money figure, its value in 元 as a number."""
    return [{**_keys(n), "category": a.category, "value": a.value, "unit": a.unit, "per": _join(a.per) if a.per else None,
             "bound": a.bound, "tier": a.tier, "condition": a.condition, "beneficiary": a.beneficiary,
             "aggregate": int(a.aggregate), "from_table": int(a.from_table), "quote": a.quote,
             "sentence": sentence(n.record, a.span)} for a in n.record.amounts]


def deadline_rows(n: Notice) -> list[Row]:
    """Return one row per deadline, reporting schedule, start or period."""
    return [{**_keys(n), "kind": d.kind, "due": d.date, "end": d.end, "recurrence": d.recurrence,
             "duration": d.duration, "task": d.task, "quote": d.quote,
             "sentence": sentence(n.record, d.span)} for d in n.record.deadlines]


def contact_rows(n: Notice) -> list[Row]:
    """Return one row per contact, phones and e-mails joined."""
    return [{**_keys(n), "unit": c.unit, "name": c.name, "role": c.role,
             "phones": _join(p.normalized for p in c.phones), "emails": _join(c.emails), "quote": c.quote}
            for c in n.record.contacts]


def unit_rows(n: Notice) -> list[Row]:
    """Return one row per unit named for a duty (a duty naming three units gives three rows)."""
    return [{**_keys(n), "unit": unit, "role": r.role, "task": r.task, "quote": r.quote}
            for r in n.record.responsible_units for unit in r.units]


def target_rows(n: Notice) -> list[Row]:
    """Return one row per numeric target, its value as a number."""
    return [{**_keys(n), "metric": t.metric, "value": t.value, "unit": t.unit, "bound": t.bound, "region": t.region,
             "quote": t.quote, "sentence": sentence(n.record, t.span)} for t in n.record.targets]


def site_rows(n: Notice) -> list[Row]:
    """Return one row per listed site (village, workshop, project), counts as numbers."""
    return [{**_keys(n), "seq": s.seq, "name": s.name, "site_province": s.province, "site_city": s.city,
             "site_county": s.county, "adcode": s.adcode, "households": s.households, "persons": s.persons,
             "quote": s.name} for s in n.record.sites]


def table_rows(n: Notice) -> list[Row]:
    """Return one row per table printed in the notice: its kind, size and column headers."""
    return [{**_keys(n), "table": t.index, "kind": t.kind, "title": t.title, "attachment": t.attachment,
             "n_rows": t.n_rows, "n_cols": t.n_cols, "columns": _join(t.columns), "quote": t.title}
            for t in n.record.tables]


KEYS = ("notice_id", "province", "date")
COLUMNS = {
    "notices": ("notice_id", "province", "city", "county", "level", "adcode", "doc_number", "title", "doc_type", "issuers",
                "issue_date", "publish_date", "year", "label", "n_sources", "sources"),
    "amounts": (*KEYS, "category", "value", "unit", "per", "bound", "tier", "condition", "beneficiary", "aggregate",
                "from_table", "quote", "sentence"),
    "deadlines": (*KEYS, "kind", "due", "end", "recurrence", "duration", "task", "quote", "sentence"),
    "contacts": (*KEYS, "unit", "name", "role", "phones", "emails", "quote"),
    "responsible_units": (*KEYS, "unit", "role", "task", "quote"),
    "targets": (*KEYS, "metric", "value", "unit", "bound", "region", "quote", "sentence"),
    "sites": (*KEYS, "seq", "name", "site_province", "site_city", "site_county", "adcode", "households", "persons", "quote"),
    "tables": (*KEYS, "table", "kind", "title", "attachment", "n_rows", "n_cols", "columns", "quote"),
}
TABLES = {"notices": notice_rows, "amounts": amount_rows, "deadlines": deadline_rows, "contacts": contact_rows,
          "responsible_units": unit_rows, "targets": target_rows, "sites": site_rows, "tables": table_rows}
