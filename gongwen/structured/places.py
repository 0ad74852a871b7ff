"""Place a notice in the divisions of China: province, city, county, adcode and level.

Evidence comes in two strengths. Issuer names are strong: the most specific division an issuer's
name starts with (忻州市人民政府办公室 → 忻州市) fixes the place, and a name without one still tells the
level (省… province, 市… city, 县/区… county). Everything else votes: division names in the title,
the page's headline, breadcrumbs and source line, the recipients and the body; the province that a
文号 prefix abbreviates (晋人社厅发 → 山西省, own 文号 counted more than cited ones). A city or
county is filled only where the level allows it and one name leads; an ambiguous name stays open.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from . import divisions
from .conventions import HAN
from .vocab import PROVINCE_SHORT, province_of_prefix
from .pattern_cache import cached_re

MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"}
# city-level rows that are no city: the districts and counties of a municipality, 省直辖县级行政区划
NO_CITY = cached_re(r"^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$")
# county names that are also common words
GENERIC = {"城区", "郊区", "矿区", "新区", "东区", "西区", "南区", "北区", "中区", "市中区", "市辖区", "县"}
LEVEL_WORD = cached_re(r"^(?:中共)?(?P<word>国务院|国家|中华人民共和国|中央|自治区|省|市|州|盟|地区|县|区|旗|乡|镇|街道)")
WORD_LEVEL = {"国务院": "national", "国家": "national", "中华人民共和国": "national", "中央": "national",
              "自治区": "province", "省": "province", "市": "city", "州": "city", "盟": "city", "地区": "city",
              "县": "county", "区": "county", "旗": "county", "乡": "township", "镇": "township", "街道": "township"}
MAX_NAME = 12
# the people named in an autonomous division's name: 楚雄|彝族自治州, 湘西|土家族苗族自治州, 伊犁|哈萨克自治州
CITY_SUFFIX = cached_re(r"(?:市|地区|盟)$")
ETHNIC = cached_re(rf"(?:土家|哈尼|蒙古|朝鲜|哈萨克|柯尔克孜|布依|景颇|傈僳|维吾尔|[{HAN}])族|(?:蒙古|哈萨克|柯尔克孜)(?=自治)")


@dataclass
class Place:
    """Where a notice sits: province, city, county, adcode and level."""

    province: str | None = None
    city: str | None = None
    county: str | None = None
    adcode: str | None = None
    level: str | None = None


@cache
def _tables(snapshot: str) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[int, ...]]]:
    """Return the codes of the divisions of one snapshot by every name a notice may print for them (full names,
    cities' short forms: 忻州, 楚雄州 for 楚雄彝族自治州; provinces' short forms: 山西, 内蒙古) and, for the first
    two characters of those names, the lengths (at most MAX_NAME) of the names that start with them, longest
    first: what `mentions` tries at a position. Codes, not divisions: the gazetteer makes those of the hits."""
    out: defaultdict[str, list[str]] = defaultdict(list)
    for code, name in divisions.gazetteer(snapshot).rows.items():
        if name in GENERIC or NO_CITY.match(name):
            continue
        out[name].append(code)
        for form in _other_forms(code, name):
            out[form].append(code)
    starts: defaultdict[str, set[int]] = defaultdict(set)
    for form in out:
        if len(form) <= MAX_NAME:
            starts[form[:2]].add(len(form))
    return ({k: tuple(v) for k, v in out.items()},
            {k: tuple(sorted(v, reverse=True)) for k, v in starts.items()})


def _other_forms(code: str, name: str) -> set[str]:
    """Return the names other than its full one that a notice may print for a division (see `_tables`)."""
    level = divisions.level_of(code)
    if level == "city":
        stem = ETHNIC.split(CITY_SUFFIX.sub("", name))[0]
        if len(stem) >= 2:
            return ({stem, stem + "州"} if name.endswith("自治州") else {stem}) - {name}
    elif level == "county" and name.endswith("自治县"):
        stem = ETHNIC.split(name)[0]
        if len(stem) >= 2:
            return {stem + "县"} - {name}  # 彭水县 for 彭水苗族土家族自治县
    elif level == "province":
        return {PROVINCE_SHORT.get(name, name)} - {name}
    return set()


def _named(snapshot: str, codes: tuple[str, ...]) -> tuple[divisions.Division, ...]:
    """Return the divisions of `codes` in one snapshot."""
    return tuple(map(divisions.gazetteer(snapshot).division, codes))


def mentions(text: str, when: str | None) -> list[divisions.Division | _Ambiguous]:
    """Return the divisions named in `text`, longest name first at each position, in order."""
    snapshot = divisions.nearest_snapshot(when)
    table, starts = _tables(snapshot)
    found: list[divisions.Division | _Ambiguous] = []
    i, size = 0, len(text)
    while i < size:
        # only the lengths of the names that start with these two characters can match here
        for n in starts.get(text[i:i + 2], ()):
            if n > size - i:
                continue
            codes = table.get(text[i:i + n])
            if codes and not _inside_word(text, i + n):
                hits = _named(snapshot, codes)
                one = _one(list(hits))
                found.append(one if one is not None else _Ambiguous(hits))
                i += n
                break
        else:
            i += 1
    return found


class _Ambiguous(tuple[divisions.Division, ...]):
    """Divisions sharing one printed name (朝阳区): they vote only once a province is known."""


def _inside_word(text: str, end: int) -> bool:
    """Tell whether a name runs on into a longer place word (吉林省 in 吉林市 is fine; 海南 in 海南藏族…)."""
    return text[end:end + 2] in ("藏族", "族自")


def of_name(name: str, when: str | None) -> divisions.Division | None:
    """Return the most specific division an organisation's name starts with (达州市达川区民政局 → 达川区);
    None when its first place name is ambiguous (朝阳区) or it starts with none."""
    rest = re.sub(r"^中共", "", name)
    found: divisions.Division | None = None
    snapshot = divisions.nearest_snapshot(when)
    table, starts = _tables(snapshot)
    while rest:
        step = None
        for n in starts.get(rest[:2], ()):  # the lengths of the names that start like `rest`, longest first
            if n > len(rest):
                continue
            hits = [d for d in _named(snapshot, table.get(rest[:n], ())) if found is None or d.code.startswith(found.code)
                    and len(d.code) > len(found.code)]
            if hits:
                step = (n, _one(hits))
                break
        if step is None or step[1] is None:
            break
        n, found = step
        rest = rest[n:]
    return found


def ambiguous_start(name: str, when: str | None) -> list[divisions.Division]:
    """Return the divisions an organisation's name may start with when its first place name is ambiguous
    (朝阳区民政局: 朝阳区 of Beijing or of Changchun …); [] when it names one place or none."""
    snapshot = divisions.nearest_snapshot(when)
    table, starts = _tables(snapshot)
    rest = re.sub(r"^中共", "", name)
    for n in starts.get(rest[:2], ()):
        if n > len(rest):
            continue
        hits = _named(snapshot, table.get(rest[:n], ()))
        if hits:
            return list(hits) if _one(list(hits)) is None else []
    return []


def _one(hits: list[divisions.Division]) -> divisions.Division | None:
    """Return the division a printed name stands for: the one hit, or the province among several (吉林)."""
    if len(hits) == 1:
        return hits[0]
    provinces = [d for d in hits if d.level == "province"]
    return provinces[0] if len(provinces) == 1 else None


def level_of_name(name: str, when: str | None) -> str | None:
    """Return the level of an organisation from its name: its place's level, else its first word."""
    d = of_name(name, when)
    if d is not None:
        return d.level
    m = LEVEL_WORD.match(name)
    if m:
        return WORD_LEVEL[m.group("word")]
    if re.match(rf"^[{HAN}]{{1,10}}部", name):
        return "national"  # 人力资源社会保障部, 财政部办公厅
    return None


