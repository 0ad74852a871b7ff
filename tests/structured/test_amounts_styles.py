"""Amounts in the styles of other provinces' notices: scraped punctuation, other instruments, ranges.

Each expectation was written from the annotation conventions (gold/README.md) before running the code:
quote = the shortest figure+unit, value in yuan, per as written, bound, the fixed category names.
A range "A—B元" is two amounts: the low end (quote = its figure, unit shared with the high end,
bound=min) and the high end (bound=max).
"""
import pytest

from gongwen.document import Document, Paragraph, Source
from gongwen.structured import amounts, sections, text
from gongwen.structured.context import Context


def found(body: str) -> list:
    doc = Document(Source("t.txt", "txt", "0", 0), tuple(Paragraph(line) for line in body.split("\n")))
    ctx = Context(doc, text.build(doc))
    ctx.text.sections = sections.extract(ctx)  # headings name instruments and cases
    return amounts.extract(ctx)


# sentence, [(quote, value, per, bound, category), ...]
STYLES = [
    ("对首次创办小微企业或从事个体经营,且正常经营6个月以上的,给予一次性创业补贴5000元。",
     [("5000元", 5000, [], "exact", "创业补贴")]),
    ("符合条件的个人可申请最高不超过20万元的创业担保贷款,贷款期限不超过3年,财政部门给予全额贴息。",
     [("20万元", 200_000, [], "max", "创业担保贷款")]),
    ("就业见习补贴标准为每人每月1500元,见习期限不超过12个月。",
     [("1500元", 1500, ["人", "月"], "exact", "就业见习补贴")]),
    ("见习单位按当地最低工资标准的60%领取就业见习补贴,每人每月最高不超过1200元。",
     [("1200元", 1200, ["人", "月"], "max", "就业见习补贴")]),
    ("对离校2年内未就业高校毕业生灵活就业的,给予每人每年不超过5000元的社会保险补贴。",
     [("5000元", 5000, ["人", "年"], "max", "社会保险补贴")]),
    ("对毕业年度内有就业创业意愿的低保家庭高校毕业生,给予每人2000元的一次性求职创业补贴。",
     [("2000元", 2000, ["人"], "exact", "求职创业补贴")]),
    ("以工代训补贴按每人每月500元标准给予企业,补贴期限最长不超过6个月。",
     [("500元", 500, ["人", "月"], "exact", "以工代训补贴")]),
    ("对吸纳脱贫人口就业的企业,按3000元/人的标准给予一次性吸纳就业补贴。",
     [("3000元", 3000, ["人"], "exact", "一次性吸纳就业补助")]),
    ("公益性岗位补贴标准为每人每月300元(含个人应缴纳的社会保险费)。",
     [("300元", 300, ["人", "月"], "exact", "公益性岗位补贴")]),
    ("对跨省务工的脱贫劳动力,给予每人不超过1000元的一次性交通补助;省内县外务工的,给予每人不超过500元的一次性交通补助。",
     [("1000元", 1000, ["人"], "max", "交通补贴"), ("500元", 500, ["人"], "max", "交通补贴")]),
    ("一、资金保障\n省级财政安排就业补助资金2.5亿元,用于支持各地落实就业创业政策。",
     [("2.5亿元", 250_000_000, [], "exact", "专项资金")]),
    ("对新认定的省级创业孵化示范基地,一次性给予50万元奖补。",
     [("50万元", 500_000, [], "exact", "创业载体奖补")]),
    ("对在校大学生和毕业5年内高校毕业生创业的,给予一次性创业补贴1万元。",
     [("1万元", 10_000, [], "exact", "创业补贴")]),
    ("给予每人１０００元的一次性交通补贴。", [("１０００元", 1000, ["人"], "exact", "交通补贴")]),
    ("按每户2,000元的标准给予一次性创业补贴。", [("2,000元", 2000, ["户"], "exact", "创业补贴")]),
    ("求职创业补贴标准为每人1500元,在毕业学年10月底前发放到位。",
     [("1500元", 1500, ["人"], "exact", "求职创业补贴")]),
    ("家政服务企业吸纳就业困难人员的,给予每人每月不超过500元的社会保险补贴。",
     [("500元", 500, ["人", "月"], "max", "社会保险补贴")]),
    ("补贴标准为200元/人·月,按季度拨付。", [("200元", 200, ["人", "月"], "exact", None)]),
    ("职工取得职业资格证书的,每人每年最高补贴不超过2000元的技能提升补贴。",
     [("2000元", 2000, ["人", "年"], "max", "培训补贴")]),
    ("可给予最高5000元的一次性创业补贴,补贴资金由就业补助资金列支.",
     [("5000元", 5000, [], "max", "创业补贴")]),
    ("（一）促进就业\n对吸纳就业成效显著的企业,给予一次性奖励五万元。", [("五万元", 50_000, [], "exact", "就业奖励")]),
    ("全年发放创业担保贷款12.5亿元,带动就业3.2万人。", [("12.5亿元", 1_250_000_000, [], "exact", "创业担保贷款")]),
    ("吸纳脱贫人口就业,人均月收入达到3000元以上的,给予一次性奖补。",
     [("3000元", 3000, ["人", "月"], "min", "条件")]),
    ("企业每吸纳1名脱贫劳动力,给予2000元一次性吸纳就业补贴。",
     [("2000元", 2000, ["人"], "exact", "一次性吸纳就业补助")]),
    ("每新招用1人,给予企业1000元的一次性吸纳就业补贴。",
     [("1000元", 1000, ["人"], "exact", "一次性吸纳就业补助")]),
    ("按照每人每次最高不超过600元的标准给予职业技能鉴定补贴。",
     [("600元", 600, ["人", "次"], "max", "评价补贴")]),
    ("一次性创业补贴标准为5000元/户。", [("5000元", 5000, ["户"], "exact", "创业补贴")]),
    ("一、打造劳务品牌促进就业\n对带动就业明显的劳务品牌,按照每个项目最高50万元给予奖补。",
     [("50万元", 500_000, ["个"], "max", "就业奖励")]),
    ("跨省务工交通补助标准为每人每年不超过600元(往返一次)。",
     [("600元", 600, ["人", "年"], "max", "交通补贴")]),
    # ranges: low end min, high end max, the unit and its magnitude shared
    ("给予2000-5000元的一次性创业补贴。",
     [("2000", 2000, [], "min", "创业补贴"), ("5000元", 5000, [], "max", "创业补贴")]),
    ("补贴标准为每人500—1000元。",
     [("500", 500, ["人"], "min", None), ("1000元", 1000, ["人"], "max", None)]),
    ("对认定的就业帮扶车间,给予3至5万元的一次性奖补。",
     [("3", 30_000, [], "min", "帮扶车间奖补"), ("5万元", 50_000, [], "max", "帮扶车间奖补")]),
    ("对评估合格的创业孵化基地给予5万元至10万元的奖补。",
     [("5万元", 50_000, [], "min", "创业载体奖补"), ("10万元", 100_000, [], "max", "创业载体奖补")]),
    ("给予每人800～1500元的求职创业补贴。",
     [("800", 800, ["人"], "min", "求职创业补贴"), ("1500元", 1500, ["人"], "max", "求职创业补贴")]),
    ("稳岗返还标准为企业上年度实际缴纳失业保险费的50%,单户企业最高不超过300万元。",
     [("300万元", 3_000_000, [], "max", "稳岗补贴")]),
]


