"""Responsible units: clause forms, duty sentences, what is not a duty, then the corpus against gold."""
from __future__ import annotations

from collections import Counter

import pytest
from conftest import gold

from gongwen.document import Cell, Document, Paragraph, Source, Table
from gongwen.structured import text, units
from gongwen.structured.context import Context


def extract(body: str) -> list:
    """Return the responsible-unit items of `body` (one paragraph per line)."""
    doc = Document(Source("t.txt", "txt", "0", 0), tuple(Paragraph(line) for line in body.split("\n")))
    return units.extract(Context(doc, text.build(doc)))


def found(body: str) -> list[tuple[str, list[str]]]:
    """Return (role, units) of every item found in `body`."""
    return [(u.role, u.units) for u in extract(body)]


CLAUSES = [  # sentence, [(role, units)]
    ("做好帮扶。（责任单位：市人社局、市乡村振兴局，各县﹤市、区﹥人民政府，五台山风景名胜区管委会）",
     [("责任单位", ["市人社局", "市乡村振兴局", "各县﹤市、区﹥人民政府", "五台山风景名胜区管委会"])]),
    ("加强岗位对接。(责任单位:市人社局、市财政局,各县(市、区)人民政府)",
     [("责任单位", ["市人社局", "市财政局", "各县(市、区)人民政府"])]),
    ("开展培训。（责任部门：县人社局、县工商联、团县委）",
     [("责任单位", ["县人社局", "县工商联", "团县委"])]),
    ("开展技能培训。(牵头单位:县人社局;配合单位:县财政局、县农业农村局)",
     [("牵头", ["县人社局"]), ("配合", ["县财政局", "县农业农村局"])]),
    ("做好就业帮扶。（责任单位：市人社局（牵头）、市财政局、市民政局）",
     [("牵头", ["市人社局"]), ("责任单位", ["市财政局", "市民政局"])]),
    ("做好就业帮扶。（责任单位：市人社局、市财政局、市民政局，列第一位的为牵头单位）",
     [("牵头", ["市人社局"]), ("责任单位", ["市财政局", "市民政局"])]),
    ("（责任单位：市人社、财政局）", [("责任单位", ["市人社局", "市财政局"])]),
    ("加强培训。(责任单位:市人社局、市财政局;完成时限:2022年6月底前)", [("责任单位", ["市人社局", "市财政局"])]),
    ("加强培训。（市人社局牵头，市财政局、市税务局配合）",
     [("牵头", ["市人社局"]), ("配合", ["市财政局", "市税务局"])]),
    ("（责任单位：市场监管、税务部门）", [("责任单位", ["市场监管部门", "税务部门"])]),
    ("责任单位：市人社局、市教育局", [("责任单位", ["市人社局", "市教育局"])]),
]

