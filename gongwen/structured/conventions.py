"""Conventions of 公文 (GB/T 9704-2012 and the 党政机关公文处理工作条例) that every field reads, defined once:
document types and title endings, organisation names, heading numbers, dates in every printed form,
and 文号 in normal form.
"""
from __future__ import annotations

import re
from datetime import date

from .numbers import small_int
from .vocab import DOC_TYPES
from .pattern_cache import cached_re

HAN = r"\u4e00-\u9fff"

# titles of texts that are not one of the 15 types still end in a genre word: 实施方案, 办事指南, 公示 …
GENRES = ("方案", "办法", "细则", "规定", "规则", "规划", "要点", "计划", "公示", "指南", "清单", "须知",
          "简章", "名单", "名录", "条例", "纲要", "措施", "制度", "标准", "目录")
# a title may close with bracketed qualifiers: （试行） （征求意见稿） （2021—2023年） （第三批）
TITLE_SUFFIX = r"(?:\s*[（(][^（()）\n]{1,20}[）)]){0,2}"
# a 文号 printed in brackets after the title: …的通知(锦易扶指通〔2022〕21)号, …的通知（X人社发〔2021〕5号）
TRAILING_NUMBER = cached_re(r"\s*[（(]\s*[\u4e00-\u9fff]{1,12}\s*[〔［\[【﹝(（]\s*(?:19|20)\d{2}[^（）()]{0,12}[）)]\s*号?\s*$")
TYPE_END = cached_re(rf"(?:{'|'.join(DOC_TYPES)}){TITLE_SUFFIX}$")
TITLE_END = cached_re(rf"(?:{'|'.join(DOC_TYPES + GENRES)}){TITLE_SUFFIX}$")

# the last word of an organisation's name: 厅 局 委员会 … 领导小组办公室 分行
ORG_SUFFIX = ("人民政府", "政府", "委员会", "办公厅", "办公室", "管理委员会", "管委会", "领导小组", "总局", "厅", "局",
              "委", "办", "部", "署", "院", "中心", "联合会", "工会", "团委", "妇联", "分行", "银行", "党委", "指挥部",
              "办事处", "小组")
AGENCY = cached_re(rf"^[{HAN}（）()]{{2,40}}?(?:{'|'.join(ORG_SUFFIX)})$")
# an organisation's name that starts with its place or level (福建省…厅, 县人社局, 中共…), not the tail of a wrapped line
PLACED_NAME = cached_re(rf"^(?:中共|省|市|县|区|州|自治区|[{HAN}]{{1,8}}?(?:省|市|县|区|州|盟|旗))")

# heading numbers of 公文 body text, outermost first: 一、 （一） 1. （1） ① 第一条 第一章 一是
HEADING = cached_re(r"""^\s*(?:
    [一二三四五六七八九十百]+\s*[、．.]
  | [（(]\s*[一二三四五六七八九十百]+\s*[）)]
  | \d{1,3}\s*[.．、](?!\d)
  | [（(]\s*\d{1,3}\s*[）)]
  | [①-⑳]
  | 第[一二三四五六七八九十百\d]+[条章节]
  | [一二三四五六七八九十]+是
)""", re.X)
# the label of an attachment list standing alone (附件： ⏎ 1.…): the notice's own text ends above it
ATTACHMENT_LINE = cached_re(r"^附\s*件\s*\d*\s*[：:]?\s*$")
# the first words of body text: 为… 根据… 按照… 现将… 近日… 经…
BODY_OPENING = cached_re(r"^(?:为|根据|按照|依据|现将|现就|近日|经|近年来|目前|当前|今年以来)")

# --- dates ------------------------------------------------------------------------------------

_CN_DIGITS = "〇零○ＯO一二三四五六七八九"
DATE_CN = (rf"(?P<y>(?:19|20)\d{{2}}|[{_CN_DIGITS}]{{4}})\s*年\s*(?P<m>\d{{1,2}}|[一二三四五六七八九十]{{1,2}})\s*月"
           rf"\s*(?P<d>\d{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*日")
DATE_NUMERIC = r"(?P<ny>(?:19|20)\d{2})\s*(?P<sep>[-./])\s*(?P<nm>\d{1,2})\s*(?P=sep)\s*(?P<nd>\d{1,2})(?!\d)"
DATE_ANY = cached_re(rf"{DATE_CN}|{DATE_NUMERIC}")
TIME_OF_DAY = r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
DATE_TIME = cached_re(rf"(?:{DATE_ANY.pattern}){TIME_OF_DAY}")  # 2023-09-01 15:45
# a 成文日期 printed with its 年/月/日 lost: 2022930, 2021年727, 2025616
DATE_BROKEN = cached_re(r"^(?P<y>(?:19|20)\d{2})\s*年?\s*(?P<md>\d{3,4})\s*日?$")


