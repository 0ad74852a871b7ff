"""Validate notices for CI: each parses, its numbers add up, its dates resolve.

Findings are errors (the notice fails the check) or warnings (worth a look). Errors: a file that
cannot be parsed, declared totals or shares that do not add up, a period that ends before it starts.
Warnings: everything else the parser flagged, a notice without a title or 成文日期 (web pages and cut-off
texts often have none), dates that do not resolve, a 文号 year that differs from the issue year.
Each finding says where: the line (TXT, DOCX) or page (PDF) and section of the text it quotes.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from ..errors import GongwenError
from ..record import Record
from .batch import parse_many

# parser warnings that mean the notice's own numbers disagree: a failed check, not a remark
NUMBER_WARNINGS = {"W_SITE_TOTAL", "W_TARGET_SUM"}
FORMATS = ("text", "json", "github", "junit", "sarif")
QUOTE_MAX = 40  # characters of a quote shown in a text finding


@dataclass(frozen=True)
class Finding:
    path: str
    severity: str  # error | warning
    code: str
    message: str
    quote: str | None = None
    line: int | None = None  # line of the text the quote starts on (1-based)
    page: int | None = None  # PDF page
    section: str | None = None  # heading path, 二/（三）


def check_paths(paths: Iterable[Path], **batch) -> Iterator[tuple[Path, list[Finding]]]:
    """Yield every notice under `paths` with its findings; a file that fails to parse is one error (`batch`: parse_many's options)."""
    for path, result in parse_many(paths, **batch):
        if isinstance(result, GongwenError):
            yield path, [Finding(str(path), "error", result.code, result.reason)]
        else:
            yield path, check_record(result)


def check_record(record: Record, disabled: Iterable[str] = ()) -> list[Finding]:
    """Return the findings of one parsed notice, leaving out the rules `disabled` names."""
    path = record.source.path
    found = [_from_warning(path, w, record) for w in record.warnings]
    found += _meta_findings(record)
    found += _deadline_findings(record)
    off = set(disabled)
    return [f for f in found if f.code not in off]


def _from_warning(path: str, w, record: Record) -> Finding:
    where = _where(record, w.span.start) if w.span is not None else {}
    return Finding(path, "error" if w.code in NUMBER_WARNINGS else "warning", w.code, w.message,
                   _quote(record, w.span), **where)


def _where(record: Record, start: int) -> dict:
    """Return the line, page and section of position `start` of the record's text."""
    span = next((s for s in _spans(record) if s.start == start), None)
    return {"line": record.text.count("\n", 0, start) + 1 if record.text else None,
            "page": span.page if span else None, "section": span.section if span else None}


def _spans(record: Record):
    for items in (record.amounts, record.deadlines, record.targets, record.contacts):
        for item in items:
            yield item.span


def _quote(record: Record, span) -> str | None:
    return record.text[span.start:span.end] if span is not None and span.end > span.start else None


def _meta_findings(record: Record) -> list[Finding]:
    meta, path = record.meta, record.source.path
    out = []
    if not meta.title:
        out.append(Finding(path, "warning", "C_NO_TITLE", "no title found; is this a whole notice (通知, 意见, 函 …)?"))
    if not meta.issue_date:
        out.append(Finding(path, "warning", "C_NO_ISSUE_DATE",
                           f"no 成文日期 found; dates resolve with {meta.year or 'no year'}"))
    parts = meta.doc_number_parts or {}
    if meta.issue_date and parts.get("year") and parts["year"] != int(meta.issue_date[:4]):
        out.append(Finding(path, "warning", "C_YEAR_MISMATCH",
                           f"文号 {meta.doc_number} carries year {parts['year']}, the issue date {meta.issue_date}"))
    return out


def _deadline_findings(record: Record) -> list[Finding]:
    path, out = record.source.path, []
    for d in record.deadlines:
        where = _where(record, d.span.start) | {"page": d.span.page, "section": d.span.section}
        if d.kind not in ("recurring", "duration") and d.date is None and d.end is None:
            out.append(Finding(path, "warning", "C_UNRESOLVED_DATE", f"{d.kind} date does not resolve", d.quote, **where))
        if d.date and d.end and d.end < d.date:
            out.append(Finding(path, "error", "C_DATE_ORDER", f"{d.kind} ends {d.end} before it starts {d.date}",
                               d.quote, **where))
    return out


def render(results: list[tuple[Path, list[Finding]]], fmt: str) -> str:
    """Return the findings in one of FORMATS: text lines, JSON, GitHub annotations, JUnit XML or SARIF 2.1.0."""
    from .sarif import sarif

    return {"text": _text, "json": _json, "github": _github, "junit": _junit, "sarif": sarif}[fmt](results)


def summary(results: list[tuple[Path, list[Finding]]]) -> str:
    """Return one line: files checked, files failing, errors and warnings."""
    errors = sum(f.severity == "error" for _, fs in results for f in fs)
    warnings = sum(f.severity == "warning" for _, fs in results for f in fs)
    failing = sum(any(f.severity == "error" for f in fs) for _, fs in results)
    return f"{len(results)} file(s) checked: {failing} failing, {errors} error(s), {warnings} warning(s)"


def _text(results: list[tuple[Path, list[Finding]]]) -> str:
    lines = []
    for path, findings in results:
        lines += [f"{f.path}{_at(f)}: {f.severity} {f.code} {f.message}" + _shown(f.quote) for f in findings]
        if not findings:
            lines.append(f"{path}: ok")
    return "\n".join(lines)


def _at(f: Finding) -> str:
    """Return where a finding is, as `:line` (and ` p.N`, ` §section`) for a text line."""
    return (f":{f.line}" if f.line else "") + (f" p.{f.page}" if f.page else "") + (f" §{f.section}" if f.section else "")


def _shown(quote: str | None) -> str:
    """Return a quote for one text line: line breaks flattened, long ones cut."""
    if not quote:
        return ""
    flat = " ".join(quote.split())
    return f" «{flat[:QUOTE_MAX]}…»" if len(flat) > QUOTE_MAX else f" «{flat}»"


def _json(results: list[tuple[Path, list[Finding]]]) -> str:
    return json.dumps([asdict(f) for _, fs in results for f in fs], ensure_ascii=False, indent=2)


def _github(results: list[tuple[Path, list[Finding]]]) -> str:
    """Return GitHub workflow annotations: `::error file=…,line=…,title=…::message`, escaped as the runner reads them."""
    def data(text: str) -> str:  # a message ends at a line break; % escapes
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    def prop(text: str) -> str:  # a property value also ends at , and :
        return data(text).replace(":", "%3A").replace(",", "%2C")

    lines = []
    for _, fs in results:
        for f in fs:
            where = f"file={prop(f.path)}" + (f",line={f.line}" if f.line else "")
            lines.append(f"::{f.severity} {where},title={prop(f.code)}::{data(f.message + _shown(f.quote))}")
    return "\n".join(lines)


def _junit(results: list[tuple[Path, list[Finding]]]) -> str:
    """Return JUnit XML: one testcase per file, failing with one <failure> that lists each of its errors."""
    failures = sum(any(f.severity == "error" for f in fs) for _, fs in results)
    cases = []
    for path, findings in results:
        errors = [f for f in findings if f.severity == "error"]
        body = ""
        if errors:
            listed = "\n".join(f"{f.code}{_at(f)}: {f.message}{_shown(f.quote)}" for f in errors)
            body = (f"<failure type={quoteattr(errors[0].code)} message={quoteattr(f'{len(errors)} error(s): ' + errors[0].message)}>"
                    f"{escape(listed)}</failure>")
        notes = "\n".join(f"{f.code}{_at(f)} {f.message}" for f in findings if f.severity == "warning")
        body += f"<system-out>{escape(notes)}</system-out>" if notes else ""
        cases.append(f'  <testcase classname="gongwen.check" name={quoteattr(str(path))}>{body}</testcase>')
    head = f'<testsuite name="gongwen check" tests="{len(results)}" failures="{failures}">'
    return "\n".join(['<?xml version="1.0" encoding="UTF-8"?>', head, *cases, "</testsuite>"])
