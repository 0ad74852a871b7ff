"""Write gongwen/schema.json, the JSON Schema of the gongwen/1 record, from the record dataclasses.

usage: python3 tools/make_schema.py [--check]   (--check: exit 1 if the shipped file is stale)
"""
from __future__ import annotations

import dataclasses
import json
import sys
import types
import typing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the record of this checkout, not an installed one
from gongwen import record  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "gongwen" / "schema.json"
SCALARS = {str: "string", int: "integer", float: "number", bool: "boolean", type(None): "null"}


def type_schema(tp, defs: dict) -> dict:
    """Return the JSON Schema of a type hint, adding dataclasses to `defs`."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [type_schema(a, defs) for a in typing.get_args(tp)]}
    if origin is list:
        (item,) = typing.get_args(tp) or (typing.Any,)
        return {"type": "array", "items": type_schema(item, defs)}
    if origin is dict or tp is dict:
        return {"type": "object"}
    if tp in SCALARS:
        return {"type": SCALARS[tp]}
    if dataclasses.is_dataclass(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}
            defs[name] = object_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    return {}


def object_schema(cls, defs: dict) -> dict:
    """Return the schema of one dataclass: every field required, no other keys."""
    hints = typing.get_type_hints(cls, vars(record))
    props = {f.name: type_schema(hints[f.name], defs) for f in dataclasses.fields(cls)}
    return {"type": "object", "properties": props, "required": list(props), "additionalProperties": False}


def build() -> dict:
    """Return the schema of the record."""
    defs: dict = {}
    root = object_schema(record.Record, defs)
    root["properties"]["schema"] = {"const": record.SCHEMA}
    root["required"] = [k for k in root["required"] if k != "text"]  # --no-text leaves it out
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "gongwen/1",
            "title": "gongwen/1 record of a Chinese government notice", **root, "$defs": defs}


def main() -> int:
    text = json.dumps(build(), ensure_ascii=False, indent=2) + "\n"
    if "--check" in sys.argv:
        return 0 if OUT.exists() and OUT.read_text(encoding="utf-8") == text else 1
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
