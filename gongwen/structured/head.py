"""The head of a notice (GB/T 9704-2012): where its body begins, its title (or a web page's headline), the
masthead above the title, its 文号, and the 文种 a title or, without one, its closing words give it."""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import places, zones
from .conventions import (AGENCY, ATTACHMENT_LINE, BODY_OPENING, HEADING, TITLE_END, TITLE_SUFFIX, TRAILING_NUMBER,
                          TYPE_END, date_only, doc_number_parts, find_doc_numbers, normal_doc_number)
from .recipients import PLACE_ONLY, recipient_head
from .signature import agencies
from .zones import Line
from .pattern_cache import cached_re

# the words that close a notice whose title is missing, and the type they make it (CONVENTIONS.md)
FORMULAS = [
    (cached_re(r"特此通知|通知如下|现印发给你们|印发给你们|现印发你们|印发你们|转发给你们|现转发你们"), "通知"),
    (cached_re(r"特此公告|予以公告"), "公告"),
    (cached_re(r"特此函告|函复如下"), "函"),
    (cached_re(r"特此批复"), "批复"),
    (cached_re(r"特此通报|通报如下"), "通报"),
]
LEADING_TAG = cached_re(r"^[\[【][\u4e00-\u9fff]{2,8}[\]】]\s*")  # [重庆]: a reposting site's place tag
LEADING_NUMBER = cached_re(r"^[（(]\s*(?P<num>[\u4e00-\u9fff]{1,12}\s*[〔［\[【﹝(（]\s*(?:19|20)\d{2}.{0,12}?号)\s*[）)]\s*")
SIGNER = cached_re(r"\s*签\s*发\s*人\s*[:：]\s*\S{2,4}(?:\s+\S{2,4})*\s*$")
QUALIFIER = cached_re(r"[（(][^（()）]{1,20}[）)]")
TITLE_VERB = cached_re(r"关于|印发|转发")
MIN_REPEATED_TITLE = 8  # characters: a shorter title line (…的通知, a tail) repeats by chance
# spaces between the characters of a title broken across lines (关于 印发 …)
SPACE_IN_TITLE = cached_re(r"(?<=[\u4e00-\u9fff》”）)])\s+(?=[\u4e00-\u9fff《“（(])")


@dataclass
class Head:
    """Where the notice's own head lies among the content lines."""

    body: int | None  # index (in `lines`) of the first body line
    title: tuple[int, int] | None  # first and last line of the title
    head: int  # first line of the notice's head (after a forwarding cover)


def find_head(lines: list[Line], content: list[int]) -> Head:
    """Return where the body starts and which lines hold the notice's own title."""
    body = next((i for i in content if is_body(lines[i].text)), None)
    before = [i for i in content if body is None or i < body]
    ends = [i for i in before[:60] if is_title_end(lines[i].text) and not _cut_repeat(lines, content, i)
            and not _small_print(lines, i, body)]
    headed = [i for i in ends if _opens_notice(lines, zones.following(content, i, 3))]
    end = headed[0] if headed else (ends[0] if ends else None)
    if end is not None and "转发" in lines[end].text:
        later = [i for i in ends if i > end]
        end = later[0] if later else end
    if end is not None:
        end = _own_repeat(lines, ends, end)
    if end is None:
        headline = _headline(lines, [i for i in before if not _small_print(lines, i, body)])
        if headline is None:
            return Head(body, None, 0)
        end = headline
    start = end
    while start > 0 and not lines[start].text.startswith("关于") and end - start < 3 and \
            _title_part(lines[start - 1], lines[start]):
        start -= 1
    if end + 1 < len(lines) and QUALIFIER.fullmatch(lines[end + 1].text):
        end += 1  # （试行） on a line of its own under the title
    return Head(body, (start, end), head_start(lines, start))


def _own_repeat(lines: list[Line], ends: list[int], end: int) -> int:
    """Return the last title line below `end` that repeats its title, an issuer or a 文号 before it, else `end`: a web
    page prints its headline above the notice's own head (…的决定 ⏎ 西政〔2021〕1号 ⏎ 西平县人民政府 ⏎ …的决定),
    and the head the notice prints is the one that names its issuer, 文号 and recipients."""
    title = _squeezed(lines[end].text)
    if len(title) < MIN_REPEATED_TITLE:
        return end
    later = [i for i in ends if i > end and _squeezed(lines[i].text).endswith(title)]
    return later[-1] if later else end


def _squeezed(text: str) -> str:
    """Return a line without its blanks and a 文号 printed after it: what is compared of a title line."""
    return TRAILING_NUMBER.sub("", re.sub(r"\s+", "", text))


