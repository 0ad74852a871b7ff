"""Find time limits with no date (办理时限 20个工作日, 发布后10日内) and the lengths printed with dated ranges."""
from __future__ import annotations

import re

from ..record import Deadline
from .context import Context
from .pattern_cache import cached
from .timing import clause_end, in_brackets, qualifies, quoted

# a length of time as printed: 20个工作日, 1年, 6个月, 七天
SPAN = r"(?:\d{1,3}|[一二三四五六七八九十两]{1,3})\s*个?\s*(?:工作日|自然日|日|天|周|星期|月|年|小时)"

# a labelled time limit with no date: 办理时限 20个工作日, 公示期为5个工作日, 发放周期最长不超过1个月
LIMIT = cached(rf"""
    (?:(?:自|从)(?:印发|发布|公布|下发)之日起(?:施行|实施|执行|生效)[，,]?\s*)?     # 自公布之日起施行,有效期1年
    (?:(?:承诺)?(?:办理|办结|审核|审批|受理|答复|申报|兑现)?时限
      |(?:办理|办结|申报|受理)期限|有效期|公示(?:期限?|时间)|(?:发放|结算|申领)周期)
    [^，。；;\n\d一二三四五六七八九十两]{{0,8}}?                                # :承诺办结时限, 为, 最长不超过
    (?P<span>{SPAN})(?:内|以内)?(?!\s*(?:以上|及以上))                          # not 合同期限1年以上
""", re.VERBOSE)

# a limit counted from an event: 支付岗位工资之日起6个月内, 发布后10日内; not …3年内有效
AFTER = cached(rf"""
    (?:(?<=[自从在于])[^，。；;,\s:：自从在于]{{1,12}}?之日起
      |(?:发布|公布|印发|公示|受理|收到|批准|下达|立项|验收|审核|审批|核准)[^，。；;,\s]{{0,6}}?(?:之日)?后)
    \s*{SPAN}\s*(?:内|以内)(?!\s*有效)
""", re.VERBOSE)

# a bare limit on a duty, counted in days or months: 在1个月内获得培训信息, 请在10个工作日内完成审核;
# a span of years is a term of entitlement (在3年内按每户每年14400元为限额扣减, 毕业2年内)
WITHIN = cached(r"""
    (?:在|于)\s*(?P<limit>(?:\d{1,3}|[一二三四五六七八九十两]{1,3})\s*个?\s*(?:工作日|自然日|日|天|周|星期|月|小时)
    \s*(?:内|以内))(?!\s*有效)
""", re.VERBOSE)

# a length printed after a dated range: 2020年2月17日至21日(共5个工作日), …—6月4日，共7天, …（5个工作日）
TOTAL = cached(rf"""
    \s*(?:[（(]\s*(?:共|计)?\s*(?P<span>{SPAN})\s*[）)]
      |[，,]?\s*共计?\s*(?P<total>{SPAN}))
""", re.VERBOSE)

# what may stand between a labelled length and the dated range it belongs to: 公示期为5个工作日,从…
FOLD_GAP = cached(r"[\s，,:：（(]*(?:从|自|即)?")


def limit(ctx: Context, m: re.Match) -> Deadline | None:
    """Build a labelled time limit with no date (办理时限 20个工作日, 有效期1年)."""
    if qualifies(ctx.text.string, m.end()):
        return None
    return quoted(ctx, m, "duration", duration=m.group("span"))


def after(ctx: Context, m: re.Match) -> Deadline | None:
    """Build a limit counted from an event (发布后10日内); a 的-clause or brackets make it a condition."""
    s = ctx.text.string
    if qualifies(s, m.end()) or in_brackets(s, m.start()):
        return None  # 毕业后2年内的, 初创企业(自登记注册之日起3年内)
    return quoted(ctx, m, "duration", duration=m.group())


def within(ctx: Context, m: re.Match) -> Deadline | None:
    """Build a bare limit on a duty (在1个月内获得培训信息); a 的 after it makes it a condition."""
    s = ctx.text.string
    if "的" in s[m.end():clause_end(s, m.end())]:
        return None  # 在2个月内毕业的学生
    return quoted(ctx, m, "duration", duration=m.group("limit"))


def fold_lengths(items: list[Deadline], s: str) -> list[Deadline]:
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
