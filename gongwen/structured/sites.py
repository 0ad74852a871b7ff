"""Read site lists (安置点名单) into `sites`: places filled down, shifted cells put back, totals checked."""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from ..record import Site, TableRecord
from . import divisions
from .context import Context
from .tables import header
from .tables.grid import NUMBER, clean
from .pattern_cache import cached_re

NAME_COL = cached_re(r"安置点|安置区|集中安置|名称|小区|社区")
COUNTY_COL = cached_re(r"县|旗|区县")
CITY_COL = cached_re(r"市|盟|州")
SEQ_COL = cached_re(r"^序号$")
TOTAL = cached_re(r"^(?:合计|总计|全省|全区|全市)")
COUNT = cached_re(r"(\d+)\s*个")  # 22个, 合计1140个
DECLARED = cached_re(r"^(\d+)\s*(?:个)?(盟市|地市|市|旗县|区县|县|安置点|安置区)$")  # 11市, 51县, 100个安置点


@dataclass
class Summary:
    """A total or subtotal row: what it declares, for which place."""

    level: str  # total | city | county
    row: int
    place: str | None
    city: str | None = None  # the city a county subtotal belongs to
    declared: dict[str, int] = field(default_factory=dict)  # cities, counties, sites, households, persons


@dataclass
class TotalCheck:
    """One declared figure compared with what the list holds."""

    summary: Summary
    what: str
    declared: int
    counted: int

    @property
    def ok(self) -> bool:
        """Tell whether the declared figure equals the counted one."""
        return self.declared == self.counted


@dataclass
class Roles:
    """Which column holds what in a site list."""

    seq: int | None
    city: int | None
    county: int | None
    place: list[int]  # columns where city, county or site name may sit (shifted dumps)
    numbers: dict[int, str]  # numeric column -> path label


def extract(ctx: Context) -> list[Site]:
    """Return the sites of every site list among ctx.tables, warning on unknown places and broken totals."""
    out: list[Site] = []
    for table in ctx.tables:
        roles = column_roles(table)
        if roles is None:
            continue
        sites, summaries = read_sites(table, roles, ctx.meta.province, ctx.meta.issue_date, ctx.warn)
        for check in check_totals(sites, summaries):
            if not check.ok:
                ctx.warn("W_SITE_TOTAL", f"table {table.index} row {check.summary.row + 1} "
                         f"({check.summary.place or check.summary.level}) declares {check.declared} {check.what}, "
                         f"the list holds {check.counted} (difference {check.declared - check.counted})")
        out.extend(sites)
    return out


def column_roles(table: TableRecord) -> Roles | None:
    """Return the column roles of a site list, or None when the table is not one."""
    if table.kind == "template":
        return None
    cols = table.columns
    name = next((i for i, c in enumerate(cols) if NAME_COL.search(c)), None)
    county = next((i for i, c in enumerate(cols) if i != name and COUNTY_COL.search(c)), None)
    city = next((i for i, c in enumerate(cols) if i not in (name, county) and CITY_COL.search(c)), None)
    if name is None or (county is None and city is None):
        return None
    seq = next((i for i, c in enumerate(cols) if SEQ_COL.match(c)), None)
    place = sorted({i for i in (city, county, name) if i is not None} | {i for i, c in enumerate(cols) if not c})
    chains = header.paths(table.header, table.n_cols)
    numbers = {i: "/".join(n.label for n in chains[i]) for i in range(len(cols))
               if i not in place and i != seq and any(NUMBER.match(clean(r[i])) for r in table.rows if i < len(r))}
    return Roles(seq, city, county, place, numbers)


@dataclass
class _Place:
    """The city and county in force while reading down the list."""

    province: divisions.Division | None
    when: str | None
    city: divisions.Division | None = None
    county: divisions.Division | None = None

    def classify(self, value: str) -> divisions.Division | None:
        """Return the city or county `value` names in the province, if it names one."""
        within = self.province.code if self.province else ""
        return (divisions.find(value, "city", within, self.when)
                or divisions.find(value, "county", self.city.code if self.city else within, self.when)
                or divisions.find(value, "county", within, self.when))

    def enter(self, d: divisions.Division) -> None:
        """Move to city or county `d`, keeping city and county consistent."""
        if d.level == "city":
            if self.city is None or self.city.code != d.code:
                self.city, self.county = d, None
            return
        self.county = d
        up = divisions.parent(d)
        if up is not None and (self.city is None or self.city.code != up.code):
            self.city = up


def read_sites(table: TableRecord, roles: Roles, province: str | None, when: str | None,
               warn=None) -> tuple[list[Site], list[Summary]]:
    """Return the sites and the total/subtotal rows of one site list."""
    values = [r[i] for r in table.rows for i in roles.place if i < len(r) and r[i]]
    prov = (divisions.find(province, "province", when=when) if province else None) or divisions.province_of(values, when)
    state = _Place(prov, when)
    sites: list[Site] = []
    summaries: list[Summary] = []
    for n, row in enumerate(table.rows):
        cells = [row[i].strip() for i in roles.place if i < len(row) and row[i].strip()]
        found = [(v, state.classify(v)) for v in cells if not DECLARED.match(clean(v)) and not TOTAL.match(v)]
        for _, d in found:
            if d is not None:
                state.enter(d)
        names = [v for v, d in found if d is None and not COUNT.fullmatch(clean(v))]
        summary = _summary(n, row, cells, found, roles, state)
        if summary is not None:
            summaries.append(summary)
        elif names:
            sites.append(_site(table, roles, n, row, names[0], state, len(sites)))
    return sites, summaries


