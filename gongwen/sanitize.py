"""Keep every record inside the JSON contract: no lone surrogates in text, no non-finite or absurd numbers."""
from __future__ import annotations

import re
from dataclasses import fields, is_dataclass
from typing import Any

from .record import Record, Warning

SURROGATE = re.compile(r"[\ud800-\udfff]")  # only lone ones occur in a str: a pair is one code point
MAX_FIGURE = 1e15  # yuan, people, sites: beyond a thousand trillion a figure is a misreading
DROPPED = object()  # a list item left out


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
    kind = type(value)
    if kind is str:
        return _mend(value, notes) if SURROGATE.search(value) else value
    if value is None or kind is int or kind is bool:  # most fields: nothing to clean
        return value
    if kind is float:
        if _sane(value):
            return value
        notes["W_ABSURD_NUMBER"] = f"a number in {where} was not finite or beyond {MAX_FIGURE:.0e}; left out"
        return None
    if kind is list:
        return _clean_list(value, notes, where)
    if kind is dict:
        return {k: _clean(v, notes, where) for k, v in value.items()}
    names = _field_names(kind)
    return value if names is None else _clean_fields(value, names, notes, where, in_list=False)


def _clean_list(items: list, notes: dict[str, str], where: str) -> list:
    """Return `items` cleaned, without the dataclass items that hold an absurd number (an amount of 10³⁰⁹ yuan)."""
    if all(type(v) is str for v in items):  # a table row, names: their text checked at once
        return [_clean(v, notes, where) for v in items] if SURROGATE.search("".join(items)) else items
    kept = []
    for item in items:
        names = _field_names(type(item))
        item = _clean(item, notes, where) if names is None else _clean_fields(item, names, notes, where, in_list=True)
        if item is not DROPPED:
            kept.append(item)
    if len(kept) < len(items):
        notes["W_ABSURD_NUMBER"] = (f"{len(items) - len(kept)} item(s) of {where} with a figure not finite "
                                    f"or beyond {MAX_FIGURE:.0e} left out")
    return kept


def _clean_fields(obj: Any, names: tuple[str, ...], notes: dict[str, str], where: str, in_list: bool) -> Any:
    """Return the dataclass `obj` with its fields cleaned; DROPPED when it is a list item with an absurd number field."""
    for name in names:
        value = getattr(obj, name)
        kind = type(value)
        if (kind is int or kind is float) and not _sane(value):
            if in_list:
                return DROPPED
            if kind is int:
                continue  # a count outside a list is kept as it is
        elif value is None or kind is bool or kind is int or kind is float:
            continue
        new = _clean(value, notes, where)
        if new is not value:
            setattr(obj, name, new)
    return obj


def _mend(text: str, notes: dict[str, str]) -> str:
    """Return `text` with its lone surrogates replaced by U+FFFD, noted as a warning."""
    notes["W_SURROGATE"] = "text held unpaired surrogate code points (a broken font mapping); replaced by U+FFFD"
    return SURROGATE.sub("\ufffd", text)


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
    """Tell whether `number` is finite and within MAX_FIGURE (NaN and infinities compare false; an int of any size compares exactly)."""
    return abs(number) <= MAX_FIGURE
