"""`gongwen eval`: hand-worked scoring rules, agreement with the project's judge, the command."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from gongwen.cli import app
from gongwen.corpus.evaluate import FIELDS, evaluate, gold_name, parse_bounds

DATA = Path(__file__).parents[1] / "data"
JUDGE = Path(__file__).parents[2].parent / "shared" / "tools" / "score.py"


def amount(value, quote, at, **attrs):
    """Return an amounts item placed at `at` ("g12": gold offset 12, "p12": predicted span start 12)."""
    return dict(value=value, quote=quote, **attrs, **where(at))


def where(at):
    """Return the position keys: `offset` for gold ("g12"), `span` for a prediction ("p12")."""
    kind, pos = at[0], int(at[1:])
    return {"offset": pos} if kind == "g" else {"span": {"start": pos, "end": pos + 1}}


# Hand-made gold/pred pairs, one per rule; each is also run through the judge when it is present.
CASES = {
    "lcs_repeated_figures": (
        {"amounts": [amount(800, "800元", "g10"), amount(500, "500元", "g20"), amount(800, "800元", "g30")]},
        # given out of reading order on purpose: predictions are sorted by span start
        {"amounts": [amount(500, "500元", "p40"), amount(800, "800 元", "p12"), amount(800.4, "８００元", "p25")]},
    ),
    "quote_length": (
        {"amounts": [amount(150, "150元", "g5"), amount(150, "150元", "g60")],
         "targets": [{"value": 6000, "quote": "6000个", "offset": 3}]},
        {"amounts": [amount(150, "x" * 40 + "150元", "p1"), amount(150, "x" * 41 + "150元", "p58")],
         "targets": [{"value": 6000.4, "quote": "开发岗位6000个", "span": {"start": 0}}]},
    ),
    "contacts": (
        {"contacts": [
            {"name": "宋旋", "unit": "就业处", "phones": [{"raw": "0351-7676016"}], "emails": ["jyc@sx.gov.cn"]},
            {"name": "李四", "unit": None, "phones": [], "emails": []},
            {"name": "赵六", "unit": "财务处", "phones": [{"raw": "12345"}], "emails": []},
            {"name": None, "unit": None, "phones": [], "emails": ["BaoSong@x.cn"]},
        ]},
        {"contacts": [
            {"name": "陈", "unit": None, "phones": [{"raw": "2222222"}], "emails": []},
            {"name": "王五", "unit": "山西省人社厅就业处", "phones": ["(0351)7676016"], "emails": ["jyc@sx.gov.cn"]},
            {"name": "李四", "unit": "人社厅", "phones": [{"raw": "13800001111"}], "emails": []},
            {"name": "赵 六", "unit": "财务处", "phones": [], "emails": ["x@y.cn"]},
            {"name": None, "unit": "办公室", "phones": [], "emails": ["baosong@x.cn"]},
        ]},
    ),
    "units": (
        {"responsible_units": [
            {"quote": "发改、财政、人社部门要落实资金", "role": "分工", "units": ["发改部门", "财政部门", "人社部门"]},
            {"quote": "由人社部门牵头", "role": "牵头", "units": ["人社部门"]},
            {"quote": "各县﹤市、区﹥人民政府负责", "role": "分工", "units": ["各县﹤市、区﹥人民政府"]},
            {"quote": "人社部门审核", "role": "分工", "units": ["人社部门"]},
        ]},
        {"responsible_units": [
            {"quote": "发改、财政、人社部门要落实资金。", "role": "分工", "units": ["发改部门", "财政部门"]},
            {"quote": "人社部门牵头", "role": "分工", "units": ["人社部门", "教育部门"]},
            {"quote": "各县<市、区>人民政府负责", "role": "分工", "units": ["各县<市、区>人民政府"]},
            {"quote": "财政部门拨付", "role": "分工", "units": ["人社部门"]},
        ]},
    ),
    "amount_attributes": (
        {"amounts": [
            amount(100, "100元", "g1", per=["人", "天"], bound="max", category="培训补贴", tier=None),
            amount(200, "200元", "g9", per=[], bound="exact", category="创业补贴", tier="省外"),
            amount(300, "300元", "g20", per=[], bound="exact", category="稳岗补贴", category_alt=["就业奖励"]),
        ]},
        {"amounts": [
            amount(100, "100元", "p1", per=["天", "人"], bound="max", category="培训 补贴", tier=""),
            amount(200, "200元", "p9", per=None, bound="max", category="就业奖励", tier="省外就业"),
            amount(300, "300元", "p20", per=[], bound="exact", category="就业奖励"),
        ]},
    ),
    "deadline_attributes": (
        {"deadlines": [
            {"quote": "7月底前", "offset": 5, "kind": "due", "date": "2020-07-31", "end": None},
            {"quote": "每月5日前", "offset": 15, "kind": "recurring", "date": None, "end": "2020-12-31"},
            {"quote": "2020年12月底前", "offset": 30, "kind": "window", "date": "2020-12-31", "end": "2020-12-31"},
        ]},
        {"deadlines": [
            {"quote": "7月底前", "span": {"start": 5}, "kind": "due", "date": "2020-07-31", "end": ""},
            {"quote": "每月5日前", "span": {"start": 15}, "kind": "recurring", "date": None, "end": None},
            {"quote": "2020 年 12 月底前", "span": {"start": 30}, "kind": "due", "date": "2020-12-31",
             "end": "2020-12-31"},
        ]},
    ),
    "sites": (
        {"sites": [{"name": "甲", "city": "X市", "county": "Y县"}, {"name": "乙", "city": "X市", "county": "Z县"},
                   {"name": "丙", "city": "W市", "county": "V县"}]},
        {"sites": [{"name": "甲", "city": "X市", "county": "Y县"}, {"name": "丙", "city": "W市", "county": "Q县"},
                   {"name": "丁", "city": None, "county": None}]},
    ),
    "meta": (
        {"meta": {"title": "关于X的通知", "title_variants": ["山西省关于X的通知"], "doc_number": "晋人社厅发〔2020〕44号",
                  "doc_number_variants": ["晋人社厅发[2020]44号"],
                  "doc_type": "通知", "issue_date": None, "province": "山西省", "city": None,
                  "issuers": ["甲厅", "乙局"], "issuer_aliases": {"乙局": ["乙"]},
                  "recipients": ["各市人社局"], "cited_doc_numbers": []}},
        {"meta": {"title": "山西省关于 X 的通知", "doc_number": "晋人社厅发[2020]44 号", "doc_type": "意见",
                  "issue_date": None, "province": "山西省", "city": "太原市",
                  "issuers": ["甲厅", "乙"], "recipients": ["各市人社局", "各县人社局"], "cited_doc_numbers": []}},
    ),
}


def score(case: str):
    """Return the evaluation of one hand-made case, scored as notice 000."""
    gold, pred = CASES[case]
    return evaluate({"000": gold}, {"000": pred})


def counts(result, key):
    """Return (gold, pred, tp) of a field."""
    t = result.fields[key]
    return t.gold, t.pred, t.tp


def attrs(result, key):
    """Return the attribute checks of a field as {name: (ok, n)}."""
    return {name: tuple(v) for name, v in result.fields[key].attrs.items()}


def test_lcs_pairs_repeated_figures_in_reading_order():
    # gold 800 500 800 against predicted (by start) 800 800 500: a subsequence pairs two, not three
    r = score("lcs_repeated_figures")
    assert counts(r, "amounts") == (3, 3, 2)
    assert r.fields["amounts"].f1 == pytest.approx(2 / 3)


def test_quote_may_carry_context_up_to_the_length_rule():
    # "150元" has 4 characters: a predicted quote may have max(3*4, 4+40) = 44, not 45
    r = score("quote_length")
    assert counts(r, "amounts") == (2, 2, 1)
    assert counts(r, "targets") == (1, 1, 1)  # 6000.4 is within 0.5 of 6000


def test_contacts_match_on_phone_digits_then_name_or_email():
    # 宋旋 ↔ 王五 by 7676016; 李四 (no phone) by name; 赵六's service number 12345 is a key that no
    # prediction has, so no name fallback; the mailbox-only contact by its address in any case
    r = score("contacts")
    assert counts(r, "contacts") == (4, 5, 3)
    assert attrs(r, "contacts") == {"name": (2, 3), "unit": (1, 3), "emails": (2, 3)}
    assert r.fields["contacts"].precision == pytest.approx(3 / 5)


def test_responsible_units_are_matched_mention_by_mention():
    # a gold mention needs the same unit with an overlapping quote: 发改 and 财政 (quote with its stop),
    # 人社部门 of 牵头 (quote inside the gold's), the county governments (﹤﹥ = <>); not 人社部门 of
    # 审核, whose predicted quote names another duty; roles checked on the matched mentions
    r = score("units")
    assert counts(r, "responsible_units") == (6, 6, 4)
    assert attrs(r, "responsible_units") == {"role": (3, 4)}
    assert r.fields["responsible_units"].f1 == pytest.approx(4 / 6)


def test_amount_attributes_and_strict_row():
    r = score("amount_attributes")
    assert counts(r, "amounts") == (3, 3, 3)  # the third's category is the gold's category_alt
    assert attrs(r, "amounts") == {"per": (3, 3), "bound": (2, 3), "category": (2, 3), "tier": (3, 3)}
    assert counts(r, "amounts*") == (3, 3, 2)  # per and bound both wrong on the second pair only
    assert r.fields["amounts*"].f1 == pytest.approx(2 / 3)


def test_deadline_attributes_and_strict_row():
    r = score("deadline_attributes")
    assert counts(r, "deadlines") == (3, 3, 3)
    assert attrs(r, "deadlines") == {"kind": (2, 3), "date": (3, 3), "end": (2, 3)}
    assert counts(r, "deadlines*") == (3, 3, 1)
    assert r.fields["deadlines*"].f1 == pytest.approx(1 / 3)


def test_sites_match_by_name_and_check_city_county_row():
    r = score("sites")
    assert counts(r, "sites") == (3, 3, 2)
    assert attrs(r, "sites") == {"city": (2, 2), "county": (1, 2), "row": (1, 2)}


def test_meta_scalars_count_stated_values_and_accept_variants():
    r = score("meta")
    got = {k: counts(r, f"meta.{k}") for k in ["title", "doc_number", "doc_type", "issue_date", "province", "city"]}
    # no gold date and none predicted: neither hit nor miss; a city the gold does not state is a false one
    assert got == {"title": (1, 1, 1), "doc_number": (1, 1, 1), "doc_type": (1, 1, 0), "issue_date": (0, 0, 0),
                   "province": (1, 1, 1), "city": (0, 1, 0)}
    assert counts(r, "meta.issuers") == (2, 2, 2)  # 乙 is the short form of 乙局 the gold accepts
    assert counts(r, "meta.recipients") == (1, 2, 1)
    assert r.fields["meta.cited_doc_numbers"].f1 == 1.0  # nothing to find, nothing found


def test_rows_come_in_the_judges_order():
    assert list(score("meta").fields) == FIELDS


def test_missing_record_counts_as_empty_and_is_listed():
    gold, _ = CASES["lcs_repeated_figures"]
    r = evaluate({"000": gold, "001": gold}, {"000": gold})
    assert r.missing == ["001"]
    assert counts(r, "amounts") == (6, 3, 3)
    assert r.per_file == {"000": dict.fromkeys(["amounts", "deadlines", "contacts", "responsible_units", "sites",
                                                "targets"], 1.0),
                          "001": {**dict.fromkeys(["deadlines", "contacts", "responsible_units", "sites",
                                                   "targets"], 1.0), "amounts": 0.0}}


def test_empty_fields_score_one_and_files_add_up():
    r = evaluate({"000": CASES["sites"][0], "001": CASES["units"][0]},
                 {"000": CASES["sites"][1], "001": CASES["units"][1]})
    assert r.fields["amounts"].f1 == 1.0
    assert counts(r, "sites") == (3, 3, 2)
    assert counts(r, "responsible_units") == (6, 6, 4)


def test_notice_pairs_with_gold_by_stem_then_leading_stem():
    names = {"000", "004", "004-b"}
    assert gold_name(Path("x/000.docx"), names) == "000"
    assert gold_name(Path("004-crlf-bom.txt"), names) == "004"
    assert gold_name(Path("004-b.txt"), names) == "004-b"
    assert gold_name(Path("0041.txt"), names) is None
    assert gold_name(Path("raw/004_henan_notice_2021.txt"), names) == "004"


def test_bounds_and_shortfalls():
    assert parse_bounds(["amounts=0.5", "meta.city=1"]) == {"amounts": 0.5, "meta.city": 1.0}
    for bad in ["amounts", "amount=0.5", "amounts=high"]:
        with pytest.raises(ValueError, match="amount"):
            parse_bounds([bad])
    r = score("lcs_repeated_figures")
    assert r.shortfalls({"amounts": 0.6, "meta.title": 1.0}) == []
    assert r.shortfalls({"amounts": 0.7}) == ["amounts F1 0.67<0.7"]


# --- agreement with the project's judge -------------------------------------------------------

needs_judge = pytest.mark.skipif(not JUDGE.is_file(), reason=f"the judge {JUDGE} is not here (outside the repo)")


def write_dir(folder: Path, records: dict[str, dict]) -> Path:
    """Write records as NAME.json into `folder` and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, rec in records.items():
        (folder / f"{name}.json").write_text(json.dumps(rec, ensure_ascii=False), encoding="utf-8")
    return folder


