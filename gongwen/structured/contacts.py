"""Find contacts: a unit, a person and their numbers, kept together across lines and in 联系人 tables.

Lines are read in order. A line that names a person (`省发展改革委 沈星驰`, `联系人：石登州`) opens a
contact; the lines after it that hold only numbers (`联系电话：7676016（传真）`, `电子邮箱: …`) join
it. Numbers with no person form a contact of their own (`咨询电话：0351-1234567`).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

import regex as re

from ..record import Contact, Phone
from .context import Context

PHONE = re.compile(r"""
    (?<![\dA-Za-z@._-])                                   # not inside a longer number or address
    (?:
        (?P<mobile>1[3-9]\d(?:[-\s]?\d{4}){2})            # 18722997205, 187-2299-7205
      | (?P<service>[48]00(?:[-—–‐－\s]?\d{3})[-—–‐－\s]?\d{4})  # 400-810-1234
      | (?:[（(]\s*(?P<area>0\d{2,3})\s*[)）]\s*          # （0471）6944056
          | (?P<area>0\d{2,3})(?:\s*[-—–‐－]\s*|\s+)      # 0351-7676016, 0828—3181269, 0471 6944056
        )?
        (?P<local>[2-9]\d{6,7})                           # 7676016, 86893791
        (?:\s*(?:转|分机|ext\.?)\s*(?P<ext>\d{1,5}))?     # 转123
    )
    (?![\d@＠])
""", re.VERBOSE)

EMAIL = re.compile(r"""
    (?P<user>[A-Za-z0-9._%+-]+)\s*[@＠]\s*(?P<host>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)   # a@b.cn, a＠b.cn
""", re.VERBOSE)

# Speed: PHONE and EMAIL are slow to try at every position of every line, so a line is searched
# only when it holds what every match of theirs contains: a run of digits, an at sign.
PHONE_DIGITS = re.compile(r"1[3-9]\d|[48]00|[2-9]\d{6}")  # a mobile's, a 400 number's or a local number's
AT_SIGNS = "@＠"

# what labels a number: a bare 7-digit number counts as a phone only after one of these
PHONE_LABEL = re.compile(r"电话|手机|传真|热线|座机|联系|咨询|[Tt][Ee][Ll]|号码")
CHANNEL_LABEL = re.compile(r"""
    联系电话|办公电话|咨询电话|电话|手机|传真|座机|电子邮箱|电子邮件|邮箱|[Ee]-?mail|号码|联系方式   # labels
    |[\s\p{P}]                                                                        # punctuation