DUTIES = [  # sentence, [(role, units)]
    ("各级人社部门要充分发挥牵头协调作用，负责具体实施。", [("牵头", ["各级人社部门"])]),
    ("人社部门要牵头抓好政策落实。", [("牵头", ["人社部门"])]),
    ("发改、中小企业主管部门要指导各类开发区提供岗位。", [("分工", ["发改部门", "中小企业主管部门"])]),
    ("同时，各级人社、扶贫部门要加强信息共享。", [("分工", ["各级人社部门", "各级扶贫部门"])]),
    ("工业和信息化、发展改革等部门要指导工业园区。", [("分工", ["工业和信息化部门", "发展改革部门"])]),
    ("卫生健康、应急管理、自然资源等部门要按照职责分工做好相关工作。",
     [("分工", ["卫生健康部门", "应急管理部门", "自然资源部门"])]),
    ("各地人社部门要会同发改、扶贫等部门做好专项行动总结，于8月25日前报送。",
     [("牵头", ["各地人社部门"]), ("配合", ["发改部门", "扶贫部门"])]),
    ("市人社局要会同市财政局、市税务局研究制定实施细则。",
     [("牵头", ["市人社局"]), ("配合", ["市财政局", "市税务局"])]),
    ("乡村振兴部门要协同人社部门做好信息监测。", [("配合", ["乡村振兴部门"])]),
    ("各地要以人社、扶贫部门牵头，移民部门积极配合，全面摸排。",
     [("牵头", ["人社部门", "扶贫部门"]), ("配合", ["移民部门"])]),
    ("具体标准由市级人力资源社会保障、财政部门制定。",
     [("分工", ["市级人力资源社会保障部门", "市级财政部门"])]),
    ("所需资金由县财政局统一拨付。", [("分工", ["县财政局"])]),
    ("对符合条件的个人，可申请创业担保贷款，财政部门按规定给予全额贴息。", [("分工", ["财政部门"])]),
    ("市场监管部门负责企业登记，税务部门负责落实税收优惠。", [("分工", ["市场监管部门"]), ("分工", ["税务部门"])]),
    ("人社部门和财政部门要加强协作,共同推进。", [("分工", ["人社部门", "财政部门"])]),
    ("三是人社部门 要加强督导。", [("分工", ["人社部门"])]),
    ("各县(市、区)人社部门要加强培训。", [("分工", ["各县(市、区)人社部门"])]),
    ("团市委、市妇联要组织开展青年、妇女就业活动。", [("分工", ["团市委", "市妇联"])]),
    ("从 5 月 15 日起，省生态移民局将对各地实行一周一调度，各市（州）生态移民局要加强督查指导。",
     [("分工", ["省生态移民局"]), ("分工", ["各市（州）生态移民局"])]),
    ("省生态移民局成立工作专班，局后续发展处、规划计划处等相关处室负责人为专班成员。",
     [("牵头", ["省生态移民局"]), ("分工", ["局后续发展处", "规划计划处"])]),
    # a kind of body is a unit (conventions v2.1), a run of places is not
    ("有关部门要加强协调。各级各部门要提高认识。", [("分工", ["有关部门"]), ("分工", ["各级各部门"])]),
    ("各县（市、区）人民政府要高度重视。各乡镇人民政府要落实属地责任。",
     [("分工", ["各县（市、区）人民政府"]), ("分工", ["各乡镇人民政府"])]),
    ("各有关部门要各司其职。各相关单位要积极配合。", [("分工", ["各有关部门"]), ("配合", ["各相关单位"])]),
    ("各地、各相关部门要突出重点，强化举措。", [("分工", ["各相关部门"])]),
    ("全县各级各部门要向受表彰的单位学习。", [("分工", ["各级各部门"])]),
    ("各乡镇、街道办要按月发放工资。", [("分工", ["街道办"])]),
]

NOT_DUTIES = [  # sentences that name no department in charge
    "各地要高度重视，明确部门分工，加强协调配合。",           # generic subject, 部门 as an object
    "鼓励供水、供电部门在用水、用电等方面给予支持。",          # encouragement, no duty
    "认真落实省人社厅、省财政厅等部门出台的就业培训补贴政策。",  # departments as attribute
    "并将岗位信息向人社部门归集。",                           # department as object
    "各县（市、区）要成立工作专班，压实各级责任，强化部门协同。",  # 部门协同 is no subject
    "全面贯彻落实中央和省委、省政府关于稳就业的各项决策部署要求。",
    "用人单位要依法签订劳动合同。企业要落实主体责任。",
    "自治区人力资源和社会保障厅、发展改革委定于5月下旬开展专项行动。",  # the issuers' own plan
]


