"""Fifty real notices from about 25 provinces (tests/data/realworld, copied from shared/realworld):
meta against their gold, the same meta from DOCX and PDF layouts of them, no page chrome in text
fields, and a zone for every line."""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

import gongwen
from gongwen.corpus.evaluate import evaluate, load_gold
from gongwen.corpus.scoring import norm

REAL = Path(__file__).parent / "data" / "realworld"
RAW = sorted((REAL / "raw").glob("*.txt"))
KEYS = ["title", "doc_number", "doc_type", "issue_date", "province", "city", "issuers", "recipients",
        "cited_doc_numbers"]
# F1 reached on the set: a bound a little under each, so that a regression shows and noise does not
META_BOUNDS = {"meta.title": 0.95, "meta.doc_number": 0.95, "meta.doc_type": 0.95, "meta.issue_date": 0.95,
               "meta.province": 0.95, "meta.city": 0.90, "meta.issuers": 0.95, "meta.recipients": 0.95,
               "meta.cited_doc_numbers": 0.95}
CHROME = re.compile(r"当前位置|所在位置|首页\s*>|发布时间|发布日期|来源[:：]|浏览次数|访问量|字号|字体|索引号|成文日期|"
                    r"打印|关闭|分享|扫一扫")


@cache
def record(path: Path):
    return gongwen.parse(path)


@cache
def scores():
    gold = load_gold(REAL / "gold")
    return evaluate(gold, {p.stem[:3]: record(p).to_dict(text=False) for p in RAW})


@pytest.mark.parametrize("field", sorted(META_BOUNDS))
def test_meta_reaches_its_bound(field):
    tally = scores().fields[field]
    assert tally.f1 >= META_BOUNDS[field], scores().table()


@pytest.mark.parametrize("path", RAW, ids=[p.stem[:3] for p in RAW])
def test_no_page_chrome_in_text_fields(path):
    meta = record(path).meta
    for value in [meta.title or "", *meta.issuers, *meta.recipients]:
        assert not CHROME.search(value), value


@pytest.mark.parametrize("path", RAW, ids=[p.stem[:3] for p in RAW])
def test_every_line_has_a_zone(path):
    rec = record(path)
    lines = [ln for ln in rec.text.split("\n") if ln.strip()]
    covered = "".join(rec.text[z.start:z.end] for z in rec.zones)
    assert rec.zones and all(z.zone for z in rec.zones)
    bare = re.compile(r"[|｜\s]")  # a line's trailing table pipes are chrome, left out of its zone
    assert bare.sub("", covered) == bare.sub("", "".join(lines))


RENDERED = sorted((REAL / "rendered").glob("*.*"))


@pytest.mark.parametrize("path", RENDERED, ids=[p.name for p in RENDERED])
def test_docx_and_pdf_layouts_give_the_meta_of_the_txt(path):
    txt = next(p for p in RAW if p.stem[:3] == path.name[:3])
    want, got = record(txt).meta, record(path).meta
    for key in KEYS:
        a, b = getattr(want, key), getattr(got, key)
        if isinstance(a, list):
            assert sorted(map(norm, a)) == sorted(map(norm, b)), key
        else:
            assert norm(a) == norm(b), key


def field_keys(rec) -> dict[str, set]:
    """Return each list field of a record as a set of what the judge compares."""
    return {
        "amounts": {(norm(a.quote), a.value, tuple(a.per), a.bound, a.category, norm(a.tier)) for a in rec.amounts},
        "deadlines": {(norm(d.quote), d.kind, d.date, d.end) for d in rec.deadlines},
        "contacts": {(norm(c.unit), norm(c.name), tuple(sorted(norm(p.raw) for p in c.phones))) for c in rec.contacts},
        "responsible_units": {(u.role, tuple(map(norm, u.units))) for u in rec.responsible_units},
        "targets": {(t.value, norm(t.unit)) for t in rec.targets},
    }


@pytest.mark.parametrize("path", RENDERED, ids=[p.name for p in RENDERED])
def test_docx_and_pdf_layouts_give_the_fields_of_the_txt(path):
    txt = next(p for p in RAW if p.stem[:3] == path.name[:3])
    assert field_keys(record(path)) == field_keys(record(txt))
