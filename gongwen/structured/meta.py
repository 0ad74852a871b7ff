"""公文 metadata after GB/T 9704-2012: title, 文号, issuers, recipients, date, publicity, place, 版记."""
from __future__ import annotations

import re
from collections import Counter

from ..record import Forwarding, Meta
from .context import Context
from .numbers import small_int
from .vocab import DOC_TYPES, province_in, province_of_prefix

DOC_NUMBER = re.compile(r"""
    (?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff]{0,8}?(?:根据|按照|依据|参照|落实|贯彻|执行|转发|印发))?  # a verb before it is no prefix
    (?P<prefix>[\u4e00-\u9fff]{1,12})\s*                     # issuer code and kind: 晋人社厅发, 内人社办发, 黔财农
    [〔［\[【﹝(（]\s*(?P<year>(?:19|20)\d{2})\s*[〕］\]】﹞)）]\s*   # bracketed year, every bracket style
    (?P<serial>\d{1,5})\s*号                                  # serial number
""", re.X)
# the bracketed year every 文号 holds: DOC_NUMBER is searched for only where one is (speed)
BRACKETED_YEAR = re.compile(r"[〔［\[【﹝(（]\s*(?:19|20)\d{2}\s*[〕］\]】﹞)）]")
TITLE_END = re.compile(rf"(?:{'|'.join(DOC_TYPES)})\s*$")
AGENCY = re.compile(r"""^[\u4e00-\u9fff（）()]{3,40}?
    (?:厅|局|委员会|委|办公室|办公厅|办|人民政府|政府|部|署|总局|院|会|中心|管委会|联合会|工会|团委|妇联)$""", re.X)
PUBLICITY = re.compile(r"^[（(](此件[^）)]{2,12})[）)]$")
RECIPIENTS = re.compile(r"^(?P<body>[^。；;]{2,200}?)[：:]$")
CC = re.compile(r"^抄\s*送[：:]\s*(?P<body>.+)$", re.S)
PRINTED = re.compile(r"(?P<unit>[\u4e00-\u9fff]{4,30}?)\s+(?P<date>\S+年\S+月\S+日)\s*印\s*发")
PERIOD = re.compile(r"""
    (?:于|在|定于|自)?
    (?P<period>\d{1,2}\s*月(?:上旬|中旬|下旬|初|底|中)?\s*(?:—|－|-|–|~|～|至|到)\s*\d{1,2}\s*月(?:上旬|中旬|下旬|初|底|中)?)
""", re.X)
LIST_SPLIT = re.compile(r"[、，,；;]")
BODY_OPENING = re.compile(r"^(?:为|根据|按照|依据|现将|近日|经)|.*如下[：:]$")  # the first line of the body
PAGE_NAV = re.compile(r"[>＞»|｜]|首页|当前位置|发布时间|来源[:：]")  # a web page's breadcrumb and byline
LOCAL_PLACE = re.compile(r"(?<=[\u4e00-\u9fff])(?:市|州|盟|地区|县|区|旗)")  # where a place name may end
DATE = r"(?P<y>(?:19|20)\d{2}|[〇零○ＯO一二三四五六七八九]{4})\s*年\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日"
DATE_LINE = re.compile(rf"^\s*{DATE}\s*$")  # a 成文日期 stands alone on its line


def parse_date(s: str) -> str | None:
    """Return ISO YYYY-MM-DD of a 年月日 date in Arabic or Chinese numerals (二〇二〇年七月七日)."""
    m = re.search(DATE, s)
    if not m:
        return None
    y, mo, d = (small_int(m.group(k)) for k in ("y", "m", "d"))
    return f"{y:04d}-{mo:02d}-{d:02d}"


def extract(ctx: Context) -> Meta:
    """Return the meta of the notice; a forwarded notice is the document, its forwarder apart."""
    texts = [line.strip() for p in ctx.text.paragraphs()
             for line in ctx.text.string[p.start:p.end].split("\n") if line.strip()]
    t_start, t_end = _title_range(texts)
    meta = Meta()
    if t_start is None:
        return _finish(ctx, meta, texts, 0)
    head = _head_start(texts, t_start)
    meta.title = _title(texts[t_start:t_end + 1])
    meta.doc_type = _doc_type(meta.title)
    number = _doc_number(texts[max(0, head):t_end + 1]) or _doc_number(texts[t_end + 1:t_end + 3])
    if number:
        meta.doc_number, meta.doc_number_parts = number
    meta.issuers = _issuers(texts[head:t_start]) or _title_issuers(texts[t_start])
    meta.recipients = _recipients(texts[t_end + 1:t_end + 4])
    date_i = _date_after(texts, t_end + 1)
    if date_i is not None:
        meta.issue_date = parse_date(texts[date_i])
        meta.publicity = _publicity(texts[date_i + 1:date_i + 3])
        if not meta.issuers:
            meta.issuers = _agency_lines_before(texts, date_i)
    meta.forwarded_by = _forwarding(texts[:head])
    return _finish(ctx, meta, texts, t_end + 1)