def judge(gold_dir: Path, pred_dir: Path, tmp_path: Path) -> dict:
    """Run the judge script on two folders and return the scores it writes with --json."""
    out = tmp_path / "judge.json"
    run = subprocess.run([sys.executable, str(JUDGE), "--gold", str(gold_dir), "--pred", str(pred_dir),
                          "--json", str(out)], capture_output=True, text=True, check=False)
    assert out.is_file(), f"the judge wrote no scores (exit {run.returncode}): {run.stderr}"
    return json.loads(out.read_text(encoding="utf-8"))


def assert_agrees(ours: dict, theirs: dict) -> None:
    """Assert both score dicts have the same fields, counts, F1 and attribute accuracies."""
    assert list(ours) == list(theirs)
    for key in theirs:
        assert ours[key]["f1"] == pytest.approx(theirs[key]["f1"]), key
        assert ours[key] == theirs[key], key  # same arithmetic, so exactly the same floats


@needs_judge
@pytest.mark.parametrize("case", sorted(CASES))
def test_hand_made_cases_agree_with_the_judge(case, tmp_path):
    gold, pred = CASES[case]
    gold_dir = write_dir(tmp_path / "gold", {"000": gold})
    pred_dir = write_dir(tmp_path / "pred", {"000": pred})
    assert_agrees(score(case).to_dict(), judge(gold_dir, pred_dir, tmp_path))


