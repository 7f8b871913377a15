"""Transliterated names: runs jieba cut apart, dots, syllables left before or glued after, and the clause
positions that make a transliteration a person (X今天抵达, X和Y)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..zh import lexicon, segment
from ..zh.foreign import foreign_word, odd_chars, translit_candidate, translit_share
from ..zh.gazetteer import name_index
from ..zh.names import (
    NAME_TAGS,
    TRANSLIT_RARE_FREQ,
    after_dot,
    all_translit,
    before_dot,
    foreign_name,
    foreign_piece,
    place_like,
    translit_chars,
)

DOTS = frozenset("·•・")
DASHES = frozenset("—－-")
# jieba tags of words that are never a surname standing alone: prepositions, adverbs, conjunctions, particles
FUNCTION_TAGS = frozenset({"p", "d", "c", "u", "uj", "ul", "r"})


@lru_cache(maxsize=1 << 12)
def title_word(w: str) -> bool:
    """A title printed before a name, alone or ending a longer word (外交大臣, 财政部长, 主教练)."""
    cues = lexicon.person_cues()
    return any(cues.get(w[k:]) in {"title", "role"} for k in range(max(0, len(w) - 6), len(w) - 1))


def dot_ahead(ws: list[str], i: int, j: int) -> int | None:
    """Where a name's dot follows ws[i] (after single transliteration characters jieba left: 杰克|士·), else None."""
    k = j
    # 杰克|士·, 某某|某某·: a character or a known name word of the class before the dot
    while k < len(ws) and k - j < 2 and (len(ws[k]) == 1 and foreign_piece(ws[k]) or foreign_name(ws[k])):
        k += 1
    first = ws[i]
    if k > j and not (unknown_word(first) or segment.word_tags().get(first) in NAME_TAGS):
        return None  # 一位|马丁·: a common word before the name, not its first part
    if first.endswith("人") and first[:-1] in lexicon.words("countries"):
        return None  # 芬兰人|某某·: a nationality (the dictionary tags some nrt) before the name
    if k + 1 < len(ws) and ws[k] in DOTS and _first_part(first, ws[k + 1]) and after_dot(ws[k + 1]):
        # one side at least wholly of the class, or a name word of the dictionary (雄安·容东 is a place)
        sure_side = all_translit(first) or all_translit(ws[k + 1]) or segment.word_tags().get(first) in NAME_TAGS
        return k if sure_side else None
    return None


def _first_part(first: str, after: str) -> bool:
    """first may open a dotted name: a part of the class, or a rare word of two to four characters before a part
    wholly of the class (某某娜·某某: the dictionary spells some first names with rarer characters)."""
    if before_dot(first):
        return True
    if not CJK_RUN.fullmatch(first) or not 2 <= len(first) <= 4 or not all_translit(after):
        return False
    return (segment.tokenizer().FREQ.get(first) or 0) < TRANSLIT_RARE_FREQ and segment.word_tags().get(first) != "ns"


CJK_RUN = re.compile("[\u4e00-\u9fff]+")


def lead_piece(ws: list[str], i: int) -> str | None:
    """A transliteration's first syllable jieba cut off (总统尤|勒斯): one character of the class, or an
    unknown run of them, right after a title; or one character of the class (or one jieba tags a surname)
    before a rare name word of the class after a title or a country (某国的卡|某某娃)."""
    if i < 2:
        return None
    lead, before = ws[i - 1], ws[i - 2]
    after_title = title_word(before)
    one = len(lead) == 1 and lead in translit_chars() and lead not in lexicon.words("name_next_chars")
    if after_title and (one or (len(lead) == 2 and foreign_piece(lead))):
        return lead
    countries = lexicon.words("countries")
    by_country = before in countries or (before == "的" and i >= 3 and ws[i - 3] in countries)
    if not (after_title or by_country) or len(lead) != 1 or lead in lexicon.words("name_next_chars"):
        return None
    rare = (segment.tokenizer().FREQ.get(ws[i]) or 0) < TRANSLIT_RARE_FREQ and translit_candidate(ws[i])
    of_class = not odd_chars(lead) or segment.word_tags().get(lead) == "nr"
    return lead if rare and of_class and all_translit(ws[i]) else None


# The most dots one name holds (某某·某某·德·某某 has three): a longer run of dotted words is a list or noise
MAX_DOTS = 4


