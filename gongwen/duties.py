"""Turn a notice's deadline records into distinct duties: one per duty, however often the text restates it."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .record import Deadline, Span

NOISE = re.compile(r"[\s，,。.；;：:（）()、\"“”]")
SENTENCE_END = "。；;！!？?\n"
DAY_KEYS = ("workday", "day", "weekday", "month", "time")  # what fixes the day (and hour) of a recurrence
HOUR = re.compile(r"(上午|中午|下午|晚上)?\s*(\d{1,2})\s*[点时](?:\s*(\d{1,2})\s*分|(半))?")
AFTERNOON = ("下午", "晚上")
ATTACHMENT = re.compile(r"附件\s*\d")


@dataclass
class Duty:
    """One duty of a notice: a single date, or a recurrence with its end, and every quote that states it."""

    key: str
    kind: str
    quote: str
    task: str | None
    spans: list[Span] = field(default_factory=list)
    day: date | None = None
    rule: dict | None = None
    recurrence: str | None = None
    end: str | None = None
    time: str | None = None  # HH:MM where the text gives an hour


def duties(deadlines: list[Deadline]) -> list[Duty]:
    """Return the distinct duties: restatements merged, a bare 按月上报 folded into the dated monthly duty."""
    found: dict[str, Duty] = {}
    for d in deadlines:
        duty = _duty(d)
        if duty is None:
            continue
        same = found.get(duty.key)
        if same is None:
            found[duty.key] = duty
        else:
            same.spans.append(d.span)
            same.end = same.end or duty.end
    return _fold_bare(list(found.values()))


def _duty(d: Deadline) -> Duty | None:
    """Return the duty a deadline states, None when it carries no date at all."""
    if d.kind == "recurring" and d.rule:
        rule = {k: v for k, v in d.rule.items() if k != "from"} | ({"from": d.rule["from"]} if "from" in d.rule else {})
        key = "every:" + ",".join(f"{k}={rule[k]}" for k in sorted(rule))
        return Duty(key, d.kind, d.quote, d.task, [d.span], rule=rule, recurrence=d.recurrence, end=d.end,
                    time=rule.get("time") or hour(d.quote))
    when = d.end if d.kind in ("period", "window") else d.date
    if not when:
        return None
    key = f"{d.kind}:{when}:{NOISE.sub('', d.task or d.quote)}"
    return Duty(key, d.kind, d.quote, d.task, [d.span], day=date.fromisoformat(when), time=hour(d.quote))


def _fold_bare(found: list[Duty]) -> list[Duty]:
    """Fold a recurrence that names no day (按月上报，见附件2、3) into the dated one its attachments' notes state."""
    out = []
    for duty in found:
        dated = [o for o in found if o is not duty and _details(duty, o)]
        if not dated:
            out.append(duty)
            continue
        for other in dated:
            other.end = other.end or duty.end
            other.spans.append(duty.spans[0])
    return out


def _details(bare: Duty, other: Duty) -> bool:
    """Tell whether `other` gives the day of `bare`: same frequency, stated in the attachments `bare` points to."""
    if bare.rule is None or other.rule is None or any(k in bare.rule for k in DAY_KEYS):
        return False
    in_notes = other.spans[0].section is None  # below a form, outside the body's numbered sections
    return (other.rule["freq"] == bare.rule["freq"] and any(k in other.rule for k in DAY_KEYS)
            and ATTACHMENT.search(bare.task or bare.quote) is not None and in_notes)


def hour(quote: str) -> str | None:
    """Return the hour a quote gives (下午5点 → 17:00, 12时30分 → 12:30) as HH:MM, else None."""
    m = HOUR.search(quote)
    if m is None:
        return None
    h = int(m.group(2)) + (12 if m.group(1) in AFTERNOON and int(m.group(2)) < 12 else 0)
    minute = 30 if m.group(4) else int(m.group(3) or 0)
    return f"{h:02d}:{minute:02d}" if h < 24 and minute < 60 else None


def sentence(text: str, span: Span) -> str:
    """Return the sentence of `text` around `span` (from the previous 。 or line break to the next)."""
    if not text or span.end > len(text):
        return ""
    start = max((text.rfind(ch, 0, span.start) for ch in SENTENCE_END), default=-1) + 1
    ends = [i for ch in SENTENCE_END if (i := text.find(ch, span.end)) >= 0]
    end = min(ends) + 1 if ends else len(text)
    return text[start:end].strip()
