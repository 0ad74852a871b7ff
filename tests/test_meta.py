"""Meta fields against the gold files, from every format, and the same heading tree from every format."""
from __future__ import annotations

import re
import unicodedata

import pytest

from conftest import FORMATS, NOTICES, gold, parsed

SCALARS = ["title", "doc_number", "doc_type", "issue_date", "province", "city"]
LISTS = ["issuers", "recipients", "cited_doc_numbers"]


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


@pytest.mark.parametrize("field", SCALARS)
def test_scalar_meta_matches_gold(notice, field):
    n, _, record = notice
    g = gold(n)["meta"]
    got = norm(getattr(record.meta, field))
    accepted = {norm(g[field])} | ({norm(v) for v in g.get("title_variants", [])} if field == "title" else set())
    assert got in accepted


@pytest.mark.parametrize("field", LISTS)
def test_list_meta_matches_gold(notice, field):
    n, _, record = notice
    assert [norm(x) for x in getattr(record.meta, field)] == [norm(x) for x in gold(n)["meta"][field]]


def test_forwarding_is_reported_apart():
    fwd = parsed("000", "txt").meta.forwarded_by
    assert fwd.issuers[0] == "忻州市人力资源和社会保障局" and len(fwd.issuers) == 4
    assert (fwd.issue_date, fwd.city, fwd.publicity) == ("2020-07-24", "忻州市", "此件主动公开")


def test_year_is_inferred_without_issue_date():
    meta = parsed("004", "txt").meta
    assert meta.issue_date is None and meta.year == 2020 and meta.year_inferred


@pytest.mark.parametrize("n", NOTICES)
def test_formats_agree_on_meta_and_sections(n):
    records = [parsed(n, f) for f in FORMATS]
    metas = [{k: norm(str(getattr(r.meta, k))) for k in SCALARS + LISTS} for r in records]
    trees = [[(s.id, norm(s.heading)) for s in r.sections] for r in records]
    assert metas[0] == metas[1] == metas[2]
    assert trees[0] == trees[1] == trees[2]
