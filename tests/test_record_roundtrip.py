"""A record read back from its JSON is the record that wrote it."""
from __future__ import annotations

import pytest

from conftest import FORMATS, NOTICES, parsed
from gongwen.record import Record


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("n", NOTICES)
def test_record_survives_its_json(n, fmt):
    record = parsed(n, fmt)
    again = Record.from_json(record.to_json())
    assert again == record
    assert again.meta.forwarded_by == record.meta.forwarded_by


def test_record_without_text_reads_back_with_empty_text():
    record = parsed("002", "txt")
    again = Record.from_dict(record.to_dict(text=False))
    assert again.text == "" and again.amounts == record.amounts and again.tables == record.tables
