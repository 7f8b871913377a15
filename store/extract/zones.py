"""Development zones and parks, anchored on their type words and on China's administrative divisions."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..zh import lexicon, segment
from ..zh.gazetteer import Place, name_index, places
from .mentions import Mention, common_words, place_ending_at, place_prefix, walk_name_left, word_starts


@lru_cache(maxsize=1)
def _one_off_index() -> dict[str, list[Place]]:
    """Counties and cities by their short name with one character blanked (屯留 → ?留, 屯?)."""
    index: dict[str, list[Place]] = {}
    for p in places():
        if p.level != "province":
            for i in range(len(p.short)):
                index.setdefault(p.short[:i] + "?" + p.short[i + 1 :], []).append(p)
    return index


def _near_place(token: str, context_places: set[str]) -> str | None:
    """A real county or city one character away from token whose city the text names (电留 → 屯留)."""
    index = _one_off_index()
    matches = set()
    for i in range(len(token)):
        for p in index.get(token[:i] + "?" + token[i + 1 :], ()):
            if p.short == token:
                continue
            parent = name_index().get(p.parent or "")
            if p.short in context_places or (parent and parent.short in context_places) or (p.parent in context_places):
                matches.add(p.short)
    return next(iter(matches)) if len(matches) == 1 else None


def find_zones(text: str, ws: list[str], context_places: set[str]) -> list[Mention]:
    """Zones named with their place: 临汾经济开发区, 长治高新区, 风陵渡经济开发区, 电留 → 屯留 (flagged)."""
    out: list[Mention] = []
    bounds = sorted(word_starts(ws))
    types, generic_before = lexicon.zone_types(), lexicon.words("zone_generic_before")
    for m in lexicon.zone_re().finditer(text):
        typ, s = m.group(0), m.start()
        if types[typ] == "park":
            park = _park(text, bounds, s, m.end())
            if park:
                out.append(park)
            continue
        place = place_ending_at(text, s)
        flag = None
        if place is None:
            # an unknown word right before the type: a town (风陵渡) or an OCR misread (电留)
            i = bisect_left(bounds, s)
            if i == len(bounds) or bounds[i] != s or i == 0 or s - bounds[i - 1] > 4:
                continue  # the type word must start a word, after a word of at most four characters
            prev = bounds[i - 1]
            token = text[prev:s]
            if len(token) < 2 or not re.fullmatch("[\u4e00-\u9fff]+", token) or token in generic_before:
                continue
            if segment.tokenizer().FREQ.get(token):
                continue  # a dictionary word (更好, 推动) is not a place name
            if fixed := _near_place(token, context_places):
                flag, place = f"ocr:{token}→{fixed}", token
                key_place = fixed
            elif types[typ] in {"dev", "hitech"} and len(typ) >= 5:
                place, key_place = token, token
            else:
                continue
        else:
            key_place = name_index()[place].short
        if typ in {"开发区", "园区"} and place.endswith(("市", "省")):
            continue  # 长治市开发区: the city's zones taken together, not one zone
        start = s - len(place)
        out.append(Mention("zone", text[start : m.end()], f"{key_place}|{types[typ]}", start, m.end(), flag))
    return out


def _park(text: str, bounds: list[int], s: int, end: int) -> Mention | None:
    """An industrial park named by place or brand: 潞城数智互联产业园, 武乡县食品产业园, 泉东产业园."""
    begin = walk_name_left(text, bounds, s, limit=12, stop=lexicon.words("park_stop_verbs"))
    inner = list(lexicon.zone_re().finditer(text, begin, s))
    if inner:
        begin = inner[-1].end()  # 临汾经济开发区甘亭工业园区: the park is 甘亭工业园区
    prefix = text[begin:s]
    if len(prefix) < 2 or (not place_prefix(prefix) and common_words(prefix)):
        return None  # 食品产业园, 数字产业园: a kind of park, not a named one
    return Mention("zone", text[begin:end], _park_key(text[begin:end]), begin, end)


def _park_key(name: str) -> str:
    """长治市潞城数智互联产业园 and 潞城数智互联产业园 are one park: drop a place that another place follows."""
    while (p := place_prefix(name)) and place_prefix(name[len(p) :]) and len(name) - len(p) >= 5:
        name = name[len(p) :]
    return name


def bare_zone_refs(text: str) -> int:
    """How often a text says 经开区 / 开发区 / 示范区 / 高新区 without a place: references to its own zone."""
    return sum(1 for _ in lexicon.bare_zone_re().finditer(text))
