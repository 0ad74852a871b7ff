"""Find bodies in sentences: the subject of a duty, the agent after 由/经/被, the receiver of a report."""
from __future__ import annotations


import regex

from ..record import ResponsibleUnit
from .context import Context
from .pattern_cache import cached, cached_re
from .unit_names import CLOSE, NAMES, OPEN, ORG_END, as_printed, bodies, printed_run

# the words that make a subject's clause a duty, and those that do only after 由
DUTIES = ("要|将|应|须|必须|负责|牵头|会同|协同|积极配合|配合|按规定|按照|依法|成立|参加(?=[）)，,。；;])|参与(?=[）)，,。；;])|"
          "审核|复审|初审|复核|审批|审定|核定|核实|发放|拨付|兑现|给予|受理|按|根据|依据")  # 县农业农村局复审
AGENTS = ("制定|组织|统筹|统一|集中|审核|复审|初审|复核|审批|审定|认定|核定|核实|核发|发放|拨付|支付|兑现|给予|落实|办理|备案|"
          "提供|承担|确定|实施|开展|安排|管理|监督|指导|协调|按|根据|依据")

# a body that receives an application or a report, or acts on a case: 向…申请, 报送至…, 经…审核
# 区农办（乡村振兴局）, not （联系人：…）
BODY = rf"(?P<body>[\p{{Han}}A-Za-z（()）]{{1,30}}?{ORG_END}(?:[（(](?!联系)[^（()）：:，,\d]{{1,8}}[）)])?)"
RECEIVES = "申请|申报|申领|报名|提出|反映|报送|报告|提交|递交|咨询|举报|投诉|备案|推荐|联系|查询"
REVIEWS = "审核|审定|汇总|邮箱|电子邮箱|信箱"  # what a report's receiver may do with it: 报送市人社局审核, 报送至…邮箱
STOP = r"[。，,；;：:！？!?\n（()）]|\Z"
STOP_CHAR = cached(STOP)
SLOT = cached(
    rf"""
    (?:向|与|(?<!\p{{Han}})联系|(?<=可|请|并|及时)联系)       # 向…申请, 请与…联系, 可联系…查询: a verb must follow
        {BODY}(?:实名|书面|及时|如实|进行)?(?=(?:{RECEIVES}))
  | (?:报送|上报|送交|交至|交到|提交|递交|送至|报(?=[省市县区州盟旗]))(?:至|到)?   # 报送至…, 报省…: the body may end the clause
        {BODY}(?=(?:{RECEIVES})|(?:{REVIEWS})|{STOP})
  | (?:(?:(?<![\p{{Han}}])|(?<=[并须应需]))经(?!过)|被)           # 经县人社、乡村振兴等部门联合发文认定, 被市人社局认定
        {NAMES}(?:联合发文|联合|共同|统一|集中|逐级)?(?=审核|审查|审批|审定|认定|核定|核实|核查|复核|复审|初审|评审|鉴定|验收|确认|备案)
    """,
    regex.VERBOSE,
)

POSTS = "张贴|公示|公布|发布"  # what a body does somewhere: 在…张贴公告, 在政府网公示

# how a subject shares out a duty, between its name and the duty word
MANNER = r"""(?:
    按(?:照)?(?:各自)?职责(?:分工)?   # 市发改委、市工信局按职责分工负责
  | 分别|共同|各自                   # 市人社局、市财政局分别负责
)"""

# a due date between the subject and its duty: 各县市人社局每月25日前将…, 由县级人社部门于11月底前集中审核发放
WHEN = r"""(?:
    (?=[于在]?(?:每|\d))(?:于|在)?
    (?:每(?:月|周|季度?|年|旬))?(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日|底|末|[上中下]旬)?(?:以前|之前|前)
)"""

