"""Responsible units in the styles of other provinces' notices and 实施方案.

Expected items follow the gold conventions (shared/gold/README.md): every unit a 责任单位/牵头单位/配合单位
clause prints is kept; a sentence whose subject is a specific department is division of labour; 会同
gives a 牵头 and a 配合 item; generic subjects (各地, 各成员单位, 有关部门, 各县政府) are no units.
"""
import pytest

from gongwen.document import Document, Paragraph, Source
from gongwen.structured import text, units
from gongwen.structured.context import Context


def found(body: str) -> list[tuple[str, list[str]]]:
    """Return (role, units) of every item found in `body` (one paragraph per line)."""
    doc = Document(Source("t.txt", "txt", "0", 0), tuple(Paragraph(line) for line in body.split("\n")))
    return [(u.role, u.units) for u in units.extract(Context(doc, text.build(doc)))]


CASES = [  # sentence, [(role, units)]
    # clauses
    ("开展技能培训。（牵头单位：市人社局；配合单位：市财政局、市教育局）",
     [("牵头", ["市人社局"]), ("配合", ["市财政局", "市教育局"])]),
    ("开展技能培训。（牵头单位：市人社局，配合单位：市财政局、市教育局）",
     [("牵头", ["市人社局"]), ("配合", ["市财政局", "市教育局"])]),
    ("开展技能培训.(牵头单位:市人社局,配合单位:市财政局、市教育局)",
     [("牵头", ["市人社局"]), ("配合", ["市财政局", "市教育局"])]),
    ("落实属地责任。（责任单位：各县(市、区)政府，市直有关部门）",
     [("责任单位", ["各县(市、区)政府", "市直有关部门"])]),
    ("强化金融支持。（责任单位：人行忻州市中心支行、市金融办、国家税务总局忻州市税务局）",
     [("责任单位", ["人行忻州市中心支行", "市金融办", "国家税务总局忻州市税务局"])]),
    ("牵头单位：市人社局\n配合单位：市财政局、市民政局",
     [("牵头", ["市人社局"]), ("配合", ["市财政局", "市民政局"])]),
    ("加强宣传。（市委宣传部牵头，市人社局、团市委、市妇联配合）",
     [("牵头", ["市委宣传部"]), ("配合", ["市人社局", "团市委", "市妇联"])]),
    ("加强宣传。（责任单位：市委组织部、市总工会、团市委、市妇联、市残联）",
     [("责任单位", ["市委组织部", "市总工会", "团市委", "市妇联", "市残联"])]),
    ("开展培训。（牵头单位：市人社局　配合单位：市财政局）",
     [("牵头", ["市人社局"]), ("配合", ["市财政局"])]),
    # division of labour in sentences
    ("此项工作由市人社局负责。", [("分工", ["市人社局"])]),
    ("由市人社局牵头，市财政局、市教育局配合。", [("牵头", ["市人社局"]), ("配合", ["市财政局", "市教育局"])]),
    ("市发改委、市工信局按职责分工负责。", [("分工", ["市发改委", "市工信局"])]),
    ("市人社局、市财政局分别负责政策落实和资金保障。", [("分工", ["市人社局", "市财政局"])]),
    ("市卫健委、市医保局按照职责做好相关工作。", [("分工", ["市卫健委", "市医保局"])]),
    ("市委组织部要将稳就业工作纳入目标责任考核。", [("分工", ["市委组织部"])]),
    ("团市委、市妇联、市总工会要组织开展青年、妇女、职工就业活动。",
     [("分工", ["团市委", "市妇联", "市总工会"])]),
    ("人行忻州市中心支行要引导金融机构加大信贷支持。", [("分工", ["人行忻州市中心支行"])]),
    ("国家税务总局忻州市税务局要落实各项税收优惠政策。", [("分工", ["国家税务总局忻州市税务局"])]),
    ("市人社局负责牵头，市财政局负责资金保障。", [("牵头", ["市人社局"]), ("分工", ["市财政局"])]),
    ("市人社局会同市财政局制定实施细则。", [("牵头", ["市人社局"]), ("配合", ["市财政局"])]),
    ("市人社局牵头，市财政局、市税务局等部门配合。", [("牵头", ["市人社局"]), ("配合", ["市财政局", "市税务局"])]),
    ("市总工会、团市委、市妇联等单位要积极参与。", [("分工", ["市总工会", "团市委", "市妇联"])]),
    ("省人力资源社会保障厅、省财政厅负责政策解释。", [("分工", ["省人力资源社会保障厅", "省财政厅"])]),
]

NOT_UNITS = [
    "各成员单位要加强协调配合，形成工作合力。",
    "各县(市、区)政府要落实属地责任。",
    "各地各部门要高度重视，狠抓落实。",
    "相关部门要按照职责分工做好有关工作。",
    "市直有关部门要积极配合。",
    "各级各有关部门要切实履行职责。",
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0] for c in CASES])
def test_units(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize("sentence", NOT_UNITS)
def test_not_units(sentence):
    assert found(sentence) == []
