"""Name the policy instrument of a money figure in the fixed vocabulary of data/categories.json."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from .pattern_cache import cached_re

TOPIC_MENTIONS = 3  # times a notice prints its topic words to be about that topic (else in its title or a heading)


@dataclass(frozen=True)
class Cues:
    """One strength of cue words: a pattern that finds any of them and the category each names."""

    pattern: re.Pattern
    names: dict[str, str]

    def first(self, text: str, allowed: frozenset[str] | None = None) -> str | None:
        """Return the category of the leftmost cue in `text` (among `allowed` categories, when given)."""
        found = self._names(text, allowed)
        return found[0] if found else None

    def last(self, text: str, allowed: frozenset[str] | None = None) -> str | None:
        """Return the category of the rightmost cue in `text` (among `allowed` categories, when given)."""
        found = self._names(text, allowed)
        return found[-1] if found else None

    def all(self, text: str) -> list[str]:
        """Return the categories of all cues in `text`, in order."""
        return self._names(text, None)

    def _names(self, text: str, allowed: frozenset[str] | None) -> list[str]:
        """Return the categories of the cues in `text`, in order."""
        names = [self.names[w] for w in self.pattern.findall(text)] if self.names else []
        return [n for n in names if allowed is None or n in allowed]


@dataclass(frozen=True)
class Vocabulary:
    cues: Cues  # words naming the instrument (职业介绍补贴, 创业载体)
    generic: Cues  # words naming only a kind of payment (奖励, 资金)
    weak: Cues  # topic words (培训, 创业) for when nothing names the instrument
    condition: str  # the category of figures that are eligibility conditions
    topics: dict[str, list[str]] = field(default_factory=dict)  # category: words its notice must be about
    refiners: dict[str, str] = field(default_factory=dict)  # broad category: the narrower one that refines it


@dataclass(frozen=True)
class Around:
    """The text around a figure that its category is read from."""

    clause_after: str  # the rest of the figure's clause
    stretch: str  # the sentence from the previous figure (or its start) up to the figure
    clause_before: str  # the figure's own clause up to the figure
    sentence_before: str  # over its semicolons, the clauses that name other figures blanked
    sentence_after: str
    headings: tuple[str, ...]  # the paragraph's run-in heading, the section headings innermost first, the title
    generic_ok: frozenset[str]  # the categories whose generic words count in this notice


@cache
def vocabulary() -> Vocabulary:
    """Load the category vocabulary once, on first use."""
    raw = json.loads(resources.files("gongwen.data").joinpath("categories.json").read_text("utf-8"))
    cats = raw["categories"]
    kinds = {kind: _cues(cats, kind) for kind in ("cues", "generic", "weak")}
    topics = {c["name"]: c["topic"] for c in cats if c.get("topic")}
    refiners = {c["refines"]: c["name"] for c in cats if c.get("refines")}
    return Vocabulary(kinds["cues"], kinds["generic"], kinds["weak"], raw["condition"], topics, refiners)


def _cues(categories: list[dict], kind: str) -> Cues:
    names = {word: c["name"] for c in categories for word in c.get(kind, [])}
    words = sorted(names, key=len, reverse=True)  # longest first: 交通费补贴 before 交通费
    return Cues(cached_re("|".join(map(re.escape, words)) or r"(?!)"), names)


def generic_allowed(notice: str, headings: str) -> frozenset[str]:
    """Return the categories whose generic words count in a notice: those without a topic or on its topic."""
    v = vocabulary()
    names = set(v.generic.names.values())
    on_topic = {
        name for name, words in v.topics.items()
        if any(w in headings for w in words) or sum(map(notice.count, words)) >= TOPIC_MENTIONS
    }
    return frozenset(n for n in names if n not in v.topics or n in on_topic)


def classify(a: Around) -> str | None:
    """Return the category named around a figure, its own clause first, its headings last."""
    found = _named(a)
    refiner = vocabulary().refiners.get(found or "")
    if refiner and refiner in vocabulary().cues.all(a.sentence_before + a.sentence_after):
        return refiner  # 开展以工代训的，…给予…500元的培训补贴
    return found


def _named(a: Around) -> str | None:
    """Return the first category that the most telling context names."""
    v, ok = vocabulary(), a.generic_ok
    tries = (
        lambda: v.cues.first(a.clause_after),  # 800元的职业介绍补贴
        lambda: v.cues.last(a.stretch),  # 对每个创业载体给予最高20万元
        lambda: v.generic.first(a.clause_after, ok),  # 10万元的一次性奖励
        lambda: v.cues.first(a.sentence_after),  # …150元、…100元，…给予培训主体培训补贴
        lambda: v.cues.last(a.sentence_before),  # 对…的就业帮扶车间，给予5万元…；吸纳30人以上的，奖补标准提高到10万元
        lambda: v.generic.last(a.clause_before, ok),  # 已到位资金494万元
        lambda: v.weak.last(a.sentence_before),  # 一次培训一般不超过1000元
        *(lambda h=h: v.cues.first(h) or v.weak.first(h) or v.generic.first(h, ok) for h in a.headings),
    )
    for attempt in tries:
        if found := attempt():
            return found
    return None
