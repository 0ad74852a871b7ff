"""Find every money figure of a notice and read its rate basis, bound, instrument, case and total mark."""
from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import regex

from ..record import Amount
from . import amount_tiers, categories, table_amounts
from .context import Context
from .marks import first_of, last_of
from .numbers import CHINESE_DIGITS, scaled
from .pattern_cache import cached, cached_re
from .rates import CLAUSE_MARKS, bound, per, per_each_one

Match = re.Match[str] | regex.Match[str]  # FIGURE is a pattern of re, UNITLESS one of regex

FIGURE = cached_re(
    rf"""
    (?P<num>
        [0-9０-９](?<![0-9０-９]{{2}})[0-9０-９,，]*(?:[.．][0-9０-９]+)?  # 1500, ３０００, 1,500, 11.22; a run read
        (?=\s*[千万亿]?\s*元)                                             # from its start (no digit before)
      | [零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖十拾](?<![零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖十拾]{{2}})
        [{CHINESE_DIGITS}]*  # 三千, 二十万, 叁仟 (retrying inside a run of 16 k digits took 14 s)
    )
    \s*(?P<mult>[千万亿]?)\s*                               # 11.22 亿元, 20 万元
    元(?![旦宵素化件首帅])                                  # not 元旦, 元素, 一元化
    """,
    re.VERBOSE,
)
# Speed: each alternative of FIGURE opens with its character class and looks behind past it (not before
# it), so that `re` scans for a possible first character instead of trying the pattern at every position

# a sum of money printed after its money noun with its 元 left out (合伙经营总额不超过100万, 申领补贴金额3318.4):
# the noun says it is money, the missing unit is 元
UNITLESS = cached(
    r"""(?<=(?:金额|总额|额度|资金)(?:为|是|[:：]|不超过|不高于|不低于|最高|最多|最低|共计|合计|达|约)?\s*)
    (?P<num>[0-9][0-9,，]*(?:\.[0-9]+)?)\s*(?P<mult>[万亿]?)
    (?!\s*(?:[0-9.．%％元人户个家亩次年月日天岁项名]|万|亿))""",
    regex.VERBOSE,
)
MONEY_NOUN = cached_re("金额|总额|额度|资金")  # Speed: UNITLESS is tried from the first of these on

# the low end of a range whose high end is a money figure: 2000-5000元, 3至5万元, 800～1500元
RANGE_LOW = cached_re(
    rf"""
    (?P<num>
        [0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?         # 2000-, 1,500—
      | [零〇一二两三四五六七八九十][{CHINESE_DIGITS}]*        # 三至五万元
    )
    \s*(?P<mult>[千万亿]?)(?P<unit>元?)\s*                    # 5万元至, 3至 (magnitude and unit shared)
    (?:[-－—–~～]{{1,2}}|至|到)\s*$                           # the range mark right before the high end
    """,
    re.VERBOSE,
)
RANGE_MARKS = "-－—–~～至到"  # Speed: RANGE_LOW is tried only after one of these
RANGE_REACH = 16  # characters: how far back the low end of a range may start
# what follows a Chinese numeral and 元 in a place name: 三元区, 二元村
PLACE_SUFFIXES = set("区县市镇乡村街路里桥")

# figures that are eligibility conditions: 年就业收入达到6000元以上, 月工资低于3000元
CONDITION_CUE = cached_re(r"收入|营业额|销售额|产值|工资|达到|低于|高于")
ASCII_STOP = cached_re(r"(?<=[^\x00-\x7f])\.(?![\d.])")  # a full stop typed as an ASCII . after a Chinese character
FULL_STOPS = "。！？!?\n"  # what ends a sentence with all its semicolon-parted clauses
RUN_IN_MAX = 20  # characters: a longer first sentence of a paragraph is text, not its run-in heading
# a total or subtotal printed before the figure in its clause: 共计16.5万元, 合计, 两批共申请…资金3.87亿元
TOTAL_BEFORE = cached_re(r"(?:合计|小计|共计|总计|累计|(?<![公总])共(?![同享建性]))[^每，,；;。]*$")
TOTAL_AFTER = cached_re(r"\s*[，,]?\s*其中")  # a total split up next: 资金10782万元，其中…
# what makes a later figure a restated standard: 标准统一提高至1500元
RESTATES = cached_re(r"标准|(?:提高|调整|增加|上调)(?:至|到|为)")
# the receiver named after 给予: 给予机构每人, 给予评价机构200元
RECEIVER = cached_re(r"给予(?P<who>[^\d每，,；;。的、\s]{2,8}?)(?=每|\d)")
# the leading 对 phrase of a sentence: 对有培训意愿的搬迁群众，
TOPIC = cached_re(r"^(?:对于|对)(?P<who>[^，,；;。]+)")
# where the 对 phrase ends and the action starts: 对贫困劳动力培训期间给予…
ACTS = cached_re(r"给予|按照?|根据|分别|落实")
# a clause that carries the 对 phrase on: ，且正常运营6个月以上的…
CARRIES_ON = cached_re(r"[，,](?:且|并且|或|或者|以及|和)?[^，,；;。]*")


