"""Placing a notice in the divisions of China: issuer names first, weighted evidence after, ambiguity kept."""
from __future__ import annotations

import pytest

from gongwen.structured import places


@pytest.mark.parametrize(("name", "code"), [
    ("达州市达川区乡村振兴局", "511703"),  # city then county inside it
    ("景宁畲族自治县农业农村局", "331127"),
    ("彭水县人力资源和社会保障局", "500243"),  # an autonomous county by its short name
    ("楚雄州人力资源和社会保障局", "532300"),  # an autonomous prefecture by its short name
    ("中共陕西省委组织部", "610000"),
    ("海南藏族自治州人民政府", "632500"),  # not 海南省
    ("吉林省人民政府", "220000"),  # 吉林省, not 吉林市
    ("武山县人力资源和社会保障局", "620524"),
])
def test_of_name(name, code):
    assert places.of_name(name, "2022-01-01").adcode == code


@pytest.mark.parametrize("name", ["市农业农村局", "人力资源社会保障部", "朝阳区民政局"])
def test_of_name_gives_nothing_without_one_place(name):
    assert places.of_name(name, None) is None


@pytest.mark.parametrize(("name", "level"), [
    ("省住房和城乡建设厅办公室", "province"), ("自治区人力资源社会保障厅", "province"), ("市统计局", "city"),
    ("县人社局", "county"), ("人力资源社会保障部", "national"), ("东阳市人民政府办公室", "county"),
])
def test_level_of_name(name, level):
    assert places.level_of_name(name, None) == level


def test_ambiguous_start_names_every_reading():
    assert {d.adcode for d in places.ambiguous_start("朝阳区民政局", None)} == {"110105", "220104"}
    assert places.ambiguous_start("达川区民政局", None) == []


def test_issuer_fixes_the_place_and_a_municipality_is_its_own_city():
    p = places.locate(["彭水苗族土家族自治县财政局"], [], [], "2023-04-13")
    assert (p.province, p.city, p.county, p.level) == ("重庆市", "重庆市", "彭水苗族土家族自治县", "county")
    p = places.locate(["市农业委员会办公室", "重庆市农业委员会"], [], [], "2017-06-08")
    assert (p.province, p.city, p.level) == ("重庆市", None, "province")


def test_votes_place_a_notice_without_issuer():
    p = places.locate([], [("2024年临翔区脱贫劳动力跨省外出务工一次性交通补助", 1), ("在云南省外稳定就业", 1)], [], None)
    assert (p.province, p.city, p.county) == ("云南省", "临沧市", "临翔区")


def test_addressees_vote_one_level_up():
    p = places.locate(["市统计局"], [], [], None, [("宿迁经济技术开发区", 3), ("苏州宿迁工业园区", 3)])
    assert (p.province, p.city, p.county, p.level) == ("江苏省", "宿迁市", None, "city")


def test_a_tie_leaves_the_city_open():
    p = places.locate([], [("太原市", 1), ("大同市", 1)], [], None)
    assert (p.province, p.city) == ("山西省", None)


def test_doc_number_prefix_votes_for_a_province():
    p = places.locate(["省人力资源和社会保障厅"], [], [("闽人社办", 6)], None)
    assert (p.province, p.level) == ("福建省", "province")
