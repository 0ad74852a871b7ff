"""Deadlines in the styles of other provinces' notices and 实施方案 (web-scraped text, ASCII marks).

Expected items are decided by the gold conventions (shared/gold/README.md): dates resolve with the
notice's year, 月底 is the month's last day, a period/window carries start and end, a recurring duty
has no date; relative durations, the signature date, statistical cut-offs and target years are no
deadlines.
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
    ("6月1日—6月30日为集中申报期。", [("6月1日—6月30日", "period", "2021-06-01", "2021-06-30")]),
    ("申报时间：7月1日-7月31日", [("7月1日-7月31日", "period", "2021-07-01", "2021-07-31")]),
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
    "在收到通知后5个工作日内办结。",                   # relative durations
    "补贴期限最长不超过3个月。",
    "自发放之日起3年内有效。",
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