@needs_judge
def test_corpus_records_agree_with_the_judge(tmp_path):
    from conftest import parsed

    golds = {f.stem: json.loads(f.read_text(encoding="utf-8")) for f in sorted((DATA / "gold").glob("[0-9]*.json"))}
    preds = {n: parsed(n, "txt").to_dict(text=False) for n in golds if n != "003"}  # one left out: counted empty
    pred_dir = write_dir(tmp_path / "pred", preds)
    ours = evaluate(golds, json.loads(json.dumps(preds)))
    assert ours.missing == ["003"]
    assert_agrees(ours.to_dict(), judge(DATA / "gold", pred_dir, tmp_path))


# --- the command ----------------------------------------------------------------------------

runner = CliRunner()


def test_cli_scores_written_records_and_checks_bounds(tmp_path):
    gold_dir = write_dir(tmp_path / "gold", {"000": CASES["units"][0], "001": CASES["sites"][0]})
    pred_dir = write_dir(tmp_path / "pred", {"000": CASES["units"][1], "001": CASES["sites"][1]})
    out = tmp_path / "scores.json"
    ok = runner.invoke(app, ["eval", str(gold_dir), "--pred", str(pred_dir), "--json", str(out),
                             "--min", "responsible_units=0.6", "--min", "sites=0.6"])
    assert ok.exit_code == 0, ok.output
    assert ok.stdout.splitlines()[0].split()[:7] == ["field", "gold", "pred", "tp", "P", "R", "F1"]
    assert "responsible_units" in ok.stdout and "city=2/2 county=1/2 row=1/2" in ok.stdout
    assert json.loads(out.read_text(encoding="utf-8"))["sites"]["attr"] == {"city": 1.0, "county": 0.5, "row": 0.5}

    short = runner.invoke(app, ["eval", str(gold_dir), "--pred", str(pred_dir), "--min", "sites=0.7"])
    assert short.exit_code == 1
    assert "sites F1 0.67<0.7" in short.stderr

    (pred_dir / "001.json").unlink()
    missing = runner.invoke(app, ["eval", str(gold_dir), "--pred", str(pred_dir)])
    assert missing.exit_code == 1
    assert "no record for: 001" in missing.stdout