# a clause that opens with a department as its subject, and the word that makes it a duty
SUBJECT = cached(
    rf"""
    (?:(?<=\A)|(?<=[\n。；;，,：:！？!?（(]))[ \t\u3000]*    # a clause starts, also inside brackets
    (?:[（(][一二三四五六七八九十\d]{{1,3}}[）)]|\d{{1,2}}[、．.]|[一二三四五六七八九十]{{1,3}}[、．]   # 1. （一） 二、
      |[①-⑳]|[一二三四五六七八九十]是)?                                                                # ① 三是
    (?:
        (?P<by>[^\s，,。；;：:]{{0,8}}?由)                 # 具体标准由…部门制定
      | (?P<with>[^\s，,。；;：:]{{0,8}}?以)               # 各地要以人社、扶贫部门牵头
      | (?P<ask>请)                                       # 请各单位于…前完成: a request names its body
    )??
    {NAMES}
    [ \u3000]?
    (?:{MANNER})?
    {WHEN}?
    (?:[，,](?=会同))?                     # …等12个部门，会同…
    (?:
        (?P<duty>{DUTIES})                # 人社部门要…
      | (?(by)(?P<agent>{AGENTS})|(?!))   # only after 由: 由县财政局统一拨付; never 市委|组织部
      | (?(ask)(?P<agent>(?=\p{{Han}}))|(?!))   # after 请 any verb: 请你们安排专人
      | 在[^\s，,。；;：:]{{1,20}}?(?P<agent>{AGENTS}|{POSTS})   # 乡镇政府在…醒目位置张贴选聘公告
    )
    """,
    regex.VERBOSE,
)
# Speed: SUBJECT backtracks a lot at every clause start, so it is tried only where it can match.
# what SUBJECT's look-behind allows before a clause start
CLAUSE_MARK = cached_re(r"[\n。；;，,：:！？!?（(]")
# what SUBJECT never consumes before its duty word, except in a bracketed part (which these open)
# and one space right before the duty word; the blanks are those of regex's \s (the stdlib `re`
# is used for these simple patterns: it is faster to call, and no `regex` feature is needed)
STOP_OR_OPEN = cached_re("[\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000，,。；;：:（(﹤<〈]")
DUTY_WORD = cached_re(f"{DUTIES}|{AGENTS}|{POSTS}")
# the last character of every NAMES match outside brackets: an ORG_END, 们, or a tail's 部门|处室|科室|单位
NAMES_END = cached_re("[门府会室心位构组口司部局厅委办处科院站队联所行们]")

# how the duty that follows the subject sets its role
LEADS = cached(r"^(?:要|将|应|须|负责)?(?:充分|切实)?(?:发挥|履行)?牵头|^成立[^，,。；;]*?(?:专班|领导小组|工作组|指挥部)")
HELPS = cached(r"^(?:要|将|应|须)?(?:积极)?(?:协同|配合)|^(?:参加|参与)(?=[）)，,。；;]|\Z)")  # …调查队参加）
PARTNERS = cached(rf"^(?:要|将|应|须)?(?:积极)?会同{NAMES}", regex.VERBOSE)

# where a quote stops early: a comma before a new time phrase (，于8月25日前将…)
QUOTE_STOP = cached(r"[，,](?=并?于|从|自\d)")
LONG_QUOTE = cached(r"[，,]")  # past QUOTE_SOFT_MAX characters a quote stops at the next comma
QUOTE_SOFT_MAX = 40
BARE_ROLE = cached(r"(?:积极)?(?:牵头|配合|参加|参与)(?=[，,])")  # a role word that ends its clause
SENTENCE_END = cached(r"[。；;！？!?\n]")
HEADING_STOP = cached(r"[。，,；;：:]")  # a run-in heading ends at its first stop
HEADING = cached(
    r"""^[ \t\u3000]*(?:
        [一二三四五六七八九十]{1,3}[、．.]        # 一、
      | [（(][一二三四五六七八九十\d]{1,3}[）)]   # （一） (1)
      | \d{1,2}(?:[、．]|\.(?!\d))              # 1、 1.
    )[^。，,；;：:\n]{1,30}""",
    regex.VERBOSE | regex.MULTILINE,
)


def duty_items(ctx: Context) -> list[ResponsibleUnit]:
    """Return the items of clauses whose subject is a specific department: 人社部门要…, 由财政部门制定…."""
    s = ctx.text.string
    hits = [m for m in _subjects(s) if _is_duty(m)]
    items: list[ResponsibleUnit] = []
    for k, m in enumerate(hits):
        units = bodies(m["names"], m["tail"], ctx)
        if not units:
            continue
        start = next((m.start(g) for g in ("by", "with", "ask") if m[g]), m.start("names"))
        end = _quote_end(s, m, hits[k + 1] if k + 1 < len(hits) else None)
        quote, span, task = s[start:end], ctx.text.span(start, end), task_at(ctx, start)
        duty = s[m.start("duty") if m["duty"] else m.start("agent") : end]
        for role, names, printed in _duty_roles(duty, units, printed_run(m), ctx):
            items.append(ResponsibleUnit(quote, names, role, span, task, as_printed(names, printed)))
    return items


def slot_items(ctx: Context) -> list[ResponsibleUnit]:
    """Return the bodies that receive an application or report (向…申请, 报送…) or act on a case (经…审核)."""
    s, items = ctx.text.string, []
    for m in SLOT.finditer(s):
        printed = m["body"] or printed_run(m)
        units = bodies(m["body"], None, ctx) if m["body"] else bodies(m["names"], m["tail"], ctx)
        end = _verb_end(s, m.end())
        if units:
            span, task = ctx.text.span(m.start(), end), task_at(ctx, m.start())
            items.append(ResponsibleUnit(s[m.start() : end], units, "分工", span, task, as_printed(units, printed)))
    return items


