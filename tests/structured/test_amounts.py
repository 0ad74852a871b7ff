"""Amounts: each form a money figure takes in 公文, then the five corpus notices against gold."""
import json
import re

import pytest

from gongwen import parse
from gongwen.document import Document, Paragraph, Source
from gongwen.structured import amounts, sections, text
from gongwen.structured.context import Context

from ..conftest import CORPUS, GOLD


def found(body: str) -> list:
    """Return the amounts of `body`, one paragraph per line."""
    doc = Document(Source("t.txt", "txt", "0", 0), tuple(Paragraph(line) for line in body.split("\n")))
    ctx = Context(doc, text.build(doc))
    ctx.text.sections = sections.extract(ctx)  # headings name instruments and cases
    return amounts.extract(ctx)


# sentence, quote, value, per, bound
FIGURES = [
    ("补贴标准按照每人每天150元。", "150元", 150, ["人", "天"], "exact"),
    ("一次培训一般不超过1000元。", "1000元", 1000, ["次"], "max"),
    ("给予每人每月 100 元的以工代训补贴。", "100 元", 100, ["人", "月"], "exact"),
    ("给予每日15元生活费补贴。", "15元", 15, ["天"], "exact"),
    ("对每个创业载体给予最高不超过20万元的一次性奖励。", "20万元", 200_000, ["个"], "max"),
    ("下达后续产业扶持的 11.22 亿元资金。", "11.22 亿元", 1_122_000_000, [], "exact"),
    ("对首次创业的返乡人员,给予3000元/人的一次性创业补贴。", "3000元", 3000, ["人"], "exact"),
    ("按每人３０００元给予职业介绍补贴。", "３０００元", 3000, ["人"], "exact"),
    ("给予每人1,500元交通补贴(由就业补助资金列支)。", "1,500元", 1500, ["人"], "exact"),
    ("给予0.5万元奖补。", "0.5万元", 5000, [], "exact"),
    ("按照每人三千元标准给予培训补贴。", "三千元", 3000, ["人"], "exact"),
    ("给予 200 元/人/月的岗位补贴。", "200 元", 200, ["人", "月"], "exact"),
    ("给予500元以内的生活补贴。", "500元", 500, [], "max"),
    ("补贴标准不低于每人800元。", "800元", 800, ["人"], "min"),
    ("每家最高奖励10万元。", "10万元", 100_000, ["家"], "max"),
    ("个人创业担保贷款最高额度为20万元。", "20万元", 200_000, [], "max"),
    ("人均补贴3000元。", "3000元", 3000, ["人"], "exact"),
]


@pytest.mark.parametrize(("sentence", "quote", "value", "per", "bound"), FIGURES, ids=[f[0] for f in FIGURES])
def test_figure(sentence, quote, value, per, bound):
    (a,) = found(sentence)
    assert (a.quote, a.value, a.per, a.bound) == (quote, value, per, bound)
    assert sentence[a.span.start : a.span.end] == quote


NOT_MONEY = ["以安置区为单元推进。", "元旦前发放到位。", "推动多元化就业。", "千元以下的小额支出另行规定。"]


@pytest.mark.parametrize("sentence", NOT_MONEY)
def test_not_money(sentence):
    assert found(sentence) == []


# sentence, category of each figure
CATEGORIES = [
    ("按规定落实不超过 800 元的外出务工一次性交通补贴或求职创业补贴。", ["交通补贴"]),
    ("根据吸纳就业人数给予一次性就业补助，补助标准每人不超过1000元。", ["一次性吸纳就业补助"]),
    ("（一）促进就地就业\n对吸纳50人以上的经营主体，可给予10万元的一次性奖励，同时不再重复享受一次性吸纳就业补助。", ["就业奖励"]),
    ("对创业孵化基地等创业载体，给予最高 20 万元的一次性奖补。", ["创业载体奖补"]),
    ("按照10天以内培训每人每天补贴150元、超过10天培训每人每天补贴100元的标准给予培训主体培训补贴。",
     ["培训补贴", "培训补贴"]),
    ("对年就业收入达到 6000 元以上的扶贫车间，按照每人 1000 元标准落实一次性吸纳就业补助。",
     ["条件", "一次性吸纳就业补助"]),
    ("可申请最高不超过30万元的创业担保贷款，财政部门按规定给予全额贴息。", ["创业担保贷款"]),
    ("给予每人每月 200 元稳岗补贴。", ["稳岗补贴"]),
]


