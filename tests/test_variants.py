"""Layouts of the real notices produced unlike ours (tests/data/realworld/variants, made by
tools/render_variants.py): each reads the meta and the fields of its TXT."""
from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

import gongwen
from gongwen.corpus.scoring import norm
from test_realworld import KEYS, RAW, field_keys

VARIANTS = sorted((Path(__file__).parent / "data" / "realworld" / "variants").glob("*_*.*"))


@cache
def record(path: Path):
    return gongwen.parse(path)


def text_of(path: Path) -> Path:
    return next(p for p in RAW if p.stem[:3] == path.name[:3])


def meta_of(rec) -> dict:
    out = {}
    for key in KEYS:
        value = getattr(rec.meta, key)
        out[key] = sorted(map(norm, value)) if isinstance(value, list) else norm(value)
    return out


@pytest.mark.parametrize("path", VARIANTS, ids=[p.name for p in VARIANTS])
def test_variant_gives_the_meta_of_the_txt(path):
    assert meta_of(record(path)) == meta_of(record(text_of(path)))


@pytest.mark.parametrize("path", VARIANTS, ids=[p.name for p in VARIANTS])
def test_variant_gives_the_fields_of_the_txt(path):
    assert field_keys(record(path)) == field_keys(record(text_of(path)))


def test_running_header_is_not_the_title():
    header_pdf = next(p for p in VARIANTS if p.name.startswith("131_"))
    meta = record(header_pdf).meta
    assert meta.title and meta.title.startswith("关于印发") and meta.title.count("关于印发") == 1


def test_wrapped_index_line_keeps_its_doc_number():
    wrapped = next(p for p in VARIANTS if p.name == "114_wrap30.txt")
    assert "〔20\n" in wrapped.read_text(encoding="utf-8")  # the 文号 is cut by the wrap in the file
    assert record(wrapped).meta.doc_number == record(text_of(wrapped)).meta.doc_number is not None


def variant(name: str) -> Path:
    return next(p for p in VARIANTS if p.name == name)


def test_flattened_head_keeps_number_masthead_and_signature():
    meta = record(variant("207_md.docx")).meta
    assert meta.doc_number == "彭水人社发〔2023〕27号" and meta.title.startswith("关于印发《")
    assert len(meta.issuers) == 3 and meta.issue_date == "2023-04-13"


def test_flattened_index_table_gives_the_title_and_its_own_date():
    meta = record(variant("223_md.docx")).meta
    assert meta.title == "关于进一步做好全市2020年就业扶贫工作的通知" and meta.issue_date == "2020-07-03"


def test_recipients_after_a_flattened_byline():
    assert record(variant("323_md.docx")).meta.recipients[0] == "各县(区)统计局"


def test_title_with_issuer_after_a_bulleted_index_list():
    meta = record(variant("325_md.docx")).meta
    assert meta.title.startswith("关于下村乡") and meta.issuers == ["兰陵县人民政府"]


def test_table_of_contents_is_not_the_wrap_width():
    wrapped = variant("230_wrap34.txt")
    assert "……" in wrapped.read_text(encoding="utf-8")
    assert record(wrapped).meta.doc_number == record(text_of(wrapped)).meta.doc_number is not None


def test_date_and_number_cut_by_the_wrap_are_joined():
    assert record(variant("226_wrap34.txt")).meta.issue_date == "2021-07-27"
    assert record(variant("119_wrap34.txt")).meta.cited_doc_numbers == ["皖人社秘〔2019〕217号"]


def test_header_table_gives_number_and_date():
    meta = record(variant("308_hdrtable.txt")).meta
    assert "发文字号\t成文日期" in variant("308_hdrtable.txt").read_text(encoding="utf-8")
    assert (meta.doc_number, meta.issue_date) == ("渝农办发〔2017〕78号", "2017-06-08")
    assert "重庆市农业委员会" in meta.issuers


def test_undated_signature_above_the_attachment_it_names():
    assert record(variant("120_hdrtable.txt")).meta.issuers == ["霍尔果斯市人力资源和社会保障局"]


def test_title_over_three_lines():
    assert record(variant("310_title3.txt")).meta.title == "关于印发《十堰市第五次全国经济普查实施办法》的通知"
    assert record(variant("125_title3.txt")).meta.title == "就业困难人员、贫困劳动力就业创业补贴1~8月发放情况"
    assert record(variant("312_title3.txt")).meta.title == "甘肃省2019年度31个贫困县摘帽退出公示"


def test_page_title_field_cut_by_a_running_header():
    assert record(variant("317_rl28.pdf")).meta.title == "关于调整全省失业保险金标准的通知"
