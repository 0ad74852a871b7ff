"""Find deadlines: due dates, starts, campaign periods, eligibility windows, recurring duties and limits.

Every construction has its own pattern and builder (recurring duties in `recurring`, undated limits in
`limits`); candidates that overlap are settled by position, then by the order of `BUILDERS` (a
recurring duty beats the date inside it).
"""
from __future__ import annotations

import calendar
import re
from datetime import date

import regex

from ..record import Deadline
from . import limits, recurring as rec
from .context import Context
from .dates import group, point, resolve
from .marks import first_of, last_of
from .numbers import small_int
from .pattern_cache import cached
from .timing import clause_end, later, month_last, noticed, qualifies, quoted, year_of

SEP = r"\s*(?:至|到|—{1,2}|–|-|－|~|～)\s*"  # 5月下旬至6月底, 2月到6月, 7月—8月底, 2-6月
BEFORE = r"(?:之前|以前|前)(?!后)"  # 7月底前, 12月底之前; not 前后 (around)

RANGE = cached(rf"""
    (?:从|自)?\s*                                  # 从2020年2月到6月底
    (?P<first>{point("1", bare_month=True)})
    (?:\s*起)?{SEP}                                # 自1月1日起至12月31日止
    (?P<next>次年|翌年|明年)?                       # 11月至次年3月
    (?P<second>{point("2", bare_day=True)})
    (?P<tail>\s*(?:{BEFORE}|期间|间|为?止))?       # …之前 / …期间 / …止
""", re.VERBOSE)

START = cached(rf"""
    (?:从|自|于)?\s*                               # 从3月1日起, 自5月15日起
    {point("")}
    (?:\s*[（(]含[）)])?                           # 2019年1月1日（含）以后
    \s*(?:(?:起|开始)(?![草诉步])                  # not 起草, 起诉
      |(?:以|之)?后(?![续期半]))                   # 2013年10月1日以后登记注册的, 2月10日后
""", re.VERBOSE)

# a year from which something applies: 2020年以后首次创办, 自2022年起; not 2021年起至2025年
YEAR_ON = cached(r"""
    (?:从|自)?(?<!\d)(?P<y>\d{4})\s*年\s*(?:以后|之后|起(?![草诉步]))(?!\s*(?:至|到))   # not 2021年起草
""", re.VERBOSE)

# a start on the day of issue: 即日起 (not 即日起至…, a period), 自印发之日起施行
TODAY_ON = cached(r"""
    (?:(?:自|从)?即日起(?!\s*(?:至|到))
      |(?:自|从)(?:印发|发布|公布|下发|发文)之日起(?:施行|实施|执行|生效)?(?!\s*[\d一二三四五六七八九十两]))  # not …起30日内
""", re.VERBOSE)

# what may stand between a due day and its 前: a weekday note, an hour
AT = r"""(?:
    \s*[（(]\s*(?:星期|周)[一二三四五六日天]\s*[）)]                          # 7月15日(星期四)前
  | \s*(?:上午|中午|下午|晚上)?\s*\d{1,2}\s*(?:[:：]\s*\d{2}|[点时](?:\s*\d{1,2}\s*分|半)?)  # 17:00, 下午5点
  | \s*下班                                                                   # 下班前
)*"""

DUE = cached(rf"""
    (?:
        (?:于|在|截止到?|截至|到)?\s*(?P<next>次年|翌年|明年)?   # 次年2月底前
        {point("")}{AT}\s*{BEFORE}                           # 于8月25日前, 7月底前, 7月15日(星期四)前
      | 截止(?:到|至)?\s*{point("")}\s*(?:止|为止)?          # 截止到7月31日
      | 截止(?:时间|日期)\s*(?:为|是|[：:])\s*{point("")}     # 截止时间为9月30日
      | 截至\s*{point("")}\s*(?:止|为止)                     # 截至7月31日止; not 截至6月底，全市已…
      | 截至\s*{point("")}(?=\s*[，,]?[^，,。；;\n]{{0,8}}?(?:要|须|应|务必|力争|确保))  # 截至11月底，各县要完成
      | 于\s*{point("")}(?=\s*(?:前|将|把)?[^，。；\n]{{0,12}}(?:报送|上报|报|提交|交))  # 于7月20日报送
    )
""", re.VERBOSE)

