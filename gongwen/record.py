"""The gongwen/1 record: plain dataclasses serialised by `to_json`.

Field names are fixed by SPEC §2; new fields may be added, none renamed or dropped.
"""
from __future__ import annotations

import dataclasses
import json
import types
import typing
from dataclasses import dataclass, field
from typing import Any

SCHEMA = "gongwen/1"


@dataclass
class Span:
    """Where an item sits in the text: character offsets, page and section."""

    start: int
    end: int
    page: int | None = None
    section: str | None = None


@dataclass
class Warning:
    """Something a reader of the record should know: a code (W_…) and a message."""

    code: str
    message: str
    span: Span | None = None


@dataclass
class Section:
    """A numbered heading of the body and the text it governs."""

    id: str  # "二/（三）"
    number: str  # "（三）"
    level: int
    heading: str
    start: int
    end: int
    page: int | None = None


@dataclass
class Attachment:
    """An attachment the notice lists (附件2) and its title."""

    label: str  # 附件2
    title: str | None
    start: int | None = None


@dataclass
class Forwarding:
    """The notice a 转发 cover forwards: its issuers, date and place."""

    issuers: list[str]
    issue_date: str | None
    city: str | None
    publicity: str | None
    title: str | None = None
    doc_number: str | None = None


@dataclass
class Zone:
    """The role of one printed line: a GB/T 9704 element (title, recipients, signature …) or page chrome
    (nav, control, byline, index)."""

    start: int
    end: int
    zone: str


@dataclass
class Meta:
    """The head, signature and place of a notice (SPEC §2)."""

    title: str | None = None
    doc_number: str | None = None
    doc_number_parts: dict | None = None  # {"prefix", "year", "serial"}
    doc_type: str | None = None
    issuers: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    issue_date: str | None = None
    publicity: str | None = None
    province: str | None = None
    city: str | None = None
    county: str | None = None
    adcode: str | None = None
    level: str | None = None
    cited_doc_numbers: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    printed_by: str | None = None
    print_date: str | None = None
    action_period: str | None = None
    forwarded_by: Forwarding | None = None
    publish_date: str | None = None  # a web page's 发布日期 (byline or index table)
    index_number: str | None = None  # a web page's 索引号
    year: int | None = None  # the year dates resolve with
    year_source: str | None = None  # issue_date | doc_number | publish_date | body
    year_inferred: bool = False


@dataclass
class Amount:
    """A sum of money (or a figure with its unit) the notice states."""

    quote: str
    value: float
    span: Span
    unit: str = "元"
    per: list[str] = field(default_factory=list)
    bound: str = "exact"  # exact | max | min
    category: str | None = None
    beneficiary: str | None = None
    tier: str | None = None
    condition: str | None = None
    aggregate: bool = False  # a printed total or subtotal (合计, 共计), not a rate
    from_table: bool = False  # a bare figure in a table column whose header gives the unit (金额(万元))


@dataclass
class Deadline:
    """A date, period or recurrence the notice sets."""

    quote: str
    kind: str  # due | recurring | start | period | window | duration
    span: Span
    date: str | None = None
    end: str | None = None
    recurrence: str | None = None
    rule: dict | None = None  # machine-readable recurrence, expanded by `gongwen deadlines`
    task: str | None = None
    duration: str | None = None  # a time limit as printed (5个工作日, 发布后10日内)


@dataclass
class Phone:
    """A telephone number as printed and normalised."""

    raw: str
    normalized: str
    fax: bool = False
    mobile: bool = False


@dataclass
class Contact:
    """A contact person or unit with their phones and e-mails."""

    span: Span
    unit: str | None = None
    name: str | None = None
    role: str | None = None
    phones: list[Phone] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    quote: str | None = None


@dataclass
class ResponsibleUnit:
    """The units a task is assigned to."""

    quote: str
    units: list[str]
    role: str  # 责任单位 | 牵头 | 配合 | 分工
    span: Span
    task: str | None = None
    units_as_printed: list[str] | None = None  # the print when a unit was restored or resolved: 县人社、乡村振兴等部门, 我厅


@dataclass
class Target:
    """A goal figure the notice sets."""

    quote: str
    value: float
    span: Span
    unit: str | None = None
    bound: str = "exact"
    metric: str | None = None
    region: str | None = None


