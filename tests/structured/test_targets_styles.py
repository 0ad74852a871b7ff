"""Targets in the styles of other provinces' notices: task verbs, 人次/场次, quotas per city, rates, conditions.

Expectations follow the annotation conventions: a target is a quantitative goal of the notice; a count
that qualifies who may claim a payment (吸纳10人以上的) is a condition; a required rate or share
(就业率达到90%, 劳务报酬占比不低于20%) and the size of a works (公里, 亩) are goals too (conventions v2.1). The
first blocks were written before the code ran; the later ones (rates, works, quotas, parts and lists…)
copy or imitate sentences of the real-world notices and were checked against the gold of those notices.
"""
import pytest

from gongwen.document import Document, Paragraph, Source
from gongwen.structured import sections, targets, text
from gongwen.structured.context import Context


def found(body: str) -> list:
    doc = Document(Source("t.txt", "txt", "0", 0), tuple(Paragraph(line) for line in body.split("\n")))
    return targets.extract(Context(doc, text.build(doc)))


def found_in_sections(body: str) -> list:
    doc = Document(Source("t.txt", "txt", "0", 0), tuple(Paragraph(line) for line in body.split("\n")))
    ctx = Context(doc, text.build(doc))
    ctx.text.sections = sections.extract(ctx)
    return targets.extract(ctx)


# sentence, [(value, unit, bound), ...]
GOALS = [
    ("今年全市城镇新增就业5万人以上。", [(50_000, "人", "min")]),
    ("全年农村劳动力转移就业不少于20万人。", [(200_000, "人", "min")]),
    ("全年开展职业技能培训1万人次。", [(10_000, "人次", "exact")]),
    ("开发公益性岗位500个,优先安置脱贫劳动力。", [(500, "个", "exact")]),
    ("创建10个省级创业孵化示范基地。", [(10, "个", "exact")]),
    ("力争到2025年,全省累计培育劳务品牌100个。", [(100, "个", "exact")]),
    ("帮助1000名以上就业困难人员实现就业。", [(1000, "人", "min")]),
    ("全省完成补贴性职业技能培训30万人次以上。", [(300_000, "人次", "min")]),
    ("建设就业帮扶车间200个,吸纳脱贫人口就业。", [(200, "个", "exact")]),
    ("全年举办专场招聘会50场次。", [(50, "场次", "exact")]),
    ("农村劳动力转移就业规模稳定在300万人以上。", [(3_000_000, "人", "min")]),
    ("全年新增城镇就业12万人,城镇调查失业率控制在5.5%以内。", [(120_000, "人", "exact"), (5.5, "%", "max")]),
    ("每个县至少开发100个公益性岗位。", [(100, "个", "min")]),
    ("开展职业技能培训2.5万人次,其中脱贫劳动力培训不少于5000人次。",
     [(25_000, "人次", "exact"), (5000, "人次", "min")]),
    ("新建返乡入乡创业园10个。", [(10, "个", "exact")]),
    ("组织劳务输出1.2万人。", [(12_000, "人", "exact")]),
    ("开发公益性岗位５００个。", [(500, "个", "exact")]),
    ("认定省级就业帮扶基地不少于20家。", [(20, "家", "min")]),
    ("全年培训家政服务人员3000人次。", [(3000, "人次", "exact")]),
    ("确保脱贫人口务工规模不低于3.2万人。", [(32_000, "人", "min")]),
    ("全省开发乡村公益性岗位1.5万个,其中:太原市2000个、大同市1500个、朔州市800个。",
     [(15_000, "个", "exact"), (2000, "个", "exact"), (1500, "个", "exact"), (800, "个", "exact")]),
    ("各市分配任务:南宁市3000人、柳州市2500人、桂林市2000人。",
     [(3000, "人", "exact"), (2500, "人", "exact"), (2000, "人", "exact")]),
    # a baseline to beat (不低于上年) is no reported result
    ("确保全省脱贫人口务工规模不低于上年,力争达到230万人。", [(2_300_000, "人", "min")]),
    ("新增就业要比去年多,力争达到5万人以上。", [(50_000, "人", "min")]),
    # a goal word governs the clauses after it in its sentence
    ("2020年底前，全区就业扶贫车间要稳定在5000个以上，吸纳贫困劳动力就业不少于8万人。",
     [(5000, "个", "min"), (80_000, "人", "min")]),
    ("全市要新增城镇就业不少于3万人，帮扶困难人员就业达到5000人。", [(30_000, "人", "min"), (5000, "人", "min")]),
]


