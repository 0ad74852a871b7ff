"""The generated area-code table and the rule that a landline takes only its own city's code."""
import csv
import importlib.util
from importlib.resources import files
from pathlib import Path

import pytest

from gongwen.structured import area_codes

ROWS = list(csv.DictReader(files("gongwen").joinpath("data/area_codes.csv").read_text(encoding="utf-8").splitlines()))


def test_table_has_one_code_per_city_in_the_plan_shape():
    cities = [r["city"] for r in ROWS]
    assert len(cities) == len(set(cities))
    assert all(r["code"] == "010" or r["code"][:2] == "02" and len(r["code"]) == 3 or len(r["code"]) == 4 for r in ROWS)


@pytest.mark.parametrize(("place", "code"), [
    ("洛阳市", "0379"), ("岳阳市", "0730"), ("临沧市", "0883"), ("重庆市", "023"), ("达州市", "0818"),
    ("临湘市", "0730"),  # a county-level city takes its prefecture's code
    ("铜仁地区", "0856"),  # an old name of a prefecture
    ("晋中市", None),  # the source gives it two codes
    ("河南省", None),  # a province has no code
])
def test_code_of(place, code):
    assert area_codes.code_of(place) == code


@pytest.mark.skipif(importlib.util.find_spec("phonenumbers") is None, reason="phonenumbers is a tool dependency")
def test_table_is_what_the_tool_generates():
    spec = importlib.util.spec_from_file_location("make", Path(__file__).parents[2] / "tools" / "make_area_codes.py")
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    table, _, _ = make.rows()
    def rows(rs):
        return [(r["code"], r["province"], r["city"]) for r in rs]
    assert rows(table) == rows(ROWS)