@pytest.mark.parametrize(("sentence", "want"), STYLES, ids=[s[0][:24] for s in STYLES])
def test_style(sentence, want):
    got = found(sentence)
    assert [(a.quote, a.value, a.per, a.bound) for a in got] == [w[:4] for w in want]
    for a, w in zip(got, want):
        if w[4] is not None:
            assert a.category == w[4]
        assert sentence[a.span.start : a.span.end] == a.quote


# no money: percentages, standards by reference, dates, phones, place names
NO_MONEY = [
    "对招用就业困难人员的企业,按其实际缴纳的基本养老保险费、基本医疗保险费和失业保险费给予社会保险补贴,补贴期限最长不超过3年。",
    "公益性岗位补贴标准按照当地最低工资标准的60%确定。",
    "给予见习单位就业见习补贴,标准为当地最低工资标准的60%。",
    "按照当地最低工资标准的50%给予补贴。",
    "按照其上年度实际缴纳失业保险费的50%返还,中小微企业返还比例提高至90%。",
    "就业率达到80%以上的,给予培训补贴。",
    "联系电话:0898-65231000,传真:0898-65231001。",
    "本通知自2023年1月1日起施行,有效期至2025年12月31日。",
    "在三元区、永安市设立劳务服务站。",
    "补贴资金按1:1比例由省、市两级分担。",
]


@pytest.mark.parametrize("sentence", NO_MONEY, ids=[s[:20] for s in NO_MONEY])
def test_no_money(sentence):
    assert found(sentence) == []


