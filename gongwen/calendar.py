"""Expand recurring duties into real dates on China's official working-day calendar (调休 included)."""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from .duties import Duty, duties, sentence
from .record import Deadline


@dataclass(frozen=True)
class Due:
    """One dated entry of a notice's schedule: which duty, on which day, from which notice."""

    date: date
    kind: str
    quote: str  # the words that give the date
    task: str | None
    recurrence: str | None = None
    notice: str = ""  # the notice's 文号, else its title
    key: str = ""  # the duty, the same for each of its occurrences
    time: str | None = None  # HH:MM where the text gives an hour
    sentence: str = ""  # the sentence that states the duty


def is_workday(day: date) -> bool:
    """Tell whether `day` is a working day in China, Monday–Friday where the calendar has no data."""
    import chinese_calendar

    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:
        return day.weekday() < 5


def covers(year: int) -> bool:
    """Tell whether the official holiday calendar (with its make-up workdays) is known for `year`."""
    import chinese_calendar

    try:
        chinese_calendar.is_workday(date(year, 1, 1))
    except NotImplementedError:
        return False
    return True


def nth_workday(year: int, month: int, n: int) -> date:
    """Return the n-th working day of a month (每月第4个工作日)."""
    day, seen = date(year, month, 1), 0
    while True:
        if is_workday(day):
            seen += 1
            if seen == n:
                return day
        day += timedelta(days=1)


def month_end(year: int, month: int) -> date:
    """Return the last day of a month (月底)."""
    return date(year, month, calendar.monthrange(year, month)[1])


def _monthly(rule: dict, year: int) -> list[date]:
    """Return one date a month: the n-th working day, a fixed day, or the month's end."""
    if "workday" in rule:
        return [nth_workday(year, m, rule["workday"]) for m in range(1, 13)]
    if "day" in rule:
        return [min(date(year, m, 1) + timedelta(days=rule["day"] - 1), month_end(year, m)) for m in range(1, 13)]
    return [month_end(year, m) for m in range(1, 13)]


def _weekly(rule: dict, year: int) -> list[date]:
    """Return every given weekday of the year (Friday when the rule names none)."""
    first = date(year, 1, 1)
    day = first + timedelta(days=(rule.get("weekday", 4) - first.weekday()) % 7)
    return [day + timedelta(weeks=i) for i in range(53) if (day + timedelta(weeks=i)).year == year]


def _at_days(*days: int, months: range = range(1, 13)):
    """Return an expander giving fixed days of each month (31 meaning the month's end)."""
    def expand(rule: dict, year: int) -> list[date]:
        return [month_end(year, m) if d == 31 else date(year, m, d) for m in months for d in days]
    return expand


def _quarterly(rule: dict, year: int) -> list[date]:
    """Return one date a quarter: a day of its first or last month (每季度首月10日), else its last day."""
    if "day" not in rule:
        return _at_days(31, months=range(3, 13, 3))(rule, year)
    first = rule.get("month", 3) - 1  # month 1 = the quarter's first month, 3 = its last
    return [min(date(year, q + first, 1) + timedelta(days=rule["day"] - 1), month_end(year, q + first))
            for q in range(1, 13, 3)]


EXPANDERS = {
    "monthly": _monthly,
    "weekly": _weekly,
    "semimonthly": _at_days(15, 31),
    "dekadal": _at_days(10, 20, 31),
    "quarterly": lambda rule, year: _quarterly(rule, year),
    "semiannual": _at_days(31, months=range(6, 13, 6)),
    "yearly": lambda rule, year: [date(year, rule.get("month", 12), rule["day"]) if "day" in rule
                                  else month_end(year, rule.get("month", 12))],
}


def expand(rule: dict, year: int, end: date | None = None) -> list[date]:
    """Return the dates a recurring rule falls on in `year`, within its `from` and `end` bounds."""
    days = EXPANDERS[rule["freq"]](rule, year)
    since = date.fromisoformat(rule["from"]) if "from" in rule else None
    return [d for d in days if (end is None or d <= end) and (since is None or d >= since)]


def between(rule: dict, start: date, end: date) -> list[date]:
    """Return the dates a recurring rule falls on from `start` to `end`, both included."""
    return [d for year in range(start.year, end.year + 1) for d in expand(rule, year, end) if d >= start]


@dataclass(frozen=True)
class Window:
    """The days to list: from `start`; open recurrences end at `end`; `until` (if set) closes every duty."""

    start: date
    end: date
    until: date | None
    why: str  # how `end` was chosen


def parse_day(value: str | None) -> date | None:
    """Return a YYYY-MM-DD option as a date (None when absent); raise ValueError naming the bad value."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a date; write YYYY-MM-DD") from None


def notice_date(record) -> date | None:
    """Return the notice's own date (issue date, else a web page's publish date), never the clock."""
    value = record.meta.issue_date or record.meta.publish_date
    return date.fromisoformat(value) if value else None


def window(record, since: date | None = None, until: date | None = None, year: int | None = None) -> Window | None:
    """Return the days to list: from --from or the notice's date to --until, the campaign's end or the year's."""
    stated = sorted(date.fromisoformat(v) for d in record.deadlines for v in (d.date, d.end) if v)
    start = since or notice_date(record) or (stated[0] if stated else None)
    if start is None:
        return None
    if year is not None:
        start, until = max(start, date(year, 1, 1)), min(until or date(year, 12, 31), date(year, 12, 31))
    if until is not None:
        return Window(start, until, until, "every duty ends by --until")
    campaign = campaign_end(record)
    if campaign is not None and campaign >= start:
        return Window(start, campaign, None, "duties with no end of their own end with the campaign")
    return Window(start, date(start.year, 12, 31), None, "duties with no end of their own end with the year")


def campaign_end(record) -> date | None:
    """Return the end of the notice's campaign (the 专项行动 period it states), if any."""
    periods = [d for d in record.deadlines if d.kind == "period" and d.end]
    named = [d for d in periods if record.meta.action_period and d.quote == record.meta.action_period]
    pick = named or periods
    return max(date.fromisoformat(d.end) for d in pick) if pick else None


def schedule(deadlines: list[Deadline], span: Window, notice: str = "", text: str = "") -> list[Due]:
    """Return every dated entry of `span`, one per occurrence of each duty, each named after its notice."""
    out: list[Due] = []
    for duty in duties(deadlines):
        said = sentence(text, duty.spans[0]) or duty.quote
        for day in occurrences(duty, span):
            out.append(Due(day, duty.kind, duty.quote, duty.task, duty.recurrence, notice, duty.key, duty.time, said))
    return sorted(out, key=lambda e: (e.date, e.time or "", e.key))


def occurrences(duty: Duty, span: Window) -> list[date]:
    """Return a duty's days from the window's start to --until, else its stated end, else the window's end."""
    if duty.rule:
        stop = span.until or (date.fromisoformat(duty.end) if duty.end else span.end)
        return between(duty.rule, span.start, stop)
    if duty.day is None or duty.day < span.start:
        return []
    return [duty.day] if span.until is None or duty.day <= span.until else []
