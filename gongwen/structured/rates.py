"""Read the rate basis and the bound of a money figure from the words around it."""
from __future__ import annotations

import re

from .pattern_cache import cached_re

CLAUSE_MARKS = "，,；;：:"  # what ends a clause

# the units a rate is set per, person or thing before time: 每人每月, 每亩, 每辆, 每平方米, 每生每年, 每学期
THINGS = ["平方米", "人", "名", "户", "个", "家", "生", "亩", "辆", "台", "套", "头", "只", "吨", "村", "次", "期"]
TIMES = ["学期", "学年", "季度", "天", "日", "周", "月", "年"]
UNIT = "|".join(THINGS + TIMES)
# a basis written after the figure: 3000元/人, 100元/人/月, 200元/人·月, 600元/人•年, 500元/亩
PER_AFTER = cached_re(rf"\s*[/／]\s*({UNIT})(?:\s*[/／·•・]\s*({UNIT}))?")
# a basis written before the figure, in order: 每人每天, 每日, 每个创业载体, 一次培训, 年就业收入
PER_BEFORE = cached_re(
    rf"""
    每(?:一)?(?P<each>{UNIT})                       # 每人, 每日, 每个, 每名, 每亩, 每学期
    | 一次(?!性)                                     # 一次培训 (一次性 is a lump sum)
    | (?P<year>年)(?:就业|人均|工资)?收入             # 年就业收入达到6000元
    | (?P<month>月)(?:工资|收入)                      # 月工资
    | (?P<avg>人)均                                   # 人均3000元
    """,
    re.VERBOSE,
)
# a rate set per unit of the thing done, in a clause before the payment: 每吸纳1名…，给予2000元
PER_EACH_ONE = cached_re(
    r"""
    每\s*(?:新)?(?:吸纳|招用|招收|招聘|安置|带动|培训|推荐|介绍|输出|帮扶)   # 每吸纳, 每新招用
    \s*(?:1|１|一)\s*(?P<each>[名人户个家])                             # 1名, 1人, 一户
    """,
    re.VERBOSE,
)
UNIT_OF = {"名": "人", "日": "天"}
# a bound right before the figure, possibly followed by the basis: 最高不超过每人, 一般不超过
BOUND_BEFORE = cached_re(
    r"""
    (?:(?P<max>不超过|不高于|低于|最高|最多|上限为?|封顶)   # max
      |(?P<min>不低于|不少于|至少|最低|超过|高于))             # min
    (?:每[一]?[人名户个家次天日月年]|一次|标准|为|可达|\s           # 最高不超过每人, 最高为
      |奖励|奖补|补贴|补助|资助|给予|额度|金额|贷款)*$                 # 最高奖励, 最高额度为
    """,
    re.VERBOSE,
)
# a bound right after the figure: 6000元以上, 300元以内
BOUND_AFTER = cached_re(r"\s*(?:及|或)?(?:(?P<min>以上)|(?P<max>以内|以下|封顶))")


def per(segment: str, after: str) -> list[str]:
    """Return the rate basis written after the figure (/人/月) or before it (每人每天), time last."""
    if m := PER_AFTER.match(after):
        units = [u for u in m.groups() if u]
    else:
        units = [m["each"] or m["year"] or m["month"] or m["avg"] or "次" for m in PER_BEFORE.finditer(segment)]
    return sorted((UNIT_OF.get(u, u) for u in units), key=lambda u: u in TIMES)  # 元/年/人 -> [人, 年]


def per_each_one(before: str) -> list[str]:
    """Return the basis of a rate set in an earlier clause per one unit done (每吸纳1名…，给予)."""
    m = PER_EACH_ONE.search(before) if "每" in before else None
    return [UNIT_OF.get(m["each"], m["each"])] if m else []


def bound(segment: str, after: str) -> str:
    """Return max, min or exact from the words right before or after the figure."""
    for m in (BOUND_BEFORE.search(segment), BOUND_AFTER.match(after)):
        if m:
            return "max" if m["max"] else "min"
    return "exact"
