"""Name the case each money figure applies to (县内/省内/省外, 初级工, 中央资金), with the case's own printed words."""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..record import Amount
from . import section_cases
from .context import Context
from .rates import CLAUSE_MARKS, PER_AFTER
from .pattern_cache import cached_re

if TYPE_CHECKING:
    from .amounts import Figure

BARE_LABEL_MAX = 6  # characters: a longer text before a figure is a clause, not a case name
# words that open a clause without naming a case: 按照, 分别给予, 可按
LEAD = cached_re(r"""
    ^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])?  # a heading number: (一)
    (?:可|并|再|均)?(?:分别)?(?:按照|按|依照|根据|对于|对|给予|补贴|为)*""", re.VERBOSE)
# what follows a case name before its figure: 跨省补贴最高不超过, 大庆市区为, 中级工标准为
LABEL_TAIL = cached_re(r"(?:补贴|补助|奖补|奖励)?(?:标准)?(?:最高|不超过|不高于|最多|不低于|至少|一般)*(?:为|是)?$")
# a word after which a case name starts inside a segment: 交通补助按县内200元 -> 县内
LEAD_INSIDE = cached_re(r"按照|依照|根据|按|给予|对于|对|为")
# one clause mark between two figures that each name their case: 初级工每人1000元，中级工每人1500元
PARALLEL = cached_re(r"[^，,；;。：:]*[，,；;][^，,；;。：:]*")
# the cases a sentence lists before its figures: 县内、省内、省外
ENUMERATION = cached_re(r"[^、，,；;。：:\s\d]{1,10}(?:、[^、，,；;。：:\s\d]{1,10})+")
# the words before the first listed case and after the last: 推荐劳动者在县内、…、省外务工人员
CASE_OPENER = cached_re(r"^.*(?:在|到|赴|取得|获得|评定为|认定为|评为|对于|对|按照|按)")
CASE_CLOSER = cached_re(r"(?:的|务工|就业|成功|稳定|实现|人员|职业|证书|劳动力|等).*$")
# the basis a sentence sorts its figures by: 根据取证类别，可分别给予
BASIS = cached_re(r"(?:根据|按照|依据)(?P<basis>[^、，,；;。\s\d]{2,8})[，,]?[^，,；;。]{0,6}分别")
# the case that opens a sentence: 对跨省务工的脱贫劳动力， / 对吸纳…10人以上的就业帮扶车间，
OWN_CASE = cached_re(r"[^，,；;]*?(?:对于|对|凡)(?P<case>[^，,；;的]+?)的[^，,；;]*[，,]")
# a case clause that ends right before its figure: 到省外务工的给予, 在省内县外务工的，给予每人
CASE_BEFORE = cached_re(r"(?P<case>[^，,；;。：:的]+)的[，,]?\s*(?:可|均)?(?:给予|按照?|补贴|奖补|奖励|发放)?(?:每[人名户])?\s*$")
DUI = cached_re(r"对于|对(?![象接口应])|凡")  # the 对 that opens a case, not the one of 对象
# a standard raised or set anew for a case: 提高至4000元, 调整为, 提高到10万元
RAISED = cached_re(r"(?:提高|调整|增加|上调)(?:至|到|为)\s*$")
# the case that opens a clause: 吸纳贫困劳动力就业10人以上的，
OPENING_CASE = cached_re(r"\s*(?:对于|对|凡)?(?P<case>[^，,；;。]+?)的[，,]")
# the case a 的-clause sets: 2020年12月底前招用的，
CASE_CLAUSE = cached_re(r"(?:^|[，,；;：:])(?:对于|对|凡)?(?P<case>[^，,；;：:]+?)的[，,]")


def assign(ctx: Context, figures: list[Figure], amounts: list[Amount]) -> None:
    """Set the tier of every amount whose figure one of the case-naming layouts covers, the most explicit first."""
    s = ctx.text.string
    for group in _groups(s, figures):
        members = [amounts[f.index] for f in group]
        if len({a.category for a in members}) == 1:  # 总投资847万元，已到位资金494万元 are two instruments, not two cases
            for amount, tier in zip(members, _tiers(s, group, figures)):
                amount.tier = tier
    _tier_own_cases(s, figures, amounts)
    _tier_parallel_sentences(s, figures, amounts)
    _tier_first_case(s, figures, amounts)
    _tier_raised_standard(s, figures, amounts)
    _tier_other_case(s, figures, amounts)
    _tier_section_cases(ctx, figures, amounts)


def _by_sentence(figures: list[Figure]) -> dict[tuple[int, int], list[int]]:
    """Return the indices of the figures of each sentence, in order."""
    out: dict[tuple[int, int], list[int]] = {}
    for i, fig in enumerate(figures):
        out.setdefault(fig.sentence, []).append(i)
    return out


