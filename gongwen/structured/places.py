"""Which province a prefecture-level city belongs to (bundled NBS division names, loaded on first use)."""
from __future__ import annotations

import csv
from functools import cache
from importlib.resources import files


@cache
def _cities() -> dict[str, str]:
    text = files("gongwen").joinpath("data/cities.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    return {r["city"]: r["province"] for r in rows}


def city_province(city: str) -> str | None:
    """Return the province of the prefecture-level `city` (忻州市 → 山西省), or None if unknown."""
    return _cities().get(city)
