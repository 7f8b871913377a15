"""Horizontal bars in text (eighth blocks), for the timeline in the app and on the command line."""

from __future__ import annotations

EIGHTHS = " ▏▎▍▌▋▊▉█"


def bar(value: int, most: int, cells: int) -> str:
    """A bar of value/most of `cells` cells, at eighth-of-a-cell resolution; any value above 0 shows."""
    if most <= 0 or value <= 0:
        return ""
    eighths = max(1, round(value / most * cells * 8))
    full, part = divmod(eighths, 8)
    return "█" * full + (EIGHTHS[part] if part else "")
