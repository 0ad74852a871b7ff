"""Find deadlines: due dates, starts, campaign periods, eligibility windows and recurring duties.

Every construction has its own pattern and builder; candidates that overlap are settled by
position, then by the order of `BUILDERS` (a recurring duty beats the date inside it).
"""
from __future__ import annotations

import calendar
from datetime import date

import re

from ..record import Deadline
from .context import Context
from .dates import compile_re, group, iso, point, resolve
from .numbers import small_int

SEP = r"\s*(?:至|到|—{1,2}|–|-|－|~|～)\s*"  # 5月下旬至6月底, 2月到6月, 7月—8月底, 2-6月
BEFORE = r"(?:之前|以前|前)(?!后)"  # 7月底前, 12月底之前; not 前后 (around)

RANGE = compile_re(rf"""
    (?:从|自)?\s*                                  # 从2020年2月到6月底
    (?P<first>{point("1", bare_month=True)})
    {SEP}
    (?P<next>次年|翌年|明年)?                       # 11月至次年3月
    (?P<second>{point("2", bare_day=True)})
    (?P<tail>\s*(?:{BEFORE}|期间|间))?             # …之前 / …期间
""", re.VERBOSE)

START = compile_re(rf"""
    (?:从|自|于)?\s*                               # 从3月1日起, 自5月15日起
    {point("")}
    \s*(?:起|开始)(?![草诉步])                     # not 起草, 起诉
""", re.VERBOSE)

# what may stand between a due day and its 前: a weekday note, an hour
AT = r"""(?:
    \s*[（(]\s*(?:星期|周)[一二三四五六日天]\s*[）)]                          # 7月15日(星期四)前
  | \s*(?:上午|中午|下午|晚上)?\s*\d{1,2}\s*(?:[:：]\s*\d{2}|[点时](?:\s*\d{1,2}\s*分|半)?)  # 17:00, 下午5点
)*"""

DUE = compile_re(rf"""
    (?:
        (?:于|在|截止到?|截至|到)?\s*{point("")}{AT}\s*{BEFORE}   # 于8月25日前, 7月底前, 7月15日(星期四)前
      | 截止(?:到|至)?\s*{point("")}\s*(?:止|为止)?          # 截止到7月31日
      | 截止(?:时间|日期)\s*(?:为|是|[：:])\s*{point("")}     # 截止时间为9月30日
      | 截至\s*{point("")}\s*(?:止|为止)                     # 截至7月31日止; not 截至6月底，全市已…
      | 截至\s*{point("")}(?=\s*[，,]?[^，,。；;\n]{{0,8}}?(?:要|须|应|务必|力争|确保))  # 截至11月底，各县要完成
      | 于\s*{point("")}(?=\s*(?:前|将|把)?[^，。；\n]{{0,12}}(?:报送|上报|报|提交|交))  # 于7月20日报送
    )
""", re.VERBOSE)

YEAR_END = compile_re(r"""
    (?:
        (?<![\d一二三两四五六七八九十几半多个每当度去明前上])  # not 3年内, 当年内, 去年底
        (?:今|本)?年(?:内|底(?:之前|以前|前)?)(?![度])       # 年内, 今年底前
      | (?<!\d)(?P<y>\d{4})\s*年\s*(?:内(?!蒙)|底\s*(?:之前|以前|前))   # 2021年底前, 2022年内; not 2020年内蒙古
    )
""", re.VERBOSE)

# a due date at the end of a quarter or a half-year: 三季度末前, 第一季度内, 上半年内
QUARTER = compile_re(r"""
    (?<![每按])(?:于|在)?\s*                                      # not 每季度末 (a recurring duty)
    (?:(?P<y>\d{4})\s*年\s*|(?:今|本)年)?                          # 2021年三季度
    (?:第?\s*(?P<q>[一二三四1-4])\s*季度?(?=[末底内前之以])          # 三季度, 第一季度, 一季末
      |(?P<h>[上下])半年)                                         # 上半年
    (?:末|底)?\s*(?:之前|以前|前|内)                                # …末前, …内; a bare 上半年 is no deadline
""", re.VERBOSE)
QUARTER_ANCHOR = compile_re(r"季|半年")

