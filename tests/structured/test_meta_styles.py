"""Meta from the zones of short notices in the layouts of many provinces' pages and documents: written in
their style for the tests, not copied from one notice."""
from __future__ import annotations

import pytest

import gongwen


def meta_of(tmp_path, text: str):
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    return gongwen.parse(path)


INDEX_TABLE_PAGE = """当前位置:首页 > 政府信息公开 > 政策文件
字体大小:【大】 【中】 【小】 打印 关闭
索 引 号:11410300MB1234567X/2021-00012 主题分类:劳动、人事
发文机关:洛阳市人力资源和社会保障局 成文日期:2021-02-26
发文字号:洛人社〔2021〕8号 发布日期:2021-03-01
关于做好2021年农民工返岗复工服务的通知
各县(市、区)人力资源和社会保障局:
为做好返岗复工服务,现将有关事项通知如下:
一、摸清底数。
洛阳市人社局  2021-02-26
"""


def test_index_table_page(tmp_path):
    rec = meta_of(tmp_path, INDEX_TABLE_PAGE)
    m = rec.meta
    assert m.title == "关于做好2021年农民工返岗复工服务的通知"
    assert (m.doc_number, m.issue_date, m.publish_date) == ("洛人社〔2021〕8号", "2021-02-26", "2021-03-01")
    assert m.index_number == "11410300MB1234567X/2021-00012"
    assert m.issuers == ["洛阳市人社局"]
    assert m.recipients == ["各县(市、区)人力资源和社会保障局"]
    assert (m.province, m.city, m.level, m.year_source) == ("河南省", "洛阳市", "city", "issue_date")
    zones = [z.zone for z in rec.zones]
    assert zones[:5] == ["nav", "control", "index", "index", "index"] and "title" in zones and "date" in zones


BYLINE_PAGE = """您当前的位置:首页>部门>县人社局>政务公开
2022年就业政策宣传(三)
来源:县人社局   作者:   发布时间:2022-05-10 09:30   浏览次数:
一、一次性求职补贴。对毕业年度内的困难家庭高校毕业生,给予每人1000元补贴。
扫一扫在手机打开当前页
"""


def test_page_headline_without_a_gongwen_title(tmp_path):
    m = meta_of(tmp_path, BYLINE_PAGE).meta
    assert (m.title, m.doc_type, m.publish_date, m.issue_date) == ("2022年就业政策宣传(三)", None, "2022-05-10", None)
    assert m.issuers == ["县人社局"]  # no body printed in the notice: the page's source line names it
    assert m.year_source == "publish_date"


NO_TITLE = """各设区市人民政府:
《关于支持重点帮扶县的实施意见》已经省政府同意,现印发给你们,请认真贯彻落实。
宁夏回族自治区乡村振兴局      宁夏回族自治区财政厅
2022年3月8日
关于支持重点帮扶县的实施意见
为深入贯彻落实党中央决策部署,提出如下意见。
"""


def test_cover_without_title_keeps_its_own_meta_not_the_attached_title(tmp_path):
    m = meta_of(tmp_path, NO_TITLE).meta
    assert (m.title, m.doc_type, m.issue_date) == (None, "通知", "2022-03-08")
    assert m.issuers == ["宁夏回族自治区乡村振兴局", "宁夏回族自治区财政厅"]
    assert m.recipients == ["各设区市人民政府"]
    assert (m.province, m.level) == ("宁夏回族自治区", "province")


REDHEAD = """黔南州人力资源和社会保障局文件
黔南人社发〔2021〕15号
黔南州人力资源和社会保障局
关于做好脱贫人口稳岗就业工作的通知
(试行)
各县(市)人力资源和社会保障局,州直有关单位:
现将有关事项通知如下。
黔南州人力资源和社会保障局
二〇二一年四月九日
(此件公开发布)
"""


def test_red_head_with_qualifier_line_and_chinese_date(tmp_path):
    m = meta_of(tmp_path, REDHEAD).meta
    assert m.title == "关于做好脱贫人口稳岗就业工作的通知(试行)"
    assert (m.doc_type, m.doc_number, m.issue_date, m.publicity) == ("通知", "黔南人社发〔2021〕15号", "2021-04-09", "此件公开发布")
    assert m.issuers == ["黔南州人力资源和社会保障局"]
    assert (m.province, m.city) == ("贵州省", "黔南布依族苗族自治州")


@pytest.mark.parametrize(("printed", "iso"), [("2022930", "2022-09-30"), ("2021年727", "2021-07-27"),
                                               ("2023年8月 31 日", "2023-08-31"), ("2019.06.09", "2019-06-09")])
def test_signature_dates_printed_with_parts_lost_or_spaced(tmp_path, printed, iso):
    text = f"各乡镇人民政府:\n现将有关事项通知如下。\n清水县人力资源和社会保障局\n{printed}\n"
    m = meta_of(tmp_path, text).meta
    assert (m.issue_date, m.issuers) == (iso, ["清水县人力资源和社会保障局"])