def _verb_end(s: str, pos: int) -> int:
    """Return where the verb at `pos` ends (申请, 备案 …: two characters), or `pos` at a stop."""
    return pos if pos >= len(s) or STOP_CHAR.match(s[pos]) else min(pos + 2, len(s))


def _subjects(s: str):
    """Yield the matches `SUBJECT.finditer(s)` would, trying SUBJECT only where a clause starts.

    SUBJECT opens with a clause-start look-behind, so no match starts anywhere else; trying each
    clause start in turn from the end of the last match finds the same matches.
    """
    pos = 0
    for start in (0, *(mark.end() for mark in CLAUSE_MARK.finditer(s))):
        if start < pos or not _may_open_duty(s, start):
            continue
        m = SUBJECT.match(s, start)
        if m:
            yield m
            pos = m.end()


def _may_open_duty(s: str, start: int) -> bool:
    """Tell whether the clause at `start` can hold a SUBJECT match: a duty word before its first stop.

    Past its leading blanks, SUBJECT consumes no white space or stop before the duty word but one
    space right before it; a bracket may hold a comma, so a clause with one is always tried. Without
    a bracket, the body's name before the stop ends with a NAMES_END character, and the duty word follows it.
    """
    q = start
    while q < len(s) and s[q] in " \t\u3000":
        q += 1
    if s.startswith("请", q):  # 请各单位于…前完成: any verb follows the body
        return True
    stop = STOP_OR_OPEN.search(s, q)
    e = stop.start() if stop else len(s)
    if e < len(s) and s[e] in "（(﹤<〈":
        return True
    name_end = NAMES_END.search(s, q, e)  # the body's name lies before the stop; without a bracket it ends so
    if not name_end:
        return False
    # the duty word follows the name, except after a numbered 请 (1.请各单位…: any verb), then it is anywhere
    after = q + 1 if s.find("请", q, e) >= 0 else name_end.end()
    if DUTY_WORD.search(s, after, e + 1):  # one more character for the look-ahead of 参加）
        return True
    if e < len(s) and s[e] in "，," and s.startswith("会同", e + 1):  # …等12个部门，会同…
        return True
    return e < len(s) and s[e] in " \u3000" and DUTY_WORD.match(s, e + 1) is not None


def _is_duty(m: regex.Match) -> bool:
    """Tell whether a subject match states a duty: 以… needs 牵头, an agent verb needs 由."""
    if m["with"] and m["duty"] != "牵头":
        return False
    return bool(m["duty"]) or bool(m["by"]) or bool(m["ask"]) or bool(m["agent"])


def _duty_roles(duty: str, units: list[str], printed: str, ctx: Context) -> list[tuple[str, list[str], str]]:
    """Return (role, units, printed names) for a subject and its duty: 会同 adds the partners as 配合."""
    partners = PARTNERS.match(duty)
    if partners:
        others = bodies(partners["names"], partners["tail"], ctx)
        lead = [("牵头", units, printed)]
        return lead + [("配合", others, printed_run(partners))] if others else lead
    if LEADS.match(duty):
        return [("牵头", units, printed)]
    if HELPS.match(duty):
        return [("配合", units, printed)]
    return [("分工", units, printed)]


def _quote_end(s: str, m: regex.Match, nxt: regex.Match | None) -> int:
    """Return where the quote of a duty ends: the sentence part, cut before a new subject or time phrase."""
    if m["duty"] and (role := BARE_ROLE.match(s, m.start("duty"))):  # 市财政局积极配合，…: the role word ends the part
        return role.end()
    stop = SENTENCE_END.search(s, m.end())
    end = stop.start() if stop else len(s)
    early = QUOTE_STOP.search(s, m.end(), end) or LONG_QUOTE.search(s, max(m.start() + QUOTE_SOFT_MAX, m.end()), end)
    if early:
        end = early.start()
    if nxt is not None and nxt.start() < end:
        end = nxt.start() - 1 if s[nxt.start() - 1] in "，," else nxt.start()
    return _unmatched_close(s, m.end(), end)


def _unmatched_close(s: str, start: int, end: int) -> int:
    """Return where s[start:end] meets a closing bracket it did not open (the end of （市人社局牵头）), else `end`."""
    depth = 0
    for j in range(start, end):
        depth += (s[j] in OPEN) - (s[j] in CLOSE)
        if depth < 0:
            return j
    return end


def task_at(ctx: Context, pos: int) -> str | None:
    """Return the heading of the numbered item that holds `pos`."""
    section = ctx.text.section_at(pos)
    if section is not None:
        heading = HEADING_STOP.split(section.heading, maxsplit=1)[0]
        return heading if heading.startswith(section.number) else section.number + heading
    before = [m for m in HEADING.finditer(ctx.text.string, 0, pos + 1) if m.start() <= pos]
    return before[-1].group().strip() if before else None
