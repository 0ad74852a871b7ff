"""Find the quantitative goals of a notice and their allocation to regions."""
from __future__ import annotations

import re

from ..record import Target
from .context import Context
from .cover import Cover
from .marks import first_of, last_of
from .numbers import MULTIPLIERS, to_number
from .pattern_cache import cached_re
from .target_patterns import (
    SCALE, ACTION, VERB_NOUN, FOLLOW, PLAN, PERCENT, SHARE_OF_FUND, PART, NEXT, SHARE, GOAL_CLAUSE, TOPIC,
    LEAD, ANCHORS, REACH, GOALS, CONDITION_AFTER, CONDITIONS_HEADING, CONDITIONS_LABEL, SCALE_OF_WHOLE,
    AT_LEAST, APPROX, AT_MOST, UNIT_OF, RATE_OF_PAY, PAST, YEAR, DONE, TOTAL_DONE, ACHIEVED, GOAL_SET, COUNT, RATES,
)

# what joins the items of an allocation list: 遵义市500个、六盘水市400个 / 南宁市3000人，柳州市2500人
LIST_SEPARATOR = cached_re(r"\s*[、，,；;]\s*")
# how far before a rate or scale its subject may start (委托开展培训的技能人才…的占比不低于50%)
SUBJECT_CHARS = 40


def extract(ctx: Context) -> list[Target]:
    """Return every quantitative goal in the body of the notice, regional shares included."""
    s = ctx.text.string
    found: list[tuple[int, int, Target]] = []  # the figure's own match, then its target
    conditions = Cover((sec.start, sec.end) for sec in ctx.text.sections if CONDITIONS_HEADING.search(sec.heading))
    for block in ctx.text.paragraphs():
        if conditions.holds(block.start):
            continue  # (二)申报条件: every count under it is a threshold
        counted = COUNT.search(s, block.start, block.end) is not None  # else only a rate can be a goal
        goals = [m for pattern in (GOALS if counted else RATES) for m in _finditer(pattern, s, block.start, block.end)
                 if _is_target(s, m, ctx.meta.year)]
        goals += [n for m in goals for n in _list_after(s, m, block.end)]
        found += [(m.start(), m.end(), _target(ctx, m)) for m in goals]
        if counted:
            found += [(t.span.start, t.span.end, t) for t in _shares(ctx, block.start, block.end)]
    targets = sorted(_without_overlaps(found), key=lambda t: t.span.start)
    _check_sums(ctx, targets)
    return targets


def _is_target(s: str, m: re.Match, year: int | None) -> bool:
    """Tell whether a match states a goal: not a threshold, a reported result or a slogan."""
    return _is_goal(m) and not _is_condition(s, m) and not _is_result(s, m, year) and not _is_slogan(s, m)


def _list_after(s: str, m: re.Match, end: int) -> list[re.Match]:
    """Return the counts listed after a goal with 、 (2592个扶贫特岗、620个临时公益岗), one match each."""
    found: list[re.Match] = []
    nxt: re.Match | None = m
    while nxt and nxt.re is not PERCENT and (nxt := NEXT.match(s, nxt.end(), end)) and not _is_condition(s, nxt):
        found.append(nxt)
    return found


def _finditer(pattern: re.Pattern, s: str, start: int, end: int):
    """Return the matches of `pattern` in s[start:end], none when its anchor is not there."""
    anchor = ANCHORS.get(pattern)
    if anchor is None:
        return pattern.finditer(s, start, end)
    if pattern in REACH:
        return _near_anchors(pattern, anchor, REACH[pattern], s, start, end)
    return pattern.finditer(s, start, end) if anchor.search(s, start, end) else ()


def _near_anchors(pattern: re.Pattern, anchor: re.Pattern, reach: int, s: str, start: int, end: int):
    """Yield the matches of `pattern` in s[start:end], tried only up to `reach` characters before each anchor.

    A match holds an anchor starting at most `reach` characters after it, so no match starts before the
    first anchor from `pos` less `reach`: trying the positions from there to the anchor finds the next match
    that finditer would, or none that holds this anchor.
    """
    pos = start
    while hit := anchor.search(s, pos, end):
        for p in range(max(pos, hit.start() - reach), hit.start() + 1):
            if m := pattern.match(s, p, end):
                yield m
                pos = m.end()
                break
        else:
            pos = hit.start() + 1


