"""Contacts in the styles of other provinces' notices (web-scraped text, ASCII marks, several per line).

Expected items follow the gold shape (shared/gold/CONVENTIONS.md, score.py): one item per person, or per
office number where no person is named; a short service hotline presented as a contact (咨询电话：12333)
counts; unit and name may be None, and the unit is only ever the body printed with the number.
"""
import pytest

from gongwen.document import Document, Paragraph, Source
from gongwen.record import Meta
from gongwen.structured import contacts, text
from gongwen.structured.context import Context


def found(*lines: str) -> list[tuple]:
    """Return (unit, name, [normalized phones], emails) of every contact in `lines`."""
    doc = Document(Source("t.txt", "txt", "0", 0), tuple(Paragraph(b) for b in lines))
    ctx = Context(doc, text.build(doc), meta=Meta(province="贵州省"))
    out = contacts.extract(ctx)
    for c in out:
        assert ctx.text.string[c.span.start:c.span.end] == c.quote
    return [(c.unit, c.name, [p.normalized for p in c.phones], c.emails) for c in out]


CASES = [  # lines, [(unit, name, phones, emails)]
    (["联系人：张三，联系电话：0851-86891234"], [(None, "张三", ["0851-86891234"], [])]),
    (["联系人：李四；电话：0828—3181269；邮箱：ls@163.com"], [(None, "李四", ["0828-3181269"], ["ls@163.com"])]),
    (["联系人：王五，手机：13912345678，传真：0851-4567890"],
     [(None, "王五", ["13912345678", "0851-4567890"], [])]),
    (["联系人:刘八 电话:0850-3036500 Email:liuba@zy.gov.cn"], [(None, "刘八", ["0850-3036500"], ["liuba@zy.gov.cn"])]),
    (["联系人：赵六　联系电话：13800138000　电子邮箱：zl@gz.gov.cn"], [(None, "赵六", ["13800138000"], ["zl@gz.gov.cn"])]),
    (["联系人：张三 0851－86891234"], [(None, "张三", ["0851-86891234"], [])]),
    (["联系人：孙七，电话：0851-86891234（兼传真）"], [(None, "孙七", ["0851-86891234"], [])]),
    (["联系人：张三 0851-86891234；李四 0851-86897654"],
     [(None, "张三", ["0851-86891234"], []), (None, "李四", ["0851-86897654"], [])]),
    (["联系人及电话：张三，0851-86891234；李四，13912345678。"],
     [(None, "张三", ["0851-86891234"], []), (None, "李四", ["13912345678"], [])]),
    (["联系人：张三；手机13912345678；传真：0851-86891235"], [(None, "张三", ["13912345678", "0851-86891235"], [])]),
    (["联系人：张三（市人社局就业科），联系电话：0851-86891234"],
     [("市人社局就业科", "张三", ["0851-86891234"], [])]),
    (["如有疑问，请与市人社局就业科联系（联系人：张三，电话：0851-86891234）。"],
     [("市人社局就业科", "张三", ["0851-86891234"], [])]),
    (["联系方式：市人社局就业促进科，0851-86891234"], [("市人社局就业促进科", None, ["0851-86891234"], [])]),
    (["市人社局：陈十 0851-86891234"], [("市人社局", "陈十", ["0851-86891234"], [])]),
    (["市人社局就业科 张三", "电话：0851-86891234", "邮箱：zs@163.com"],
     [("市人社局就业科", "张三", ["0851-86891234"], ["zs@163.com"])]),
    (["联系人：张三", "联系电话：0851-86891234", "联系人：李四", "联系电话：0851-86897654"],
     [(None, "张三", ["0851-86891234"], []), (None, "李四", ["0851-86897654"], [])]),
    (["政策咨询电话：0851-86895555"], [(None, None, ["0851-86895555"], [])]),
]

