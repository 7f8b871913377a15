"""Development zones and parks, anchored on their type words and on China's administrative divisions."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..zh import lexicon, segment
from ..zh.gazetteer import Place, name_index, places
from .mentions import Mention, common_words, place_ending_at, place_prefix, walk_name_left, word_starts


@lru_cache(maxsize=1)
def _city_initials() -> dict[str, frozenset[str]]:
    """Each province's name → the first characters of its cities' short names (辽宁 → 沈, 抚, 大 …)."""
    out: dict[str, set[str]] = {}
    for p in places():
        if p.level == "city" and p.parent:
            out.setdefault(p.parent, set()).add(p.short[0])
    return {k: frozenset(v) for k, v in out.items()}


def _city_pair(token: str) -> bool:
    """Two cities of one province abbreviated by their first characters (甲阳 + 乙顺 → 甲乙), not a dictionary word."""
    if not re.fullmatch("[\u4e00-\u9fff]{2}", token) or token[0] == token[1] or segment.tokenizer().FREQ.get(token):
        return False
    return any(token[0] in firsts and token[1] in firsts for firsts in _city_initials().values())


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
    """Zones named with their place: 临汾经济开发区, 长治高新区, 风陵渡经济开发区, 电留 → 屯留 (flagged).

    Between the place and the type word a short modifier may stand (甲市航空高新区, 乙市临空经济示范区),
    and places may be chained (甲市滨海经济技术开发区): the name runs from the first place.
    """
    out: list[Mention] = []
    bounds = sorted(word_starts(ws))
    types, generic_before = lexicon.zone_types(), lexicon.words("zone_generic_before")
    for m in lexicon.zone_re().finditer(text):
        typ, s = m.group(0), m.start()
        kind = lexicon.zone_kind(typ)
        if kind == "park":
            park = _park(text, bounds, s, m.end(), needs_place=types[typ] == "placepark")
            if park:
                out.append(park)
            continue
        if kind != "zone":
            continue  # 综合保税区, 自贸区, 新区: named places that are not development zones
        flag = None
        modifier = ""
        place = place_ending_at(text, s)
        if place is None and (found := _place_and_modifier(text, s)):
            place, modifier = found
        key_place = ""
        if place is None:
            # an unknown word right before the type: a town (风陵渡) or an OCR misread (电留)
            i = bisect_left(bounds, s)
            # the type word must start a word, after a word of at most four characters
            starts_word = 0 < i < len(bounds) and bounds[i] == s and s - bounds[i - 1] <= 4
            token = text[bounds[i - 1] : s] if starts_word else ""
            if len(token) < 2 or not re.fullmatch("[\u4e00-\u9fff]+", token) or token in generic_before:
                token = ""
            elif segment.tokenizer().FREQ.get(token):
                token = ""  # a dictionary word (更好, 推动) is not a place name
            if token and (fixed := _near_place(token, context_places)):
                flag, place = f"ocr:{token}→{fixed}", token
                key_place = fixed
            elif token and types[typ] in {"dev", "hitech"} and len(typ) >= 5:
                place, key_place = token, token
            elif _city_pair(text[s - 2 : s]):
                place = key_place = text[s - 2 : s]  # 甲乙改革创新示范区: two cities' joint zone
            elif types[typ] in {"dev", "hitech"} and (town := _town_before(text, s)):
                place = key_place = town  # （丙丁经开区）: an unknown name opening a clause
                if fixed := _near_place(town, context_places):
                    flag, key_place = f"ocr:{town}→{fixed}", fixed
            else:
                continue
        elif not key_place:
            key_place = name_index()[place].short
        if not modifier and typ in {"开发区", "园区"} and place.endswith(("市", "省")):
            continue  # 长治市开发区: the city's zones taken together, not one zone
        start = s - len(modifier) - len(place)
        # places printed before the place (a city before its district, a province before its county): part of the printed name
        while (outer := place_ending_at(text, start)) and not flag and _chained(outer, text[start : s - len(modifier)]):
            start -= len(outer)
        if types[typ] == "demo" and (slogan := _slogan_before(text, start)):
            start -= len(slogan)  # 全面接轨X市示范区: a designation named by its slogan, the place is its object
            key_place = slogan + key_place
        key = f"{key_place}{modifier}|{types[typ]}"
        out.append(Mention("zone", text[start : m.end()], key, start, m.end(), flag))
    return out


# A modifier between a place and a zone type says which zone (航空, 光电, 临空经济); these tags say it is
# an action, a quantity or a function word instead (推动, 三个, 的).
MODIFIER_STOP_TAGS = frozenset({"v", "d", "p", "c", "u", "r", "f", "m", "q", "t", "uj", "ul", "y", "e", "o", "l", "i"})


def _chained(outer: str, inner: str) -> bool:
    """A city before its district: two short forms printed as one name; a province or a full name (浙江省) stands apart."""
    idx = name_index()
    return (
        outer != inner
        and outer == idx[outer].short
        and idx[outer].level != "province"
        and inner in idx
        and inner == idx[inner].short
    )


def _slogan_before(text: str, start: int) -> str:
    """A slogan verb right before a place, with an adverb before it (全面|接轨): else ''."""
    words = lexicon.classed("zone_slogan_words")
    for verb in (w for w, c in words if c == "verb"):
        if text.endswith(verb, 0, start):
            begin = start - len(verb)
            adverb = next((w for w, c in words if c == "adverb" and text.endswith(w, 0, begin)), "")
            return text[begin - len(adverb) : start]
    return ""


def _town_before(text: str, s: int) -> str | None:
    """An unknown two- or three-character name right after punctuation or a line start (（丙丁经开区）)."""
    for n in (2, 3):
        token = text[max(0, s - n) : s]
        before = text[s - n - 1 : s - n] if s - n > 0 else ""
        if len(token) < n or re.match("[\u4e00-\u9fff]", before or "x"):
            continue
        if (
            re.fullmatch("[\u4e00-\u9fff]+", token)
            and not segment.tokenizer().FREQ.get(token)
            and token not in lexicon.words("zone_generic_before")
            and not any(c in lexicon.words("function_chars") for c in token)
            and all(len(w) > 1 or w == token for w in segment.words(token))
        ):
            return token
    return None


def _place_and_modifier(text: str, s: int) -> tuple[str, str] | None:
    """A place then a modifier of one to four characters right before s (甲市|稀土, 乙市|火炬, 丙县|丁湾),
    or a bracketed sub-name after it (甲市滨海（乙镇）)."""
    if text[s - 1 : s] in {"）", ")"}:
        j = max(text.rfind("（", max(0, s - 7), s), text.rfind("(", max(0, s - 7), s))
        if j > 0 and re.fullmatch("[\u4e00-\u9fff]{1,4}", text[j + 1 : s - 1]):
            if place := place_ending_at(text, j):
                return place, text[j:s]
            if found := _place_and_modifier(text, j):
                return found[0], found[1] + text[j:s]
        return None
    for k in range(1, 5):
        modifier = text[s - k : s]
        if len(modifier) < k or not re.fullmatch("[\u4e00-\u9fff]+", modifier):
            return None
        place = place_ending_at(text, s - k)
        if place is None or len(place) + k < 3:
            continue
        if _plain_modifier(modifier) and not any(t.startswith(modifier) for t in lexicon.zone_types()):
            return place, modifier
    return None


def _plain_modifier(modifier: str) -> bool:
    """True when a modifier reads as part of a zone's name: no verb, quantity, function or generic word."""
    generic = lexicon.words("zone_generic_before") | lexicon.words("wide_scope")
    if any(c in lexicon.words("function_chars") for c in modifier) or modifier in generic:
        return False
    tags = segment.word_tags()
    industry = lexicon.words("industry_words")
    for w in segment.words(modifier):
        if w in generic or (tags.get(w) in MODIFIER_STOP_TAGS and w not in industry):
            return False
    return True


