"""Working-day calendar, schedules, iCalendar output and the `gongwen deadlines` command."""
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gongwen.calendar import expand, nth_workday, schedule
from gongwen.cli import app
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


def _deadline(kind, when=None, end=None, rule=None):
    return Deadline("q", kind, Span(0, 1), date=when, end=end, rule=rule)


def test_schedule_orders_one_off_and_recurring_dates():
    items = [_deadline("due", "2020-07-20"), _deadline("window", "2020-02-01", "2020-06-30"),
             _deadline("recurring", end="2020-03-31", rule={"freq": "monthly", "day": 3}),
             _deadline("due", "2019-12-31")]
    assert [e.date for e in schedule(items, 2020)] == [
        date(2020, 1, 3), date(2020, 2, 3), date(2020, 3, 3), date(2020, 6, 30), date(2020, 7, 20)]


def test_fold_keeps_lines_within_75_octets():
    line = "SUMMARY:" + "易地扶贫搬迁群众就业情况统计表" * 5
    pieces = fold(line).split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in pieces)
    assert "".join(p[1:] if i else p for i, p in enumerate(pieces)) == line


def test_ics_events():
    entries = schedule([_deadline("due", "2020-07-20")], 2020)
    ics = to_ics(entries, "000.txt")
    assert ics.startswith("BEGIN:VCALENDAR\r\n") and ics.endswith("END:VCALENDAR\r\n")
    assert "DTSTART;VALUE=DATE:20200720\r\n" in ics and ics.count("BEGIN:VEVENT") == 1
    assert "UID:" in ics and "DTSTAMP:" in ics and "\n" not in ics.replace("\r\n", "")


runner = CliRunner()


def test_cli_lists_the_year_and_writes_ics(tmp_path):
    out = tmp_path / "000.ics"
    result = runner.invoke(app, ["deadlines", str(DATA / "txt" / "000.txt"), "--ics", str(out)])
    assert result.exit_code == 0
    assert "2020-07-20  due" in result.stdout and "2020-10-13  recurring" in result.stdout
    assert out.read_bytes().count(b"BEGIN:VEVENT") == len(result.stdout.strip().splitlines())


def test_cli_missing_file_is_a_usage_error():
    result = runner.invoke(app, ["deadlines", "no-such-notice.txt"])
    assert result.exit_code == 2 and "E_NOT_FOUND" in result.stderr


def test_cli_bad_year_is_a_usage_error():
    result = runner.invoke(app, ["deadlines", str(DATA / "txt" / "000.txt"), "--year", "x"])
    assert result.exit_code == 2
