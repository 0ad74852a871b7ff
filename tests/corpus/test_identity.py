"""One notice, many files: renderings and repeated downloads of a notice count once; records load back from JSON Lines."""
from __future__ import annotations

import dataclasses
import shutil

from conftest import CORPUS, parsed
from gongwen.corpus.identity import group
from gongwen.corpus.load import from_dict, load, read_jsonl


def test_the_three_renderings_of_a_notice_are_one_notice_with_all_sources():
    notices = group([parsed("000", f) for f in ("pdf", "txt", "docx")] + [parsed("003", "txt")])
    assert [n.label for n in notices] == ["晋人社厅发〔2020〕44号", "晋人社厅函〔2020〕127号"]
    assert len(notices[0].sources) == 3 and notices[0].record.source.format == "txt"


def test_a_notice_without_a_doc_number_matches_on_title_issuer_and_date():
    notices = group([parsed("002", "txt"), parsed("002", "docx"), parsed("002", "pdf")])
    assert len(notices) == 1 and notices[0].label == "忻州市人民政府办公室 2022-05-19"


def test_a_notice_downloaded_twice_is_one_notice(tmp_path):
    for name in ("a.txt", "b.txt"):
        shutil.copy(CORPUS / "txt" / "004.txt", tmp_path / name)
    records = [r for _, r in load([tmp_path])]
    (notice,) = group(records)
    assert sorted(s.rsplit("/", 1)[-1] for s in notice.sources) == ["a.txt", "b.txt"]


def test_distinct_notices_stay_apart_and_ids_are_stable():
    first = group([parsed(n, "txt") for n in ("000", "001", "002", "003", "004")])
    again = group([parsed(n, "docx") for n in ("000", "001", "002", "003", "004")])
    assert len({n.id for n in first}) == 5
    assert [n.id for n in first if n.record.meta.doc_number] == [n.id for n in again if n.record.meta.doc_number]


def test_records_load_back_from_json_lines(tmp_path):
    record = parsed("000", "txt")
    lines = tmp_path / "c.jsonl"
    lines.write_text(record.to_json(indent=None) + "\n\n" + '{"schema": "other"}\n', encoding="utf-8")
    (p1, back), (p2, bad) = list(read_jsonl(lines))
    assert back == record and dataclasses.is_dataclass(back.amounts[0].span)
    assert bad.code == "E_CORRUPT" and "c.jsonl:3" in str(bad)
    assert from_dict({**record.to_dict(text=False)}).text == ""