# sentence, tier of each figure
TIERS = [
    ("对取得初级、中级、高级职业资格证书的,分别给予1000元、1500元、2000元的技能提升补贴。", ["初级", "中级", "高级"]),
    ("交通补助按县内200元、省内400元、省外600元的标准发放。", ["县内", "省内", "省外"]),
    ("对评定为A类、B类、C类的劳务品牌,分别给予50万元、30万元、10万元的一次性奖补。", ["A类", "B类", "C类"]),
    ("补贴标准:初级工每人1000元,中级工每人1500元,高级工每人2000元。", ["初级工", "中级工", "高级工"]),
]


@pytest.mark.parametrize(("sentence", "tiers"), TIERS, ids=[t[0][:24] for t in TIERS])
def test_tier(sentence, tiers):
    assert [a.tier for a in found(sentence)] == tiers


# rate bases beyond persons and times, written before or after the figure (Shanxi, Zhejiang, Jiangxi, Hubei,
# Guangdong wording): person or thing first, time last
PER_STYLES = [
    ("对新增高标准农田建设,按每亩1500元给予补助。", ["亩"]),
    ("耕地地力保护补贴标准为120元/亩。", ["亩"]),
    ("对报废老旧营运货车的,每辆补贴8000元。", ["辆"]),
    ("既有住宅加装电梯的,按每平方米200元给予奖补。", ["平方米"]),
    ("按学制每生每年给予3000元补助,实行应助尽助全覆盖。", ["生", "年"]),
    ("中职学生每学期资助1500元。", ["学期"]),
    ("对到省外务工的给予500元/人•年交通补贴。", ["人", "年"]),
    ("岗位补贴按2000元/年/人的标准发放。", ["人", "年"]),
    ("培训期间落实30元/人/天的生活费补贴。", ["人", "天"]),
]


@pytest.mark.parametrize(("sentence", "per"), PER_STYLES, ids=[p[0][:20] for p in PER_STYLES])
def test_per_style(sentence, per):
    (a,) = found(sentence)
    assert a.per == per


# printed totals: aggregate, no rate basis even after a per-person figure (Zhejiang, Shanxi, Sichuan, Henan)
AGGREGATES = [
    ("本次共拨付55名补助对象助学补助每人3000元,共计16.5万元(详见附件1)。", [False, True]),
    ("第一批核定通过人数1192人,每人资助0.3万元,共357.6万元。", [False, True]),
    ("下达我区2024年财政衔接资金10782万元,其中,中央资金5273万元,省级资金5509万元。", [True, False, False]),
    ("全县共发放一次性吸纳就业补贴每人2000元,合计48万元。", [False, True]),
]


@pytest.mark.parametrize(("sentence", "flags"), AGGREGATES, ids=[a[0][:20] for a in AGGREGATES])
def test_aggregate_style(sentence, flags):
    got = found(sentence)
    assert [a.aggregate for a in got] == flags
    assert all(a.per == [] for a in got if a.aggregate)


# instruments named by the figure's own clause, the sentence, a run-in heading or a notice title
# (Zhejiang, Shanxi, Xinjiang, Heilongjiang, Henan, Hunan wording)
CATEGORY_STYLES = [
    ("此项资金专项用于2022年度雨露计划助学补助,本次拨付补助对象每人3000元。", ["雨露计划资助"]),
    ("一、资金使用安排情况\n斗渠防渗改造工程,总投资847万元,已到位资金494万元(含劳务报酬74万元)。", ["项目总投资", "专项资金", "劳务报酬"]),
    ("一、调整后的失业保险金标准\n(一)大庆市区为620元/月,所辖县为360元/月。", ["失业保险金标准"] * 2),
    ("可按每招用1人不超过1500元的标准发放一次性扩岗补助。", ["一次性吸纳就业补助"]),
    ("就业帮扶车间招用帮扶对象的,按200元/人/月的标准给予车间岗位补贴。", ["帮扶车间奖补"]),
    ("对开展以工代训的企业,经审核后,给予企业每人每月500元的培训补贴。", ["以工代训补贴"]),
    ("——一次性交通补贴。跨省补贴最高不超过 1500 元,省内县外补贴最高不超过 600 元。", ["交通补贴"] * 2),
    ("——自主创业补贴。一次性创业补贴最高 5000 元,创业场租补贴提高到每年 3000 元。", ["创业补贴"] * 2),
    ("6、养老保险。为脱贫户保留最低100元的城乡居民养老保险缴费档次。", ["社会保险补贴"]),
    ("一、社会保险\n对灵活就业的高校毕业生,每月按600元的标准给予补贴。", ["社会保险补贴"]),
    ("对吸纳30人以上的就业帮扶车间,给予5万元的一次性奖补;吸纳50人以上的,奖补标准提高到10万元。",
     ["帮扶车间奖补"] * 2),
]


