"""公文 metadata read from the zones of the notice (GB/T 9704-2012): title, 文号, issuers, recipients,
成文日期, publicity, place, 版记 — and, on a web page, what its byline and index table print.

The lines are first freed of page chrome (`zones.mark_chrome`); the notice's elements are then found
each by its own finder — the body's first line, the title before it, the masthead and 文号 around the
title, the recipients after it, the signature and its date after the body — so that a notice without
a title still gives its signature, date and recipients.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..record import Forwarding, Meta, Zone
from . import places, zones
from .context import Context
from .conventions import (AGENCY, BODY_OPENING, HEADING, TITLE_END, TITLE_SUFFIX, TYPE_END, date_only,
                          doc_number_parts, find_doc_numbers, normal_doc_number, parse_date)
from .zones import Line

PUBLICITY = re.compile(r"^[（(](此件[^）);；]{2,12})[）);；]")
CC = re.compile(r"^抄\s*送[：:]\s*(?P<body>.+)$", re.S)
PRINTED = re.compile(r"(?P<unit>[\u4e00-\u9fff]{4,30}?)\s+(?P<date>\S+年\S+月\S+日)\s*印\s*发")
PERIOD = re.compile(r"""
    (?:于|在|定于|自)?
    (?P<period>\d{1,2}\s*月(?:上旬|中旬|下旬|初|底|中)?\s*(?:—|－|-|–|~|～|至|到)\s*\d{1,2}\s*月(?:上旬|中旬|下旬|初|底|中)?)
""", re.X)
TITLE_PERIOD = re.compile(r"[（(]((?:19|20)\d{2}\s*[—－\-–~～至]\s*(?:19|20)\d{2}年)[）)]")
LIST_SPLIT = re.compile(r"[、，,；;]")
ATTACHMENT_LINE = re.compile(r"^附\s*件\s*\d*\s*[：:]?\s*$")
# the words that close a notice whose title is missing, and the type they make it (CONVENTIONS.md)
FORMULAS = [
    (re.compile(r"特此通知|通知如下|现印发给你们|印发给你们|现印发你们|印发你们|转发给你们|现转发你们"), "通知"),
    (re.compile(r"特此公告|予以公告"), "公告"),
    (re.compile(r"特此函告|函复如下"), "函"),
    (re.compile(r"特此批复"), "批复"),
    (re.compile(r"特此通报|通报如下"), "通报"),
]
# a line that names bodies only: what a recipients line is made of
BODY_WORD = re.compile(r"(?:人民政府|政府|委员会|办公室|办公厅|管委会|办事处|领导小组|厅|局|委|办|中心|部门|单位|机构|"
                       r"企业|院校|学校|群众|组织|集体|人员|公司|银行|分行)(?:[（(][^（）()]*[）)])?$")
NOT_RECIPIENT = re.compile(r"如下|以下|通知|要求|包括|时间|地址|电话|联系|材料|方式|标准|对象|条件|内容|范围|流程|依据|"
                           r"名称|附件|说明|情况|事项|办法|程序|意见|措施|问题|备注|注[:：]")
PLACE_ONLY = re.compile(r"^各?[\u4e00-\u9fff]{0,12}?(?:市|县|区|镇|乡|州|盟|旗|地区|新区|开发区|园区|特区|自治州|省|自治区|"
                        r"直辖市|乡镇|街道)(?:[（(][^（）()]*[）)])?$")
LEADING_TAG = re.compile(r"^[\[【][\u4e00-\u9fff]{2,8}[\]】]\s*")  # [重庆]: a reposting site's place tag
LEADING_NUMBER = re.compile(r"^[（(]\s*(?P<num>[\u4e00-\u9fff]{1,12}\s*[〔［\[【﹝(（]\s*(?:19|20)\d{2}.{0,12}?号)\s*[）)]\s*")
TITLE_VERB = re.compile(r"关于|印发|转发")
# a line giving an office's address: its district says where the office sits, not whom the notice is for
ADDRESS = re.compile(r"地址|地点|邮寄|通讯处|[路街巷]\d+号|\d+号楼|[楼层]\d+[室号]?")


@dataclass
class Head:
    """Where the notice's own head lies among the content lines."""

    body: int | None  # index (in `lines`) of the first body line
    title: tuple[int, int] | None  # first and last line of the title
    head: int  # first line of the notice's head (after a forwarding cover)


