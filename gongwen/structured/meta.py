"""Placeholder until the meta extractor lands."""
from __future__ import annotations

from ..record import Meta
from .context import Context


def extract(ctx: Context) -> Meta:
    """Return empty meta for now."""
    return Meta()
