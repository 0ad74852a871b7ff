"""Score gongwen/1 records against hand-made gold files (`gongwen eval`): the totals over notices,
F1 bounds, reading the gold and record folders, and pairing each notice with its gold file; the
per-field rules are in `scoring`.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import Corrupt, GongwenError, NotFound
from .scoring import FIELDS, LIST_FIELDS, SCORERS, Item, Tally, score_meta


# --- the result ----------------------------------------------------------------------------

@dataclass
class Result:
    """Tallies per field over all notices, per-file F1 of the list fields, records missing."""

    fields: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in LIST_FIELDS})
    per_file: dict[str, dict[str, float]] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)

    def add_file(self, name: str, gold: Item, pred: Item) -> None:
        """Score one notice's record against its gold file and add it to the totals."""
        self.per_file[name] = {}
        for key, scorer in SCORERS.items():
            one = scorer(gold, pred)
            self.fields[key].merge(one)
            if one.strict is not None:
                self.fields.setdefault(f"{key}*", Tally()).add(one.gold, one.pred, one.strict)
            self.per_file[name][key] = one.f1
        for key, one in score_meta(gold, pred).items():
            self.fields.setdefault(key, Tally()).merge(one)

    def to_dict(self) -> dict[str, dict[str, Any]]:
        """Return P/R/F1 and attribute accuracies per field, as the judge's --json writes them."""
        return {key: tally.to_dict() for key, tally in self.fields.items()}

    def to_json(self) -> str:
        """Return `to_dict` as JSON text (UTF-8, Chinese unescaped)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=1) + "\n"

    def table(self) -> str:
        """Return the score table: field, gold, pred, tp, P, R, F1 and attribute accuracies."""
        lines = [f"{'field':<20}{'gold':>6}{'pred':>6}{'tp':>6}{'P':>7}{'R':>7}{'F1':>7}"
                 "  attributes (accuracy on matched)"]
        for key, t in self.fields.items():
            attrs = " ".join(f"{name}={ok}/{n}" for name, (ok, n) in t.attrs.items())
            lines.append(f"{key:<20}{t.gold:>6}{t.pred:>6}{t.tp:>6}{t.precision:>7.2f}"
                         f"{t.recall:>7.2f}{t.f1:>7.2f}  {attrs}".rstrip())
        if self.missing:
            lines.append("no record for: " + " ".join(self.missing))
        return "\n".join(lines)

    def shortfalls(self, bounds: dict[str, float]) -> list[str]:
        """Return one line per field whose F1 is below its bound (or that was not scored)."""
        short = []
        for key, bound in bounds.items():
            if key not in self.fields:
                short.append(f"{key}=missing")
            elif self.fields[key].f1 + 1e-9 < bound:
                short.append(f"{key} F1 {self.fields[key].f1:.2f}<{bound:g}")
        return short


def evaluate(gold_records: dict[str, dict], pred_records: dict[str, dict]) -> Result:
    """Score predicted records against gold records of the same name (a missing one is empty)."""
    result = Result()
    for name in sorted(gold_records):
        pred = pred_records.get(name)
        if pred is None:
            result.missing.append(name)
        result.add_file(name, gold_records[name], pred or {})
    return result


def parse_bounds(specs: Iterable[str]) -> dict[str, float]:
    """Turn `FIELD=F1` strings into bounds; raise ValueError naming a bad one."""
    bounds = {}
    for spec in specs:
        key, sep, value = spec.partition("=")
        if not sep or key not in FIELDS:
            raise ValueError(f"{spec!r}: expected FIELD=F1 with FIELD one of {', '.join(FIELDS)}")
        try:
            bounds[key] = float(value)
        except ValueError:
            raise ValueError(f"{spec!r}: the bound {value!r} is not a number") from None
    return bounds


# --- files ---------------------------------------------------------------------------------

def read_json(path: Path) -> dict:
    """Read one JSON object from `path`; raise Corrupt naming the file when it is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise Corrupt(path, f"not readable as JSON ({err}); fix or remove the file") from None
    if not isinstance(data, dict):
        raise Corrupt(path, "not a JSON object; fix or remove the file")
    return data


def load_gold(gold_dir: Path) -> dict[str, dict]:
    """Read the gold files (*.json) of a folder, keyed by stem; raise NotFound/Corrupt."""
    if not gold_dir.is_dir():
        raise NotFound(gold_dir, "no such gold folder; name the folder holding the NNN.json gold files")
    return {f.stem: read_json(f) for f in sorted(gold_dir.glob("*.json"))}


def load_pred(pred_dir: Path, names: Iterable[str]) -> dict[str, dict]:
    """Read the records NAME.json of a folder; an absent or unreadable one is left out."""
    if not pred_dir.is_dir():
        raise NotFound(pred_dir, "no such record folder; name the folder written by `gongwen parse -o`")
    records = {}
    for name in names:
        try:
            records[name] = read_json(pred_dir / f"{name}.json")
        except Corrupt:
            continue
    return records


def gold_name(notice: Path, names: Iterable[str]) -> str | None:
    """Return the gold file a notice belongs to: its stem, else its stem up to the first '-' or '_'
    (000-crlf.txt, 104_xinjiang_….txt → 000, 104)."""
    names = set(names)
    for candidate in (notice.stem, notice.stem.split("-")[0], notice.stem.split("_")[0]):
        if candidate in names:
            return candidate
    return None


@dataclass
class Run:
    """An evaluation over files: the result and the errors of notices that were skipped."""

    result: Result
    errors: list[GongwenError] = field(default_factory=list)


def evaluate_notices(gold: dict[str, dict], paths: Iterable[Path]) -> Run:
    """Parse notices, pair each with its gold file and score them; bad files are skipped."""
    from .batch import parse_many

    gold_records, pred_records, errors = {}, {}, []
    for path, parsed in parse_many(paths):
        name = gold_name(path, gold)
        if isinstance(parsed, GongwenError):
            errors.append(parsed)
        elif name is None:
            errors.append(NotFound(path, "no gold file for this notice; name it after its gold file (000.txt → 000.json)"))
        else:
            key = path.stem if path.stem not in pred_records else path.name
            gold_records[key], pred_records[key] = gold[name], parsed.to_dict(text=False)
    return Run(evaluate(gold_records, pred_records), errors)


def evaluate_paths(gold_dir: Path, files: Sequence[Path] = (), pred_dir: Path | None = None) -> Run:
    """Score notice files (parsed now) or a folder of written records against a gold folder."""
    gold = load_gold(gold_dir)
    if pred_dir is not None:
        return Run(evaluate(gold, load_pred(pred_dir, gold)))
    return evaluate_notices(gold, files)