def extract(ctx: Context) -> Meta:
    """Return the meta of the notice and record each line's zone; a forwarded notice is the document,
    its forwarder apart."""
    lines = zones.read_lines(ctx.text)
    page = zones.mark_chrome(lines)
    content = [i for i, ln in enumerate(lines) if ln.zone not in zones.CHROME and not ln.in_table]
    head = _find_head(lines, content)
    meta = Meta()
    date_i = None
    if head.title is not None:
        t0, t1 = head.title
        _mark(lines, range(t0, t1 + 1), zones.TITLE)
        meta.title, prefix = _title(lines[t0:t1 + 1])
        meta.doc_type = _type_of_title(meta.title)
        meta.issuers = _masthead(lines, content, head.head, t0) + prefix
        number = _doc_number(lines, content, head.head, t1)
        if number:
            meta.doc_number, meta.doc_number_parts = number
        meta.recipients = _recipients(lines, _following(content, t1, 4))
        meta.forwarded_by = _forwarding(lines, content, head.head)
    else:
        meta.recipients = _recipients(lines, content[:3])
    date_i = _signature_date(lines, content, head)
    if date_i is not None:
        meta.issue_date = _date_of_line(lines[date_i].text)
        lines[date_i].zone = zones.DATE
        meta.issuers = _unique(meta.issuers + _signature(lines, content, date_i))
        meta.publicity = _publicity(lines, content, date_i)
    elif head.body is not None:
        meta.issuers = _unique(meta.issuers + _last_signature(lines, content, head.body))
    _from_page(meta, page, lines, content)
    if meta.title is None:
        meta.doc_type = _type_of_wording(ctx.text.string)
    _finish(ctx, meta, lines, content, page, head)
    ctx.zones = [Zone(ln.start, ln.end, ln.zone) for ln in lines]
    return meta


# --- the head: body start, title, masthead, 文号, recipients --------------------------------

def _find_head(lines: list[Line], content: list[int]) -> Head:
    """Return where the body starts and which lines hold the notice's own title."""
    body = next((i for i in content if _is_body(lines[i].text)), None)
    before = [i for i in content if body is None or i < body]
    ends = [i for i in before[:60] if _is_title_end(lines[i].text)]
    headed = [i for i in ends if _opens_notice(lines, _following(content, i, 3))]
    end = headed[0] if headed else (ends[0] if ends else None)
    if end is not None and "转发" in lines[end].text:
        later = [i for i in ends if i > end]
        end = later[0] if later else end
    if end is None:
        headline = _headline(lines, before)
        if headline is None:
            return Head(body, None, 0)
        end = headline
    start = end
    while start > 0 and not TITLE_VERB.match(lines[start].text) and end - start < 3 and \
            _title_part(lines[start - 1]):
        start -= 1
    return Head(body, (start, end), _head_start(lines, start))


def _is_body(text: str) -> bool:
    """Tell whether a line is body text: a sentence, a heading, the recipients line."""
    if _is_title_end(text) or AGENCY.match(text) or date_only(text) or _number_line(text):
        return False
    return bool("。" in text or HEADING.match(text) or BODY_OPENING.match(text) or _recipient_head(text)
                or (len(text) > 50 and re.search(r"[，,；;]", text)))


def _is_title_end(text: str) -> bool:
    squeezed = re.sub(r"\s+", "", text)
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
    i = before[0]
    text = lines[i].text
    if (len(text) > 50 or re.search(r"[。：:；;，,、]$", text) or HEADING.match(text) or BODY_OPENING.match(text)
            or AGENCY.match(text) or date_only(text) or _number_line(text) or text.startswith("附件")
            or places.mentions(text, None) and len(places.mentions(text, None)[0].name) >= len(text) - 1):
        return None
    return i


def _opens_notice(lines: list[Line], after: list[int]) -> bool:
    """Tell whether the lines after a title open a notice: its 文号 or its recipients line."""
    return any(_number_line(lines[i].text) or _recipient_head(lines[i].text) for i in after)


