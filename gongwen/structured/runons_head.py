"""Where a run-together block breaks between the elements GB/T 9704 prints on lines of their own though the
text before the blank does not close a sentence: the 发文字号 under the masthead, the issuing bodies of the
masthead above the title and of the signature above the date, and the title or 主送 line under a web page's
index table.
`runons` adds these cuts to those after sentence ends.
"""
from __future__ import annotations

import re

from .chrome import BULLETS, LABEL, field_of, labels
from .conventions import AGENCY, DATE_ANY, DOC_NUMBER, ORG_SUFFIX, TITLE_END
from .pattern_cache import cached_re
from .recipients import recipient_head

WORD = cached_re(r"[^ \u3000\xa0]+")
NUMBER_END = cached_re(r"〕\s*\d{1,5}\s*号$")  # 彭水人社发〔2023〕27号 ⏎ …
# a title's start: 关于…, with its issuer before it (兰陵县人民政府关于…) or its 文号 ((清人社发〔2022〕160号)关于…)
TITLE_START = cached_re(rf"(?:[\u4e00-\u9fff（）()]{{2,40}}?(?:{'|'.join(ORG_SUFFIX)}))?关于"
                        r"|[（(][\u4e00-\u9fff]{1,12}[〔［\[【﹝(（](?:19|20)\d{2}[^（）()]{0,12}[）)]\s*关于")
# where a flattened line of a page's chrome begins: after a sentence end or a bullet of a bulleted index list
ADDRESSED = cached_re(r"[^。；;：:\s]{2,200}?[：:](?=[ \u3000\xa0])")
FIELD = cached_re(LABEL.pattern + r"(?<=[:：|｜])")
LINE_START = cached_re(r".*(?:[。；;]|\s[•·●◆■▪]\s)", re.S)


def cuts(text: str, blanks: list[re.Match]) -> list[re.Match]:
    """Return the blanks of `text` that stand for the line breaks of its head or signature."""
    words = [(m.start(), m.end()) for m in WORD.finditer(text)]
    agency = [bool(AGENCY.match(text[a:b])) for a, b in words]
    by_end = {b: i for i, (a, b) in enumerate(words)}
    out = []
    for m in blanks:
        i = by_end.get(m.start())
        if i is None or i + 1 >= len(words):
            continue
        word, nxt = text[slice(*words[i])], text[words[i + 1][0]:]
        if (NUMBER_END.search(word) and DOC_NUMBER.search(text[max(0, m.start() - 30) : m.start()])
                and not labels(_line_before(text, m.start())) or _in_names(agency, words, text, i)
                or (TITLE_START.match(nxt) or _recipients(nxt) or _title(text[slice(*words[i + 1])]))
                and _after_index(text, m.start())):
            out.append(m)
    return out


def _in_names(agency: list[bool], words: list[tuple[int, int]], text: str, i: int) -> bool:
    """Tell whether the blank after word `i` sits in or just before a run of issuing bodies, one a word, that
    a title (关于…) or a date follows: a masthead or a signature, whose names stand on lines of their own."""
    j = i + 1
    while j < len(words) and agency[j]:
        j += 1
    if j == i + 1 and not agency[i] or j >= len(words):
        return False
    after = text[words[j][0] : words[j][0] + 12]
    return after.startswith("关于") or bool(DATE_ANY.match(after))


def _line_before(text: str, end: int) -> str:
    """Return the text before `end` back to the last sentence end: the line a blank closes if it is one."""
    m = LINE_START.match(text, max(0, end - 200), end)
    line = text[m.end() if m else max(0, end - 200) : end]
    field = FIELD.search(line)  # …的通知 - 发布日期: 2021-03-01 - 来源: …: the byline after the title
    return line[field.start() if field else 0 :].strip()


def _title(word: str) -> bool:
    """Tell whether a word is a whole title or headline (绿春县…工作方案(2022—2024年))."""
    return 8 <= len(word) < 60 and TITLE_END.search(word) is not None


def _recipients(text: str) -> bool:
    """Tell whether a text opens with a 主送 line, its colon before a blank (各县(区)统计局,…,市局各部门: 为…)."""
    m = ADDRESSED.match(text)
    return bool(m and not LABEL.match(text) and recipient_head(m.group()))


def _after_index(text: str, end: int) -> bool:
    """Tell whether the text before `end` is a web page's index table or byline whose last label is not the
    title's own (标题: 关于… holds the title as its value)."""
    pairs = labels(_line_before(text, end).strip(BULLETS + " "))
    return bool(pairs) and field_of(pairs[-1][0]) != "title"
