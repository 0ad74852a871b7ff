"""Generate gongwen/data/area_codes.csv and area_codes.md from libphonenumber's geocoding data.

usage: pip install phonenumbers  (a tool dependency only: gongwen reads the generated CSV at run time)
       python3 tools/make_area_codes.py

Every long-distance code of China's fixed-line plan (010, 02X, 03XX-09XX) that libphonenumber accepts
is described in Chinese (河南省洛阳市, 辽宁省沈阳市、铁岭市); each place named is found in the bundled
divisions (gongwen/data/divisions) and written as one row. A place that two codes describe (晋中市 in
0354 and 0358) is left out, since the source cannot tell which is its own.
"""
from __future__ import annotations

import csv
import io
import sys
from datetime import date
from pathlib import Path

import phonenumbers
from phonenumbers.geodata import GEOCODE_DATA

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gongwen.structured.divisions import SNAPSHOTS, SUFFIX, current, gazetteer  # noqa: E402

CSV = ROOT / "gongwen" / "data" / "area_codes.csv"
DOC = ROOT / "gongwen" / "data" / "area_codes.md"
SAMPLE_LOCALS = ("2345678", "23456789", "6345678", "63456789", "8345678", "83456789", "5345678", "55345678")
ERRATA = {"株州市": "株洲市"}  # misspellings in the source's descriptions


def candidate_codes() -> list[str]:
    """Return every code the plan's shape allows: 010, 020-029, 0300-0999."""
    return ["010"] + [f"02{i}" for i in range(10)] + [f"0{i}{j:02d}" for i in range(3, 10) for j in range(100)]


def is_area_code(code: str) -> bool:
    """Tell whether libphonenumber accepts numbers under `code` as fixed lines with exactly this code."""
    for local in SAMPLE_LOCALS:
        n = phonenumbers.parse(code + local, "CN")
        if phonenumbers.is_valid_number(n) and phonenumbers.length_of_geographical_area_code(n) == len(code) - 1:
            return True
    return False


def description(code: str) -> str | None:
    """Return the Chinese description of the longest geocoding prefix that covers the whole code."""
    key = "86" + code[1:]
    for n in range(len(key), 2, -1):
        if key[:n] in GEOCODE_DATA:
            return GEOCODE_DATA[key[:n]].get("zh")
    return None


def split_province(text: str) -> tuple[str, str, str] | None:
    """Return (province code, province name, rest) of a description, by full or short province name."""
    provinces = [d for d in gazetteer(SNAPSHOTS[-1]).by_code.values() if d.level == "province"]
    forms = [(d.name, d) for d in provinces] + [(_short(d.name), d) for d in provinces]
    for form, d in sorted(forms, key=lambda f: -len(f[0])):
        if text.startswith(form):
            return d.code, d.name, text[len(form):]
    return None


def _short(name: str) -> str:
    """Return the short form of a province's name (内蒙古, 黑龙江, 广西, 河北)."""
    return name[:3] if name.startswith(("内蒙古", "黑龙江")) else name[:2]


def place(name: str, province: str) -> str | None:
    """Return the newest division name under `province` for a described place (铜仁地区 → 铜仁市), or None."""
    name = ERRATA.get(name, name)
    for snap in reversed(SNAPSHOTS):
        g = gazetteer(snap)
        for form in (name, name + "市", name + "地区", name + "盟"):
            hits = g.named(form, within=province)
            if len(hits) == 1 and hits[0].level != "province":
                now = current(hits[0]) or hits[0]
                return now.name
    stem = SUFFIX.sub("", name)
    cities = [d for d in gazetteer(SNAPSHOTS[-1]).by_code.values()
              if d.level == "city" and d.code.startswith(province) and d.name.startswith(stem)]
    return cities[0].name if len(cities) == 1 else None


def rows() -> tuple[list[dict], list[str], list[str]]:
    """Return the table's rows, the places left out for having several codes, and the places not found."""
    found: dict[tuple[str, str], set[str]] = {}
    missing = []
    for code in candidate_codes():
        text = description(code) if is_area_code(code) else None
        parts = split_province(text) if text else None
        if parts is None:
            if text:
                missing.append(f"{code} {text}")
            continue
        pcode, pname, rest = parts
        names = [n for n in rest.split("、") if n] or [pname]  # a municipality is its own city
        for n in names:
            city = pname if n == pname else place(n, pcode)
            if city is None:
                missing.append(f"{code} {n}")
            else:
                found.setdefault((pname, city), set()).add(code)
    ambiguous = [f"{city} ({'/'.join(sorted(codes))})" for (_, city), codes in found.items() if len(codes) > 1]
    table = [{"code": min(codes), "province": prov, "city": city} for (prov, city), codes in found.items()
             if len(codes) == 1]
    return sorted(table, key=lambda r: (r["code"], r["city"])), ambiguous, missing


def undescribed(table: list[dict]) -> list[str]:
    """Return the prefecture-level divisions that no row names (the source describes them nowhere)."""
    named = {r["city"] for r in table}
    return [d.name for d in gazetteer(SNAPSHOTS[-1]).by_code.values()
            if d.level == "city" and d.name not in named and not d.name.endswith(("市辖区", "县", "行政区划"))]


def main() -> None:
    """Write the CSV and its note."""
    table, ambiguous, missing = rows()
    out = io.StringIO()
    writer = csv.DictWriter(out, ["code", "province", "city"], lineterminator="\n")
    writer.writeheader()
    writer.writerows(table)
    CSV.write_text(out.getvalue(), encoding="utf-8")
    note = NOTE.format(version=phonenumbers.__version__, day=date.today().isoformat(), rows=len(table),
                       ambiguous="、".join(ambiguous) or "none", undescribed="、".join(undescribed(table)) or "none",
                       missing="; ".join(missing) or "none")
    DOC.write_text(note, encoding="utf-8")
    print(f"{len(table)} rows; {len(ambiguous)} places with several codes; {len(missing)} not found")


NOTE = """# area_codes.csv

Long-distance area codes (长途区号) of China's fixed-line plan, used to complete a landline printed
without its code (`7676016` from a Taiyuan office → `0351-7676016`). Generated by
`tools/make_area_codes.py`; do not edit by hand.

- Source: the geocoding data of libphonenumber, as shipped in the `phonenumbers` package
  version {version} (Apache License 2.0), read on {day}. `phonenumbers` is needed only to
  regenerate this file; gongwen reads the CSV and downloads nothing at run time.
- Columns: `code`, `province` and `city` as the bundled divisions name them (newest snapshot).
  A row is a prefecture-level division, a municipality, or a county-level city that has a code
  of its own (芒市 0692). {rows} rows.
- Each code libphonenumber accepts as a fixed-line code is described in Chinese (河南省洛阳市,
  辽宁省沈阳市、铁岭市、抚顺市、本溪市); every place named gets that code. Old names are mapped to the
  current division (铜仁地区 → 铜仁市); misspellings of the source are corrected ({errata}).
- Left out because the source gives them several codes, so that no number gets a guessed one:
  {ambiguous}.
- Prefecture-level divisions that get no code (none of their own in the source, or left out
  above): {undescribed}.
- Described places not found in the divisions (counties the source lists beside their
  prefecture, codes without a description): {missing}.
""".replace("{errata}", "、".join(f"{k} → {v}" for k, v in ERRATA.items()))


if __name__ == "__main__":
    main()
