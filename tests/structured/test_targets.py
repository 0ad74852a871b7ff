"""Targets: goals, thresholds that are not goals, regional shares, then the corpus against gold."""
import json
import re

import pytest

from gongwen import parse
from gongwen.document import Document, Paragraph, Source
from gongwen.structured import targets, text
from gongwen.structured.context import Context

from ..conftest import CORPUS, GOLD


def context(body: str) -> Context:
    """Return a Context over `body`, one paragraph per line."""
    doc = Document(Source("t.txt", "txt", "0", 0), tuple(Paragraph(line) for line in body.split("\n")))
    return Context(doc, text.build(doc))


# sentence, quote, value, unit, bound
GOALS = [
    ("今年全市农民就业规模要突破59.4万人。", "今年全市农民就业规模要突破59.4万人", 594_000, "人", "min"),
    ("其中脱贫劳动力要达到6万人。", "其中脱贫劳动力要达到6万人", 60_000, "人", "min"),  # with its subject
    ("支持 100 个就业扶贫车间扩大规模。", "支持 100 个就业扶贫车间扩大规模", 100, "个", "exact"),
    ("全省开发岗位 6000 个。", "全省开发岗位 6000 个", 6000, "个", "exact"),  # the clause topic stays
    ("年内至少组织一次技能培训。", "至少组织一次技能培训", 1, "次", "min"),
    ("提供不少于 3 个就业岗位。", "提供不少于 3 个就业岗位", 3, "个", "min"),
    ("每个乡级就业服务站招录3名公益性岗位人员。", "招录3名公益性岗位人员", 3, "人", "exact"),
]


@pytest.mark.parametrize(("sentence", "quote", "value", "unit", "bound"), GOALS, ids=[g[0] for g in GOALS])
def test_goal(sentence, quote, value, unit, bound):
    (t,) = targets.extract(context(sentence))
    assert (t.quote, t.value, t.unit, t.bound) == (quote, value, unit, bound)
    assert sentence[t.span.start : t.span.end] == quote


NOT_GOALS = [
    "对招用贫困劳动力 10 人以上的扶贫车间给予奖补。",
    "入驻实体数量达到20户以上，吸纳脱贫劳动力就业达20人以上的，给予奖励。",
    "年度内可参加3次不同工种的技能培训。",
    "每半月汇总一次各市县进展情况。",
    "给予一次性交通补贴。",
    "建设一批返乡入乡创业园。",
    "有培训意愿的搬迁群众在1个月内获得培训信息。",  # a time limit is a duration deadline (conventions v2.1)
]


@pytest.mark.parametrize("sentence", NOT_GOALS)
def test_not_a_goal(sentence):
    assert targets.extract(context(sentence)) == []


@pytest.mark.parametrize(("parts", "warned"), [("遵义市 500 个、六盘水市 500 个", False),
                                                ("遵义市 500 个、六盘水市 400 个", True)])
def test_regional_shares(parts, warned):
    ctx = context(f"全省开发岗位 1000 个，其中{parts}。")
    shares = [t for t in targets.extract(ctx) if t.region]
    assert [t.region for t in shares] == ["遵义市", "六盘水市"]
    assert all(t.metric == "开发岗位" for t in shares)
    assert any(w.code == "W_TARGET_SUM" for w in ctx.warnings) == warned


CORPUS_FILES = [CORPUS / "txt" / f"{n}.txt" for n in ("000", "001", "002", "003", "004")]


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.stem)
def test_corpus_against_gold(path):
    gold = json.loads((GOLD / f"{path.stem}.json").read_text(encoding="utf-8"))["targets"]
    record = parse(path)
    got = sorted(record.targets, key=lambda t: t.span.start)
    assert [(t.value, t.unit, t.bound, t.region) for t in got] == [
        (g["value"], g["unit"], g["bound"], g["region"]) for g in sorted(gold, key=lambda g: g["offset"])]
    for t, g in zip(got, sorted(gold, key=lambda g: g["offset"])):
        a, b = re.sub(r"\s", "", t.quote), re.sub(r"\s", "", g["quote"])
        assert a in b or b in a


@pytest.mark.parametrize(("sentence", "value", "bound"), [
    ("全年计划完成搬迁劳动力技能培训10万人次。", 100000, "exact"),
    ("力争全年实现农村劳动力转移就业20万人以上。", 200000, "min"),
    ("今年全市城镇新增就业5万人。", 50000, "exact"),
], ids=["计划完成", "力争实现以上", "新增就业"])
def test_planned_totals(sentence, value, bound):
    doc = Document(Source("x", "txt", "0", 0), (Paragraph(sentence),))
    found = targets.extract(Context(doc, text.build(doc)))
    assert [(t.value, t.bound) for t in found] == [(value, bound)]
