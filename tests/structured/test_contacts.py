"""Contacts: numbers and their people across lines, inline 联系人, tables, and the five corpus notices."""
import json
from pathlib import Path

import pytest

from gongwen import parse
from gongwen.document import Cell, Document, Paragraph, Source, Table
from gongwen.record import Meta
from gongwen.structured import contacts, text
from gongwen.structured.context import Context

DATA = Path(__file__).parent.parent / "data"


def context(*blocks, province: str | None = "山西省", city: str | None = None, issuer: str | None = None) -> Context:
    """Return a Context over paragraphs (str) and tables, issued by `issuer` from `city` or `province`."""
    doc = Document(Source("t.txt", "txt", "0", 0), tuple(Paragraph(b) if isinstance(b, str) else b for b in blocks))
    meta = Meta(province=province, city=city, issuers=[issuer] if issuer else [])
    return Context(doc, text.build(doc), meta=meta)


# text, unit, name, role, [(raw, normalized, fax, mobile)], emails
CASES = [
    (["省人力资源和社会保障厅 史振中", "联系电话：7676016（传真）", "电子邮箱: sxsxjyc@126.com"],
     "省人力资源和社会保障厅", "史振中", None, [("7676016", "0351-7676016", True, False)], ["sxsxjyc@126.com"]),
    (["省小企业发展促进局 宋 旋", "联系电话 5607048"],
     "省小企业发展促进局", "宋旋", None, [("5607048", "0351-5607048", False, False)], []),
    (["经签字盖章后报省生态移民局后续发展处（联系人：石登州 0851-86893791、18722997205，邮箱：313185200@qq.com）。"],
     "省生态移民局后续发展处", "石登州", "联系人",
     [("0851-86893791", "0851-86893791", False, False), ("18722997205", "18722997205", False, True)],
     ["313185200@qq.com"]),
    (["联系人:张伟,联系电话:0828—3181269,传真:(0828)3181270 转 12,邮箱:zw＠example.cn"],
     None, "张伟", "联系人",
     [("0828—3181269", "0828-3181269", False, False), ("(0828)3181270 转 12", "0828-3181270-12", True, False)],
     ["zw@example.cn"]),
    (["咨询电话：0471-6944056"], None, None, "咨询电话", [("0471-6944056", "0471-6944056", False, False)], []),
    (["联系人及电话：市人社局就业科 赵六 0471—7654321"], "市人社局就业科", "赵六", "联系人",
     [("0471—7654321", "0471-7654321", False, False)], []),
    (["联 系 人：陈八", "联系电话：（0471）6944056"], None, "陈八", "联系人",
     [("（0471）6944056", "0471-6944056", False, False)], []),
]


def test_unit_colon_person_pairs_in_one_sentence():
    found = contacts.extract(context("请联系省人社厅农民工工作处：张三，电话：0851-86892111；省财政厅社保处：李四，电话：0851-85221234。"))
    assert [(c.unit, c.name, c.phones[0].normalized) for c in found] == [
        ("省人社厅农民工工作处", "张三", "0851-86892111"), ("省财政厅社保处", "李四", "0851-85221234")]


@pytest.mark.parametrize(("lines", "unit", "name", "role", "phones", "emails"), CASES, ids=[c[0][0] for c in CASES])
def test_contact(lines, unit, name, role, phones, emails):
    ctx = context(*lines)
    [c] = contacts.extract(ctx)
    assert (c.unit, c.name, c.role, c.emails) == (unit, name, role, emails)
    assert [(p.raw, p.normalized, p.fax, p.mobile) for p in c.phones] == phones
    assert ctx.text.string[c.span.start:c.span.end] == c.quote


def test_area_code_added_with_warning():
    ctx = context("忻州市人社局 李明", "电话：3036500", province="山西省", city="忻州市")
    [c] = contacts.extract(ctx)
    assert c.phones[0].normalized == "0350-3036500"
    assert [w.code for w in ctx.warnings] == ["W_AREA_CODE"]


def test_unknown_place_keeps_number():
    ctx = context("某局 李明", "电话：3036500", province=None)
    [c] = contacts.extract(ctx)
    assert (c.phones[0].normalized, ctx.warnings) == ("3036500", [])


@pytest.mark.parametrize(("lines", "province", "city", "normalized"), [
    (["联系电话：6321456"], "河南省", "洛阳市", "0379-6321456"),  # the city's own code, not the capital's
    (["联系电话：6321456"], "河南省", None, "6321456"),  # never guessed from a province
    (["联系人：杨海林，联系电话： 89133285。"], "重庆市", None, "023-89133285"),  # a municipality is its own city
    (["联系电话：8913328"], "重庆市", None, "8913328"),  # 7 digits do not fit 023
    (["联系电话：3036500"], "山西省", "晋中市", "3036500"),  # the source gives 晋中 two codes
    (["达州市达川区乡村振兴局 杨毅", "监督电话：5103709"], "四川省", None, "0818-5103709"),  # the unit's city
    (["临湘市人社局 张三", "电话：3050000"], "湖南省", "长沙市", "0730-3050000"),  # the unit's before the issuer's
    (["省人力资源和社会保障厅 史振中", "联系电话：7676016"], "山西省", None, "0351-7676016"),  # a provincial organ
    (["河南省人社厅就业处 张三", "电话：65901234"], "河南省", None, "0371-65901234"),
    (["自治区人社厅 金小龙", "电话：6944056"], "内蒙古自治区", None, "0471-6944056"),
    (["省人社厅 张三", "电话：6944056"], None, None, "6944056"),  # no province printed or known
])
def test_area_code_of_own_city_only(lines, province, city, normalized):
    ctx = context(*lines, province=province, city=city)
    [c] = contacts.extract(ctx)
    assert c.phones[0].normalized == normalized
    assert [w.code for w in ctx.warnings] == (["W_AREA_CODE"] if normalized != c.phones[0].raw.strip() else [])


