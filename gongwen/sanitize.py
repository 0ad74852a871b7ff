"""Keep every record inside the JSON contract: no lone surrogates in text, no non-finite or absurd numbers."""
from __future__ import annotations

import math
import re
from dataclasses import fields, is_dataclass
from typing import Any

from .record import Record, Warning

SURROGATE = re.compile(r"[\ud800-\udfff]")  # only lone ones occur in a str: a pair is one code point
MAX_FIGURE = 1e15  # yuan, people, sites: beyond a thousand trillion a figure is a misreading


def sanitize(record: Record) -> Record:
    """Return `record` with lone surrogates replaced by U+FFFD and items with absurd numbers dropped, each noted as a warning."""
    notes: dict[str, str] = {}
    record.warnings = [w for w in record.warnings]  # own list: warnings may be appended below
    for f in fields(record):
        if f.name != "warnings":
            setattr(record, f.name, _clean(getattr(record, f.name), notes, f.name))
    record.warnings = [*_clean(record.warnings, notes, "warnings"), *(Warning(c, m) for c, m in notes.items())]
    return record


def _clean(value: Any, notes: dict[str, str], where: str) -> Any:
    """Return `value` cleaned: strings mended, lists without absurd items, dataclasses cleaned field by field."""
    if isinstance(value, str):
        if SURROGATE.search(value):
            notes["W_SURROGATE"] = "text held unpaired surrogate code points (a broken font mapping); replaced by U+FFFD"
            return SURROGATE.sub("\ufffd", value)
        return value
    if isinstance(value, float) and not _sane(value):
        notes["W_ABSURD_NUMBER"] = f"a number in {where} was not finite or beyond {MAX_FIGURE:.0e}; left out"
        return None
    if isinstance(value, list):
        kept = [v for v in value if not _absurd(v)]
        if len(kept) < len(value):
            notes["W_ABSURD_NUMBER"] = (f"{len(value) - len(kept)} item(s) of {where} with a figure not finite "
                                        f"or beyond {MAX_FIGURE:.0e} left out")
        return [_clean(v, notes, where) for v in kept]
    if isinstance(value, dict):
        return {k: _clean(v, notes, where) for k, v in value.items()}
    if is_dataclass(value) and not isinstance(value, type):
        for f in fields(value):
            setattr(value, f.name, _clean(getattr(value, f.name), notes, where))
    return value


def _sane(number: float) -> bool:
    """Tell whether `number` is finite and within MAX_FIGURE."""
    return math.isfinite(number) and abs(number) <= MAX_FIGURE


def _absurd(item: Any) -> bool:
    """Tell whether a list item is a dataclass with a number field out of bounds (an amount of 10³⁰⁹ yuan)."""
    if not is_dataclass(item) or isinstance(item, type):
        return False
    return any(isinstance(v, (int, float)) and not isinstance(v, bool) and not _sane(float(v))
               for v in (getattr(item, f.name) for f in fields(item)))