def _title_part(line: Line) -> bool:
    """Tell whether a line above the title's last line still belongs to the title."""
    t = line.text
    return (line.zone not in zones.CHROME and not line.in_table and len(t) < 40 and not t.endswith(("：", ":", "。"))
            and not _is_title_end(t) and not AGENCY.match(t) and not _number_line(t) and not date_only(t)
            and t != "文件")


def _head_start(lines: list[Line], t_start: int) -> int:
    """Return where the inner notice's head begins: after a forwarding cover's date and 附件 line."""
    for i in range(t_start - 1, -1, -1):
        if lines[i].zone in zones.CHROME:
            continue
        if date_only(lines[i].text) or ATTACHMENT_LINE.match(lines[i].text):
            return i + 1
    return 0


def _following(content: list[int], i: int, n: int) -> list[int]:
    """Return the next `n` content lines after line `i`."""
    return [j for j in content if j > i][:n]


def _title(lines: list[Line]) -> tuple[str, list[str]]:
    """Return a title joined across its lines, and the issuers printed before its 关于/印发/转发."""
    joined = re.sub(r"\s*\n\s*", "", "".join(ln.text for ln in lines)).strip()
    joined = re.sub(r"(?<=[\u4e00-\u9fff》”）)])\s+(?=[\u4e00-\u9fff《“（(])", "", joined)
    joined = LEADING_TAG.sub("", LEADING_NUMBER.sub("", joined))
    m = TITLE_VERB.search(joined)
    if m and m.start() > 0:
        lead = joined[:m.start()].strip()
        issuers = _agencies(lead)
        if issuers or places.mentions(lead, None) and _only_places(lead):
            return joined[m.start():], issuers
    return joined, []


def _only_places(text: str) -> bool:
    return all(PLACE_ONLY.match(p) for p in text.split())


def _type_of_title(title: str | None) -> str | None:
    """Return the 文种 a title ends with (…的通知, …公示公告 → 公告), after its bracketed qualifiers."""
    if not title:
        return None
    m = TYPE_END.search(re.sub(r"\s+", "", title))
    return re.sub(TITLE_SUFFIX + "$", "", m.group(0)) if m else None


def _type_of_wording(text: str) -> str | None:
    """Return the 文种 a notice without a title gives itself by its closing words."""
    for pattern, kind in FORMULAS:
        if pattern.search(text):
            return kind
    return None


def _number_line(text: str) -> re.Match | None:
    """Return the 文号 of a line that holds little else (晋人社厅发〔2020〕44号, （清人社发〔2022〕160号）)."""
    if len(text) >= 40:
        return None
    m = next(find_doc_numbers(text), None)
    if m and len(re.sub(r"[\s（）()]", "", text)) - len(re.sub(r"\s", "", m.group(0))) <= 4:
        return m
    return None


def _masthead(lines: list[Line], content: list[int], head: int, t_start: int) -> list[str]:
    """Return the issuers of the masthead lines above the title."""
    out = []
    for i in content:
        if head <= i < t_start and not _number_line(lines[i].text):
            found = _agencies(lines[i].text)
            if found:
                lines[i].zone = zones.MASTHEAD
                out.extend(found)
    return out


def _doc_number(lines: list[Line], content: list[int], head: int, t_end: int) -> tuple[str, dict] | None:
    """Return the notice's 文号: on its own line around the title, or bracketed before the title."""
    near = [i for i in content if head <= i <= t_end] + _following(content, t_end, 3)
    for i in near:
        m = _number_line(lines[i].text) or (LEADING_NUMBER.match(lines[i].text) and
                                             next(find_doc_numbers(lines[i].text), None))
        if m:
            if lines[i].zone == zones.BODY:
                lines[i].zone = zones.DOC_NUMBER
            return normal_doc_number(m), doc_number_parts(m)
    return None


def _recipient_head(text: str) -> str | None:
    """Return the 主送 part of a line: all of it before a closing colon, or before the colon that
    opens the body on the same line (各市人社局: 现将…)."""
    m = re.match(r"^(?P<body>[^。；;：:]{2,200}?)[：:]", text)
    if not m:
        return None
    names = m.group("body").strip()
    if NOT_RECIPIENT.search(names) or BODY_OPENING.match(names) or HEADING.match(names):
        return None
    rest = text[m.end():].strip()
    if rest and not _bodies(names):
        return None
    return names


