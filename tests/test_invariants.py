"""Invariants over every corpus notice: the record validates, every quote sits at its span."""
from __future__ import annotations

import json
from importlib.resources import files

import jsonschema
import pytest

SCHEMA = json.loads(files("gongwen").joinpath("schema.json").read_text(encoding="utf-8"))
QUOTED = ["amounts", "deadlines", "responsible_units", "targets"]


def test_record_validates_against_schema(notice):
    _, _, record = notice
    jsonschema.validate(json.loads(record.to_json()), SCHEMA)


@pytest.mark.parametrize("field", QUOTED + ["contacts"])
def test_every_item_quote_sits_at_its_span(notice, field):
    _, _, record = notice
    for item in getattr(record, field):
        quote = item.quote
        if quote is None:
            continue
        assert record.text[item.span.start:item.span.end] == quote


def test_sections_lie_inside_the_text(notice):
    _, _, record = notice
    for s in record.sections:
        assert 0 <= s.start < s.end <= len(record.text)
        assert record.text[s.start:].startswith(s.heading[:2])