@pytest.mark.parametrize(("body", "names"), CATEGORY_STYLES, ids=[c[0][:20] for c in CATEGORY_STYLES])
def test_category_style(body, names):
    assert [a.category for a in found(body)] == names


# generic words (奖励, 资金) name no instrument outside the figure's own clause or off the notice's topic
GENERIC_NOT_ENOUGH = [
    "对购买新能源汽车的个人,每辆补贴5000元,所需资金由市财政承担。",
    "对获评省级科技小巨人的企业,给予一次性奖励50万元。",
    "市级财政安排资金,对完成改造的老旧小区每个补助30万元。",
    "两批共申请省农发行贷款到位资金3.87亿元,为县财政节约资金4500万元。",
]


@pytest.mark.parametrize("sentence", GENERIC_NOT_ENOUGH, ids=[g[:20] for g in GENERIC_NOT_ENOUGH])
def test_generic_words_alone_name_no_instrument(sentence):
    assert {a.category for a in found(sentence)} == {None}


# tiers: each case's own printed words (Heilongjiang, Shanxi, Jiangxi, Sichuan, Guizhou wording)
TIER_STYLES = [
    ("(一)大庆市区为620元/月,所辖县为360元/月。", ["大庆市区", "所辖县"]),
    ("跨省补贴最高不超过 1500 元,省内县外补贴最高不超过 600 元。", ["跨省", "省内县外"]),
    ("其中,中央资金5273万元,省级资金5509万元,用于巩固脱贫攻坚成果。", ["中央资金", "省级资金"]),
    ("对到县内工业园区企业务工的给予600元/人•年到省外务工的给予500元/人•年、到省内县外务工的给予300元/人•年交通补贴。",
     ["到县内工业园区企业务工", "到省外务工", "到省内县外务工"]),
    ("推荐劳动者在县内、县外省内、省外成功就业的,分别给予每人300元、500元、800元的职业介绍补贴。",
     ["县内", "县外省内", "省外"]),
    ("对取得初级工、中级工、高级技师证书的,分别给予500元、800元、1500元的培训补贴。", ["初级工", "中级工", "高级技师"]),
    ("总投资847万元,已到位资金494万元。", [None, None]),
    # a semicolon clause that sets the same standard anew for its own case (Gansu, Henan, Guangxi wording)
    ("对扶贫车间吸纳贫困劳动力就业的，按每人1500元的标准给予一次性吸纳就业补贴；吸纳贫困劳动力就业10人以上的，每吸纳1人补贴2000元，每个经营主体最高不超过10万元。",
     [None, "吸纳贫困劳动力就业10人以上", None]),
    ("对认定的就业帮扶车间，给予5万元的一次性奖补；吸纳30人以上的，奖补标准提高到10万元。", [None, "吸纳30人以上"]),
    ("按吸纳人数分档给予一次性建设补贴：吸纳10人至29人的，补贴5万元；吸纳30人以上的，补贴8万元。",
     ["吸纳10人至29人", "吸纳30人以上"]),
]


@pytest.mark.parametrize(("sentence", "tiers"), TIER_STYLES, ids=[t[0][:20] for t in TIER_STYLES])
def test_tier_style(sentence, tiers):
    assert [a.tier for a in found(sentence)] == tiers


# a basis does not leak over a semicolon or a full stop typed in ASCII (web pages from Henan, Guangdong)
NO_LEAK = [
    "企业每新招用1人,按规定申领社会保险补贴;对首次创业的,给予5000元一次性创业补贴。",
    "每吸纳1名脱贫劳动力的补贴标准另行制定.对首次创业的,给予5000元一次性创业补贴.",
    "每招用1人按规定缴纳社会保险的,享受社会保险补贴；对首次创办小微企业的,给予5000元创业补贴。",
]


@pytest.mark.parametrize("sentence", NO_LEAK, ids=[n[:20] for n in NO_LEAK])
def test_basis_does_not_leak(sentence):
    assert [a.per for a in found(sentence)] == [[]]


