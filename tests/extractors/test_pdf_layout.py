"""Lines and paragraphs of a PDF page laid out as a browser prints a web page (each paragraph's first line
indented, its wrapped lines back at the margin, few lines a paragraph), on lines built here."""
from __future__ import annotations

from gongwen.extractors.pdf_layout import PRINT_STAMP, Char, Frame, Line, _lead, _same_paragraph, frame_of, \
    is_page_number, left_margin, lines_of, reading_order

SIZE = 21.5
MARGIN, INDENT, RIGHT = 84.0, 116.0, 524.0


def line(text: str, x0: float, x1: float, top: float, size: float = SIZE, lead: float = 0.0) -> Line:
    return Line(text, x0, x1, top, top + size, size, False, lead or size)


def test_left_margin_is_the_leftmost_common_edge_not_the_commonest():
    lines = [line(f"字段{i}", INDENT, 300, 40 * i) for i in range(12)]  # one-line paragraphs: indented
    lines += [line("续行", MARGIN, RIGHT, 40 * i + 20) for i in (3, 7)]  # two wrapped lines back at the margin
    lines += [line("11/29/26, 6:54 PM 标题", 24, 400, 5, size=10.5)] * 3  # the browser's header: another size
    assert left_margin(lines, SIZE) == MARGIN
    assert frame_of(lines, 595).left == MARGIN


def test_a_text_of_short_lines_keeps_the_right_margin_its_full_lines_reach():
    contents = [line(f"第{i}节 ……………………（{i}）", MARGIN, 382, 40 * i) for i in range(30)]  # a contents list
    full = [line("《规划》已经省政府常务会议审议通过，现印发给你们，请认真贯彻落实。", MARGIN, RIGHT - 2, 1300 + 40 * i)
            for i in range(2)]
    assert frame_of(contents + full, 595).right == RIGHT - 2


def test_a_browsers_print_stamps_are_no_part_of_the_frame():
    from gongwen.extractors.pdf import Layout, _frames

    body = [line("各市人力资源和社会保障局：现将部办公厅《关于开展", 99, 503, 160 + 32 * i, size=29.5) for i in range(6)]
    stamps = [line("11/29/26, 7:52 PM 各市人力资源和社会保障局：现将…", 24, 585, 12, size=10.5),
              line("file:///tmp/page.html 1/1", 24, 588, 764, size=10.5)]
    assert _frames([Layout(1, 595, 842.0, stamps[:1] + body + stamps[1:], [])])[595].right == 503


def test_one_line_left_of_the_rest_is_no_margin():
    lines = [line(f"正文{i}", MARGIN, RIGHT, 40 * i) for i in range(8)] + [line("“引文", MARGIN - 8, RIGHT, 400)]
    assert left_margin(lines, SIZE) == MARGIN


def test_lines_each_at_its_own_edge_give_the_commonest_edge():
    lines = [line("甲", 84 + 7 * i, RIGHT, 40 * i) for i in range(4)]  # no edge shared: the first commonest
    assert left_margin(lines, SIZE) == 84


def test_last_character_wrapped_under_an_indented_line_stays_in_place():
    title = line("关于下达2022年度第二批资金计划的通", INDENT, RIGHT, 189)
    tail = line("知", MARGIN, MARGIN + 16, 212)
    after = line("2023-09-01 15:45 信息来源:县农业农村局", INDENT, RIGHT, 240)
    ordered = reading_order([after, tail, title, line("索引号: 11332529/2023-77289", INDENT, RIGHT, 160)])
    assert [ln.text[:3] for ln in ordered] == ["索引号", "关于下", "知", "202"]


def test_side_by_side_blocks_still_read_one_after_the_other():
    name1, name2 = line("某某省人力资源和社会保障厅", 80, 400, 100), line("某某省财政厅", 80, 250, 130)
    wenjian = line("文件", 420, 500, 112)
    assert [ln.text for ln in reading_order([wenjian, name2, name1])] == [name1.text, name2.text, "文件"]


def test_a_bracketed_number_is_one_token_for_the_wrap():
    chars = [Char(t, 84 + 10 * i, 84 + 10 * i + (16 if t in "〔〕号" else 9), 0, SIZE, SIZE, False)
             for i, t in enumerate("〔2024〕11号")]
    assert _lead(chars) == chars[5].x1 - chars[0].x0  # 〔2024〕
    chinese = [Char(t, 84 + 16 * i, 100 + 16 * i, 0, SIZE, SIZE, False) for i, t in enumerate("（一）加强")]
    assert _lead(chinese) == 16  # （ before Chinese text wraps like any character


def test_a_label_character_with_its_colon_and_digits_is_one_token_for_the_wrap():
    chars = [Char(t, 99 + 10 * i, 99 + 10 * i + (29 if i == 0 else 9), 0, 29.5, 29.5, False)
             for i, t in enumerate("话:65310053)")]
    assert _lead(chars) == chars[-2].x1 - chars[0].x0  # 话:65310053 — a browser breaks before it, not inside
    frame = Frame(99, 502, 29.5)
    first = line("(此件主动公开;联系人:丁玲,电", 143, 436, 100, size=29.5)
    rest = line("话:65310053)", 99, 232, 134, size=29.5, lead=_lead(chars))
    assert _same_paragraph(first, rest, frame)


def test_first_line_pushed_down_by_a_long_number_is_no_centred_line():
    frame = Frame(MARGIN, RIGHT)
    first = line("联系处室:省人社厅政府表彰与任免处;电话:0591-", INDENT, 460, 259)
    number = line("87821785", MARGIN, 154, 282, lead=70)
    assert _same_paragraph(first, number, frame)


def test_in_large_body_type_a_full_line_is_no_title_line():
    big = 29.5  # a page printed in 22 pt: every line is "large"
    frame = Frame(99, 520, big)
    mail = line("箱:1063596248@qq.com;107887409@qq.com", 99, 564, 600, size=big)
    signer = line("甘肃省脱贫攻坚领导小组办公室", 144, 557, 634, size=big)
    assert not _same_paragraph(mail, signer, frame)  # an indented line after a full one starts a paragraph


def test_squeezed_punctuation_keeps_its_order():
    # 》(〔2 as a browser draws it: the full-width 〔 box starts left of the narrow ( printed before it
    chars = [Char("》", 148.4, 164.4, 0, SIZE, SIZE, False), Char("〔", 162.2, 178.2, 0, SIZE, SIZE, False),
             Char("(", 164.4, 170.2, 0, SIZE, SIZE, False), Char("2", 178.2, 187.2, 0, SIZE, SIZE, False)]
    assert lines_of(chars)[0].text == "》(〔2"


def test_browser_print_stamps_in_the_margins():
    height = 842.0
    for text in ("11/29/26, 6:54 PM 关于印发…的通知", "2026/11/29 18:54 关于印发…的通知",
                 "file:///tmp/page.html 1/2", "https://www.example.gov.cn/art/2024/5/15/art_1.html 2/2"):
        assert PRINT_STAMP.search(text)
        assert is_page_number(line(text, 24, 580, 5, size=10.5), height)
    assert not is_page_number(line("2024年5月14日", 400, 500, 5), height)
