"""Name the policy instrument of a money figure in the fixed vocabulary of data/categories.json."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Cues:
    """One strength of cue words: a pattern that finds any of them and the category each names."""

    pattern: re.Pattern
    names: dict[str, str]

    def first(self, text: str) -> str | None:
        """Return the category of the leftmost cue in `text`."""
        m = self.pattern.search(text)
        return self.names[m.group()] if m else None

    def last(self, text: str) -> str | None:
        """Return the category of the rightmost cue in `text`."""
        found = self.pattern.findall(text)
        return self.names[found[-1]] if found else None


@dataclass(frozen=True)
class Vocabulary:
    cues: Cues  # words naming the instrument (职业介绍补贴, 创业载体)
    generic: Cues  # words naming only a kind of payment (奖励, 资金)
    weak: Cues  # topic words (培训, 创业) for when nothing names the instrument
    condition: str  # the category of figures that are eligibility conditions


@cache
def vocabulary() -> Vocabulary:
    """Load the category vocabulary once, on first use."""
    raw = json.loads(resources.files("gongwen.data").joinpath("categories.json").read_text("utf-8"))
    kinds = {kind: _cues(raw["categories"], kind) for kind in ("cues", "generic", "weak")}
    return Vocabulary(kinds["cues"], kinds["generic"], kinds["weak"], raw["condition"])


def _cues(categories: list[dict], kind: str) -> Cues:
    names = {word: c["name"] for c in categories for word in c.get(kind, [])}
    words = sorted(names, key=len, reverse=True)  # longest first: 交通费补贴 before 交通费
    return Cues(re.compile("|".join(map(re.escape, words))), names)


def classify(before: str, clause_after: str, sentence_after: str, headings: list[str]) -> str | None:
    """Return the category named around a figure, trying the most telling context first.

    `before` is the sentence up to the figure, `clause_after` the rest of the figure's clause,
    `sentence_after` the rest of its sentence, `headings` the enclosing section headings (innermost first).
    """
    v = vocabulary()
    tries = (
        lambda: v.cues.first(clause_after),  # 800元的职业介绍补贴
        lambda: v.cues.last(before),  # 对每个创业载体给予最高20万元
        lambda: v.generic.first(clause_after),  # 10万元的一次性奖励
        lambda: v.cues.first(sentence_after),  # …150元、…100元，…给予培训主体培训补贴
        lambda: v.generic.last(before),
        lambda: v.weak.last(before),  # 一次培训一般不超过1000元
        *(lambda h=h: v.cues.first(h) or v.weak.first(h) for h in headings),  # （二）强化技能培训
    )
    for attempt in tries:
        if found := attempt():
            return found
    return None
