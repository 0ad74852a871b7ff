"""Find calendar points (7月底, 2020年2月, 5月下旬, 2020.7.31) and resolve them to ISO dates.

A point is written with optional year, a month, and either a day or a part of the month;
`point(tag)` returns its pattern with group names ending in `tag`, so that a range can hold
two points; `resolve` turns the captured groups into a date at the start or end of the point.
"""
from __future__ import annotations

import calendar
from datetime import date

import regex as re

from .numbers import small_int

# parts of a month: first and last day each covers
PARTS = {
    "上旬": (1, 10), "初": (1, 10),
    "中旬": (11, 20),
    "下旬": (21, 31), "底": (31, 31), "末": (31, 31),
}


CN_MONTH = "十[一二]|[一二三四五六七八九十]"  # 一月 … 十二月
CN_DAY = "[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"  # 一日 … 三十一日


def point(tag: str, bare_month: bool = False, bare_day: bool = False) -> str:
    """Return the verbose pattern of one calendar point whose groups are named y/m/d/p + `tag`."""
    month_mark = r"(?:\s*月份?)?" if bare_month else r"\s*月份?"
    day_only = rf"|(?P<d{tag}>\d{{1,2}})\s*[日号]" if bare_day else ""
    return rf"""
        (?:
            (?P<y{tag}>\d{{4}})[./-](?P<m{tag}>\d{{1,2}})[./-](?P<d{tag}>\d{{1,2}})(?!\d)   # 2020.7.31, 2020-07-31
          | (?:(?P<y{tag}>\d{{4}}|[〇零○一二三四五六七八九]{{4}})\s*年\s*)?                   # 2020年, 二〇二〇年
            (?<![\d一二三四五六七八九十])(?P<m{tag}>\d{{1,2}}|{CN_MONTH}){month_mark}        # 7月, 十二月
            (?:\s*(?P<d{tag}>\d{{1,2}}|{CN_DAY})\s*[日号]                                   # 31日, 三十一日
              |\s*(?P<p{tag}>底|末|初|上旬|中旬|下旬))?                                       # 月底, 下旬
          {day_only}                                                                       # 15日 (range end)
        )
    """


def resolve(m: re.Match, tag: str, year: int | None, edge: str,
            month: int | None = None) -> date | None:
    """Return the first (edge="start") or last (edge="end") day of the point `tag` in `m`."""
    y = small_int(m.group(f"y{tag}")) if m.group(f"y{tag}") else year
    mo = small_int(m.group(f"m{tag}")) if m.group(f"m{tag}") else month
    if y is None or mo is None or not 1 <= mo <= 12:
        return None
    last = calendar.monthrange(y, mo)[1]
    if m.group(f"d{tag}"):
        day = small_int(m.group(f"d{tag}"))
    else:
        first, final = PARTS.get(m.group(f"p{tag}") or "", (1, 31))
        day = first if edge == "start" else final
    return date(y, mo, min(day, last)) if day >= 1 else None


def iso(d: date | None) -> str | None:
    """Return `d` as YYYY-MM-DD, or None."""
    return d.isoformat() if d else None