MAX_COUNT = 10**12  # a count or sum beyond this is no figure of a table


def _number(text: str) -> int | None:
    """Return the whole number a cell holds, None for text, a share or an absurd figure."""
    t = clean(text)
    if not NUMBER.match(t) or t.endswith("%"):
        return None
    value = float(t) if len(t) < 40 else math.inf  # a 300-digit run is no number to count with
    return int(value) if abs(value) < MAX_COUNT else None


def _summary(n: int, row: list[str], cells: list[str], found: list, roles: Roles, state: _Place) -> Summary | None:
    """Return the summary a row declares (合计…, 22个, 11市 51县 100个安置点), or None for a site row."""
    joined = [clean(v) for v in cells]
    total = any(TOTAL.match(v) for v in joined)
    declared = [m for v in joined if (m := DECLARED.match(v))]
    counts = [m for v in joined if (m := COUNT.search(v)) and not DECLARED.match(v)]
    names = [v for v, d in found if d is None and not COUNT.fullmatch(clean(v))]
    if not (total or declared or (counts and not names)):
        return None
    places = [d for _, d in found if d is not None]
    level = "total" if total or declared or not places else places[-1].level
    s = Summary(level, n, places[-1].name if places and level != "total" else None,
                state.city.name if state.city else None)
    for m in declared:
        key = {"市": "cities", "盟市": "cities", "地市": "cities", "县": "counties", "旗县": "counties",
               "区县": "counties"}.get(m.group(2), "sites")
        s.declared[key] = int(m.group(1))
    for m in counts:
        s.declared["sites"] = int(m.group(1))
    for i, label in roles.numbers.items():
        value = _number(row[i]) if i < len(row) else None
        measure = _measure(label)
        if value is not None and measure and measure not in s.declared:
            s.declared[measure] = value
    return s


# a site's own count columns: 户 / 搬迁户数 / 安置户数 and 人 / 搬迁人数 / 安置人口 (not 劳动力人数, 就业人数)
HOUSEHOLDS = cached_re(r"(?:搬迁|安置|入住)?户数?(?:（户）|\(户\))?")
PERSONS = cached_re(r"(?:搬迁|安置|入住)?(?:人|人数|人口|人口数)(?:（人）|\(人\))?")


def _measure(label: str) -> str | None:
    """Return households/persons for the top-level 户/人 columns, None for the others."""
    if "其中" in label:
        return None
    leaf = label.rsplit("/", 1)[-1]
    if HOUSEHOLDS.fullmatch(leaf):
        return "households"
    return "persons" if PERSONS.fullmatch(leaf) else None


def _site(table: TableRecord, roles: Roles, n: int, row: list[str], name: str, state: _Place, k: int) -> Site:
    """Return one site row with its place, adcode and numbers."""
    seq = _number(row[roles.seq]) if roles.seq is not None and roles.seq < len(row) else None
    d = state.county or state.city
    site = Site(seq=seq if seq is not None else k + 1, name=name,
                province=state.province.name if state.province else None,
                city=state.city.name if state.city else None, county=state.county.name if state.county else None,
                adcode=d.adcode if d else None, table=table.index, row=n)
    now = divisions.current(d) if d else None
    if d is not None and now is not None and now.name != d.name:
        site.extra["current_name"], site.extra["current_adcode"] = now.name, now.adcode
    for i, label in roles.numbers.items():
        value = _number(row[i]) if i < len(row) else None
        if value is None:
            continue
        key = _measure(label)
        if key and getattr(site, key) is None:
            setattr(site, key, value)
        else:
            site.extra[label] = value
    return site


def check_totals(sites: list[Site], summaries: list[Summary]) -> list[TotalCheck]:
    """Return every declared figure next to what its parts add up to: lower subtotal rows where present, else sites."""
    checks: list[TotalCheck] = []
    for s in summaries:
        parts = _sub_summaries(s, summaries)
        scope = [x for x in sites if s.level == "total" or getattr(x, s.level) == s.place]
        counted = {"sites": len(scope), "cities": len({x.city for x in scope if x.city}),
                   "counties": len({(x.city, x.county) for x in scope if x.county}),
                   "households": sum(x.households or 0 for x in scope), "persons": sum(x.persons or 0 for x in scope)}
        for what in ("sites", "households", "persons"):
            if parts and all(what in p.declared for p in parts):
                counted[what] = sum(p.declared[what] for p in parts)
        checks.extend(TotalCheck(s, what, value, counted[what]) for what, value in s.declared.items())
    return checks


def _sub_summaries(s: Summary, summaries: list[Summary]) -> list[Summary]:
    """Return the subtotal rows one level below `s` (cities of a total, counties of a city)."""
    for level in {"total": ("city", "county"), "city": ("county",)}.get(s.level, ()):
        parts = [p for p in summaries if p.level == level and (s.level == "total" or p.city == s.place)]
        if parts:
            return parts
    return []