YEAR_END = cached(r"""
    (?:
        (?<![\d一二三两四五六七八九十几半多个每当度去明前上])  # not 3年内, 当年内, 去年底
        (?:今|本)?年(?:内|底(?:之前|以前|前)?)(?![度])       # 年内, 今年底前
      | (?:今|本)年度内                                   # 本年度内
      | (?<!\d)(?P<y>\d{4})\s*年\s*(?:内(?!蒙)|底\s*(?:之前|以前|前))   # 2021年底前, 2022年内; not 2020年内蒙古
    )
""", re.VERBOSE)

# a due date at the end of a quarter or a half-year: 三季度末前, 第一季度内, 上半年内
QUARTER = cached(r"""
    (?<![每按])(?:于|在)?\s*                                      # not 每季度末 (a recurring duty)
    (?:(?P<y>\d{4})\s*年\s*|(?:今|本)年)?                          # 2021年三季度
    (?:第?\s*(?P<q>[一二三四1-4])\s*季度?(?=[末底内前之以])          # 三季度, 第一季度, 一季末
      |(?P<h>[上下])半年)                                         # 上半年
    (?:末|底)?\s*(?:之前|以前|前|内)                                # …末前, …内; a bare 上半年 is no deadline
""", re.VERBOSE)
QUARTER_ANCHOR = cached(r"季|半年")

# a day of the month the notice is issued in, or of the next: 于本月25日前, 下月5日前
THIS_MONTH = cached(r"""
    (?:于|在)?(?P<which>本|下)月\s*(?P<d>\d{1,2})\s*[日号]\s*(?:之前|以前|前)
""", re.VERBOSE)

# a part of a month in which something happens: 在9月上旬 (a window of ten days)
TEN_DAYS = cached(rf"""
    (?:于|在)\s*{point("")}(?!\s*(?:之前|以前|前|至|到|起|以后|之后|后|[-—–－~～]))
""", re.VERBOSE)

# a period that starts when the notice is issued: 即日起至12月31日, 自即日起到6月底
FROM_TODAY = cached(rf"""
    (?:自|从)?即日起\s*(?:至|到)\s*{point("")}(?:\s*(?:止|结束))?
""", re.VERBOSE)

# how long a policy applies: 执行期限截至2025年12月底, 有效期至2025年12月31日, 执行期限到2025年
POLICY = cached(rf"""
    (?:执行|实施|有效|政策)期限?\s*(?:为|是|[:：])?\s*(?:截至|截止到?|至|到)\s*
    (?:{point("")}|(?P<yy>\d{{4}})\s*年(?:底|末)?)(?:\s*(?:止|为止))?
""", re.VERBOSE)

# a start with no end: 2021年1月1日-长期
LONG_TERM = cached(rf"""
    {point("")}\s*(?:至|到|[-—–－~～])\s*长期(?:有效)?
""", re.VERBOSE)

# what marks a range as the time to apply: a label before it (申报时间：), a verb after it (…常态化开展办理)
APPLY = cached(r"申报|申请|申领|报名|受理|办理")
APPLY_LABEL = cached(r"(?:申报|申请|申领|报名|受理)(?:时间|日期|期限?)\s*(?:为|是|[:：])?\s*(?:从|自)?$")
PAUSE = cached(r"暂停|停止|暂缓")  # …暂停办理 is a period: a service stops

