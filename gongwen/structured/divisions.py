"""Look up China's administrative divisions (province, prefecture, county) in bundled snapshots."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache, cached_property
from importlib.resources import files

from .pattern_cache import cached_re

SNAPSHOTS = ("2018-10-31", "2020-06-30", "2022-10-31")
# the generic part of a name: 太谷县 and 太谷区 share the stem 太谷
SUFFIX = cached_re(r"(?:自治县|自治旗|自治州|地区|林区|特区|新区|矿区|县|区|市|旗|盟|省|自治区)$")
LEVEL_OF_LENGTH = {2: "province", 4: "city"}  # a code's digits; six are a county's


@dataclass(frozen=True)
class Division:
    """A province, prefecture or county of one snapshot."""

    code: str  # 2, 4 or 6 digits
    name: str
    snapshot: str

    @property
    def level(self) -> str:
        """Return province, city or county, from the length of the code."""
        return level_of(self.code)

    @property
    def adcode(self) -> str:
        """Return the six-digit adcode."""
        return self.code.ljust(6, "0")


def level_of(code: str) -> str:
    """Return the level of a division code: province, city or county."""
    return LEVEL_OF_LENGTH.get(len(code), "county")


@dataclass(frozen=True)
class Gazetteer:
    """The divisions of one snapshot, by code and by name.

    A Division is made when it is first asked for (one object per code): most snapshots are only searched for
    names that a notice prints, and making all ~3,400 divisions of each took longer than parsing the notice."""

    snapshot: str
    rows: dict[str, str]  # code -> name, in the order of the file
    _made: dict[str, Division] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def by_code(self) -> dict[str, Division]:
        """Return every division of the snapshot by code."""
        return {code: self.division(code) for code in self.rows}

    @cached_property
    def codes_by_name(self) -> dict[str, tuple[str, ...]]:
        """Return the codes of the divisions of each name, in the order of the file."""
        out: dict[str, list[str]] = {}
        for code, name in self.rows.items():
            out.setdefault(name, []).append(code)
        return {name: tuple(codes) for name, codes in out.items()}

    def division(self, code: str) -> Division:
        """Return the division of a code the snapshot lists."""
        made = self._made.get(code)
        if made is None:
            made = self._made[code] = Division(code, self.rows[code], self.snapshot)
        return made

    def get(self, code: str) -> Division | None:
        """Return the division of `code`, None when the snapshot lists no such code."""
        return self.division(code) if code in self.rows else None

    def named(self, name: str, level: str | None = None, within: str = "") -> list[Division]:
        """Return the divisions called `name`, optionally of one level and under one code prefix."""
        return [self.division(code) for code in self.codes_by_name.get(name, ())
                if (level is None or level_of(code) == level) and code.startswith(within)]

    def parent(self, d: Division) -> Division | None:
        """Return the division one level up."""
        return self.get(d.code[: len(d.code) - 2]) if len(d.code) > 2 else None

    def successor(self, d: Division) -> Division | None:
        """Return the same-level division under the same parent whose name shares `d`'s stem (太谷县 → 太谷区)."""
        same = self.get(d.code)
        if same is not None and same.name == d.name:
            return same
        stem = SUFFIX.sub("", d.name)
        prefix = d.code[: len(d.code) - 2]
        hits = [self.division(code) for name, codes in self.codes_by_name.items() if SUFFIX.sub("", name) == stem
                for code in codes if level_of(code) == d.level and code.startswith(prefix)]
        return hits[0] if len(hits) == 1 else None


@cache
def gazetteer(snapshot: str) -> Gazetteer:
    """Load one snapshot from package data (once)."""
    text = files("gongwen").joinpath(f"data/divisions/{snapshot}.csv").read_text(encoding="utf-8")
    return Gazetteer(snapshot, dict(line.split(",", 1) for line in text.splitlines()[1:]))  # code,name; no quotes


def nearest_snapshot(when: str | None) -> str:
    """Return the snapshot nearest an ISO date (the newest when the date is unknown)."""
    if not when:
        return SNAPSHOTS[-1]
    try:
        day = date.fromisoformat(when[:10])
    except ValueError:
        return SNAPSHOTS[-1]
    return min(SNAPSHOTS, key=lambda s: abs((date.fromisoformat(s) - day).days))


@cache
def search_order(when: str | None) -> tuple[str, ...]:
    """Return the snapshots to try: the nearest first, then the others by distance."""
    first = nearest_snapshot(when)
    rest = sorted((s for s in SNAPSHOTS if s != first), key=lambda s: abs(SNAPSHOTS.index(s) - SNAPSHOTS.index(first)))
    return (first, *rest)


@cache
def find(name: str, level: str | None = None, within: str = "", when: str | None = None) -> Division | None:
    """Return the one division called `name` in the snapshot nearest `when`, else in the others."""
    for snap in search_order(when):
        hits = gazetteer(snap).named(name, level, within)
        if len(hits) == 1:
            return hits[0]
    return None


@cache
def current(d: Division) -> Division | None:
    """Return `d` as the newest snapshot names it (None when it no longer exists)."""
    return gazetteer(SNAPSHOTS[-1]).successor(d)


def parent(d: Division) -> Division | None:
    """Return the division one level above `d`, in `d`'s own snapshot."""
    return gazetteer(d.snapshot).parent(d)


def province_of(names: list[str], when: str | None = None) -> Division | None:
    """Return the province that holds most of `names` (cities or counties), or None."""
    votes: dict[str, int] = {}
    g = gazetteer(nearest_snapshot(when))
    for name in names:
        for prov in {d.code[:2] for d in g.named(name) if d.level != "province"}:
            votes[prov] = votes.get(prov, 0) + 1
    if not votes:
        return None
    best = max(votes, key=lambda k: votes[k])
    return g.get(best)
