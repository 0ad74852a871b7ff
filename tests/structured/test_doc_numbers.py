"""文号 in running text: whole ones in every bracket style, and those cited after a 《title》 that lost marks."""
import pytest

from gongwen.structured.conventions import find_cited_doc_numbers, find_doc_numbers, normal_doc_number


def cited(s: str) -> list[str]:
    return [normal_doc_number(m) for m in find_cited_doc_numbers(s)]


@pytest.mark.parametrize("text, number", [
    ("按照《关于做好资助工作的通知》(晋农函202561号)文件精神", "晋农函〔2025〕61号"),  # brackets lost
    ("按照《关于开展问题整改的通知》(清农领办发〔202256)文件要求", "清农领办发〔2022〕56号"),  # 〕 and 号 lost
    ("和《关于印发全省民生工作要点的通知》(〔2019〕1号)要求", "〔2019〕1号"),  # issuer code lost
    ("根据《实施意见》（黔府办发〔2021〕7号）", "黔府办发〔2021〕7号"),  # whole: found as before
])
def test_a_cited_number_with_marks_lost_is_read_in_normal_form(text, number):
    assert cited(text) == [number]


@pytest.mark.parametrize("text", [
    "《劳动法》(2018年修订)规定", "《标准》(20190101)", "《办法》(2019)", "《通知》(试行)", "编号202561号",
])
def test_what_keeps_fewer_than_two_marks_is_no_number(text):
    assert cited(text) == []


def test_whole_numbers_are_not_read_twice_and_stay_in_order():
    text = "《甲》（皖政〔2017〕58号）和《乙》(〔2019〕1号)，晋人社厅发〔2020〕44号"
    assert cited(text) == ["皖政〔2017〕58号", "〔2019〕1号", "晋人社厅发〔2020〕44号"]
    assert [normal_doc_number(m) for m in find_doc_numbers(text)] == ["皖政〔2017〕58号", "晋人社厅发〔2020〕44号"]
