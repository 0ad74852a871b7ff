"""The structure of a blank form, read from a notice or from its JSON spec (the round trip)."""
from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..errors import GongwenError

SPEC_SCHEMA = "gongwen-forms/1"
BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


class BadSpec(GongwenError):
    code = "E_BAD_SPEC"


class NoForms(GongwenError):
    code = "E_NO_FORMS"


@dataclass
class HeaderCell:
    row: int  # relative to the header's first row
    col: int
    rows: int
    cols: int
    label: str


@dataclass
class Form:
    sheet: str
    title: str | None
    n_cols: int
    header_rows: int
    header: list[HeaderCell]
    row_labels: list[str]  # first-column label of every blank row ("" for an unlabelled row)
    footer_fields: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    attachment: str | None = None


def forms_of(path: Path) -> list[Form]:
    """Return the blank forms of a notice, or of a JSON spec written by `to_json`."""
    if path.suffix.lower() == ".json":
        return from_json(path)
    from ..extractors import extract
    from ..structured.tables import analyze

    names: set[str] = set()
    out = []
    for a in analyze(extract(path).blocks):
        r = a.record
        if r.kind != "template":
            continue
        header = [HeaderCell(c.row, c.col, c.rows, c.cols, c.text.strip()) for c in a.table.cells if c.row < r.header_rows]
        out.append(Form(sheet_name(r.attachment or f"表{r.index + 1}", names), r.title, r.n_cols, r.header_rows,
                        sorted(header, key=lambda c: (c.row, c.col)), [row[0] if row else "" for row in r.rows],
                        r.footer_fields, r.notes, r.attachment))
    return out


def sheet_name(wanted: str, taken: set[str]) -> str:
    """Return a legal, unused sheet name close to `wanted` (Excel: 31 characters, no []:*?/\\)."""
    base = BAD_SHEET_CHARS.sub("", wanted)[:28] or "表"
    name, k = base, 2
    while name in taken:
        name, k = f"{base}-{k}", k + 1
    taken.add(name)
    return name


def to_json(forms: list[Form]) -> str:
    """Return the forms as a JSON spec that `from_json` reads back."""
    return json.dumps({"schema": SPEC_SCHEMA, "forms": [asdict(f) for f in forms]}, ensure_ascii=False, indent=2) + "\n"


def from_json(path: Path) -> list[Form]:
    """Return the forms of a JSON spec, raising BadSpec when it is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("schema") != SPEC_SCHEMA:
            raise BadSpec(path, f"not a {SPEC_SCHEMA} spec; write one with `gongwen template NOTICE --spec`")
        return [Form(**{**f, "header": [HeaderCell(**c) for c in f["header"]]}) for f in data["forms"]]
    except (ValueError, TypeError, KeyError, AttributeError) as err:
        raise BadSpec(path, f"unreadable form spec ({err}); fix the JSON or regenerate it") from None
