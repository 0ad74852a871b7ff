"""Mutations of real notices for fuzzing: byte flips and truncations for any file, part surgery for a DOCX,
object surgery for a PDF. Each takes the original bytes and a seeded random generator."""
from __future__ import annotations

import io
import random
import re
import zipfile

# attribute values that have broken readers: huge, negative, non-ASCII digits, empty
ODD_NUMBERS = [b"0", b"-1", b"99999", b"2000000000", b"1" * 40, "²".encode(), "①".encode(), b""]
WORD_ATTRIBUTES = re.compile(rb'(w:(?:val|sz|ilvl|gridSpan|gridBefore|start|w|h)=")([^"]*)(")')
PDF_NUMBERS = re.compile(rb"(/(?:Count|Length|Size|W|Index|First|N)\s+)(\d+)")


def flip(data: bytes, rng: random.Random, n: int = 8) -> bytes:
    """Return `data` with `n` random bytes replaced."""
    out = bytearray(data)
    for _ in range(n):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def truncate(data: bytes, rng: random.Random) -> bytes:
    """Return `data` cut at a random place."""
    return data[: rng.randrange(1, len(data))]


def docx_part(data: bytes, rng: random.Random) -> bytes:
    """Return a DOCX whose document part had an attribute set to an odd number, a tag cut, or a run doubled."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "word/document.xml":
                body = _xml_surgery(body, rng)
            dst.writestr(info.filename, body)
    return out.getvalue()


def _xml_surgery(xml: bytes, rng: random.Random) -> bytes:
    kind = rng.randrange(3)
    if kind == 0:
        spots = list(WORD_ATTRIBUTES.finditer(xml))
        if spots:
            m = rng.choice(spots)
            return xml[: m.start(2)] + rng.choice(ODD_NUMBERS) + xml[m.end(2):]
    if kind == 1:
        cut = rng.randrange(len(xml))
        return xml[:cut] + xml[cut + rng.randrange(1, 200):]
    start = rng.randrange(len(xml) // 2)
    return xml[:start] + xml[start:start + 2000] * 3 + xml[start:]


def pdf_object(data: bytes, rng: random.Random) -> bytes:
    """Return a PDF with a count, length or size number set to an odd value, or a stream's bytes flipped."""
    spots = list(PDF_NUMBERS.finditer(data))
    if spots and rng.random() < 0.6:
        m = rng.choice(spots)
        return data[: m.start(2)] + rng.choice([b"0", b"1", b"999999999", b"-5", b"4294967296"]) + data[m.end(2):]
    at = data.find(b"stream", rng.randrange(len(data) // 2))
    if at < 0:
        return flip(data, rng)
    body = bytearray(data)
    for i in range(at + 10, min(len(body), at + 300), rng.randrange(7, 40)):
        body[i] = rng.randrange(256)
    return bytes(body)


MUTATORS = {
    "txt": (flip, truncate),
    "docx": (flip, truncate, docx_part, docx_part),
    "pdf": (flip, truncate, pdf_object, pdf_object),
}


def mutants(original: bytes, fmt: str, seed: int, count: int):
    """Yield `count` mutants of a file of format `fmt`, the same ones for the same seed."""
    rng = random.Random(seed)
    for _ in range(count):
        yield rng.choice(MUTATORS[fmt])(original, rng)
