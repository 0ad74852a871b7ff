"""Make an Office file byte-identical across runs: fixed zip timestamps and document dates."""
from __future__ import annotations

import re
import zipfile
from io import BytesIO

EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest zip timestamp
FIXED_DATE = "2000-01-01T00:00:00Z"
DATES = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)")


def stable_zip(data: bytes) -> bytes:
    """Return `data` (a zip package) rewritten with fixed entry times and fixed core-property dates."""
    out = BytesIO()
    with zipfile.ZipFile(BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = DATES.sub(rb"\g<1>" + FIXED_DATE.encode() + rb"\g<2>", body)
            entry = zipfile.ZipInfo(info.filename, EPOCH)
            entry.compress_type, entry.external_attr = zipfile.ZIP_DEFLATED, 0o600 << 16
            dst.writestr(entry, body)
    return out.getvalue()
