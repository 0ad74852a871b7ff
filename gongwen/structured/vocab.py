"""Small fixed vocabularies of 公文: document types, provinces and their one-character names."""
from __future__ import annotations

# the 15 types of the 党政机关公文处理工作条例 (2012), longest first so 通知 wins over 知
DOC_TYPES = ("决议", "决定", "命令", "公报", "公告", "通告", "意见", "通知", "通报", "报告",
             "请示", "批复", "议案", "纪要", "函")

# province-level divisions with the abbreviations 文号 prefixes use (晋人社厅发, 内人社办发, 黔府办发 …)
PROVINCES = {
    "北京市": "京", "天津市": "津", "河北省": "冀", "山西省": "晋", "内蒙古自治区": "内蒙",
    "辽宁省": "辽", "吉林省": "吉", "黑龙江省": "黑", "上海市": "沪", "江苏省": "苏",
    "浙江省": "浙", "安徽省": "皖", "福建省": "闽", "江西省": "赣", "山东省": "鲁",
    "河南省": "豫", "湖北省": "鄂", "湖南省": "湘", "广东省": "粤", "广西壮族自治区": "桂",
    "海南省": "琼", "重庆市": "渝", "四川省": "川蜀", "贵州省": "黔贵", "云南省": "云滇",
    "西藏自治区": "藏", "陕西省": "陕", "甘肃省": "甘陇", "青海省": "青", "宁夏回族自治区": "宁",
    "新疆维吾尔自治区": "新",
}

# short forms a notice uses for its own province (自治区人力资源和社会保障厅, 省生态移民局)
PROVINCE_SHORT = {name: name.removesuffix("省").removesuffix("市").removesuffix("自治区")
                  .removesuffix("壮族").removesuffix("回族").removesuffix("维吾尔") for name in PROVINCES}


def province_of_prefix(prefix: str) -> str | None:
    """Return the province a 文号 prefix names by its first character(s), e.g. 晋人社厅发 → 山西省."""
    if prefix.startswith("内蒙") or prefix.startswith("内"):
        return "内蒙古自治区"
    for name, abbr in PROVINCES.items():
        if name == "内蒙古自治区":
            continue
        if prefix[:1] and prefix[:1] in abbr:
            return name
    return None
