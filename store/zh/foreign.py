"""Is this word a foreign person's name? Transliteration statistics per character from jieba's dictionary,
and the dictionary's own knowledge of places (a word it also lists with 市, 人 or 政府 after it)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import lexicon, segment
from .gazetteer import name_index
from .names import NAME_TAGS, foreign_name, place_like, translit_like

# A character is of the transliteration class when at least this share of the dictionary words holding it are
# transliterated names (nrt, three characters or more): 斯 and 拉 mostly are, 人 and 高 hardly ever.
SHARE_MIN = 0.04
# A two-character name word of the dictionary this common is an ordinary word it also tags nrt (令人-like).
TWO_MAX_FREQ = 1000


@lru_cache(maxsize=1)
@segment.dictionary_derived
def translit_share() -> dict[str, float]:
    """Per character: the share of the dictionary's words holding it that are transliterated names."""
    names: Counter[str] = Counter()
    every: Counter[str] = Counter()
    for w, tag in segment.word_tags().items():
        chars = set(w)
        if tag == "nrt" and len(w) >= 3:
            names.update(chars)
        every.update(chars)
    return {c: n / every[c] for c, n in names.items()}


def odd_chars(w: str) -> int:
    """How many of w's characters are not of the transliteration class (by their share, see translit_share)."""
    share = translit_share()
    return sum(share.get(c, 0.0) < SHARE_MIN for c in w)


@lru_cache(maxsize=1 << 16)  # a page repeats its words: judge each once
def foreign_word(w: str) -> bool:
    """A name word of jieba's dictionary (nrt of any frequency, nr of transliteration characters) or a rare
    place word of them, that is no place the dictionary or the gazetteer knows: maybe a foreign person.

    Foreign cities are written alike (they need a cue); the caller judges the context."""
    tag = segment.word_tags().get(w)
    if tag not in NAME_TAGS | {"ns"} or not 2 <= len(w) <= 7 or not re.fullmatch("[\u4e00-\u9fff]+", w):
        return False  # the tag first: most words are none of these
    if not _word_shape(w, tag, segment.tokenizer().FREQ.get(w) or 0):
        return False
    if name_index().get(w) or w in lexicon.words("countries") or w[-1] in lexicon.words("place_final_chars"):
        return False
    return not place_like(w)  # last: it looks the word up with each place suffix


def _word_shape(w: str, tag: str, freq: int) -> bool:
    """The characters and frequency of a name word of the class, by its tag."""
    odd = odd_chars(w)
    if tag == "nrt":
        # 某某斯: one character outside the class is allowed in a long word or a two-character one of the class,
        # two in a word of five or more (a name's syllables spelt with rarer characters)
        if len(w) >= 5:
            return odd <= 2
        return odd == 0 or (odd == 1 and (len(w) >= 4 or (len(w) == 2 and freq < TWO_MAX_FREQ and w[-1] in _tail())))
    if tag in NAME_TAGS:
        return odd == 0 or (odd == 1 and len(w) >= 4 and freq < 20)
    return odd == 0 and freq < 100  # ns: a rare place word of the class may be a person's name


@lru_cache(maxsize=1 << 16)  # a page repeats its words: judge each once
def translit_candidate(w: str) -> bool:
    """Maybe a transliterated name (it needs a cue): of the class by the character set, the rare-word shape
    or the dictionary's name words; never a nationality (芬兰人, which the dictionary may tag nrt)."""
    if not (foreign_name(w) or translit_like(w) or foreign_word(w)):
        return False
    return not (w.endswith("人") and (w[:-1] in lexicon.words("countries") or place_like(w[:-1])))


@lru_cache(maxsize=1)
def _tail() -> frozenset[str]:
    """Characters that end transliterated names far more than other words (斯, 尔-like): a two-character name
    word with an ordinary first character still ends as one."""
    share = translit_share()
    return frozenset(c for c, s in share.items() if s >= 0.2)
