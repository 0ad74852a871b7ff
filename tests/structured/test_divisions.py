"""The bundled gazetteer: snapshots by date, county-level cities, 盟/旗, renamed counties."""
from __future__ import annotations

import pytest

from gongwen.structured import divisions

FIND = [  # name, level, within, date, adcode
    ("原平市", "county", "14", "2020-07-10", "140981"),
    ("兴县", "county", "14", None, "141123"),
    ("阿拉善盟", "city", "15", None, "152900"),
    ("清水河县", "county", "15", "2020-05-28", "150124"),
    ("太谷县", "county", "14", "2020-07-10", "140726"),  # gone from the 2020 snapshot, found in 2018
    ("太谷区", "county", "14", "2022-01-01", "140703"),
]


@pytest.mark.parametrize(("name", "level", "within", "when", "adcode"), FIND, ids=[f[0] for f in FIND])
def test_find(name, level, within, when, adcode):
    assert divisions.find(name, level, within, when).adcode == adcode


@pytest.mark.parametrize(("when", "snapshot"), [("2019-02-01", "2018-10-31"), ("2020-07-24", "2020-06-30"),
                                                 ("2023-05-01", "2022-10-31"), (None, "2022-10-31")])
def test_nearest_snapshot(when, snapshot):
    assert divisions.nearest_snapshot(when) == snapshot


def test_renamed_county_maps_to_current_name():
    old = divisions.find("太谷县", "county", "14", "2020-07-10")
    assert (divisions.current(old).name, divisions.current(old).adcode) == ("太谷区", "140703")
    assert divisions.parent(old).name == "晋中市"


def test_ambiguous_name_needs_a_scope():
    assert divisions.find("朝阳区") is None
    assert divisions.find("朝阳区", "county", "11").adcode == "110105"


def test_province_by_majority():
    assert divisions.province_of(["太原市", "大同市", "阳曲县", "朝阳区"]).name == "山西省"


def test_a_snapshot_makes_one_division_per_code_whichever_way_it_is_reached():
    g = divisions.gazetteer("2022-10-31")
    (taigu,) = g.named("太谷区")
    assert taigu is g.division("140703") is g.get("140703") is g.by_code["140703"]
    assert g.get("999999") is None and g.parent(taigu) is g.division("1407")
    assert len(g.by_code) == len(g.rows) and all(d.snapshot == "2022-10-31" for d in g.by_code.values())