# rates and shares of a fund (Shanxi, Xinjiang, Zhejiang, Anhui, Fujian wording)
RATES = [
    ("培训合格率达到90%以上。", [(90, "%", "min")]),
    ("发放劳务报酬原则上不 低于中央和省级资金的 15%,不低于推广以工代赈方式项目各级财政资金的 10%。",
     [(15, "%", "min"), (10, "%", "min")]),
    ("安排该项目的劳务报酬不低于总投资的15%,50%的劳务报酬用于支付贫困户工资。", [(15, "%", "min"), (50, "%", "exact")]),
    ("劳动年龄段持证残疾人就业率达60%以上,其中有就业意愿应届残疾人大学生就业率达100%。",
     [(60, "%", "min"), (100, "%", "exact")]),
    ("到2027年,城镇调查失业率控制在5.5%左右。", [(5.5, "%", "approx")]),
    ("技能人才占劳动力人口比重超30%。", [(30, "%", "min")]),
    ("委托开展培训的技能人才在从事与劳务品牌相关产业就业创业的占比不低于50%。", [(50, "%", "min")]),
    ("以工代赈项目劳务报酬占中央资金总额的30%左右。", [(30, "%", "approx")]),
    ("光伏收益的60%以上用于设置公益岗位。", [(60, "%", "min")]),
    ("城乡居民养老保险参保率提高到95%。", [(95, "%", "min")]),
]
GOALS += RATES

# works measured in 公里/亩/平方米, ranges, and a plan beside money already in place (Xinjiang, Anhui, Henan, Guizhou)
WORKS = [
    ("改造防渗斗渠14.608公里,设计引水流量0.3-0.5m3/s,控制灌溉面积9643亩。",
     [(14.608, "公里", "exact"), (9643, "亩", "exact")]),
    ("总投资847万元,已到位资金494万元,改造防渗斗渠14.608公里。", [(14.608, "公里", "exact")]),
    ("新建高标准农田5000亩,硬化村组道路12公里。", [(5000, "亩", "exact"), (12, "公里", "exact")]),
    ("推进创业平台建设,支持建设1-2家省级农民工返乡创业示范园。", [(2, "家", "max")]),
    ("新技工系统培养1100人,退役士兵培训530人。", [(1100, "人", "exact"), (530, "人", "exact")]),
    ("新建机耕道3.5公里，修建蓄水池2座，硬化道路2000米。", [(3.5, "公里", "exact"), (2, "座", "exact"), (2000, "米", "exact")]),
    ("整治渠道1500米，新建便民桥1座。", [(1500, "米", "exact"), (1, "座", "exact")]),
    ("在全县设立零工服务站10处，设置乡村公益性岗位1200个。", [(10, "处", "exact"), (1200, "个", "exact")]),
]
GOALS += WORKS

# quotas per person, household, place or call (Yunnan, Anhui, Fujian, Hunan wording)
QUOTAS = [
    ("每年至少开展1次免费职业培训,让每个有适龄人口的贫困家庭至少有1名技能劳动者就业。",
     [(1, "次", "min"), (1, "人", "min")]),
    ("按省《通知》要求开展示范村镇申报工作(最多1个,多报无效)。", [(1, "个", "max")]),
    ("市局将组织审核,择优推荐1个省级“一村一品”专业示范村镇报省农业农村厅。", [(1, "个", "exact")]),
    ("按照“一县”至少“一品”建立全省劳务品牌资源库。", [(1, "个", "min")]),
    ("每县至少1个,每个市州不超过5个。", [(1, "个", "min"), (5, "个", "max")]),
    ("各县市区限报2个项目。", [(2, "个", "max")]),
    ("督导检查每季度至少开展1次。", [(1, "次", "min")]),
    ("每个县至少建成1个。", [(1, "个", "min")]),
]
GOALS += QUOTAS

