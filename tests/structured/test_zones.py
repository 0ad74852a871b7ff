"""The content-line lookups of the zone pass."""
from __future__ import annotations

import pytest

import gongwen

from gongwen.structured.zones import following


@pytest.mark.parametrize(("i", "n", "expected"), [
    (0, 3, [2, 5, 7]),   # line 0 is not content: the next three after it
    (2, 2, [5, 7]),      # a content line itself is left out
    (6, 3, [7, 9]),      # fewer than asked near the end
    (9, 3, []),          # none after the last
    (1, 0, []),          # none asked
])
def test_following_gives_the_next_content_lines(i, n, expected):
    assert following([2, 5, 7, 9], i, n) == expected


def test_a_header_table_of_labels_gives_its_values(tmp_path):
    path = tmp_path / "n.txt"
    path.write_text("发文字号\t成文日期\n渝农办发〔2017〕78号\t2017年6月8日\n\n关于做好申报工作的通知\n各区县农委：\n"
                    "请认真贯彻执行。\n重庆市农业委员会\n", encoding="utf-8")
    meta = gongwen.parse(path).meta
    assert (meta.doc_number, meta.issue_date, meta.issuers) == ("渝农办发〔2017〕78号", "2017-06-08", ["重庆市农业委员会"])
