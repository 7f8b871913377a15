"""A sentence's subject shaped like a Chinese name: jieba's HMM word or a surname and a word jieba cut apart,
opening a sentence right before its verb (。X某某从外地赶回, 。X|某某又赶回). The position vouches for what the
character statistics alone would doubt."""

from __future__ import annotations

from ..zh import lexicon, segment
from ..zh.names import (
    PERSON_TAGS,
    chinese_name_shape,
    given_name_ok,
    given_share,
    ordinary_head,
    place_like,
    translit_chars,
)

# What a sentence (or a quotation) opens after
SENTENCE_OPENERS = frozenset("。！？；：“") | {""}
# jieba tags of the word after a subject: a verb (a verbal noun too), an adverb, a preposition, a conjunction
PREDICATE_TAGS = frozenset({"v", "vn", "d", "p", "c"})
# A given character used in names at least this share of its uses (see zh.names.given_share)
MOSTLY_GIVEN = 0.3
# jieba tags of a character that, opening a sentence, is a word of its own rather than a surname (那, 应, 高)
NOT_SURNAME_TAGS = frozenset({"r", "v", "a", "d", "p", "m", "f", "q"})
# jieba tags of function words: a character so tagged before a word is that, not a surname (和, 向)
FUNCTION_WORD_TAGS = frozenset({"p", "d", "c", "u", "uj", "ul", "r"})
# jieba tags of a word that cannot be a given name: function words, numbers, directions, verbs
NOT_GIVEN_TAGS = frozenset({"p", "d", "c", "u", "uj", "ul", "r", "m", "f", "v", "q"})


def opening_name(ws: list[str], i: int) -> tuple[str, int] | None:
    """The name opening a sentence at ws[i] and the index of the word after it, else None."""
    prev = ws[i - 1] if i else ""
    if prev[-1:] not in SENTENCE_OPENERS and prev != "":
        return None
    w = ws[i]
    if len(w) == 2 or len(w) > 3 or (len(w) == 1 and w not in lexicon.surnames()):
        return None  # most words: judged by length and the surname list, before any lookup
    tags = segment.word_tags()
    freq = segment.tokenizer().FREQ
    if len(w) == 3 and (not freq.get(w) or _doubted_person(w)) and _name_shaped(w):
        j = i + 1  # 。X某某从…: a word jieba's HMM made, or a person word whose last character ends words
    elif len(w) == 1 and i + 1 < len(ws) and len(ws[i + 1]) == 2 and tags.get(w) not in NOT_SURNAME_TAGS:
        given = ws[i + 1]
        if tags.get(given) in NOT_GIVEN_TAGS or given in lexicon.person_cues() or not _name_shaped(w + given):
            return None
        if not freq.get(given) and not given_name_ok(given):
            return None  # 。X|某某走: an unknown word of characters seldom in names, not a given name
        w, j = w + given, i + 2  # 。X|某某又赶回: a surname and a word jieba cut apart
    else:
        return None
    return (w, j) if j < len(ws) and tags.get(ws[j]) in PREDICATE_TAGS else None


def surname_and_unknown(ws: list[str], i: int) -> str | None:
    """A surname jieba left alone before a word its HMM made of given-name characters (X|某某), else None:
    the unknown word is the given name."""
    w, nxt = ws[i], ws[i + 1] if i + 1 < len(ws) else ""
    if len(w) != 1 or len(nxt) != 2 or w not in lexicon.surnames() or segment.tokenizer().FREQ.get(nxt):
        return None
    if segment.word_tags().get(w) in FUNCTION_WORD_TAGS or not given_name_ok(nxt):
        return None  # 和|某某: a conjunction
    return w + nxt if _name_shaped(w + nxt) else None


def _doubted_person(w: str) -> bool:
    """A person word of jieba's whose given characters are used in names, one of them mostly in names, though
    its last one also ends many other words (so known_person doubts it); not a place or team's name."""
    e = segment.entry(w)
    if e is None or e[1] not in PERSON_TAGS or not given_name_ok(w[1:]) or ordinary_head(w) or place_like(w):
        return False
    return max(given_share().get(c, 0.0) for c in w[1:]) >= MOSTLY_GIVEN


def _name_shaped(w: str) -> bool:
    """A Chinese name's shape, not a form of address (X先生) nor of transliteration characters only."""
    if not chinese_name_shape(w) or w.endswith(lexicon.address_forms()):
        return False
    return not all(c in translit_chars() for c in w)