@dataclass(eq=False)  # figures are told apart by identity: two equal figures are still two
class Figure:
    """A money figure found in the text, with the context its attributes are read from."""

    m: Match
    sentence: tuple[int, int]
    segment: str  # the figure's own clause piece before it, from the last mark or figure
    per: list[str] = field(default_factory=list)
    bound: str = "exact"
    condition_figure: bool = False
    aggregate: bool = False  # a printed total or subtotal (共计16.5万元)
    mult: str | None = None  # the magnitude, when the figure shares it with a range's high end (3至5万元)
    index: int = -1  # its place in the notice's list of figures

    @property
    def start(self) -> int:
        return self.m.start()

    @property
    def end(self) -> int:
        return self.m.end()


def extract(ctx: Context) -> list[Amount]:
    """Return every amount of money in the notice, in order of appearance."""
    s = ctx.text.string
    figures = _figures(ctx)
    generic_ok = categories.generic_allowed(s, " ".join([ctx.meta.title or ""] + [x.heading for x in ctx.text.sections]))
    amounts = []
    for i, fig in enumerate(figures):
        prev = figures[i - 1] if i and figures[i - 1].sentence == fig.sentence else None
        if prev and _restated_standard(s, prev, fig):
            fig.per = list(prev.per)  # 每人1000元…标准统一提高至1500元: the standard is still per person
        amounts.append(
            Amount(
                quote=fig.m.group(),
                value=scaled(fig.m["num"], fig.mult if fig.mult is not None else fig.m["mult"]),
                span=ctx.text.span(fig.start, fig.end),
                per=fig.per,
                bound=fig.bound,
                category=_category(ctx, figures, i, generic_ok),
                beneficiary=_beneficiary(s, fig),
                condition=_condition(s, fig),
                aggregate=fig.aggregate,
            )
        )
    amount_tiers.assign(ctx, figures, amounts)
    _mark_heading_totals(ctx, figures, amounts)
    return sorted(amounts + table_amounts.extract(ctx, generic_ok), key=lambda a: a.span.start)


def _mark_heading_totals(ctx: Context, figures: list[Figure], amounts: list[Amount]) -> None:
    """Mark a bracketed figure in a heading over figures of its own as their subtotal (一、中央财政衔接资金(5273万元))."""
    s = ctx.text.string
    starts = [f.start for f in figures]
    for sec in ctx.text.sections:
        head_end = sec.start + len(sec.heading)
        if not amount_tiers.any_between(starts, head_end, sec.end):
            continue
        for i in range(bisect.bisect_left(starts, sec.start), bisect.bisect_left(starts, head_end)):
            if s[figures[i].end : figures[i].end + 1] in ")）":
                amounts[i].aggregate, amounts[i].per = True, []



def _restated_standard(s: str, prev: Figure, fig: Figure) -> bool:
    """Tell whether a figure with no basis of its own restates the standard of the figure before it."""
    plain = not fig.per and fig.bound == "exact" and not fig.aggregate and not prev.condition_figure
    clause_end = _first_or(s, CLAUSE_MARKS, fig.end, fig.sentence[1])
    listed = amount_tiers.listed_after(s[prev.end : fig.start])  # 每人300元、500元、800元
    return plain and (listed or bool(RESTATES.search(s, prev.end, clause_end)))  # …可按照500元、800元标准