# Speed: RANGE, START and DUE are slow to try at every position of a notice, so they are tried
# only inside runs of the characters their matches can consist of (see `date_runs`).
# every character a RANGE, START or DUE match can consume, besides white space and digits
DATE_CHARS = frozenset("./-年〇零○一二三四五六七八九十月份日号底末初上中下旬从自于在截止到至为次翌明之以前期间起开始—–－~～"
                       "（()）星周天午晚点时分半:：是班后含")  # 7月15日(星期四)前, 17:00前, 截止时间为…, 下班前, 2月10日后
# every RANGE, START or DUE match holds a month or day mark, or the separator of a numeric date
DATE_MARK = cached(r"[月日号./\-]")
# a character each match consumes, besides its point: RANGE its separator, START its 起/开始/后, DUE its
# 前 or its 截止/截至/于; a run without one within the reach of its search (see `_in_runs`) is not searched:
# a header's 2017-08-20 is no start nor due, a list's 2. is no date
RUN_WORDS = {RANGE: frozenset("至到—–-－~～"), START: frozenset("起始后"), DUE: frozenset("前截于")}
# how far past its last character a match may look ahead (DUE: 于7月20日 + ≤15 characters + 报送)
LOOKAHEAD = 16


def extract(ctx: Context) -> list[Deadline]:
    """Return every deadline of the notice, in order of appearance."""
    s = ctx.text.string
    runs = date_runs(s)
    found: list[tuple[int, int, int, re.Match]] = []
    for rank, (pattern, _) in enumerate(BUILDERS):
        if pattern in RUN_WORDS:
            words = RUN_WORDS[pattern]
            matches = _in_runs(pattern, s, [(a, b) for a, b in runs if not words.isdisjoint(s[a:b + LOOKAHEAD])])
        elif pattern in IN_CLAUSE:
            matches = _in_clauses(pattern, s, IN_CLAUSE[pattern])
        elif pattern in NEEDS:
            matches = pattern.finditer(s) if NEEDS[pattern].search(s) else ()
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
    return rec.bound(limits.fold_lengths(items, s), ctx)


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


def _in_runs(pattern: re.Pattern | regex.Pattern, s: str, runs: list[tuple[int, int]]):
    """Yield the matches `pattern.finditer(s)` would, searching only inside `runs`.

    A match cannot leave the run it starts in, so searching each run (plus LOOKAHEAD characters
    for look-aheads) and dropping matches that start past it finds the same matches.
    """
    for a, b in runs:
        for m in pattern.finditer(s, a, min(len(s), b + LOOKAHEAD)):
            if m.start() >= b:
                break
            yield m


def _in_clauses(pattern: re.Pattern | regex.Pattern, s: str, word: str):
    """Yield the matches `pattern.finditer(s)` would, when every match holds `word` and no CLAUSE_STOPS.

    Only the clauses that hold the word are searched, each once and to its end (the stop after it
    decides a look-ahead there as the end of the search does).
    """
    i = s.find(word)
    while i >= 0:
        a = last_of(s, CLAUSE_STOPS, 0, i) + 1
        b = first_of(s, CLAUSE_STOPS, i) % (len(s) + 1)  # the end of the text when no stop follows
        yield from pattern.finditer(s, a, b)
        i = s.find(word, b)


def _this_month(ctx: Context, m: re.Match) -> Deadline:
    """Build a due date in the month of issue or the next one (本月25日前, 下月5日前)."""
    issued = noticed(ctx)
    if not issued:
        return quoted(ctx, m, "due")
    month = issued.month + (m.group("which") == "下")
    year, month = issued.year + (month - 1) // 12, (month - 1) % 12 + 1
    last = calendar.monthrange(year, month)[1]
    day = min(int(m.group("d")), last)
    return quoted(ctx, m, "due", date(year, month, day) if day >= 1 else None)  # 本月0日 names no day