# parts of a goal, the units a per-unit goal covers, lists of counts, goals set by 推动/促进/要 (Anhui, Shandong,
# Gansu, Hebei, Jilin, Shanxi, Guizhou wording)
PARTS_AND_LISTS = [
    ("到2027年,累计新增技能人才4800人以上,其中高技能人才1400人以上。", [(4800, "人", "min"), (1400, "人", "min")]),
    ("全年城镇新增就业10万人以上，其中高校毕业生3万人。", [(100_000, "人", "min"), (30_000, "人", "exact")]),
    ("全省开发岗位1000个，其中遵义市500个。", [(1000, "个", "exact"), (500, "个", "exact")]),
    ("全县20个精品村每个村新增开发1个乡村公益性岗位。", [(20, "个", "exact"), (1, "个", "exact")]),
    ("全市12个区每个区至少建成2个零工市场。", [(12, "个", "exact"), (2, "个", "min")]),
    ("完成省下达的2592个扶贫特岗、620个临时公益岗指标任务。", [(2592, "个", "exact"), (620, "个", "exact")]),
    ("新建就业帮扶车间20个、30个乡村就业工厂。", [(20, "个", "exact"), (30, "个", "exact")]),
    ("推动脱贫劳动力外出务工不低于4.79万人。", [(47_900, "人", "min")]),
    ("促进农村劳动力转移就业稳定在500万人以上。", [(5_000_000, "人", "min")]),
    ("全年要帮扶困难人员实现就业不少于5000人。", [(5000, "人", "min")]),
    ("市政府制定了实施方案，提出到2025年全市新增就业1万人以上。", [(10_000, "人", "min")]),
    # 带动/吸纳/安置 state a goal only after one in their sentence (吸纳10人以上的 is a threshold)
    ("全年扶持创业5000人，带动就业1.5万人。", [(5000, "人", "exact"), (15_000, "人", "exact")]),
    ("新建创业孵化基地3个，入驻实体不少于200户。", [(3, "个", "exact"), (200, "户", "min")]),
    ("开发公益性岗位500个，安置就业困难人员500人。", [(500, "个", "exact"), (500, "人", "exact")]),
    ("新建车间20个，每吸纳1人补贴1000元，每开发1个岗位补贴500元。", [(20, "个", "exact")]),
]
GOALS += PARTS_AND_LISTS

# recruitment quotas and allocation lists joined by ，or ；(Guizhou, Guangxi, Sichuan, Yunnan wording)
RECRUITING = [
    ("全市计划招聘特岗教师200名。", [(200, "人", "exact")]),
    ("选聘乡村公益性岗位人员200名。", [(200, "人", "exact")]),
    ("招募“三支一扶”人员300名。", [(300, "人", "exact")]),
    ("各市任务如下：南宁市3000人，柳州市2500人；桂林市2000人。",
     [(3000, "人", "exact"), (2500, "人", "exact"), (2000, "人", "exact")]),
    ("全省培训任务2万人次，其中成都市8000人次；绵阳市6000人次；宜宾市6000人次。",
     [(20_000, "人次", "exact"), (8000, "人次", "exact"), (6000, "人次", "exact"), (6000, "人次", "exact")]),
]
GOALS += RECRUITING

# 余/多 after a figure, and words broken by a space in text taken from PDF (Zhejiang, Shanxi, Hubei wording)
LOOSE = [
    ("全年开发就业岗位3000余个。", [(3000, "个", "min")]),
    ("力争全年转移就业1.5万多人。", [(15_000, "人", "min")]),
    ("全市新增残疾人 就业800 人以上。", [(800, "人", "min")]),
    ("开展职业技能 培训 1 万人次。", [(10_000, "人次", "exact")]),
]
GOALS += LOOSE


@pytest.mark.parametrize(("sentence", "want"), GOALS, ids=[g[0][:24] for g in GOALS])
def test_goal(sentence, want):
    got = found(sentence)
    assert [(t.value, t.unit, t.bound) for t in got] == want
    assert all(sentence[t.span.start : t.span.end] == t.quote for t in got)


NOT_GOALS = [
    "对吸纳10人以上的企业给予一次性奖励。",
    "招用登记失业人员5人以上的小微企业,可申请创业担保贷款。",
    "吸纳脱贫劳动力就业不少于10人的,给予就业帮扶车间奖补。",
    "连续参保缴费满12个月的,可申领技能提升补贴。",
    "每人每年可享受1次培训补贴。",
    "联系电话:0351-4567890。",
    "2023年3月1日起施行。",
    "对带动就业3人及以上的,给予创业带动就业补贴。",
    "创业孵化基地入驻实体不少于10户的,给予奖补。",
    "对吸纳贫困劳动力就业达到10人的车间,给予奖补。",         # no goal before it in its sentence
    "各地要落实奖补政策,吸纳贫困劳动力不少于10人的,给予奖补。",  # a goal verb, but a condition
    # a rate of pay, a refund rate, a rate that qualifies
    "岗位补贴标准不低于当地最低工资标准的 50%。",
    "大型企业按不超过其职工上年度实际缴纳失业保险费的30%返还。",
    "对组织开展订单式培训且就业率达到80%的,可适当提高补贴标准。",
    "由脱贫户和监测户劳动力达到60%以上的造林合作社实施。",
    "参保企业裁员率不高于参保职工总数20%的,可以申请失业保险稳岗返还。",
    "中小微企业稳岗返还比例提高至60%。",
    "全市脱贫劳动力外出务工占比高达60%。",      # a fact stated with 高达
    "培训补贴最高可达培训成本的80%。",          # what a subsidy may reach
    "全县超额完成任务的120%。",
    "创业担保贷款贴息比例不低于50%。",
    "认定标准：吸纳脱贫劳动力不少于10人，带动就业20人以上。",
    # a metric that holds 带动, a site's floor area
    "创业带动就业人数达到5人以上，可申请创业担保贷款。",
    "孵化基地场地面积不少于1000平方米，入驻实体不少于10户。",
    # a sentence labelled as eligibility rules (Guangxi)
    "认定条件为：有固定生产经营场所，吸纳贫困劳动力就业10人以上或占车间就业人数30%以上，签订劳动合同。",
    # a part of a figure that is no goal, an ordinal, the size of a list just named, a slogan
    "全县共有贫困劳动力5000人，其中外出务工3000人。",
    "全县共有贫困劳动力5000人，其中城关镇3000人。",
    "对招聘登记失业人员5人以上的企业，给予补贴。",
    "公益性岗位实行一人多岗。",
    "专项行动连续开展3个季度。",           # a duration, not a count
    "新增就业比上年提高5个百分点。",       # a change of a rate, not 5 个
    "带动就业5人以上，可申请创业担保贷款。",
    "安置就业困难人员3人，给予一次性补贴。",
    "以“输出一人、脱贫一户、带动一片”的目标,多措并举。",
    "市经济普查领导小组办公室负责开展第五次全国经济普查。",
    "关于建设投资有限责任公司等138家中小微企业拟返还稳岗补贴的公示",
]