def _groups(s: str, figures: list[Figure]) -> list[list[Figure]]:
    """Return runs of figures one sentence lists side by side (300元、500元、800元)."""
    groups: list[list[Figure]] = []
    for fig in figures:
        last = groups[-1][-1] if groups else None
        joined = last and last.sentence == fig.sentence and (
            listed_after(s[last.end : fig.start]) or _parallel(s[last.end : fig.start], last, fig))
        if last and joined and fig.bound in ("exact", last.bound):
            groups[-1].append(fig)
        else:
            groups.append([fig])
    return [g for g in groups if len(g) > 1 or _restates(s, g[0], figures)]


def listed_after(between: str) -> bool:
    """Tell whether the text between two figures joins them into one list."""
    return "、" in between and not any(ch in between for ch in CLAUSE_MARKS)


def _parallel(between: str, last: Figure, fig: Figure) -> bool:
    """Tell whether two figures a single comma parts each name their own case (初级工每人…，中级工每人…)."""
    named = all(_label(f.segment) or _bare_label(f.segment) for f in (last, fig))
    return bool(PARALLEL.fullmatch(strip_basis(between)) and named)


def strip_basis(between: str) -> str:
    """Return the text between two figures without the first one's basis (/月,所辖县为 -> ,所辖县为)."""
    m = PER_AFTER.match(between)
    return between[m.end():] if m else between


def _restates(s: str, fig: Figure, figures: list[Figure]) -> bool:
    """Tell whether a lone figure restates an earlier standard of its sentence for another case."""
    i = fig.index
    prev = figures[i - 1] if i else None
    return bool(prev and prev.sentence == fig.sentence and not prev.condition_figure
                and CASE_CLAUSE.search(s[prev.end : fig.start]))


def _tiers(s: str, group: list[Figure], figures: list[Figure]) -> Sequence[str | None]:
    """Return the case each figure of a group applies to, by label, listed case, basis or 的-clause."""
    if len(group) == 1:  # …，2020年12月底前招用的，标准统一提高至1500元
        prev_end = figures[group[0].index - 1].end
        return [last_case(s[prev_end : group[0].start])]
    labels = [_label(f.segment) for f in group]
    if all(labels):
        return labels  # 普通劳动力每人1000元、贫困劳动力每人1200元
    labels = [_bare_label(f.segment) for f in group]
    if all(labels) and len(set(labels)) == len(labels):
        return labels  # 初级工300元、中级工500元、高级工800元
    cases = [_own_case(s, figures, f) for f in group]
    if all(cases):
        return cases  # 到省外务工的给予500元/人•年、到省内县外务工的给予300元/人•年
    before = s[group[0].sentence[0] : group[0].start]
    listed = [_trim(m.group().split("、")) for m in ENUMERATION.finditer(before)]
    for named in reversed(listed):
        if len(named) == len(group):
            return named  # 在县内、省内、省外…分别给予每人300元、500元、800元
    if m := BASIS.search(before):
        return [f"{m['basis']}{k}" for k in range(1, len(group) + 1)]  # 根据取证类别，可分别给予…
    return [None] * len(group)


def _tier_own_cases(s: str, figures: list[Figure], amounts: list[Amount]) -> None:
    """Give each figure its own 的-clause as tier when a sentence sets one instrument for several such cases.

    对到县内工业园区企业务工的给予600元/人•年到省外务工的给予500元/人•年、到省内县外务工的给予300元/人•年
    """
    cases = [_own_case(s, figures, f) for f in figures]
    by_sentence = _by_sentence(figures)
    for i, (fig, amount) in enumerate(zip(figures, amounts)):
        peers = [j for j in by_sentence[fig.sentence] if cases[j] and amounts[j].category == amount.category]
        if cases[i] and len(peers) > 1 and not amount.tier:
            amount.tier = cases[i]


def _own_case(s: str, figures: list[Figure], fig: Figure) -> str | None:
    """Return the case a 的-clause names right before a figure (到省外务工的给予 -> 到省外务工), else None."""
    i = fig.index
    start = figures[i - 1].end if i and figures[i - 1].sentence == fig.sentence else fig.sentence[0]
    if not (m := _case_before(strip_basis(s[start : fig.start]))):
        return None
    return DUI.split(m["case"])[-1].strip("、 ") or None


def _case_before(text: str) -> re.Match[str] | None:
    """Return `CASE_BEFORE.search(text)`, tried only from the clause of the last 的 (Speed: a search from
    every position was quadratic) — the 的 it matches is the last, as nothing after that 的 holds one."""
    last = text.rfind("的")
    if last < 0:
        return None
    return CASE_BEFORE.search(text, max(text.rfind(c, 0, last) for c in "，,；;。：:的") + 1)


