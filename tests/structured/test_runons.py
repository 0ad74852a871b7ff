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


@pytest.mark.parametrize(("text", "expected"), [
    # a labelled field after a headline; the byline's own fields stay on one line
    ("公益性岗位补贴申领 作者:hnrczp_admin 日期:2022-11-15 浏览",
     ["公益性岗位补贴申领", "作者:hnrczp_admin 日期:2022-11-15 浏览"]),
    # the end of a breadcrumb and of a row of controls
    ("您当前的位置:首页>部门>政策文件>其他文件 巫溪县发展和改革委员会关于下达资金的通知 日期:2021-12-30",
     ["您当前的位置:首页>部门>政策文件>其他文件", "巫溪县发展和改革委员会关于下达资金的通知", "日期:2021-12-30"]),
    ("【字体: 】 打印 就业帮扶政策清单 来源:原创 发布时间:2022-03-23 16:14",
     ["【字体: 】 打印", "就业帮扶政策清单", "来源:原创 发布时间:2022-03-23 16:14"]),
    # a headline before the body's opening words
    ("关于第一批拟认定省级地名文化遗产保护名录的公示 为深入贯彻落实《地名管理条例》，经各地申报、专家评审，现予公示。 公示期5个工作日。",
     ["关于第一批拟认定省级地名文化遗产保护名录的公示", "为深入贯彻落实《地名管理条例》，经各地申报、专家评审，现予公示。",
      "公示期5个工作日。"]),
])
def test_a_flattened_page_is_split_where_its_chrome_ends(text, expected):
    assert _pieces(text) == expected


def test_an_index_line_with_empty_values_stays_whole():
    index = "索引号: 11332529002666113M/2023-77289 公开方式: 主动公开 文号: 公开日期: 2023-09-01 发布单位: 县农业农村局 有效性:"
    assert _pieces(index) is None


def test_a_flattened_head_keeps_number_masthead_title_and_signature_apart():
    text = ("彭水人社发〔2023〕27号 彭水县人力资源和社会保障局 彭水县财政局 关于印发《管理细则》的通知 各乡镇人民政府: "
            "现印发给你们，请认真参照执行。 彭水县人力资源和社会保障局 彭水县财政局 2023年4月13日")
    assert _pieces(text) == ["彭水人社发〔2023〕27号", "彭水县人力资源和社会保障局", "彭水县财政局", "关于印发《管理细则》的通知",
                             "各乡镇人民政府:", "现印发给你们，请认真参照执行。", "彭水县人力资源和社会保障局", "彭水县财政局",
                             "2023年4月13日"]


@pytest.mark.parametrize(("text", "expected"), [
    # a title after a bulleted index list, its issuer before 关于
    ("政策文件 • 发文字号 兰陵政字〔2024〕32号 • 成文日期 2024-05-23 • 效力状态 有效中 兰陵县人民政府关于村庄规划的批复",
     ["政策文件 • 发文字号 兰陵政字〔2024〕32号 • 成文日期 2024-05-23 • 效力状态 有效中", "兰陵县人民政府关于村庄规划的批复"]),
    # the 主送 line after a byline; a value runs on to the next label
    ("发布日期: 2021-03-01 - 来源: - 访问量:1 各县(区)统计局,市局各部门: 为进一步强化统计建设，现通知如下:",
     ["发布日期: 2021-03-01 - 来源: - 访问量:1", "各县(区)统计局,市局各部门:", "为进一步强化统计建设，现通知如下:"]),
    # a headline without 关于 after the index table's last value
    ("发布日期2022-10-14 时效性有效 绿春县促进脱贫人口持续增收三年行动工作方案(2022—2024年) 为全面贯彻落实决策部署，制定本方案。",
     ["发布日期2022-10-14 时效性有效", "绿春县促进脱贫人口持续增收三年行动工作方案(2022—2024年)", "为全面贯彻落实决策部署，制定本方案。"]),
    ("索 引 号: 1122/2020-09415 分 类: 行业扶贫 ; 通知 发文机关: 白城市扶贫开发办公室 成文日期: 2020年07月03日 标 题: "
     "关于做好就业扶贫工作的通知 发文字号: 白扶办发〔2020〕15号",
     ["索 引 号: 1122/2020-09415 分 类: 行业扶贫 ; 通知", "发文机关: 白城市扶贫开发办公室 成文日期: 2020年07月03日",
      "标 题: 关于做好就业扶贫工作的通知", "发文字号: 白扶办发〔2020〕15号"]),
])
def test_a_flattened_index_table_ends_before_the_notice(text, expected):
    assert _pieces(text) == expected
