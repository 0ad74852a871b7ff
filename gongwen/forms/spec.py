"""The structure of a blank form, read from a notice or from its JSON spec (the round trip)."""
from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..errors import GongwenError

SPEC_SCHEMA = "gongwen-forms/1"
BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
NOTE_LABEL = "说明："


class BadSpec(GongwenError):
    code = "E_BAD_SPEC"


class NoForms(GongwenError):
    code = "E_NO_FORMS"


class Guessed(GongwenError):
    code = "W_TABLE_GUESSED"


@dataclass
class HeaderCell:
    row: int  # relative to the header's first row
    col: int
    rows: int
    cols: int
    label: str


@dataclass
class Page:
    """A page's size and margins in millimetres (A4 landscape unless the source says otherwise)."""

    width: float = 297.0
    height: float = 210.0
    top: float = 25.0
    bottom: float = 24.0
    left: float = 30.0
    right: float = 30.0

    @property
    def landscape(self) -> bool:
        """Tell whether the page is wider than tall."""
        return self.width > self.height


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
    note_label: str = NOTE_LABEL  # the label before the first note, as printed (填表说明：)
    label_rows: list[list[str]] = field(default_factory=list)  # a 样表's label columns per row, values removed
    page: Page = field(default_factory=Page)
    widths: list[float] = field(default_factory=list)  # the source's column widths (any unit; proportions count)
    heights: list[float] = field(default_factory=list)  # the source's header row heights in points
    row_height: float | None = None  # the source's data row height in points
    guessed: bool = False  # structure guessed from a text dump (W_TABLE_GUESSED)
    sample: bool = False  # a pre-filled 样表 regenerated blank

    def row_cells(self, i: int) -> list[str]:
        """Return the label cells of blank row `i`, left to right."""
        return self.label_rows[i] if self.label_rows else [self.row_labels[i]]


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
        return [Form(**{**f, "header": [HeaderCell(**c) for c in f["header"]], "page": Page(**f.get("page", {}))})
                for f in data["forms"]]
    except (ValueError, TypeError, KeyError, AttributeError) as err:
        raise BadSpec(path, f"unreadable form spec ({err}); fix the JSON or regenerate it") from None
