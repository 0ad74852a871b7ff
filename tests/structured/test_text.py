"""The normalized text: sentences broken across paragraphs joined, everything else kept apart."""
from __future__ import annotations

import pytest

from gongwen.document import Document, Paragraph, Source
from gongwen.structured.chrome import is_chrome
from gongwen.structured.text import build, hard_wrap

SOURCE = Source("x.txt", "txt", "0", 0)
LONG = "对组织开展订单式、项目制培训且就业率达到80%的，可根据职业工种合理确定培训时间，补贴标准不超过每人4000"


def text_of(*paras: str | Paragraph) -> str:
    blocks = tuple(p if isinstance(p, Paragraph) else Paragraph(p) for p in paras)
    return build(Document(SOURCE, blocks)).string


@pytest.mark.parametrize(("paras", "expected"), [
    ((LONG, "元。对贫困劳动力…"), LONG + "元。对贫困劳动力…"),                       # a wrap inside a sentence
    (("现就有关事项通知如下：", "一、工作目标"), "现就有关事项通知如下：\n一、工作目标"),   # a closed sentence
    ((LONG, "一、工作目标"), LONG + "\n一、工作目标"),                                  # a heading opens anew
    (("关于印发《关于推动易地扶贫搬迁群众劳务就业的工作方案》的通知", "各市（州）生态移民局："),
     "关于印发《关于推动易地扶贫搬迁群众劳务就业的工作方案》的通知\n各市（州）生态移民局："),  # a title ends
    (("联系人:张三,电话:0828—3181269,邮箱:abc@163.com", "四川省人力资源和社会保障厅"),
     "联系人:张三,电话:0828—3181269,邮箱:abc@163.com\n四川省人力资源和社会保障厅"),       # a signature
    # a line ending in a phone number or e-mail closes its contact: the next contact is not its tail
    (("联系人:省人社厅就业促进处 李明 电话:0371—69690523", "省财政厅社会保障处 王芳 电话:0371—65808126"),
     "联系人:省人社厅就业促进处 李明 电话:0371—69690523\n省财政厅社会保障处 王芳 电话:0371—65808126"),
    (("省乡村振兴局开发指导处 赵磊 电话:0371-65906312 邮箱:hnxczjkfc@163.com", "河南省人力资源和社会保障厅　　河南省财政厅"),
     "省乡村振兴局开发指导处 赵磊 电话:0371-65906312 邮箱:hnxczjkfc@163.com\n河南省人力资源和社会保障厅　　河南省财政厅"),
    (("各单位联系人：市人社局就业科张建国，联系电话：7676016", "市扶贫办社会扶贫科刘晓燕，联系电话：8265127"),
     "各单位联系人：市人社局就业科张建国，联系电话：7676016\n市扶贫办社会扶贫科刘晓燕，联系电话：8265127"),
    (("联系人：张建国，手机：13909321234", "市扶贫办社会扶贫科刘晓燕，联系电话：0932-8265127"),
     "联系人：张建国，手机：13909321234\n市扶贫办社会扶贫科刘晓燕，联系电话：0932-8265127"),
    # a figure that is no phone number still wraps: 吸纳贫困劳动力就业10人以上或占车间就业人数30⏎%以上
    ((LONG[:-4] + "就业人数2000000", "人以上的，给予奖补。"), LONG[:-4] + "就业人数2000000人以上的，给予奖补。"),
])
def test_joining(paras, expected):
    assert text_of(*paras) == expected


def test_right_aligned_signature_is_never_joined():
    assert text_of(LONG, Paragraph("山西省人力资源和社会保障厅", align="right")).endswith("\n山西省人力资源和社会保障厅")


def test_span_reports_page_and_section():
    doc = Document(SOURCE, (Paragraph("一、目标", page=1), Paragraph("正文。", page=2)))
    t = build(doc)
    assert t.span(5, 7).page == 2 and t.page_at(0) == 1


@pytest.mark.parametrize("number", ["— 2 —", "－2－", "-2-", "第 2 页"])
def test_page_number_between_halves_of_a_sentence_is_dropped(number):
    # a copy of a PDF's text leaves the page number between the halves of a sentence it breaks
    assert text_of(LONG, number, "元。对贫困劳动力…") == LONG + "元。对贫困劳动力…"


