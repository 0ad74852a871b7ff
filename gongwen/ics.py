"""Write a schedule as an RFC 5545 iCalendar file: stable UIDs, the notice's date as DTSTAMP, CRLF lines folded at 75 octets."""
from __future__ import annotations

import hashlib
from datetime import date, timedelta

from .calendar import Due

TZID = "Asia/Shanghai"
VTIMEZONE = ["BEGIN:VTIMEZONE", f"TZID:{TZID}", "BEGIN:STANDARD", "DTSTART:19700101T000000",
             "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:CST", "END:STANDARD", "END:VTIMEZONE"]


def to_ics(entries: list[Due], source: str, stamp: date | None) -> str:
    """Return the iCalendar text of `entries` from the notice `source`, stamped with the notice's date."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//gongwen//deadlines//ZH", "CALSCALE:GREGORIAN"]
    if any(e.time for e in entries):
        lines += VTIMEZONE
    dtstamp = f"{stamp or date(1970, 1, 1):%Y%m%d}T000000Z"
    for e in entries:
        lines += event(e, source, dtstamp)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def uid(e: Due, source: str) -> str:
    """Return an event's UID: the same for the same duty on the same day of the same notice, run after run."""
    key = f"{source}|{e.key}|{e.date}".encode("utf-8")
    return f"{hashlib.sha1(key).hexdigest()}@gongwen"


def event(e: Due, source: str, dtstamp: str) -> list[str]:
    """Return the lines of one VEVENT: all-day for a date, timed where the text gives an hour."""
    if e.time:
        hh, mm = e.time.split(":")
        when = [f"DTSTART;TZID={TZID}:{e.date:%Y%m%d}T{int(hh):02d}{int(mm):02d}00"]
    else:
        when = [f"DTSTART;VALUE=DATE:{e.date:%Y%m%d}", f"DTEND;VALUE=DATE:{e.date + timedelta(days=1):%Y%m%d}"]
    what = e.task or e.recurrence or e.quote
    return ["BEGIN:VEVENT", f"UID:{uid(e, source)}", f"DTSTAMP:{dtstamp}", *when,
            f"SUMMARY:{escape(f'{what}（{e.notice}）' if e.notice else what)}",
            f"DESCRIPTION:{escape(f'{e.notice}：{e.sentence or e.quote}' if e.notice else e.sentence or e.quote)}",
            "TRANSP:TRANSPARENT", "END:VEVENT"]


def escape(text: str) -> str:
    """Escape a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11)."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line into pieces of at most 75 octets, never inside a UTF-8 character."""
    pieces: list[str] = []
    current, size = "", 0
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
