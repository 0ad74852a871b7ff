"""Working-day calendar, schedules, iCalendar output and the `gongwen deadlines` command."""
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from gongwen.calendar import Window, expand, nth_workday, schedule
from gongwen.cli import app
from gongwen.duties import hour
from gongwen.ics import fold, to_ics
from gongwen.record import Deadline, Span

DATA = Path(__file__).parent / "data" / "corpus"

# year, month, n, the n-th working day (调休 and holidays included)
WORKDAYS = [
    (2020, 1, 4, date(2020, 1, 7)),
    (2020, 5, 4, date(2020, 5, 9)),    # 劳动节 to 5月5日, Saturday 5月9日 is a make-up workday
    (2020, 10, 4, date(2020, 10, 13)),  # 国庆中秋 to 10月8日, Saturday 10月10日 a make-up workday
    (2021, 2, 1, date(2021, 2, 1)),
]


@pytest.mark.parametrize(("year", "month", "n", "day"), WORKDAYS, ids=[str(w[3]) for w in WORKDAYS])
def test_nth_workday(year, month, n, day):
    assert nth_workday(year, month, n) == day


# rule, end, count, first, last
RULES = [
    ({"freq": "monthly", "workday": 4}, None, 12, date(2020, 1, 7), date(2020, 12, 4)),
    ({"freq": "monthly", "day": 3}, None, 12, date(2020, 1, 3), date(2020, 12, 3)),
    ({"freq": "monthly"}, date(2020, 12, 31), 12, date(2020, 1, 31), date(2020, 12, 31)),
    ({"freq": "weekly", "weekday": 4, "from": "2020-05-15"}, None, 33, date(2020, 5, 15), date(2020, 12, 25)),
    ({"freq": "semimonthly"}, date(2020, 2, 29), 4, date(2020, 1, 15), date(2020, 2, 29)),
    ({"freq": "dekadal"}, None, 36, date(2020, 1, 10), date(2020, 12, 31)),
    ({"freq": "quarterly"}, None, 4, date(2020, 3, 31), date(2020, 12, 31)),
    ({"freq": "quarterly", "month": 1, "day": 10}, None, 4, date(2020, 1, 10), date(2020, 10, 10)),
    ({"freq": "quarterly", "month": 3, "day": 25}, None, 4, date(2020, 3, 25), date(2020, 12, 25)),
    ({"freq": "yearly", "month": 11}, None, 1, date(2020, 11, 30), date(2020, 11, 30)),
]


@pytest.mark.parametrize(("rule", "end", "count", "first", "last"), RULES, ids=[str(r[0]) for r in RULES])
def test_expand(rule, end, count, first, last):
    days = expand(rule, 2020, end)
    assert (len(days), days[0], days[-1]) == (count, first, last)


def _deadline(kind, when=None, end=None, rule=None, task=None, section=None):
    return Deadline("q", kind, Span(0, 1, section=section), date=when, end=end, rule=rule, task=task)


def test_schedule_orders_one_off_and_recurring_dates():
    items = [_deadline("due", "2020-07-20"), _deadline("window", "2020-02-01", "2020-06-30"),
             _deadline("recurring", end="2020-03-31", rule={"freq": "monthly", "day": 3}),
             _deadline("due", "2019-12-31")]
    assert [e.date for e in schedule(items, Window(date(2020, 1, 1), date(2020, 12, 31), None, ""))] == [
        date(2020, 1, 3), date(2020, 2, 3), date(2020, 3, 3), date(2020, 6, 30), date(2020, 7, 20)]


def test_schedule_starts_at_the_notice_and_runs_past_the_year():
    items = [_deadline("recurring", rule={"freq": "monthly", "day": 3})]
    days = [e.date for e in schedule(items, Window(date(2020, 11, 10), date(2021, 2, 28), None, ""))]
    assert days == [date(2020, 12, 3), date(2021, 1, 3), date(2021, 2, 3)]