@pytest.mark.parametrize(("line", "recipients"), [
    ("各镇、乡人民政府,各街道办事处,市政府各部门:", ["各镇、乡人民政府", "各街道办事处", "市政府各部门"]),
    ("各乡镇、市直各单位:", ["各乡镇", "市直各单位"]),
    ("各市、自治州人民政府,省政府各委、办、厅、局:", ["各市、自治州人民政府", "省政府各委、办、厅、局"]),
    ("宿迁经济技术开发区、市湖滨新区,市局各部门:", ["宿迁经济技术开发区", "市湖滨新区", "市局各部门"]),
    ("涪陵区、合川区、垫江县农委:", ["涪陵区、合川区、垫江县农委"]),
])
def test_recipients_split_as_printed(tmp_path, line, recipients):
    m = meta_of(tmp_path, f"关于做好春季招聘工作的通知\n{line}\n现将有关事项通知如下。\n").meta
    assert m.recipients == recipients


def test_undated_signature_closing_a_cut_text(tmp_path):
    text = "甘肃省2019年度贫困县退出公示\n根据有关规定,现予公示。\n电话:0931-8894113\n甘肃省脱贫攻坚领导小组办公室\n"
    m = meta_of(tmp_path, text).meta
    assert (m.title, m.doc_type, m.issuers) == ("甘肃省2019年度贫困县退出公示", None, ["甘肃省脱贫攻坚领导小组办公室"])


def test_page_flattened_to_one_line(tmp_path):
    text = ("各市人力资源和社会保障局: 现将部办公厅《关于开展评估工作的函》转发给你们,请认真组织。 "
            "联系人:省职业技能鉴定中心马进,025-83271729。 二〇一二年七月二十七日 附件下载:评估表")
    m = meta_of(tmp_path, text).meta
    assert (m.doc_type, m.issue_date, m.recipients, m.province) == ("通知", "2012-07-27", ["各市人力资源和社会保障局"], "江苏省")


def test_doc_number_beside_the_signer(tmp_path):
    text = ("河北省人力资源和社会保障厅\n冀人社字〔2021〕12号        签发人：王强\n关于申请就业补助资金的请示\n"
            "省财政厅：\n现将有关情况请示如下。\n")
    m = meta_of(tmp_path, text).meta
    assert (m.doc_number, m.doc_type) == ("冀人社字〔2021〕12号", "请示")
    assert (m.issuers, m.recipients) == (["河北省人力资源和社会保障厅"], ["省财政厅"])


def test_title_broken_after_its_guanyu(tmp_path):
    text = "遵义市人民政府关于\n印发遵义市稳就业若干措施的通知\n遵府发〔2022〕6号\n各县(市、区)人民政府:\n现印发给你们。\n"
    m = meta_of(tmp_path, text).meta
    assert (m.title, m.doc_number) == ("关于印发遵义市稳就业若干措施的通知", "遵府发〔2022〕6号")


def test_site_name_and_next_article_links_are_chrome(tmp_path):
    text = ("平顺县人民政府门户网站\n2024年第二批公益性岗位人员拟聘用公示\n根据有关规定,现将拟聘用人员公示如下。\n"
            "平顺县人力资源和社会保障局\n2024年6月3日\n上一篇:关于做好2024年春季招聘工作的通知\n下一篇:2024年第一批补贴发放公示\n")
    rec = meta_of(tmp_path, text)
    assert (rec.meta.title, rec.meta.issue_date) == ("2024年第二批公益性岗位人员拟聘用公示", "2024-06-03")
    assert [z.zone for z in rec.zones][-2:] == ["control", "control"]


def test_joint_issuers_parted_by_a_dunhao_in_the_title(tmp_path):
    text = "河南省人力资源和社会保障厅、河南省财政厅关于做好2021年稳岗返还工作的通知\n各省辖市人力资源社会保障局:\n现将有关事项通知如下。\n"
    m = meta_of(tmp_path, text).meta
    assert m.title == "关于做好2021年稳岗返还工作的通知"
    assert m.issuers == ["河南省人力资源和社会保障厅", "河南省财政厅"]


@pytest.mark.parametrize("line", ["关于下达2022年第一批以工代赈资金的通知(锦易扶指通〔2022〕21)号",
                                  "关于下达2022年第一批以工代赈资金的通知（锦易扶指通〔2022〕21号）"])
def test_doc_number_printed_after_the_title(tmp_path, line):
    m = meta_of(tmp_path, f"{line}\n各乡镇人民政府:\n现将有关事项通知如下。\n").meta
    assert (m.title, m.doc_type, m.doc_number) == ("关于下达2022年第一批以工代赈资金的通知", "通知", "锦易扶指通〔2022〕21号")


def test_we_resolve_to_the_issuer_with_its_place(tmp_path):
    text = ("各设区市住房和城乡建设局:\n请于1月5日前将联络员名单报送我厅。\n联系人:陈某,0791-86223994。\n"
            "省住房和城乡建设厅办公室\n2021年12月31日\n")
    rec = meta_of(tmp_path, text)
    assert (rec.meta.province, rec.meta.issuers) == ("江西省", ["省住房和城乡建设厅办公室"])
    assert [(u.units, u.units_as_printed) for u in rec.responsible_units] == [(["江西省住房和城乡建设厅"], ["我厅"])]


def test_a_first_line_naming_an_ambiguous_place_is_no_headline(tmp_path):
    m = meta_of(tmp_path, "朝阳区\n一、工作安排。各街道要做好就业服务。\n").meta
    assert m.title is None
