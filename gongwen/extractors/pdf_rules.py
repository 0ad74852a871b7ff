"""Merge the rules drawn on a PDF page, find where they cross and group the ruled cells into tables, step for step
as pdfplumber's table finder does with its default "lines" settings (so its tables are found without importing
pdfplumber and pdfminer, half a second a process).

Edges are pdfplumber's dicts (x0, x1, top, bottom, width, height, orientation); tests/extractors/test_pdf_tables.py
holds each step to pdfplumber's own.
"""
from __future__ import annotations

import itertools
from operator import itemgetter

TOLERANCE = 3  # pdfplumber's snap, join and intersection tolerances and its minimum edge length
PREFILTER = 1  # the minimum length of a drawn edge considered at all

Edge = dict
Point = tuple[float, float]


def rules(edges: list[Edge]) -> list[Edge]:
    """Return the page's edges snapped to shared lines, joined where they meet, and long enough to count."""
    v = [e for e in edges if e["orientation"] == "v" and e["height"] >= PREFILTER]
    h = [e for e in edges if e["orientation"] == "h" and e["width"] >= PREFILTER]
    snapped = _snap(v, "x0", ("x0", "x1")) + _snap(h, "top", ("top", "bottom"))
    merged = itertools.chain.from_iterable(_join(list(group), key[0]) for key, group in
                                           itertools.groupby(sorted(snapped, key=_line_of), key=_line_of))
    return [e for e in merged if e["height" if e["orientation"] == "v" else "width"] >= TOLERANCE]


def _line_of(e: Edge) -> tuple[str, float]:
    return ("h", e["top"]) if e["orientation"] == "h" else ("v", e["x0"])


def _snap(edges: list[Edge], attr: str, moved: tuple[str, str]) -> list[Edge]:
    """Return the edges clustered by `attr` (values within TOLERANCE of the next), each moved to its cluster's mean."""
    values = sorted(set(map(itemgetter(attr), edges)))
    cluster: dict[float, int] = {}
    for i, v in enumerate(values):
        cluster[v] = cluster[values[i - 1]] + (v > values[i - 1] + TOLERANCE) if i else 0
    out = []
    for _, group in itertools.groupby(sorted(edges, key=lambda e: cluster[e[attr]]), key=lambda e: cluster[e[attr]]):
        members = list(group)
        mean = sum(map(itemgetter(attr), members)) / len(members)
        for e in members:
            shift = mean - e[attr]
            out.append({**e, moved[0]: e[moved[0]] + shift, moved[1]: e[moved[1]] + shift})
    return out


def _join(edges: list[Edge], orientation: str) -> list[Edge]:
    """Return the edges of one line joined where one starts within TOLERANCE of where the one before ends."""
    start, end = ("x0", "x1") if orientation == "h" else ("top", "bottom")
    ordered = sorted(edges, key=itemgetter(start))
    joined = [ordered[0]]
    for e in ordered[1:]:
        last = joined[-1]
        if e[start] <= last[end] + TOLERANCE:
            if e[end] > last[end] and orientation == "h":
                joined[-1] = {**last, "x1": e["x1"], "width": e["x1"] - last["x0"]}
            elif e[end] > last[end]:
                joined[-1] = {**last, "bottom": e["bottom"], "height": last["height"] + (e["bottom"] - last["bottom"])}
        else:
            joined.append(e)
    return joined


def crossings(edges: list[Edge]) -> dict[Point, dict[str, list[Edge]]]:
    """Return each point where a vertical and a horizontal rule meet (within TOLERANCE), with the rules there."""
    v = sorted((e for e in edges if e["orientation"] == "v"), key=itemgetter("x0", "top"))
    h = sorted((e for e in edges if e["orientation"] == "h"), key=itemgetter("top", "x0"))
    out: dict[Point, dict[str, list[Edge]]] = {}
    for ve in v:
        for he in h:
            if he["top"] - TOLERANCE <= ve["bottom"] and ve["top"] <= he["top"] + TOLERANCE \
                    and he["x0"] - TOLERANCE <= ve["x0"] <= he["x1"] + TOLERANCE:
                at = out.setdefault((ve["x0"], he["top"]), {"v": [], "h": []})
                at["v"].append(ve)
                at["h"].append(he)
    return out


def tables(cells: list[tuple[float, float, float, float]]) -> list[list[tuple[float, float, float, float]]]:
    """Return the cells grouped into tables, top-down: a cell joins the table being gathered when it shares a
    corner with a cell gathered so far (passes over the rest until one adds nothing); lone cells are dropped."""
    remaining = list(cells)
    corners: set[Point] = set()
    group: list[tuple[float, float, float, float]] = []
    found = []
    while remaining:
        before = len(group)
        for cell in list(remaining):
            if not group or any(c in corners for c in _corners(cell)):
                corners.update(_corners(cell))
                group.append(cell)
                remaining.remove(cell)
        if len(group) == before:
            found.append(group)
            corners, group = set(), []
    if group:
        found.append(group)
    return [t for t in sorted(found, key=lambda t: min((c[1], c[0]) for c in t)) if len(t) > 1]


def _corners(cell: tuple[float, float, float, float]) -> tuple[Point, Point, Point, Point]:
    x0, top, x1, bottom = cell
    return (x0, top), (x0, bottom), (x1, top), (x1, bottom)
