"""Find contacts: a unit, a person and their numbers, kept together across lines and in 联系人 tables.

Lines are read in order; a line of `|` cells row by row, a line with two office labels clause by
clause. A line that names a person (`省发展改革委 沈星驰`, `联系人：石登州`) opens a contact; the lines
after it that hold only numbers, e-mails or an address (`联系电话：7676016（传真）`, `电子邮箱: …`) join
it. Numbers with no person form an office contact of their own (`咨询电话：0351-1234567`), which the
e-mail, fax and address lines after it join; an office number printed again is no new contact.
Numbers themselves are read by `phones`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex as re

from ..record import Contact, Phone
from .context import Context
from .pattern_cache import cached, cached_re
from .phones import (AT_SIGNS, EMAIL, HIDDEN_EMAIL, HOTLINE_AFTER, PHONE, PHONE_DIGITS, PHONE_LABEL, after_fax_mark,
                     counts, phone, with_area_code)

CHANNEL_LABEL = cached(r"""
    联系电话|办公电话|咨询电话|电话|手机|传真|座机|电子邮箱|电子邮件|邮箱|[Ee]-?mail|号码|联系方式   # labels
    |[\s\p{P}]                                                                        # punctuation
""", re.VERBOSE)

MAIL_LABEL = cached(r"电子邮箱|电子邮件|邮箱|[Ee]-?mail")
ADDRESS = cached(r"""
    (?:通讯|通信|邮寄|受理|办公|联系)?地址[：:][^；;。\n]*                           # 通讯地址：兰州市…606室
    |邮(?:政)?编(?:码)?[：:]?\s*\d{6}                                          # 邮编：730030
