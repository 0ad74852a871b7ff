"""Recognise the chrome of a web page copied with a notice — breadcrumbs, controls, byline and index
table — from its own words, one line at a time.
"""
from __future__ import annotations

import re

from .conventions import DATE_ANY, TIME_OF_DAY, TITLE_END
from .pattern_cache import cached_re

BULLETS = "•·●◆■□▪-－—|｜*"
# a breadcrumb: its opening words, or two section names after a separator each (the tail of a wrapped one)
NAV_LINE = cached_re(r"当前位置|所在位置|您的位置|当前的位置|所在的位置|^首页\s*(?:[>＞»|｜]|$)|[>＞»]\s*正文\s*$|\S\s*>>\s*\S"
                      r"|^[^，,；;]{0,12}(?:\s*[>＞»]\s*[\u4e00-\u9fff]{2,12}){2}\s*$")
# words of a page's controls: a line holding a strong one is chrome; a weak one only where little else stands
STRONG_CONTROLS = cached_re(r"""字号|字体|【\s*[大中小]\s*】|(?<![\u4e00-\u9fff])大\s+中\s+小|扫一扫|当前页|关怀版|无障碍|
    网站标识|即将前往|今天是|智能检索|长者模式|长者专版|返回顶部|视力保护|^上一篇|^下一篇|^相关链接|
    (?:门户网站|政府网|门户|网站|政务网)$""", re.X)
CONTROL_WORDS = cached_re(STRONG_CONTROLS.pattern + r"|切换|退出|登录|注册|打印|关闭|分享|保存|收藏|纠错|相关文档|相关附件", re.X)

# the labels of a web page's byline and index table, each with the field it fills
LABELS = {
    "title": ("发文标题", "标题", "事项名称", "信息名称", "文件名称"),
    "doc_number": ("发文字号", "发文文号", "文件编号", "文件字号", "文号"),
    "issuer": ("发文机关", "发布机构", "发文部门", "发布单位", "发文单位", "制发机关", "供稿单位"),
    "source": ("信息来源", "文章来源", "稿件来源", "稿源", "来源", "作者"),
    "issue_date": ("成文日期", "成文时间", "发文日期", "发文时间"),
    "publish_date": ("发布日期", "发布时间", "公开日期", "公开时间", "更新时间", "时间", "日期"),
    "index_number": ("索引号",),
    "other": ("主题分类", "体裁分类", "组配分类", "分类", "公开方式", "公开范围", "有效性", "时效性", "公文时效", "效力状态",
              "主题词", "关键词", "实施时间", "实施日期", "法规类型", "所属行业", "所属区域", "阅读人次", "评论人次",
              "浏览次数", "访问量", "访问次数", "点击数", "点击量", "点击率", "阅读次数", "阅读量", "责任编辑", "编辑",
              "浏览", "发布者", "发布人", "供稿", "撰稿", "审核", "录入", "印发日期", "生效日期", "施行日期"),
}
FIELD_OF = {label: key for key, labels in LABELS.items() for label in labels}
# byline labels need their colon; index labels stand before their value with or without one
BYLINE_LABELS = set(LABELS["source"] + ("发布时间", "更新时间", "公开时间", "时间", "日期", "浏览次数", "访问量", "访问次数",
                                        "点击数", "点击量", "点击率", "阅读次数", "阅读量", "责任编辑", "编辑", "浏览",
                                        "发布者", "发布人", "供稿", "撰稿", "审核", "录入"))
_spaced = sorted(FIELD_OF, key=len, reverse=True)
LABEL = cached_re(r"(?<![\u4e00-\u9fff])(?:【\s*)?(?P<label>" + "|".join(r"\s*".join(w) for w in _spaced)
                   + r")(?:\s*】)?\s*(?P<sep>[:：|｜]?)")
# a label with its separator at the end of a text (… 公开方式:): its value is still to come
LABEL_END = cached_re(r"(?<![\u4e00-\u9fff])(?:" + "|".join(r"\s*".join(w) for w in _spaced) + r")\s*[:：|｜]$")
DATE_LINE = cached_re(rf"^(?:{DATE_ANY.pattern}){TIME_OF_DAY}\s*$")
DATE_LEAD = cached_re(rf"^(?:{DATE_ANY.pattern}){TIME_OF_DAY}\s*[-－]?\s*")


def plain(label: str) -> str:
    """Return a label without the blanks and brackets printed in it (索 引 号 → 索引号)."""
    return re.sub(r"[\s【】]", "", label)


def field_of(label: str) -> str:
    """Return the field a label fills (发文机关 → issuer); "other" for a label gongwen does not read."""
    return FIELD_OF.get(plain(label), "other")


HAN_START = cached_re(r"[\u4e00-\u9fff]")
BRACKET_LABEL = cached_re(r"【(?P<label>[\u4e00-\u9fff]{2,6})】(?P<value>[^【]*)")


def labels(text: str) -> list[tuple[str, str]]:
    """Return the (label, value) pairs of a byline or index-table line; [] for any other line."""
    if text.startswith("【") and BRACKET_LABEL.match(text) and len(text) < 80:
        # 【时效性】尚未施行: a law database's fields
        return [(m.group("label"), m.group("value").strip()) for m in BRACKET_LABEL.finditer(text)]
    if "。" in text:  # a sentence: no byline (checked first, it spares most body lines the patterns)
        return []
    first = LABEL.match(text)
    lead = DATE_LEAD.match(text)  # 2023-09-01 15:45 信息来源:…
    if not first and lead:
        first = LABEL.match(text, lead.end())
    if not first:
        return []
    label = plain(first.group("label"))
    rest = text[first.end():]
    needs_sep = label in BYLINE_LABELS or FIELD_OF[label] == "title"
    if needs_sep and not first.group("sep") and rest.strip() and not text[first.end() - 1:first.end()].isspace():
        return []
    if not first.group("sep") and first.end() == first.end("label") and HAN_START.match(rest) and len(text) > 60:
        return []  # a long line whose first word only looks like a label (时间紧…): a word, not a label, runs on
    matches = [m for m in LABEL.finditer(text, first.start())
               if m.start() == first.start() or m.group("sep") or text[m.start() - 1:m.start()].isspace()
               or plain(m.group("label")) not in BYLINE_LABELS]
    pairs = []
    for m, nxt in zip(matches, matches[1:] + [None]):
        value = text[m.end():nxt.start() if nxt else len(text)]
        pairs.append((m.group("label"), value.strip(" \t:：|｜-")))
    if lead and lead.group(0).strip():
        pairs.append(("时间", lead.group(0).strip(" -－")))
    return pairs


def is_control(text: str) -> bool:
    """Tell a line of page controls (字号 大 中 小, 打印 关闭, 分享到) from a line of the notice."""
    if "。" in text or len(text) > 40:
        return False
    if STRONG_CONTROLS.search(text):
        return True
    if TITLE_END.search(text):
        return False  # 摘帽退出公示: a headline's last line, not 退出 among the controls
    found = CONTROL_WORDS.findall(text)
    if not found:
        return False
    rest = CONTROL_WORDS.sub("", text)
    rest = re.sub(r"[\s:：【】\[\]|｜/()（）>»、,，.。-]|word|pdf|到|本页|窗口|为", "", rest, flags=re.I)
    return len(rest) <= max(4, len(text) // 3)


def is_chrome(text: str) -> bool:
    """Tell whether a line is page chrome: a breadcrumb, a line of controls, a byline or index-table line."""
    text = text.strip().lstrip(BULLETS).strip()
    return bool(text) and bool(labels(text) or (NAV_LINE.search(text) and "。" not in text) or is_control(text))
