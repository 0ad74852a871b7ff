"""Find every money figure of a notice and read its rate basis, bound, tier and instrument."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..record import Amount
from . import categories
from .context import Context
from .numbers import CHINESE_DIGITS, scaled

FIGURE = re.compile(
    rf"""
    (?P<num>
        (?<![0-9０-９])[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?  # 1500, ３０００, 1,500, 11.22; a run read from its start
        (?=\s*[千万亿]?\s*元)
      | (?<![零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖十拾])  # (retrying inside a run of 16 k digits took 14 s)
        [零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖十拾][{CHINESE_DIGITS}]*  # 三千, 二十万, 叁仟
    )
    \s*(?P<mult>[千万亿]?)\s*                               # 11.22 亿元, 20 万元
    元(?![旦宵素化件首帅])                                  # not 元旦, 元素, 一元化
    """,
    re.VERBOSE,
)

# the low end of a range whose high end is a money figure: 2000-5000元, 3至5万元, 800～1500元
RANGE_LOW = re.compile(
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

# a basis written after the figure: 3000元/人, 100元/人/月, 200元/人·月
PER_AFTER = re.compile(r"\s*[/／]\s*([人次天日月年户个家名])(?:\s*[/／·]\s*([人次天日月年]))?")

# a basis written before the figure, in order: 每人每天, 每日, 每个创业载体, 一次培训, 年就业收入
PER_BEFORE = re.compile(
    r"""
    每(?:一)?(?P<each>[人名户个家次天日月年周期])   # 每人, 每日, 每个, 每名
    | 一次(?!性)                                     # 一次培训 (一次性 is a lump sum)
    | (?P<year>年)(?:就业|人均|工资)?收入             # 年就业收入达到6000元
    | (?P<month>月)(?:工资|收入)                      # 月工资
    | (?P<avg>人)均                                   # 人均3000元
    """,
    re.VERBOSE,
)
# a rate set per unit of the thing done, in a clause before the payment: 每吸纳1名…，给予2000元
PER_EACH_ONE = re.compile(
    r"""
    每\s*(?:新)?(?:吸纳|招用|招收|招聘|安置|带动|培训|推荐|介绍|输出|帮扶)   # 每吸纳, 每新招用
    \s*(?:1|１|一)\s*(?P<each>[名人户个家])                             # 1名, 1人, 一户
    """,
    re.VERBOSE,
)
UNIT_OF = {"名": "人", "日": "天", "年": "年", "月": "月"}

# a bound right before the figure, possibly followed by the basis: 最高不超过每人, 一般不超过
BOUND_BEFORE = re.compile(
    r"""
    (?:(?P<max>不超过|不高于|低于|最高|最多|上限为?|封顶)   # max
      |(?P<min>不低于|不少于|至少|最低|超过|高于))             # min
    (?:每[一]?[人名户个家次天日月年]|一次|标准|为|可达|\s           # 最高不超过每人, 最高为
      |奖励|奖补|补贴|补助|资助|给予|额度|金额|贷款)*$                 # 最高奖励, 最高额度为
    """,
    re.VERBOSE,
)
# a bound right after the figure: 6000元以上, 300元以内
BOUND_AFTER = re.compile(r"\s*(?:及|或)?(?:(?P<min>以上)|(?P<max>以内|以下|封顶))")

# figures that are eligibility conditions: 年就业收入达到6000元以上, 月工资低于3000元
CONDITION_CUE = re.compile(r"收入|营业额|销售额|产值|工资|达到|低于|高于")

CLAUSE_MARKS = "，,；;：:"
BARE_LABEL_MAX = 6  # characters: a longer text before a figure is a clause, not a case name
# words that open a clause without naming a case: 按照, 分别给予, 可按
LEAD = re.compile(r"^(?:可|并|再|均)?(?:分别)?(?:按照|按|依照|根据|对于|对|给予|补贴|为)*")
# a word after which a case name starts inside a segment: 交通补助按县内200元 -> 县内
LEAD_INSIDE = re.compile(r"按照|依照|根据|按|给予|对于|对|为")
# one clause mark between two figures that each name their case: 初级工每人1000元，中级工每人1500元
PARALLEL = re.compile(r"[^，,；;。：:]*[，,；;][^，,；;。：:]*")
# the cases a sentence lists before its figures: 县内、省内、省外
ENUMERATION = re.compile(r"[^、，,；;。：:\s\d]{1,10}(?:、[^、，,；;。：:\s\d]{1,10})+")
# the basis a sentence sorts its figures by: 根据取证类别，可分别给予
BASIS = re.compile(r"(?:根据|按照|依据)(?P<basis>[^、，,；;。\s\d]{2,8})[，,]?[^，,；;。]{0,6}分别")
# the case that opens a sentence: 对跨省务工的脱贫劳动力， / 对吸纳…10人以上的就业帮扶车间，
OWN_CASE = re.compile(r"[^，,；;]*?(?:对于|对|凡)(?P<case>[^，,；;的]+?)的[^，,；;]*[，,]")
# a standard raised or set anew for a case: 提高至4000元, 调整为, 提高到10万元
RAISED = re.compile(r"(?:提高|调整|增加|上调)(?:至|到|为)\s*$")
# the case a 的-clause sets: 2020年12月底前招用的，
CASE_CLAUSE = re.compile(r"(?:^|[，,；;])(?:对于|对|凡)?(?P<case>[^，,；;]+?)的[，,]")
# the receiver named after 给予: 给予机构每人, 给予评价机构200元
RECEIVER = re.compile(r"给予(?P<who>[^\d每，,；;。的、\s]{2,8}?)(?=每|\d)")
# the leading 对 phrase of a sentence: 对有培训意愿的搬迁群众，
TOPIC = re.compile(r"^(?:对于|对)(?P<who>[^，,；;。]+)")
# where the 对 phrase ends and the action starts: 对贫困劳动力培训期间给予…
ACTS = re.compile(r"给予|按照?|根据|分别|落实")
# a clause that carries the 对 phrase on: ，且正常运营6个月以上的…
CARRIES_ON = re.compile(r"[，,](?:且|并且|或|或者|以及|和)?[^，,；;。]*")


@dataclass
class Figure:
    """A money figure found in the text, with the context its attributes are read from."""

    m: re.Match
    sentence: tuple[int, int]
    segment: str  # the figure's own clause piece before it, from the last mark or figure
    per: list[str] = field(default_factory=list)
    bound: str = "exact"
    condition_figure: bool = False
    mult: str | None = None  # the magnitude, when the figure shares it with a range's high end (3至5万元)

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
    amounts = []
    for i, fig in enumerate(figures):
        prev = figures[i - 1] if i and figures[i - 1].sentence == fig.sentence else None
        if not fig.per and fig.bound == "exact" and prev and not prev.condition_figure:
            fig.per = list(prev.per)  # 每人1000元…标准统一提高至1500元: the standard is still per person
        amounts.append(
            Amount(
                quote=fig.m.group(),
                value=scaled(fig.m["num"], fig.mult if fig.mult is not None else fig.m["mult"]),
                span=ctx.text.span(fig.start, fig.end),
                per=fig.per,
                bound=fig.bound,
                category=_category(ctx, fig),
                beneficiary=_beneficiary(s, fig),
                condition=_condition(s, fig),
            )
        )
    for group in _groups(s, figures):
        for amount, tier in zip((amounts[figures.index(f)] for f in group), _tiers(s, group, figures)):
            amount.tier = tier
    _tier_parallel_sentences(s, figures, amounts)
    _tier_first_case(s, figures, amounts)
    _tier_raised_standard(s, figures, amounts)
    return amounts


def _tier_first_case(s: str, figures: list[Figure], amounts: list[Amount]) -> None:
    """Give the first figure of a sentence its own case when a later one of its kind names another.

    对跨省务工的脱贫劳动力，按不超过600元/人…；在省内县外务工的，给予不超过300元/人… → 跨省务工
    """
    for i, (fig, amount) in enumerate(zip(figures, amounts)):
        later = [b for f, b in zip(figures[i + 1:], amounts[i + 1:]) if f.sentence == fig.sentence]
        if amount.tier or not any(b.tier and b.category == amount.category for b in later):
            continue
        if m := OWN_CASE.match(s, fig.sentence[0], fig.start):
            amount.tier = m["case"]


def _tier_raised_standard(s: str, figures: list[Figure], amounts: list[Amount]) -> None:
    """Give a raised or adjusted standard its case as tier (6月30日前吸纳的，补贴标准提高至4000元)."""
    for fig, amount in zip(figures, amounts):
        before = s[fig.sentence[0]:fig.start]
        if not amount.tier and RAISED.search(before):
            amount.tier = _last_case(before)


def _figures(ctx: Context) -> list[Figure]:
    """Find every money figure and read its basis and bound."""
    s = ctx.text.string
    out: list[Figure] = []
    for m in FIGURE.finditer(s):
        if _is_place_name(m):
            continue
        sentence = ctx.text.sentence(m.start())
        fig = _figure(s, m, sentence, out[-1].end if out and out[-1].sentence == sentence else sentence[0])
        if low := _range_low(s, fig, out):
            if not out or low is not out[-1]:
                out.append(low)
            _as_range(low, fig)
        out.append(fig)
    return out


def _figure(s: str, m: re.Match, sentence: tuple[int, int], prev_end: int) -> Figure:
    """Return the Figure of match `m`, its basis and bound read from its clause."""
    start = _after_last(s, CLAUSE_MARKS, prev_end, m.start())
    if s.startswith("、", prev_end) and start <= prev_end:  # 每人1000元、贫困劳动力每人1200元
        start = prev_end + 1  # a 、 inside a case name (赴新疆、西藏务工的每人1000元) parts nothing
    fig = Figure(m, sentence, s[start : m.start()])
    fig.per = _per(fig.segment, s[m.end() : m.end() + 8]) or _per_each_one(s[prev_end : m.start()])
    fig.bound = _bound(fig.segment, s[m.end() : m.end() + 6])
    clause = s[_after_last(s, CLAUSE_MARKS, sentence[0], m.start()) : m.start()]
    fig.condition_figure = bool(CONDITION_CUE.search(clause)) and fig.bound != "exact"
    return fig


def _is_place_name(m: re.Match) -> bool:
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
    return max([lo] + [s.rfind(ch, lo, hi) + 1 for ch in marks])


def _per(segment: str, after: str) -> list[str]:
    """Return the rate basis written before the figure (每人每天) or after it (/人)."""
    if m := PER_AFTER.match(after):
        return [UNIT_OF.get(u, u) for u in m.groups() if u]
    per = []
    for m in PER_BEFORE.finditer(segment):
        unit = m["each"] or m["year"] or m["month"] or m["avg"] or "次"
        per.append(UNIT_OF.get(unit, unit))
    return per


def _per_each_one(before: str) -> list[str]:
    """Return the basis of a rate set in an earlier clause per one unit done (每吸纳1名…，给予)."""
    m = PER_EACH_ONE.search(before) if "每" in before else None
    return [UNIT_OF.get(m["each"], m["each"])] if m else []


def _bound(segment: str, after: str) -> str:
    """Return max, min or exact from the words right before or after the figure."""
    for m in (BOUND_BEFORE.search(segment), BOUND_AFTER.match(after)):
        if m:
            return "max" if m["max"] else "min"
    return "exact"


def _category(ctx: Context, fig: Figure) -> str | None:
    """Return the instrument of the figure: a condition, else the name given around it."""
    vocab = categories.vocabulary()
    if fig.condition_figure:
        return vocab.condition
    s = ctx.text.string
    a, b = fig.sentence
    clause_end = min([i for i in (s.find(ch, fig.end, b) for ch in CLAUSE_MARKS) if i >= 0] + [b])
    return categories.classify(s[a : fig.start], s[fig.end : clause_end], s[fig.end : b], _headings(ctx, fig.start))


def _headings(ctx: Context, pos: int) -> list[str]:
    """Return the headings of the sections around `pos`, innermost first."""
    around = [sec for sec in ctx.text.sections if sec.start <= pos < sec.end]
    return [sec.heading for sec in sorted(around, key=lambda sec: -sec.level) if sec.heading]


def _groups(s: str, figures: list[Figure]) -> list[list[Figure]]:
    """Return runs of figures one sentence lists side by side (300元、500元、800元)."""
    groups: list[list[Figure]] = []
    for fig in figures:
        last = groups[-1][-1] if groups else None
        joined = last and last.sentence == fig.sentence and (
            _listed_after(s[last.end : fig.start]) or _parallel(s[last.end : fig.start], last, fig))
        if joined and fig.bound in ("exact", last.bound):
            groups[-1].append(fig)
        else:
            groups.append([fig])
    return [g for g in groups if len(g) > 1 or _restates(s, g[0], figures)]


def _listed_after(between: str) -> bool:
    """Tell whether the text between two figures joins them into one list."""
    return "、" in between and not any(ch in between for ch in CLAUSE_MARKS)


def _parallel(between: str, last: Figure, fig: Figure) -> bool:
    """Tell whether two figures a single comma parts each name their own case (初级工每人…，中级工每人…)."""
    return bool(PARALLEL.fullmatch(between) and _label(last.segment) and _label(fig.segment))


def _restates(s: str, fig: Figure, figures: list[Figure]) -> bool:
    """Tell whether a lone figure restates an earlier standard of its sentence for another case."""
    i = figures.index(fig)
    prev = figures[i - 1] if i else None
    return bool(prev and prev.sentence == fig.sentence and not prev.condition_figure
                and CASE_CLAUSE.search(s[prev.end : fig.start]))


def _tiers(s: str, group: list[Figure], figures: list[Figure]) -> list[str | None]:
    """Return the case each figure of a group applies to, by label, listed case, basis or 的-clause."""
    if len(group) == 1:  # …，2020年12月底前招用的，标准统一提高至1500元
        prev_end = figures[figures.index(group[0]) - 1].end
        return [_last_case(s[prev_end : group[0].start])]
    labels = [_label(f.segment) for f in group]
    if all(labels):
        return labels  # 普通劳动力每人1000元、贫困劳动力每人1200元
    labels = [_bare_label(f.segment) for f in group]
    if all(labels) and len(set(labels)) == len(labels):
        return labels  # 初级工300元、中级工500元、高级工800元
    before = s[group[0].sentence[0] : group[0].start]
    listed = [_trim(m.group().split("、")) for m in ENUMERATION.finditer(before)]
    for cases in reversed(listed):
        if len(cases) == len(group):
            return cases  # 在县内、省内、省外…分别给予每人300元、500元、800元
    if m := BASIS.search(before):
        return [f"{m['basis']}{k}" for k in range(1, len(group) + 1)]  # 根据取证类别，可分别给予…
    return [None] * len(group)


def _tier_parallel_sentences(s: str, figures: list[Figure], amounts: list[Amount]) -> None:
    """Give each of two adjacent one-figure sentences on the same instrument its own case as tier.

    对当年跨省务工的，给予最高不超过800元的一次性交通补贴。通过…到…省内用人单位就业的，给予不超过300元…
    """
    lone = [i for i, f in enumerate(figures) if sum(g.sentence == f.sentence for g in figures) == 1]
    for i, j in zip(lone, lone[1:]):
        a, b = amounts[i], amounts[j]
        adjacent = figures[i].sentence[1] == figures[j].sentence[0] and s[figures[i].sentence[1] - 1] != "\n"
        if adjacent and (a.category, a.bound) == (b.category, b.bound) and a.condition and b.condition:
            a.tier, b.tier = a.tier or a.condition, b.tier or b.condition


def _label(segment: str) -> str | None:
    """Return the case named before 每 in a figure's segment (普通劳动力每人 -> 普通劳动力)."""
    head = LEAD.sub("", segment.split("每")[0]).strip()
    return head if "每" in segment and head else None


def _bare_label(segment: str) -> str | None:
    """Return a short case name standing right before a figure (初级工300元 -> 初级工)."""
    head = LEAD_INSIDE.split(LEAD.sub("", segment))[-1].strip()
    return head if 1 < len(head) <= BARE_LABEL_MAX and not re.search(r"[\d每为的]", head) else None


def _trim(items: list[str]) -> list[str]:
    """Cut the first and last listed cases to the length of the inner ones (推荐劳动者在县内 -> 县内)."""
    width = min(len(x) for x in (items[1:-1] or items))
    return [items[0][-width:], *items[1:-1], items[-1][:width]]


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
    return _last_case(s[fig.sentence[0] : fig.start])


def _last_case(text: str) -> str | None:
    """Return the last 的-clause of `text` (对…的，), without its 对 and 的."""
    cases = [m["case"].strip() for m in CASE_CLAUSE.finditer(text)]
    return cases[-1] if cases else None
