"""Write `gongwen check` findings as SARIF 2.1.0, the format code-scanning services read."""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote
from typing import TYPE_CHECKING

from .. import __version__

if TYPE_CHECKING:
    from .check import Finding

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/gongwen/"


def sarif(results: list[tuple[Path, list[Finding]]]) -> str:
    """Return one SARIF log with one run: gongwen's rules and a result per finding, located by file and line."""
    findings = [f for _, fs in results for f in fs]
    rules = sorted({f.code for f in findings})
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "gongwen", "version": __version__, "informationUri": INFORMATION_URI,
                                "rules": [{"id": code, "shortDescription": {"text": code}} for code in rules]}},
            "results": [_result(f, rules.index(f.code)) for f in findings],
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2)


def _result(f: Finding, rule_index: int) -> dict:
    """Return the SARIF result of one finding."""
    location: dict = {"artifactLocation": {"uri": artifact_uri(f.path)}}
    if f.line:
        location["region"] = {"startLine": f.line}
    result: dict = {"ruleId": f.code, "ruleIndex": rule_index, "level": "error" if f.severity == "error" else "warning",
              "message": {"text": f.message}, "locations": [{"physicalLocation": location}]}
    if f.quote:
        result["locations"][0]["physicalLocation"].setdefault("region", {})["snippet"] = {"text": f.quote}
    return result


def artifact_uri(path: str) -> str:
    """Return `path` as the URI reference SARIF asks for: a relative path percent-encoded (Chinese names, spaces),
    an absolute one as a file: URI."""
    p = Path(path)
    return p.as_uri() if p.is_absolute() else quote(p.as_posix())