NEW_FORMS = [  # lines, [(unit, name, phones, emails)]: forms of the real-world notices of many provinces
    # short service numbers (四川, 湖南, 江苏 styles)
    (["咨询电话：12333"], [(None, None, ["12333"], [])]),
    (["拨打12345市长热线反映诉求或意见建议。"], [(None, None, ["12345"], [])]),
    (["就业服务热线：12333，投诉举报电话：12345。"], [(None, None, ["12333"], []), (None, None, ["12345"], [])]),
    # two office labels on one line are two items (湖南, 广东, 河南 styles)
    (["咨询电话 0730-3050000 监督电话 0730-12345"], [(None, None, ["0730-3050000"], []), (None, None, ["0730-12345"], [])]),
    (["业务咨询电话：020-83301234，投诉电话：020-83305678"],
     [(None, None, ["020-83301234"], []), (None, None, ["020-83305678"], [])]),
    # a repeated office number is one item (陕西, 湖南 styles)
    (["（实施单位：县人社局，联系电话：0912-6734985）", "（实施单位：县人社局，联系电话：0912-6734985）"],
     [("县人社局", None, ["0912-6734985"], [])]),
    # an 11- or 12-digit landline printed without a separator (湖南, 重庆, 河北 styles)
    (["联系电话：07303050000"], [(None, None, ["0730-3050000"], [])]),
    (["联系电话：02367861234"], [(None, None, ["023-67861234"], [])]),
    (["咨询电话：031166881234"], [(None, None, ["0311-66881234"], [])]),
    # a second number shares the first one's area code (甘肃, 北京, 浙江 styles)
    (["电话：0931-8894113、8894009"], [(None, None, ["0931-8894113", "0931-8894009"], [])]),
    (["联系人：王五，电话：(010)84201651,84201052"], [(None, "王五", ["010-84201651", "010-84201052"], [])]),
    (["联系电话：0571-87051234/87055678"], [(None, None, ["0571-87051234", "0571-87055678"], [])]),
    (["联系电话:0951-5011234 5011235"], [(None, None, ["0951-5011234", "0951-5011235"], [])]),
    # a unit before the mailbox that opens the channels (安徽, 湖南, 宁夏 styles)
    (["请于6月15日前报送至市人社局就业科（邮箱：jyk@163.com，电话：0551-62601234）。"],
     [("市人社局就业科", None, ["0551-62601234"], ["jyk@163.com"])]),
    (["材料报县农业农村局（电子邮箱：nyj@126.com）"], [("县农业农村局", None, [], ["nyj@126.com"])]),
    (["报送至自治区人社厅就业处，邮箱：jyc@nx.gov.cn，联系电话：0951-5011234。"],
     [("自治区人社厅就业处", None, ["0951-5011234"], ["jyc@nx.gov.cn"])]),
    # two people on one line, past a number (新疆, 河南, 广西 styles)
    (["联系人：张三 13912345678 李四 13987654321"],
     [(None, "张三", ["13912345678"], []), (None, "李四", ["13987654321"], [])]),
    (["联系人：张三 0371-65901234，李四 0371-65905678。"],
     [(None, "张三", ["0371-65901234"], []), (None, "李四", ["0371-65905678"], [])]),
    (["联系人：张三（0771-2821234）、李四（0771-2825678）"],
     [(None, "张三", ["0771-2821234"], []), (None, "李四", ["0771-2825678"], [])]),
    # a supervision number marked after it is an item of its own (新疆, 甘肃, 云南 styles)
    (["联系人：李明，0931-8891234，0931-8895678（监督举报）"],
     [(None, "李明", ["0931-8891234"], []), (None, None, ["0931-8895678"], [])]),
    (["联系人:贾德拉 13899740931  8797910(纪检监督)"],
     [(None, "贾德拉", ["13899740931"], []), (None, None, ["8797910"], [])]),
    # a unit glued to the name after 联系人 (江苏, 山东, 安徽 styles)
    (["联系人：省职业技能鉴定中心马进，025-83271729。"], [("省职业技能鉴定中心", "马进", ["025-83271729"], [])]),
    (["联系人：省人社厅就业处王磊，0531-86912345"], [("省人社厅就业处", "王磊", ["0531-86912345"], [])]),
    (["联系人：市财政局社保科刘芳 0551-62601234"], [("市财政局社保科", "刘芳", ["0551-62601234"], [])]),
    # a unit on its own label (福建, 浙江, 江西 styles)
    (["联系处室：省人社厅政府表彰与任免处；电话：0591-87821785"],
     [("省人社厅政府表彰与任免处", None, ["0591-87821785"], [])]),
    (["联系单位：市就业管理中心，联系电话：0571-85251234"], [("市就业管理中心", None, ["0571-85251234"], [])]),
    (["承办处室：省农业农村厅计划财务处　电话：0791-86231234"], [("省农业农村厅计划财务处", None, ["0791-86231234"], [])]),
    # a unit before a qualified label (四川, 云南, 广东 styles)
    (["2月2日起通过拨打成都市民政局信访咨询电话（028-61881805）询问有关问题。"],
     [("成都市民政局", None, ["028-61881805"], [])]),
    (["县就业服务中心政策咨询电话：0938-8211234"], [("县就业服务中心", None, ["0938-8211234"], [])]),
    # a unit after the number, or after 联系方式 before the person (广东, 浙江, 湖北 styles)
    (["咨询电话：0851-86891234（市人社局就业科）"], [("市人社局就业科", None, ["0851-86891234"], [])]),
    (["政策咨询：020-83301234（省就业服务中心）"], [("省就业服务中心", None, ["020-83301234"], [])]),
    (["联系方式：市人社局就业科 张三 0571-85251234"], [("市人社局就业科", "张三", ["0571-85251234"], [])]),
    (["联系方式：省农业农村厅计财处 李四，027-87661234"], [("省农业农村厅计财处", "李四", ["027-87661234"], [])]),
    # rows of a table printed with | (云南 style; 贵州, 湖北 wording)
    (["凤翔街道社保服务中心 | 0883-2135910 |忙畔街道社保服务中心 | 0883-2152269 |"],
     [("凤翔街道社保服务中心", None, ["0883-2135910"], []), ("忙畔街道社保服务中心", None, ["0883-2152269"], [])]),
    (["花溪区就业局 | 0851-83851234 |", "乌当区就业局 | 0851-86401234 |"],
     [("花溪区就业局", None, ["0851-83851234"], []), ("乌当区就业局", None, ["0851-86401234"], [])]),
    # a number closing a list of units names no one body (陕西, 河北, 湖北 styles)
    (["（实施单位：县人社局，县就业创业服务中心，联系电话：0912-6734985）"], [(None, None, ["0912-6734985"], [])]),
    (["牵头单位：市人社局、市财政局，联系电话：0311-86051234"], [(None, None, ["0311-86051234"], [])]),
    # e-mail, address and postcode lines join the contact above; a body named as the address is its unit
    (["联系人：杨海林，联系电话： 89133285。", "邮箱：1696736198@qq.com。地址：重庆市两江新区黄山大道东段186号，邮政编码：401121。"],
     [(None, "杨海林", ["89133285"], ["1696736198@qq.com"])]),
    (["电话：0931-8894113", "地址：兰州市城关区皋兰路29号606室", "邮编：730030", "邮箱：1063596248@qq.com"],
     [(None, None, ["0931-8894113"], ["1063596248@qq.com"])]),
    (["联系人：杨毅", "监督电话：0818-5103709", "电子邮箱：693675611@qq.com", "通讯地址：达州市达川区乡村振兴局"],
     [("达州市达川区乡村振兴局", "杨毅", ["0818-5103709"], ["693675611@qq.com"])]),
    # a mailbox a web page's script hid is no address, but its line stays with the contact (安徽, 河北, 广东 styles)
    (["联系人：陈岗，电话：0554-5361235；", "邮箱：[email protected]"], [(None, "陈岗", ["0554-5361235"], [])]),
    (["联系人：王五", "电子邮箱：[email protected]", "联系电话：0311-86051234"], [(None, "王五", ["0311-86051234"], [])]),
    (["咨询电话：020-83301234，邮箱：[email protected]"], [(None, None, ["020-83301234"], [])]),
    (["受理地址：昆明市盘龙区白云路538号2号办公楼512办公室；联系电话：0871—65739987；受理邮箱：ynqh@163.com。"],
     [(None, None, ["0871-65739987"], ["ynqh@163.com"])]),
]

NOT_CONTACTS = [
    ["您需要登录来阅读本条法规。如有问题，请致电：021-69768000-68189（工作时间）"],
    ["版权所有：某某市人民政府办公室　联系电话：0755-88121234"],
    ["登陆网络理政社会诉求平台（http://12345.chengdu.gov.cn/index），发送市长信箱。"],
    ["联系人：张三，每人补助12345元。"],
    ["项目编号07303050000。"],
    ["补贴资金共计20000000元。"],
    ["2021年6月8日"],
    ["各地要通过电话、微信等方式开展就业服务。"],
]


@pytest.mark.parametrize(("lines", "expected"), CASES, ids=[c[0][0] for c in CASES])
def test_contacts(lines, expected):
    assert found(*lines) == expected


@pytest.mark.parametrize(("lines", "expected"), NEW_FORMS, ids=[c[0][0] for c in NEW_FORMS])
def test_new_forms(lines, expected):
    assert found(*lines) == expected


@pytest.mark.parametrize("lines", NOT_CONTACTS, ids=[c[0] for c in NOT_CONTACTS])
def test_not_contacts(lines):
    assert found(*lines) == []
