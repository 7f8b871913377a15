"""Page text on screen, literally: never Rich markup, never terminal escapes."""

from __future__ import annotations

import re

from rich.text import Text

# C0 and C1 control characters except newline and tab; ESC among them starts terminal escape sequences.
CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(s: str | None) -> str:
    """s with control characters shown as symbols (ESC → ␛), so they print instead of acting."""
    if not s:
        return ""
    return CONTROL_RE.sub(lambda m: chr(0x2400 + ord(m.group())) if ord(m.group()) < 0x20 else "\ufffd", s)


def literal(s: str | None, style: str = "") -> Text:
    """A Text that shows s as printed: `[bold]` stays `[bold]`, ESC shows as ␛."""
    return Text(visible(s), style=style)


def clip(s: str | None, cells: int) -> Text:
    """A one-line literal Text cut to a number of terminal cells (CJK counts two), with an ellipsis."""
    t = literal((s or "").replace("\n", " "))
    t.truncate(cells, overflow="ellipsis")
    t.no_wrap = True
    return t
