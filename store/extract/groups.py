"""Firms named by what stands around them rather than by a suffix: a foreign country before a brand
(甲国岚翔增资), a subsidiary printed right after its parent group (沃川集团岚翔电力), a firm introduced by
what it is (岚翔科技是…企业)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..zh import lexicon, segment
from ..zh.gazetteer import name_index
from ..zh.names import chinese_name_shape
from .companies import company_key, not_firm
from .mentions import Mention

# X是…企业 at a clause's start: a firm introduced by what it is (岚翔科技是国内领先的材料企业).
INTRODUCED_RE = re.compile(
    r"(?:^|(?<=[，。；：！？“”\"\n]))([\u4e00-\u9fff]{2,8})是[^，。；！？\n]{0,24}?(?:企业|公司|制造商|供应商|厂商)(?!家)"
)

# A brand word jieba lists is rare (a transliterated brand has a handful of uses); a common one is a
# place, a product or a person everybody names (东京, 汉堡, 苹果).
RARE_BRAND_FREQ = 100
# Tags a rare listed word may carry and still be a brand: names, transliterations, organisations, terms.
BRAND_WORD_TAGS = frozenset({"nr", "nrt", "nt", "nz", "j"})
# The parts of a foreign brand after its country: a trade word and a brand word at most.
FOREIGN_WORDS = 2
# What ends a clause: a business word must stand in the same one as the country.
CLAUSE_ENDS = "，。；！？\n,;!?"


@lru_cache(maxsize=1)
def trade_words() -> frozenset[str]:
    """Words naming a trade (科技, 药业 …): what a brand is followed by in a firm's name."""
    return lexicon.words("industry_words") | lexicon.words("firm_trade_endings")


def _brand_word(w: str) -> bool:
    """A word that can be a firm's brand: unknown to jieba, or rare and tagged a name, term or organisation."""
    if not re.fullmatch("[\u4e00-\u9fff]{2,5}", w) or w in name_index():
        return False
    n = segment.tokenizer().FREQ.get(w) or 0
    return n == 0 or (n < RARE_BRAND_FREQ and segment.word_tags().get(w) in BRAND_WORD_TAGS)


def _person_next(text: str, end: int) -> bool:
    """A cue that the word before `end` is a person (说, 表示, 主席): 甲国X表示 names a speaker, not a firm."""
    return any(text.startswith(w, end) for w, _ in lexicon.classed("person_cues"))


def _business_clause(text: str, at: int) -> bool:
    """The clause around `at` speaks of business (投资, 项目, 制造商 …): a country there may head a firm."""
    begin = max(text.rfind(c, 0, at) for c in CLAUSE_ENDS) + 1
    ends = [e for c in CLAUSE_ENDS if (e := text.find(c, at)) >= 0]
    clause = text[begin : min(ends, default=len(text))]
    return any(w in clause for w in lexicon.words("firm_context"))


def foreign_firms(text: str, index: dict[int, int], starts: list[int], ws: list[str]) -> list[Mention]:
    """A foreign country, maybe a trade word, then a brand (甲国|岚翔, 甲国|电气|岚翔): a firm printed bare."""
    out = []
    trades = trade_words()
    for m in lexicon.country_re().finditer(text):
        i = index.get(m.start())
        if i is None or index.get(m.end()) != i + 1 or not _business_clause(text, m.start()):
            continue  # the country must be a word of its own (not 英国 inside 英国人), in a clause about business
        for k in range(i + 1, min(i + 1 + FOREIGN_WORDS, len(ws))):
            w = ws[k]
            if _brand_word(w):
                end = starts[k + 1]
                if not (_person_next(text, end) or not_firm(text[m.start() : end + 4])):
                    name = text[m.start() : end]
                    out.append(Mention("company", name, company_key(name), m.start(), end))
                break
            if w not in trades:
                break  # 甲国总统…, 甲国东京…: a post or a place follows the country, not a firm
    return out


def subsidiaries(
    text: str, index: dict[int, int], starts: list[int], ws: list[str], firms: list[Mention]
) -> list[Mention]:
    """A brand and its trade printed right after a group's name (沃川集团|岚翔电力): the group's subsidiary."""
    out = []
    industry = lexicon.words("industry_words")
    for f in firms:
        k = index.get(f.end)
        if not f.name.endswith("集团") or k is None or k >= len(ws):
            continue
        w = ws[k]
        # one word (岚翔电力 as jieba lists it) or two (岚翔|电力): a brand head, then a trade word
        head = next((w[:-n] for n in (2, 3) if len(w) > n and w[-n:] in industry), "")  # trade words: 2-3 chars
        end = starts[k + 1]
        if not head and k + 1 < len(ws) and ws[k + 1] in industry:
            head, end = w, starts[k + 2]
        if len(head) < 2 or not (_brand_word(head) or _brand_word(w)) or head in industry:
            continue
        name = text[f.end : end]
        out.append(Mention("company", name, company_key(name), f.end, end))
    return out


def introduced_firms(text: str, index: dict[int, int], ws: list[str]) -> list[Mention]:
    """A clause opening 'X是…企业' where X is an unknown or brand-tagged word, maybe with its trade: a firm."""
    out = []
    tags, industry = segment.word_tags(), trade_words()
    for m in INTRODUCED_RE.finditer(text):
        s, e = m.span(1)
        i, k = index.get(s), index.get(e)
        if i is None or k is None or not 1 <= k - i <= 2:
            continue
        head, name = ws[i], text[s:e]
        if k - i == 2 and ws[i + 1] not in industry and tags.get(ws[i + 1]) != "n":
            continue  # 岚翔|科技: a brand and its trade; not a brand and a verb
        if not _brand_word(head) or head in lexicon.words("company_stop") or not_firm(name):
            continue
        if chinese_name_shape(head):
            continue  # 张建国是…企业的董事长: shaped like a person, who is as often the subject here
        out.append(Mention("company", name, company_key(name), s, e))
    return out


def surrounded_firms(
    text: str, index: dict[int, int], starts: list[int], ws: list[str], firms: list[Mention]
) -> list[Mention]:
    """Every firm this module finds: foreign brands, subsidiaries after their group, firms introduced by 是."""
    return (
        foreign_firms(text, index, starts, ws)
        + subsidiaries(text, index, starts, ws, firms)
        + introduced_firms(text, index, ws)
    )


def join_full_names(brands: list[Mention], firms: list[Mention]) -> list[Mention]:
    """A brand printed beside its firm's full name (岚翔 … 甲省岚翔电子科技有限公司) takes that firm's key."""
    for b in brands:
        b.key = next((f.key for f in firms if f.key.startswith(b.key) and f.key != b.key), b.key)
    return brands