""", re.VERBOSE)

# the label of an office number, at the start of its line or clause: 咨询、预约电话：0818-2672399
OFFICE_ROLE = cached(r"""
    (?<![\u4e00-\u9fff])(?![一二三四五六七八九十]+、)                  # not inside a word, not a list mark (七、)
    ([\u4e00-\u9fff][\u4e00-\u9fff、]{0,5}(?:电话|热线))[\s：:（(]*$
""", re.VERBOSE)
CLAUSE_ENDS = "，,；;。！？!?"  # a label before a number belongs to the number's clause

# a new office label right after a number, where one line holds two office items
NEXT_LABEL = cached(r"""
    (?:\s*[（(][^（）()]{1,8}[)）])?[\s，,；;。]*                   # past a number and the mark after it
    (?P<label>(?!传真)[\u4e00-\u9fff、]{1,6}(?:电话|热线)[\s：:])   # 监督电话：
""", re.VERBOSE)

# a supervision number marked after it, which is an item of its own: 8797910（纪检监督）
OWN_ROLE_MARK = cached(r"\s*[（(](?P<role>[^（）()]{0,8}(?:监督|举报|投诉)[^（）()]{0,4})[)）]")

# (plain literal patterns are compiled by the stdlib re, which is faster to call: the same matches)
# the lines of a website rather than of the notice: footers, log-in prompts of a database site
SITE_LINE = cached_re(r"版权所有|ICP备|网站标识码|本站|本网站|需要?登录")
SPONSOR = cached_re(r"主办|承办")  # 主办：某市人民政府办公室, on a footer's line

NAME = r"[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}?"  # 史振中, 宋 旋
ORG = r"(?:厅|局|委|办|室|处|科|部|中心|院|所|站|会|队|司|政府|公司|学校|大学|银行|社|馆|组)"
UNIT = rf"[\u4e00-\u9fff（）()]{{1,30}}?{ORG}"
UNIT_RE = cached(UNIT)
LABEL_END = cached(r"(?:联系电话|咨询电话|办公电话|电话|联系方式|联系)$")  # …就业科联系（
NOT_HAN = cached(r"([^\u4e00-\u9fff（）()])")

PERSON_LINE = cached(rf"""
    ^\s*(?:联系方式[：:]\s*)?                                 # 联系方式：市人社局就业科 张三 …
    (?P<unit>{UNIT})[ \u3000\t]+(?P<name>{NAME})               # 省发展改革委 沈星驰
    (?:同志)?(?=\s*$|\s*[，,：:；;（(]|\s*(?:联系)?(?:电话|手机)|\s*\d)
""", re.VERBOSE)

SPACED = "[ \u3000]*"  # letter-spaced labels: 联 系 人
LABEL_WORD = cached_re(rf"联{SPACED}系{SPACED}人|联络人|经办人|负责人|咨询人")  # cheap test before LABELED
LABELED = cached(rf"""
    (?P<role>联{SPACED}系{SPACED}人|联络人|经办人|负责人|咨询人)(?:及(?:联系)?(?:电话|方式))?\s*[：:]\s*  # 联系人：
    (?:(?P<unit>{UNIT})[ \u3000]+)?                                       # 联系人：市人社局就业科 赵六
    (?:(?P<gunit>[\u4e00-\u9fff]{{1,30}}?{ORG})(?=[\u4e00-\u9fff]{{2,3}}[，,；;\s]))?   # 省职业技能鉴定中心马进，
    (?P<name>{NAME})(?:同志|老师)?
    (?:[（(](?P<bunit>{UNIT})[）)])?                                     # 联系人：张三（市人社局就业科）
    (?=[\s，,、；;：:（()）]|$|\d|电话|手机|联系|邮箱)
""", re.VERBOSE)

UNIT_AFTER = cached(rf"\s*[（(](?P<unit>{UNIT})[)）]")  # 0851-86891234（市人社局就业科）

# a labeled unit of an office number: 联系处室：省人社厅政府表彰与任免处；电话：…
UNIT_LABEL = cached(rf"(?P<role>(?:联系|承办|受理|咨询)(?:处室|单位|部门|科室))[：:]\s*(?P<unit>{UNIT})(?=[\s，,；;。]|$)")

# one more person after a 联系人 label, past a ； or a number: 联系人：张三 0851-86891234；李四 0851-86897654
NEXT_PERSON = cached(rf"""
    (?:[；;]|(?<=\d[）)]?)[，,、\s]|(?<=^[^\d]*)、)\s*                    # past a ；, a number, or a 、 before any
    (?!电话|手机|传真|邮箱|座机|联系|电子|办公|地址|移动|固定|[Tt][Ee][Ll])      # not a label: ；手机13912345678
    (?P<name>{NAME})(?:同志|老师)?                                      # ；李四
    (?=[，,；;\s]*(?:(?:联系)?(?:电话|手机)\s*[：:]?\s*)?(?:[（(]?0\d{{2,3}}|1[3-9]\d))   # then a number
""", re.VERBOSE)

# a person named after a phone label, right before the number: 联系方式：张三 13912345678
NAME_AFTER_LABEL = cached(rf"""
    (?:联系方式|联系电话|电话)[：:]\s*
    (?!手机|座机|传真|办公|固话|电话|值班|白天|夜间|工作|请拨|拨打|咨询|热线|移动|区号)  # not a label or a note
    (?P<name>[\u4e00-\u9fff]{{2,3}})(?<!{ORG})(?:同志|老师)?                 # not a unit: 办公室 0851-…
    (?=[\s，,]*(?:[（(]?0\d{{2,3}}|1[3-9]\d))
""", re.VERBOSE)

# 省人社厅农民工工作处：张三，电话：… (a unit, a colon, a person, then a number)
UNIT_COLON = cached(rf"""
    (?P<unit>{UNIT})[：:]\s*(?P<name>{NAME})(?:同志)?
    (?=[，,\s]*(?:联系)?(?:电话|手机|[（(]?0\d{{2,3}}|1[3-9]\d))
""", re.VERBOSE)
# Speed: UNIT_COLON tries a long lazy run at every position, so it is tried only from 32 characters
# (the longest UNIT) before the first colon that follows an ORG word: no match starts earlier
ORG_COLON = cached_re(rf"{ORG}[：:]")
UNIT_REACH = 32

# a verb before a unit named inline: 报省生态移民局后续发展处（联系人：…）
VERB = cached_re(r"报送|上报|报|送|交|至|向|给|联系|咨询|由|与|拨打|致电")  # 请与市人社局就业科联系
TRAIL = " \u3000\t|，,：:；;（("  # what may separate a unit from the label or number after it
QUALIFIER = 4  # a label may be qualified by a few characters after its unit: 成都市民政局信访咨询电话

# the header of a 联系人 table and the column each label names
TABLE_COLUMNS = {"name": ("姓名", "联系人"), "unit": ("单位", "处室", "部门"), "role": ("职务", "职称"),
                 "phone": ("电话", "手机", "联系方式", "传真", "座机"), "email": ("邮箱", "邮件", "mail")}


@dataclass
class Draft:
    """A contact being assembled from one or more lines."""

    start: int
    end: int
    unit: str | None = None
    name: str | None = None
    role: str | None = None
    phones: list[Phone] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)


OFFICE_NUMBER = cached(r"\s*[\u4e00-\u9fff、]{0,8}(?:电话|热线|手机|座机)")  # a line opening with a number's label
NAME_PADDING = cached(r"[ \u3000]")  # spaces a layout pads a name with (宋 旋)

def extract(ctx: Context) -> list[Contact]:
    """Return every contact of the notice, in order of appearance."""
    drafts: list[Draft] = []
    reader = LineReader(ctx)
    for block in ctx.text.blocks:
        if block.kind == "table":
            table = _table_contacts(ctx, block.rows)
            drafts += [d for a, b in block.rows for d in reader.read(a, b)] if table is None else table
            reader.open = None
        else:
            drafts += reader.read(block.start, block.end)
    drafts.sort(key=lambda d: d.start)
    return [_contact(ctx, d) for d in _once_per_number(drafts) if d.phones or d.emails]


def _once_per_number(drafts: list[Draft]) -> list[Draft]:
    """Drop an office contact (no person) whose numbers and mailboxes all came earlier: one item per number."""
    seen: set[str] = set()
    out = []
    for d in drafts:
        channels = {p.normalized for p in d.phones} | set(d.emails)
        if d.name or not channels <= seen:
            out.append(d)
        seen |= channels
    return out


def _contact(ctx: Context, d: Draft) -> Contact:
    """Return the Contact of a finished draft, quoting the lines it covers."""
    s = ctx.text.string
    d.phones = [with_area_code(ctx, p, d.unit, d.start, d.end) for p in d.phones]
    return Contact(span=ctx.text.span(d.start, d.end), unit=d.unit, name=d.name, role=d.role,
                   phones=d.phones, emails=d.emails, quote=s[d.start:d.end])


class LineReader:
    """Read paragraph lines in order, keeping the contact a person line opened for the lines after it."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.open: Draft | None = None

    def read(self, start: int, end: int) -> list[Draft]:
        """Return the contacts that the lines in [start, end) open."""
        s = self.ctx.text.string
        out: list[Draft] = []
        pos = start
        for line in s[start:end].split("\n"):
            if not PHONE_DIGITS.search(line) and not any(c in line for c in AT_SIGNS):
                out += self._line(pos, pos + len(line)) if self._may_name_or_join(line) else self._close()
            elif not _site_line(s, pos, pos + len(line)):
                for a, b in _rows(s, pos, pos + len(line)):
                    out += [d for x, y in _clauses(s, a, b) for d in self._line(x, y)]
            else:
                self.open = None  # a website's own numbers
            pos += len(line) + 1
        return out

    def _may_name_or_join(self, line: str) -> bool:
        """Tell whether a line with no number may still name a person or join the open contact (通讯地址：…)."""
        named = LABEL_WORD.search(line) or _may_be_person_line(line) and PERSON_LINE.match(line)
        return bool(named) or self.open is not None and _is_channel_line(line)

    def _close(self) -> list[Draft]:
        """Close the open contact: a line of other text ends it."""
        self.open = None
        return []

    def _line(self, a: int, b: int) -> list[Draft]:
        """Return the contacts line [a, b) opens; attach its numbers to the open contact if it has only numbers."""
        s = self.ctx.text.string
        anchors = _anchors(s, a, b)
        if anchors:
            out = []
            for i, d in enumerate(anchors):
                out += [d] + _add_channels(self.ctx, d, d.start, anchors[i + 1].start if i + 1 < len(anchors) else b)
            _share_channels(s, anchors)
            self.open = anchors[-1]
            return out
        if self.open is not None and _joins(self.open, s[a:b]):
            _take_address_unit(self.open, s[a:b])
            return _add_channels(self.ctx, self.open, a, b)
        self.open = None
        loose = Draft(a, a)
        split = _add_channels(self.ctx, loose, a, b)
        if not (loose.phones or loose.emails):
            return split
        loose.start = _first_channel(s, a, b)
        labeled = UNIT_LABEL.search(s, a, loose.end)
        loose.unit = labeled["unit"] if labeled else _office_unit(s, a, b, loose)
        loose.role = labeled["role"] if labeled else _office_role(s, a, b)
        printed = labeled.start() if labeled else s.rfind(loose.unit, a, loose.start) if loose.unit else -1
        loose.start = min(loose.start, printed) if printed >= 0 else loose.start  # quote the unit too
        self.open = loose
        return [loose] + split


def _site_line(s: str, a: int, b: int) -> bool:
    """Tell whether line [a, b) is a website's own: it holds a site mark (版权所有, ICP备), or it sits in a
    footer, between two such lines or as the site's sponsor line (主办：…) beside one."""
    if SITE_LINE.search(s, a, b):
        return True
    start = s.rfind("\n", 0, max(a - 1, 0)) + 1
    stop = s.find("\n", b + 1) % (len(s) + 1)  # the end of the text when b's line is the last
    marks = [bool(SITE_LINE.search(s, start, max(a - 1, start))), bool(SITE_LINE.search(s, b + 1, stop))]
    return all(marks) or any(marks) and bool(SPONSOR.search(s, a, b))


def _rows(s: str, a: int, b: int) -> list[tuple[int, int]]:
    """Return the rows of a line of `|` cells (单位 | 0883-2135910 |单位 | …), each ending with its number's
    cell; a line without such cells is one row."""
    if s.count("|", a, b) < 2:
        return [(a, b)]
    rows, start, cell = [], a, a
    for bar in [i for i in range(a, b) if s[i] == "|"]:
        if PHONE.search(s, cell, bar) and PHONE_DIGITS.search(s, cell, bar):
            rows.append((start, bar + 1))
            start = bar + 1
        cell = bar + 1
    return rows + [(start, b)] if start < b else rows


def _may_be_person_line(line: str) -> bool:
    """Tell whether PERSON_LINE may match: it needs a blank between the unit and the name (a cheap test first)."""
    return " " in line or "\u3000" in line or "\t" in line


def _clauses(s: str, a: int, b: int) -> list[tuple[int, int]]:
    """Split a row where a new 电话 or 热线 label follows a number (咨询电话 0730-3050000 监督电话 0730-12345)."""
    if s.find("电话", a, b) < 0 and s.find("热线", a, b) < 0:
        return [(a, b)]  # Speed: NEXT_LABEL needs one of them
    cuts = [n.start("label") for n in (NEXT_LABEL.match(s, m.end(), b) for m in PHONE.finditer(s, a, b)) if n]
    bounds = [a] + cuts + [b]
    return list(zip(bounds, bounds[1:]))


def _anchors(s: str, a: int, b: int) -> list[Draft]:
    """Return a draft for each person the line names (a unit-and-name line, or 联系人：name)."""
    line = s[a:b]
    m = PERSON_LINE.match(line) if _may_be_person_line(line) else None
    if m:
        return [Draft(a, a + m.end(), unit=m.group("unit"), name=_name(m.group("name")))]
    drafts = []
    for m in (LABELED.finditer(line) if LABEL_WORD.search(line) else ()):
        printed = m.group("unit") or m.group("gunit") or m.group("bunit")
        unit = printed or _unit_before(s, a, a + m.start())
        start = a + m.start() if unit is None or printed else s.rfind(unit, a, a + m.start())
        drafts.append(Draft(start, a + m.end(), unit=unit, name=_name(m.group("name")), role=_name(m.group("role"))))
    if drafts:
        drafts = sorted(drafts + _next_people(line, a, drafts[-1]), key=lambda d: d.start)
    if not drafts and ("：" in line or ":" in line) and PHONE_DIGITS.search(line):
        drafts = [Draft(a + m.start("name"), a + m.end("name"), name=m["name"])
                  for m in NAME_AFTER_LABEL.finditer(line)]
    if not drafts and ("：" in line or ":" in line) and PHONE_DIGITS.search(line):
        colon = ORG_COLON.search(line)
        for m in UNIT_COLON.finditer(line, max(0, colon.start() - UNIT_REACH)) if colon else ():
            unit = _unit_before(s, a, a + m.end("unit")) or m.group("unit")  # 请联系省人社厅… → 省人社厅…
            start = s.rfind(unit, a, a + m.end("unit"))
            drafts.append(Draft(start, a + m.end(), unit=unit, name=_name(m.group("name"))))
    return drafts


def _share_channels(s: str, anchors: list[Draft]) -> None:
    """Give people listed with 、 before one set of numbers that set (联系人：张三、李四，电话：…)."""
    for d, after in reversed(list(zip(anchors, anchors[1:]))):
        if not (d.phones or d.emails) and s[d.end:after.start].strip() == "、":
            d.phones, d.emails = list(after.phones), list(after.emails)


def _next_people(line: str, a: int, first: Draft) -> list[Draft]:
    """Return a draft for each further person listed after `first`'s label, past a ； or a number, with its role."""
    return [Draft(a + m.start("name"), a + m.end(), name=_name(m.group("name")), role=first.role)
            for m in NEXT_PERSON.finditer(line, first.end - a)]


def _joins(draft: Draft, line: str) -> bool:
    """Tell whether `line` adds channels to the open `draft`: any channel line after a person, only an
    e-mail, fax or address line after an office number (a new 电话 label is a new office item)."""
    if not _is_channel_line(line):
        return False
    return bool(draft.name) or not OFFICE_NUMBER.match(line)


def _take_address_unit(d: Draft, line: str) -> None:
    """Give `d` the body its address line names (通讯地址：达州市达川区乡村振兴局) when it has no unit."""
    m = ADDRESS.search(line)
    value = m.group(0).split("：")[-1].split(":")[-1].strip() if m else ""
    if d.unit is None and UNIT_RE.fullmatch(value):
        d.unit = value


def _office_role(s: str, a: int, b: int) -> str | None:
    """Return the label that introduces a line's first office number (咨询电话, 监督电话), None for a bare 电话."""
    number = PHONE.search(s, a, b) or EMAIL.search(s, a, b)
    m = OFFICE_ROLE.search(s, a, number.start()) if number else None
    after = HOTLINE_AFTER.match(s, number.end(), b) if number and not m else None  # 12345市长热线
    return m.group(1) if m else after.group(0) if after and after.group(0) != "热线" else None


def _add_channels(ctx: Context, d: Draft, a: int, b: int) -> list[Draft]:
    """Add the phones and e-mails found in [a, b) to `d` and stretch its span over them; return the
    numbers marked as items of their own (8797910（纪检监督）)."""
    s = ctx.text.string
    emails = list(EMAIL.finditer(s, a, b)) if any(s.find(c, a, b) >= 0 for c in AT_SIGNS) else []
    for e in emails:
        d.emails.append(f"{e.group('user')}@{e.group('host')}")
        d.end = max(d.end, e.end())
    for h in HIDDEN_EMAIL.finditer(s, a, b) if "protected" in s[a:b] else ():
        d.end = max(d.end, h.end())  # quoted with its contact, but no address
    in_email = [(e.start(), e.end()) for e in emails]
    prev, own, area = a, [], None
    for m in PHONE.finditer(s, a, b) if PHONE_DIGITS.search(s, a, b) else ():
        if any(x <= m.start() < y for x, y in in_email) or not counts(s, a, m):
            continue
        number = phone(s, m, s[prev:m.start()], area)
        area = m.group("area") or area
        mark = OWN_ROLE_MARK.match(s, m.end(), b)
        if mark and (d.phones or d.name):
            own.append(Draft(m.start(), mark.end(), unit=d.unit, role=mark["role"], phones=[number]))
        else:
            d.phones.append(number)
            d.end = max(d.end, after_fax_mark(s, m.end(), b))
        prev = m.end()
    return own


def _is_channel_line(line: str) -> bool:
    """Tell whether a line holds only numbers, addresses and their labels (联系电话：7676016（传真）)."""
    rest = HIDDEN_EMAIL.sub("", EMAIL.sub("", PHONE.sub("", ADDRESS.sub("", line))))
    return bool(line.strip()) and len(CHANNEL_LABEL.sub("", rest)) <= 2


def _office_unit(s: str, a: int, b: int, d: Draft) -> str | None:
    """Return the unit printed with an office number: before its label, between label and number, or
    in brackets right after the number (咨询电话：0851-86891234（市人社局就业科）)."""
    return _unit_before(s, a, d.start) or _unit_between_label_and_number(s, a, b, d) or _unit_after(s, a, b)


def _unit_after(s: str, a: int, b: int) -> str | None:
    """Return the unit in brackets right after the first number of [a, b), or None."""
    number = PHONE.search(s, a, b)
    m = UNIT_AFTER.match(s, number.end(), b) if number else None
    return m["unit"] if m else None


def _unit_between_label_and_number(s: str, a: int, b: int, d: Draft) -> str | None:
    """Return the unit a label introduces before the number (联系方式：市人社局就业促进科，0851-…)."""
    number = PHONE.search(s, a, b) or EMAIL.search(s, a, b)
    unit = _unit_before(s, a, number.start()) if number else None
    return unit if unit and number and s.find(unit, d.start, number.start()) >= 0 else None


def _first_channel(s: str, a: int, b: int) -> int:
    """Return where the first number or e-mail of [a, b) starts, with the labels before it in its clause."""
    found = [m.start() for m in (PHONE.search(s, a, b), EMAIL.search(s, a, b)) if m]
    first = min(found) if found else a
    clause = max([a] + [s.rfind(c, a, first) + 1 for c in CLAUSE_ENDS])
    labels = [r.search(s, clause, first) for r in (PHONE_LABEL, MAIL_LABEL, OFFICE_ROLE)]
    return min([first] + [m.start(m.lastindex or 0) for m in labels if m])


def _unit_before(s: str, line_start: int, pos: int) -> str | None:
    """Return the unit named right before `pos` on its line (报省生态移民局后续发展处（联系人…）; None when it
    closes a list of units (实施单位：县人社局，县就业创业服务中心，联系电话…), which names no one body."""
    head = s[line_start:pos].rstrip(TRAIL)
    head = LABEL_END.sub("", head).rstrip(TRAIL)
    pieces = NOT_HAN.split(head)
    unit = _unit_ending(pieces[-1])
    if unit and len(pieces) >= 3 and pieces[-2] in "、，," and _unit_ending(pieces[-3]):
        return None  # a list of units
    if unit and any(m.end() >= len(head) for m in ADDRESS.finditer(head)):
        return None  # a room of an address: 受理地址：…2号办公楼512办公室；
    return unit


def _unit_ending(head: str) -> str | None:
    """Return the unit `head` ends with, past a verb and before a label's qualifier (成都市民政局信访)."""
    for k in range(QUALIFIER + 1):
        cuts = [0] + [m.end() for m in VERB.finditer(head, 0, len(head) - k)]
        for cut in reversed(cuts):
            if UNIT_RE.fullmatch(head, cut, len(head) - k):
                return head[cut:len(head) - k]
    return None


def _name(printed: str) -> str:
    """Return a person's name without the padding spaces of the layout (宋 旋 → 宋旋)."""
    return NAME_PADDING.sub("", printed)


HEADER_ROWS = 3  # a contact table's header sits in its first rows


def _table_contacts(ctx: Context, rows: list[tuple[int, int]]) -> list[Draft] | None:
    """Return a contact for each filled row under a 联系人 table header (a blank template gives none), or
    None when the table has no such header, so that its rows are read as lines (单位, then its number)."""
    s = ctx.text.string
    out: list[Draft] = []
    columns: dict[str, int] | None = None
    for r, (a, b) in enumerate(rows):
        cells = _cells(s, a, b)
        if columns is None:
            if r >= HEADER_ROWS:
                return None  # no 联系人 header near the top
            columns = _header([s[x:y] for x, y in cells])
            continue
        d = Draft(a, a)
        for key, i in columns.items():
            if i >= len(cells):
                continue
            x, y = cells[i]
            if key == "phone" or key == "email":
                _add_channels(ctx, d, x, y)
            elif s[x:y].strip():
                setattr(d, key, _name(s[x:y].strip()) if key == "name" else s[x:y].strip())
        if d.phones or d.emails:
            d.end = b
            out.append(d)
    return out if columns is not None else None


def _cells(s: str, a: int, b: int) -> list[tuple[int, int]]:
    """Return (start, end) of each tab-separated cell of the row [a, b)."""
    out, x = [], a
    for part in s[a:b].split("\t"):
        out.append((x, x + len(part)))
        x += len(part) + 1
    return out


def _header(labels: list[str]) -> dict[str, int] | None:
    """Return the column of each contact field when `labels` heads a table of people or units with phones."""
    columns: dict[str, int] = {}
    for i, label in enumerate(labels):
        for key, words in TABLE_COLUMNS.items():
            if key not in columns and any(w in label for w in words):
                columns[key] = i
                break
    return columns if "phone" in columns and ("name" in columns or "unit" in columns) else None
