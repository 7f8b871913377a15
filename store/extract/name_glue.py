"""Chinese names jieba's HMM glued to a neighbour: a function word before (对|X某某), a next word's first
character after (X某说, X某|某等). Cut back at the name's edges before the names are judged."""

from __future__ import annotations

from functools import lru_cache
from itertools import compress

from ..zh import lexicon, segment
from ..zh.names import chinese_name_shape, known_person, translit_chars, unknown_name

# jieba tags of a single character that, glued before a name, is a word of its own (以, 对, 但, 找, 请)
LEAD_TAGS = frozenset({"p", "c", "d", "v", "t", "r"})
# A glued lead character is a word of its own this often in jieba's dictionary (rarer ones may be given names)
LEAD_MIN_FREQ = 1000
# A surname character that is a conjunction at least this often is one when glued before a name
SURNAME_LEAD_MIN_FREQ = 50000
# The word that closes a list of people (甲、乙等): jieba's HMM may glue a name's last character to it
LIST_END = "等"


class RecutWords(list[str]):
    """Words recut_glued has cut already (find_people cuts them and hands them on to find_names)."""


def recut_glued(ws: list[str]) -> list[str]:
    """ws with the name-glued words of jieba's HMM (words its dictionary does not hold) cut at the name."""
    if isinstance(ws, RecutWords):
        return ws
    out = RecutWords()
    done = 0  # ws[:done] is in out
    # only the unknown words are looked at (each judged once per process, the scan in C's loop)
    for i in compress(range(len(ws)), map(_unknown_cjk, ws)):
        if i < done:
            continue  # taken with the word before it
        w, nxt = ws[i], ws[i + 1] if i + 1 < len(ws) else ""
        before = ws[i - 1] if i > done else ""
        if (cut := _glued_inside(w)) is not None:
            first, end = i, i + 1
        elif len(w) == 2 and _lead(w[0]) and _surname(w[1]) and _name(w[1] + nxt):
            cut, first, end = (w[0], w[1] + nxt), i, i + 2  # 对X|某某: the HMM took the preposition with the surname
        elif len(w) == 2 and w[1] == LIST_END and len(before) == 2 and _name(before + w[0]):
            cut, first, end = (before + w[0], w[1]), i - 1, i + 1  # X某|某等: a name's last character glued to 等
        else:
            continue
        out.extend(ws[done:first])
        out.extend(cut)
        done = end
    out.extend(ws[done:])
    return out


@lru_cache(maxsize=1 << 14)  # a page repeats its words: judge each once
def _glued_inside(w: str) -> tuple[str, ...] | None:
    """An unknown word that is a name with a lead character before it (找X某) or a next word's first
    character after it (X某说, X某是; not when the whole is a name too: X某来), cut in two; else None."""
    rest = w[1:]
    if len(w) in (3, 4) and _lead(w[0]) and _surname(w[1]) and _name(rest) and not _ends_open(rest):
        return w[0], rest
    if len(w) in (3, 4) and w[-1] in lexicon.words("name_next_chars") and _name(w[:-1]) and not _name(w):
        return w[:-1], w[-1]
    return None


@lru_cache(maxsize=1 << 12)
def _lead(c: str) -> bool:
    """A character that is mostly a word of its own (preposition, conjunction, verb), not a surname."""
    freq = segment.tokenizer().FREQ.get(c) or 0
    if c in lexicon.surnames():
        # 但, 和: a rare surname, far more often a conjunction (于, 向: common surnames, kept)
        return segment.word_tags().get(c) == "c" and freq >= SURNAME_LEAD_MIN_FREQ
    return segment.word_tags().get(c) in LEAD_TAGS and freq >= LEAD_MIN_FREQ


def _surname(c: str) -> bool:
    """A surname that is no place's or body's last character as well (区, 村: 开|区 is no verb and a name)."""
    return c in lexicon.surnames() and c not in lexicon.words("name_not_endings")


def _name(w: str) -> bool:
    """A Chinese name's shape with given characters used in names (known to jieba or not), not of
    transliteration characters only (某|斯曼: a foreign name's syllables)."""
    if not (2 <= len(w) <= 4 and chinese_name_shape(w) and (known_person(w) or unknown_name(w))):
        return False
    if w[0] in w[1:]:
        return False  # 以|某养某: a phrase repeating its first character, not a surname and a given name
    if w[-1] in lexicon.words("function_chars"):
        return False  # 开|区与: a function word last (区 is a surname too), not a given name
    return not all(c in translit_chars() for c in w)


def _ends_open(w: str) -> bool:
    """w ends in a character that starts the next word or is a function word (X某于), so it is no whole name."""
    return w[-1] in lexicon.words("name_next_chars") or w[-1] in lexicon.words("function_chars")


@lru_cache(maxsize=1 << 16)  # a page repeats its words: judge each once
def _unknown_cjk(w: str) -> bool:
    """Two or more Chinese characters that jieba's dictionary does not hold (a word its HMM made)."""
    return len(w) >= 2 and not segment.tokenizer().FREQ.get(w) and all("\u4e00" <= c <= "\u9fff" for c in w)
