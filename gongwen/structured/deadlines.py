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
from .dates import PARTS, compile_re, group, iso, point, resolve
from .numbers import small_int

SEP = r"\s*(?:至|到|—{1,2}|–|-|－|~|～)\s*"  # 5月下旬至6月底, 2月到6月, 7月—8月底, 2-6月
BEFORE = r"(?:之前|以前|前)(?!后)"  # 7月底前, 12月底之前; not 前后 (around)

RANGE = compile_re(rf"""
    (?:从|自)?\s*                                  # 从2020年2月到6月底
    (?P<first>{point("1", bare_month=True)})
    (?:\s*起)?{SEP}                                # 自1月1日起至12月31日止
    (?P<next>次年|翌年|明年)?                       # 11月至次年3月
    (?P<second>{point("2", bare_day=True)})
    (?P<tail>\s*(?:{BEFORE}|期间|间|为?止))?       # …之前 / …期间 / …止
""", re.VERBOSE)

START = compile_re(rf"""
    (?:从|自|于)?\s*                               # 从3月1日起, 自5月15日起
    {point("")}
    \s*(?:(?:起|开始)(?![草诉步])                  # not 起草, 起诉
      |(?:以|之)?后(?![续期半]))                   # 2013年10月1日以后登记注册的, 2月10日后
""", re.VERBOSE)

# a year from which something applies: 2020年以后首次创办, 自2022年起; not 2021年起至2025年
YEAR_ON = compile_re(r"""
    (?:从|自)?(?<!\d)(?P<y>\d{4})\s*年\s*(?:以后|之后|起)(?!\s*(?:至|到))
""", re.VERBOSE)

# a start on the day of issue: 即日起 (not 即日起至…, a period), 自印发之日起施行
TODAY_ON = compile_re(r"""
    (?:(?:自|从)?即日起(?!\s*(?:至|到))
      |(?:自|从)(?:印发|发布|公布|下发|发文)之日起(?:施行|实施|执行|生效)?)
""", re.VERBOSE)

# what may stand between a due day and its 前: a weekday note, an hour
AT = r"""(?:
    \s*[（(]\s*(?:星期|周)[一二三四五六日天]\s*[）)]                          # 7月15日(星期四)前
  | \s*(?:上午|中午|下午|晚上)?\s*\d{1,2}\s*(?:[:：]\s*\d{2}|[点时](?:\s*\d{1,2}\s*分|半)?)  # 17:00, 下午5点
  | \s*下班                                                                   # 下班前
)*"""

