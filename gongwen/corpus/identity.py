"""Tell when files are one notice: the same notice as TXT, DOCX and PDF, or downloaded twice, counts once."""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..record import Record

FORMAT_RANK = {"txt": 0, "docx": 1, "pdf": 2}  # the record kept for a notice: its cleanest rendering first
NOT_WORDING = re.compile(r"[^\u4e00-\u9fff]")  # page numbers, line breaks, punctuation and print stamps differ by format


@dataclass
class Notice:
    """One notice of a corpus: the record kept for it and every source file that renders it."""

    id: str
    record: Record
    sources: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        """Return the short label of the notice: its 文号, else its issuer and date, else its title."""
        m = self.record.meta
        if m.doc_number:
            return m.doc_number
        issuer = m.issuers[0] if m.issuers else None
        when = m.issue_date or m.publish_date
        if issuer:
            return f"{issuer} {when}" if when else issuer
        title = m.title or self.sources[0].rsplit("/", 1)[-1]
        return f"{title[:24]}…" if len(title) > 25 else title

    @property
    def dated_label(self) -> str:
        """Return the label with the notice's date after it, unless the label holds it already."""
        return f"{self.label}（{self.date}）" if self.date and self.date not in self.label else self.label

    @property
    def date(self) -> str | None:
        """Return the notice's issue date, else its publish date, else its year."""
        m = self.record.meta
        return m.issue_date or m.publish_date or (str(m.year) if m.year else None)


def keys(record: Record) -> list[str]:
    """Return the keys under which two records are the same notice: 文号 with issuer, title with issuer and date, wording."""
    m = record.meta
    issuer = m.issuers[0] if m.issuers else ""
    found = []
    if m.doc_number:
        found.append(f"doc:{m.doc_number}|{issuer}")
    if m.title and issuer and (m.issue_date or m.publish_date):
        found.append(f"meta:{m.title}|{issuer}|{m.issue_date or m.publish_date}")
    wording = NOT_WORDING.sub("", record.text or "")
    if len(wording) >= 50:
        found.append("text:" + hashlib.sha256(wording.encode("utf-8")).hexdigest())
    found.append("file:" + record.source.sha256)
    return found


def group(records: Iterable[Record]) -> list[Notice]:
    """Return the notices of `records` in first-seen order, files sharing any key merged into one."""
    records = list(records)
    parent = list(range(len(records)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[str, int] = {}
    for i, record in enumerate(records):
        for key in keys(record):
            if key in owner:
                parent[root(i)] = root(owner[key])
            else:
                owner[key] = i
    members: dict[int, list[Record]] = {}
    for i, record in enumerate(records):
        members.setdefault(root(i), []).append(record)
    return [_notice(rs) for rs in members.values()]


def _notice(records: list[Record]) -> Notice:
    kept = min(records, key=lambda r: FORMAT_RANK.get(r.source.format, 9))
    sources = list(dict.fromkeys(r.source.path for r in records))
    return Notice(_id(kept), kept, sources)


def _id(record: Record) -> str:
    """Return a stable short id: from the 文号 and issuer when printed, else from the wording."""
    return "N" + hashlib.sha256(keys(record)[0].encode("utf-8")).hexdigest()[:10]
