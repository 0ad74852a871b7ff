"""Count a batch as it goes, show it on a terminal, and sum it up in one line."""
from __future__ import annotations

import sys
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator

UNSUPPORTED = "E_UNSUPPORTED_FORMAT"


@dataclass
class Tally:
    """What a batch did so far: records, failures by code, files skipped as unsupported or already done."""

    parsed: int = 0
    failed: Counter = field(default_factory=Counter)
    unsupported: int = 0
    resumed: int = 0
    started: float = field(default_factory=time.monotonic)

    def count(self, code: str | None) -> None:
        """Count one file: parsed (code None), skipped as unsupported, or failed with `code`."""
        if code is None:
            self.parsed += 1
        elif code == UNSUPPORTED:
            self.unsupported += 1
        else:
            self.failed[code] += 1

    def rate(self) -> float:
        """Return the files read per second so far (resumed ones left out)."""
        return (self.parsed + sum(self.failed.values())) / max(time.monotonic() - self.started, 1e-9)

    def summary(self) -> str:
        """Return one line: parsed, failed by code, skipped as unsupported or resumed, time and rate."""
        failed = sum(self.failed.values())
        codes = ", ".join(f"{code} {n}" for code, n in sorted(self.failed.items()))
        parts = [f"parsed {self.parsed}", f"failed {failed}" + (f" ({codes})" if codes else ""),
                 f"skipped {self.unsupported} unsupported"]
        if self.resumed:
            parts.append(f"{self.resumed} already done (--resume)")
        took = time.monotonic() - self.started
        return "; ".join(parts) + f" in {took:.1f} s ({self.rate():.1f} files/s)"


@contextmanager
def bar(total: int, tally: Tally, show: bool | None = None) -> Iterator:
    """Yield a function to call after each file: it moves a rich progress bar on stderr when that is a terminal."""
    if not (sys.stderr.isatty() if show is None else show):
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]:.1f} files/s"),
               TextColumn("{task.fields[failed]} failed"), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("parse", total=total, rate=0.0, failed=0)

        def step() -> None:
            progress.update(task, advance=1, rate=tally.rate(), failed=sum(tally.failed.values()))

        yield step
