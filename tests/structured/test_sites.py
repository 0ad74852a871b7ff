"""Site lists: 000's 100 sites from every format, shifted cells repaired, totals checked; 001's subtotals."""
from __future__ import annotations

import json

import pytest
from conftest import DATA, GOLD, notice_path

import gongwen

from gongwen.extractors import extract
from gongwen.record import Meta
from gongwen.structured import sites, tables, text
from gongwen.structured.context import Context


def context(n: str, fmt: str, province: str | None = None, issue_date: str | None = None) -> Context:
    doc = extract(notice_path(n, fmt))
    ctx = Context(doc, text.build(doc), Meta(province=province, issue_date=issue_date))
    ctx.tables = tables.extract(ctx)
    return ctx


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_000_sites_match_gold(fmt):
    ctx = context("000", fmt, issue_date="2020-07-10")  # no province: found from the place names
    found = sites.extract(ctx)
    gold = json.loads((GOLD / "000.json").read_text(encoding="utf-8"))["sites"]
    assert len(found) == 100
    same = sum((s.name, s.city, s.county) == (g["name"], g["city"], g["county"]) for s, g in zip(found, gold))
    assert same >= 98
    assert not [w for w in ctx.warnings if w.code == "W_SITE_TOTAL"]
    assert {s.province for s in found} == {"山西省"}


def test_000_declared_totals_are_checked():
    ctx = context("000", "docx", "山西省", "2020-07-10")
    table = next(t for t in ctx.tables if sites.column_roles(t))
    found, summaries = sites.read_sites(table, sites.column_roles(table), "山西省", "2020-07-10")
    checks = {c.what: (c.declared, c.counted) for c in sites.check_totals(found, summaries)}
    assert checks == {"cities": (11, 11), "counties": (51, 51), "sites": (100, 100)}


def test_000_renamed_county_keeps_its_name_and_gets_the_current_one():
    found = sites.extract(context("000", "docx", "山西省", "2020-07-10"))
    taigu = next(s for s in found if s.county == "太谷县")
    assert (taigu.adcode, taigu.extra["current_name"], taigu.extra["current_adcode"]) == ("140726", "太谷区", "140703")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_001_sites_and_subtotals(fmt):
    ctx = context("001", fmt, "内蒙古自治区", "2020-05-28")
    found = sites.extract(ctx)
    gold = json.loads((GOLD / "001.json").read_text(encoding="utf-8"))["sites"]
    assert [(s.name, s.city, s.county, s.households, s.persons) for s in found] == [
        (g["name"], g["city"], g["county"], g["households"], g["persons"]) for g in gold]
    off = [w.message for w in ctx.warnings if w.code == "W_SITE_TOTAL"]
    assert any("(total) declares 57570 households, the list holds 1129" in m for m in off)  # 合计 vs 呼和浩特市
    assert any("(和林格尔县) declares 261 households, the list holds 46" in m for m in off)  # a truncated sample
    assert not any("清水河县" in m or "呼和浩特市" in m for m in off)  # these add up


def test_site_list_with_other_columns_and_count_headers():
    record = gongwen.parse(DATA / "notices" / "synthetic_guizhou_sites.docx")
    got = [(s.city, s.county, s.name, s.households, s.persons, s.adcode) for s in record.sites]
    assert got[1] == ("遵义市", "播州区", "三岔安置点", 800, 3300, "520304")
    assert got[4] == ("毕节市", "黔西县", "锦绣花都安置点", 1500, 6200, "520522")
    assert not [w for w in record.warnings if w.code == "W_SITE_TOTAL"]  # 合计 8600 户 35600 人 holds


@pytest.mark.parametrize(("label", "measure"), [
    ("户", "households"), ("搬迁户数", "households"), ("安置人口", "persons"), ("人数", "persons"),
    ("劳动力人数", None), ("其中：建档立卡贫困人口/人", None), ("就业人数", None)])
def test_count_columns(label, measure):
    assert sites._measure(label) == measure
