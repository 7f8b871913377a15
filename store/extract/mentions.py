"""What every entity extractor shares: the mention record, word boundaries, and the walk left over a name."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate

from ..zh import lexicon, segment
from ..zh.gazetteer import name_index


@dataclass
class Mention:
    """A name found in a text, with where it was found."""

    kind: str  # zone | company | person
    name: str  # as printed
    key: str  # what identifies the thing across spellings
    start: int
    end: int
    flag: str | None = None  # e.g. "ocr:电留→屯留"


@dataclass
class RoleMention:
    """A post printed next to a person's name, and the organisation when named."""

    person: str
    role: str
    org: str | None  # a zone or company name as printed


# A dictionary verb this common is an action, never a firm's brand (了解公司, 走访公司).
BRAND_VERB_MAX_FREQ = 5000
# Inside a name, a verb this rare is part of a brand (丙丁必成医药), not the sentence's verb.
INNER_VERB_MAX_FREQ = 300


def word_starts(ws: list[str]) -> set[int]:
    """Character offsets where jieba's words start (and the end offset)."""
    return set(accumulate(map(len, ws), initial=0))


def place_ending_at(text: str, end: int) -> str | None:
    """The longest administrative name (full or short) that ends exactly at text[end]."""
    idx = name_index()
    for n in range(min(8, end), 1, -1):
        cand = text[end - n : end]
        if cand in idx:
            return cand
    return None


def place_prefix(s: str) -> str | None:
    idx = name_index()
    for n in range(min(8, len(s)), 1, -1):
        if s[:n] in idx:
            return s[:n]
    return None


def common_words(s: str) -> bool:
    """True when s is made only of common words: dictionary words of two or more characters (食品, 数字经济),
    business words (新能源) and one-character adjectives (新材料)."""
    freq, tags, industry = segment.tokenizer().FREQ, segment.word_tags(), lexicon.words("industry_words")
    return all(
        (len(w) > 1 and (freq.get(w) or 0) >= 100) or w in industry or (len(w) == 1 and tags.get(w) in {"a", "b"})
        for w in segment.words(s)
    )


def _brand_word(text: str, b: int, word: str, first: bool) -> bool:
    """A verb-tagged word that is still part of a firm's name: the word touching the suffix unless very common
    (开创集团), a rare verb (必成), or a verb right after a place (云南|超越能源): brands take verbs."""
    n = segment.tokenizer().FREQ.get(word) or 0
    if first:
        return n < BRAND_VERB_MAX_FREQ
    if segment.word_tags().get(word) not in {"v", "vn"}:
        return False  # adverbs, idioms and function words never sit inside a name (紧紧围绕)
    return n < INNER_VERB_MAX_FREQ or (place_ending_at(text, b) is not None and n < BRAND_VERB_MAX_FREQ)


def walk_name_left(text: str, bounds: list[int], left: int, limit: int = 25, stop: frozenset[str] = frozenset()) -> int:
    """Where a proper name ending at `left` begins: walk left over jieba words until a verb,
    adverb, preposition, pronoun, punctuation or a stop word.

    The word touching `left` always belongs to the name (开创集团, 文远知行公司: a firm has a brand
    even when the brand is a dictionary verb); after it, business words never stop the walk and
    single characters stop it only when they are function words (中通高技术, 聚全堂 keep 中, 聚).
    """
    begin = left
    freq = segment.tokenizer().FREQ
    tags = segment.word_tags()
    function_words, company_stop = lexicon.words("function_chars"), lexicon.words("company_stop")
    stop_tags, industry = lexicon.words("stop_tags"), lexicon.words("industry_words")
    first = True
    for i in range(bisect_left(bounds, left) - 1, -1, -1):  # indices, not a reversed slice: no copy per name
        b = bounds[i]
        word = text[b:begin]
        if not re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9（）()·]+", word) or left - b > limit:
            break
        if len(word) == 1:
            if word in function_words:
                break
        elif word[0] in function_words and not freq.get(word):
            begin = b + 1  # jieba glued a preposition to the name (与豪|尔赛)
            break
        elif (
            word in company_stop
            or word in stop
            or (tags.get(word, "n") in stop_tags and word not in industry and not _brand_word(text, b, word, first))
        ):
            break
        begin = b
        first = False
    if (
        text[begin : begin + 1] in lexicon.words("leading_prepositions")
        and begin > 0
        and not re.match("[\u4e00-\u9fff]", text[begin - 1])
        and left - begin >= 3
    ):
        begin += 1  # 和尚高公司签订: a sentence opening with 和/与 + firm
    return begin
