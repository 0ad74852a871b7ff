"""Tests of the DOCX reader on small Word files built here: the ways other offices' notices differ
from the corpus ones (automatic numbering, content controls, fields, revisions, text boxes, tabs,
.docm/.dotx, missing parts)."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from lxml import etree

import gongwen
from gongwen.document import Paragraph
from gongwen.extractors import extract
from gongwen.extractors.docx_numbering import format_number
from gongwen.extractors.docx_parts import first_child

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "v": "urn:schemas-microsoft-com:vml",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}
DECLS = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())
W = "{%s}" % NS["w"]

# 一、 / （一） / 1. / ① / 甲、 on levels 0-4 of list 1
LEVELS = [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3."),
          ("decimalEnclosedCircle", "%4"), ("ideographTraditional", "%5、")]
NUMBERING = """
<w:abstractNum w:abstractNumId="0">{levels}</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="第%1条"/>
    <w:suff w:val="space"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/>
    <w:lvlRestart w:val="0"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="3">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>
    <w:pStyle w:val="GwH1"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/>
    <w:pStyle w:val="GwH2"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/>
  <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>
<w:num w:numId="6"><w:abstractNumId w:val="0"/>
  <w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
""".format(levels="".join(
    f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
    for i, (fmt, text) in enumerate(LEVELS)))


def p(text: str = "", num: tuple[int, int] | None = None, style: str | None = None, inner: str = "") -> str:
    """Return the XML of a paragraph: optional style and numPr, a run of `text`, then raw `inner`."""
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num is not None:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    run = f"<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>" if text else ""
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{run}{inner}</w:p>"


def r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def build(tmp_path: Path, body: str, numbering: str | None = NUMBERING, name: str = "t.docx",
          styles: bool = True) -> Path:
    """Save a DOCX whose body is `body` (raw WordprocessingML) and whose numbering.xml holds `numbering`."""
    doc = docx.Document()
    if styles:
        for sid, num, outline in (("GwH1", None, 0), ("GwH2", None, 1), ("GwList", 1, None)):
            style = doc.styles.add_style(sid, WD_STYLE_TYPE.PARAGRAPH)
            style.element.set(W + "styleId", sid)
            ppr = style.element.get_or_add_pPr()
            if num is not None:
                ppr.append(parse_xml(f'<w:numPr {DECLS}><w:numId w:val="{num}"/></w:numPr>'))
            elif outline is not None:
                ppr.append(parse_xml(f'<w:numPr {DECLS}><w:numId w:val="5"/></w:numPr>'))
                ppr.append(parse_xml(f'<w:outlineLvl {DECLS} w:val="{outline}"/>'))
    body_el = doc.element.body
    for el in list(body_el):
        if el.tag != W + "sectPr":
            body_el.remove(el)
    for el in parse_xml(f"<w:body {DECLS}>{body}</w:body>"):
        body_el.insert(len(body_el) - 1, el)
    if numbering is not None:
        root = doc.part.numbering_part.element
        for el in list(root):
            root.remove(el)
        for el in parse_xml(f"<w:numbering {DECLS}>{numbering}</w:numbering>"):
            root.append(el)
    path = tmp_path / name
    doc.save(str(path))
    return path


def rezip(path: Path, drop: tuple[str, ...] = (), content_type: str | None = None, name: str | None = None) -> Path:
    """Copy a DOCX leaving out the parts `drop`, optionally with another main content type."""
    out = path.with_name(name or path.name)
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            if item.filename in drop:
                continue
            data = src.read(item.filename)
            if content_type and item.filename == "[Content_Types].xml":
                data = data.replace(b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                                    content_type.encode())
            dst.writestr(item, data)
    out.write_bytes(buf.getvalue())
    return out


def texts(path: Path) -> list[str]:
    return [b.text for b in extract(path).blocks if isinstance(b, Paragraph)]


# ---- automatic numbering ------------------------------------------------------------------

def test_numbering_levels_restart_under_a_higher_level(tmp_path):
    body = "".join([
        p("总体要求", (1, 0)), p("工作目标", (1, 1)), p("基本原则", (1, 1)),
        p("重点任务", (1, 0)), p("加强培训", (1, 1)), p("开展调查", (1, 2)), p("建立台账", (1, 2)),
        p("第一项", (1, 3)), p("第二项", (1, 3)), p("子项", (1, 4)), p("又一任务", (1, 1)), p("细则", (1, 2)),
    ])
    assert texts(build(tmp_path, body)) == [
        "一、总体要求", "（一）工作目标", "（二）基本原则",
        "二、重点任务", "（一）加强培训", "1. 开展调查", "2. 建立台账",
        "①第一项", "②第二项", "甲、子项", "（二）又一任务", "1. 细则",
    ]


def test_numbering_start_override_restarts_and_shared_list_continues(tmp_path):
    body = "".join([
        p("甲", (1, 0)), p("乙", (1, 0)),
        p("新列表", (2, 0)), p("新列表续", (2, 0)),  # numId 2: startOverride 1 on the same abstract list
        p("从五起", (6, 0)), p("续", (6, 0)),  # startOverride 5
        p("回到原列表", (1, 0)),  # numId 1 again: the abstract list goes on
    ])
    assert texts(build(tmp_path, body)) == [
        "一、甲", "二、乙", "一、新列表", "二、新列表续", "五、从五起", "六、续", "七、回到原列表"]


def test_numbering_lvl_restart_zero_never_restarts_and_thousand_counting(tmp_path):
    body = "".join([p("总则", (3, 0)), p("条款", (3, 1)), p("分则", (3, 0)), p("条款", (3, 1))])
    assert texts(build(tmp_path, body)) == ["第一条 总则", "1. 条款", "第二条 分则", "2. 条款"]


def test_empty_numbered_paragraph_still_counts_and_bullets_show_nothing(tmp_path):
    body = "".join([p("一项", (1, 0)), p("", (1, 0)), p("三项", (1, 0)), p("要点", (4, 0)), p("不编号", (0, 0))])
    assert texts(build(tmp_path, body)) == ["一、一项", "三、三项", "要点", "不编号"]


def test_numbering_through_the_paragraph_style(tmp_path):
    body = "".join([
        p("指导思想", style="GwH1"), p("目标", style="GwH2"), p("任务", style="GwH2"),
        p("保障措施", style="GwH1"), p("第一条", style="GwList"), p("第二条", style="GwList"),
        p("不编号", style="GwH1", num=(0, 0)),
    ])
    paras = [b for b in extract(build(tmp_path, body)).blocks if isinstance(b, Paragraph)]
    assert [x.text for x in paras] == [
        "一、指导思想", "（一）目标", "（二）任务", "二、保障措施", "一、第一条", "二、第二条", "不编号"]
    assert [x.heading for x in paras[:4]] == [1, 2, 2, 1]


def test_numbered_headings_drive_the_section_tree(tmp_path):
    body = "".join([
        p("关于做好就业帮扶工作的通知"),
        p("加强组织领导", (1, 0)), p("明确责任分工", (1, 1)), p("各级人社部门要加强统筹协调，做好就业帮扶工作。"),
        p("强化服务保障", (1, 0)), p("联系人：张三，电话：0351-1234567。"),
    ])
    record = gongwen.parse(build(tmp_path, body))
    assert [(s.id, s.heading) for s in record.sections][:3] == [
        ("一、", "一、加强组织领导"), ("一、/（一）", "（一）明确责任分工"), ("二、", "二、强化服务保障")]
    unit = next(u for u in record.responsible_units if "各级人社部门" in u.units)
    assert unit.task == "（一）明确责任分工"


@pytest.mark.parametrize(("n", "fmt", "shown"), [
    (1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (11, "chineseCounting", "十一"),
    (20, "chineseCountingThousand", "二十"), (105, "chineseCountingThousand", "一百零五"),
    (110, "chineseCountingThousand", "一百一十"), (3, "ideographTraditional", "丙"),
    (12, "decimalEnclosedCircle", "⑫"), (21, "decimalEnclosedCircle", "21"), (4, "lowerRoman", "iv"),
    (28, "upperLetter", "BB"), (7, "decimalFullWidth", "７"), (12, "chineseLegalSimplified", "壹拾贰"),
    (3, "someNewFormat", "3"),
])
def test_number_formats(n, fmt, shown):
    assert format_number(n, fmt) == shown


# ---- content controls, wrappers, fields, revisions ----------------------------------------

def test_content_controls_and_wrappers(tmp_path):
    body = "".join([
        "<w:sdt><w:sdtPr><w:alias w:val=\"标题\"/></w:sdtPr><w:sdtContent>"
        + p("关于开展专项行动的通知") + "</w:sdtContent></w:sdt>",
        p("联系人：", inner="<w:sdt><w:sdtPr/><w:sdtContent>" + r("张三") + "</w:sdtContent></w:sdt>"),
        p("详见", inner='<w:hyperlink r:id="rId99">' + r("省人社厅网站") + "</w:hyperlink>" + r("。")),
        p("地址：", inner='<w:smartTag w:uri="urn:x" w:element="address">' + r("太原市") + "</w:smartTag>"),
        p("印发日期：", inner='<w:fldSimple w:instr=" DATE \\@ &quot;yyyy年M月d日&quot; ">'
          + r("2020年7月1日") + "</w:fldSimple>"),
    ])
    assert texts(build(tmp_path, body)) == [
        "关于开展专项行动的通知", "联系人：张三", "详见省人社厅网站。", "地址：太原市", "印发日期：2020年7月1日"]


def test_complex_fields_keep_the_result_not_the_code(tmp_path):
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
             '<w:r><w:instrText xml:space="preserve"> HYPERLINK "http://rst.shanxi.gov.cn" </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r("rst.shanxi.gov.cn")
             + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    nested = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> IF </w:instrText></w:r>'
              '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> MERGEFIELD 单位 </w:instrText></w:r>'
              '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r("内码") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
              '<w:r><w:instrText> = "" "" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
              + r("忻州市人社局") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    body = p("网址：", inner=field + r("。")) + p("报送单位：", inner=nested)
    assert texts(build(tmp_path, body)) == ["网址：rst.shanxi.gov.cn。", "报送单位：忻州市人社局"]


def test_tracked_changes_keep_insertions_drop_deletions_and_moves(tmp_path):
    body = "".join([
        p("各市", inner='<w:ins w:id="1" w:author="a">' + r("人社局") + "</w:ins>"
          '<w:del w:id="2" w:author="a"><w:r><w:delText>人事局</w:delText></w:r></w:del>' + r("：")),
        p("请于", inner='<w:moveFrom w:id="3" w:author="a">' + r("7月1日前") + "</w:moveFrom>"
          + r("报送，") + '<w:moveTo w:id="4" w:author="a">' + r("7月1日前") + "</w:moveTo>"),
    ])
    assert texts(build(tmp_path, body)) == ["各市人社局：", "请于报送，7月1日前"]


# ---- text boxes ---------------------------------------------------------------------------

def drawing_box(*paras: str) -> str:
    """A DrawingML text box with its VML fallback copy, as Word writes it."""
    content = "<w:txbxContent>" + "".join(paras) + "</w:txbxContent>"
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic>'
            '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            f"<wps:txbx>{content}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
            f"</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict>"
            "</mc:Fallback></mc:AlternateContent></w:r>")


def vml_box(*paras: str) -> str:
    return "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>" + "".join(paras) + \
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"


def test_text_boxes_read_once_in_place(tmp_path):
    body = "".join([
        p("", inner=drawing_box(p("山西省人力资源和社会保障厅文件"), p("晋人社厅发〔2020〕44号"))),
        p("关于做好工作的通知", inner=vml_box(p("特急"))),
        p("正文", inner=drawing_box(p("外框", inner=drawing_box(p("内框"))))),
    ])
    assert texts(build(tmp_path, body)) == [
        "山西省人力资源和社会保障厅文件", "晋人社厅发〔2020〕44号", "特急", "关于做好工作的通知",
        "内框", "外框", "正文"]  # a box in a box comes before the paragraph it sits in


def test_page_number_boxes_left_out(tmp_path):
    page_field = ('<w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                  '<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                  + r("3") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + r(" —"))
    body = "".join([
        p("第一段", inner=drawing_box(p("— 3 —"))),
        p("第二段", inner=vml_box(p("", inner=page_field))),
        p("第三段", inner=drawing_box(p("第 4 页"))),
    ])
    assert texts(build(tmp_path, body)) == ["第一段", "第二段", "第三段"]


def test_text_box_in_a_table_cell_read_once(tmp_path):
    cell = "<w:tc>{}</w:tc>"
    row = "<w:tr>" + cell.format(p("单位", inner=drawing_box(p("盖章")))) + cell.format(p("数量")) + "</w:tr>"
    rows = row + "<w:tr>" + cell.format(p("甲")) + cell.format(p("1")) + "</w:tr>"
    table = ('<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single"/></w:tblBorders></w:tblPr>'
             + rows * 2 + "</w:tbl>")
    tables = extract(build(tmp_path, table)).tables
    assert tables[0].grid()[0] == ["盖章\n单位", "数量"]


def test_a_borderless_one_column_table_is_page_layout_whatever_its_rows(tmp_path):
    lines = ["关于做好2024年就业工作的通知", "各县（市、区）人力资源和社会保障局：", "现将有关事项通知如下。", "一、总体要求"]
    column = "<w:tbl>" + "".join(f"<w:tr><w:tc>{p(text)}</w:tc></w:tr>" for text in lines) + "</w:tbl>"
    ruled = ('<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single"/></w:tblBorders></w:tblPr>'
             + "".join(f"<w:tr><w:tc>{p(text)}</w:tc></w:tr>" for text in ("单位名称", "甲厂", "乙厂", "丙厂")) + "</w:tbl>")
    two_columns = ('<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single"/></w:tblBorders></w:tblPr>'
                   + "".join(f"<w:tr><w:tc>{p(a)}</w:tc><w:tc>{p(b)}</w:tc></w:tr>"
                             for a, b in (("单位", "人数"), ("甲", "1"), ("乙", "2"), ("丙", "3"))) + "</w:tbl>")
    doc = extract(build(tmp_path, column + ruled + two_columns))
    assert [b.text for b in doc.blocks if isinstance(b, Paragraph)] == lines  # a web page's table frame: its lines
    assert [t.grid()[0] for t in doc.tables] == [["单位名称"], ["单位", "人数"]]  # a ruled list and a table stay


# ---- tabs, breaks, spaces -----------------------------------------------------------------

def test_tabs_breaks_and_full_width_spaces(tmp_path):
    body = "".join([
        p("联系人：", inner="<w:r><w:tab/><w:t>张三</w:t></w:r>"),
        p("第一页末", inner='<w:r><w:br w:type="page"/><w:t>第二页首</w:t></w:r>'),
        p("关　于", inner="<w:r><w:ptab w:relativeTo=\"margin\" w:alignment=\"right\" w:leader=\"none\"/>"
          "<w:t>通　知</w:t></w:r>"),
        p("", inner='<w:r><w:br w:type="page"/></w:r>'),
    ])
    assert texts(build(tmp_path, body)) == ["联系人： 张三", "第一页末\n第二页首", "关　于 通　知"]


# ---- packages -----------------------------------------------------------------------------

@pytest.mark.parametrize(("suffix", "content_type"), [
    (".docm", "application/vnd.ms-word.document.macroEnabled.main+xml"),
    (".dotx", "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"),
])
def test_docm_and_dotx_read(tmp_path, suffix, content_type):
    path = rezip(build(tmp_path, p("加强组织领导", (1, 0))), content_type=content_type, name="t" + suffix)
    assert texts(path) == ["一、加强组织领导"]


def test_missing_numbering_and_styles_parts_still_read(tmp_path):
    path = build(tmp_path, p("加强组织领导", (1, 0)) + p("正文", style="GwH1"))
    no_numbering = rezip(path, drop=("word/numbering.xml",), name="n.docx")
    assert texts(no_numbering) == ["加强组织领导", "正文"]
    no_styles = rezip(path, drop=("word/styles.xml",), name="s.docx")
    assert texts(no_styles) == ["一、加强组织领导", "正文"]
    bare = rezip(path, drop=("word/numbering.xml", "word/styles.xml", "_rels/.rels", "word/_rels/document.xml.rels"),
                 name="b.docx")
    assert texts(bare) == ["加强组织领导", "正文"]


def test_first_child_is_find_of_a_direct_child():
    ppr = etree.fromstring(f'<w:pPr xmlns:w="{W[1:-1]}"><!-- c --><w:jc w:val="1"/><w:rPr><w:b/></w:rPr>'
                           '<w:jc w:val="2"/></w:pPr>')
    assert first_child(ppr, W + "jc") is ppr.find(W + "jc")  # the first of two, past a comment
    assert first_child(ppr, W + "b") is None  # a grandchild is not a child
    assert first_child(None, W + "jc") is None