@pytest.mark.parametrize("sentence", NOT_GOALS, ids=[s[:20] for s in NOT_GOALS])
def test_not_a_goal(sentence):
    assert found(sentence) == []


@pytest.mark.parametrize("sentence", ["截至目前,已开发公益性岗位1200个。", "去年全省共转移就业50万人。",
                                      "上年全省务工规模达到230万人。",
                                      "2020年我县打造农村集体聚餐示范点20家,受到省市场监督管理局的高度肯定。",
                                      "年内立项整治面积4100亩,为全县经济发展提供了有力保障。",
                                      "全区新建标准化厂房3万平方米,被评为省级创业示范园区。",
                                      "今年以来，全县共举办招聘会20场，提供岗位5000个。",
                                      "全市共开发公益性岗位1200个。",
                                      "截至6月底，全市城镇新增就业1.2万人，完成全年目标的60%。",
                                      "截至目前，昆明市已开发岗位500个、曲靖市400个。",
                                      "县自然资源局全年共完成整治验收形成用地指标3600亩。"])
def test_reported_results_are_not_goals(sentence):
    doc = Document(Source("x", "txt", "0", 0), (Paragraph(sentence),))
    assert targets.extract(Context(doc, text.build(doc))) == []


# counts under a heading of eligibility rules are thresholds (Jiangxi, Gansu, Hunan layouts)
@pytest.mark.parametrize("body", [
    "一、申报范围\n全市职业培训机构。\n二、申报条件\n1.年培训各类人员1000人次以上；\n2.开发就业岗位50个以上。",
    "二、岗位类别\n主要设置卫生保洁员岗位。\n三、人选条件\n新增开发岗位3个以上的村优先。\n四、工作要求\n全县新增开发乡村公益性岗位200个。",
    "一、补贴范围\n就业帮扶车间。\n二、补贴对象及条件\n吸纳脱贫劳动力不少于10人，培训合格率达到90%以上。",
    "一、认定范围\n就业帮扶基地。\n二、认定标准\n新建车间不少于3个，开发岗位50个以上。",
], ids=["申报条件", "人选条件", "对象及条件", "认定标准"])
def test_counts_under_a_conditions_heading_are_thresholds(body):
    got = found_in_sections(body)
    assert [t.value for t in got] == ([200] if "工作要求" in body else [])


# a year before the notice's own names what happened then; a later year is the goal's horizon
@pytest.mark.parametrize(("sentence", "want"), [
    ("2023年，全市城镇新增就业1.2万人，培训合格率达到95%。", []),
    ("2020年以来，全县累计开发公益性岗位3000个。", []),
    ("到2025年，全市城镇新增就业1.5万人以上。", [15_000]),
    ("2025年底前，全省建成零工市场100个。", [100]),
    ("2024年全市计划完成职业技能培训5万人次。", [50_000]),
], ids=["2023年", "以来", "到2025年", "2025年底前", "本年"])
def test_years_before_the_notice_report_results(sentence, want):
    doc = Document(Source("t.txt", "txt", "0", 0), (Paragraph(sentence),))
    ctx = Context(doc, text.build(doc))
    ctx.meta.year = 2024
    assert [t.value for t in targets.extract(ctx)] == want
