"""Deadlines: each construction of 公文 time language, then the five corpus notices against gold."""
import json
from pathlib import Path

import pytest

from gongwen import parse
from gongwen.document import Document, Paragraph, Source
from gongwen.record import Meta
from gongwen.structured import deadlines, text
from gongwen.structured.context import Context

DATA = Path(__file__).parent.parent / "data"


def context(body: str, year: int | None = 2020) -> Context:
    """Return a Context over `body` (one paragraph per line) whose dates resolve with `year`."""
    blocks = tuple(Paragraph(line) for line in body.split("\n"))
    doc = Document(Source("t.txt", "txt", "0", 0), blocks)
    return Context(doc, text.build(doc), meta=Meta(year=year))


# sentence, quote, kind, date, end
ONE_OFF = [
    ("各地要于8月25日前将工作情况报送省人社厅。", "于8月25日前", "due", "2020-08-25", None),
    ("7月底前，相关县要设立就业服务工作站。", "7月底前", "due", "2020-07-31", None),
    ("年内，对贫困劳动力至少组织一次技能培训。", "年内", "due", "2020-12-31", None),
    ("请于2021年1月10日之前提交。", "于2021年1月10日之前", "due", "2021-01-10", None),
    ("申报截止到2020.7.31,逾期不予受理。", "截止到2020.7.31", "due", "2020-07-31", None),
    ("请于7月31日报送汇总表。", "于7月31日", "due", "2020-07-31", None),
    ("从3月1日起,各级人社部门要开展数据采集。", "从3月1日起", "start", "2020-03-01", None),
    ("自 5 月 15 日起实行一周一调度。", "自 5 月 15 日起", "start", "2020-05-15", None),
    ("定于5月下旬至6月底开展专项行动。", "5月下旬至6月底", "period", "2020-05-21", "2020-06-30"),
    ("于7月—8月底,集中开展专项行动。", "7月—8月底", "period", "2020-07-01", "2020-08-31"),
    ("7月1日至15日开展排查。", "7月1日至15日", "period", "2020-07-01", "2020-07-15"),
    ("11月至次年3月开展冬季行动。", "11月至次年3月", "period", "2020-11-01", "2021-03-31"),
    ("2020 年 2-6 月期间稳定就业的贫困劳动力，给予每人每月 200 元稳岗补贴。",
     "2020 年 2-6 月期间", "window", "2020-02-01", "2020-06-30"),
    ("2020年2月到6月底之前推荐劳动者成功就业的，给予职业介绍补贴。",
     "2020年2月到6月底之前", "window", "2020-02-01", "2020-06-30"),
    ("2020 年 12 月底前招用的，标准统一提高至 1500 元。",
     "2020 年 12 月底前", "window", "2020-12-31", "2020-12-31"),
    ("请于十二月三十一日前报送。", "于十二月三十一日前", "due", "2020-12-31", None),
    ("请于二〇二〇年九月底前完成。", "于二〇二〇年九月底前", "due", "2020-09-30", None),
]


def test_period_from_the_issue_date():
    ctx = context("活动时间为即日起至12月31日。")
    ctx.meta.issue_date = "2020-07-07"
    [item] = deadlines.extract(ctx)
    assert (item.quote, item.kind, item.date, item.end) == ("即日起至12月31日", "period", "2020-07-07", "2020-12-31")


@pytest.mark.parametrize(("sentence", "quote", "kind", "date", "end"), ONE_OFF, ids=[c[0] for c in ONE_OFF])
def test_one_off(sentence, quote, kind, date, end):
    [item] = deadlines.extract(context(sentence))
    assert (item.quote, item.kind, item.date, item.end) == (quote, kind, date, end)


def test_range_across_new_year():
    [item] = deadlines.extract(context("12月至2月开展冬季送温暖活动。"))
    assert (item.date, item.end) == ("2020-12-01", "2021-02-28")