def test_a_duty_restated_or_left_undated_is_one_duty():
    items = [_deadline("recurring", end="2020-12-31", rule={"freq": "monthly"}, task="上报有关工作进展（见附件2、3）",
                       section="三、/(四)"),  # 按月上报…报送至12月底
             _deadline("recurring", rule={"freq": "monthly", "workday": 4}),  # 附件2: 每月第4个工作日前
             _deadline("recurring", rule={"freq": "monthly", "workday": 4})]  # 附件3: the same duty again
    days = [e.date for e in schedule(items, Window(date(2020, 7, 7), date(2020, 8, 31), None, ""))]
    assert days == [date(2020, 8, 6), date(2020, 9, 4), date(2020, 10, 13), date(2020, 11, 5), date(2020, 12, 4)]


@pytest.mark.parametrize(("quote", "time"), [("每周星期五上午 12 点前", "12:00"), ("于7月20日下午5点前", "17:00"),
                                           ("9时30分前", "09:30"), ("下午3点半前", "15:30"), ("7月底前", None)])
def test_hour_of_a_quote(quote, time):
    assert hour(quote) == time


def test_a_one_off_with_an_hour_is_timed():
    items = [Deadline("于7月20日下午5点前", "due", Span(0, 1), date="2020-07-20", task="报送")]
    (entry,) = schedule(items, Window(date(2020, 7, 1), date(2020, 12, 31), None, ""))
    assert entry.time == "17:00"
    assert "DTSTART;TZID=Asia/Shanghai:20200720T170000" in to_ics([entry], "x", date(2020, 7, 1))


def test_an_undated_duty_of_its_own_is_kept():
    items = [_deadline("recurring", rule={"freq": "monthly"}, task="月排队", section="三、"),
             _deadline("recurring", rule={"freq": "monthly", "day": 5}, task="报送培训台账", section="三、")]
    assert [e.date.day for e in schedule(items, Window(date(2020, 11, 1), date(2020, 11, 30), None, ""))] == [5, 30]


def test_fold_keeps_lines_within_75_octets():
    line = "SUMMARY:" + "易地扶贫搬迁群众就业情况统计表" * 5
    pieces = fold(line).split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in pieces)
    assert "".join(p[1:] if i else p for i, p in enumerate(pieces)) == line


def test_ics_events():
    year = Window(date(2020, 1, 1), date(2020, 12, 31), None, "")
    entries = schedule([_deadline("due", "2020-07-20")], year, "X〔2020〕1号")
    ics = to_ics(entries, "sha", date(2020, 7, 7))
    assert ics.startswith("BEGIN:VCALENDAR\r\n") and ics.endswith("END:VCALENDAR\r\n")
    assert "DTSTART;VALUE=DATE:20200720\r\n" in ics and ics.count("BEGIN:VEVENT") == 1
    assert "DTSTAMP:20200707T000000Z\r\n" in ics and "X〔2020〕1号" in ics
    assert "\n" not in ics.replace("\r\n", "")


runner = CliRunner()


def test_cli_lists_the_year_and_writes_ics(tmp_path):
    out = tmp_path / "000.ics"
    result = runner.invoke(app, ["deadlines", str(DATA / "txt" / "000.txt"), "--ics", str(out)])
    assert result.exit_code == 0
    assert "2020-07-20  due" in result.stdout and "2020-10-13  recurring" in result.stdout
    assert out.read_bytes().count(b"BEGIN:VEVENT") == len(result.stdout.strip().splitlines())


def _events(path):
    icalendar = pytest.importorskip("icalendar")
    return icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")