def _bodies(names: str) -> bool:
    """Tell whether a text is a list of bodies (乡镇人民政府; 文峰镇、菱角镇人民政府)."""
    parts = [p for p in re.split(r"[，,；;]", names) if p]
    return bool(parts) and all(BODY_WORD.search(p.strip()) for p in parts) and not NOT_RECIPIENT.search(names)


def _recipients(lines: list[Line], candidates: list[int]) -> list[str]:
    """Return the 主送机关 of the first recipients line among the candidates, split as printed; a first
    line naming bodies only stands for one whose colon was lost (乡镇人民政府)."""
    found = None
    for i in candidates:
        names = _recipient_head(lines[i].text)
        if names:
            found = (i, names)
            break
        if _is_body(lines[i].text):
            break
    if found is None and candidates:
        first = lines[candidates[0]].text
        if _bodies(first) and len(first) < 80 and "的" not in first:
            found = (candidates[0], first)
    if found is None:
        return []
    lines[found[0]].zone = zones.RECIPIENTS
    return list(dict.fromkeys(split_recipients(found[1])))


def split_recipients(names: str) -> list[str]:
    """Split a 主送 line at its top-level 、，; keeping whole what shares one phrase: places before a body
    of the same kind (各市、县（区）人社局), one-character kinds (各委、办、局)."""
    out: list[str] = []
    for group in _split_top(names, "，,；;"):
        pieces = _split_top(group, "、")
        ends_in_body = bool(pieces) and not PLACE_ONLY.match(pieces[-1])
        merged: list[str] = []
        glue = False
        for piece in pieces:
            if merged and (glue or len(piece) <= 1):
                merged[-1] += "、" + piece
            else:
                merged.append(piece)
            glue = ends_in_body and bool(PLACE_ONLY.match(merged[-1].split("、")[-1])) and "各" not in _after(pieces, piece)
        out.extend(merged)
    return [p for p in out if p]


def split_list(body: str) -> list[str]:
    """Split an enumeration of names (抄送 line) at 、，; keeping bracketed parts and one-character pieces whole."""
    out: list[str] = []
    for p in _split_top(body, "、，,；;"):
        if out and len(p) <= 1:
            out[-1] += "、" + p
        elif p:
            out.append(p)
    return out


def _after(pieces: list[str], piece: str) -> str:
    i = pieces.index(piece)
    return pieces[i + 1] if i + 1 < len(pieces) else ""


def _split_top(text: str, seps: str) -> list[str]:
    """Split at separators outside brackets."""
    pieces, depth, cur = [], 0, ""
    for ch in text:
        depth += ch in "（(﹤<〈《[【"
        depth -= ch in "）)﹥>〉》]】"
        if depth <= 0 and ch in seps:
            pieces.append(cur.strip())
            cur = ""
        else:
            cur += ch
    pieces.append(cur.strip())
    return [p for p in pieces if p]


# --- the tail: signature, date, publicity ---------------------------------------------------

def _signature_date(lines: list[Line], content: list[int], head: Head) -> int | None:
    """Return the line of the 成文日期: the first date standing alone (or after the signing body) after
    the body began, before any attachment."""
    start = head.title[1] + 1 if head.title else (head.body or 0)
    if head.body is not None:
        start = max(start, head.body)
    for i in range(start, len(lines)):
        line = lines[i]
        if line.in_table or line.zone in (zones.NAV, zones.CONTROL, zones.INDEX):
            continue
        if ATTACHMENT_LINE.match(line.text) and i > start:
            break
        if _date_of_line(line.text) and (line.zone != zones.BYLINE or i > (head.body or 0)):
            return i
    return None


SIGNED_DATE = re.compile(r"^(?P<unit>[\u4e00-\u9fff（）()]{3,40}?)\s*(?P<date>(?:19|20)\d{2}\s*年.*|(?:19|20)\d{2}\s*[-./].*)$")


