"""gongwen diff: what changed between two notices, figure by figure, in deadlines and in duties."""
from __future__ import annotations

import json

from click.testing import CliRunner

from conftest import CORPUS, parsed
from gongwen.cli import app
from gongwen.corpus.diff import Change, amount_changes, diff, duty_changes
from gongwen.record import Amount, Span

runner = CliRunner()


def fig(value: float, tier: str | None = None, per: tuple[str, ...] = ("人",), bound: str = "exact",
        category: str = "职业介绍补贴") -> Amount:
    """Return a figure of an instrument as the extractor would give it."""
    return Amount(f"{value:g}元", value, Span(0, 1), per=list(per), bound=bound, tier=tier, category=category)


def test_the_same_notice_in_two_formats_has_no_changes():
    assert diff(parsed("000", "txt"), parsed("000", "pdf")) == []


def test_figures_pair_by_tier_and_name_what_moved():
    old = [fig(500, "县内"), fig(800, "省内"), fig(200, per=("人", "月"), category="稳岗补贴")]
    new = [fig(300, "县内"), fig(800, "省内", bound="max"), fig(150, per=("人", "天"), category="培训补贴")]
    changes = amount_changes(old, new)
    assert Change("amounts", "职业介绍补贴", "changed", "500元/人（县内）", "300元/人（县内）", ["value"]) in changes
    assert Change("amounts", "职业介绍补贴", "changed", "800元/人（省内）", "≤800元/人（省内）", ["bound"]) in changes
    assert Change("amounts", "稳岗补贴", "removed", "200元/人/月", None) in changes
    assert Change("amounts", "培训补贴", "added", None, "150元/人/天") in changes
    assert len(changes) == 4


def test_figures_on_different_tiers_are_not_paired():
    changes = amount_changes([fig(800, "省外")], [fig(800, "省内")])
    assert [c.change for c in changes] == ["removed", "added"]


def test_real_notices_show_changes_in_amounts_deadlines_and_duties():
    changes = diff(parsed("003", "txt"), parsed("000", "txt"))
    assert {c.section for c in changes} == {"amounts", "deadlines", "duties"}
    paid = [c for c in changes if c.subject == "职业介绍补贴" and c.change == "changed"]
    assert any(c.old.startswith("500元/人（县内）") and c.new.startswith("300元/人（县内）") and "value" in c.fields
               for c in paid)
    assert Change("duties", "牵头", "added", None, "各级人社部门") in duty_changes(parsed("003", "txt"), parsed("000", "txt"))


def test_cli_prints_text_and_json_and_one_line_for_a_missing_file(tmp_path):
    a, b = str(CORPUS / "txt" / "003.txt"), str(CORPUS / "txt" / "000.txt")
    text = runner.invoke(app, ["diff", a, b])
    assert text.exit_code == 0 and text.stdout.startswith("A: 晋人社厅函〔2020〕127号（2020-03-05）")
    assert "  - 稳岗补贴：200元/人/月" in text.stdout
    data = json.loads(runner.invoke(app, ["diff", a, b, "--json"]).stdout)
    assert data["b"].startswith("晋人社厅发〔2020〕44号") and {"section", "subject", "change"} <= set(data["changes"][0])
    record = tmp_path / "003.json"
    record.write_text(parsed("003", "txt").to_json(), encoding="utf-8")
    assert "无变化" in runner.invoke(app, ["diff", str(record), a]).stdout
    missing = runner.invoke(app, ["diff", str(tmp_path / "none.txt"), b])
    assert missing.exit_code == 2 and missing.output.startswith("E_NOT_FOUND") and len(missing.output.splitlines()) == 1
