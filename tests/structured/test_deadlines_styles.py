"""Deadlines in the styles of other provinces' notices and 实施方案 (web-scraped text, ASCII marks).

Expected items are decided by the gold conventions (shared/gold/README.md): dates resolve with the
notice's year, 月底 is the month's last day, a period/window carries start and end, a recurring duty
has no date, a time limit with no date is a `duration` as printed; an entitlement's length, the
signature date, statistical cut-offs and target years are no deadlines.
"""
import pytest

from gongwen.document import Document, Paragraph, Source
from gongwen.record import Meta
from gongwen.structured import deadlines, text
from gongwen.structured.context import Context

YEAR = 2021


def extract(body: str) -> list:
    """Return the deadlines of `body` (one paragraph per line), issued on 2021-06-08."""
    blocks = tuple(Paragraph(line) for line in body.split("\n"))
    doc = Document(Source("t.txt", "txt", "0", 0), blocks)
    return deadlines.extract(Context(doc, text.build(doc), meta=Meta(year=YEAR, issue_date="2021-06-08")))


# sentence, [(quote, kind, date, end)]
ONE_OFF = [
    # due dates
    ("请各县(市、区)人社局于6月30日前将汇总表报送市人社局.", [("于6月30日前", "due", "2021-06-30", None)]),
    ("请于7月15日(星期四)前将报名表报送至市就业服务中心。",
     [("于7月15日(星期四)前", "due", "2021-07-15", None)]),
    ("请于7月15日（星期四）前报送。", [("于7月15日（星期四）前", "due", "2021-07-15", None)]),
    ("报送时间：8月10日前", [("8月10日前", "due", "2021-08-10", None)]),
    ("各地要在9月底前完成摸底排查。", [("在9月底前", "due", "2021-09-30", None)]),
    ("十月底前，完成全部验收工作。", [("十月底前", "due", "2021-10-31", None)]),
    ("9月中旬前完成系统部署。", [("9月中旬前", "due", "2021-09-20", None)]),
    ("2021年底前，全面完成零就业家庭动态清零。", [("2021年底前", "due", "2021-12-31", None)]),
    ("2022年底前，实现县级公共实训基地全覆盖。", [("2022年底前", "due", "2022-12-31", None)]),
    ("年底前，各县要建成1个零工市场。", [("年底前", "due", "2021-12-31", None)]),
    ("三季度末前完成验收。", [("三季度末前", "due", "2021-09-30", None)]),
    ("第一季度末前完成摸底登记。", [("第一季度末前", "due", "2021-03-31", None)]),
    ("各地要于第三季度内完成系统上线。", [("于第三季度内", "due", "2021-09-30", None)]),
    ("上半年内完成试点。", [("上半年内", "due", "2021-06-30", None)]),
    ("请于11月30日17:00前报送。", [("于11月30日17:00前", "due", "2021-11-30", None)]),
    ("请于11月30日下午5点前报送。", [("于11月30日下午5点前", "due", "2021-11-30", None)]),
    ("请于７月３１日前报送。", [("于７月３１日前", "due", "2021-07-31", None)]),
    ("截至11月底，各县要完成全部摸底工作。", [("截至11月底", "due", "2021-11-30", None)]),
    ("申报截止时间为2021年9月30日。", [("截止时间为2021年9月30日", "due", "2021-09-30", None)]),
    ("完成时限：2021年12月底前", [("2021年12月底前", "due", "2021-12-31", None)]),
    ("时间节点：2021年10月31日前", [("2021年10月31日前", "due", "2021-10-31", None)]),
    ("请各单位于6月30日前,将材料报送至市人社局.", [("于6月30日前", "due", "2021-06-30", None)]),
    ("8 月 31 日前完成全部补贴发放。", [("8 月 31 日前", "due", "2021-08-31", None)]),
    # periods and windows
    ("6月1日—6月30日为集中申报期。", [("6月1日—6月30日", "window", "2021-06-01", "2021-06-30")]),
    ("申报时间：7月1日-7月31日", [("7月1日-7月31日", "window", "2021-07-01", "2021-07-31")]),
    ("5月10日—20日开展集中宣传。", [("5月10日—20日", "period", "2021-05-10", "2021-05-20")]),
    ("2021年7月1日至2021年12月31日,开展百日千万招聘专项行动。",
     [("2021年7月1日至2021年12月31日", "period", "2021-07-01", "2021-12-31")]),
    ("7月20日至8月20日期间，组织开展高校毕业生就业服务月活动。",
     [("7月20日至8月20日期间", "period", "2021-07-20", "2021-08-20")]),
    ("2021年6月至12月，在全市开展就业援助行动。", [("2021年6月至12月", "period", "2021-06-01", "2021-12-31")]),
    ("即日起至2021年12月31日，开展专项整治。", [("即日起至2021年12月31日", "period", "2021-06-08", "2021-12-31")]),
    ("自即日起至10月底，集中开展清理拖欠工资行动。", [("自即日起至10月底", "period", "2021-06-08", "2021-10-31")]),
    ("2021年1月1日至12月31日期间新招用的，给予一次性吸纳就业补贴。",
     [("2021年1月1日至12月31日期间", "window", "2021-01-01", "2021-12-31")]),
    # starts
    ("本通知自2021年7月1日起施行。", [("自2021年7月1日起", "start", "2021-07-01", None)]),
    ("自7月起，在全市开展职业技能提升行动。", [("自7月起", "start", "2021-07-01", None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), ONE_OFF, ids=[c[0] for c in ONE_OFF])
def test_one_off(sentence, expected):
    assert [(d.quote, d.kind, d.date, d.end) for d in extract(sentence)] == expected


# sentence, [(kind, date, end, rule)]
RECURRING = [
    ("每季度末报送工作进展情况。", [("recurring", None, None, {"freq": "quarterly"})]),
    ("请于每月10日前报送上月数据。", [("recurring", None, None, {"freq": "monthly", "day": 10})]),
    ("每月25号前报送当月台账。", [("recurring", None, None, {"freq": "monthly", "day": 25})]),
    ("于每年11月底前报送年度工作总结。", [("recurring", None, None, {"freq": "yearly", "month": 11})]),
    ("每年12月底前报送年度总结。", [("recurring", None, None, {"freq": "yearly", "month": 12})]),
    ("每周一上午10点前报送上周进展。", [("recurring", None, None, {"freq": "weekly", "weekday": 0, "time": "10:00"})]),
    ("每半年报送一次工作总结。", [("recurring", None, None, {"freq": "semiannual"})]),
    ("实行月通报制度。", [("recurring", None, None, {"freq": "monthly"})]),
    ("各县要按季度报送项目进展。", [("recurring", None, None, {"freq": "quarterly"})]),
    ("自7月起，每月10日前报送上月数据。",
     [("start", "2021-07-01", None, None), ("recurring", None, None, {"freq": "monthly", "day": 10, "from": "2021-07-01"})]),
    ("每季度首月10日前报送上季度工作情况。", [("recurring", None, None, {"freq": "quarterly", "month": 1, "day": 10})]),
    # 每+period, 对+object 进行+duty
    ("领导小组办公室每季度对各县市工作情况进行通报。", [("recurring", None, None, {"freq": "quarterly"})]),
    ("市人社局每月对各县区补贴发放情况进行督导。", [("recurring", None, None, {"freq": "monthly"})]),
]


@pytest.mark.parametrize(("sentence", "expected"), RECURRING, ids=[c[0] for c in RECURRING])
def test_recurring(sentence, expected):
    assert [(d.kind, d.date, d.end, d.rule) for d in extract(sentence)] == expected


NOT_DEADLINES = [
    "到2022年，全市新增城镇就业1万人以上。",            # a target year, kept in targets
    "“十四五”期间，全市累计培训10万人次。",             # policy-period prose
    "十四五期间，持续推进技能人才队伍建设。",
    "上半年，全市城镇新增就业3.2万人。",                # a statistic about a past half-year
    "补贴期限最长不超过3个月。",                        # how long a person is paid, not a time limit
    "自发放之日起3年内有效。",                          # a certificate's validity
    "对毕业后2年内的高校毕业生给予补贴。",               # eligibility conditions
    "签订劳动合同期限1年以上的，给予补贴。",
    "每年度安排一次性奖补资金。",                       # 一次性 is no 一次
    "初创企业(自登记注册之日起3年内)可申请补贴。",       # a bracketed definition is a condition
    "2021年起草的文件一并废止。",                        # 起草 is no 起
    "对在2个月内毕业的学生给予补贴。",                   # a 的-clause makes a bare limit a condition
    "在本年度内未能组织开展的表彰项目",                  # a condition, not a due date
    "截至5月底，全市已发放创业担保贷款2.3亿元。",       # a statistical cut-off
    "2021年6月8日",                                  # the signature date
    "2020年内蒙古自治区城镇新增就业20万人。",            # 年内 of 内蒙古
    "一季度，全市城镇新增就业1.1万人。",                # a bare quarter is no deadline
    "咨询电话：12333",
    "按照每人每月500元标准给予生活补贴。",
    "每人每月对岗位进行一次考核后发放补贴。",           # 每人每月 is a rate, not a duty of the notice's units
]


@pytest.mark.parametrize("sentence", NOT_DEADLINES)
def test_not_a_deadline(sentence):
    assert extract(sentence) == []


def extract_issued(body: str, issued: str | None) -> list:
    """Return the deadlines of `body` in a notice issued on `issued` (year 2021 when None)."""
    blocks = tuple(Paragraph(line) for line in body.split("\n"))
    doc = Document(Source("t.txt", "txt", "0", 0), blocks)
    return deadlines.extract(Context(doc, text.build(doc), meta=Meta(year=YEAR, issue_date=issued)))


# sentence, [(quote, kind, duration)]: limits with no date (Hunan, Anhui, Hainan, Guangxi, Gansu …)
DURATIONS = [
    ("办理地点 市政务大厅综合窗口 办理时限 20个工作日", [("办理时限 20个工作日", "duration", "20个工作日")]),
    ("8、办理时限:承诺办结时限1个工作日", [("办理时限:承诺办结时限1个工作日", "duration", "1个工作日")]),
    ("审核通过后拨付。办理时限10个工作日。", [("办理时限10个工作日", "duration", "10个工作日")]),
    ("政策期限 自公布之日起施行,有效期1年", [("自公布之日起施行,有效期1年", "duration", "1年")]),
    ("公示期为5个工作日。", [("公示期为5个工作日", "duration", "5个工作日")]),
    ("公示时间为5个工作日。", [("公示时间为5个工作日", "duration", "5个工作日")]),
    ("补贴按月发放，发放周期最长不超过1个月。", [("按月发放", "recurring", None),
                                          ("发放周期最长不超过1个月", "duration", "1个月")]),
    ("用人单位应在支付岗位工资之日起6个月内,向市人力资源开发局申请补贴。",
     [("支付岗位工资之日起6个月内", "duration", "支付岗位工资之日起6个月内")]),
    ("各地在结果发布后10日内报送备案材料。", [("发布后10日内", "duration", "发布后10日内")]),
    ("在收到通知后5个工作日内办结。", [("收到通知后5个工作日内", "duration", "收到通知后5个工作日内")]),
    ("县人社局自受理之日起15个工作日内作出决定。", [("受理之日起15个工作日内", "duration", "受理之日起15个工作日内")]),
    # a bare limit in days or months (Inner Mongolia, Guangdong, Sichuan)
    ("有培训意愿的搬迁群众在1个月内获得培训信息。", [("在1个月内", "duration", "1个月内")]),
    ("请各地在10个工作日内完成审核。", [("在10个工作日内", "duration", "10个工作日内")]),
    ("县人社局于15日内作出答复。", [("于15日内", "duration", "15日内")]),
    ("补贴资金在审核通过后15个工作日内拨付到位。", [("审核通过后15个工作日内", "duration", "审核通过后15个工作日内")]),
    ("对公示结果有异议的，自发布之日起30日内提出。", [("发布之日起30日内", "duration", "发布之日起30日内")]),
]


@pytest.mark.parametrize(("sentence", "expected"), DURATIONS, ids=[c[0] for c in DURATIONS])
def test_duration(sentence, expected):
    assert [(d.quote, d.kind, d.duration) for d in extract(sentence)] == expected


# sentence, issue date, [(quote, kind, date, end, duration)]
DATED = [
    # a dated eligibility point is a start (Anhui, Sichuan, Guangdong, Jiangxi)
    ("首次领取小微企业营业执照(2013 年 10 月1 日以后登记注册)", None,
     [("2013 年 10 月1 日以后", "start", "2013-10-01", None, None)]),
    ("2月10日后,视疫情防控情况恢复婚姻登记。", "2020-02-02", [("2月10日后", "start", "2020-02-10", None, None)]),
    ("对具体补贴时段为2023年8月以后月份的补贴申请，按新标准执行。", None,
     [("2023年8月以后", "start", "2023-08-01", None, None)]),
    ("2020年以后在本县首次创办企业的，给予一次性创业补贴。", None, [("2020年以后", "start", "2020-01-01", None, None)]),
    ("自2022年起，开展年度评估。", None, [("自2022年起", "start", "2022-01-01", None, None)]),
    ("对2019年1月1日（含）以后首次创办小微企业的，给予补贴。", None,
     [("2019年1月1日（含）以后", "start", "2019-01-01", None, None)]),
    # a start on the day of issue (Sichuan, Jiangxi, Guangxi)
    ("即日起,暂停现场接访。", "2020-02-02", [("即日起", "start", "2020-02-02", None, None)]),
    ("本文件自印发之日起实施。", "2021-07-27", [("自印发之日起实施", "start", "2021-07-27", None, None)]),
    ("本办法自发布之日起施行。", None, [("自发布之日起施行", "start", None, None, None)]),
    # how long a policy applies (Henan, Jiangxi, Guangxi)
    ("执行期限截至2025年12月底。", None, [("执行期限截至2025年12月底", "period", None, "2025-12-31", None)]),
    ("本文件自印发之日起实施,政策执行期限截止2025年12月31日。", "2021-07-27",
     [("自印发之日起实施", "start", "2021-07-27", None, None),
      ("执行期限截止2025年12月31日", "period", "2021-07-27", "2025-12-31", None)]),
    ("本通知有效期至2023年12月31日。", None, [("有效期至2023年12月31日", "period", None, "2023-12-31", None)]),
    ("政策执行期限到2025年。", None, [("执行期限到2025年", "period", None, "2025-12-31", None)]),
    ("有效期:2021年1月1日-长期", None, [("2021年1月1日-长期", "period", "2021-01-01", None, None)]),
    # a part of a month as a window (Jiangsu, Hunan, Shandong)
    ("我厅将在9月上旬对部分市评估情况进行抽查。", None, [("在9月上旬", "window", "2021-09-01", "2021-09-10", None)]),
    ("省里拟于10月中旬组织现场评审。", None, [("于10月中旬", "window", "2021-10-11", "2021-10-20", None)]),
    ("市局将在11月下旬开展督查。", None, [("在11月下旬", "window", "2021-11-21", "2021-11-30", None)]),
    ("于5月中下旬开展督导。", None, [("于5月中下旬", "window", "2021-05-11", "2021-05-31", None)]),
    # the next year (Yunnan, Jiangxi, Hebei)
    ("逾期尚有遗漏的,次年2月底前补办。", "2024-04-01", [("次年2月底前", "due", "2025-02-28", None, None)]),
    ("将联络员姓名于1月5日前报送厅村镇建设处。", "2021-12-31", [("于1月5日前", "due", "2022-01-05", None, None)]),
    ("请于2月10日前报送年度总结。", "2021-11-20", [("于2月10日前", "due", "2022-02-10", None, None)]),
    ("请于8月30日前报送。", "2021-07-27", [("于8月30日前", "due", "2021-08-30", None, None)]),
    ("6月30日前招用的，给予一次性吸纳就业补贴。", "2021-07-27", [("6月30日前", "window", "2021-06-30", "2021-06-30", None)]),
    # stray spaces and 之前 (Hainan, Jiangxi, Jiangsu)
    ("请各单位于5月7 日前将申报材料报送省科技厅。", "2020-04-28", [("于5月7 日前", "due", "2020-05-07", None, None)]),
    ("应于2022年2月10日前完成汇总。", "2021-12-31", [("于2022年2月10日前", "due", "2022-02-10", None, None)]),
    ("请于2020年1月15日之前报送。", None, [("于2020年1月15日之前", "due", "2020-01-15", None, None)]),
    # publicity periods with their printed length (Gansu, Hunan, Yunnan)
    ("公示时间自2020年2月17日至21日(共5个工作日)。", None,
     [("自2020年2月17日至21日", "period", "2020-02-17", "2020-02-21", "5个工作日")]),
    ("公示期为5个工作日,从2025年1月9日至2025年1月15日。", None,
     [("从2025年1月9日至2025年1月15日", "period", "2025-01-09", "2025-01-15", "5个工作日")]),
    ("公示期为2024年5月29日—6月4日,共7天。", None,
     [("2024年5月29日—6月4日", "period", "2024-05-29", "2024-06-04", "7天")]),
    ("公示期为7天（2021年6月1日至6月7日）。", None,
     [("2021年6月1日至6月7日", "period", "2021-06-01", "2021-06-07", "7天")]),
    ("公示期：2021年6月1日—6月7日（5个工作日）。", None,
     [("2021年6月1日—6月7日", "period", "2021-06-01", "2021-06-07", "5个工作日")]),
    # a policy's term from 自…起 to …止 (Guangxi, Shandong, Hubei)
    ("本办法自2021年1月1日起至2023年12月31日止执行。", None,
     [("自2021年1月1日起至2023年12月31日止", "period", "2021-01-01", "2023-12-31", None)]),
    ("本通知自2021年7月1日起施行，有效期至2023年6月30日。", None,
     [("自2021年7月1日起", "start", "2021-07-01", None, None),
      ("有效期至2023年6月30日", "period", "2021-07-01", "2023-06-30", None)]),
    ("请于2021年6月30日（星期三）下班前报送。", None,
     [("于2021年6月30日（星期三）下班前", "due", "2021-06-30", None, None)]),
    # a range to apply in is a window, a pause of service a period (Yunnan, Sichuan, Guangdong)
    ("当年度一次性交通补助4月-12月常态化开展办理。", None, [("4月-12月", "window", "2021-04-01", "2021-12-31", None)]),
    ("从2020年2月3日至2月9日暂停办理所有婚姻登记业务。", None,
     [("从2020年2月3日至2月9日", "period", "2020-02-03", "2020-02-09", None)]),
    ("本次申领补贴时段2023年7月至2023年12月。", None,
     [("2023年7月至2023年12月", "period", "2023-07-01", "2023-12-31", None)]),
    ("申报时间：即日起至2021年7月31日", "2021-06-08",
     [("即日起至2021年7月31日", "window", "2021-06-08", "2021-07-31", None)]),
]


@pytest.mark.parametrize(("sentence", "issued", "expected"), DATED, ids=[c[0] for c in DATED])
def test_dated(sentence, issued, expected):
    found = extract_issued(sentence, issued)
    assert [(d.quote, d.kind, d.date, d.end, d.duration) for d in found] == expected


# sentence, [(quote, recurrence, rule)]: repeated duties (Guangdong, Jiangxi, Yunnan, Zhejiang, Hebei …)
REPEATED = [
    ("补贴对象应按季度(或半年)向所在地人力资源社会保障部门申请。",
     [("按季度(或半年)向所在地人力资源社会保障部门申请", "每季度向所在地人力资源社会保障部门申请",
       {"freq": "quarterly"})]),
    ("各乡镇、街道办根据聘用协议按月发放工资。", [("按月发放", "每月发放", {"freq": "monthly"})]),
    ("项目实行月报表、季度通报制度。", [("月报表", "每月报表", {"freq": "monthly"})]),
    ("各县区于季后5日前报送季度报表。",
     [("季后5日前", "每季后5日前", {"freq": "quarterly", "month": 1, "day": 5})]),
    ("每月结束后10日内报送上月台账。", [("每月结束后10日内", "每月后10日前", {"freq": "monthly", "day": 10})]),
    ("申报时间为每月10-14日。", [("每月10-14日", "每月10日至14日", {"freq": "monthly", "day": 14, "first_day": 10})]),
    ("报送时间:年报:1月5日前;月报:次月5日前。",
     [("年报:1月5日前", "每年1月5日前", {"freq": "yearly", "month": 1, "day": 5}),
      ("月报:次月5日前", "每月5日前", {"freq": "monthly", "day": 5})]),
    ("每年11月上旬开展年度考核。", [("每年11月上旬", "每年11月上旬", {"freq": "yearly", "month": 11, "day": 10})]),
]


@pytest.mark.parametrize(("sentence", "expected"), REPEATED, ids=[c[0] for c in REPEATED])
def test_repeated(sentence, expected):
    found = extract(sentence)
    assert [(d.quote, d.recurrence, d.rule) for d in found] == expected
    assert all(d.kind == "recurring" and d.date is None for d in found)


# a recurring duty inside a campaign named before ends with it (Gansu, Henan, Guangxi)
CAMPAIGNS = [
    ("5月20日至8月31日，开展专项行动。\n（二）严格落实报告制度。专项行动期间，各县区要于每周五下班前报送进展情况。",
     ("每周五下班前", "2021-08-31")),
    ("6月1日至9月30日，集中开展“春风行动”。活动期间，每月5日前报送上月数据。", ("每月5日前", "2021-09-30")),
    ("2021年7月1日至12月31日开展百日攻坚行动。攻坚期间,每周一报送工作进度。", ("每周一", "2021-12-31")),
]


@pytest.mark.parametrize(("body", "expected"), CAMPAIGNS, ids=[c[1][0] for c in CAMPAIGNS])
def test_recurring_within_a_campaign(body, expected):
    [period, duty] = extract(body)
    assert period.kind == "period" and (duty.kind, duty.quote, duty.end) == ("recurring", *expected)


def test_recurring_outside_a_campaign_keeps_no_end():
    [_, duty] = extract("5月20日至8月31日，开展专项行动。各县区要于每周五前报送进展情况。")
    assert duty.end is None


def test_a_page_date_gives_the_year_but_never_moves_a_due_date():
    """A notice with no 成文日期 resolves with its page's 发布日期, which may come weeks after issue."""
    meta = Meta(year=None)
    meta.publish_date = "2024-08-28"  # set as an attribute: the field belongs to meta's own work
    doc = Document(Source("t.txt", "txt", "0", 0), (Paragraph("1~8月就业创业补贴发放情况。请于6月30日前报送。"),))
    found = deadlines.extract(Context(doc, text.build(doc), meta=meta))
    assert [(d.quote, d.date, d.end) for d in found] == [("1~8月", "2024-01-01", "2024-08-31"),
                                                         ("于6月30日前", "2024-06-30", None)]
