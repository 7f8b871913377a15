"""Page text on screen, literally: never Rich markup, never terminal escapes."""

from __future__ import annotations

from baokan.store.files import visible
from rich.text import Text

__all__ = ["clip", "literal", "visible"]


def literal(s: str | None, style: str = "") -> Text:
    """A Text that shows s as printed: `[bold]` stays `[bold]`, ESC shows as ␛."""
    return Text(visible(s), style=style)


def clip(s: str | None, cells: int) -> Text:
    """A one-line literal Text cut to a number of terminal cells (CJK counts two), with an ellipsis."""
    t = literal((s or "").replace("\n", " "))
    t.truncate(cells, overflow="ellipsis")
    t.no_wrap = True
    return t