@pytest.mark.parametrize(("sentence", "names"), CATEGORIES, ids=[c[0] for c in CATEGORIES])
def test_category(sentence, names):
    assert [a.category for a in found(sentence)] == names


# sentence, tier of each figure, per of each figure
TIERS = [
    ("推荐劳动者在县内、省内、省外成功就业的，分别给予每人 300 元、500 元、800 元的职业介绍补贴。",
     ["县内", "省内", "省外"], [["人"]] * 3),
    ("按照普通劳动力每人 1000 元、贫困劳动力每人 1200 元标准落实一次性吸纳就业补助，"
     "2020 年 12 月底前招用的，标准统一提高至 1500 元。",
     ["普通劳动力", "贫困劳动力", "2020 年 12 月底前招用"], [["人"]] * 3),
    ("根据取证类别，可分别给予评价机构200元、400元的评价补贴。", ["取证类别1", "取证类别2"], [[], []]),
    ("按每人 1000 元、最高不超过 3000 元的标准给予一次性创业补贴。", [None, None], [["人"], []]),
    ("对县内、省内、省外务工人员分别给予200元、300元、500元交通补贴。", ["县内", "省内", "省外"], [[]] * 3),
    ("对当年跨省务工的，给予最高不超过800元的一次性交通补贴。对到县外省内单位就业的，给予不超过300元的一次性交通补贴。",
     ["当年跨省务工", "到县外省内单位就业"], [[], []]),
    ("按照初级工300元、中级工500元、高级工800元的标准给予技能鉴定补贴。", ["初级工", "中级工", "高级工"], [[]] * 3),
    ("对跨省务工的脱贫劳动力,按不超过600元/人的标准给予一次性交通补助;在省内县外务工的,给予不超过300元/人的一次性交通补助。",
     ["跨省务工", "在省内县外务工"], [["人"], ["人"]]),
    ("按务工地点分档给予一次性交通补助：赴新疆、西藏务工的每人1000元，赴东部省份务工的每人800元。",
     ["赴新疆、西藏务工的", "赴东部省份务工的"], [["人"], ["人"]]),
]


def test_raised_standard_takes_its_case():
    [a] = found("6月30日前吸纳的,补贴标准提高至4000元/人。")
    assert a.tier == "6月30日前吸纳"


@pytest.mark.parametrize(("sentence", "tiers", "pers"), TIERS, ids=[t[0][:30] for t in TIERS])
def test_tiers(sentence, tiers, pers):
    got = found(sentence)
    assert [a.tier for a in got] == tiers
    assert [a.per for a in got] == pers


def test_beneficiary_of_leading_dui_phrase():
    (a,) = found("对有培训意愿的搬迁群众，补贴标准按照每人每天150元。")
    assert a.beneficiary == "搬迁群众"


CORPUS_FILES = [CORPUS / "txt" / f"{n}.txt" for n in ("000", "001", "002", "003", "004")]


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.stem)
def test_corpus_against_gold(path):
    gold = json.loads((GOLD / f"{path.stem}.json").read_text(encoding="utf-8"))["amounts"]
    record = parse(path)
    got = [(re.sub(r"\s", "", a.quote), a.value, sorted(a.per), a.bound, a.category) for a in record.amounts]
    want = [(re.sub(r"\s", "", g["quote"]), g["value"], sorted(g["per"]), g["bound"], g["category"]) for g in gold]
    assert got == want
    assert all(record.text[a.span.start : a.span.end] == a.quote for a in record.amounts)