def _finish(ctx: Context, meta: Meta, texts: list[str], body: int) -> Meta:
    whole = ctx.text.string
    main = meta.doc_number
    meta.cited_doc_numbers = _unique(_norm(m.group(0)[m.start("prefix") - m.start():]) for m in _doc_numbers(whole))
    own = {main, meta.forwarded_by.doc_number if meta.forwarded_by else None}
    meta.cited_doc_numbers = [n for n in meta.cited_doc_numbers if n not in own]
    meta.cc, meta.printed_by, meta.print_date = _colophon(texts)
    meta.action_period = _action_period(texts[body:body + 3])
    _place(meta)
    meta.year, meta.year_inferred = _year(meta, whole)
    return meta


def _doc_numbers(s: str):
    """Yield the matches `DOC_NUMBER.finditer(s)` would, trying it only before a bracketed year.

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


def _title_range(texts: list[str]) -> tuple[int | None, int | None]:
    """Return the first and last paragraph index of the notice's title (the inner one when forwarded)."""
    found = [i for i, t in enumerate(texts[:60]) if _is_title_end(t)]
    if not found:
        return None, None
    headed = [i for i in found if _opens_notice(texts[i + 1:i + 3])]
    end = headed[0] if headed else found[0]  # a web page repeats the title above its own furniture
    later = [i for i in found if i > end]
    if "转发" in texts[end] and later:
        end = later[0]
    start = end
    while start > 0 and not texts[start].startswith("关于") and end - start < 3 and _title_part(texts[start - 1]):
        start -= 1
    return start, end


def _opens_notice(after: list[str]) -> bool:
    """Tell whether the lines after a title open a notice: its 文号 or its recipients line."""
    return any(DOC_NUMBER.search(t) and len(t) < 40 or RECIPIENTS.match(t) for t in after)


def _title_part(t: str) -> bool:
    """Tell whether a line above the title's last line still belongs to the title."""
    return len(t) < 40 and not t.endswith(("：", ":", "。")) and not _is_header_line(t) and not PAGE_NAV.search(t)


def _is_title_end(t: str) -> bool:
    return len(t) < 120 and TITLE_END.search(t) is not None and not t.endswith(("：", ":", "。")) \
        and ("关于" in t or "\n" in t or len(t) < 40) and not t.startswith(("附件", "抄送"))


def _is_header_line(t: str) -> bool:
    """Tell a masthead/number/date line from a title line."""
    return bool(DOC_NUMBER.search(t) or DATE_LINE.match(t) or t in ("文件",) or AGENCY.match(t))


def _head_start(texts: list[str], t_start: int) -> int:
    """Return where the inner notice's head begins: after the forwarding cover's date and 附件 line."""
    for i in range(t_start - 1, -1, -1):
        if DATE_LINE.match(texts[i]) or texts[i] in ("附件：", "附件:", "附件"):
            return i + 1
    return 0


def _title(lines: list[str]) -> str:
    joined = re.sub(r"\s*\n\s*", "", "".join(lines)).strip()
    joined = re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", joined)
    i = joined.find("关于")
    if i > 0 and AGENCY.match(joined[:i]):  # issuer names printed before 关于 are not the title
        return joined[i:]
    return joined


def _doc_type(title: str | None) -> str | None:
    m = TITLE_END.search(title or "")
    return m.group(0).strip() if m else None


def _doc_number(texts: list[str]) -> tuple[str, dict] | None:
    for t in texts:
        m = DOC_NUMBER.search(t)
        if m and len(t) < 40:
            parts = {"prefix": m.group("prefix"), "year": int(m.group("year")), "serial": int(m.group("serial"))}
            return _norm(m.group(0)[m.start("prefix") - m.start():]), parts
    return None


def _issuers(head: list[str]) -> list[str]:
    """Return the issuers named in the masthead lines above the title."""
    return _unique(n for line in head for n in _agencies(line))


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


def _title_issuers(first_line: str) -> list[str]:
    """Return the issuers a title names before its 关于 (四川省人社厅关于… → 四川省人社厅)."""
    return _agencies(first_line.partition("关于")[0].strip())  # 河南省人社厅 河南省财政厅 …关于


def _agency_lines_before(texts: list[str], date_i: int) -> list[str]:
    """Return the signature: agency lines right above the date line."""
    names: list[str] = []
    i = date_i - 1
    while i >= 0 and (line := _agencies(texts[i])):
        names[:0] = line
        i -= 1
    return names


def _recipients(texts: list[str]) -> list[str]:
    for t in texts:
        if BODY_OPENING.match(t):
            break  # the body began: 为…, 根据…, …通知如下：
        m = RECIPIENTS.match(t.replace("\n", ""))
        if m and "附件" not in t:
            return _unique(split_list(m.group("body")))
    return []


