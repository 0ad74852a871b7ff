"""The end of a notice (GB/T 9704-2012): the 成文日期 and the signing bodies above it (or on its line),
the publicity note under it, an undated signature, and the cover of a notice forwarded with its own
signature and date."""
from __future__ import annotations

import re

from ..record import Forwarding
from . import zones
from .conventions import AGENCY, ATTACHMENT_LINE, date_only
from .zones import Line
from .pattern_cache import cached_re

CITY_LEAD = cached_re(r"^[\u4e00-\u9fff]{2,6}?(?:市|州|盟)")  # the city an issuer's name starts with
PUBLICITY = cached_re(r"^[（(](此件[^）);；]{2,12})[）);；]")
# the 版记 under the signature: the printing body and date (…办公室 2017年6月10日印发), the 抄送 line
COLOPHON = cached_re(r"印\s*发\s*$|^抄\s*送")
ATTACHMENT_NOTE = cached_re(r"^附\s*件\s*\d*\s*[：:．.]\s*(?P<name>\S.*)$")
SIGNED_DATE = cached_re(r"^(?P<unit>[\u4e00-\u9fff（）()]{3,40}?)\s*(?P<date>(?:19|20)\d{2}\s*年.*|(?:19|20)\d{2}\s*[-./].*)$")


def signature_date(lines: list[Line], start: int, body: int | None) -> int | None:
    """Return the line of the 成文日期: the first date standing alone (or after the signing body) from
    `start` (past the title and the first body line), before any attachment."""
    for i in range(start, len(lines)):
        line = lines[i]
        if line.in_table or line.zone in (zones.NAV, zones.CONTROL, zones.INDEX):
            continue
        if ATTACHMENT_LINE.match(line.text) and i > start:
            break
        if date_of_line(line.text) and (line.zone != zones.BYLINE or i > (body or 0)):
            return i
    return None


def date_of_line(text: str) -> str | None:
    """Return the date of a 成文日期 line: a date alone, or after the signing body (…办公室2024年5月29日)."""
    found = date_only(text)
    if found:
        return found
    m = SIGNED_DATE.match(text.strip())
    if m and AGENCY.match(m.group("unit")):
        return date_only(m.group("date"))
    return None


def signature(lines: list[Line], content: list[int], date_i: int) -> list[str]:
    """Return the signing bodies: on the date's line, or on the agency lines right above it."""
    m = SIGNED_DATE.match(lines[date_i].text) if date_i < len(lines) else None
    if m and AGENCY.match(m.group("unit")):
        return agencies(m.group("unit"))
    return _names_above(lines, content, date_i)


def _names_above(lines: list[Line], content: list[int], end: int) -> list[str]:
    """Return the bodies of the agency lines right above line `end`, marking them as the signature."""
    names: list[str] = []
    for i in reversed([j for j in content if j < end]):
        found = agencies(lines[i].text)
        if not found:
            break
        lines[i].zone = zones.SIGNATURE
        names[:0] = found
    return names


def last_signature(lines: list[Line], content: list[int], body: int) -> list[str]:
    """Return the signing bodies of a notice whose date is not printed (or was cut off): agency lines
    closing the text after its body, above its 版记 and the attachment its 附件说明 names."""
    tail = [i for i in content if i > body and not COLOPHON.search(lines[i].text)]
    named = {m["name"] for i in tail if (m := ATTACHMENT_NOTE.match(lines[i].text))}
    # the attachment itself begins where its title, named in the 附件说明 above, is printed again
    tail = next((tail[:k] for k, i in enumerate(tail) if k and lines[i].text in named), tail)
    if not tail or not agencies(lines[tail[-1]].text):
        return []
    return _names_above(lines, [i for i in content if i >= body], tail[-1] + 1)


def publicity(lines: list[Line], content: list[int], date_i: int) -> str | None:
    for i in zones.following(content, date_i, 2):
        m = PUBLICITY.match(lines[i].text.replace(" ", ""))
        if m:
            lines[i].zone = zones.PUBLICITY
            return m.group(1)
    return None


def agencies(line: str) -> list[str]:
    """Return the agencies of one masthead or signature line, several when spaces or 、 part whole names."""
    parts = [p.removesuffix("文件") for p in re.split(r"[\s、]+", line.strip()) if p]
    if len(parts) > 1 and all(AGENCY.match(p) for p in parts):
        return [a for p in parts for a in _joint(p)]  # 河北省人力资源和社会保障厅   河北省财政厅
    name = "".join(parts)
    return _joint(name) if AGENCY.match(name) else []


def _joint(name: str) -> list[str]:
    """Split agencies of one place printed without a break (山西省人社厅山西省扶贫办 → two)."""
    lead = name[:2]
    parts = [lead + p for p in name.split(lead) if p]
    return parts if len(parts) > 1 and all(AGENCY.match(p) for p in parts) else [name]


def forwarding(lines: list[Line], content: list[int], head: int) -> Forwarding | None:
    """Return the forwarding bodies when a cover (signatures, date) precedes the inner notice."""
    cover = [i for i in content if i < head]
    date_i = next((i for i in cover if date_only(lines[i].text)), None)
    if date_i is None:
        return None
    issuers = signature(lines, cover, date_i)
    if not issuers:
        return None
    for i in cover:
        if lines[i].zone == zones.BODY:
            lines[i].zone = zones.COVER
    city = next((m.group(0) for n in issuers if (m := CITY_LEAD.match(n))), None)
    return Forwarding(issuers, date_only(lines[date_i].text), city, publicity(lines, cover, date_i), None, None)