def _tier_parallel_sentences(s: str, figures: list[Figure], amounts: list[Amount]) -> None:
    """Give each of two adjacent one-figure sentences on the same instrument its own case as tier.

    对当年跨省务工的，给予最高不超过800元的一次性交通补贴。通过…到…省内用人单位就业的，给予不超过300元…
    """
    by_sentence = _by_sentence(figures)
    lone = [i for i, f in enumerate(figures) if len(by_sentence[f.sentence]) == 1]
    for i, j in zip(lone, lone[1:]):
        a, b = amounts[i], amounts[j]
        adjacent = figures[i].sentence[1] == figures[j].sentence[0] and s[figures[i].sentence[1] - 1] != "\n"
        if adjacent and (a.category, a.bound) == (b.category, b.bound) and a.condition and b.condition:
            a.tier, b.tier = a.tier or a.condition, b.tier or b.condition


def _tier_first_case(s: str, figures: list[Figure], amounts: list[Amount]) -> None:
    """Give the first figure of a sentence its own case when a later one of its kind names another.

    对跨省务工的脱贫劳动力，按不超过600元/人…；在省内县外务工的，给予不超过300元/人… → 跨省务工
    """
    by_sentence = _by_sentence(figures)
    for i, (fig, amount) in enumerate(zip(figures, amounts)):
        later = [amounts[j] for j in by_sentence[fig.sentence] if j > i]
        if amount.tier or not any(b.tier and b.category == amount.category for b in later):
            continue
        if m := OWN_CASE.match(s, fig.sentence[0], fig.start):
            amount.tier = m["case"]


def _tier_raised_standard(s: str, figures: list[Figure], amounts: list[Amount]) -> None:
    """Give a raised or adjusted standard its case as tier (6月30日前吸纳的，补贴标准提高至4000元)."""
    for fig, amount in zip(figures, amounts):
        before = s[fig.sentence[0]:fig.start]
        if not amount.tier and RAISED.search(before):
            amount.tier = last_case(before)


def _tier_other_case(s: str, figures: list[Figure], amounts: list[Amount]) -> None:
    """Give a figure the case that opens its semicolon clause when it sets the previous clause's standard anew.

    按每人1500元的标准给予一次性吸纳就业补贴；吸纳贫困劳动力就业10人以上的，每吸纳1人补贴2000元 → 10人以上
    """
    for i in range(1, len(figures)):
        prev, fig, a, b = figures[i - 1], figures[i], amounts[i - 1], amounts[i]
        follows = prev.sentence[1] == fig.sentence[0] and s[prev.sentence[1] - 1] in "；;"
        same = (a.category, a.per, a.bound) == (b.category, b.per, b.bound)
        if not b.tier and follows and same and (m := OPENING_CASE.match(s, fig.sentence[0], fig.start)):
            b.tier = m["case"]


def _tier_section_cases(ctx: Context, figures: list[Figure], amounts: list[Amount]) -> None:
    """Give a figure with no case yet the case its section heading names among its siblings (中央…资金 / 省级…资金)."""
    starts = [f.start for f in figures]
    cases = section_cases.case_names(ctx.text.sections, lambda sec: any_between(starts, sec.start, sec.end))
    for fig, amount in zip(figures, amounts):
        around = [sec for sec in ctx.text.sections_at(fig.start) if sec.id in cases]
        if not amount.tier and around:
            amount.tier = cases[around[0].id]


def _label(segment: str) -> str | None:
    """Return the case named before 每 in a figure's segment (普通劳动力每人 -> 普通劳动力)."""
    head = LEAD.sub("", segment.split("每")[0]).strip()
    return head if "每" in segment and head else None


def _bare_label(segment: str) -> str | None:
    """Return a short case name standing right before a figure (初级工300元, 大庆市区为620元, 跨省补贴最高1500元)."""
    head = LEAD_INSIDE.split(LABEL_TAIL.sub("", LEAD.sub("", segment.strip())))[-1].strip()
    return head if 1 < len(head) <= BARE_LABEL_MAX and not re.search(r"[\d每为的]", head) else None


def _trim(items: list[str]) -> list[str]:
    """Cut the first and last listed cases at the words around the list (推荐劳动者在县内 -> 县内, 省外务工 -> 省外).

    Where no such word is printed, or what it leaves is longer than the inner cases, cut to their length.
    """
    width = min(len(x) for x in (items[1:-1] or items))
    first, last = CASE_OPENER.sub("", items[0]), CASE_CLOSER.sub("", items[-1])
    first = first if first and len(first) <= width + 1 else items[0][-width:]
    last = last if last and len(last) <= width + 1 else items[-1][:width]
    return [first, *items[1:-1], last]


def last_case(text: str) -> str | None:
    """Return the last 的-clause of `text` (对…的，), without its 对 and 的."""
    cases = [m["case"].strip() for m in CASE_CLAUSE.finditer(text)]
    return cases[-1] if cases else None

def any_between(starts: list[int], lo: int, hi: int) -> bool:
    """Tell whether a sorted list of positions holds one in [lo, hi)."""
    i = bisect.bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi
