"""Layouts beyond the five source notices: the same notice as TXT, DOCX and PDF reads the same."""
from __future__ import annotations

from functools import cache

import pytest

import gongwen
from conftest import DATA

NOTICES = DATA / "notices"


@cache
def record(name: str):
    return gongwen.parse(NOTICES / name)


def fields(r) -> dict:
    """Return what must agree across formats: meta, headings and every field's quotes and values."""
    return {
        "meta": (r.meta.title, r.meta.issuers, r.meta.recipients, r.meta.issue_date, r.meta.province),
        "sections": [s.id for s in r.sections],
        "amounts": [(a.quote, a.value, a.per, a.bound, a.category, a.tier) for a in r.amounts],
        "deadlines": [(d.quote, d.kind, d.date, d.end) for d in r.deadlines],
        "contacts": [(c.name, [p.normalized for p in c.phones], c.emails) for c in r.contacts],
        "targets": [(t.quote, t.value, t.region) for t in r.targets],
    }


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_ragged_right_notice_reads_like_its_text(fmt):
    assert fields(record(f"synthetic_ragged.{fmt}")) == fields(record("synthetic_ragged.txt"))


def test_ragged_right_pdf_joins_a_wrap_before_a_digit_run():
    quotes = [a.quote for a in record("synthetic_ragged.pdf").amounts]
    assert quotes[0] == "1200元" and all("\n" not in q for q in quotes)


def test_web_dump_with_ascii_punctuation():
    r = record("synthetic_web_ascii.txt")
    assert (r.meta.doc_number, r.meta.issuers) == ("川人社办发〔2021〕15号", ["四川省人力资源和社会保障厅"])
    assert [(a.value, a.per, a.bound) for a in r.amounts][:2] == [(3000, ["人"], "exact"), (500, [], "max")]
    assert [c.phones[0].normalized for c in r.contacts] == ["0828-3181269"]
    assert [u.units for u in r.responsible_units if u.role == "责任单位"] == [["省人力资源社会保障厅", "省财政厅"]]


def test_web_page_dump_takes_the_title_that_opens_the_notice():
    meta = record("synthetic_web_page.txt").meta
    assert (meta.title, meta.doc_number) == ("关于做好2021年农民工稳就业工作的通知", "遵人社发〔2021〕12号")
    assert meta.recipients == ["各县（市、区）人力资源和社会保障局", "新区人力资源和社会保障局"]
    assert (meta.issuers, meta.issue_date, meta.city) == (["遵义市人力资源和社会保障局"], "2021-03-12", "遵义市")


def test_hard_wrapped_text_is_joined_into_sentences():
    r = record("synthetic_hard_wrapped.txt")
    assert "劳动合同的农民工，给予每人500元" in r.text and "报送市人社局。" in r.text
    assert [(a.quote, a.per) for a in r.amounts] == [("500元", ["人"]), ("1000元", ["人"])]
    assert r.meta.issuers == ["遵义市人力资源和社会保障局"] and r.meta.issue_date == "2021-03-12"
