"""Administrative places (provinces, cities, counties) named outside zone and firm names."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate

from ..zh import lexicon, segment
from ..zh.gazetteer import name_index
from ..zh.names import foreign_name
from .mentions import Mention

# One-character suffixes of administrative divisions (省, 市, 县 …).
ADMIN_SUFFIXES = ("省", "市", "县", "区", "州", "盟", "旗")
CJK_WORD_RE = re.compile("[\u4e00-\u9fff]{1,9}")


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
    # A division the gazetteer lacks ends in a suffix word or character: where none is near, skip the search.
    suffix_word = [w in ADMIN_SUFFIXES for w in ws] + [False] * 3
    i = 0
    while i < len(ws):
        start = starts[i]
        if blocked[start]:
            i += 1
            continue  # inside a zone or firm name
        if ws[i][:1] not in firsts:  # no gazetteer name starts with this character: only a division word may
            if ws[i][-1:] not in ADMIN_SUFFIXES and not (
                suffix_word[i + 1] or suffix_word[i + 2] or suffix_word[i + 3]
            ):
                i += 1
                continue  # _named_division would find nothing here
            found, n = _named_division(ws, i)
            if found and not blocked[start + len(found) - 1]:
                out.append(Mention("place", found, found, start, start + len(found)))
            i += n
            continue
        for j in range(min(len(ws), i + 4), i, -1):
            cand = text[start : starts[j]]
            if (
                cand in names
                and not _ordinary_short_form(cand, ws[j] if j < len(ws) else "")
                and (_not_generic(cand) or (out and out[-1].end == start))  # 东区 alone, not after its city
            ):
                out.append(Mention("place", cand, idx[cand].name, start, starts[j]))
                i = j
                break
        else:
            near = ws[i][-1:] in ADMIN_SUFFIXES or suffix_word[i + 1] or suffix_word[i + 2] or suffix_word[i + 3]
            found, n = _named_division(ws, i) if near else (None, 1)
            if found and not blocked[start + len(found) - 1]:
                out.append(Mention("place", found, found, start, start + len(found)))
                i += n
                continue
            i += 1
    return out


def _ordinary_short_form(cand: str, after: str) -> bool:
    """来宾 ("guests"): a short form that jieba knows as an ordinary word is a place only before 市/县."""
    idx = name_index()
    if cand == idx[cand].name or after[:1] in set(ADMIN_SUFFIXES):
        return False
    return segment.word_tags().get(cand) not in {"ns", "j", "nz", None}


def _named_division(ws: list[str], i: int) -> tuple[str | None, int]:
    """A division the gazetteer lacks (a former county, a foreign state) and how many words it takes: a place
    word ending in an administrative suffix (青浦县, 俄亥俄州), or a place word, or up to three words of
    transliteration (丘|布特), then a one-character suffix (维也纳|市)."""
    w = ws[i]
    tags = segment.word_tags()
    if not CJK_WORD_RE.fullmatch(w):
        return None, 1
    if len(w) >= 2 and w[-1] in ADMIN_SUFFIXES and tags.get(w) == "ns" and _not_generic(w):
        return w, 1
    name = w
    for k in range(i + 1, min(len(ws), i + 4)):
        if ws[k] in ADMIN_SUFFIXES:
            one_place = k == i + 1 and tags.get(w) in {"ns", "nz"}
            if len(name) >= 2 and (one_place or foreign_name(name)) and _not_generic(name + ws[k]):
                return name + ws[k], k - i + 1
            break
        name += ws[k]
    return None, 1


def _not_generic(name: str) -> bool:
    """False for a two-character generic division word (东区, 全市); place names (南京, 东莞) pass."""
    return len(name) >= 3 or name[-1] not in ADMIN_SUFFIXES or name[0] not in lexicon.words("place_generic_heads")
