"""Letter-spaced lines are closed up before any field is read; blanks between words stay."""
import pytest

import gongwen
from gongwen.structured.spacing import _letter_spaced, _lines


@pytest.mark.parametrize("line", ["决 定", "目 录", "附  件", "关 于 做 好 就 业 帮 扶 工 作 的 通 知",
                                  "　江 西 省 人 民 政 府　", "各 市 、 县 人 民 政 府 ："])
def test_letter_spaced_lines_are_closed_up(line):
    assert _letter_spaced(line) and " " not in _lines(line).strip("　")


@pytest.mark.parametrize("line", ["江西省人力资源和社会保障厅   江西省发展改革委", "一、 总体要求", "A B C D",
                                  "联系人：张 三", "2021 年 7 月 27 日", "决定"])
def test_words_apart_and_other_lines_stay(line):
    assert not _letter_spaced(line)


def test_a_wider_gap_in_a_letter_spaced_line_keeps_two_words_apart():
    assert _lines("陕 西 省 乡 村 振 兴 局   中 共 陕 西 省 委 组 织 部") == "陕西省乡村振兴局 中共陕西省委组织部"
    assert _lines("关  于  做  好  就  业  工  作  的  通  知") == "关于做好就业工作的通知"  # even spacing: one word


def test_a_notice_with_a_letter_spaced_head_reads_as_the_plain_one(tmp_path):
    plain = ["江西省人民政府", "关于做好就业帮扶工作的通知", "各市、县人民政府：",
             "请于2021年8月30日前报送材料。", "江西省人民政府", "2021年7月27日"]
    spaced = [" ".join(line) if i in (0, 1, 2, 4) else line for i, line in enumerate(plain)]
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("\n".join(plain), encoding="utf-8")
    b.write_text("\n".join(spaced), encoding="utf-8")
    ra, rb = gongwen.parse(a), gongwen.parse(b)
    assert rb.meta.title == ra.meta.title == "关于做好就业帮扶工作的通知"
    assert rb.meta.issuers == ra.meta.issuers and rb.meta.recipients == ra.meta.recipients
    assert rb.text == ra.text and [d.date for d in rb.deadlines] == [d.date for d in ra.deadlines]