def _park(text: str, bounds: list[int], s: int, end: int, needs_place: bool = False) -> Mention | None:
    """An industrial park named by place or brand: 潞城数智互联产业园, 武乡县食品产业园, 泉东产业园."""
    begin = walk_name_left(text, bounds, s, limit=16, stop=lexicon.words("park_stop_verbs"))
    inner = list(lexicon.zone_re().finditer(text, begin, s))
    if inner:
        begin = inner[-1].end()  # 临汾经济开发区甘亭工业园区: the park is 甘亭工业园区
    if mark := list(lexicon.park_description_re().finditer(text, begin, s)):
        begin = mark[-1].end()  # 3个新材料产业园, 特色型产业园区: a description, its name (if any) after the mark
    first = segment.words(text[begin:s])[:1]
    if first and segment.word_tags().get(first[0]) in {"v", "vn"} and place_prefix(text[begin + len(first[0]) : s]):
        begin += len(first[0])  # 突破X县特色产业园: a verb before the park's place
    prefix = text[begin:s]
    head = segment.words(prefix)[:1]
    local = bool(head) and _local_place(head[0])
    if len(prefix) < 2 or (not place_prefix(prefix) and (needs_place or (common_words(prefix) and not local))):
        return None  # 食品产业园, 数字产业园: a kind of park, not a named one
    return Mention("zone", text[begin:end], _park_key(text[begin:end]), begin, end)


# A place name jieba knows that is used this rarely is a local one (a town, a quarter); a common one is a
# region named in descriptions (沿江…, 亚洲最大…).
LOCAL_PLACE_MAX_FREQ = 1000


def _local_place(word: str) -> bool:
    """A place word of jieba's dictionary too rare to be a region: it names the park after its locality."""
    return segment.word_tags().get(word) == "ns" and (segment.tokenizer().FREQ.get(word) or 0) < LOCAL_PLACE_MAX_FREQ


def _park_key(name: str) -> str:
    """长治市潞城数智互联产业园 and 潞城数智互联产业园 are one park: drop a place that another place follows;
    长治市X产业园 and 长治X产业园 are one park: a leading place in its short form."""
    while (p := place_prefix(name)) and place_prefix(name[len(p) :]) and len(name) - len(p) >= 5:
        name = name[len(p) :]
    if (p := place_prefix(name)) and len(name) - len(p) >= 5:
        name = name_index()[p].short + name[len(p) :]
    return name[:-1] if name.endswith("园区") else name  # X工业园 and X工业园区 are one park


def bare_zone_refs(text: str) -> int:
    """How often a text says 经开区 / 开发区 / 示范区 / 高新区 without a place: references to its own zone."""
    return sum(1 for _ in lexicon.bare_zone_re().finditer(text))
