"""The heading tree: ids, levels, sequence checks."""
from __future__ import annotations

from conftest import parsed


def test_ids_nest_by_numbering_style():
    ids = [s.id for s in parsed("000", "txt").sections]
    assert ids[:4] == ["一、", "二、", "二、/（一）", "二、/（二）"]
    assert "三、/(四)" in ids


def test_attachment_list_items_are_not_headings():
    headings = [s.heading for s in parsed("000", "txt").sections]
    assert not any("统计表" in h for h in headings)


def test_run_in_heading_stops_at_first_stop():
    sec = next(s for s in parsed("000", "txt").sections if s.id == "二、/（二）")
    assert sec.heading == "（二）强化技能培训"


def test_sections_close_where_the_body_ends():
    record = parsed("001", "txt")
    last = record.sections[-1]
    assert "附件：" not in record.text[last.start:last.end]