# a day of the month the notice is issued in, or of the next: 于本月25日前, 下月5日前
THIS_MONTH = compile_re(r"""
    (?:于|在)?(?P<which>本|下)月\s*(?P<d>\d{1,2})\s*[日号]\s*(?:之前|以前|前)
""", re.VERBOSE)

WEEKDAYS = "一二三四五六日天"

# recurring duties, each with a frequency word
FREQ = {"月": "monthly", "半月": "semimonthly", "半个月": "semimonthly", "旬": "dekadal",
        "季": "quarterly", "季度": "quarterly", "周": "weekly", "年": "yearly", "年度": "yearly",
        "半年": "semiannual"}
FREQ_WORD = r"半个?月|半年|旬|月|季度?|周|年度?"

WORKDAY = compile_re(r"""
    (?<!人)每月\s*第\s*(?P<n>\d{1,2})\s*个\s*工作日(?:日)?\s*(?:之前|以前|前)?   # 每月第4个工作日前
""", re.VERBOSE)

MONTH_DAY = compile_re(r"""
    (?<!人)每月\s*(?P<d>\d{1,2})\s*[日号]\s*(?:之前|以前|前)?                   # 每月3日前
""", re.VERBOSE)

YEARLY = compile_re(r"""
    每年\s*(?P<m>\d{1,2})\s*月\s*
    (?:(?P<d>\d{1,2})\s*[日号]                                    # 每年12月20日前
      |(?P<end>底|末))                                            # 每年11月底前
    \s*(?:之前|以前|前)?
""", re.VERBOSE)

QUARTER_DAY = compile_re(r"""
    每(?:个)?季度\s*(?:的)?\s*(?P<which>首|第一个?|末|最后一个?)\s*月\s*  # 每季度首月, 每季度末月
    (?P<d>\d{1,2})\s*[日号]\s*(?:之前|以前|前)?                          # 10日前
""", re.VERBOSE)

# a period that starts when the notice is issued: 即日起至12月31日, 自即日起到6月底
FROM_TODAY = compile_re(rf"""
    (?:自|从)?即日起\s*(?:至|到)\s*{point("")}(?:\s*(?:止|结束))?
""", re.VERBOSE)

WEEKLY = compile_re(rf"""
    (?<!人)每周\s*(?:星期|周)?\s*(?P<w>[{WEEKDAYS}])                           # 每周星期五, 每周五
    (?:\s*(?P<noon>上午|中午|下午|晚上))?                                       # 上午
    (?:\s*(?P<h>\d{{1,2}})\s*(?:点|时|[:：]00))?                                # 12点
    \s*(?:之前|以前|前)?
""", re.VERBOSE)

EVERY = compile_re(rf"""
    (?<![人户])每\s*(?P<f>{FREQ_WORD})(?:末|底|初)?                             # 每半月, 每季度末; not 每人每月
    (?P<what>(?:[^，。；\n\d]{{0,8}}?|对[^，。；\n\d]{{1,12}}?进行)                 # 每季度对各县市工作情况进行通报
             (?:一次|报送|上报|报告|汇总|通报|调度|统计|更新|会商|督导))
""", re.VERBOSE)

BY_PERIOD = compile_re(rf"""
    按\s*(?P<f>{FREQ_WORD})\s*(?P<what>上报|报送|报告|通报|调度|汇总|统计)      # 按月上报; not 按月用工
""", re.VERBOSE)

LISTED = compile_re(r"""
    (?:(?<=[“"「『、，,（(])|(?<=实行)|(?<=建立)|(?<=落实))                      # “旬报告、月排队…季调度”
    (?P<f>旬|月|季|周)(?P<what>报告|排队|调度|通报|会商|例会|研判)
""", re.VERBOSE)

# a recurring duty bounded by a date later in its sentence: 报送至12月底
UNTIL = compile_re(rf"(?:报送|上报|持续|延续|截止)?至\s*{point('')}", re.VERBOSE)

# the clause after an eligibility window defines who qualifies: …招用的， / …就业的贫困劳动力，
QUALIFIES = compile_re(r"""
    的(?:[\u4e00-\u9fff、]{0,10}(?:劳动力|人员|群众|企业|单位|个人|对象|人口|者|户|家庭|机构|主体))?$
""", re.VERBOSE)

# what opens a clause but belongs to no task: list numbers (2、), particles (请, 并于, 将)
LEAD = compile_re(r"""
    ^(?:\d+[、.．]\s*                                  # 2、
      |[一二三四五六七八九十]+、\s*                      # 三、
      |[（(][一二三四五六七八九十\d]+[）)]\s*)?         # （二）
    (?:请|并|将|要|于)*                                 # particles
""", re.VERBOSE)

# the verb that introduces a listed duty (实行“旬报告…”) is no part of its task
LISTED_LEAD = compile_re(r"(?:实行|建立|落实)?$")

CLAUSE_END = "，,。；;：:\n"

# Speed: RANGE, START and DUE are slow to try at every position of a notice, so they are tried
# only inside runs of the characters their matches can consist of (see `date_runs`).
# every character a RANGE, START or DUE match can consume, besides white space and digits
DATE_CHARS = frozenset("./-年〇零○一二三四五六七八九十月份日号底末初上中下旬从自于在截止到至为次翌明之以前期间起开始—–－~～"
                       "（()）星周天午晚点时分半:：是")  # 7月15日(星期四)前, 17:00前, 截止时间为…
# every RANGE, START or DUE match holds a month or day mark, or the separator of a numeric date
DATE_MARK = compile_re(r"[月日号./\-]")
# how far past its last character a match may look ahead (DUE: 于7月20日 + ≤15 characters + 报送)
LOOKAHEAD = 16


def extract(ctx: Context) -> list[Deadline]:
    """Return every deadline of the notice, in order of appearance."""
    s = ctx.text.string
    runs = date_runs(s)
    found: list[tuple[int, int, int, re.Match]] = []
    for rank, (pattern, _) in enumerate(BUILDERS):
        if pattern in (RANGE, START, DUE):
            matches = _in_runs(pattern, s, runs)
        elif pattern is QUARTER:
            matches = pattern.finditer(s) if QUARTER_ANCHOR.search(s) else ()
        elif pattern is QUARTER_DAY:
            matches = pattern.finditer(s) if "季度" in s else ()
        else:
            matches = pattern.finditer(s)
        for m in matches:
            found.append((m.start(), -(m.end() - m.start()), rank, m))
    found.sort(key=lambda c: (c[0], c[2], c[1]))
    items, taken = [], -1
    for start, _, rank, m in found:
        if start < taken:
            continue
        item = BUILDERS[rank][1](ctx, m)
        if item is not None:
            items.append(item)
            taken = m.end() if item.span.end == m.end() else item.span.end
    return items


def date_runs(s: str) -> list[tuple[int, int]]:
    """Return (start, end) of every maximal run of date characters in `s` that holds a date mark."""
    runs: list[tuple[int, int]] = []
    for mark in DATE_MARK.finditer(s):
        i = mark.start()
        if runs and i < runs[-1][1]:
            continue  # inside the run found last
        a, b = i, i + 1
        while a and _is_date_char(s[a - 1]):
            a -= 1
        while b < len(s) and _is_date_char(s[b]):
            b += 1
        runs.append((a, b))
    return runs


def _is_date_char(c: str) -> bool:
    """Tell whether a date match may consume `c` (a superset of \\s and \\d is fine: runs only grow)."""
    return c in DATE_CHARS or c.isspace() or c.isdecimal()


def _in_runs(pattern: re.Pattern, s: str, runs: list[tuple[int, int]]):
    """Yield the matches `pattern.finditer(s)` would, searching only inside `runs`.

    A match cannot leave the run it starts in, so searching each run (plus LOOKAHEAD characters
    for look-aheads) and dropping matches that start past it finds the same matches.
    """
    for a, b in runs:
        for m in pattern.finditer(s, a, min(len(s), b + LOOKAHEAD)):
            if m.start() >= b:
                break
            yield m


def _item(ctx: Context, m: re.Match, kind: str, start: date | None = None,
          end: date | None = None, stop: int | None = None, **extra) -> Deadline:
    """Return a Deadline quoting m (up to `stop` when a bound extends it) with its task."""
    a, b = m.start(), stop or m.end()
    while ctx.text.string[a].isspace():
        a += 1
    duty = m.start("what") if "what" in m.re.groupindex else m.end()
    return Deadline(quote=ctx.text.string[a:b], kind=kind, span=ctx.text.span(a, b),
                    date=iso(start), end=iso(end), task=task_of(ctx.text.string, a, duty), **extra)


