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
    for name in _field_names(Record) or ():
        if name != "warnings":
            setattr(record, name, _clean(getattr(record, name), notes, name))
    record.warnings = [*_clean(record.warnings, notes, "warnings"), *(Warning(c, m) for c, m in notes.items())]
    return record


def _clean(value: Any, notes: dict[str, str], where: str) -> Any:
    """Return `value` cleaned: strings mended, lists without absurd items, dataclasses cleaned field by field."""
    if value is None:  # most optional fields: nothing to clean
        return None
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
    for name in _field_names(type(value)) or ():
        setattr(value, name, _clean(getattr(value, name), notes, where))
    return value


_FIELDS: dict[type, tuple[str, ...] | None] = {}


def _field_names(cls: type) -> tuple[str, ...] | None:
    """Return the field names of a dataclass, None for any other class; looked up once a class (a
    record holds thousands of dataclass instances, and `fields` builds its tuple on every call)."""
    try:
        return _FIELDS[cls]
    except KeyError:
        names = tuple(f.name for f in fields(cls)) if is_dataclass(cls) else None
        _FIELDS[cls] = names
        return names


def _sane(number: float) -> bool:
    """Tell whether `number` is finite and within MAX_FIGURE."""
    return math.isfinite(number) and abs(number) <= MAX_FIGURE


def _absurd(item: Any) -> bool:
    """Tell whether a list item is a dataclass with a number field out of bounds (an amount of 10³⁰⁹ yuan)."""
    names = _field_names(type(item))
    if names is None:
        return False
    for name in names:
        v = getattr(item, name)
        if isinstance(v, (int, float)) and not isinstance(v, bool) and not _sane(float(v)):
            return True
    return False
