"""Sorting Chinese text as readers expect: by pinyin (from pypinyin's character table), not by code point."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """Code point → toneless pinyin of its most common reading (ü as v), built once from pypinyin's data."""
    from pypinyin.pinyin_dict import pinyin_dict  # imported late: a large table the first screen never needs

    out = {}
    for cp, readings in pinyin_dict.items():
        first = readings.split(",")[0]
        bare = "".join(c for c in unicodedata.normalize("NFD", first) if not unicodedata.combining(c))
        out[cp] = bare.replace("u\u0308", "v").replace("ü", "v") + " "
    return out


def pinyin_key(text: str) -> str:
    """A sort key: each Han character as its pinyin syllable, other characters as they are (case folded).

    A heteronym sorts by its most common reading (长 as zhang); the text itself breaks ties.
    """
    return text.casefold().translate(_table())


KEY_CHARS = 24  # a key reads this many characters: enough to order names and titles, short for sentences


def sort_key(text: str | None) -> str | None:
    """The stored sort key of a cell: pinyin, then the text itself for ties (same pinyin); None when empty.

    Empty cells have no key, so `ORDER BY key NULLS LAST` puts them last in either direction, and the
    separator sorts below every character a key holds, so a shorter name sorts before its extensions.
    Only the first KEY_CHARS characters count (texts alike that far are tied, then kept in row order).
    """
    if not text:
        return None
    head = text[:KEY_CHARS]
    return pinyin_key(head) + "\x01" + head