def test_000_calendar_from_the_issue_date_each_duty_once_naming_its_notice(tmp_path):
    out = tmp_path / "x.ics"
    result = runner.invoke(app, ["deadlines", str(DATA / "000.docx"), "--ics", str(out)])
    assert result.exit_code == 0
    events = _events(out)
    starts = [e["DTSTART"].dt for e in events]
    assert min(starts) >= date(2020, 7, 7)
    monthly = sorted(d for e, d in zip(events, starts) if "报送截止上月月底数据" in str(e["SUMMARY"]))
    assert monthly == [date(2020, 8, 6), date(2020, 9, 4), date(2020, 10, 13), date(2020, 11, 5), date(2020, 12, 4)]
    assert not any(d.day == 31 and "上报有关工作进展" in str(e["SUMMARY"]) for e, d in zip(events, starts))
    assert all("晋人社厅发〔2020〕44号" in str(e["SUMMARY"]) + str(e["DESCRIPTION"]) for e in events)
    uids = [str(e["UID"]) for e in events]
    assert len(uids) == len(set(uids)) == len(events)
    assert {e["DTSTAMP"].dt.date() for e in events} == {date(2020, 7, 7)}


@pytest.mark.parametrize("name", ["000.docx", "001.docx", "002.docx", "003.pdf", "004.docx", "txt/001.txt"])
def test_every_notice_gives_a_valid_calendar_with_unique_uids(name, tmp_path):
    out = tmp_path / "x.ics"
    result = runner.invoke(app, ["deadlines", str(DATA / name), "--ics", str(out)])
    assert result.exit_code == 0
    events = _events(out)
    assert len(events) == len(result.stdout.splitlines())
    assert len({str(e["UID"]) for e in events}) == len(events)
    assert all(e.get("DTSTAMP") and e.get("SUMMARY") for e in events)


def test_ics_is_stable_and_timed_where_the_text_gives_an_hour(tmp_path):
    a, b = tmp_path / "a.ics", tmp_path / "b.ics"
    for out in (a, b):
        assert runner.invoke(app, ["deadlines", str(DATA / "004.docx"), "--ics", str(out)]).exit_code == 0
    assert a.read_bytes() == b.read_bytes()
    events = _events(a)
    timed = [e["DTSTART"].dt for e in events if hasattr(e["DTSTART"].dt, "hour")]
    assert timed and all((t.hour, t.weekday()) == (12, 4) for t in timed)
    assert len({str(e["UID"]) for e in events}) == len(events)


def test_cli_until_and_from_bound_the_list():
    result = runner.invoke(app, ["deadlines", str(DATA / "000.docx"), "--from", "2020-09-01", "--until", "2020-10-31"])
    days = [line[:10] for line in result.stdout.splitlines()]
    assert result.exit_code == 0 and days == ["2020-09-04", "2020-10-13"]


def test_cli_year_lists_one_calendar_year():
    result = runner.invoke(app, ["deadlines", str(DATA / "004.docx"), "--year", "2020", "--from", "2020-12-01"])
    days = [line[:10] for line in result.stdout.splitlines()]
    assert result.exit_code == 0 and days == ["2020-12-04", "2020-12-11", "2020-12-18", "2020-12-25"]


def test_cli_bad_date_and_unwritable_ics_are_one_line():
    bad = runner.invoke(app, ["deadlines", str(DATA / "000.docx"), "--from", "7月7日"])
    assert bad.exit_code == 2
    unwritable = runner.invoke(app, ["deadlines", str(DATA / "000.docx"), "--ics", "/proc/no/such/x.ics"])
    assert unwritable.exit_code == 2 and unwritable.stderr.count("E_OUTPUT") == 1 and "Traceback" not in unwritable.stderr


def test_cli_missing_file_is_a_usage_error():
    result = runner.invoke(app, ["deadlines", "no-such-notice.txt"])
    assert result.exit_code == 2 and "E_NOT_FOUND" in result.stderr


def test_cli_bad_year_is_a_usage_error():
    result = runner.invoke(app, ["deadlines", str(DATA / "txt" / "000.txt"), "--year", "x"])
    assert result.exit_code == 2