def _figures(ctx: Context) -> list[Figure]:
    """Find every money figure and read its basis and bound."""
    s = ctx.text.string
    out: list[Figure] = []
    noun = MONEY_NOUN.search(s)
    unitless = UNITLESS.finditer(s, noun.start()) if noun else iter(())
    matches: Iterator[Match] = heapq.merge(FIGURE.finditer(s), unitless, key=lambda m: m.start())
    for m in matches:
        if _is_place_name(m):
            continue
        sentence = _sentence(ctx, m.start())
        fig = _figure(s, m, sentence, out[-1].end if out and out[-1].sentence == sentence else sentence[0])
        if low := _range_low(s, fig, out):
            if not out or low is not out[-1]:
                out.append(low)
            _as_range(low, fig)
        out.append(fig)
    for i, fig in enumerate(out):
        fig.index = i
    return out


def _sentence(ctx: Context, pos: int) -> tuple[int, int]:
    """Return (start, end) of the sentence around `pos`, also cut where a web page typed its full stop as an ASCII .."""
    a, b = ctx.text.sentence(pos)
    s = ctx.text.string
    starts = [m.end() for m in ASCII_STOP.finditer(s, a, pos)]
    end = ASCII_STOP.search(s, pos, b)
    return (starts[-1] if starts else a), (end.end() if end else b)


def _figure(s: str, m: Match, sentence: tuple[int, int], prev_end: int) -> Figure:
    """Return the Figure of match `m`, its basis and bound read from its clause."""
    start = _after_last(s, CLAUSE_MARKS, prev_end, m.start())
    if s.startswith("、", prev_end) and start <= prev_end:  # 每人1000元、贫困劳动力每人1200元
        start = prev_end + 1  # a 、 inside a case name (赴新疆、西藏务工的每人1000元) parts nothing
    fig = Figure(m, sentence, s[start : m.start()])
    fig.aggregate = bool(TOTAL_BEFORE.search(fig.segment) or TOTAL_AFTER.match(s, m.end()))
    each_one = s[_after_last(s, ";；", prev_end, m.start()) : m.start()]  # 每吸纳1名…，给予: not over a semicolon
    fig.per = [] if fig.aggregate else per(fig.segment, s[m.end() : m.end() + 8]) or per_each_one(each_one)
    fig.bound = bound(fig.segment, s[m.end() : m.end() + 6])
    clause = s[_after_last(s, CLAUSE_MARKS, sentence[0], m.start()) : m.start()]
    fig.condition_figure = bool(CONDITION_CUE.search(clause)) and fig.bound != "exact"
    return fig


def _is_place_name(m: Match) -> bool:
    """Tell whether a Chinese numeral and 元 name a place (三元区, 二元村), not money."""
    s = m.string
    return not m["num"][0].isdigit() and s[m.end() : m.end() + 1] in PLACE_SUFFIXES


def _range_low(s: str, high: Figure, found: list[Figure]) -> Figure | None:
    """Return the low end of a range whose high end is `high` (2000-5000元, 3至5万元, 5万元至10万元)."""
    lo = max(high.sentence[0], high.start - RANGE_REACH)
    before = s[lo : high.start].rstrip()
    if not before or before[-1] not in RANGE_MARKS or not (m := RANGE_LOW.search(before)):
        return None
    start = lo + m.start()
    if found and found[-1].start == start:
        return found[-1]  # 5万元至10万元: the low end is a money figure of its own
    if m["unit"]:
        return None  # a low end with 元 that FIGURE did not take is no money
    low = re.compile(rf"(?P<num>{re.escape(m['num'])})\s*(?P<mult>{m['mult']})").match(s, start)
    if low is None:
        return None  # not met: the text at `start` is the one RANGE_LOW matched
    prev_end = found[-1].end if found and found[-1].sentence == high.sentence else high.sentence[0]
    fig = _figure(s, low, high.sentence, prev_end)
    fig.mult = low["mult"] or high.m["mult"]  # 3至5万元: the low end is 3万 too
    fig.condition_figure = high.condition_figure
    return fig


def _as_range(low: Figure, high: Figure) -> None:
    """Make two figures the ends of one range: min and max, one rate basis."""
    low.bound, high.bound = "min", "max"
    low.per, high.per = low.per or list(high.per), high.per or list(low.per)


def _after_last(s: str, marks: str, lo: int, hi: int) -> int:
    """Return the position after the last of `marks` in s[lo:hi], or `lo` when there is none."""
    return max(lo, last_of(s, marks, lo, hi) + 1)


def _first_or(s: str, marks: str, lo: int, hi: int) -> int:
    """Return the position of the first of `marks` in s[lo:hi], or `hi` when there is none."""
    j = first_of(s, marks, lo, hi)
    return j if j >= 0 else hi