def _this_month(ctx: Context, m: re.Match) -> Deadline:
    """Build a due date in the month of issue or the next one (本月25日前, 下月5日前)."""
    if not ctx.meta.issue_date:
        return _item(ctx, m, "due")
    issued = date.fromisoformat(ctx.meta.issue_date)
    month = issued.month + (m.group("which") == "下")
    year, month = issued.year + (month - 1) // 12, (month - 1) % 12 + 1
    last = calendar.monthrange(year, month)[1]
    day = min(int(m.group("d")), last)
    return _item(ctx, m, "due", date(year, month, day) if day >= 1 else None)  # 本月0日 names no day


def _range(ctx: Context, m: re.Match) -> Deadline | None:
    """Build a period or eligibility window from two points."""
    if not group(m, "m2") and "月" not in m.group("first"):
        return None  # 10-20日: a bare number range, not two calendar points
    year = ctx.meta.year
    start = resolve(m, "1", year, "start")
    y2 = small_int(group(m, "y1")) if group(m, "y1") else year
    month = small_int(group(m, "m1")) if group(m, "m1") else None
    end = resolve(m, "2", y2, "end", month)
    if start and end and not group(m, "y2") and (end < start or m.group("next")):
        end = resolve(m, "2", start.year + 1, "end", month)  # 11月至次年3月, 12月至2月
    kind = "window" if qualifies(ctx.text.string, m.end()) else "period"
    return _item(ctx, m, kind, start, end)


def month_last(year: int, month: int) -> date:
    """Return the last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def _start(ctx: Context, m: re.Match) -> Deadline:
    """Build the start of a duty or policy (从3月1日起)."""
    return _item(ctx, m, "start", resolve(m, "", ctx.meta.year, "start"))


def _due(ctx: Context, m: re.Match) -> Deadline:
    """Build a due date, or a window with no stated start when a 的-clause follows (12月底前招用的)."""
    cutoff = resolve(m, "", ctx.meta.year, "end")
    if qualifies(ctx.text.string, m.end()):
        return _item(ctx, m, "window", cutoff, cutoff)
    return _item(ctx, m, "due", cutoff)


def _year_end(ctx: Context, m: re.Match) -> Deadline:
    """Build a due date at the end of the notice's year (年内, 年底前) or of a stated one (2021年底前)."""
    y = int(m.group("y")) if m.group("y") else ctx.meta.year
    return _item(ctx, m, "due", date(y, 12, 31) if y else None)


def _workday(ctx: Context, m: re.Match) -> Deadline:
    """Build a monthly duty due by the n-th working day (每月第4个工作日前)."""
    n = int(m.group("n"))
    return _recurring(ctx, m, f"每月第{n}个工作日前", {"freq": "monthly", "workday": n})


def _month_day(ctx: Context, m: re.Match) -> Deadline:
    """Build a monthly duty due by a day of the month (每月3日前)."""
    d = int(m.group("d"))
    return _recurring(ctx, m, f"每月{d}日前", {"freq": "monthly", "day": d})


def _yearly(ctx: Context, m: re.Match) -> Deadline:
    """Build a yearly duty due by a day of the year (每年12月20日前) or by a month's end (每年11月底前)."""
    mo = int(m.group("m"))
    if m.group("end"):
        return _recurring(ctx, m, f"每年{mo}月底前", {"freq": "yearly", "month": mo})
    d = int(m.group("d"))
    return _recurring(ctx, m, f"每年{mo}月{d}日前", {"freq": "yearly", "month": mo, "day": d})


def _quarter_day(ctx: Context, m: re.Match) -> Deadline:
    """Build a quarterly duty due by a day of the quarter's first or last month (每季度首月10日前)."""
    month = 3 if m.group("which").startswith(("末", "最后")) else 1
    d = int(m.group("d"))
    readable = f"每季度{'末' if month == 3 else '首'}月{d}日前"
    return _recurring(ctx, m, readable, {"freq": "quarterly", "month": month, "day": d})


def _quarter(ctx: Context, m: re.Match) -> Deadline:
    """Build a due date at the end of a quarter or half-year (三季度末前, 上半年内)."""
    y = int(m.group("y")) if m.group("y") else ctx.meta.year
    last = 3 * small_int(m.group("q")) if m.group("q") else 6 if m.group("h") == "上" else 12
    return _item(ctx, m, "due", month_last(y, last) if y else None)


