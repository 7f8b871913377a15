"""Administrative places (provinces, cities, counties) named outside zone and firm names."""

from __future__ import annotations

from functools import lru_cache
from itertools import accumulate

from ..zh.gazetteer import name_index
from .mentions import Mention


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Names a place mention may take: full names of every level, short names of provinces and cities."""
    idx = name_index()
    return frozenset(n for n, p in idx.items() if len(n) >= 2 and (n == p.name or p.level in {"province", "city"}))


@lru_cache(maxsize=1)
def place_initials() -> frozenset[str]:
    """First characters of place names: most positions in a text can be skipped at once."""
    return frozenset(n[0] for n in place_names())


def place_mentions(text: str, taken: list[tuple[int, int]], ws: list[str]) -> list[Mention]:
    """Provinces, cities and counties by full name, and cities/provinces by short name, outside zone/company names.

    A mention is one to four whole jieba words (沿海城市 is not 海城市); the longest name wins.
    """
    idx, names, firsts = name_index(), place_names(), place_initials()
    blocked = bytearray(len(text) + 1)
    for s, e in taken:
        blocked[s:e] = b"\x01" * (e - s)
    out = []
    starts = list(accumulate(map(len, ws), initial=0))
    i = 0
    while i < len(ws):
        start = starts[i]
        if blocked[start] or ws[i][:1] not in firsts:
            i += 1
            continue  # inside a zone or firm name, or no place name starts with this character
        for j in range(min(len(ws), i + 4), i, -1):
            cand = text[start : starts[j]]
            if cand in names:
                out.append(Mention("place", cand, idx[cand].name, start, starts[j]))
                i = j
                break
        else:
            i += 1
    return out