def is_body(text: str) -> bool:
    """Tell whether a line is body text: a sentence, a heading, the recipients line."""
    if is_title_end(text) or AGENCY.match(text) or date_only(text) or number_line(text) or text.endswith("关于"):
        return False  # …办公室关于 ⏎ 印发《…》的通知: a title broken after its 关于, whatever its first word (经济…)
    return bool("。" in text or HEADING.match(text) or BODY_OPENING.match(text) or recipient_head(text)
                or (len(text) > 50 and re.search(r"[，,；;]", text)))


def is_title_end(text: str) -> bool:
    """Tell whether a line ends a title: it closes with a 文种 or genre word (a 文号 printed after it aside)."""
    squeezed = _squeezed(text)
    return (len(squeezed) < 120 and TITLE_END.search(squeezed) is not None and "。" not in squeezed
            and not BODY_OPENING.match(squeezed) and _balanced(squeezed)
            and not squeezed.endswith(("：", ":")) and not squeezed.startswith(("附件", "抄送"))
            and not HEADING.match(squeezed) and ("关于" in squeezed or len(squeezed) < 60))


def _balanced(text: str) -> bool:
    """Tell whether a line closes every bracket it opens (a title cut by a line wrap does not)."""
    return all(text.count(a) <= text.count(b) for a, b in ("（）", "()", "《》", "〔〕"))


def _headline(lines: list[Line], before: list[int]) -> int | None:
    """Return the page headline of a text with no 公文 title: its first line, short and unpunctuated."""
    if not before:
        return None
    i = before[1] if len(before) > 1 and _cut_repeat(lines, before, before[0]) else before[0]
    text = lines[i].text
    if len(text) > 50 or not _headline_part(text):
        return None
    at = before.index(i)
    nxt = before[at + 1] if at + 1 < len(before) else None
    if nxt is not None and lines[i].align == lines[nxt].align == "center" and lines[i].size == lines[nxt].size \
            and _title_part(lines[nxt], lines[nxt]) and not is_title_end(lines[nxt].text):
        return nxt  # a headline centred over two lines: `find_head` takes the first back
    return _broken_headline(lines, before, i)


def _headline_part(text: str) -> bool:
    """Tell whether a line may be (part of) a page headline: unpunctuated at its end, no heading, body opening,
    body's name, date, 文号, attachment label or place name alone."""
    return not (re.search(r"[。：:；;，,、]$", text) or HEADING.match(text) or BODY_OPENING.match(text)
                or AGENCY.match(text) or date_only(text) or number_line(text) or text.startswith("附件")
                or _place_alone(text))


def _broken_headline(lines: list[Line], before: list[int], i: int) -> int:
    """Return the last line of a headline broken over up to three short lines (就业困难人员、贫困劳动力就 ⏎
    业创业补贴1 ⏎ ~8月发放情况), none longer than the first (the width broke them), that the page's byline, the
    body or a long line follows; `find_head` takes the others back."""
    j = i
    while j - i < 2 and j + 1 in before and len(lines[j + 1].text) <= len(lines[i].text) and "。" not in lines[j + 1].text \
            and _headline_part(lines[j + 1].text):
        j += 1
    after = j + 1
    ends = after >= len(lines) or lines[after].zone in zones.CHROME or after not in before or len(lines[after].text) > 40
    return j if j > i and len(lines[i].text) < 20 and ends else i


def _small_print(lines: list[Line], i: int, body: int | None) -> bool:
    """Tell whether a line is printed smaller than the body (a running header): a title never is."""
    size, body_size = lines[i].size, lines[body].size if body is not None else None
    return bool(size and body_size and size < body_size - 1)


def _cut_repeat(lines: list[Line], content: list[int], i: int) -> bool:
    """Tell whether a line repeats the start of the title under it, cut short: a running header or a browser's
    page title above a title wrapped over two lines (…以工代赈示项目资金计划 ⏎ …以 ⏎ 工代赈示项目资金计划公示公告)."""
    t, after = lines[i].text, [lines[j].text for j in zones.following(content, i, 2)]
    joined = "".join(after)
    return len(t) >= 6 and len(joined) > len(t) and after[0] != t and joined.startswith(t)


def _place_alone(text: str) -> bool:
    """Tell whether a line is only a division's name (湖南省, 临湘市 切换 left over from a region switcher)."""
    found = places.mentions(text, None)
    first = found[0] if found else None
    name = first[0].name if isinstance(first, tuple) else first.name if first else ""  # an ambiguous name: any reading
    return bool(name) and len(name) >= len(text) - 1