def _range(ctx: Context, m: re.Match) -> Deadline | None:
    """Build a period or eligibility window from two points."""
    if not group(m, "m2") and "月" not in m.group("first"):
        return None  # 10-20日: a bare number range, not two calendar points
    year = year_of(ctx)
    start = resolve(m, "1", year, "start")
    y2 = small_int(v) if (v := group(m, "y1")) else year
    month = small_int(v) if (v := group(m, "m1")) else None
    end = resolve(m, "2", y2, "end", month)
    if start and end and not group(m, "y2") and (end < start or m.group("next")):
        end = resolve(m, "2", start.year + 1, "end", month)  # 11月至次年3月, 12月至2月
    s = ctx.text.string
    total = limits.TOTAL.match(s, m.end())
    item = quoted(ctx, m, "period", start, end, duration=total and (total.group("span") or total.group("total")))
    if qualifies(s, m.end()) or _applies(s, m.start(), m.end()):
        item.kind = "window"
    return item


def _applies(s: str, start: int, end: int) -> bool:
    """Tell whether the range s[start:end] is a time to apply (申报时间：…, …开展办理), not a pause of service."""
    before = s[last_of(s, "，,。；;\n", 0, start) + 1:start]
    after = s[end:clause_end(s, end)]
    return bool(APPLY_LABEL.search(before) or APPLY.search(after) and not PAUSE.search(after))


def _start(ctx: Context, m: re.Match) -> Deadline:
    """Build the start of a duty or policy (从3月1日起)."""
    return quoted(ctx, m, "start", resolve(m, "", year_of(ctx), "start"))


def _year_on(ctx: Context, m: re.Match) -> Deadline:
    """Build the start of a year from which something applies (2020年以后首次创办)."""
    return quoted(ctx, m, "start", date(int(m.group("y")), 1, 1))


def _today_on(ctx: Context, m: re.Match) -> Deadline:
    """Build a start on the day of issue (即日起, 自印发之日起施行)."""
    return quoted(ctx, m, "start", noticed(ctx))


def _ten_days(ctx: Context, m: re.Match) -> Deadline | None:
    """Build the window of a part of a month (在9月上旬); a bare month or day is no window."""
    if not (group(m, "p") or "").endswith("旬"):
        return None
    year = year_of(ctx)
    return quoted(ctx, m, "window", resolve(m, "", year, "start"), resolve(m, "", year, "end"))


def _due(ctx: Context, m: re.Match) -> Deadline:
    """Build a due date, or a window with no stated start when a 的-clause follows (12月底前招用的)."""
    cutoff = resolve(m, "", year_of(ctx), "end")
    if cutoff and m.group("next"):
        cutoff = later(cutoff, 1)  # 次年2月底前
    if qualifies(ctx.text.string, m.end()):
        return quoted(ctx, m, "window", cutoff, cutoff)  # looks back: 6月30日前招用的 keeps its year
    if cutoff and not group(m, "y") and not m.group("next"):
        cutoff = _ahead(ctx, cutoff)
    return quoted(ctx, m, "due", cutoff)


def _ahead(ctx: Context, day: date) -> date:
    """Return a due day printed without a year in the next year when its month precedes the issue month."""
    # only the issue date: a page published weeks later (6月30日前 on a page of 2 July) proves nothing
    issued = noticed(ctx) if ctx.meta.issue_date else None
    if issued and day.year == issued.year and day.month < issued.month:
        return later(day, 1)  # 于1月5日前 in a notice of 31 December
    return day


def _year_end(ctx: Context, m: re.Match) -> Deadline | None:
    """Build a due date at the end of the notice's year (年内, 年底前) or of a stated one (2021年底前)."""
    if qualifies(ctx.text.string, m.end()):
        return None  # 在本年度内未能组织开展表彰项目的主办部门: a condition
    y = int(m.group("y")) if m.group("y") else year_of(ctx)
    return quoted(ctx, m, "due", date(y, 12, 31) if y else None)


def _quarter(ctx: Context, m: re.Match) -> Deadline:
    """Build a due date at the end of a quarter or half-year (三季度末前, 上半年内)."""
    y = int(m.group("y")) if m.group("y") else year_of(ctx)
    last = 3 * small_int(m.group("q")) if m.group("q") else 6 if m.group("h") == "上" else 12
    return quoted(ctx, m, "due", month_last(y, last) if y else None)