@dataclass
class Site:
    """One row of a list of sites (安置点): its place and figures."""

    seq: int | None
    name: str
    province: str | None = None
    city: str | None = None
    county: str | None = None
    adcode: str | None = None
    households: int | None = None
    persons: int | None = None
    extra: dict = field(default_factory=dict)
    table: int | None = None
    row: int | None = None


@dataclass
class HeaderNode:
    """A cell of a table's header tree."""

    label: str
    col: int  # first leaf column it covers
    span: int = 1  # number of leaf columns
    children: list["HeaderNode"] = field(default_factory=list)


@dataclass
class TableRecord:
    """A table of the notice: header tree, rows and merges."""

    index: int
    kind: str  # template | list | data
    n_rows: int
    n_cols: int
    attachment: str | None = None
    title: str | None = None
    header: list[HeaderNode] = field(default_factory=list)
    header_rows: int = 0
    columns: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    row_labels: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    footer_fields: list[str] = field(default_factory=list)
    merges: list[list[int]] = field(default_factory=list)  # [row, col, rows, cols] of merged cells
    page: int | None = None


@dataclass
class SourceInfo:
    """The file a record was read from."""

    path: str
    format: str
    sha256: str
    bytes: int
    pages: int | None = None
    encoding: str | None = None


@dataclass
class Record:
    """The gongwen/1 record of one notice."""

    source: SourceInfo
    meta: Meta
    text: str
    sections: list[Section] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    responsible_units: list[ResponsibleUnit] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    sites: list[Site] = field(default_factory=list)
    tables: list[TableRecord] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    zones: list[Zone] = field(default_factory=list)  # each printed line's role, in reading order
    warnings: list[Warning] = field(default_factory=list)
    schema: str = SCHEMA

    def to_dict(self, text: bool = True) -> dict[str, Any]:
        """Return the record as JSON-ready data, `schema` first and `text` last."""
        d = _plain(self)
        body = {"schema": d.pop("schema")}
        body.update(d)
        full = body.pop("text")
        if text:
            body["text"] = full
        return body

    def to_json(self, text: bool = True, indent: int | None = 2) -> str:
        """Return the record as JSON text (UTF-8, Chinese unescaped); NaN and infinity are refused, never written."""
        return json.dumps(self.to_dict(text=text), ensure_ascii=False, indent=indent, allow_nan=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        """Return the record of JSON data `to_dict` wrote (a record without its text gets text "")."""
        return _build(cls, {"text": "", **data})

    @classmethod
    def from_json(cls, text: str) -> Record:
        """Return the record of JSON text `to_json` wrote."""
        return cls.from_dict(json.loads(text))


_FIELDS: dict[type, tuple[str, ...]] = {}
_ATOMS = (str, int, float, bool, type(None))


def _plain(value: Any) -> Any:
    """Return `value` as `dataclasses.asdict` does (dataclasses as dicts, containers copied, everything
    else deep-copied), quicker: a dataclass's field names are looked up once a class, and strings,
    numbers and None — what a record holds besides containers — are returned as they are (their deep
    copy is themselves)."""
    cls = type(value)
    if cls in _ATOMS:
        return value
    names = _FIELDS.get(cls)
    if names is None and dataclasses.is_dataclass(cls):
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if cls is list:
        return [_plain(v) for v in value]
    if cls is dict:
        return {_plain(k): _plain(v) for k, v in value.items()}
    return dataclasses.asdict(_Box(value))["value"]  # any other type: asdict's own rules


@dataclass
class _Box:
    """A value for asdict to convert."""

    value: Any


def _build(tp: Any, value: Any) -> Any:
    """Return `value` turned into the type hint `tp`: dataclasses field by field, lists item by item."""
    origin = typing.get_origin(tp)
    if value is None:
        return None
    if origin in (typing.Union, types.UnionType):
        kinds = [a for a in typing.get_args(tp) if a is not type(None)]
        return _build(kinds[0], value) if len(kinds) == 1 else value
    if origin is list:
        (item,) = typing.get_args(tp) or (Any,)
        return [_build(item, v) for v in value]
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        known = {f.name for f in dataclasses.fields(tp)}
        return tp(**{k: _build(hints[k], v) for k, v in value.items() if k in known})
    return value
