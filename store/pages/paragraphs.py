"""Rebuild paragraphs from hard-wrapped column lines: join the wraps, keep the real breaks."""

from __future__ import annotations

import re

from ..zh.text import ends_sentence, join_wrapped
from .drafts import Subhead, TextPart
from .lines import Item

# A number cut by the column edge: '总投资2' + '0亿元', '1.' + '5亿元'.
NUMBER_CUT_RE = re.compile(r"\d[.．]?$")
# A line opening with these after a full stop starts a paragraph of its own (a list item).
LIST_DASHES = ("——", "—-", "--")
# A line ending a sentence but shorter than this share of its column ends its paragraph.
SHORT_LINE = 0.8


def breaks_after(prev: Item, nxt: Item, double: bool, col: float) -> bool:
    """Does a paragraph end between these two body lines?"""
    if not ends_sentence(prev.text):
        return False  # a sentence cut by the column edge (or a column break) goes on
    if nxt.blank_before > 0 and not double:
        return True
    if nxt.text.lstrip().startswith(LIST_DASHES):
        return True  # '——加快…' after a full stop opens a list item
    return prev.width < SHORT_LINE * col


def join_lines(a: str, b: str) -> str:
    """Join a wrapped body line to the text before it; digits cut by the wrap join with no space."""
    if NUMBER_CUT_RE.search(a.rstrip()) and b.lstrip()[:1].isdigit():
        return a.rstrip() + b.lstrip()
    return join_wrapped(a, b)


def build_body(parts: list[TextPart], double: bool, col: list[float], index: dict[int, int]) -> str:
    """Body text: paragraphs separated by one blank line; subheads are paragraphs of their own."""
    paras: list[str] = []
    prev: Item | None = None
    for part in parts:
        it = part.item
        text = it.text.strip()
        if not text:
            continue
        if isinstance(part, Subhead):
            paras.append(text)
            prev = None
            continue
        if prev is not None and not breaks_after(prev, it, double, col[index.get(id(prev), 0)] if col else 0):
            paras[-1] = join_lines(paras[-1], text)
        else:
            paras.append(text)
        prev = it
    return "\n\n".join(paras)