@pytest.mark.parametrize("sentence", [
    "综合利用电话、微信、网络等方式开展摸底。",
    "年就业收入达到 6000 元以上的给予补助，共计 12000000 元。",
    "附件：1.易地扶贫搬迁就业帮扶联系人",
])
def test_not_a_contact(sentence):
    assert contacts.extract(context(sentence)) == []


def _table(rows: list[list[str]]) -> Table:
    cells = tuple(Cell(v, r, c) for r, row in enumerate(rows) for c, v in enumerate(row))
    return Table(cells, len(rows), len(rows[0]))


def test_filled_contact_table():
    table = _table([["市", "姓名", "单位", "职务", "联系方式"],
                    ["忻州市", "李明", "市人社局", "科长", "13912345678"],
                    ["**县", "", "", "", ""]])
    [c] = contacts.extract(context(table))
    assert (c.name, c.unit, c.role, c.phones[0].normalized) == ("李明", "市人社局", "科长", "13912345678")


@pytest.mark.parametrize("rows", [
    [["单位", "咨询电话"], ["凤翔街道社保服务中心", "0883-2135910"], ["花溪区就业局", "0851-83851234"]],  # a unit column
    [["凤翔街道社保服务中心", "0883-2135910"], ["花溪区就业局", "0851-83851234"]],  # no header: rows read as lines
    [["序号", "经办机构", "联系电话"], ["1", "凤翔街道社保服务中心", "0883-2135910"], ["2", "花溪区就业局", "0851-83851234"]],
])
def test_table_of_units_and_numbers(rows):
    found = contacts.extract(context("七、咨询电话", _table(rows), province="云南省"))
    assert [(c.unit, c.name, c.phones[0].normalized) for c in found] == [
        ("凤翔街道社保服务中心", None, "0883-2135910"), ("花溪区就业局", None, "0851-83851234")]


def test_blank_template_has_no_contacts():
    table = _table([["市", "姓名", "单位", "职务", "联系方式"], ["**市", "", "", "", ""]])
    assert contacts.extract(context(table)) == []


@pytest.mark.parametrize("n", ["000", "001", "002", "003", "004"])
def test_corpus_matches_gold(n):
    record = parse(DATA / "corpus" / "txt" / f"{n}.txt")
    gold = json.loads((DATA / "gold" / f"{n}.json").read_text(encoding="utf-8"))["contacts"]
    assert [(c.unit, c.name, [p.raw for p in c.phones], c.emails) for c in record.contacts] == [
        (g["unit"], g["name"], g["phones"], g["emails"]) for g in gold]
    for c in record.contacts:
        assert record.text[c.span.start:c.span.end] == c.quote


@pytest.mark.parametrize(("issuer", "province", "normalized"), [
    ("海南省科学技术厅", "海南省", "0898-65310053"),  # a provincial issuer sits in the capital
    ("甘肃省脱贫攻坚领导小组办公室", "甘肃省", "0931-8894009"),
    ("淮南市农业农村局", "安徽省", None),  # a city issuer's city comes from meta.city, not from here
    (None, "安徽省", None),  # a province-level notice with no issuer named gives no code
])
def test_area_code_of_provincial_issuer(issuer, province, normalized):
    number = normalized.split("-")[1] if normalized else "5361235"
    [c] = contacts.extract(context(f"联系人：丁玲，电话：{number}", province=province, issuer=issuer))
    assert c.phones[0].normalized == (normalized or number)


@pytest.mark.parametrize(("line", "role", "quote"), [
    ("监督电话 0730-12345", "监督电话", "监督电话 0730-12345"),
    ("七、咨询电话:0561-4685592", "咨询电话", "咨询电话:0561-4685592"),
    ("可采取电话预约的形式，分批进行登记。咨询、预约电话:0818-2672399，敬请谅解！", "咨询、预约电话", "咨询、预约电话:0818-2672399"),
    ("通过拨打成都市民政局信访咨询电话(028-61881805)询问有关问题。", None, "成都市民政局信访咨询电话(028-61881805"),
    ("拨打12345市长热线反映诉求。", "市长热线", "12345"),
    ("凤翔街道社保服务中心 | 0883-2135910 |", None, "凤翔街道社保服务中心 | 0883-2135910"),
])
def test_office_item_role_and_quote(line, role, quote):
    [c] = contacts.extract(context(line))
    assert (c.role, c.quote) == (role, quote)