# the case sibling headings name when they differ only in it (Sichuan, Guangxi, Yunnan wording)
SECTION_CASES = [
    ("一、中央财政衔接资金(5273万元)\n(一)支持产业发展2993.7万元;\n二、省级财政衔接资金(5509万元)\n(一)支持产业发展2705.39万元;",
     ["中央", "中央", "省级", "省级"], [True, False, True, False]),
    ("一、城镇公益性岗位补贴标准\n每人每月1800元。\n二、乡村公益性岗位补贴标准\n每人每月600元。", ["城镇", "乡村"], [False, False]),
    ("一、培训补贴\n每人每天100元。\n二、创业补贴\n每户5000元。", [None, None], [False, False]),
    ("1、职业介绍补贴。补贴标准为每人500元。\n2、季节性用工职业介绍补贴。补贴标准为每人200元。", [None, "季节性用工"], [False, False]),
    ("（一）创业补贴\n给予一次性创业补贴5000元。\n（二）返乡创业补贴\n给予一次性创业补贴8000元。", [None, "返乡"], [False, False]),
    ("1.一次性交通补助\n每人300元。\n2.跨省务工一次性交通补助\n每人不超过800元。", [None, "跨省务工"], [False, False]),
]


@pytest.mark.parametrize(("body", "tiers", "totals"), SECTION_CASES, ids=[c[0][:20] for c in SECTION_CASES])
def test_section_case_style(body, tiers, totals):
    got = found(body)
    assert [a.tier for a in got] == tiers
    assert [a.aggregate for a in got] == totals


def found_table(rows: list[list[str]]) -> list:
    """Return the amounts of a notice holding one table, a heading above it."""
    from gongwen.document import Cell, Table

    cells = tuple(Cell(t, r, c) for r, row in enumerate(rows) for c, t in enumerate(row))
    doc = Document(Source("t.docx", "docx", "0", 0), (Paragraph("二、资金分配情况"), Table(cells, len(rows), len(rows[0]))))
    ctx = Context(doc, text.build(doc))
    ctx.text.sections = sections.extract(ctx)
    return amounts.extract(ctx)


# a unit printed only in the column header (Sichuan, Guangxi, Hunan table layouts)
TABLES = [
    ([["乡镇", "项目", "补贴金额(万元)"], ["大康镇", "就业帮扶车间奖补", "70"], ["合计", "", "70"]],
     [("70", 700_000, [], "大康镇", False), ("70", 700_000, [], None, True)]),
    ([["序号", "补贴类别", "资金（元）"], ["1", "一次性交通补助", "12600"]], [("12600", 12600, [], None, False)]),
    ([["工种等级", "补贴标准(元/人)", "人数"], ["初级工", "1000", "35"], ["中级工", "1500", "12"]],
     [("1000", 1000, ["人"], "初级工", False), ("1500", 1500, ["人"], "中级工", False)]),
]


@pytest.mark.parametrize(("rows", "want"), TABLES, ids=[t[0][0][-1] for t in TABLES])
def test_table_style(rows, want):
    got = found_table(rows)
    assert [(a.quote, a.value, a.per, a.tier, a.aggregate) for a in got] == want
    assert all(a.from_table for a in got)


def test_table_figure_takes_the_instrument_of_its_row():
    (a,) = found_table([["序号", "补贴类别", "资金（元）"], ["1", "一次性交通补助", "12600"]])
    assert a.category == "交通补贴"


# a sum printed after its money noun with 元 left out: the noun makes it money, the unit is 元
UNITLESS = [
    ("个人最高额度20万元,合伙经营总额不超过100万,贷款期限不超过3年。", [("20万元", 200_000), ("100万", 1_000_000)]),
    ("本次申领补贴金额3318.4", [("3318.4", 3318.4)]),
    ("项目资金共计85.6万,用于村级道路建设。", [("85.6万", 856_000)]),
    ("贷款额度为50万,期限2年。", [("50万", 500_000)]),
]
NOT_UNITLESS = ["补贴资金惠及1200人次。", "资金到位率达95%。", "专项资金第3批已下达。", "贷款总额100万户"]


@pytest.mark.parametrize(("sentence", "want"), UNITLESS, ids=[u[0][:20] for u in UNITLESS])
def test_unitless_sum_after_a_money_noun(sentence, want):
    assert [(a.quote, a.value) for a in found(sentence)] == want


@pytest.mark.parametrize("sentence", NOT_UNITLESS)
def test_no_unitless_sum_for_counts_and_rates(sentence):
    assert found(sentence) == []
