"""Is this token a personal name? A surname list, shape rules, and character statistics from jieba's dictionary."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import lexicon, segment
from .gazetteer import name_index

CJK_NAME_RE = re.compile("^[\u4e00-\u9fff]{2,4}$")


def is_name(token: str) -> bool:
    """True when token has the shape of a Chinese personal name (surname + 1–2 characters)."""
    if not CJK_NAME_RE.match(token) or token in lexicon.words("name_common_words"):
        return False
    if token[-1] in lexicon.words("name_not_endings"):
        return False
    if token[:2] in lexicon.compound_surnames():
        return 3 <= len(token) <= 4
    return token[0] in lexicon.surnames() and len(token) <= 3


def split_names(s: str) -> list[str] | None:
    """Split a byline like '吴珊 张蓓蕾' into names; None unless every token is a name."""
    tokens = [t for t in re.split(r"[\s、,，]+", s.strip()) if t]
    if not tokens or len(tokens) > 5:
        return None
    return tokens if all(is_name(t) for t in tokens) else None


# How often a character must stand in given names, against its other uses in jieba's words, to be one:
# names take 原 or 南 (贺原) now and then, hardly ever 性, 证 or 级 (安全性, 许可证: nouns jieba tags nr).
GIVEN_MIN_SHARE = 0.045
# A dictionary nr word is a name only when its last character ends names this often (see final_share).
FINAL_MIN_SHARE = 0.2
# A given name that is itself an ordinary word this common (阵雨 in 雷阵雨) makes the whole a word.
GIVEN_WORD_MIN_FREQ = 50
# A character in at least this many of jieba's transliterated-name words (nrt, three characters or more).
TRANSLIT_MIN = 3
PERSON_TAGS = frozenset({"nr", "nrfg"})
NAME_TAGS = frozenset({"nr", "nrfg", "nrt"})


@lru_cache(maxsize=1)
@segment.dictionary_derived
def given_share() -> dict[str, float]:
    """Per character: its share of given-name uses (in jieba's three-character nr words after a surname)
    among all the dictionary words it appears in."""
    surnames = lexicon.surnames()
    given: Counter[str] = Counter()
    other: Counter[str] = Counter()
    for w, tag in segment.word_tags().items():
        if tag in PERSON_TAGS and len(w) == 3 and w[0] in surnames:
            given.update(w[1:])
        else:
            other.update(set(w))
    return {c: n / (n + other[c]) for c, n in given.items()}


@lru_cache(maxsize=1)
@segment.dictionary_derived
def final_share() -> dict[str, float]:
    """Per character: how often it ends jieba's three-character nr words after a surname, against how often
    it ends other words (官, 河, 书 end nouns: 司令官, 金水河, 白皮书 are tagged nr but are no names)."""
    surnames = lexicon.surnames()
    name_end: Counter[str] = Counter()
    word_end: Counter[str] = Counter()
    for w, tag in segment.word_tags().items():
        if tag in PERSON_TAGS and len(w) == 3 and w[0] in surnames:
            name_end[w[-1]] += 1
        elif len(w) >= 2:
            word_end[w[-1]] += 1
    return {c: n / (n + word_end[c] + 1) for c, n in name_end.items()}


@lru_cache(maxsize=1)
@segment.dictionary_derived
def translit_chars() -> frozenset[str]:
    """Characters of transliterated foreign names, counted over jieba's nrt words."""
    counts: Counter[str] = Counter()
    for w, tag in segment.word_tags().items():
        if tag == "nrt" and len(w) >= 3:
            counts.update(set(w))
    return frozenset(c for c, n in counts.items() if n >= TRANSLIT_MIN)


def surname_of(w: str) -> str | None:
    """The surname w starts with (compound first), if any."""
    if w[:2] in lexicon.compound_surnames():
        return w[:2]
    return w[:1] if w[:1] in lexicon.surnames() else None


@lru_cache(maxsize=1 << 16)  # a page repeats its words: judge each once
def chinese_name_shape(w: str) -> bool:
    """Surname + one or two given-name characters, none of them marking a place or organisation."""
    sur = surname_of(w)
    if not sur or not CJK_NAME_RE.match(w) or not 1 <= len(w) - len(sur) <= 2:
        return False
    return w[-1] not in lexicon.words("name_not_endings") and w not in lexicon.words("name_common_words")


def given_name_ok(given: str) -> bool:
    """Every character is used in given names, and the given name is not an ordinary word of its own."""
    share = given_share()
    if not all(share.get(c, 0.0) > GIVEN_MIN_SHARE for c in given):
        return False
    tag = segment.word_tags().get(given)
    return len(given) < 2 or tag in NAME_TAGS or (segment.tokenizer().FREQ.get(given) or 0) < GIVEN_WORD_MIN_FREQ


@lru_cache(maxsize=1 << 16)  # a page repeats its words: judge each once
def known_person(w: str) -> bool:
    """A person word of jieba's dictionary with a Chinese name's shape (three characters or more)."""
    return (
        len(w) >= 3
        and segment.word_tags().get(w) in PERSON_TAGS
        and chinese_name_shape(w)
        and given_name_ok(w[len(surname_of(w) or "") :])
        and final_share().get(w[-1], 0.0) >= FINAL_MIN_SHARE
        and not all(c in translit_chars() for c in w)  # foreign cities look the same: transliterations want a cue
        and not ordinary_head(w)
    )


# A rare person word of jieba's whose given name is an ordinary word (富贵, 志军) is still a name when
# that word is no more frequent than this; its last character must end names at least this often.
RARE_GIVEN_WORD_MAX_FREQ = 1000
RARE_FINAL_MIN_SHARE = 0.15


@lru_cache(maxsize=1 << 16)  # a page repeats its words: judge each once
def rare_person_word(w: str) -> bool:
    """A three-character person word jieba lists with a low count (as it lists many names), a single-character
    surname and given characters used in names, though the given name is an ordinary word too or its last
    character ends other words often."""
    e = segment.entry(w)
    if e is None or e[1] not in PERSON_TAGS or e[0] >= TRANSLIT_RARE_FREQ or len(w) != 3:
        return False
    if w[0] not in lexicon.surnames() or not chinese_name_shape(w) or w.endswith(lexicon.address_forms()):
        return False
    share = given_share()
    if not all(share.get(c, 0.0) > GIVEN_MIN_SHARE for c in w[1:]):
        return False
    given_freq = segment.tokenizer().FREQ.get(w[1:]) or 0
    # a given name that is a word of its own (总兵, 道长 after a surname address a person) must end names often
    final_min = FINAL_MIN_SHARE if given_freq else RARE_FINAL_MIN_SHARE
    if final_share().get(w[2], 0.0) < final_min or given_freq >= RARE_GIVEN_WORD_MAX_FREQ or ordinary_head(w):
        return False
    return not all(c in translit_chars() for c in w)


# A dictionary person word whose first two characters are an ordinary word this many times more frequent than
# the whole is that word with a character after it (严重性, 仲裁人: jieba tags some such nr), not a name.
HEAD_WORD_RATIO = 5


def ordinary_head(w: str) -> bool:
    """w starts with an ordinary word of jieba's (not a name word) at least 100 times and HEAD_WORD_RATIO times
    as frequent as w itself (a compound surname is no such word)."""
    if w[:2] in lexicon.compound_surnames():
        return False
    head = segment.entry(w[:2])
    if head is None or head[1] in NAME_TAGS or head[0] < 100:
        return False
    return head[0] >= HEAD_WORD_RATIO * (segment.tokenizer().FREQ.get(w) or 0)


@lru_cache(maxsize=1 << 16)  # a page repeats its words: judge each once
def unknown_name(w: str) -> bool:
    """A word jieba does not know, shaped like a Chinese name whose given characters are used in names."""
    if (segment.tokenizer().FREQ.get(w) or 0) > 0 or not chinese_name_shape(w):
        return False
    return given_name_ok(w[len(surname_of(w) or "") :])


@lru_cache(maxsize=1 << 16)  # a page repeats its words: judge each once
def foreign_name(w: str) -> bool:
    """Maybe a transliterated name: a name word of jieba's or an unknown word, of transliteration characters.

    Places are written with the same characters (foreign cities): callers want a cue as well."""
    if len(w) < 2 or not CJK_NAME_RE.match(w[:4]) or not all(c in translit_chars() for c in w):
        return False
    return segment.word_tags().get(w) in NAME_TAGS or (segment.tokenizer().FREQ.get(w) or 0) == 0


@lru_cache(maxsize=1 << 16)  # a page repeats its words: judge each once
def foreign_piece(w: str) -> bool:
    """A word jieba does not know, of transliteration characters: the rest of a long foreign name."""
    if len(w) == 1:  # 斯捷帕|申: one transliteration character left over
        return w in translit_chars() and w not in lexicon.words("name_next_chars") and not w.isdigit()
    return not segment.tokenizer().FREQ.get(w) and foreign_name(w)


# A rare dictionary word (jieba lists many foreign names as nr or ns with a low count) may be a transliteration.
TRANSLIT_RARE_FREQ = 20


@lru_cache(maxsize=1 << 16)  # a page repeats its words: judge each once
def translit_like(w: str) -> bool:
    """Three or more characters, all but one of transliteration, unknown or rare and tagged a name or place:
    maybe a foreign person (阿尔瓦罗, 卡布拉尔-like); it needs a cue like any transliteration."""
    if len(w) < 3 or not re.fullmatch("[\u4e00-\u9fff]+", w) or name_index().get(w):
        return False
    if w[-1] in lexicon.words("name_not_endings") or w[-1] in lexicon.words("place_final_chars"):
        return False  # 佛蒙特州, 内格罗河: a place's suffix
    if (segment.tokenizer().FREQ.get(w) or 0) >= TRANSLIT_RARE_FREQ:
        return False
    if segment.word_tags().get(w) not in {None, "nr", "nrt", "ns"}:
        return False
    return sum(c not in translit_chars() for c in w) <= 1


def after_dot(w: str) -> bool:
    """A part of a transliterated name after its dot: any word of transliteration characters, known or not
    (阿马 may be a word of the dictionary; after 安东尼· it is a name's part), or an unknown word with one
    character outside the class (the class is counted from the dictionary and misses rarer syllables)."""
    if all_translit(w):
        return True
    return _one_odd(w) and not segment.tokenizer().FREQ.get(w)


def all_translit(w: str) -> bool:
    """Chinese characters, every one a transliteration character."""
    return bool(re.fullmatch("[\u4e00-\u9fff]+", w)) and all(c in translit_chars() for c in w)


def before_dot(w: str) -> bool:
    """A part of a transliterated name before its dot: as after it, or a name word of the dictionary with one
    character outside the class (a Chinese surname may start a transliteration: 马丁-like)."""
    return after_dot(w) or (_one_odd(w) and segment.word_tags().get(w) in NAME_TAGS)


def _one_odd(w: str) -> bool:
    """Two to four CJK characters, all but one of them transliteration characters."""
    return 2 <= len(w) <= 4 and bool(CJK_NAME_RE.match(w)) and sum(c not in translit_chars() for c in w) <= 1


def place_like(w: str) -> bool:
    """The dictionary holds w with a place, team or firm word after it (某某市, 某某队): a name word that
    names a place or firm."""
    return w in _place_stems()


@lru_cache(maxsize=1)
@segment.dictionary_derived
def _place_stems() -> frozenset[str]:
    """Every w the dictionary holds as w + a place, team or firm word (one set: a lookup per suffix and word
    was most of the dictionary lookups extraction made)."""
    suffixes = lexicon.entries("name_place_suffixes")
    return frozenset(
        w[: -len(s)] for w, freq in segment.tokenizer().FREQ.items() if freq for s in suffixes if w.endswith(s)
    )
