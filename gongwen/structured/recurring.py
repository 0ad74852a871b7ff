"""Find duties that repeat (每月5日前, 季后5日前, 每周五, 按月上报, 实行月报表) and when they stop."""
from __future__ import annotations

import calendar
import re

from ..record import Deadline
from .context import Context
from .cover import Latest
from .dates import PARTS, point, resolve
from .pattern_cache import cached
from .timing import quoted, year_of

WEEKDAYS = "一二三四五六日天"

# recurring duties, each with a frequency word
FREQ = {"月": "monthly", "半月": "semimonthly", "半个月": "semimonthly", "旬": "dekadal",
        "季": "quarterly", "季度": "quarterly", "周": "weekly", "年": "yearly", "年度": "yearly",
        "半年": "semiannual"}
FREQ_WORD = r"半个?月|半年|旬|月|季度?|周|年度?"

WORKDAY = cached(r"""
    (?<!人)每月\s*第\s*(?P<n>\d{1,2})\s*个\s*工作日(?:日)?\s*(?:之前|以前|前)?   # 每月第4个工作日前
""", re.VERBOSE)

MONTH_DAY = cached(r"""
    (?<!人)每月\s*(?:(?P<d1>\d{1,2})\s*[日号]?\s*(?:至|到|[-—–－~～])\s*)?       # 每月10-14日
    (?P<d>\d{1,2})\s*[日号]\s*(?:之前|以前|前)?                                # 每月3日前
""", re.VERBOSE)

# a day counted from the end of each month or quarter: 季后5日前, 每月结束后10日内
AFTER_EACH = cached(r"""
    (?<![一二三四\d第个])每?\s*(?P<f>季度?|月)(?:结束)?后\s*(?P<d>\d{1,2})\s*[日天]\s*(?:之前|以前|前|内)
""", re.VERBOSE)

# a periodic report labelled with its due day: 年报:1月5日前, 月报：次月5日前
REPORT = cached(r"""
    (?P<f>年|月)度?报表?\s*[:：]\s*(?:于|在)?\s*(?:次年|次月|下月)?\s*
    (?:(?P<m>\d{1,2})\s*月\s*)?(?P<d>\d{1,2})\s*[日号]\s*(?:之前|以前|前)
""", re.VERBOSE)

YEARLY = cached(r"""
    每年\s*(?P<m>\d{1,2})\s*月\s*
    (?:(?P<d>\d{1,2})\s*[日号]                                    # 每年12月20日前
      |(?P<end>底|末)                                             # 每年11月底前
      |(?P<part>上旬|中旬|下旬))                                   # 每年11月上旬
    \s*(?:之前|以前|前)?
""", re.VERBOSE)

QUARTER_DAY = cached(r"""
    每(?:个)?季度\s*(?:的)?\s*(?P<which>首|第一个?|末|最后一个?)\s*月\s*  # 每季度首月, 每季度末月
    (?P<d>\d{1,2})\s*[日号]\s*(?:之前|以前|前)?                          # 10日前
""", re.VERBOSE)

WEEKLY = cached(rf"""
    (?<!人)每周\s*(?:星期|周)?\s*(?P<w>[{WEEKDAYS}])                           # 每周星期五, 每周五
    (?:\s*(?P<noon>上午|中午|下午|晚上))?                                       # 上午
    (?:\s*(?P<h>\d{{1,2}})\s*(?:点|时|[:：]00))?                                # 12点
    (?:\s*下班)?\s*(?:之前|以前|前)?                                             # 下班前
""", re.VERBOSE)

EVERY = cached(rf"""
    (?<![人户])每\s*(?P<f>{FREQ_WORD})(?:末|底|初)?                             # 每半月, 每季度末; not 每人每月
    (?P<what>(?:[^，。；\n\d]{{0,8}}?|对[^，。；\n\d]{{1,12}}?进行)                 # 每季度对各县市工作情况进行通报
             (?:一次(?!性)|报送|上报|报告|汇总|通报|调度|统计|更新|会商|督导))   # not 一次性补贴
""", re.VERBOSE)

BY_PERIOD = cached(rf"""
    按\s*(?P<f>{FREQ_WORD})\s*(?:[（(][^）)\n]{{1,8}}[）)])?\s*                 # 按季度(或半年)
    (?P<what>(?:向[^，。；;\n]{{1,16}}?)?                                        # 向所在地人社部门
             (?:上报|报送|报告|通报|调度|汇总|统计|申请|申报|申领|发放))           # 按月上报; not 按月用工
""", re.VERBOSE)

LISTED = cached(r"""
    (?:(?<=[“"「『、，,（(])|(?<=实行)|(?<=建立)|(?<=落实))                      # “旬报告、月排队…季调度”
    (?P<f>旬|月|季|周)(?P<what>报告|报表|排队|调度|通报|会商|例会|研判)
""", re.VERBOSE)

# a recurring duty bounded by a date later in its sentence: 报送至12月底
UNTIL = cached(rf"(?:报送|上报|持续|延续|截止)?至\s*{point('')}", re.VERBOSE)

# a sentence that opens inside a period named before: 专项行动期间，各县区要于每周五前报送…
DURING = cached(r"[^，,。；;\n\d]{0,12}期间[，,]")