def _date_of_line(text: str) -> str | None:
    """Return the date of a 成文日期 line: a date alone, or after the signing body (…办公室2024年5月29日)."""
    found = date_only(text)
    if found:
        return found
    m = SIGNED_DATE.match(text.strip())
    if m and AGENCY.match(m.group("unit")):
        return date_only(m.group("date"))
    return None


def _signature(lines: list[Line], content: list[int], date_i: int) -> list[str]:
    """Return the signing bodies: on the date's line, or on the agency lines right above it."""
    m = SIGNED_DATE.match(lines[date_i].text) if date_i < len(lines) else None
    if m and AGENCY.match(m.group("unit")):
        return _agencies(m.group("unit"))
    names: list[str] = []
    for i in reversed([j for j in content if j < date_i]):
        found = _agencies(lines[i].text)
        if not found:
            break
        lines[i].zone = zones.SIGNATURE
        names[:0] = found
    return names


def _last_signature(lines: list[Line], content: list[int], body: int) -> list[str]:
    """Return the signing bodies of a notice whose date is not printed (or was cut off): agency lines
    closing the text after its body."""
    tail = [i for i in content if i > body]
    if not tail or not _agencies(lines[tail[-1]].text):
        return []
    return _signature(lines, [i for i in content if i >= body], tail[-1] + 1)


def _publicity(lines: list[Line], content: list[int], date_i: int) -> str | None:
    for i in _following(content, date_i, 2):
        m = PUBLICITY.match(lines[i].text.replace(" ", ""))
        if m:
            lines[i].zone = zones.PUBLICITY
            return m.group(1)
    return None


# --- agencies --------------------------------------------------------------------------------

def _agencies(line: str) -> list[str]:
    """Return the agencies of one masthead or signature line, several when spaces part whole names."""
    parts = [p.removesuffix("文件") for p in line.split()]
    if len(parts) > 1 and all(AGENCY.match(p) for p in parts):
        return [a for p in parts for a in _joint(p)]  # 河北省人力资源和社会保障厅   河北省财政厅
    name = "".join(parts)
    return _joint(name) if AGENCY.match(name) else []


def _joint(name: str) -> list[str]:
    """Split agencies of one place printed without a break (山西省人社厅山西省扶贫办 → two)."""
    lead = name[:2]
    parts = [lead + p for p in name.split(lead) if p]
    return parts if len(parts) > 1 and all(AGENCY.match(p) for p in parts) else [name]


def _forwarding(lines: list[Line], content: list[int], head: int) -> Forwarding | None:
    """Return the forwarding bodies when a cover (signatures, date) precedes the inner notice."""
    cover = [i for i in content if i < head]
    date_i = next((i for i in cover if date_only(lines[i].text)), None)
    if date_i is None:
        return None
    issuers = _signature(lines, cover, date_i)
    if not issuers:
        return None
    for i in cover:
        if lines[i].zone == zones.BODY:
            lines[i].zone = zones.COVER
    city = next((m.group(0) for n in issuers if (m := re.match(r"^[\u4e00-\u9fff]{2,6}?(?:市|州|盟)", n))), None)
    return Forwarding(issuers, date_only(lines[date_i].text), city, _publicity(lines, cover, date_i), None, None)


# --- page fields, place, year ------------------------------------------------------------------

def _from_page(meta: Meta, page: zones.PageFields, lines: list[Line], content: list[int]) -> None:
    """Fill from the page's byline and index table what the notice itself does not print."""
    meta.publish_date = page.date("publish_date")
    meta.index_number = page.get("index_number")
    if meta.title is None and page.get("title"):
        meta.title, prefix = _title([Line(page.get("title"), 0, 0)])
        meta.doc_type = _type_of_title(meta.title)
        meta.issuers = meta.issuers or prefix
    if meta.doc_number is None and page.get("doc_number"):
        m = next(find_doc_numbers(page.get("doc_number")), None)
        if m:
            meta.doc_number, meta.doc_number_parts = normal_doc_number(m), doc_number_parts(m)
    if meta.issue_date is None:
        meta.issue_date = page.date("issue_date")
    if not meta.issuers:
        names = [re.sub(r"\s+", "", v) for key in ("issuer", "source") for v in page.all(key)]
        meta.issuers = [n for n in names if AGENCY.match(n)][:1]