@pytest.mark.parametrize(("sentence", "expected"), CLAUSES, ids=[c[0] for c in CLAUSES])
def test_clause(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), DUTIES, ids=[c[0] for c in DUTIES])
def test_duty_sentence(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence", NOT_DUTIES)
def test_not_a_duty(sentence):
    assert found(sentence) == []


def meta_found(body: str, issuers: list[str], recipients: list[str]) -> list[tuple[str, list[str], list[str] | None]]:
    """Return (role, units, units_as_printed) of the items of `body` in a notice with that masthead."""
    doc = Document(Source("t.txt", "txt", "0", 0), tuple(Paragraph(line) for line in body.split("\n")))
    ctx = Context(doc, text.build(doc))
    ctx.meta.issuers, ctx.meta.recipients = issuers, recipients
    return [(u.role, u.units, u.units_as_printed) for u in units.extract(ctx)]


def test_self_words_resolve_to_the_issuer():
    assert meta_found("请于5月7日前报送我厅。我厅将在9月上旬进行抽查。", ["江苏省人力资源和社会保障厅"], []) == [
        ("分工", ["江苏省人力资源和社会保障厅"], ["我厅"]),
        ("分工", ["江苏省人力资源和社会保障厅"], ["我厅"]),
    ]
    assert meta_found("我局将认真办理每件信访事项。", ["成都市民政局"], []) == [("分工", ["成都市民政局"], ["我局"])]
    assert meta_found("报送我厅。", ["江西省住房和城乡建设厅办公室"], []) == [("分工", ["江西省住房和城乡建设厅"], ["我厅"])]
    assert meta_found("我们将采取通报、督办等方式促进项目实施。", ["巫溪县发展和改革委员会"], []) == [
        ("分工", ["巫溪县发展和改革委员会"], ["我们"])]


def test_you_words_resolve_to_the_addressees():
    assert meta_found("请你们安排专人报送调度表。", ["巫溪县发展和改革委员会"], ["文峰镇、菱角镇、蒲莲镇人民政府"]) == [
        ("分工", ["文峰镇人民政府", "菱角镇人民政府", "蒲莲镇人民政府"], ["你们"])]


def test_unresolved_pronouns_give_nothing():
    assert found("报送我厅。我厅将在9月上旬进行抽查。请你们安排专人。") == []


def test_clause_quote_is_the_whole_bracket_and_its_span():
    body = "（一）搭建帮扶平台\n建设就业服务站。（责任单位：市人社局，各县（市、区）人民政府）"
    [item] = extract(body)
    assert item.quote == "（责任单位：市人社局，各县（市、区）人民政府）"
    assert body[item.span.start : item.span.end] == item.quote
    assert item.task == "（一）搭建帮扶平台"


def test_partners_share_the_quote_of_their_lead():
    lead, partners = extract("同时，各盟市人社部门要会同发改、扶贫部门做好专项行动总结，于6月26日前报送。")
    assert lead.quote == partners.quote == "各盟市人社部门要会同发改、扶贫部门做好专项行动总结"
    assert lead.span == partners.span


def test_quote_stops_at_the_bracket_that_closes_the_clause():
    [lead, _] = extract("加强培训。（市人社局牵头，市财政局配合）")
    assert lead.quote == "市人社局牵头"


def test_duty_task_is_the_run_in_heading():
    [item] = extract("三、工作要求\n(一)加强组织领导。各地要高度重视。扶贫部门要推进扶贫车间建设。")
    assert item.task == "(一)加强组织领导"


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
@pytest.mark.parametrize("n", ["000", "001", "002", "003", "004"])
def test_corpus_matches_gold(n, fmt):
    from conftest import parsed

    record = parsed(n, fmt)
    for u in record.responsible_units:
        assert record.text[u.span.start : u.span.end] == u.quote
    got = Counter((u.role, tuple(u.units)) for u in record.responsible_units)
    want = Counter((g["role"], tuple(g["units"])) for g in gold(n)["responsible_units"])
    assert got == want


def table_context(rows: list[list[str]]) -> Context:
    """Return a Context over one table whose first row is its header."""
    cells = tuple(Cell(v, r, c) for r, row in enumerate(rows) for c, v in enumerate(row))
    doc = Document(Source("t.docx", "docx", "0", 0), (Table(cells, len(rows), len(rows[0])),))
    return Context(doc, text.build(doc))


def test_task_table_rows_become_items():
    ctx = table_context([
        ["序号", "重点任务", "责 任 单 位", "完成时限"],
        ["1", "搭建帮扶平台，建设服务站", "市人社局（牵头）、市财政局", "6月底前"],
        ["2", "开展技能培训", "市人社局\n市农业农村局", "长期"],
    ])
    items = units.extract(ctx)
    assert [(u.task, u.role, u.units) for u in items] == [
        ("搭建帮扶平台", "牵头", ["市人社局"]),
        ("搭建帮扶平台", "责任单位", ["市财政局"]),
        ("开展技能培训", "责任单位", ["市人社局", "市农业农村局"]),
    ]
    for u in items:
        assert ctx.text.string[u.span.start : u.span.end] == u.quote


def test_table_without_unit_column_gives_nothing():
    ctx = table_context([["市", "搬迁人口数"], ["忻州市", "100"]])
    assert units.extract(ctx) == []