def _from_today(ctx: Context, m: re.Match) -> Deadline:
    """Build a period from the issue date to a stated end (即日起至12月31日)."""
    issued = date.fromisoformat(ctx.meta.issue_date) if ctx.meta.issue_date else None
    return _item(ctx, m, "period", issued, resolve(m, "", ctx.meta.year, "end"))


def _weekly(ctx: Context, m: re.Match) -> Deadline:
    """Build a weekly duty due on a weekday, maybe by an hour (每周星期五上午12点前)."""
    weekday = WEEKDAYS.index(m.group("w"))
    rule: dict = {"freq": "weekly", "weekday": min(weekday, 6)}
    readable = f"每周星期{m.group('w')}"
    if m.group("h"):
        hour = int(m.group("h")) + (12 if m.group("noon") in ("下午", "晚上") and int(m.group("h")) < 12 else 0)
        rule["time"] = f"{hour:02d}:00"
        readable += f"{hour}点"
    return _recurring(ctx, m, readable + "前", rule)


def _every(ctx: Context, m: re.Match) -> Deadline:
    """Build a duty repeated at a frequency (每半月汇总一次, 按月上报, 旬报告)."""
    f = m.group("f")
    return _recurring(ctx, m, f"每{f}{m.group('what')}", {"freq": FREQ[f]})


def _recurring(ctx: Context, m: re.Match, readable: str, rule: dict) -> Deadline:
    """Return a recurring Deadline, bounded when its sentence says until when (报送至12月底)."""
    s = ctx.text.string
    sentence_start, sentence_end = ctx.text.sentence(m.end())
    bound = UNTIL.search(s, m.end(), sentence_end)
    end = resolve(bound, "", ctx.meta.year, "end") if bound else None
    stop = bound.end() if end else None
    since = START.search(s, sentence_start, m.start())  # 从5月15日起，…每周星期五…前
    if since and resolve(since, "", ctx.meta.year, "start"):
        rule["from"] = iso(resolve(since, "", ctx.meta.year, "start"))
    return _item(ctx, m, "recurring", end=end, stop=stop, recurrence=readable, rule=rule)


def qualifies(s: str, pos: int) -> bool:
    """Tell whether the clause after `pos` defines who qualifies (招用的, …就业的贫困劳动力)."""
    stop = min((i for i in (s.find(c, pos) for c in CLAUSE_END) if i >= 0), default=len(s))
    return bool(QUALIFIES.search(s[pos:stop].strip()))


def task_of(s: str, start: int, end: int) -> str | None:
    """Return the clause a time expression governs, without the expression itself."""
    a = max(s.rfind(c, 0, start) for c in CLAUSE_END) + 1
    opening = s.rfind("“", a, start)
    if opening >= 0 and "”" not in s[opening:start]:  # 实行“旬报告、月排队”: the subject, then the duty
        return LISTED_LEAD.sub("", s[a:opening]) + s[start:_clause_end(s, end, "、”")]
    task = LEAD.sub("", (s[a:start] + s[end:_clause_end(s, end)]).strip(" \t，,：:（("))
    b = _clause_end(s, end)
    if not task and s[a - 1:a] in "：:":  # 申报时间：3月1日至3月31日
        task = LEAD.sub("", s[max(s.rfind(c, 0, a - 1) for c in CLAUSE_END) + 1:a - 1].strip())
    if not task or (task.endswith("的") and s[b:b + 1] in "，,"):  # 7月底前，相关县要… / …招用的，标准提高至…
        task = (task + "，" if task else "") + LEAD.sub("", s[b + 1:_clause_end(s, b + 1)].strip())
    return task or None


def _clause_end(s: str, pos: int, marks: str = "，,。；;\n") -> int:
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


BUILDERS = [
    (THIS_MONTH, _this_month),
    (WORKDAY, _workday),
    (MONTH_DAY, _month_day),
    (YEARLY, _yearly),
    (QUARTER_DAY, _quarter_day),
    (FROM_TODAY, _from_today),
    (WEEKLY, _weekly),
    (EVERY, _every),
    (BY_PERIOD, _every),
    (LISTED, _every),
    (RANGE, _range),
    (START, _start),
    (DUE, _due),
    (YEAR_END, _year_end),
    (QUARTER, _quarter),
]
