"""Read phone numbers and e-mail addresses as printed, and complete a landline's area code from its own city."""
from __future__ import annotations

import regex as re

from ..record import Phone
from . import area_codes
from .context import Context
from .pattern_cache import cached

PHONE = cached(r"""
    (?=[0-9（(])                                          # Speed: what every match opens with, a scan regex does fast
    (?<![\dA-Za-z@._-])                                   # not inside a longer number or address
    (?:
        (?P<mobile>1[3-9]\d(?:[-\s]?\d{4}){2})            # 18722997205, 187-2299-7205
      | (?P<service>[48]00(?:[-—–‐－\s]?\d{3})[-—–‐－\s]?\d{4})  # 400-810-1234
      | (?P<glued>(?P<area>0(?:10|2\d))(?P<local>[2-9]\d{7})   # 02386893791: 3-digit code, no separator
          | (?P<area>0[3-9]\d\d)(?P<local>[2-9]\d{6,7}))         # 07303050000: 4-digit code, no separator
      | (?:(?P<area>0\d{2,3})[-—–‐－]?)?(?P<hotline>123\d\d)    # 12345, 0730-12345
          (?!\.[A-Za-z]|\s*[元万亿人个户名项次%％])               # not a host name, an amount or a count
      | (?:[（(]\s*(?P<area>0\d{2,3})\s*[)）]\s*          # （0471）6944056
          | (?P<area>0\d{2,3})(?:\s*[-—–‐－]\s*|\s+)      # 0351-7676016, 0828—3181269, 0471 6944056
        )?
        (?P<local>[2-9]\d{6,7})                           # 7676016, 86893791
        (?:\s*(?:转|分机|ext\.?)\s*(?P<ext>\d{1,5}))?     # 转123
    )
    (?![\d@＠])
""", re.VERBOSE)

EMAIL = cached(r"""
    (?P<user>[A-Za-z0-9._%+-]+)\s*[@＠]\s*(?P<host>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)   # a@b.cn, a＠b.cn
""", re.VERBOSE)

# an address a web page's script hid and the stored page lost: a mailbox line, but no address
HIDDEN_EMAIL = cached(r"\[email(?:\s|&#160;)*protected\]")

# Speed: PHONE and EMAIL are slow to try at every position of every line, so a line is searched
# only when it holds what every match of theirs contains: a run of digits, an at sign.
PHONE_DIGITS = cached(r"1[3-9]\d|[48]00|[2-9]\d{6}|123\d\d")  # a mobile, 400 number, local number, hotline
AT_SIGNS = "@＠"
BARE_LOCAL = cached(r"([2-9]\d{6,7})(?:-\d+)?")  # a landline's normalized form without an area code

# what labels a number: a bare 7-digit number counts as a phone only after one of these
PHONE_LABEL = cached(r"电话|手机|传真|热线|座机|联系|咨询|[Tt][Ee][Ll]|号码|致电")
HOTLINE_AFTER = cached(r"[\u4e00-\u9fff]{0,6}热线")  # 12345市长热线: a hotline named after its number


NON_DIGIT = cached(r"\D")
NEXT_NUMBER = cached(r"\s*[、,，/或]?\s*")  # between two numbers that share an area code
LABELS = cached(r"电话/传真|电话|手机|传真|座机")
FAX_MARK = cached(r"\s*[（(]传真[)）]")

def counts(s: str, line_start: int, m: re.Match) -> bool:
    """Tell whether a number match is a phone: one with an area code, a mobile, a 400 number, or a
    bare local number, run-together landline or hotline with a phone label before it (or 热线 right
    after a hotline)."""
    if m.group("hotline"):
        return labeled(s, line_start, m.start()) or bool(HOTLINE_AFTER.match(s, m.end()))
    if m.group("glued"):
        return labeled(s, line_start, m.start())
    return bool(m.group("area") or m.group("mobile") or m.group("service")) or labeled(s, line_start, m.start())


def phone(s: str, m: re.Match, before: str, prev_area: str | None) -> Phone:
    """Return the Phone of match `m`; `before` is the text since the previous number, whose area code
    a bare number right after it shares (0931-8894113、8894009); other bare numbers get theirs later."""
    raw = m.group(0)
    fax = "传真" in _last_label(before) or s.startswith(("（传真）", "(传真)"), m.end())
    if m.group("mobile"):
        return Phone(raw, NON_DIGIT.sub("", raw), fax=fax, mobile=True)
    if m.group("service"):
        return Phone(raw, NON_DIGIT.sub("", raw), fax=fax)
    if m.group("hotline"):
        return Phone(raw, "-".join(filter(None, (m.group("area"), m.group("hotline")))), fax=fax)
    area = m.group("area") or (prev_area if NEXT_NUMBER.fullmatch(before) else None)
    number = f"{area}-{m.group('local')}" if area else m.group("local")
    return Phone(raw, number + (f"-{m.group('ext')}" if m.group("ext") else ""), fax=fax)


def _last_label(before: str) -> str:
    """Return the last phone label in `before` (电话, 手机, 传真 …), or ''."""
    labels = LABELS.findall(before)
    return labels[-1] if labels else ""


def after_fax_mark(s: str, pos: int, stop: int) -> int:
    """Return the end of a （传真） mark right after a number, or `pos`."""
    m = FAX_MARK.match(s, pos, stop)
    return m.end() if m else pos


def labeled(s: str, line_start: int, pos: int) -> bool:
    """Tell whether a phone label precedes `pos` on its line."""
    return bool(PHONE_LABEL.search(s, max(line_start, pos - 30), pos))


def with_area_code(ctx: Context, p: Phone, unit: str | None, start: int, end: int) -> Phone:
    """Return `p` with the area code of its own city when printed without one, warning that it was inferred."""
    local = BARE_LOCAL.fullmatch(p.normalized)
    if not local or p.mobile:
        return p
    m = ctx.meta
    issuer = m.issuers[0] if m.issuers else None
    found = area_codes.infer(local[1], unit, m.city, m.province, issuer, m.issue_date)
    if found is None:
        return p
    code, place = found
    at = ctx.text.string.find(p.raw, start, end)
    ctx.warn("W_AREA_CODE", f"{p.raw} has no area code; added {code}, the code of {place}",
             at if at >= 0 else None, at + len(p.raw) if at >= 0 else None)
    return Phone(p.raw, f"{code}-{p.normalized}", fax=p.fax, mobile=p.mobile)