def _finish(ctx: Context, meta: Meta, lines: list[Line], content: list[int], page: zones.PageFields,
            head: Head) -> None:
    whole = ctx.text.string
    cited = _unique(normal_doc_number(m) for m in find_doc_numbers(whole))
    own = {meta.doc_number, meta.forwarded_by.doc_number if meta.forwarded_by else None}
    meta.cited_doc_numbers = [n for n in cited if n not in own]
    meta.cc, meta.printed_by, meta.print_date = _colophon(lines)
    body = head.body if head.body is not None else 0
    meta.action_period = _action_period(meta.title, [ln.text for ln in lines[body:body + 3]])
    _place(meta, lines, page)
    meta.year, meta.year_source = _year(meta, whole)
    meta.year_inferred = meta.year_source not in (None, "issue_date")


def _place(meta: Meta, lines: list[Line], page: zones.PageFields) -> None:
    """Fill province, city, county, adcode and level (see `places`)."""
    when = meta.issue_date or meta.publish_date
    head = [ln.text for ln in lines[:12] if ln.zone in zones.CHROME]
    votes = [(meta.title or "", 6), (page.get("source") or "", 4), (page.get("issuer") or "", 6)]
    votes += [(t, 2) for t in head]
    body = [ln.text for ln in lines if ln.zone == zones.BODY and not ln.in_table][:80]
    votes += [(t, 1) for t in body if not ADDRESS.search(t)]
    below = [(r, 3) for r in meta.recipients] + [(t, 1) for t in body if ADDRESS.search(t)]
    prefixes = [(meta.doc_number_parts["prefix"], 6)] if meta.doc_number_parts else []
    prefixes += [(re.match(r"^[\u4e00-\u9fff]+", n).group(0), 1) for n in meta.cited_doc_numbers]
    place = places.locate(meta.issuers, votes, prefixes, when, below)
    meta.province, meta.city, meta.county, meta.adcode, meta.level = (
        place.province, place.city, place.county, place.adcode, place.level)


def _year(meta: Meta, whole: str) -> tuple[int | None, str | None]:
    """Return the year dates resolve with and where it came from: 成文日期, 文号, page date, body."""
    if meta.issue_date:
        return int(meta.issue_date[:4]), "issue_date"
    if meta.doc_number_parts:
        return meta.doc_number_parts["year"], "doc_number"
    if meta.publish_date:
        return int(meta.publish_date[:4]), "publish_date"
    years = Counter(int(y) for y in re.findall(r"((?:19|20)\d{2})\s*年", whole))
    return (years.most_common(1)[0][0], "body") if years else (None, None)


def _colophon(lines: list[Line]) -> tuple[list[str], str | None, str | None]:
    cc: list[str] = []
    printed_by = print_date = None
    for line in lines:
        m = CC.match(line.text)
        if m:
            line.zone = zones.CC
            body = re.sub(r"\n?抄\s*送[：:]", "", m.group("body"))
            cc.extend(split_list(re.sub(r"\s+", "", body).rstrip("。.")))
        p = PRINTED.search(line.text) if "印" in line.text else None  # speed: PRINTED backtracks on every line
        if p:
            line.zone = zones.PRINTED
            printed_by, print_date = p.group("unit"), parse_date(p.group("date"))
    return _unique(cc), printed_by, print_date


def _action_period(title: str | None, texts: list[str]) -> str | None:
    m = TITLE_PERIOD.search(title or "")
    if m:
        return m.group(1)
    for t in texts:
        if t.startswith(("一、", "（一）")):
            return None
        m = PERIOD.search(t)
        if m and re.search(r"开展|行动|活动", t[m.end():m.end() + 30]):
            return m.group("period")
    return None


def _mark(lines: list[Line], indices, zone: str) -> None:
    for i in indices:
        lines[i].zone = zone


def _unique(items) -> list[str]:
    """Return the names once each, a short form dropped where a longer name ends with it."""
    names = list(dict.fromkeys(x for x in items if x))
    return [n for n in names if not any(o != n and o.endswith(n) for o in names)]