def foreign_run(ws: list[str], j: int, end: int, cues: dict[str, str]) -> tuple[int, int, bool]:
    """Extend a transliterated name from ws[j] on: across dots and the pieces jieba cut it into.
    Returns the next word's index, the name's end and whether it held a dot."""
    dotted, dots = False, 0
    while j < len(ws) and dots < MAX_DOTS:
        w = ws[j]
        # 约翰—某某: a single dash after a name word of the dictionary joins as a dot does (某某—某某集团: a firm's)
        joins = w in DOTS or (w in DASHES and segment.word_tags().get(ws[j - 1]) in NAME_TAGS)
        if j + 1 < len(ws) and joins and after_dot(ws[j + 1][: _name_part(ws[j + 1])]):
            keep = _name_part(ws[j + 1])
            end, j, dotted, dots = end + 1 + keep, j + 2, True, dots + 1  # 安东尼·卡布拉尔
            if keep < len(ws[j - 1]):
                break  # 巴拉诺|斯及: the name ends inside jieba's word
        elif (foreign_piece(w) and (len(w) > 1 or unknown_word(ws[j - 1]))) or (
            dotted and after_dot(w[: _name_part(w)]) and w not in cues
        ):
            # 斯特罗|耶夫: jieba cut a long transliteration; after a dot any run of its characters
            keep = _name_part(w)
            end, j = end + keep, j + 1
            if keep < len(w):
                break
        elif j + 2 < len(ws) and ws[j + 1] in DOTS and before_dot(w) and after_dot(ws[j + 2]):
            end, j = end + len(w), j + 1  # 某某|某某·: a known piece before the dot
        elif not dotted and _glued_piece(ws[j - 1], w):
            end, j = end + len(w), j + 1  # 卡尔|诺夫, 巴拉|诺维奇: two name words of the class with no break
        elif not dotted and last_piece(ws[j - 1], w, ws[j + 1] if j + 1 < len(ws) else ""):
            end, j = end + 1, j + 1  # 某某|约出任: the name's last syllable, taken by jieba for an adverb
            break
        elif dotted and _last_syllable(w, ws[j + 1] if j + 1 < len(ws) else ""):
            end, j = end + 1, j + 1  # 某某·维拉|肖及其: jieba took the name's last syllable for a surname
            break
        else:
            break
    return j, end, dotted


@lru_cache(maxsize=1 << 16)  # it runs for every word and the next: judge each pair once
def glued_ahead(w: str, nxt: str) -> bool:
    """w starts a transliteration jieba cut in two, an unknown piece of the class after it (斯塔|维申), even
    when w looks Chinese (a known transliterated name after an unknown run is find_names' own test)."""
    return unknown_word(nxt) and after_dot(w) and _unknown_tail(w, nxt)  # the next word first: most are known


def _last_syllable(w: str, nxt: str) -> bool:
    """w is one character jieba tags a name (a surname) after a dotted name, and a clause goes on after it
    with a function word or a stop: the name's last syllable."""
    if len(w) != 1 or segment.word_tags().get(w) not in {"nr", "ng"}:
        return False
    return not nxt or not nxt[0].isalnum() or segment.word_tags().get(nxt) in FUNCTION_TAGS


def _rare_name(w: str) -> bool:
    """A name word of the dictionary seen fewer than TRANSLIT_RARE_FREQ times, of transliteration characters."""
    return (segment.tokenizer().FREQ.get(w) or 0) < TRANSLIT_RARE_FREQ and all_translit(w) and translit_candidate(w)


def last_piece(before: str, w: str, nxt: str) -> bool:
    """w is one character of the class jieba split off the end of a rare transliterated name word (某某|约出任):
    not before a number, where it would be a word of its own (约|50人)."""
    if len(w) != 1 or not _rare_name(before) or odd_chars(w) or translit_share().get(w, 0.0) < LAST_MIN_SHARE:
        return False
    return bool(nxt) and not nxt[0].isdigit() and segment.word_tags().get(nxt) not in {"m", "q"}


# a single character this much of the class (by translit_share) may end a name jieba cut short
LAST_MIN_SHARE = 0.05