def split_list(body: str) -> list[str]:
    """Split an enumeration of names at 、，; keeping bracketed parts and one-character pieces whole."""
    pieces, depth, cur = [], 0, ""
    for ch in body:
        depth += ch in "（(﹤<〈《[【" 
        depth -= ch in "）)﹥>〉》]】"
        if depth <= 0 and LIST_SPLIT.match(ch):
            pieces.append(cur)
            cur = ""
        else:
            cur += ch
    pieces.append(cur)
    out: list[str] = []
    for p in (x.strip() for x in pieces):
        if out and len(p) <= 1:  # 各委、办、局: one character names a kind of body, not a body
            out[-1] += "、" + p
        elif p:
            out.append(p)
    return out


def _date_after(texts: list[str], start: int) -> int | None:
    for i in range(start, len(texts)):
        if DATE_LINE.match(texts[i]):
            return i
        if re.match(r"^附件\s*\d*\s*$", texts[i]):
            break
    return None


def _publicity(texts: list[str]) -> str | None:
    for t in texts:
        m = PUBLICITY.match(t.replace(" ", ""))
        if m:
            return m.group(1)
    return None


def _forwarding(cover: list[str]) -> Forwarding | None:
    """Return the forwarding bodies when a cover (signatures, date) precedes the inner notice."""
    date_i = next((i for i, t in enumerate(cover) if DATE_LINE.match(t)), None)
    if date_i is None:
        return None
    issuers = _agency_lines_before(cover, date_i)
    if not issuers:
        return None
    city = next((m.group(0) for n in issuers if (m := re.match(r"^[\u4e00-\u9fff]{2,6}?(?:市|州|盟)", n))), None)
    outer = _title_range(cover[:date_i])  # a 转发 notice prints its own title and 文号
    title = _title(cover[outer[0]:outer[1] + 1]) if outer[0] is not None else None
    number = _doc_number(cover[:outer[1] + 2]) if outer[1] is not None else None
    return Forwarding(issuers, parse_date(cover[date_i]), city, _publicity(cover[date_i + 1:date_i + 3]),
                      title, number[0] if number else None)


def _colophon(texts: list[str]) -> tuple[list[str], str | None, str | None]:
    cc: list[str] = []
    printed_by = print_date = None
    for t in texts:
        m = CC.match(t)
        if m:
            body = re.sub(r"\n?抄\s*送[：:]", "", m.group("body"))
            cc.extend(split_list(re.sub(r"\s+", "", body).rstrip("。.")))
        p = PRINTED.search(t) if "印" in t else None  # speed: PRINTED backtracks on every line
        if p:
            printed_by, print_date = p.group("unit"), parse_date(p.group("date"))
    return _unique(cc), printed_by, print_date


def _action_period(texts: list[str]) -> str | None:
    for t in texts:
        if t.startswith(("一、", "（一）")):
            return None
        m = PERIOD.search(t)
        if m and re.search(r"开展|行动|活动", t[m.end():m.end() + 30]):
            return m.group("period")
    return None


def _place(meta: Meta) -> None:
    """Fill province, city, county, adcode and level from the issuers' names and the 文号 prefix."""
    from . import divisions

    prefix = (meta.doc_number_parts or {}).get("prefix", "")
    meta.province = next((p for n in meta.issuers if (p := province_in(n))), None) or province_of_prefix(prefix)
    for name in meta.issuers:
        place = _local_place(name, meta.issue_date)
        if place is None:
            continue
        chain = [place]
        while (up := divisions.parent(chain[-1])) is not None:
            chain.append(up)
        named = {d.level: d.name for d in chain}
        meta.city, meta.county = named.get("city"), named.get("county")
        meta.province = named.get("province", meta.province)
        meta.adcode = place.adcode
        meta.level = place.level
        return
    meta.level = "province" if meta.province else "national" if meta.issuers else None
    if meta.province:
        found = divisions.find(meta.province, "province", when=meta.issue_date)
        meta.adcode = found.adcode if found else None


def _local_place(name: str, when: str | None):
    """Return the city or county division an issuer's name starts with (忻州市人民政府办公室 → 忻州市)."""
    from . import divisions

    rest = re.sub(r"^[\u4e00-\u9fff]{2,6}?(?:省|自治区)", "", name)
    for m in LOCAL_PLACE.finditer(rest):
        head = rest[:m.end()]
        for level in ("city", "county"):
            found = divisions.find(head, level, when=when)
            if found is not None:
                return found
    return None


def _year(meta: Meta, whole: str) -> tuple[int | None, bool]:
    if meta.issue_date:
        return int(meta.issue_date[:4]), False
    if meta.doc_number_parts:
        return meta.doc_number_parts["year"], True
    years = Counter(int(y) for y in re.findall(r"((?:19|20)\d{2})\s*年", whole))
    return (years.most_common(1)[0][0], True) if years else (None, False)


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _unique(items) -> list[str]:
    return list(dict.fromkeys(x for x in items if x))

