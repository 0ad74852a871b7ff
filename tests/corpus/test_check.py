"""gongwen check: findings per notice, severities, the four output formats, exit codes."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from conftest import CORPUS
from gongwen.cli import app
from gongwen.corpus.check import check_paths, check_record, render
from gongwen.record import Deadline, Meta, Record, SourceInfo, Span, Warning

runner = CliRunner()


def record(**fields) -> Record:
    """Return a minimal record with a title and an issue date, overridden by `fields`."""
    meta = fields.pop("meta", Meta(title="关于…的通知", issue_date="2020-07-07", year=2020))
    return Record(SourceInfo("n.txt", "txt", "0", 0), meta, fields.pop("text", "正文"), **fields)


def codes(findings) -> list[tuple[str, str]]:
    return [(f.severity, f.code) for f in findings]


def test_a_clean_notice_has_no_findings():
    assert check_record(record()) == []


def test_totals_that_do_not_add_up_are_errors_other_warnings_are_remarks():
    warnings = [Warning("W_SITE_TOTAL", "declares 100 sites, the list holds 99"), Warning("W_AREA_CODE", "added 0351")]
    assert codes(check_record(record(warnings=warnings))) == [("error", "W_SITE_TOTAL"), ("warning", "W_AREA_CODE")]


def test_missing_title_and_date():
    found = codes(check_record(record(meta=Meta(year=2020))))
    assert found == [("warning", "C_NO_TITLE"), ("warning", "C_NO_ISSUE_DATE")]


def test_deadline_checks():
    items = [Deadline("于8月前", "due", Span(0, 1)), Deadline("9月至7月", "period", Span(0, 1), "2020-09-01", "2020-07-31")]
    assert codes(check_record(record(deadlines=items))) == [("warning", "C_UNRESOLVED_DATE"), ("error", "C_DATE_ORDER")]


def test_bad_file_is_one_error_and_the_batch_goes_on():
    results = list(check_paths([CORPUS / "bad" / "truncated.pdf", CORPUS / "txt" / "003.txt"]))
    assert codes(results[0][1]) == [("error", "E_CORRUPT")] and results[1][1] == []


@pytest.mark.parametrize("fmt", ["text", "json", "github", "junit"])
def test_formats_render(fmt):
    results = list(check_paths([CORPUS / "bad" / "truncated.pdf", CORPUS / "txt" / "003.txt"]))
    out = render(results, fmt)
    if fmt == "json":
        assert json.loads(out)[0]["code"] == "E_CORRUPT"
    elif fmt == "junit":
        suite = ET.fromstring(out.encode("utf-8"))
        assert suite.get("tests") == "2" and suite.get("failures") == "1"
    elif fmt == "github":
        assert out.startswith("::error file=") and "title=E_CORRUPT::" in out
    else:
        assert "E_CORRUPT" in out and out.endswith("003.txt: ok")


def test_cli_exit_codes():
    assert runner.invoke(app, ["check", str(CORPUS / "txt" / "003.txt")]).exit_code == 0
    assert runner.invoke(app, ["check", "--strict", str(CORPUS / "txt" / "004.txt")]).exit_code == 1
    assert runner.invoke(app, ["check", str(CORPUS / "bad" / "truncated.pdf")]).exit_code == 1
    assert runner.invoke(app, ["check", "--format", "yaml", str(CORPUS / "txt" / "003.txt")]).exit_code == 2


def test_findings_say_where_and_rules_can_be_disabled():
    items = [Deadline("于8月前", "due", Span(3, 8, None, "二/（一）"))]
    rec = record(deadlines=items, text="一行\n二行于8月前报送")
    [found] = check_record(rec)
    assert (found.code, found.line, found.section) == ("C_UNRESOLVED_DATE", 2, "二/（一）")
    assert check_record(rec, disabled=["C_UNRESOLVED_DATE"]) == []


def test_github_annotations_carry_the_line_and_escape_properties():
    from gongwen.corpus.check import Finding

    f = Finding("a,b:c%.txt", "warning", "C_NO_TITLE", "no title\nfound", line=3)
    out = render([(f.path, [f])], "github")
    assert out == "::warning file=a%2Cb%3Ac%25.txt,line=3,title=C_NO_TITLE::no title%0Afound"


def test_junit_has_one_failure_per_failing_file():
    from gongwen.corpus.check import Finding

    fs = [Finding("n.txt", "error", "W_SITE_TOTAL", "sum"), Finding("n.txt", "error", "C_DATE_ORDER", "order")]
    case = ET.fromstring(render([("n.txt", fs)], "junit").encode("utf-8")).find("testcase")
    assert len(case.findall("failure")) == 1 and "C_DATE_ORDER" in case.find("failure").text


def test_sarif_is_a_2_1_0_log_with_located_results():
    results = list(check_paths([CORPUS / "bad" / "truncated.pdf", CORPUS / "txt" / "004.txt"]))
    log = json.loads(render(results, "sarif"))
    assert log["version"] == "2.1.0" and log["runs"][0]["tool"]["driver"]["name"] == "gongwen"
    rules = [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]]
    for result in log["runs"][0]["results"]:
        assert rules[result["ruleIndex"]] == result["ruleId"] and result["level"] in ("error", "warning")
        assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert any(r["ruleId"] == "E_CORRUPT" and r["level"] == "error" for r in log["runs"][0]["results"])


def test_cli_summary_report_file_and_config(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[tool.gongwen.check]\nstrict = true\ndisable = ["C_NO_ISSUE_DATE"]\n')
    report = tmp_path / "report.sarif"
    run = runner.invoke(app, ["check", "--format", "sarif", "-o", str(report), str(CORPUS / "txt" / "003.txt")])
    assert run.exit_code == 0 and "1 file(s) checked: 0 failing" in run.stderr
    assert json.loads(report.read_text(encoding="utf-8"))["version"] == "2.1.0" and "003.txt: ok" in run.stdout


def test_sarif_validates_against_the_2_1_0_schema(tmp_path):
    """The log of a folder mixing notices, damaged files and a Chinese file name with a space is valid SARIF 2.1.0
    (the OASIS schema, vendored in tests/data/schemas) and every artifact location is an RFC 3986 URI reference."""
    jsonschema = pytest.importorskip("jsonschema")
    from rfc3986_validator import validate_rfc3986

    from conftest import DATA

    named = tmp_path / "通知 副本.txt"
    named.write_bytes((CORPUS / "txt" / "004.txt").read_bytes())
    files = [named, *sorted((CORPUS / "bad").iterdir()), *sorted((CORPUS / "txt").iterdir())]
    log = json.loads(render(list(check_paths(files)), "sarif"))
    schema = json.loads((DATA / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    assert [e.message for e in validator.iter_errors(log)] == []
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]]
    assert len(uris) > len(files) and all(validate_rfc3986(u, rule="URI_reference") for u in uris)
    assert any(u.endswith("%E9%80%9A%E7%9F%A5%20%E5%89%AF%E6%9C%AC.txt") for u in uris)