def workday(ctx: Context, m: re.Match) -> Deadline:
    """Build a monthly duty due by the n-th working day (每月第4个工作日前)."""
    n = int(m.group("n"))
    return _recurring(ctx, m, f"每月第{n}个工作日前", {"freq": "monthly", "workday": n})


def month_day(ctx: Context, m: re.Match) -> Deadline:
    """Build a monthly duty due by a day of the month (每月3日前)."""
    d = int(m.group("d"))
    if m.group("d1"):  # 每月10-14日: a window each month, due by its last day
        first = int(m.group("d1"))
        return _recurring(ctx, m, f"每月{first}日至{d}日", {"freq": "monthly", "day": d, "first_day": first})
    return _recurring(ctx, m, f"每月{d}日前", {"freq": "monthly", "day": d})


def after_each(ctx: Context, m: re.Match) -> Deadline:
    """Build a duty due some days after each month or quarter ends (季后5日前)."""
    d = int(m.group("d"))
    if m.group("f") == "月":
        return _recurring(ctx, m, f"每月后{d}日前", {"freq": "monthly", "day": d})
    return _recurring(ctx, m, f"每季后{d}日前", {"freq": "quarterly", "month": 1, "day": d})


def report(ctx: Context, m: re.Match) -> Deadline | None:
    """Build a periodic report's due day (年报:1月5日前, 月报:次月5日前)."""
    d = int(m.group("d"))
    if m.group("f") == "月":
        return _recurring(ctx, m, f"每月{d}日前", {"freq": "monthly", "day": d})
    if not m.group("m"):
        return None
    mo = int(m.group("m"))
    return _recurring(ctx, m, f"每年{mo}月{d}日前", {"freq": "yearly", "month": mo, "day": d})


def yearly(ctx: Context, m: re.Match) -> Deadline:
    """Build a yearly duty due by a day of the year (每年12月20日前) or by a month's end (每年11月底前)."""
    mo = int(m.group("m"))
    if m.group("end"):
        return _recurring(ctx, m, f"每年{mo}月底前", {"freq": "yearly", "month": mo})
    if m.group("part"):  # 每年11月上旬: due by the part's last day
        last = min(PARTS[m.group("part")][1], calendar.monthrange(2001, mo)[1])
        return _recurring(ctx, m, f"每年{mo}月{m.group('part')}", {"freq": "yearly", "month": mo, "day": last})
    d = int(m.group("d"))
    return _recurring(ctx, m, f"每年{mo}月{d}日前", {"freq": "yearly", "month": mo, "day": d})


def quarter_day(ctx: Context, m: re.Match) -> Deadline:
    """Build a quarterly duty due by a day of the quarter's first or last month (每季度首月10日前)."""
    month = 3 if m.group("which").startswith(("末", "最后")) else 1
    d = int(m.group("d"))
    readable = f"每季度{'末' if month == 3 else '首'}月{d}日前"
    return _recurring(ctx, m, readable, {"freq": "quarterly", "month": month, "day": d})


def weekly(ctx: Context, m: re.Match) -> Deadline:
    """Build a weekly duty due on a weekday, maybe by an hour (每周星期五上午12点前)."""
    weekday = WEEKDAYS.index(m.group("w"))
    rule: dict = {"freq": "weekly", "weekday": min(weekday, 6)}
    readable = f"每周星期{m.group('w')}"
    if m.group("h"):
        hour = int(m.group("h")) + (12 if m.group("noon") in ("下午", "晚上") and int(m.group("h")) < 12 else 0)
        rule["time"] = f"{hour:02d}:00"
        readable += f"{hour}点"
    return _recurring(ctx, m, readable + "前", rule)


def every(ctx: Context, m: re.Match) -> Deadline:
    """Build a duty repeated at a frequency (每半月汇总一次, 按月上报, 旬报告)."""
    f = m.group("f")
    return _recurring(ctx, m, f"每{f}{m.group('what')}", {"freq": FREQ[f]})


def _recurring(ctx: Context, m: re.Match, readable: str, rule: dict) -> Deadline:
    """Return a recurring Deadline, bounded when its sentence says until when (报送至12月底)."""
    bound = UNTIL.search(ctx.text.string, m.end(), ctx.text.sentence(m.end())[1])
    end = resolve(bound, "", year_of(ctx), "end") if bound else None
    stop = bound.end() if bound and end else None
    return quoted(ctx, m, "recurring", end=end, stop=stop, recurrence=readable, rule=rule)


def bound(items: list[Deadline], ctx: Context) -> list[Deadline]:
    """Bound each recurring duty by a start earlier in its sentence and by the campaign it runs in."""
    # 从5月15日起，…每周星期五前: from 15 May; 专项行动期间，…每月3日前: until the period named last ends
    last = None
    starts: Latest[Deadline] = Latest()
    for item in items:
        if item.kind == "period":
            last = item
        if item.kind == "start":
            starts.add(item.span.start, item)
        if item.kind != "recurring":
            continue
        a = ctx.text.sentence(item.span.start)[0]
        since = starts.at_or_after(a)  # the last start before the duty that lies in its sentence or after
        if since and since.date:
            item.rule = {**(item.rule or {}), "from": since.date}
        if not item.end and last and last.end and DURING.match(ctx.text.string, a):
            item.end = last.end
    return items
