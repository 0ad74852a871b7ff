"""Write tidy tables as CSV files (UTF-8 with BOM, for Excel on Chinese Windows), XLSX, SQLite or Parquet, whole or not at all."""
from __future__ import annotations

import csv
import io
import os
import sqlite3
import tempfile
from pathlib import Path

from ..atomic import write_atomic
from ..errors import UnsupportedFormat
from ..stable import stable_zip
from .export import COLUMNS, Row

FORMATS = ("xlsx", "csv", "sqlite", "parquet")
SQLITE_SUFFIXES = {".sqlite", ".sqlite3", ".db"}


def output_format(path: Path) -> str:
    """Return the format `path` asks for by its suffix (a path without one is a folder of CSV files)."""
    suffix = path.suffix.lower()
    if suffix in SQLITE_SUFFIXES:
        return "sqlite"
    if suffix in ("", ".csv") or path.is_dir():
        return "csv"
    if suffix == ".parquet":
        _pyarrow(path)
    if suffix.lstrip(".") in FORMATS:
        return suffix.lstrip(".")
    raise UnsupportedFormat(path, "write .xlsx, .sqlite, .parquet, or .csv (a folder of CSV files)")


def write(data: dict[str, list[Row]], path: Path) -> list[Path]:
    """Write the tables to `path` in the format its suffix names; return the files written."""
    fmt = output_format(path)
    if fmt == "csv":
        return write_csv(data, path)
    {"xlsx": write_xlsx, "sqlite": write_sqlite, "parquet": write_parquet}[fmt](data, path)
    return [path]


def _rows(name: str, rows: list[Row]) -> list[tuple]:
    return [tuple(row[c] for c in COLUMNS[name]) for row in rows]


def write_csv(data: dict[str, list[Row]], path: Path) -> list[Path]:
    """Write one CSV file per table into the folder `path` (x.csv: the folder x)."""
    folder = path.with_suffix("") if path.suffix.lower() == ".csv" and not path.is_dir() else path
    folder.mkdir(exist_ok=True)  # the folder the output names, never its missing parents
    written = []
    for name, rows in data.items():
        buf = io.StringIO()
        out = csv.writer(buf)
        out.writerow(COLUMNS[name])
        out.writerows(_rows(name, rows))
        write_atomic(folder / f"{name}.csv", "\ufeff" + buf.getvalue())
        written.append(folder / f"{name}.csv")
    return written


def write_xlsx(data: dict[str, list[Row]], path: Path) -> None:
    """Write one sheet per table, header bold and frozen, numbers as numbers."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.remove(wb.worksheets[0])  # the one empty sheet a new workbook starts with
    for name, rows in data.items():
        ws = wb.create_sheet(name)
        ws.append(COLUMNS[name])
        for row in _rows(name, rows):
            ws.append(row)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = ws.dimensions
        for i, column in enumerate(COLUMNS[name], 1):
            ws.column_dimensions[ws.cell(1, i).column_letter].width = 40 if column in ("quote", "sentence", "title", "sources") else 14
    buf = io.BytesIO()
    wb.save(buf)
    write_atomic(path, stable_zip(buf.getvalue()))  # byte-identical across runs


def write_sqlite(data: dict[str, list[Row]], path: Path) -> None:
    """Write one SQLite table per table (standard library sqlite3), replacing the file whole."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        with sqlite3.connect(tmp) as db:
            for name, rows in data.items():
                cols = ", ".join(f'"{c}" {_sql_type(c, rows)}' for c in COLUMNS[name])
                db.execute(f'CREATE TABLE "{name}" ({cols})')
                db.executemany(f'INSERT INTO "{name}" VALUES ({", ".join("?" * len(COLUMNS[name]))})', _rows(name, rows))
            db.execute('CREATE INDEX "amounts_notice" ON "amounts" ("notice_id")')
        db.close()
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def _sql_type(column: str, rows: list[Row]) -> str:
    """Return the declared type of a column from its first non-null value."""
    value = next((r[column] for r in rows if r[column] is not None), None)
    return "INTEGER" if isinstance(value, int) else "REAL" if isinstance(value, float) else "TEXT"


def _pyarrow(path: Path):
    """Return pyarrow and pyarrow.parquet, or raise E_UNSUPPORTED_FORMAT naming the extra to install."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise UnsupportedFormat(path, "Parquet needs pyarrow: pip install 'gongwen[parquet]'") from None
    return pyarrow, pyarrow.parquet


def write_parquet(data: dict[str, list[Row]], path: Path) -> None:
    """Write the tables as one Parquet file each (x.parquet: x-notices.parquet …), through the optional pyarrow."""
    pa, pq = _pyarrow(path)
    for name, rows in data.items():
        table = pa.Table.from_pylist(rows, schema=None) if rows else pa.table({c: [] for c in COLUMNS[name]})
        buf = pa.BufferOutputStream()
        pq.write_table(table, buf)
        write_atomic(path.with_name(f"{path.stem}-{name}.parquet"), buf.getvalue().to_pybytes())