def _target(ctx: Context, m: re.Match) -> Target:
    """Return the Target of one goal match."""
    s = ctx.text.string
    start = _quote_start(s, m)
    return Target(
        quote=s[start : m.end()],
        value=_value(m),
        span=ctx.text.span(start, m.end()),
        unit=UNIT_OF.get(m["unit"], m["unit"]),
        bound=_bound(m),
        metric=_metric(s, m),
    )


def _value(m: re.Match) -> float:
    """Return the figure of a match times its 万/亿, to three decimals (14.608公里 keeps its metres)."""
    mult = m["mult"] if "mult" in m.re.groupindex and m["mult"] else ""
    return round(to_number(m["num"]) * MULTIPLIERS[mult], 3)


def _quote_start(s: str, m: re.Match) -> int:
    """Return where a goal's quote starts: its metric, the subject of a rate's clause, or the match."""
    if "metric" in m.re.groupindex and m["metric"]:
        return m.start("metric")
    if m.re is NEXT:
        return min(m.start(g) for g in ("pre2", "low", "num") if m[g])
    if m.re in (PERCENT, SHARE_OF_FUND, SCALE):  # 入驻实体不少于200户: the subject opens the clause
        return max(_clause_start(s, m.start()), m.start() - SUBJECT_CHARS)
    if m.re is VERB_NOUN:  # who is trained or what is built, said before the verb: 退役士兵培训530人
        a = _clause_start(s, m.start())
        return a if TOPIC.fullmatch(s, a, m.start()) else m.start()
    return m.start()


def _sentence_start(s: str, pos: int) -> int:
    """Return the start of the sentence that holds `pos`."""
    return last_of(s, "。；;\n", 0, pos) + 1


def _clause_start(s: str, pos: int) -> int:
    """Return the start of the clause that holds `pos`."""
    return last_of(s, "，,；;。：:\n（(", 0, pos) + 1


def _bound(m: re.Match) -> str:
    """Return how the figure bounds the goal: max, min, approx or exact."""
    groups = [g for g in ("pre", "pre2", "verb", "more", "over") if g in m.re.groupindex]
    words = {re.sub(r"\s", "", m.group(g) or "") for g in groups}
    if words & AT_MOST or ("low" in m.re.groupindex and m["low"]):
        return "max"
    if words & APPROX or ("approx" in m.re.groupindex and m["approx"]):
        return "approx"
    if m["unit"] in "%％" and _value(m) == 100:
        return "exact"  # 覆盖面达100%: a share cannot pass the whole
    return "min" if words & AT_LEAST else "exact"


def _metric(s: str, m: re.Match) -> str | None:
    """Return what the goal counts: the named scale, the thing acted on, or the clause's subject."""
    if "metric" in m.re.groupindex or m.re is PERCENT:
        named = "metric" in m.re.groupindex and m["metric"]
        subject = m["metric"] if named else s[_clause_start(s, m.start()) : m.start()]
        return LEAD.sub("", re.sub(r"\s", "", subject)) or None
    if "noun" not in m.re.groupindex:
        return None  # a quota: the thing allowed is named elsewhere in the sentence
    if m.re is VERB_NOUN:
        return LEAD.sub("", s[_quote_start(s, m) : m.start()]) + m["verb"] + m["noun"] + m["after"]
    if "verb" in m.re.groupindex and m.re is not ACTION:
        return f"{m['verb']}{m['noun']}"
    return m["noun"]


def _is_goal(m: re.Match) -> bool:
    """Tell whether a scale is set as a goal (要达到, 务工规模不低于, 推动…不低于, a clause after 要稳定在…) and a
    其中 part follows one; a bare 数量达到20户以上 is a threshold."""
    if m.re is PART:  # a region's part is a share (see _shares)
        return _goal_before(m) and not SHARE.match(m.string, m.start("noun"))
    if m.re is FOLLOW:
        return _goal_before(m)
    if m.re is not SCALE or m["goal"]:
        return True
    if m["metric"] and m["metric"].endswith(SCALE_OF_WHOLE):
        return True
    s = m.string
    sentence_start = _sentence_start(s, m.start())
    clause_start = last_of(s, "，,", 0, m.start()) + 1
    if GOAL_CLAUSE.match(s, max(clause_start, sentence_start), m.start()):
        return True
    return clause_start > sentence_start and _goal_before(m)


def _goal_before(m: re.Match) -> bool:
    """Tell whether an earlier clause of the sentence states a goal that a 其中 part belongs to."""
    s = m.string
    sentence_start = _sentence_start(s, m.start())
    return any(p.search(s, sentence_start, m.start()) for p in (GOAL_SET, PLAN, ACTION, VERB_NOUN, PERCENT))


