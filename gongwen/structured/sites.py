"""Placeholder until the sites extractor lands."""
from __future__ import annotations

from .context import Context


def extract(ctx: Context) -> list:
    """Return nothing yet."""
    return []
