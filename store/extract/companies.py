"""Firms named with a legal or group suffix (有限公司, 集团 …), and the key that joins their spellings."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..zh import lexicon, segment
from ..zh.gazetteer import name_index
from .mentions import Mention, place_ending_at, place_prefix, walk_name_left, word_starts

# The word that opens the names of national state firms (国家+能源+集团): it places a firm as a place does.
STATE_HEAD = "国家"


def find_companies(text: str, ws: list[str]) -> list[Mention]:
    """Firms named with a legal or group suffix; leading verbs and prepositions are not part of the name."""
    out: list[Mention] = []
    bounds = sorted(word_starts(ws))
    for m in lexicon.company_suffix_re().finditer(text):
        end = m.end()
        if text[end : end + 2] in {"公司", "有限"} or (
            text[end : end + 1] in {"）", ")"} and text[end + 1 : end + 3] in {"公司", "有限"}
        ):
            continue  # 集团 in 集团有限公司 or X（集团）有限公司: the longer name matches further on
        left = m.start()
        begin = _open_name(text, bounds, walk_name_left(text, bounds, left), left)
        name = text[begin:end]
        name = re.sub(r"^[县市区](?=[\u4e00-\u9fff]{2})", "", name)  # 县汇昌源…: a county-owned firm
        name = re.sub(r"^.*\d+[家个批]", "", name)  # 35家央企集团: a count of firms, not a name
        begin = end - len(name)
        if (
            lexicon.generic_company_re().match(name)
            or _dictionary_kind(name)
            or len(name) - len(m.group(1)) < 2
            or _generic_firm(name, m.group(1))
            or not_firm(name)
            or _bare_suffix(name)
        ):
            continue
        out.append(Mention("company", name, company_key(name), begin, end))
    return out


def _open_name(text: str, bounds: list[int], begin: int, left: int) -> int:
    """Where a firm's name opens: a place word the walk stopped at belongs to it (jieba tags some cities as
    adverbs: 甲定|岚翔集团); a foreign country inside it starts it (运营商|甲国航空公司: the noun before is no part)."""
    i = bisect_left(bounds, begin)
    if i > 0 and text[bounds[i - 1] : begin] in name_index():
        return bounds[i - 1]
    for k, b in enumerate(bounds[i + 1 : bisect_left(bounds, left)], i + 1):
        if (c := country_prefix(text[b:left])) and b + len(c) in bounds and not place_ending_at(text, b):
            return b
        if b - begin == k - i and text[b : bounds[k + 1]] in name_index():
            return b  # 又|闻|甲省…集团: single characters left over before a place are no part of the name
    return begin


def _bare_suffix(name: str) -> bool:
    """控股集团有限公司: suffixes and trade words only, no brand."""
    core = name
    while (stripped := lexicon.company_key_suffix_re().sub("", core)) != core:
        core = stripped
    industry = lexicon.words("industry_words")
    return not core or all(w in industry for w in segment.words(core))


def not_firm(name: str) -> bool:
    """Universities, institutes, chambers of commerce, charities, government bodies: never companies."""
    return name.endswith(tuple(lexicon.words("not_firm_endings")))


def _generic_firm(name: str, suffix: str) -> bool:
    """招商公司, 方案公司, 供应链金融公司: a bare 公司/集团 after common nouns is a kind of firm, not a firm."""
    if suffix not in lexicon.plain_company_suffixes():
        return False
    core = name[: -len(suffix)]
    if place_prefix(core) or (core.startswith(STATE_HEAD) and len(core) > len(STATE_HEAD)):
        return False  # 国家+trade+集团 names the one national group of that trade, like a place's
    freq, tags, industry = segment.tokenizer().FREQ, segment.word_tags(), lexicon.words("industry_words")
    parts = segment.words(core)
    return (
        all(
            w in industry
            or any(w[:k] in industry and w[k:] in industry for k in range(2, len(w) - 1))  # trade|trade in one word
            or (len(w) > 1 and (freq.get(w) or 0) >= 100 and tags.get(w) in {"n", "vn", "an", "b"})
            or (len(w) == 1 and tags.get(w) in {"a", "b"})  # 新|材料研发…公司, 大型…集团: a kind of firm
            for w in parts
        )
        and max((freq.get(w) or 0) for w in parts) >= 500
    )


def _dictionary_kind(name: str) -> bool:
    """上市公司, 子公司: a firm name that is an ordinary dictionary word (not a named organisation, 中信集团 is nt)."""
    return bool(segment.tokenizer().FREQ.get(name)) and segment.word_tags().get(name, "n") not in {
        "nt",
        "nz",
        "nr",
        "ns",
    }


@lru_cache(maxsize=1 << 16)  # a page names its firms again and again: key each spelling once
def company_key(name: str) -> str:
    """What stays the same across a firm's spellings: no leading place or country, no legal suffix (华窑集团 → 华窑)."""
    core, home = name, ""
    while (p := place_prefix(core) or country_prefix(core)) and len(core) - len(p) >= 2:
        core = core[len(p) :]
        home = p if p not in name_index() else name_index()[p].short
    while (stripped := lexicon.company_key_suffix_re().sub("", core)) != core:
        core = stripped
    if core and _trade_only(core):
        core = home + core  # 甲市化工集团, 甲国航空公司: a trade alone names no firm, its home tells them apart
    return core or name


# A noun this common is a trade's name (航空, 石油, 科技); a rarer or name-tagged word is a brand (兴盛, 光华).
TRADE_NOUN_MIN_FREQ = 1000


def _trade_only(core: str) -> bool:
    """Only trade words, no brand (化工, 航空, 石油科技): the firm is told apart by its place."""
    freq, tags, industry = segment.tokenizer().FREQ, segment.word_tags(), lexicon.words("industry_words")
    return all(
        w in industry or (tags.get(w) == "n" and (freq.get(w) or 0) >= TRADE_NOUN_MIN_FREQ) for w in segment.words(core)
    )


def country_prefix(name: str) -> str | None:
    """The foreign country a name opens with (甲国岚翔 → 甲国), if any."""
    m = lexicon.country_re().match(name)
    return m.group(0) if m else None