def _category(ctx: Context, figures: list[Figure], i: int, generic_ok: frozenset[str]) -> str | None:
    """Return the instrument of figure `i`: a condition, else the name given in its clause, sentence or heading."""
    fig = figures[i]
    if fig.condition_figure:
        return categories.vocabulary().condition
    s = ctx.text.string
    a, b = fig.sentence
    prev_end = figures[i - 1].end if i and figures[i - 1].sentence == fig.sentence else a
    clause_end = _first_or(s, CLAUSE_MARKS + "(（", fig.end, b)
    lo, hi = _whole_sentence(s, fig)
    own = _after_last(s, CLAUSE_MARKS, a, fig.start)
    near = figures[_first_at(figures, lo, fig.index):_first_at(figures, hi, fig.index)]
    rest = _unclaimed(s, lo, hi, [f for f in near if f is not fig], (own, clause_end))
    return categories.classify(categories.Around(
        clause_after=s[fig.end : clause_end],  # up to an aside too: 494万元(含劳务报酬74万元)
        stretch=s[prev_end : fig.start],
        clause_before=s[own : fig.start],
        sentence_before=rest[: fig.start - lo],  # the whole sentence, over its semicolons
        sentence_after=rest[fig.end - lo :],
        headings=(*_run_in_heading(s, fig), *_headings(ctx, fig.start), *([ctx.meta.title] if ctx.meta.title else [])),
        generic_ok=generic_ok,
    ))


def _first_at(figures: list[Figure], pos: int, near: int) -> int:
    """Return the index of the first figure starting at or after `pos`, searching out from figure `near`."""
    i = near
    while i > 0 and figures[i - 1].start >= pos:
        i -= 1
    while i < len(figures) and figures[i].start < pos:
        i += 1
    return i


def _unclaimed(s: str, lo: int, hi: int, others: list[Figure], own: tuple[int, int]) -> str:
    """Return s[lo:hi] with the clauses that name other figures blanked, except the figure's `own` clause.

    总投资847万元，已到位资金494万元: 总投资 names 847万元 only; 创业孵化基地给予5万元至10万元: both.
    """
    text = list(s[lo:hi])
    for f in others:
        start = _after_last(s, CLAUSE_MARKS + "(（", max(lo, f.sentence[0]), f.start)
        text[start - lo : f.end - lo] = "□" * (f.end - start)
    text[own[0] - lo : own[1] - lo] = s[own[0] : own[1]]
    return "".join(text)


def _whole_sentence(s: str, fig: Figure) -> tuple[int, int]:
    """Return (start, end) of the sentence around a figure over its semicolons, up to 。 or a line break."""
    return _after_last(s, FULL_STOPS, 0, fig.start), _first_or(s, FULL_STOPS, fig.end, len(s))


def _run_in_heading(s: str, fig: Figure) -> list[str]:
    """Return the short first sentence of the figure's paragraph when it stands as its heading (——一次性交通补贴。)."""
    start = last_of(s, "\n", 0, fig.start) + 1
    stop = first_of(s, "。", start, fig.sentence[0])
    return [s[start:stop]] if 0 <= stop - start <= RUN_IN_MAX else []


def _headings(ctx: Context, pos: int) -> list[str]:
    """Return the headings of the sections around `pos`, innermost first."""
    return [sec.heading for sec in ctx.text.sections_at(pos) if sec.heading]


def _beneficiary(s: str, fig: Figure) -> str | None:
    """Return who receives the money: the receiver after 给予, else the subject of a leading 对 clause."""
    sentence = s[fig.sentence[0] : fig.start]
    if m := RECEIVER.search(fig.segment):
        return m["who"]
    if not (m := TOPIC.match(sentence)):
        return None
    who, pos = m["who"], m.end()
    while (more := CARRIES_ON.match(sentence, pos)) and more.group()[1:2] in ("且", "或", "以", "和"):
        who, pos = who + more.group(), more.end()  # 对…个体经营，且…的返乡下乡创业人员
    who = ACTS.split(who)[0]
    return None if who.endswith("的") else who.rsplit("的", 1)[-1].strip() or None  # 对有培训意愿的搬迁群众 -> 搬迁群众


def _condition(s: str, fig: Figure) -> str | None:
    """Return the last 的-clause before the figure in its sentence, the case the payment requires."""
    return amount_tiers.last_case(s[fig.sentence[0] : fig.start])


