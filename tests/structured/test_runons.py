"""A block a saved web page ran together with blanks is split into the lines it stood for; ordinary lines stay."""
import pytest

import gongwen
from gongwen.structured.runons import _pieces

RUN_ON = ("歙县人民政府办公室关于印发《工作方案》的通知 各乡、镇人民政府，县政府有关部门： 《工作方案》已经县政府"
          "常务会研究同意，现印发给你们，请抓好贯彻落实。 2025年5月14日 一、总体目标 坚持就业优先。")


def test_a_run_on_block_is_split_at_the_blanks_that_stood_for_line_breaks():
    assert _pieces(RUN_ON) == ["歙县人民政府办公室关于印发《工作方案》的通知", "各乡、镇人民政府，县政府有关部门：",
                               "《工作方案》已经县政府常务会研究同意，现印发给你们，请抓好贯彻落实。", "2025年5月14日",
                               "一、总体目标 坚持就业优先。"]  # a heading's end is not told by its last character


@pytest.mark.parametrize("text", [
    "根据《人力资源社会保障部 财政部关于做好公益性岗位开发管理有关工作的通知》要求，各地要认真做好岗位开发工作，确保按时完成。",
    "索 引 号 11150000011512968L/2024-03191 主题分类 劳动、人事、监察 劳动就业 发布机构 自治区人力资源社会保障厅",
    "请于8月30日前报送材料。 联系人：张三，电话：0351-1234567。",  # one blank: a slip, not a run-together page
    "一、总体目标",
])
def test_lines_that_are_not_run_together_stay_whole(text):
    assert _pieces(text) is None


def test_a_run_on_notice_reads_like_the_same_notice_in_lines(tmp_path):
    lines = _pieces(RUN_ON)
    joined, apart = tmp_path / "joined.txt", tmp_path / "apart.txt"
    joined.write_text(RUN_ON, encoding="utf-8")
    apart.write_text("\n".join(lines), encoding="utf-8")
    a, b = gongwen.parse(joined), gongwen.parse(apart)
    assert a.meta.title == b.meta.title == "关于印发《工作方案》的通知"
    assert a.meta.recipients == b.meta.recipients and a.meta.issue_date == b.meta.issue_date == "2025-05-14"
    assert a.text == b.text