def _unknown_tail(before: str, w: str) -> bool:
    """w is an unknown piece after a name word (or unknown word) of the class, ending in a character some
    transliteration holds (某某|维申; not 某某|诺时: 时 never is, a word of time glued on)."""
    if not (unknown_word(w) and after_dot(w) and all_translit(before)):
        return False
    if not (unknown_word(before) or foreign_word(before)):
        return False
    return odd_chars(w) <= 1 and translit_share().get(w[-1], 0.0) > 0


def _glued_piece(before: str, w: str) -> bool:
    """w continues the transliteration that ends with the word before: a transliterated name word after an
    unknown run, or a name word (or unknown word) of the class after a short one."""
    tags = segment.word_tags()
    if tags.get(w) == "nrt" and unknown_word(before):
        return True
    if _unknown_tail(before, w):
        return True
    if _rare_name(before) and _rare_name(w):
        return True  # 某某诺|某斯: two rare name words of the class the dictionary holds apart
    short = len(before) <= 2 and all_translit(before)
    return short and all_translit(w) and tags.get(w) in NAME_TAGS | {None} and not place_like(w)


def unknown_word(w: str) -> bool:
    """A word jieba's dictionary does not hold (a piece of a long transliteration); a single character is
    never one (林肯|派: a whole name word, then a verb)."""
    return len(w) > 1 and not segment.tokenizer().FREQ.get(w)


def _name_part(w: str) -> int:
    """How much of a word after a dot is the name: all but a function word or a verb of speech jieba glued
    to its end (巴拉诺|斯及, 巴拉诺|斯说)."""
    last = w[-1]
    if len(w) >= 2 and last not in translit_chars():
        if segment.word_tags().get(last) in FUNCTION_TAGS or cue_class(last) == "speech":
            return len(w) - 1
    return len(w)


def cue_class(w: str) -> str | None:
    """The class of a person cue word (speech, title, role), or None."""
    return lexicon.person_cues().get(w)


# jieba tags of the word after a transliteration that make it a sentence's subject (X今天抵达, X则, X对):
# a verb, an adverb or a preposition; a place is followed by nouns (某某市, 某某问题)
SUBJECT_NEXT_TAGS = frozenset({"v", "d", "p"})
# what may stand before such a subject: a clause's start (punctuation) or a conjunction (X和Y)
SUBJECT_PREV_TAGS = frozenset({"c"})
NUMERAL_RE = re.compile("[一二三四五六七八九十百千万亿两零]")
# after a rare name word of the dictionary, also a conjunction or a particle (X和Y, X的)
RARE_NEXT_TAGS = frozenset({"c", "u", "uj"})


def foreign_subject(name: str, prev: str, nxt: str) -> bool:
    """A transliteration of three characters or more that opens a clause and is followed by a verb, adverb or
    preposition: the subject of what follows, a person more often than a place."""
    tags = segment.word_tags()
    word = foreign_word(name)
    # two characters: a transliterated name word of the dictionary (nr two-character words are often nouns)
    if len(name) < (2 if word and tags.get(name) != "nr" else 3):
        return False
    # X今天抵达: a time word after a clause's subject, as a verb is (今天下午 may be tagged otherwise)
    timed = tags.get(nxt) == "t" or tags.get(nxt[:2]) == "t"
    if tags.get(nxt) not in SUBJECT_NEXT_TAGS | RARE_NEXT_TAGS and not timed:
        return False
    # a dash joins a name's or an index's parts (某某—某某): no clause starts after it
    opens = not prev or not (prev[-1].isalnum() or prev[-1] in DASHES) or tags.get(prev) in SUBJECT_PREV_TAGS
    if len(name) == 2 and not opens:
        return False  # 某某|拉茨等: a rare two-character word inside a clause is a piece of something longer
    # a rare name word of the dictionary (jieba lists foreign people it met a few times) needs no clause start
    rare = tags.get(name) in NAME_TAGS and (segment.tokenizer().FREQ.get(name) or 0) < TRANSLIT_RARE_FREQ
    rare = rare and not NUMERAL_RE.search(name)  # 三万人, 二十一中: the dictionary tags counts nrt too
    rare = rare and prev not in lexicon.words("place_prepositions")  # 在X召开: a place
    rare = rare and tags.get(prev) != "ns"  # 法国X扩建: a country's firm or brand, not a person
    if not (opens and (tags.get(nxt) in SUBJECT_NEXT_TAGS or timed)) and not rare:
        return False
    return not name_index().get(name) and not place_like(name)