""", re.VERBOSE)

NAME = r"[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}?"  # 史振中, 宋 旋
ORG = r"(?:厅|局|委|办|室|处|科|部|中心|院|所|站|会|队|司|政府|公司|学校|大学|银行|社|馆|组)"
UNIT = rf"[\u4e00-\u9fff（）()]{{1,30}}?{ORG}"

PERSON_LINE = re.compile(rf"""
    ^\s*(?P<unit>{UNIT})[ \u3000\t]+(?P<name>{NAME})          # 省发展改革委 沈星驰
    (?:同志)?(?=\s*$|\s*[，,：:；;（(]|\s*(?:联系)?(?:电话|手机)|\s*\d)
""", re.VERBOSE)

SPACED = "[ \u3000]*"  # letter-spaced labels: 联 系 人
LABEL_WORD = re.compile(rf"联{SPACED}系{SPACED}人|联络人|经办人|负责人|咨询人")  # cheap test before LABELED
LABELED = re.compile(rf"""
    (?P<role>联{SPACED}系{SPACED}人|联络人|经办人|负责人|咨询人)(?:及(?:联系)?(?:电话|方式))?\s*[：:]\s*  # 联系人：
    (?:(?P<unit>{UNIT})[ \u3000]+)?                                       # 联系人：市人社局就业科 赵六
    (?P<name>{NAME})(?:同志|老师)?
    (?:[（(](?P<bunit>{UNIT})[）)])?                                     # 联系人：张三（市人社局就业科）
    (?=[\s，,、；;：:（()）]|$|\d|电话|手机|联系|邮箱)
""", re.VERBOSE)

# one more person after a 联系人 label, past a ；: 联系人：张三 0851-86891234；李四 0851-86897654
NEXT_PERSON = re.compile(rf"""
    [；;]\s*(?!电话|手机|传真|邮箱|座机|联系|电子|办公|地址)              # not a label: ；手机13912345678
    (?P<name>{NAME})(?:同志|老师)?                                      # ；李四
    (?=[，,\s]*(?:(?:联系)?(?:电话|手机)\s*[：:]?\s*)?(?:[（(]?0\d{{2,3}}|1[3-9]\d))   # then a number
""", re.VERBOSE)

# 省人社厅农民工工作处：张三，电话：… (a unit, a colon, a person, then a number)
UNIT_COLON = re.compile(rf"""
    (?P<unit>{UNIT})[：:]\s*(?P<name>{NAME})(?:同志)?
    (?=[，,\s]*(?:联系)?(?:电话|手机|[（(]?0\d{{2,3}}|1[3-9]\d))
""", re.VERBOSE)

# a verb before a unit named inline: 报省生态移民局后续发展处（联系人：…）
VERB = re.compile(r"报送|上报|报|送|交|至|向|给|联系|咨询|由|与")  # 请与市人社局就业科联系

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


def extract(ctx: Context) -> list[Contact]:
    """Return every contact of the notice, in order of appearance."""
    drafts: list[Draft] = []
    reader = LineReader(ctx)
    for block in ctx.text.blocks:
        if block.kind == "table":
            drafts += _table_contacts(ctx, block.rows)
            reader.open = None
        else:
            drafts += reader.read(block.start, block.end)
    drafts.sort(key=lambda d: d.start)
    return [_contact(ctx, d) for d in drafts if d.phones or d.emails]


def _contact(ctx: Context, d: Draft) -> Contact:
    """Return the Contact of a finished draft, quoting the lines it covers."""
    s = ctx.text.string
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
            out += self._line(pos, pos + len(line))
            pos += len(line) + 1
        return out

    def _line(self, a: int, b: int) -> list[Draft]:
        """Return the contacts line [a, b) opens; attach its numbers to the open contact if it has only numbers."""
        s = self.ctx.text.string
        anchors = _anchors(s, a, b)
        if anchors:
            for i, d in enumerate(anchors):
                _add_channels(self.ctx, d, d.start, anchors[i + 1].start if i + 1 < len(anchors) else b)
            self.open = anchors[-1]
            return anchors
        if self.open is not None and _is_channel_line(s[a:b]):
            _add_channels(self.ctx, self.open, a, b)
            return []
        self.open = None
        loose = Draft(a, a)
        _add_channels(self.ctx, loose, a, b)
        if not (loose.phones or loose.emails):
            return []
        loose.start = _first_number(s, a, b)
        loose.unit = _unit_before(s, a, loose.start) or _unit_between_label_and_number(s, a, b, loose)
        return [loose]


def _anchors(s: str, a: int, b: int) -> list[Draft]:
    """Return a draft for each person the line names (a unit-and-name line, or 联系人：name)."""
    line = s[a:b]
    m = PERSON_LINE.match(line)
    if m:
        return [Draft(a, a + m.end(), unit=m.group("unit"), name=_name(m.group("name")))]
    drafts = []
    for m in (LABELED.finditer(line) if LABEL_WORD.search(line) else ()):
        unit = m.group("unit") or m.group("bunit") or _unit_before(s, a, a + m.start())
        start = a + m.start() if unit is None or m.group("unit") or m.group("bunit") else s.rfind(unit, a, a + m.start())
        drafts.append(Draft(start, a + m.end(), unit=unit, name=_name(m.group("name")), role=_name(m.group("role"))))
    if drafts:
        drafts = sorted(drafts + _next_people(line, a, drafts[-1]), key=lambda d: d.start)
    if not drafts and ("：" in line or ":" in line) and PHONE_DIGITS.search(line):
        for m in UNIT_COLON.finditer(line):
            unit = _unit_before(s, a, a + m.end("unit")) or m.group("unit")  # 请联系省人社厅… → 省人社厅…
            start = s.rfind(unit, a, a + m.end("unit"))
            drafts.append(Draft(start, a + m.end(), unit=unit, name=_name(m.group("name"))))
    return drafts


def _next_people(line: str, a: int, first: Draft) -> list[Draft]:
    """Return a draft for each further person listed after `first`'s label, past a ；, with its role."""
    return [Draft(a + m.start("name"), a + m.end(), name=_name(m.group("name")), role=first.role)
            for m in NEXT_PERSON.finditer(line, first.end - a)]


def _add_channels(ctx: Context, d: Draft, a: int, b: int) -> None:
    """Add the phones and e-mails found in [a, b) to `d` and stretch its span over them."""
    s = ctx.text.string
    emails = list(EMAIL.finditer(s, a, b)) if any(s.find(c, a, b) >= 0 for c in AT_SIGNS) else []
    for e in emails:
        d.emails.append(f"{e.group('user')}@{e.group('host')}")
        d.end = max(d.end, e.end())
    in_email = [(e.start(), e.end()) for e in emails]
    prev = a
    for m in PHONE.finditer(s, a, b) if PHONE_DIGITS.search(s, a, b) else ():
        if any(x <= m.start() < y for x, y in in_email):
            continue
        before = s[prev:m.start()]
        if not (m.group("area") or m.group("mobile") or m.group("service")) and not _labeled(s, a, m.start()):
            continue
        d.phones.append(_phone(ctx, m, before))
        d.end = max(d.end, _after_fax_mark(s, m.end(), b))
        prev = m.end()


def _phone(ctx: Context, m: re.Match, before: str) -> Phone:
    """Return the Phone of match `m`; `before` is the text since the previous number."""
    s = ctx.text.string
    raw = m.group(0)
    fax = "传真" in _last_label(before) or s.startswith(("（传真）", "(传真)"), m.end())
    if m.group("mobile"):
        return Phone(raw, re.sub(r"\D", "", raw), fax=fax, mobile=True)
    if m.group("service"):
        return Phone(raw, re.sub(r"\D", "", raw), fax=fax)
    area = m.group("area")
    if area is None:
        area = area_code(ctx.meta.city, ctx.meta.province)
        if area:
            ctx.warn("W_AREA_CODE", f"{raw} has no area code; added {area} from the issuer's place",
                     m.start(), m.end())
    number = f"{area}-{m.group('local')}" if area else m.group("local")
    return Phone(raw, number + (f"-{m.group('ext')}" if m.group("ext") else ""), fax=fax)


def _last_label(before: str) -> str:
    """Return the last phone label in `before` (电话, 手机, 传真 …), or ''."""
    labels = re.findall(r"电话/传真|电话|手机|传真|座机", before)
    return labels[-1] if labels else ""


def _after_fax_mark(s: str, pos: int, stop: int) -> int:
    """Return the end of a （传真） mark right after a number, or `pos`."""
    m = re.compile(r"\s*[（(]传真[)）]").match(s, pos, stop)
    return m.end() if m else pos


def _labeled(s: str, line_start: int, pos: int) -> bool:
    """Tell whether a phone label precedes `pos` on its line."""
    return bool(PHONE_LABEL.search(s, max(line_start, pos - 30), pos))


def _is_channel_line(line: str) -> bool:
    """Tell whether a line holds only numbers and their labels (联系电话：7676016（传真）)."""
    rest = EMAIL.sub("", PHONE.sub("", line))
    return bool(line.strip()) and len(CHANNEL_LABEL.sub("", rest)) <= 2


def _unit_between_label_and_number(s: str, a: int, b: int, d: Draft) -> str | None:
    """Return the unit a label introduces before the number (联系方式：市人社局就业促进科，0851-…)."""
    number = PHONE.search(s, a, b) or EMAIL.search(s, a, b)
    unit = _unit_before(s, a, number.start()) if number else None
    return unit if unit and s.find(unit, d.start, number.start()) >= 0 else None


def _first_number(s: str, a: int, b: int) -> int:
    """Return where the first phone label or number of [a, b) starts."""
    label = PHONE_LABEL.search(s, a, b)
    number = PHONE.search(s, a, b) or EMAIL.search(s, a, b)
    starts = [m.start() for m in (label, number) if m]
    return min(starts) if starts else a


def _unit_before(s: str, line_start: int, pos: int) -> str | None:
    """Return the unit named right before `pos` on its line (报省生态移民局后续发展处（联系人…）."""
    head = s[line_start:pos].rstrip(" ，,：:（(")
    head = re.sub(r"(?:联系电话|咨询电话|办公电话|电话|联系方式|联系)$", "", head).rstrip(" ，,：:（(")  # …就业科联系（
    head = re.split(r"[^\u4e00-\u9fff（）()]", head)[-1]
    cuts = [0] + [m.end() for m in VERB.finditer(head)]
    for cut in reversed(cuts):
        if re.fullmatch(UNIT, head[cut:]):
            return head[cut:]
    return None


def _name(printed: str) -> str:
    """Return a person's name without the padding spaces of the layout (宋 旋 → 宋旋)."""
    return re.sub(r"[ \u3000]", "", printed)


HEADER_ROWS = 3  # a contact table's header sits in its first rows


def _table_contacts(ctx: Context, rows: list[tuple[int, int]]) -> list[Draft]:
    """Return a contact for each filled row under a 联系人 table header; a blank template gives none."""
    s = ctx.text.string
    out: list[Draft] = []
    columns: dict[str, int] | None = None
    for r, (a, b) in enumerate(rows):
        cells = _cells(s, a, b)
        if columns is None:
            if r >= HEADER_ROWS:
                break  # no 联系人 header near the top: not a contact table
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
    return out


def _cells(s: str, a: int, b: int) -> list[tuple[int, int]]:
    """Return (start, end) of each tab-separated cell of the row [a, b)."""
    out, x = [], a
    for part in s[a:b].split("\t"):
        out.append((x, x + len(part)))
        x += len(part) + 1
    return out


def _header(labels: list[str]) -> dict[str, int] | None:
    """Return the column of each contact field when `labels` is a 联系人 table header, else None."""
    columns: dict[str, int] = {}
    for i, label in enumerate(labels):
        for key, words in TABLE_COLUMNS.items():
            if key not in columns and any(w in label for w in words):
                columns[key] = i
                break
    return columns if "name" in columns and "phone" in columns else None


def area_code(city: str | None, province: str | None) -> str | None:
    """Return the area code of the issuer's city, else of its province's capital, else None."""
    codes = _area_codes()
    if city:
        for (prov, short), (code, _) in codes.items():
            if city.startswith(short):
                return code
    if province:
        for (prov, short), (code, capital) in codes.items():
            if capital and province.startswith(prov):
                return code
    return None


@cache
def _area_codes() -> dict[tuple[str, str], tuple[str, bool]]:
    """Return {(province, city): (code, is_capital)} from the bundled area_codes.csv."""
    text = files("gongwen").joinpath("data/area_codes.csv").read_text(encoding="utf-8")
    return {(r["province"], r["city"]): (r["code"], r["capital"] == "1") for r in csv.DictReader(text.splitlines())}