# sentence, quote, recurrence, rule, end
RECURRING = [
    ("2、每月第4个工作日 前报送截止上月月底数据", "每月第4个工作日 前", "每月第4个工作日前",
     {"freq": "monthly", "workday": 4}, None),
    ("3.请每月3日前报送截至上月底数据。", "每月3日前", "每月3日前", {"freq": "monthly", "day": 3}, None),
    ("并于每周星期五上午 12 点前汇总上报。", "每周星期五上午 12 点前", "每周星期五12点前",
     {"freq": "weekly", "weekday": 4, "time": "12:00"}, None),
    ("每周五下午3点前报送。", "每周五下午3点前", "每周星期五15点前",
     {"freq": "weekly", "weekday": 4, "time": "15:00"}, None),
    ("每半月汇总一次各县进展情况。", "每半月汇总", "每半月汇总", {"freq": "semimonthly"}, None),
    ("每年12月20日前报送年度总结。", "每年12月20日前", "每年12月20日前",
     {"freq": "yearly", "month": 12, "day": 20}, None),
    ("各地要按月上报有关工作进展（见附件2、3，报送至12月底）。",
     "按月上报有关工作进展（见附件2、3，报送至12月底", "每月上报", {"freq": "monthly"}, "2020-12-31"),
]


@pytest.mark.parametrize(("sentence", "quote", "recurrence", "rule", "end"), RECURRING, ids=[c[0] for c in RECURRING])
def test_recurring(sentence, quote, recurrence, rule, end):
    [item] = deadlines.extract(context(sentence))
    assert (item.kind, item.quote, item.recurrence, item.rule, item.date, item.end) == (
        "recurring", quote, recurrence, rule, None, end)


def test_listed_duties():
    items = deadlines.extract(context("实行“旬报告、月排队、季调度”制度。"))
    assert [(d.quote, d.rule["freq"]) for d in items] == [
        ("旬报告", "dekadal"), ("月排队", "monthly"), ("季调度", "quarterly")]


NOT_DEADLINES = [
    "自办理登记当月起，在3年内按每户每年14400元为限额扣减。",
    "最长不超过 6 个月。",
    "按照实际工作月数，给予每人每月 200 元稳岗补贴。",
    "2020年7月7日",
    "年度内可参加3次。",
    "鼓励按月用工、按日用工。",
    "每日15元生活费补贴。",
    "截至2021年6月30日,全市已发放补贴3000元/人。",
]


@pytest.mark.parametrize("sentence", NOT_DEADLINES)
def test_not_a_deadline(sentence):
    assert deadlines.extract(context(sentence)) == []


TASKS = [
    ("二、请各县(区)于4月15日前将汇总表报送市局。", "各县(区)将汇总表报送市局"),
    ("一、申报时间:2021年3月1日至3月31日。", "申报时间"),
    ("2020 年 12 月底前招用的，标准统一提高至 1500 元。", "招用的，标准统一提高至 1500 元"),
    ("实行“旬报告、月排队”制度。", "旬报告"),
]


@pytest.mark.parametrize(("sentence", "task"), TASKS, ids=[t[0] for t in TASKS])
def test_task(sentence, task):
    assert deadlines.extract(context(sentence))[0].task == task


def test_no_year_leaves_dates_open():
    [item] = deadlines.extract(context("于3月底前完成采集。", year=None))
    assert (item.kind, item.date) == ("due", None)


@pytest.mark.parametrize("n", ["000", "001", "002", "003", "004"])
def test_corpus_matches_gold(n):
    record = parse(DATA / "corpus" / "txt" / f"{n}.txt")
    gold = json.loads((DATA / "gold" / f"{n}.json").read_text(encoding="utf-8"))["deadlines"]
    got = [(d.kind, d.date, d.end) for d in record.deadlines]
    assert got == [(g["kind"], g["date"], g["end"]) for g in gold]
    for d, g in zip(record.deadlines, gold):
        assert d.quote in g["quote"] or g["quote"] in d.quote
        assert record.text[d.span.start:d.span.end] == d.quote


@pytest.mark.parametrize(("sentence", "quote", "date"), [
    ("请于本月25日前报送。", "于本月25日前", "2020-12-25"),
    ("下月5日前报送汇总表。", "下月5日前", "2021-01-05"),
], ids=["本月", "下月"])
def test_day_of_the_issue_month_or_the_next(sentence, quote, date):
    ctx = context(sentence)
    ctx.meta.issue_date = "2020-12-07"
    [item] = deadlines.extract(ctx)
    assert (item.quote, item.kind, item.date) == (quote, "due", date)
