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

from ..record import Meta, Zone
from . import area_codes, head, places, recipients, signature, zones
from .context import Context
from .conventions import AGENCY, doc_number_parts, find_cited_doc_numbers, find_doc_numbers, normal_doc_number, parse_date
from .zones import Line
from .pattern_cache import cached_re

CC = cached_re(r"^抄\s*送[：:]\s*(?P<body>.+)$", re.S)
PRINTED = cached_re(r"(?P<unit>[\u4e00-\u9fff]{4,30}?)\s+(?P<date>\S+年\S+月\S+日)\s*印\s*发")
PERIOD = cached_re(r"""
    (?:于|在|定于|自)?
    (?P<period>\d{1,2}\s*月(?:上旬|中旬|下旬|初|底|中)?\s*(?:—|－|-|–|~|～|至|到)\s*\d{1,2}\s*月(?:上旬|中旬|下旬|初|底|中)?)
""", re.X)
TITLE_PERIOD = cached_re(r"[（(]((?:19|20)\d{2}\s*[—－\-–~～至]\s*(?:19|20)\d{2}年)[）)]")


# a landline printed with its area code (0791-86223994): the code says in which province the office sits
LANDLINE = cached_re(r"(?<!\d)(?P<code>0\d{2,3})\s*[-—–－]\s*[2-9]\d{6,7}(?!\d)")
# the 附件说明 under the body: 附件：1.… and the numbered lines under it
ATTACHMENT_NOTE = cached_re(r"^附\s*件\s*\d*\s*[：:]")
LISTED = cached_re(r"^\d{1,2}\s*[.．、]")
# a line giving an office's address: its district says where the office sits, not whom the notice is for
ADDRESS = cached_re(r"地址|地点|邮寄|通讯处|[路街巷]\d+号|(?<!\d)\d+号楼|[楼层]\d+[室号]?")


def extract(ctx: Context) -> Meta:
    """Return the meta of the notice and record each line's zone; a forwarded notice is the document,
    its forwarder apart."""
    lines = zones.read_lines(ctx.text)
    page = zones.mark_chrome(lines)
    content = [i for i, ln in enumerate(lines) if ln.zone not in zones.CHROME and not ln.in_table]
    frame = head.find_head(lines, content)
    meta = Meta()
    if frame.title is not None:
        t0, t1 = frame.title
        _mark(lines, range(t0, t1 + 1), zones.TITLE)
        meta.title, prefix = head.read_title(lines[t0:t1 + 1])
        meta.doc_type = head.type_of_title(meta.title)
        meta.issuers = head.masthead(lines, content, frame.head, t0) + prefix
        number = head.doc_number(lines, content, frame.head, t1)
        if number:
            meta.doc_number, meta.doc_number_parts = number
        meta.recipients = recipients.find_recipients(lines, zones.following(content, t1, 4), head.is_body)
        meta.forwarded_by = signature.forwarding(lines, content, frame.head)
    else:
        meta.recipients = recipients.find_recipients(lines, content[:3], head.is_body)
    start = frame.title[1] + 1 if frame.title else 0
    date_i = signature.signature_date(lines, max(start, frame.body or 0), frame.body)
    if date_i is not None:
        meta.issue_date = signature.date_of_line(lines[date_i].text)
        lines[date_i].zone = zones.DATE
        meta.issuers = _unique(meta.issuers + signature.signature(lines, content, date_i))
        meta.publicity = signature.publicity(lines, content, date_i)
    elif frame.body is not None:
        meta.issuers = _unique(meta.issuers + signature.last_signature(lines, content, frame.body))
    _from_page(meta, page)
    if meta.title is None:
        meta.doc_type = head.type_of_wording(ctx.text.string)
    _finish(ctx, meta, lines, page, frame)
    _mark_attachments(lines)
    ctx.zones = [Zone(ln.start, ln.end, ln.zone) for ln in lines]
    return meta


def _from_page(meta: Meta, page: zones.PageFields) -> None:
    """Fill from the page's byline and index table what the notice itself does not print."""
    meta.publish_date = page.date("publish_date")
    meta.index_number = page.get("index_number")
    if meta.title is None and (title := _page_title(page.all("title"))):
        meta.title, prefix = head.read_title([Line(title, 0, 0)])
        meta.doc_type = head.type_of_title(meta.title)
        meta.issuers = meta.issuers or prefix
    if meta.doc_number is None and (doc_number := page.get("doc_number")):
        m = next(find_doc_numbers(doc_number), None)
        if m:
            meta.doc_number, meta.doc_number_parts = normal_doc_number(m), doc_number_parts(m)
    if meta.issue_date is None:
        meta.issue_date = page.date("issue_date")
    if not meta.issuers:
        names = [re.sub(r"\s+", "", v) for key in ("issuer", "source") for v in page.all(key)]
        meta.issuers = [n for n in names if AGENCY.match(n)][:1]