def test_a_bare_figure_is_not_taken_for_a_page_number():
    assert text_of(LONG, "2", "元。").split("\n")[1] == "2"  # kept: it may be a figure


def test_a_line_in_another_type_size_does_not_continue_a_sentence():
    header = Paragraph("达川区2024年第一批中央和省级财政衔接推进乡村振兴补助资金", size=9.0)
    title = Paragraph("分配结果公示：达川区2024年第一批中央和省级财政衔接推进乡村振兴补助资金", size=22.0)
    assert text_of(header, title) == header.text + "\n" + title.text


# pdftotext's copy of a page: every full line as long as the others
BODY = ("根据《关于做好困难群众基本生活保障工作的通知》要求，现将有关事项通知如下：各地要结合实际认真组织实施确保政策落实到位，"
        "切实兜住兜准兜牢民生底线，让困难群众感受到党和政府的温暖，各级民政部门要加强统筹协调，及时研究解决工作中遇到的问题")
WIDTH = 25
WRAPPED = [BODY[k:k + WIDTH] for k in range(0, WIDTH * 4, WIDTH)]


def test_hard_wrapped_index_line_runs_on_at_the_wrap_width():
    index = "索引号 2024-03191 文号 内人社发〔20"  # cut by the wrap in its 文号
    assert len(index) == WIDTH and is_chrome(index)
    text = text_of(*WRAPPED, index, "24〕11号", "成文日期 2024-05-14")
    assert "内人社发〔2024〕11号\n成文日期" in text


def test_index_lines_that_fill_the_width_stay_apart():
    index = "索引号: 000014349/2025-16853"  # as long as the wrap, and whole
    assert len(index) == WIDTH
    assert index + "\n发文机关 平顺县农业农村局" in text_of(*WRAPPED, index, "发文机关 平顺县农业农村局")


def visual_rows(text: str, units: int) -> list[str]:
    rows, row, used = [], "", 0
    for ch in text:
        w = 1 if ch.isascii() else 2
        if used + w > units:
            rows.append(row)
            row, used = "", 0
        row, used = row + ch, used + w
    return rows + [row]


FIGURES = ("2020年中央预算内以工代赈示范资金494万元，计划实施1个项目，总投资847万元，已到位资金494万元，含劳务报酬74万元，"
           "改造防渗斗渠14.608公里，2021年7月27日前完成，项目实施单位为县水利局，电话0903-2523158，监督电话12317，")


def test_a_text_wrapped_by_visual_width_is_recognised():
    rows = visual_rows(FIGURES * 2, 50)[:-1]  # rows with figures hold more characters than rows without
    assert len({len(r) for r in rows}) > 2
    wrap = hard_wrap(Document(SOURCE, tuple(Paragraph(r) for r in rows)))
    assert wrap is not None and wrap.visual and wrap.width == 50
    assert build(Document(SOURCE, tuple(Paragraph(r) for r in rows))).string == "".join(rows)


def test_table_of_contents_rows_are_not_the_wrap():
    toc = [f"第{n}章 规划{'背景目标任务'[:n % 4 + 2]}{'…' * (16 - n % 4)}({n})" for n in range(1, 9)]
    assert hard_wrap(Document(SOURCE, tuple(Paragraph(r) for r in toc + WRAPPED))) is None


@pytest.mark.parametrize(("paras", "expected"), [
    (("2017年", "6月8日"), "2017年6月8日"),                                         # a date cut after its year
    ((*WRAPPED, *WRAPPED, "特此通知。", "甘肃省脱贫攻坚领导小", "组办公室"), "\n甘肃省脱贫攻坚领导小组办公室"),  # a body cut in two
    ((*WRAPPED, "的通知".rjust(WIDTH, "知"), "(皖人社秘〔2019〕217号)"), "知的通知(皖人社秘〔2019〕217号)"),
])
def test_pieces_cut_by_the_wrap_run_on(paras, expected):
    assert expected in text_of(*paras)


def test_a_page_table_bar_ends_no_sentence():
    assert text_of("济宁市人民政府关于进一步做好就业创业工作的意见 | ||||", "济宁市人民政府 关于进一步做好就业创业工作的意见") \
        == "济宁市人民政府关于进一步做好就业创业工作的意见 | ||||\n济宁市人民政府 关于进一步做好就业创业工作的意见"
