"""Write a schedule as an RFC 5545 iCalendar file: all-day VEVENTs, CRLF lines folded at 75 octets."""
from __future__ import annotations

import hashlib
from datetime import datetime, timezone

from .calendar import Due


def to_ics(entries: list[Due], name: str) -> str:
    """Return the iCalendar text of `entries`, one all-day event each, from the notice `name`."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//gongwen//deadlines//ZH", "CALSCALE:GREGORIAN"]
    for e in entries:
        summary = e.task or e.quote
        key = f"{name}|{e.date}|{e.kind}|{e.quote}".encode("utf-8")
        lines += [
            "BEGIN:VEVENT",
            f"UID:{hashlib.sha1(key).hexdigest()}@gongwen",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{e.date:%Y%m%d}",
            f"SUMMARY:{escape(summary)}",
            f"DESCRIPTION:{escape(f'{e.kind}: {e.quote}')}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def escape(text: str) -> str:
    """Escape a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11)."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line into pieces of at most 75 octets, never inside a UTF-8 character."""
    pieces, current, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        limit = 75 if not pieces else 74  # a continuation line starts with one space
        if size + n > limit:
            pieces.append(current)
            current, size = "", 0
        current += ch
        size += n
    pieces.append(current)
    return "\r\n ".join(pieces)