def _page_title(titles: list[str]) -> str | None:
    """Return the title the page's fields print: the first that ends as a title does (a running header repeats
    the page's first line cut short: 发文标题: …关于调整全省失业保险), else the first."""
    return next((t for t in titles if head.is_title_end(t)), titles[0] if titles else None)


def _finish(ctx: Context, meta: Meta, lines: list[Line], page: zones.PageFields, frame: head.Head) -> None:
    """Fill what is read from the whole text once the head and signature are known: cited 文号, 版记,
    action period, place and year."""
    whole = ctx.text.string
    cited = _unique(normal_doc_number(m) for m in find_cited_doc_numbers(whole))
    own = {meta.doc_number, meta.forwarded_by.doc_number if meta.forwarded_by else None}
    meta.cited_doc_numbers = [n for n in cited if n not in own]
    meta.cc, meta.printed_by, meta.print_date = _colophon(lines)
    body = frame.body if frame.body is not None else 0
    meta.action_period = _action_period(meta.title, [ln.text for ln in lines[body:body + 3]])
    _place(meta, lines, page)
    _warn_ambiguous(ctx, meta)
    meta.year, meta.year_source = _year(meta, whole)
    meta.year_inferred = meta.year_source not in (None, "issue_date")


def _place(meta: Meta, lines: list[Line], page: zones.PageFields) -> None:
    """Fill province, city, county, adcode and level (see `places`)."""
    when = meta.issue_date or meta.publish_date
    chrome = [ln.text for ln in lines[:12] if ln.zone in zones.CHROME]
    votes = [(meta.title or "", 6), (page.get("source") or "", 4), (page.get("issuer") or "", 6)]
    votes += [(t, 2) for t in chrome]
    body = [ln.text for ln in lines if ln.zone == zones.BODY and not ln.in_table][:80]
    votes += [(t, 1) for t in body if not ADDRESS.search(t)]
    below = [(r, 3) for r in meta.recipients] + [(t, 1) for t in body if ADDRESS.search(t)]
    prefixes = [(meta.doc_number_parts["prefix"], 6)] if meta.doc_number_parts else []
    prefixes += [(n.partition("〔")[0], 1) for n in meta.cited_doc_numbers]  # normal form: Han prefix〔year〕serial号
    votes += [(p, 2) for m in LANDLINE.finditer("\n".join(body)) if (p := area_codes.province_of_code(m["code"]))]
    place = places.locate(meta.issuers, votes, prefixes, when, below)
    meta.province, meta.city, meta.county, meta.adcode, meta.level = (
        place.province, place.city, place.county, place.adcode, place.level)


def _warn_ambiguous(ctx: Context, meta: Meta) -> None:
    """Warn where an issuer's place name fits several divisions and nothing else settled it."""
    when = meta.issue_date or meta.publish_date
    for name in meta.issuers:
        hits = places.ambiguous_start(name, when)
        if hits and not (meta.city or meta.county):
            where = "、".join(sorted({f"{d.name}({d.adcode})" for d in hits}))
            ctx.warn("W_PLACE_AMBIGUOUS", f"the issuer {name} may sit in any of {where}; the place is left open")


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
            cc.extend(recipients.split_list(re.sub(r"\s+", "", body).rstrip("。.")))
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


def _mark_attachments(lines: list[Line]) -> None:
    """Mark the 附件说明: a body line that lists the notice's attachments (附件：1.…), and its numbered lines."""
    listing = False
    for line in lines:
        if line.zone != zones.BODY:
            listing = False
        elif ATTACHMENT_NOTE.match(line.text):
            line.zone, listing = zones.ATTACHMENT, True
        elif listing and LISTED.match(line.text) and "。" not in line.text:
            line.zone = zones.ATTACHMENT
        else:
            listing = False


def _mark(lines: list[Line], indices, zone: str) -> None:
    for i in indices:
        lines[i].zone = zone


def _unique(items) -> list[str]:
    """Return the names once each, a short form dropped where a longer name ends with it."""
    names = list(dict.fromkeys(x for x in items if x))
    return [n for n in names if not any(o != n and o.endswith(n) for o in names)]