def iso(y: int, m: int, d: int) -> str | None:
    """Return YYYY-MM-DD when the parts make a real date."""
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_date(s: str) -> str | None:
    """Return ISO YYYY-MM-DD of the first date in `s`: 2020年7月7日, 二〇二〇年七月七日, 2021-02-26, 2021.2.26."""
    m = DATE_ANY.search(s)
    if not m:
        return None
    if m.group("y"):
        return iso(*(small_int(m.group(k)) for k in ("y", "m", "d")))
    return iso(*(int(m.group(k)) for k in ("ny", "nm", "nd")))


def parse_broken_date(s: str) -> str | None:
    """Return the date of a line that prints a year and run-together month and day (2022930 → 2022-09-30),
    when exactly one split of the digits makes a real date."""
    m = DATE_BROKEN.match(re.sub(r"\s+", "", s))
    if not m:
        return None
    y, md = int(m.group("y")), m.group("md")
    found = {d for i in (1, 2) if (d := iso(y, int(md[:i]), int(md[i:]))) and len(md[i:]) <= 2}
    return found.pop() if len(found) == 1 else None


def date_only(s: str) -> str | None:
    """Return the date of a line that holds nothing but a date (and a time of day)."""
    squeezed = s.strip()
    m = DATE_ANY.fullmatch(squeezed) or DATE_TIME.fullmatch(squeezed)
    if m:
        return parse_date(squeezed)
    return parse_broken_date(squeezed)


# --- 文号 -------------------------------------------------------------------------------------

OPEN, CLOSE = "〔［\\[【﹝(（", "〕］\\]】﹞)）"
DOC_NUMBER = cached_re(rf"""
    (?<![{HAN}])(?:[{HAN}]{{0,8}}?(?:根据|按照|依据|参照|落实|贯彻|执行|转发|印发))?   # a verb before it is no prefix
    (?:发文字号|发文文号|文号|字号|号(?=[{HAN}]{{2}}))?                  # nor a label run into it (文号内人社发…)
    (?P<prefix>[{HAN}]{{1,12}})\s*                      # issuer code and kind: 晋人社厅发, 内人社办发, 黔财农
    [{OPEN}]\s*(?P<year>(?:19|20)\d{{2}})\s*(?:[{CLOSE}]\s*)?  # bracketed year, every bracket style (溪财发〔2021174号)
    (?P<serial>\d{{1,5}})\s*(?:[)）]\s*)?号              # serial number; (锦易扶指通〔2022〕21)号: a stray bracket
""", re.X)
# the bracketed year every 文号 holds: DOC_NUMBER is searched for only where one is (speed)
BRACKETED_YEAR = cached_re(rf"[{OPEN}]\s*(?:19|20)\d{{2}}")


# a 文号 cited in the brackets after a 《title》 that lost some of its marks on the way to the web page: its
# brackets (晋农函202561号), its 〕 and 号 (清农领办发〔202256), or its issuer code (〔2019〕1号). Two of the three
# marks (a Han prefix, a bracket, 号) must remain, so that (2019年修订) or (20190101) is no 文号.
CITED_DOC_NUMBER = cached_re(rf"""
    》\s*[(（]\s*
    (?P<prefix>[{HAN}]{{0,12}})\s*(?P<open>[{OPEN}])?\s*
    (?P<year>(?:19|20)\d{{2}})\s*(?:[{CLOSE}]\s*)?(?P<serial>\d{{1,5}})\s*(?P<hao>号)?\s*[)）]
""", re.X)


def find_cited_doc_numbers(s: str) -> list[re.Match]:
    """Return the 文号 matches of `s` in order: every whole one, and those cited after a 《title》 with marks lost."""
    whole = list(find_doc_numbers(s))
    taken = [(m.start("year"), m.end("serial")) for m in whole]
    broken = [m for m in CITED_DOC_NUMBER.finditer(s)
              if sum((bool(m.group("prefix")), bool(m.group("open")), bool(m.group("hao")))) >= 2
              and not any(a < m.end("serial") and m.start("year") < b for a, b in taken)]
    return sorted(whole + broken, key=lambda m: m.start("year"))


def normal_doc_number(m: re.Match) -> str:
    """Return a 文号 match in normal form: its prefix, 〔year〕 and serial, without blanks."""
    return f"{m.group('prefix')}〔{m.group('year')}〕{int(m.group('serial'))}号"


def doc_number_parts(m: re.Match) -> dict:
    """Return the prefix, year and serial of a 文号 match."""
    return {"prefix": m.group("prefix"), "year": int(m.group("year")), "serial": int(m.group("serial"))}


def find_doc_numbers(s: str):
    """Yield the 文号 matches of `s` in order, trying the pattern only before a bracketed year.

    A match is a run of Han characters (it may not start inside one), blanks, then the bracketed
    year; so the one place a match for a given year can start is the start of the Han run before it.
    """
    end = 0
    for year in BRACKETED_YEAR.finditer(s):
        start = year.start()
        while start and s[start - 1].isspace():
            start -= 1
        while start and "\u4e00" <= s[start - 1] <= "\u9fff":
            start -= 1
        if start < end:
            continue  # inside the last match: finditer never starts there
        m = DOC_NUMBER.match(s, start)
        if m:
            yield m
            end = m.end()
