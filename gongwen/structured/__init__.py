"""Build the gongwen/1 record from a Document: explicit calls, in dependency order."""
from __future__ import annotations

from ..document import Document
from ..record import Record, SourceInfo, Warning
from . import (amounts, attachments, characters, contacts, deadlines, meta, page_numbers, runons, sections, sites, spacing, tables,
               targets, units)
from . import text as textmod
from .context import Context


def build_record(doc: Document) -> Record:
    """Return the record of `doc`."""
    doc = runons.split(page_numbers.drop(spacing.squeeze(characters.fold(doc))))
    ctx = Context(doc, textmod.build(doc))
    ctx.warnings.extend(Warning(f.code, f.message) for f in doc.findings)
    ctx.meta = meta.extract(ctx)  # the year that dates resolve with comes from here
    ctx.text.sections = sections.extract(ctx)
    ctx.tables = tables.extract(ctx)
    s = doc.source
    return Record(
        source=SourceInfo(s.path, s.format, s.sha256, s.bytes, s.pages, s.encoding),
        meta=ctx.meta,
        text=ctx.text.string,
        sections=ctx.text.sections,
        attachments=attachments.extract(ctx),
        tables=ctx.tables,
        sites=sites.extract(ctx),
        amounts=amounts.extract(ctx),
        deadlines=deadlines.extract(ctx),
        contacts=contacts.extract(ctx),
        responsible_units=units.extract(ctx),
        targets=targets.extract(ctx),
        zones=ctx.zones,
        warnings=ctx.warnings,
    )