def _is_condition(s: str, m: re.Match) -> bool:
    """Tell whether a figure is an eligibility threshold (招用10人以上的, 达到20户以上、) or a rate of pay
    (补贴标准不低于最低工资标准的50%, 返还比例提高至60%: a policy's rate, not a goal)."""
    if m.re is SHARE_OF_FUND:
        return False
    sentence_start = _sentence_start(s, m.start())
    if CONDITIONS_LABEL.search(s, sentence_start, m.start()):
        return True
    if m.re is PERCENT and RATE_OF_PAY.search(re.sub(r"\s", "", s[_clause_start(s, m.start()) : m.start()])):
        return True
    return bool(CONDITION_AFTER.match(s, m.end("unit")))


def _is_result(s: str, m: re.Match, year: int | None = None) -> bool:
    """Tell whether a count reports what was done (截至目前已开发岗位1200个; 2023年全市新增就业… in a
    2024 notice), not what is to be done."""
    sentence_start = _sentence_start(s, m.start())
    sentence_end = first_of(s, "。；;\n", m.end()) % (len(s) + 1)  # the end of the text when no stop follows
    past = year is not None and any(int(y["year"]) < year for y in YEAR.finditer(s, sentence_start, m.start()))
    past = past or TOTAL_DONE.search(s, _clause_start(s, m.start()), m.start() + 2) is not None
    return bool(past or PAST.search(s, sentence_start, m.start() + 2)
                or DONE.search(s, _clause_start(s, m.start()), m.start() + 2)
                or ACHIEVED.search(s, sentence_start, sentence_end))


def _is_slogan(s: str, m: re.Match) -> bool:
    """Tell whether a count sits inside quotation marks, a slogan (以“输出一人、脱贫一户”的目标), not a goal."""
    sentence_start = _sentence_start(s, m.start())
    return s.rfind("“", sentence_start, m.start()) > s.rfind("”", sentence_start, m.start())


def _shares(ctx: Context, start: int, end: int) -> list[Target]:
    """Return the items of every list that allocates a count to regions (遵义市 500 个、六盘水市 400 个；…)."""
    s = ctx.text.string
    runs: list[list[re.Match]] = []
    for m in _finditer(SHARE, s, start, end):
        if runs and LIST_SEPARATOR.fullmatch(s, runs[-1][-1].end(), m.start()):
            runs[-1].append(m)
        else:
            runs.append([m])
    return [_share(ctx, m) for run in runs if len(run) > 1 or _lone_part(run[0]) for m in run
            if not _is_condition(s, m) and not _is_result(s, m, ctx.meta.year)]


def _lone_part(m: re.Match) -> bool:
    """Tell whether a single region's count is the 其中 part of a goal (开发岗位1000个，其中遵义市500个)."""
    return m.start() < m.start("region") and _goal_before(m)


def _share(ctx: Context, m: re.Match) -> Target:
    """Return the Target of one region's share."""
    a = m.start("region")
    return Target(
        quote=ctx.text.string[a : m.end()],
        value=_value(m),
        span=ctx.text.span(a, m.end()),
        unit=UNIT_OF.get(m["unit"], m["unit"]),
        region=m["region"],
    )


def _without_overlaps(found: list[tuple[int, int, Target]]) -> list[Target]:
    """Drop a target whose match overlaps an earlier one (two patterns reading the same goal)."""
    kept: list[tuple[int, int, Target]] = []
    for item in sorted(found, key=lambda x: x[0]):
        if not kept or item[0] >= kept[-1][1]:
            kept.append(item)
    return [t for _, _, t in kept]


def _check_sums(ctx: Context, targets: list[Target]) -> None:
    """Warn when the regional shares of a sentence do not add up to the whole it states before them."""
    by_sentence: dict[tuple[int, int], list[Target]] = {}
    for t in targets:  # one sentence lookup per target, not one per pair
        by_sentence.setdefault(ctx.text.sentence(t.span.start), []).append(t)
    for group in by_sentence.values():
        for i, t in enumerate(group):
            if t.region is None or (i and group[i - 1].region is not None):
                continue
            shares = [x for x in group[i:] if x.region is not None]
            whole = next((x for x in reversed(group[:i]) if x.unit == t.unit), None)
            for x in shares:
                x.metric = whole.metric if whole else None
            total = sum(x.value for x in shares)
            if whole and abs(total - whole.value) > 0.5:
                ctx.warn("W_TARGET_SUM", f"regional shares add up to {total:g}, not the stated {whole.value:g}",
                         whole.span.start, shares[-1].span.end)