def locate(issuers: list[str], votes: list[tuple[str, int]], prefixes: list[tuple[str, int]],
           when: str | None, addressees: Sequence[tuple[str, int]] = ()) -> Place:
    """Return the place of a notice from its issuers, weighted texts that name places, weighted 文号
    prefixes, and weighted addressees (whose places lie below the issuer's: they vote one level up)."""
    placed = [d for n in issuers if (d := of_name(n, when)) is not None]
    levels = [lv for n in issuers if (lv := level_of_name(n, when))]
    if placed:
        best = max(placed, key=lambda d: len(d.code))
        return _fill(best, levels)
    level = _top_level(levels)
    if level == "national":
        return Place(level="national")
    counts = _votes(votes, prefixes, when, addressees)
    province = _leader({c: w for c, w in counts.items() if len(c) == 2})
    if province is None:
        return Place(level=level)
    chain = [_division(province, when)]
    if level in (None, "city", "county", "township"):
        city = _leader({c: w for c, w in counts.items() if len(c) == 4 and c.startswith(province)})
        if city:
            chain.append(_division(city, when))
            if level in (None, "county", "township"):
                county = _leader({c: w for c, w in counts.items() if len(c) == 6 and c.startswith(city)})
                if county:
                    chain.append(_division(county, when))
    place = _fill(chain[-1], [])
    if level:
        place.level = level
    return place


