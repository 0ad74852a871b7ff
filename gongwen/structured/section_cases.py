"""Read the case that sibling section headings name when they differ only in it (一、中央财政衔接资金 / 二、省级财政衔接资金)."""
from __future__ import annotations

import os
import re
from collections import defaultdict
from typing import Callable

from ..record import Section
from . import categories
from .pattern_cache import cached_re

AFFIX_MIN = 2  # characters the sibling headings must share to differ only in their case
# an aside in brackets that holds a figure: (5273万元)
ASIDE = cached_re(r"[（(][^（()）]*\d[^（()）]*[)）]")
TRAILING = "。；;：:，, \t"


def case_names(sections: list[Section], holds_figure: Callable[[Section], bool]) -> dict[str, str]:
    """Return, by section id, the case each heading names among siblings that hold figures of one kind."""
    siblings: dict[tuple[str, int], list[Section]] = defaultdict(list)
    for sec in sections:
        siblings[(sec.id.rpartition("/")[0], sec.level)].append(sec)
    out: dict[str, str] = {}
    for group in siblings.values():
        if len(group) > 1 and sum(map(holds_figure, group)) > 1:
            names = [_bare(sec) for sec in group]
            cases = _cases(names) or _qualified(names)
            out.update((sec.id, case) for sec, case in zip(group, cases) if case)
    return out


def _bare(sec: Section) -> str:
    """Return a heading up to its first full stop, without its number, a bracketed figure and closing punctuation."""
    text = sec.heading[len(sec.number):] if sec.heading.startswith(sec.number) else sec.heading
    return ASIDE.sub("", text.split("。")[0]).strip(TRAILING)


def _cases(names: list[str]) -> list[str] | None:
    """Return what tells sibling headings apart, when they name cases of one thing; else None."""
    if any(re.search(r"\d", n) for n in names) or len(set(names)) < len(names):
        return None  # (一)支持产业发展2993.7万元: an item line, not a case name
    if len({tuple(categories.vocabulary().cues.all(n)) for n in names}) > 1:
        return None  # 一、培训补贴 / 二、创业补贴: different instruments, not cases
    head = len(os.path.commonprefix(names))
    tail = len(os.path.commonprefix([n[::-1] for n in names]))
    if head + tail >= AFFIX_MIN and all(len(n) > head + tail for n in names):
        return [n[head : len(n) - tail] for n in names]  # 中央财政衔接资金 / 省级财政衔接资金 -> 中央 / 省级
    return None


def _qualified(names: list[str]) -> list[str | None]:
    """Return the qualifier of each heading that narrows a sibling naming an instrument (季节性用工职业介绍补贴)."""
    cues = categories.vocabulary().cues
    plain = [n for n in names if cues.all(n)]
    return [next((n[: -len(p)] for p in plain if n != p and n.endswith(p)), None) for n in names]
