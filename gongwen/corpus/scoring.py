"""The scoring rules of `gongwen eval`, one per field, in agreement with the project's judge
(shared/tools/score.py): items are matched in reading order (longest common subsequence) on value
and quote after NFKC and whitespace normalisation; contacts by the last 7 digits of a phone (5-digit
service numbers count), else by name or e-mail; responsible units mention by mention (the same unit
with overlapping quotes); sites by name; meta scalars where a value is stated, with the variants
and short issuer forms the gold accepts, and meta sets. Matched items are then
checked attribute by attribute, and the `amounts*` / `deadlines*` rows count a match only when its
key attributes are right too.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import regex as re

Item = dict[str, Any]
Match = Callable[[Item, Item], bool]

LIST_FIELDS = ["amounts", "deadlines", "contacts", "responsible_units", "sites", "targets"]
STRICT_FIELDS = ["amounts*", "deadlines*"]
META_SCALARS = ["title", "doc_number", "doc_type", "issue_date", "province", "city"]
META_SETS = ["issuers", "recipients", "cited_doc_numbers"]
FIELDS = LIST_FIELDS + STRICT_FIELDS + [f"meta.{k}" for k in META_SCALARS + META_SETS]


# --- normalisation and compatibility -------------------------------------------------------

def norm(value: Any) -> str:
    """Return `value` as NFKC text without whitespace, small angle brackets made plain."""
    if value is None:
        return ""
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(value)))
    return text.replace("﹤", "<").replace("﹥", ">")


def compatible(a: Any, b: Any) -> bool:
    """Tell whether two non-empty texts agree once normalised: one contains the other."""
    a, b = norm(a), norm(b)
    return bool(a) and bool(b) and (a in b or b in a)


def quote_fits(gold_quote: Any, pred_quote: Any) -> bool:
    """Tell whether a predicted quote covers the gold quote with at most a sentence of context."""
    g, p = norm(gold_quote), norm(pred_quote)
    return compatible(g, p) and len(p) <= max(3 * len(g), len(g) + 40)


def same_number(a: Any, b: Any) -> bool:
    """Tell whether two values are numbers less than 0.5 apart."""
    try:
        return a is not None and b is not None and abs(float(a) - float(b)) < 0.5
    except (TypeError, ValueError):
        return False


def same_optional(a: Any, b: Any) -> bool:
    """Tell whether two texts are compatible, or both are empty."""
    return compatible(a, b) or (not a and not b)


def value_and_quote(a: Item, b: Item) -> bool:
    """Match a gold and a predicted figure: the same number and a fitting quote."""
    return same_number(a.get("value"), b.get("value")) and quote_fits(a.get("quote"), b.get("quote"))


def quote_only(a: Item, b: Item) -> bool:
    """Match a gold and a predicted deadline by their quotes."""
    return quote_fits(a.get("quote"), b.get("quote"))


def same_name(a: Item, b: Item) -> bool:
    """Match a gold and a predicted site by name."""
    return norm(a.get("name")) == norm(b.get("name"))


# --- tallies -------------------------------------------------------------------------------

def ratio(num: int, den: int, other: int) -> float:
    """Return num/den, or 1.0 when both counts are zero and 0.0 when only `den` is."""
    if den:
        return num / den
    return 0.0 if other else 1.0


@dataclass
class Tally:
    """Counts of one field: gold items, predicted items, true positives, attribute checks."""

    gold: int = 0
    pred: int = 0
    tp: int = 0
    strict: int | None = None
    attrs: dict[str, list[int]] = field(default_factory=dict)

    def add(self, gold: int, pred: int, tp: int) -> None:
        """Add counts of gold items, predicted items and matches."""
        self.gold += gold
        self.pred += pred
        self.tp += tp

    def check(self, name: str, ok: bool) -> None:
        """Record whether attribute `name` of one matched pair is right."""
        counts = self.attrs.setdefault(name, [0, 0])
        counts[0] += bool(ok)
        counts[1] += 1

    def merge(self, other: Tally) -> None:
        """Add another tally's counts and attribute checks to this one."""
        self.add(other.gold, other.pred, other.tp)
        for name, (ok, n) in other.attrs.items():
            counts = self.attrs.setdefault(name, [0, 0])
            counts[0] += ok
            counts[1] += n

    @property
    def precision(self) -> float:
        """Return the share of predicted items that match gold."""
        return ratio(self.tp, self.pred, self.gold)

    @property
    def recall(self) -> float:
        """Return the share of gold items that were found."""
        return ratio(self.tp, self.gold, self.pred)

    @property
    def f1(self) -> float:
        """Return the harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        """Return the counts, P/R/F1 and attribute accuracies as JSON-ready data."""
        return {"gold": self.gold, "pred": self.pred, "tp": self.tp,
                "p": self.precision, "r": self.recall, "f1": self.f1,
                "attr": {name: ok / n if n else None for name, (ok, n) in self.attrs.items()}}


# --- matching ------------------------------------------------------------------------------

def lcs_pairs(gold: Sequence[Item], pred: Sequence[Item], match: Match) -> list[tuple[Item, Item]]:
    """Pair gold and predicted items in reading order by a longest common subsequence."""
    n, m = len(gold), len(pred)
    ok = [[match(g, p) for p in pred] for g in gold]
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            best[i][j] = best[i + 1][j + 1] + 1 if ok[i][j] else max(best[i + 1][j], best[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if ok[i][j] and best[i][j] == best[i + 1][j + 1] + 1:
            pairs.append((gold[i], pred[j]))
            i, j = i + 1, j + 1
        elif best[i + 1][j] >= best[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def start_of(item: Item) -> int:
    """Return where a predicted item starts in the text (its span's start)."""
    span = item.get("span") or {}
    return span.get("start", item.get("start", 0)) or 0


def in_order(gold: Item, pred: Item, key: str) -> tuple[list[Item], list[Item]]:
    """Return the gold items of `key` by offset and the predicted ones by span start."""
    return (sorted(gold.get(key, []), key=lambda x: x.get("offset", 0)),
            sorted(pred.get(key, []), key=start_of))


def score_amounts(gold: Item, pred: Item) -> Tally:
    """Match amounts by value and quote; check per, bound, category and tier."""
    g, p = in_order(gold, pred, "amounts")
    pairs = lcs_pairs(g, p, value_and_quote)
    tally, strict = Tally(len(g), len(p), len(pairs)), 0
    for a, b in pairs:
        per = sorted(a.get("per") or []) == sorted(b.get("per") or [])
        bound = a.get("bound") == b.get("bound")
        tally.check("per", per)
        tally.check("bound", bound)
        categories = {norm(a.get("category"))} | {norm(c) for c in a.get("category_alt") or []}
        tally.check("category", norm(b.get("category")) in categories)
        tally.check("tier", same_optional(a.get("tier"), b.get("tier")))
        strict += per and bound
    tally.strict = strict
    return tally


def score_deadlines(gold: Item, pred: Item) -> Tally:
    """Match deadlines by quote; check kind, date and end."""
    g, p = in_order(gold, pred, "deadlines")
    pairs = lcs_pairs(g, p, quote_only)
    tally, strict = Tally(len(g), len(p), len(pairs)), 0
    for a, b in pairs:
        kind = a.get("kind") == b.get("kind")
        date = (a.get("date") or None) == (b.get("date") or None)
        end = (a.get("end") or None) == (b.get("end") or None)
        tally.check("kind", kind)
        tally.check("date", date)
        tally.check("end", end)
        strict += kind and date and end
    tally.strict = strict
    return tally


def phone_keys(contact: Item) -> set[str]:
    """Return the last 7 digits of each phone of a contact that has at least 5 (12317 counts)."""
    keys = set()
    for phone in contact.get("phones") or []:
        raw = phone.get("raw") if isinstance(phone, dict) else phone
        digits = re.sub(r"\D", "", str(raw or ""))
        if len(digits) >= 5:
            keys.add(digits[-7:])
    return keys


def email_keys(contact: Item) -> set[str]:
    """Return a contact's e-mail addresses normalised and in lower case."""
    return {norm(e).lower() for e in contact.get("emails") or []}


def same_contact(a: Item, b: Item) -> bool:
    """Match contacts by a shared phone; when the gold contact has none, by name or e-mail."""
    phones = phone_keys(a)
    if phones:
        return bool(phones & phone_keys(b))
    same = bool(norm(a.get("name"))) and norm(a.get("name")) == norm(b.get("name"))
    return same or bool(email_keys(a) & email_keys(b))


def score_contacts(gold: Item, pred: Item) -> Tally:
    """Match each gold contact to the first unused compatible one; check name, unit, emails."""
    g, p = list(gold.get("contacts", [])), list(pred.get("contacts", []))
    tally = Tally(len(g), len(p))
    free = dict(enumerate(p))
    for a in g:
        j = next((j for j, b in free.items() if same_contact(a, b)), None)
        if j is None:
            continue
        b = free.pop(j)
        tally.tp += 1
        tally.check("name", norm(a.get("name")) == norm(b.get("name")))
        tally.check("unit", same_optional(a.get("unit"), b.get("unit")))
        tally.check("emails", {norm(e) for e in a.get("emails") or []} == {norm(e) for e in b.get("emails") or []})
    return tally


def unit_mentions(clauses: Sequence[Item]) -> list[tuple[Any, str, Any]]:
    """Return (quote, normalised unit, role) for each unit named by each clause."""
    return [(c.get("quote"), norm(u), c.get("role")) for c in clauses for u in c.get("units") or []]


def score_units(gold: Item, pred: Item) -> Tally:
    """Match unit mentions: the same unit with overlapping quotes, each predicted one once; check role."""
    g = unit_mentions(gold.get("responsible_units", []))
    p = unit_mentions(pred.get("responsible_units", []))
    tally = Tally(len(g), len(p))
    free = dict(enumerate(p))
    for quote, unit, role in g:
        j = next((j for j, (q, u, _) in free.items() if u == unit and compatible(quote, q)), None)
        if j is not None:
            tally.tp += 1
            tally.check("role", role == free.pop(j)[2])
    return tally


def score_sites(gold: Item, pred: Item) -> Tally:
    """Match sites by name in order; check city, county and the whole row."""
    g, p = list(gold.get("sites", [])), list(pred.get("sites", []))
    pairs = lcs_pairs(g, p, same_name)
    tally = Tally(len(g), len(p), len(pairs))
    for a, b in pairs:
        city = norm(a.get("city")) == norm(b.get("city"))
        county = norm(a.get("county")) == norm(b.get("county"))
        tally.check("city", city)
        tally.check("county", county)
        tally.check("row", city and county)
    return tally


def score_targets(gold: Item, pred: Item) -> Tally:
    """Match targets by value and quote in order."""
    g, p = in_order(gold, pred, "targets")
    return Tally(len(g), len(p), len(lcs_pairs(g, p, value_and_quote)))


SCORERS: dict[str, Callable[[Item, Item], Tally]] = {
    "amounts": score_amounts, "deadlines": score_deadlines, "contacts": score_contacts,
    "responsible_units": score_units, "sites": score_sites, "targets": score_targets,
}


VARIANTS = {"title": "title_variants", "doc_number": "doc_number_variants"}


def accepted(meta: Item, key: str) -> set[str]:
    """Return the normalised gold value of a meta scalar with the variants its file accepts."""
    values = [meta.get(key)] + list(meta.get(VARIANTS.get(key, ""), None) or [])
    return {norm(v) for v in values if norm(v)}


def score_meta(gold: Item, pred: Item) -> dict[str, Tally]:
    """Score meta scalars where a value is stated (gold and prediction both empty count nothing),
    and meta sets, reading an issuer's short forms (`issuer_aliases`) as its full name."""
    gm, pm = gold.get("meta") or {}, pred.get("meta") or {}
    out = {}
    for key in META_SCALARS:
        gold_values, value = accepted(gm, key), norm(pm.get(key))
        out[f"meta.{key}"] = Tally(int(bool(gold_values)), int(bool(value)), int(bool(value) and value in gold_values))
    for key in META_SETS:
        gs = {norm(x) for x in gm.get(key) or []}
        ps = {norm(x) for x in pm.get(key) or []}
        if key == "issuers":
            for full, shorts in (gm.get("issuer_aliases") or {}).items():
                short = {norm(x) for x in shorts}
                if norm(full) in gs and ps & short:
                    ps = (ps - short) | {norm(full)}
        out[f"meta.{key}"] = Tally(len(gs), len(ps), len(gs & ps))
    return out
