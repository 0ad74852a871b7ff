"""Parse each file named on the command line under a memory cap; print one JSON line per file.

Run as a script (by tests/hostile/test_hostile_repros.py): RLIMIT_AS is set before gongwen is imported, so
a file that expands without bound fails here rather than taking the machine.
"""
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # this checkout's gongwen, not an installed one

CAP = 3_000_000_000  # address space; pdfium and numpy reserve far more than they touch


def main(paths: list[str]) -> None:
    """Print {file, outcome, code, message, seconds, json_ok, warnings} for each of `paths`."""
    resource.setrlimit(resource.RLIMIT_AS, (CAP, CAP))
    import gongwen
    from gongwen.errors import GongwenError

    for path in paths:
        start = time.monotonic()
        row = {"file": path}
        try:
            record = gongwen.parse(path)
            text = record.to_json()
            json.loads(text, parse_constant=_refuse)
            text.encode("utf-8")
            row.update(outcome="record", warnings=[w.code for w in record.warnings])
        except GongwenError as err:
            row.update(outcome="error", code=err.code, message=f"{err.code} {err}")
        except BaseException as err:  # noqa: BLE001 - what the test is looking for
            row.update(outcome="exception", code=type(err).__name__, message=str(err)[:200])
        row["seconds"] = round(time.monotonic() - start, 2)
        row["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        print(json.dumps(row, ensure_ascii=True), flush=True)


def _refuse(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


if __name__ == "__main__":
    main(sys.argv[1:])
