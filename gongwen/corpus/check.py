"""Validate notices for CI: each parses, its numbers add up, its dates resolve.

Findings are errors (the notice fails the check) or warnings (worth a look). Errors: a file that
cannot be parsed, declared totals or shares that do not add up, a title that cannot be found, a
period that ends before it starts. Warnings: everything else the parser flagged, dates that do
not resolve, a 文号 year that differs from the issue year.
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
FORMATS = ("text", "json", "github", "junit")
QUOTE_MAX = 40  # characters of a quote shown in a text finding


@dataclass(frozen=True)
class Finding:
    path: str
    severity: str  # error | warning
    code: str
    message: str
    quote: str | None = None


def check_paths(paths: Iterable[Path], **batch) -> Iterator[tuple[Path, list[Finding]]]:
    """Yield every notice under `paths` with its findings; a file that fails to parse is one error (`batch`: parse_many's options)."""
    for path, result in parse_many(paths, **batch):
        if isinstance(result, GongwenError):
            yield path, [Finding(str(path), "error", result.code, result.reason)]
        else:
            yield path, check_record(result)


def check_record(record: Record) -> list[Finding]:
    """Return the findings of one parsed notice."""
    path = record.source.path
    found = [_from_warning(path, w.code, w.message, _quote(record, w.span)) for w in record.warnings]
    found += _meta_findings(record)
    found += _deadline_findings(record)
    return found


def _from_warning(path: str, code: str, message: str, quote: str | None) -> Finding:
    return Finding(path, "error" if code in NUMBER_WARNINGS else "warning", code, message, quote)


def _quote(record: Record, span) -> str | None:
    return record.text[span.start:span.end] if span is not None and span.end > span.start else None


def _meta_findings(record: Record) -> list[Finding]:
    meta, path = record.meta, record.source.path
    out = []
    if not meta.title:
        out.append(Finding(path, "error", "C_NO_TITLE", "no title found; is this a notice (通知, 意见, 函 …)?"))
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
        if d.kind not in ("recurring", "duration") and d.date is None and d.end is None:
            out.append(Finding(path, "warning", "C_UNRESOLVED_DATE", f"{d.kind} date does not resolve", d.quote))
        if d.date and d.end and d.end < d.date:
            out.append(Finding(path, "error", "C_DATE_ORDER", f"{d.kind} ends {d.end} before it starts {d.date}", d.quote))
    return out


def render(results: list[tuple[Path, list[Finding]]], fmt: str) -> str:
    """Return the findings in one of FORMATS: text lines, JSON, GitHub annotations or JUnit XML."""
    return {"text": _text, "json": _json, "github": _github, "junit": _junit}[fmt](results)


def _text(results: list[tuple[Path, list[Finding]]]) -> str:
    lines = []
    for path, findings in results:
        lines += [f"{f.path}: {f.severity} {f.code} {f.message}" + _shown(f.quote) for f in findings]
        if not findings:
            lines.append(f"{path}: ok")
    return "\n".join(lines)


def _shown(quote: str | None) -> str:
    """Return a quote for one text line: line breaks flattened, long ones cut."""
    if not quote:
        return ""
    flat = " ".join(quote.split())
    return f" «{flat[:QUOTE_MAX]}…»" if len(flat) > QUOTE_MAX else f" «{flat}»"


def _json(results: list[tuple[Path, list[Finding]]]) -> str:
    return json.dumps([asdict(f) for _, fs in results for f in fs], ensure_ascii=False, indent=2)


def _github(results: list[tuple[Path, list[Finding]]]) -> str:
    def clean(s: str) -> str:  # workflow commands end at a line break; % escapes
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    return "\n".join(f"::{f.severity} file={clean(f.path)},title={f.code}::{clean(f.message)}"
                     for _, fs in results for f in fs)


def _junit(results: list[tuple[Path, list[Finding]]]) -> str:
    failures = sum(any(f.severity == "error" for f in fs) for _, fs in results)
    cases = []
    for path, findings in results:
        errors = [f for f in findings if f.severity == "error"]
        body = "".join(f"<failure type={quoteattr(f.code)} message={quoteattr(f.message)}/>" for f in errors)
        notes = "\n".join(f"{f.code} {f.message}" for f in findings if f.severity == "warning")
        body += f"<system-out>{escape(notes)}</system-out>" if notes else ""
        cases.append(f'  <testcase classname="gongwen.check" name={quoteattr(str(path))}>{body}</testcase>')
    head = f'<testsuite name="gongwen check" tests="{len(results)}" failures="{failures}">'
    return "\n".join(['<?xml version="1.0" encoding="UTF-8"?>', head, *cases, "</testsuite>"])
