"""Contacts in the styles of other provinces' notices (web-scraped text, ASCII marks, several per line).

Expected items follow the gold shape (shared/gold/README.md, score.py): a contact is a unit and/or a
person with phone numbers (7+ digits) or e-mails; a short service hotline with no person
(咨询电话：12333) is no contact, a full number with a label is one (unit and name may be None).
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

NOT_CONTACTS = [
    ["咨询电话：12333"],
    ["就业服务热线：12333，投诉举报电话：12345。"],
    ["补贴资金共计20000000元。"],
    ["2021年6月8日"],
    ["各地要通过电话、微信等方式开展就业服务。"],
]


@pytest.mark.parametrize(("lines", "expected"), CASES, ids=[c[0][0] for c in CASES])
def test_contacts(lines, expected):
    assert found(*lines) == expected


@pytest.mark.parametrize("lines", NOT_CONTACTS, ids=[c[0] for c in NOT_CONTACTS])
def test_not_contacts(lines):
    assert found(*lines) == []