def _opens_notice(lines: list[Line], after: list[int]) -> bool:
    """Tell whether the lines after a title open a notice: its 文号 or its recipients line, before another title
    (分类: 行业扶贫 ; 通知 above the notice's own title is no title)."""
    for i in after:
        if number_line(lines[i].text) or recipient_head(lines[i].text):
            return True
        if is_title_end(lines[i].text):
            return False
    return False


def _title_part(line: Line, below: Line) -> bool:
    """Tell whether a line above the title's last line still belongs to the title (the title line `below` it).
    A line in another type size (a running header) or one that `below` begins with (a header or a browser's
    page title repeating the title cut short) does not."""
    t = line.text
    if line.size and below.size and abs(line.size - below.size) > 1 or below is not line and below.text.startswith(t):
        return False
    if t.endswith("关于") and line.zone not in zones.CHROME:
        return True  # （清人社发〔2022〕160号）关于 ⏎ 印发《…》的通知: a title broken after its 关于
    return (line.zone not in zones.CHROME and not line.in_table and len(t) < 40 and not t.endswith(("：", ":", "。"))
            and not is_title_end(t) and not AGENCY.match(t) and not number_line(t) and not date_only(t)
            and t != "文件")


def head_start(lines: list[Line], t_start: int) -> int:
    """Return where the inner notice's head begins: after a forwarding cover's date and 附件 line."""
    for i in range(t_start - 1, -1, -1):
        if lines[i].zone in zones.CHROME:
            continue
        if date_only(lines[i].text) or ATTACHMENT_LINE.match(lines[i].text):
            return i + 1
    return 0



def read_title(lines: list[Line]) -> tuple[str, list[str]]:
    """Return a title joined across its lines, and the issuers printed before its 关于/印发/转发."""
    joined = re.sub(r"\s*\n\s*", "", "".join(ln.text for ln in lines)).strip()
    joined = SPACE_IN_TITLE.sub("", joined)
    joined = LEADING_TAG.sub("", LEADING_NUMBER.sub("", TRAILING_NUMBER.sub("", joined)))
    m = TITLE_VERB.search(joined)
    if m and m.start() > 0:
        lead = joined[:m.start()].strip()
        issuers = agencies(lead)
        if issuers or places.mentions(lead, None) and _only_places(lead):
            return joined[m.start():], issuers
    return joined, []


def _only_places(text: str) -> bool:
    return all(PLACE_ONLY.match(p) for p in text.split())


def type_of_title(title: str | None) -> str | None:
    """Return the 文种 a title ends with (…的通知, …公示公告 → 公告), after its bracketed qualifiers."""
    if not title:
        return None
    m = TYPE_END.search(re.sub(r"\s+", "", title))
    return re.sub(TITLE_SUFFIX + "$", "", m.group(0)) if m else None


def type_of_wording(text: str) -> str | None:
    """Return the 文种 a notice without a title gives itself by its closing words."""
    for pattern, kind in FORMULAS:
        if pattern.search(text):
            return kind
    return None


def number_line(text: str) -> re.Match | None:
    """Return the 文号 of a line that holds little else (晋人社厅发〔2020〕44号, （清人社发〔2022〕160号）)."""
    text = SIGNER.sub("", text)  # 晋人社厅发〔2020〕44号    签发人：张三 (upward documents print both)
    if len(text) >= 40:
        return None
    m = next(find_doc_numbers(text), None)
    if m and len(re.sub(r"[\s（）()]", "", text)) - len(re.sub(r"\s", "", m.group(0))) <= 4:
        return m
    return None


def masthead(lines: list[Line], content: list[int], head: int, t_start: int) -> list[str]:
    """Return the issuers of the masthead lines above the title."""
    out = []
    for i in content:
        if head <= i < t_start and not number_line(lines[i].text):
            found = agencies(lines[i].text)
            if found:
                lines[i].zone = zones.MASTHEAD
                out.extend(found)
    return out


def doc_number(lines: list[Line], content: list[int], head: int, t_end: int) -> tuple[str, dict] | None:
    """Return the notice's 文号: on its own line around the title, or bracketed before the title."""
    near = [i for i in content if head <= i <= t_end] + zones.following(content, t_end, 3)
    for i in near:
        # bracketed at a title's edge; under the title a line opening with one cites it ((赣人社字〔2022〕183号)的文件精神)
        bracketed = i <= t_end and (LEADING_NUMBER.match(lines[i].text) or TRAILING_NUMBER.search(lines[i].text))
        m = number_line(lines[i].text) or (bracketed and next(find_doc_numbers(bracketed.group()), None))
        if m:
            if lines[i].zone == zones.BODY:
                lines[i].zone = zones.DOC_NUMBER
            return normal_doc_number(m), doc_number_parts(m)
    return None
