"""What every deadline builder shares: the notice's own date, and a match quoted as a Deadline with its task."""
from __future__ import annotations

import calendar
import re
from datetime import date

from ..record import Deadline
from .context import Context
from .dates import iso
from .marks import first_of, last_of
from .pattern_cache import cached

# the clause after an eligibility window defines who qualifies: …招用的， / …就业的贫困劳动力，
QUALIFIES = cached(r"""
    的(?:[\u4e00-\u9fff、]{0,10}(?:劳动力|人员|群众|企业|单位|部门|项目|个人|对象|人口|者|户|家庭|机构|主体))?$
""", re.VERBOSE)

# what opens a clause but belongs to no task: list numbers (2、), particles (请, 并于, 将)
LEAD = cached(r"""
    ^(?:\d+[、.．]\s*                                  # 2、
      |[一二三四五六七八九十]+、\s*                      # 三、
      |[（(][一二三四五六七八九十\d]+[）)]\s*)?         # （二）
    (?:请|并|将|要|于|在)*                              # particles
""", re.VERBOSE)

# the verb that introduces a listed duty (实行“旬报告…”) is no part of its task
LISTED_LEAD = cached(r"(?:实行|建立|落实)?$")

CLAUSE_END = "，,。；;：:\n"


def quoted(ctx: Context, m: re.Match, kind: str, start: date | None = None,
          end: date | None = None, stop: int | None = None, **extra) -> Deadline:
    """Return a Deadline quoting m (up to `stop` when a bound extends it) with its task."""
    a, b = m.start(), stop or m.end()
    while ctx.text.string[a].isspace():
        a += 1
    duty = m.start("what") if "what" in m.re.groupindex else m.end()
    return Deadline(quote=ctx.text.string[a:b], kind=kind, span=ctx.text.span(a, b),
                    date=iso(start), end=iso(end), task=task_of(ctx.text.string, a, duty), **extra)


def noticed(ctx: Context) -> date | None:
    """Return the notice's own date: its issue date, else its publish date when meta has one."""
    day = ctx.meta.issue_date or getattr(ctx.meta, "publish_date", None)
    try:
        return date.fromisoformat(day) if day else None
    except ValueError:
        return None


def year_of(ctx: Context) -> int | None:
    """Return the year dates resolve with: the notice's own date's, else the year meta infers."""
    day = noticed(ctx)
    return day.year if day else ctx.meta.year


def later(day: date, years: int) -> date:
    """Return the same day `years` later (the month's last day when it has fewer days)."""
    y = day.year + years
    return date(y, day.month, min(day.day, calendar.monthrange(y, day.month)[1]))


def month_last(year: int, month: int) -> date:
    """Return the last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def qualifies(s: str, pos: int) -> bool:
    """Tell whether the clause after `pos` defines who qualifies (招用的, …就业的贫困劳动力)."""
    stop = first_of(s, CLAUSE_END, pos) % (len(s) + 1)  # the end of the text when no mark follows
    return bool(QUALIFIES.search(s[pos:stop].strip()))


def task_of(s: str, start: int, end: int) -> str | None:
    """Return the clause a time expression governs, without the expression itself."""
    a = last_of(s, CLAUSE_END, 0, start) + 1
    opening = s.rfind("“", a, start)
    if opening >= 0 and "”" not in s[opening:start]:  # 实行“旬报告、月排队”: the subject, then the duty
        return LISTED_LEAD.sub("", s[a:opening]) + s[start:clause_end(s, end, "、”")]
    head = s[a:start].rstrip()
    head = head[:-1] if head.endswith(("在", "于", "自", "从")) else head  # 由县人社局在5个工作日内完成审核
    task = LEAD.sub("", (head + s[end:clause_end(s, end)]).strip(" \t，,：:（("))
    b = clause_end(s, end)
    if not task and s[a - 1:a] in "：:":  # 申报时间：3月1日至3月31日
        task = LEAD.sub("", s[last_of(s, CLAUSE_END, 0, a - 1) + 1:a - 1].strip())
    if not task or (task.endswith("的") and s[b:b + 1] in "，,"):  # 7月底前，相关县要… / …招用的，标准提高至…
        task = (task + "，" if task else "") + LEAD.sub("", s[b + 1:clause_end(s, b + 1)].strip())
    return task or None


def clause_end(s: str, pos: int, marks: str = "，,。；;\n") -> int:
    """Return the index of the first clause mark at or after `pos` outside brackets."""
    depth = 0
    for i in range(pos, len(s)):
        if s[i] in "（(":
            depth += 1
        elif s[i] in "）)" and depth:
            depth -= 1
        elif s[i] in marks and (depth == 0 or s[i] in "。\n"):
            return i
    return len(s)


def in_brackets(s: str, pos: int) -> bool:
    """Tell whether `pos` lies inside a bracket opened earlier in its clause."""
    a = last_of(s, "，,。；;\n", 0, pos)
    opened = max(s.rfind(c, a + 1, pos) for c in "（(")
    return opened > max(s.rfind(c, a + 1, pos) for c in "）)")