def test_cli_parses_notices_and_skips_bad_files(tmp_path):
    notices = [DATA / "corpus" / "txt" / "000.txt", DATA / "corpus" / "004-crlf-bom.txt"]
    ok = runner.invoke(app, ["eval", str(DATA / "gold"), *map(str, notices)])
    assert ok.exit_code == 0, ok.output
    assert "meta.title" in ok.stdout

    stray = tmp_path / "stray.txt"
    stray.write_text("关于做好就业工作的通知\n", encoding="utf-8")
    bad = runner.invoke(app, ["eval", str(DATA / "gold"), *map(str, notices),
                              str(DATA / "corpus" / "bad" / "empty.pdf"), str(stray)])
    assert bad.exit_code == 1
    assert "E_EMPTY" in bad.stderr and "stray.txt: no gold file" in bad.stderr
    assert bad.stdout == ok.stdout  # the bad and unpaired files were skipped


@pytest.mark.parametrize("args", [
    ["GOLD"],                                   # neither FILEs nor --pred
    ["GOLD", "x.txt", "--pred", "PRED"],        # both
    ["GOLD", "--pred", "PRED", "--min", "amount=0.5"],
    ["GOLD", "--pred", "PRED", "--min", "amounts"],
    ["NOWHERE", "--pred", "PRED"],
])
def test_cli_usage_errors_exit_2(args, tmp_path):
    paths = {"GOLD": str(DATA / "gold"), "PRED": str(tmp_path), "NOWHERE": str(tmp_path / "nowhere")}
    result = runner.invoke(app, ["eval", *[paths.get(a, a) for a in args]])
    assert result.exit_code == 2, result.output
