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