DUE = compile_re(rf"""
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

YEAR_END = compile_re(r"""
    (?:
        (?<![\d一二三两四五六七八九十几半多个每当度去明前上])  # not 3年内, 当年内, 去年底
        (?:今|本)?年(?:内|底(?:之前|以前|前)?)(?![度])       # 年内, 今年底前
      | (?:今|本)年度内                                   # 本年度内
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

# a part of a month in which something happens: 在9月上旬 (a window of ten days)
TEN_DAYS = compile_re(rf"""
    (?:于|在)\s*{point("")}(?!\s*(?:之前|以前|前|至|到|起|以后|之后|后|[-—–－~～]))
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
    (?<!人)每月\s*(?:(?P<d1>\d{1,2})\s*[日号]?\s*(?:至|到|[-—–－~～])\s*)?       # 每月10-14日
    (?P<d>\d{1,2})\s*[日号]\s*(?:之前|以前|前)?                                # 每月3日前
""", re.VERBOSE)

# a day counted from the end of each month or quarter: 季后5日前, 每月结束后10日内
AFTER_EACH = compile_re(r"""
    (?<![一二三四\d第个])每?\s*(?P<f>季度?|月)(?:结束)?后\s*(?P<d>\d{1,2})\s*[日天]\s*(?:之前|以前|前|内)
""", re.VERBOSE)

# a periodic report labelled with its due day: 年报:1月5日前, 月报：次月5日前
REPORT = compile_re(r"""
    (?P<f>年|月)度?报表?\s*[:：]\s*(?:于|在)?\s*(?:次年|次月|下月)?\s*
    (?:(?P<m>\d{1,2})\s*月\s*)?(?P<d>\d{1,2})\s*[日号]\s*(?:之前|以前|前)
""", re.VERBOSE)

YEARLY = compile_re(r"""
    每年\s*(?P<m>\d{1,2})\s*月\s*
    (?:(?P<d>\d{1,2})\s*[日号]                                    # 每年12月20日前
      |(?P<end>底|末)                                             # 每年11月底前
      |(?P<part>上旬|中旬|下旬))                                   # 每年11月上旬
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
    (?:\s*下班)?\s*(?:之前|以前|前)?                                             # 下班前
""", re.VERBOSE)

EVERY = compile_re(rf"""
    (?<![人户])每\s*(?P<f>{FREQ_WORD})(?:末|底|初)?                             # 每半月, 每季度末; not 每人每月
    (?P<what>(?:[^，。；\n\d]{{0,8}}?|对[^，。；\n\d]{{1,12}}?进行)                 # 每季度对各县市工作情况进行通报
             (?:一次(?!性)|报送|上报|报告|汇总|通报|调度|统计|更新|会商|督导))   # not 一次性补贴
""", re.VERBOSE)

BY_PERIOD = compile_re(rf"""
    按\s*(?P<f>{FREQ_WORD})\s*(?:[（(][^）)\n]{{1,8}}[）)])?\s*                 # 按季度(或半年)
    (?P<what>(?:向[^，。；;\n]{{1,16}}?)?                                        # 向所在地人社部门
             (?:上报|报送|报告|通报|调度|汇总|统计|申请|申报|申领|发放))           # 按月上报; not 按月用工
""", re.VERBOSE)

LISTED = compile_re(r"""
    (?:(?<=[“"「『、，,（(])|(?<=实行)|(?<=建立)|(?<=落实))                      # “旬报告、月排队…季调度”
    (?P<f>旬|月|季|周)(?P<what>报告|报表|排队|调度|通报|会商|例会|研判)
""", re.VERBOSE)

# how long a policy applies: 执行期限截至2025年12月底, 有效期至2025年12月31日, 执行期限到2025年
POLICY = compile_re(rf"""
    (?:执行|实施|有效|政策)期限?\s*(?:为|是|[:：])?\s*(?:截至|截止到?|至|到)\s*
    (?:{point("")}|(?P<yy>\d{{4}})\s*年(?:底|末)?)(?:\s*(?:止|为止))?
""", re.VERBOSE)

# a start with no end: 2021年1月1日-长期
LONG_TERM = compile_re(rf"""
    {point("")}\s*(?:至|到|[-—–－~～])\s*长期(?:有效)?
""", re.VERBOSE)

# a length of time as printed: 20个工作日, 1年, 6个月, 七天
SPAN = r"(?:\d{1,3}|[一二三四五六七八九十两]{1,3})\s*个?\s*(?:工作日|自然日|日|天|周|星期|月|年|小时)"

# a labelled time limit with no date: 办理时限 20个工作日, 公示期为5个工作日, 发放周期最长不超过1个月
LIMIT = compile_re(rf"""
    (?:(?:自|从)(?:印发|发布|公布|下发)之日起(?:施行|实施|执行|生效)[，,]?\s*)?     # 自公布之日起施行,有效期1年
    (?:(?:承诺)?(?:办理|办结|审核|审批|受理|答复|申报|兑现)?时限
      |(?:办理|办结|申报|受理)期限|有效期|公示(?:期限?|时间)|(?:发放|结算|申领)周期)
    [^，。；;\n\d一二三四五六七八九十两]{{0,8}}?                                # :承诺办结时限, 为, 最长不超过
    (?P<span>{SPAN})(?:内|以内)?(?!\s*(?:以上|及以上))                          # not 合同期限1年以上
""", re.VERBOSE)

# a limit counted from an event: 支付岗位工资之日起6个月内, 发布后10日内; not …3年内有效
AFTER = compile_re(rf"""
    (?:(?<=[自从在于])[^，。；;,\s:：自从在于]{{1,12}}?之日起
      |(?:发布|公布|印发|公示|受理|收到|批准|下达|立项|验收)[^，。；;,\s]{{0,6}}?(?:之日)?后)
    \s*{SPAN}\s*(?:内|以内)(?!\s*有效)
""", re.VERBOSE)

# what marks a range as the time to apply: a label before it (申报时间：), a verb after it (…常态化开展办理)
APPLY = compile_re(r"申报|申请|申领|报名|受理|办理")
APPLY_LABEL = compile_re(r"(?:申报|申请|申领|报名|受理)(?:时间|日期|期限?)\s*(?:为|是|[:：])?\s*(?:从|自)?$")
PAUSE = compile_re(r"暂停|停止|暂缓")  # …暂停办理 is a period: a service stops

# a length printed after a dated range: 2020年2月17日至21日(共5个工作日), …—6月4日，共7天
TOTAL = compile_re(rf"\s*[（(，,]?\s*共\s*(?P<span>{SPAN})")

# a recurring duty bounded by a date later in its sentence: 报送至12月底
UNTIL = compile_re(rf"(?:报送|上报|持续|延续|截止)?至\s*{point('')}", re.VERBOSE)

# the clause after an eligibility window defines who qualifies: …招用的， / …就业的贫困劳动力，
QUALIFIES = compile_re(r"""
    的(?:[\u4e00-\u9fff、]{0,10}(?:劳动力|人员|群众|企业|单位|部门|项目|个人|对象|人口|者|户|家庭|机构|主体))?$
""", re.VERBOSE)

# what opens a clause but belongs to no task: list numbers (2、), particles (请, 并于, 将)
LEAD = compile_re(r"""
    ^(?:\d+[、.．]\s*                                  # 2、
      |[一二三四五六七八九十]+、\s*                      # 三、
      |[（(][一二三四五六七八九十\d]+[）)]\s*)?         # （二）
    (?:请|并|将|要|于|在)*                              # particles
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
    return _within_campaign(_fold_lengths(items, s), ctx)


# what may stand between a labelled length and the dated range it belongs to: 公示期为5个工作日,从…
FOLD_GAP = compile_re(r"[\s，,:：（(]*(?:从|自|即)?")


# a sentence that opens inside a period named before: 专项行动期间，各县区要于每周五前报送…
DURING = compile_re(r"[^，,。；;\n\d]{0,12}期间[，,]")


def _within_campaign(items: list[Deadline], ctx: Context) -> list[Deadline]:
    """End a recurring duty with the period before it when its sentence opens with …期间 (专项行动期间)."""
    last = None
    for item in items:
        if item.kind == "period":
            last = item
        elif item.kind == "recurring" and not item.end and last and last.end:
            a = ctx.text.sentence(item.span.start)[0]
            if DURING.match(ctx.text.string, a):
                item.end = last.end
    return items


def _fold_lengths(items: list[Deadline], s: str) -> list[Deadline]:
    """Give a dated range the length printed just before it (公示期为5个工作日,从1月9日至1月15日)."""
    out: list[Deadline] = []
    for item in items:
        prev = out[-1] if out else None
        if (prev and prev.kind == "duration" and item.kind in ("period", "window") and not item.duration
                and FOLD_GAP.fullmatch(s[prev.span.end:item.span.start])):
            item.duration, out[-1] = prev.duration, item
        else:
            out.append(item)
    return out


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


def _this_month(ctx: Context, m: re.Match) -> Deadline:
    """Build a due date in the month of issue or the next one (本月25日前, 下月5日前)."""
    issued = noticed(ctx)
    if not issued:
        return _item(ctx, m, "due")
    month = issued.month + (m.group("which") == "下")
    year, month = issued.year + (month - 1) // 12, (month - 1) % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return _item(ctx, m, "due", date(year, month, min(int(m.group("d")), last)))


def _range(ctx: Context, m: re.Match) -> Deadline | None:
    """Build a period or eligibility window from two points."""
    if not group(m, "m2") and "月" not in m.group("first"):
        return None  # 10-20日: a bare number range, not two calendar points
    year = year_of(ctx)
    start = resolve(m, "1", year, "start")
    y2 = small_int(group(m, "y1")) if group(m, "y1") else year
    month = small_int(group(m, "m1")) if group(m, "m1") else None
    end = resolve(m, "2", y2, "end", month)
    if start and end and not group(m, "y2") and (end < start or m.group("next")):
        end = resolve(m, "2", start.year + 1, "end", month)  # 11月至次年3月, 12月至2月
    s = ctx.text.string
    total = TOTAL.match(s, m.end())
    item = _item(ctx, m, "period", start, end, duration=total.group("span") if total else None)
    if qualifies(s, m.end()) or _applies(s, m.start(), m.end()):
        item.kind = "window"
    return item


def _applies(s: str, start: int, end: int) -> bool:
    """Tell whether the range s[start:end] is a time to apply (申报时间：…, …开展办理), not a pause of service."""
    before = s[max(s.rfind(c, 0, start) for c in "，,。；;\n") + 1:start]
    after = s[end:_clause_end(s, end)]
    return bool(APPLY_LABEL.search(before) or APPLY.search(after) and not PAUSE.search(after))


def month_last(year: int, month: int) -> date:
    """Return the last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def _start(ctx: Context, m: re.Match) -> Deadline:
    """Build the start of a duty or policy (从3月1日起)."""
    return _item(ctx, m, "start", resolve(m, "", year_of(ctx), "start"))


def _year_on(ctx: Context, m: re.Match) -> Deadline:
    """Build the start of a year from which something applies (2020年以后首次创办)."""
    return _item(ctx, m, "start", date(int(m.group("y")), 1, 1))


def _today_on(ctx: Context, m: re.Match) -> Deadline:
    """Build a start on the day of issue (即日起, 自印发之日起施行)."""
    return _item(ctx, m, "start", noticed(ctx))


def _ten_days(ctx: Context, m: re.Match) -> Deadline | None:
    """Build the window of a part of a month (在9月上旬); a bare month or day is no window."""
    if not (group(m, "p") or "").endswith("旬"):
        return None
    year = year_of(ctx)
    return _item(ctx, m, "window", resolve(m, "", year, "start"), resolve(m, "", year, "end"))


def _due(ctx: Context, m: re.Match) -> Deadline:
    """Build a due date, or a window with no stated start when a 的-clause follows (12月底前招用的)."""
    cutoff = resolve(m, "", year_of(ctx), "end")
    if cutoff and m.group("next"):
        cutoff = later(cutoff, 1)  # 次年2月底前
    elif cutoff and not group(m, "y"):
        cutoff = _ahead(ctx, cutoff)
    if qualifies(ctx.text.string, m.end()):
        return _item(ctx, m, "window", cutoff, cutoff)
    return _item(ctx, m, "due", cutoff)


def later(day: date, years: int) -> date:
    """Return the same day `years` later (the month's last day when it has fewer days)."""
    y = day.year + years
    return date(y, day.month, min(day.day, calendar.monthrange(y, day.month)[1]))


def _ahead(ctx: Context, day: date) -> date:
    """Return a due day printed without a year in the next year when its month precedes the notice's."""
    issued = noticed(ctx)
    if issued and day.year == issued.year and day.month < issued.month:
        return later(day, 1)  # 于1月5日前 in a notice of 31 December
    return day


def _year_end(ctx: Context, m: re.Match) -> Deadline:
    """Build a due date at the end of the notice's year (年内, 年底前) or of a stated one (2021年底前)."""
    if qualifies(ctx.text.string, m.end()):
        return None  # 在本年度内未能组织开展表彰项目的主办部门: a condition
    y = int(m.group("y")) if m.group("y") else year_of(ctx)
    return _item(ctx, m, "due", date(y, 12, 31) if y else None)


def _workday(ctx: Context, m: re.Match) -> Deadline:
    """Build a monthly duty due by the n-th working day (每月第4个工作日前)."""
    n = int(m.group("n"))
    return _recurring(ctx, m, f"每月第{n}个工作日前", {"freq": "monthly", "workday": n})


def _month_day(ctx: Context, m: re.Match) -> Deadline:
    """Build a monthly duty due by a day of the month (每月3日前)."""
    d = int(m.group("d"))
    if m.group("d1"):  # 每月10-14日: a window each month, due by its last day
        first = int(m.group("d1"))
        return _recurring(ctx, m, f"每月{first}日至{d}日", {"freq": "monthly", "day": d, "first_day": first})
    return _recurring(ctx, m, f"每月{d}日前", {"freq": "monthly", "day": d})


def _after_each(ctx: Context, m: re.Match) -> Deadline:
    """Build a duty due some days after each month or quarter ends (季后5日前)."""
    d = int(m.group("d"))
    if m.group("f") == "月":
        return _recurring(ctx, m, f"每月后{d}日前", {"freq": "monthly", "day": d})
    return _recurring(ctx, m, f"每季后{d}日前", {"freq": "quarterly", "month": 1, "day": d})


def _report(ctx: Context, m: re.Match) -> Deadline | None:
    """Build a periodic report's due day (年报:1月5日前, 月报:次月5日前)."""
    d = int(m.group("d"))
    if m.group("f") == "月":
        return _recurring(ctx, m, f"每月{d}日前", {"freq": "monthly", "day": d})
    if not m.group("m"):
        return None
    mo = int(m.group("m"))
    return _recurring(ctx, m, f"每年{mo}月{d}日前", {"freq": "yearly", "month": mo, "day": d})


def _yearly(ctx: Context, m: re.Match) -> Deadline:
    """Build a yearly duty due by a day of the year (每年12月20日前) or by a month's end (每年11月底前)."""
    mo = int(m.group("m"))
    if m.group("end"):
        return _recurring(ctx, m, f"每年{mo}月底前", {"freq": "yearly", "month": mo})
    if m.group("part"):  # 每年11月上旬: due by the part's last day
        last = min(PARTS[m.group("part")][1], calendar.monthrange(2001, mo)[1])
        return _recurring(ctx, m, f"每年{mo}月{m.group('part')}", {"freq": "yearly", "month": mo, "day": last})
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
    y = int(m.group("y")) if m.group("y") else year_of(ctx)
    last = 3 * small_int(m.group("q")) if m.group("q") else 6 if m.group("h") == "上" else 12
    return _item(ctx, m, "due", month_last(y, last) if y else None)


def _from_today(ctx: Context, m: re.Match) -> Deadline:
    """Build a period from the issue date to a stated end (即日起至12月31日)."""
    item = _item(ctx, m, "period", noticed(ctx), resolve(m, "", year_of(ctx), "end"))
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
    return _item(ctx, m, "period", start, end)


def _long_term(ctx: Context, m: re.Match) -> Deadline:
    """Build a period with a start and no end (2021年1月1日-长期)."""
    return _item(ctx, m, "period", resolve(m, "", year_of(ctx), "start"))


def _limit(ctx: Context, m: re.Match) -> Deadline | None:
    """Build a labelled time limit with no date (办理时限 20个工作日, 有效期1年)."""
    if qualifies(ctx.text.string, m.end()):
        return None
    return _item(ctx, m, "duration", duration=m.group("span"))


def _after(ctx: Context, m: re.Match) -> Deadline | None:
    """Build a limit counted from an event (发布后10日内); a 的-clause or brackets make it a condition."""
    s = ctx.text.string
    if qualifies(s, m.end()) or _in_brackets(s, m.start()):
        return None  # 毕业后2年内的, 初创企业(自登记注册之日起3年内)
    return _item(ctx, m, "duration", duration=m.group())


def _in_brackets(s: str, pos: int) -> bool:
    """Tell whether `pos` lies inside a bracket opened earlier in its clause."""
    a = max(s.rfind(c, 0, pos) for c in "，,。；;\n")
    opened = max(s.rfind(c, a + 1, pos) for c in "（(")
    return opened > max(s.rfind(c, a + 1, pos) for c in "）)")


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
    year = year_of(ctx)
    end = resolve(bound, "", year, "end") if bound else None
    stop = bound.end() if end else None
    since = START.search(s, sentence_start, m.start())  # 从5月15日起，…每周星期五…前
    if since and resolve(since, "", year, "start"):
        rule["from"] = iso(resolve(since, "", year, "start"))
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
    (REPORT, _report),
    (WORKDAY, _workday),
    (MONTH_DAY, _month_day),
    (AFTER_EACH, _after_each),
    (YEARLY, _yearly),
    (QUARTER_DAY, _quarter_day),
    (FROM_TODAY, _from_today),
    (WEEKLY, _weekly),
    (EVERY, _every),
    (BY_PERIOD, _every),
    (LISTED, _every),
    (POLICY, _policy),
    (LIMIT, _limit),
    (AFTER, _after),
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

# a word a notice must hold for a pattern to be worth trying
NEEDS = {
    QUARTER: QUARTER_ANCHOR,
    QUARTER_DAY: compile_re("季度"),
    LONG_TERM: compile_re("长期"),
    TEN_DAYS: compile_re("旬"),
    LIMIT: compile_re("时限|期限|有效期|公示|周期"),
    AFTER: compile_re("内"),
}