def _division(code: str, when: str | None) -> divisions.Division:
    return divisions.gazetteer(divisions.nearest_snapshot(when)).division(code)


def _votes(votes: list[tuple[str, int]], prefixes: list[tuple[str, int]], when: str | None,
           addressees: Sequence[tuple[str, int]] = ()) -> Counter:
    """Add up the weight of every division named (a county votes for its city and province too)."""
    counts: Counter = Counter()
    ambiguous: list[tuple[_Ambiguous, int]] = []
    for texts, up in ((votes, 0), (addressees, 2)):
        for text, weight in texts:
            for d in mentions(text, when):
                if isinstance(d, _Ambiguous):
                    ambiguous.append((d, weight))
                elif len(d.code) > up:
                    _count(counts, d.code[:len(d.code) - up], weight)
    for prefix, weight in prefixes:
        province = province_of_prefix(prefix)
        if province:
            found = divisions.find(province, "province", when=when)
            if found:
                counts[found.code] += weight
    provinces = {c[:2] for c in counts}
    for hits, weight in ambiguous:  # 朝阳区: counted where one reading lies in a province already named
        inside = [d for d in hits if d.code[:2] in provinces]
        if len(inside) == 1:
            _count(counts, inside[0].code, weight)
    return counts


def _count(counts: Counter, code: str, weight: int) -> None:
    for n in (2, 4, 6):
        if len(code) >= n:
            counts[code[:n]] += weight


def _leader(weights: dict[str, int]) -> str | None:
    """Return the key with the most weight when it leads clearly (no tie)."""
    if not weights:
        return None
    ranked = sorted(weights.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        return None
    return ranked[0][0]


def _top_level(levels: list[str]) -> str | None:
    order = ["national", "province", "city", "county", "township"]
    return min(levels, key=order.index) if levels else None


def _fill(d: divisions.Division, levels: list[str]) -> Place:
    """Return the place of a division with its parents' names; a municipality is its own city."""
    chain = [d]
    while (up := divisions.parent(chain[-1])) is not None:
        chain.append(up)
    named = {x.level: x.name for x in chain if not NO_CITY.match(x.name)}
    province = named.get("province")
    level: str | None = d.level
    if levels and d.level == "province":
        top = _top_level(levels)
        level = top if top != "national" else "province"
    city = named.get("city")
    if province in MUNICIPALITIES and level in ("county", "township"):
        city = province
    return Place(province, city if level != "province" else None,
                 named.get("county") if level in ("county", "township") else None, d.adcode, level)