def _from_today(ctx: Context, m: re.Match) -> Deadline:
    """Build a period from the issue date to a stated end (即日起至12月31日)."""
    item = quoted(ctx, m, "period", noticed(ctx), resolve(m, "", year_of(ctx), "end"))
    if _applies(ctx.text.string, m.start(), m.end()):
        item.kind = "window"  # 申报时间：即日起至7月31日
    return item


def _policy(ctx: Context, m: re.Match) -> Deadline:
    """Build how long a policy applies (执行期限截至2025年12月底), from the start its sentence prints."""
    end = date(int(m.group("yy")), 12, 31) if m.group("yy") else resolve(m, "", year_of(ctx), "end")
    s = ctx.text.string
    sentence_start = ctx.text.sentence(m.start())[0]
    since = TODAY_ON.search(s, sentence_start, m.start())
    start = noticed(ctx) if since else None
    if not since and (since := START.search(s, sentence_start, m.start())):
        start = resolve(since, "", year_of(ctx), "start")
    return quoted(ctx, m, "period", start, end)


def _long_term(ctx: Context, m: re.Match) -> Deadline:
    """Build a period with a start and no end (2021年1月1日-长期)."""
    return quoted(ctx, m, "period", resolve(m, "", year_of(ctx), "start"))


BUILDERS = [
    (THIS_MONTH, _this_month),
    (rec.REPORT, rec.report),
    (rec.WORKDAY, rec.workday),
    (rec.MONTH_DAY, rec.month_day),
    (rec.AFTER_EACH, rec.after_each),
    (rec.YEARLY, rec.yearly),
    (rec.QUARTER_DAY, rec.quarter_day),
    (FROM_TODAY, _from_today),
    (rec.WEEKLY, rec.weekly),
    (rec.EVERY, rec.every),
    (rec.BY_PERIOD, rec.every),
    (rec.LISTED, rec.every),
    (POLICY, _policy),
    (limits.LIMIT, limits.limit),
    (limits.AFTER, limits.after),
    (limits.WITHIN, limits.within),
    (LONG_TERM, _long_term),
    (RANGE, _range),
    (START, _start),
    (DUE, _due),
    (TEN_DAYS, _ten_days),
    (YEAR_ON, _year_on),
    (TODAY_ON, _today_on),
    (YEAR_END, _year_end),
    (QUARTER, _quarter),
]

# what ends a clause that no match of an IN_CLAUSE pattern reaches across
CLAUSE_STOPS = "，。；;,"
# patterns searched only in the clauses that hold their word: every match of limits.AFTER ends in 内
IN_CLAUSE = {limits.AFTER: "内", limits.WITHIN: "内"}

# a word a notice must hold for a pattern to be worth trying
NEEDS = {
    QUARTER: QUARTER_ANCHOR,
    rec.QUARTER_DAY: cached("季度"),
    LONG_TERM: cached("长期"),
    TEN_DAYS: cached("旬"),
    limits.LIMIT: cached("时限|期限|有效期|公示|周期"),
    YEAR_END: cached(r"年\s*[内底]|年度内"),  # 年内, 2021年 底前, 本年度内
    YEAR_ON: cached(r"年\s*(?:以后|之后|起)"),
    TODAY_ON: cached("日起"),  # 即日起, 印发之日起
    rec.AFTER_EACH: cached("[季度月束]后"),  # 季后, 季度后, 每月后, 月结束后
    rec.LISTED: cached("[旬月季周](?:报告|报表|排队|调度|通报|会商|例会|研判)"),
    THIS_MONTH: cached("[本下]月"),
    rec.WORKDAY: cached("每月"),
    rec.MONTH_DAY: cached("每月"),
    rec.YEARLY: cached("每年"),
    rec.WEEKLY: cached("每周"),
    FROM_TODAY: cached("即日起"),
}
