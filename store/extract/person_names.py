"""Names anywhere in the text: dictionary and unknown names, names before cues, in lists, transliterations."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate

from ..zh import lexicon, segment
from ..zh.foreign import translit_candidate
from ..zh.gazetteer import name_index
from ..zh.names import (
    NAME_TAGS,
    TRANSLIT_RARE_FREQ,
    after_dot,
    all_translit,
    chinese_name_shape,
    final_share,
    given_name_ok,
    given_share,
    known_person,
    place_like,
    rare_person_word,
    surname_of,
    translit_chars,
    unknown_name,
)
from .foreign import (
    cut_foreign,
    foreign_cued,
    foreign_pairs,
    foreign_places,
    plain_name_word,
    plain_word,
    split_given,
)
from .mentions import Mention
from .name_context import SENTENCE_OPENERS, opening_name, surname_and_unknown
from .name_glue import recut_glued
from .name_joins import cut_before_cue, split_name
from .translit import (
    DOTS,
    FUNCTION_TAGS,
    NUMERAL_RE,
    cue_class,
    dot_ahead,
    foreign_run,
    foreign_subject,
    glued_ahead,
    lead_piece,
    title_word,
    unknown_word,
)

# A two-character unknown word is a name without a cue when its given character is at least this much a
# given-name character (share of its uses, see zh.names.given_share and final_share).
LIKELY_GIVEN = 0.3
# jieba tags of the word after a person standing as a subject or object: a verb, an adverb, a preposition, a
# conjunction, a particle, a pronoun (X这样…), or nr (jieba tags some ordinary words nr: X祝福)
BEFORE_PREDICATE_TAGS = frozenset({"v", "p", "c", "d", "u", "uj", "ul", "r", "nr"})
# person_cues classes printed after a name (X说, X主席, X本人); a "role" (发言人, 外援) is printed only before one
AFTER_CUES = frozenset({"speech", "title", "after"})


def find_names(text: str, ws: list[str]) -> list[Mention]:
    """Every name-shaped word jieba cut out. Sure: persons of its dictionary (three characters or more) and
    unknown three-character names whose given characters are used in names. With a cue after (X说, X主席)
    or a title before (总统X), or printed elsewhere in the text as a sure name, or beside one in a 、 list:
    two-character names and transliterated names (joined at ·)."""
    ws = recut_glued(ws)
    starts = list(accumulate(map(len, ws), initial=0))
    cues = lexicon.person_cues()
    surnames, compounds = lexicon.surnames(), lexicon.compound_surnames()
    sure: dict[int, Mention] = {}
    tags = segment.word_tags()
    dotted_text = any(d in text for d in DOTS)  # most texts print no dot: skip looking for one
    maybe: dict[int, Mention] = {}
    i = 0
    while i < len(ws):
        if _inert(ws[i]) and not (dotted_text and i + 1 < len(ws) and ws[i + 1] in DOTS):
            i += 1
            continue  # most words of a page: nothing below starts a name at them (a rare word may open X·Y)
        w, start = ws[i], starts[i]
        prev = ws[i - 1] if i else ""
        j, end = i + 1, start + len(w)
        merged = None
        surname_first = w[:1] in surnames or w[:2] in compounds  # what follows needs one: most words have none
        if surname_first:
            lone = surname_and_unknown(ws, i) if w in surnames else None  # 张|某某
            merged = split_name(ws, i) or cut_before_cue(ws, i, cues) or lone
        if merged is not None:
            w, j, end = merged, i + 2, start + len(merged)  # 施家|禾: jieba cut a name's last character off
        elif (
            i + 2 < len(ws)
            and (ws[i + 2] in cues or ws[i + 2] == "副")
            and (merged := cut_foreign(ws, i) or split_given(ws, i))
        ):
            w, j, end = merged, i + 2, start + len(merged)  # a Thai or Japanese name jieba cut before its cue
        elif surname_first and prev[-1:] in SENTENCE_OPENERS and (opening := opening_name(ws, i)) is not None:
            merged, j = opening  # 。X某某从…: a name-shaped subject opening a sentence
            w, end = merged, start + len(merged)
        chinese = _plausible_chinese(w) or merged is not None
        # a cue after (the plain dict first: this runs for every word) or a title before
        cued = j < len(ws) and ws[j] in cues and not _count_before(prev)
        if not chinese and cued and chinese_name_shape(w) and not function_head(w) and not _function_last(w):
            # 沈一舟先生: an unknown name the cue vouches for; not a surname and a form of address (柯老说)
            known = not segment.tokenizer().FREQ.get(w) or _full_name_word(w)
            chinese = known and not w.endswith(lexicon.address_forms())
        if not chinese and len(w) >= 4 and (head := _person_prefix(w)):
            sure[start] = Mention("person", head, head, start, start + len(head))
            i += 1
            continue
        # a dot after a run of transliteration characters makes a name, even of words jieba knows (马丁·)
        dot_at = dot_ahead(ws, i, j) if dotted_text else None
        dotted = False
        # 卡尔|诺夫: an unknown run of the class before a known transliterated name, even if it looks Chinese
        glued = j < len(ws) and len(w) > 1 and tags.get(ws[j]) == "nrt" and unknown_word(w) and after_dot(w)
        glued = glued or (j < len(ws) and len(w) > 1 and glued_ahead(w, ws[j]))  # 斯塔|维申: an unknown piece
        if dot_at is not None or glued or (not chinese and translit_candidate(w)):
            chinese = False
            if (lead := lead_piece(ws, i)) and start - len(lead) not in sure and start - len(lead) not in maybe:
                start, prev = start - len(lead), ws[i - 2]  # 部长卡|利维·巴拉诺夫: jieba left a first syllable
            j, end, dotted = foreign_run(ws, j, end, cues)
            if not dotted and (place_like(text[start:end]) or text[start:end].endswith("人")):
                i = j
                continue  # 某某斯, 某某拉: a place or firm the dictionary knows, whatever the cue
        elif (
            not chinese
            and not (
                (cued or 3 <= len(w) <= 4 and title_word(prev))
                and _cued_name_word(w, prev, ws[j] if j < len(ws) else "")
            )
            and not (merged is None and plain_name_word(ws, i))
        ) or (merged is None and place_like(w)):
            i += 1
            continue  # 某某队, 某某市: a dictionary name word that also names a team or a city
        m = Mention("person", text[start:end], text[start:end], start, end)
        nxt = ws[j] if j < len(ws) else ""
        joined = dotted or merged is not None
        after = ws[j + 1] if j + 1 < len(ws) else ""
        if (
            (chinese and (known_person(w) or (len(w) >= 3 and unknown_name(w)) or _likely_two(w, prev, nxt)))
            or (chinese and rare_person_word(w) and not function_head(w))
            or joined
            or (
                cues.get(nxt) in AFTER_CUES
                and not _count_before(prev)
                and (chinese or joined or segment.word_tags().get(prev) != "p")
            )
            or (cues.get(after) == "speech" and segment.word_tags().get(nxt) == "d")  # X还表示
        ):
            sure[start] = m
        elif title_word(prev) or (
            not chinese and (foreign_subject(m.name, prev, nxt) or foreign_cued(ws, i, j, m.name))
        ):
            sure[start] = m
        else:
            maybe[start] = m
        i = j
    names = {m.name for m in sure.values()}
    sure_ends = {m.end for m in sure.values()}
    for start, m in sorted(maybe.items()):
        before, after = text[max(0, start - 1) : start], text[m.end : m.end + 1]
        listed = (before == "、" and (start - 1) in sure_ends) or (after == "、" and (m.end + 1) in sure)
        if m.name in names or listed:
            sure[start] = m
    word_at = dict(zip(starts, ws))
    for start in foreign_pairs(text, word_at, maybe, sure):
        sure[start] = maybe[start]
    places = foreign_places(text, word_at, [*sure.values(), *maybe.values()])
    return [sure[k] for k in sorted(sure) if sure[k].name not in places]


def _likely_two(w: str, prev: str, nxt: str) -> bool:
    """A two-character unknown word whose given character is common in names and ends them (陶芳-like),
    standing as a person does: not after a place (山西|X is a brand) and not before a noun (X|示范区)."""
    if len(w) != 2 or not unknown_name(w):
        return False
    tags = segment.word_tags()
    if tags.get(prev) == "ns" or prev in name_index() or _count_before(prev):
        return False  # 山西|X is a brand; 三百|余人, 50|万人 count people
    if re.match("[\u4e00-\u9fff]", nxt or "。") and tags.get(nxt) not in BEFORE_PREDICATE_TAGS:
        if nxt not in _posts():
            return False  # X|示范区: a noun after it; but X局长: a post after a name
    if prev[-1:] in SENTENCE_OPENERS and tags.get(nxt) in {"v", "d", "p", "c"}:
        return True  # 。X是, 。X看到: an unknown name-shaped word opening a sentence as its subject
    return given_share().get(w[1], 0.0) >= LIKELY_GIVEN and final_share().get(w[1], 0.0) >= LIKELY_GIVEN


def _function_last(w: str) -> bool:
    """A two-character word jieba's HMM made of a surname-like character and a function word (以|某为|组长)."""
    return len(w) == 2 and w[1] in lexicon.words("function_chars") and not segment.tokenizer().FREQ.get(w)


def _full_name_word(w: str) -> bool:
    """A three-character word of jieba's with a Chinese name's shape whose given name is one (a leader's name
    the dictionary tags as something else): a person when a title or verb of speech follows."""
    given = w[len(surname_of(w) or "") :]
    return len(w) == 3 and len(given) == 2 and given_name_ok(given) and not all(c in translit_chars() for c in w)


@lru_cache(maxsize=1)
def _posts() -> frozenset[str]:
    """Posts (副总裁, 局长) as a set: printed after a name as well as before one."""
    return frozenset(w for w, _ in lexicon.classed("posts"))


def function_head(w: str) -> bool:
    """w starts with a character that is mostly a function word (和, 向, 对) or is a place."""
    return segment.word_tags().get(w[0]) in FUNCTION_TAGS or bool(name_index().get(w))


@lru_cache(maxsize=1 << 16)  # a page repeats its words: judge each once
def _plausible_chinese(w: str) -> bool:
    """A word that may be a Chinese person's name: a dictionary person word or an unknown name-shaped word."""
    if not chinese_name_shape(w) or name_index().get(w) or w.endswith(lexicon.address_forms()):
        return False
    if len(w) == 2 and function_head(w) and segment.word_tags().get(w[1]) in {"q", "m"}:
        return False  # 那名, 那位: a pronoun and a measure word, not a surname and a given name
    if _function_last(w):
        return False
    # a person word of the dictionary that the statistics doubt (张德环-like: 环 ends nouns too) still
    # stands as a name when a cue, a title before or a repeat of a sure name says so
    if known_person(w) or unknown_name(w):
        return True
    # all of transliteration characters (a foreign city may be tagged nr): judged as a transliteration, not here
    return segment.word_tags().get(w) in {"nr", "nrfg"} and not all(c in translit_chars() for c in w)


@lru_cache(maxsize=1 << 16)  # a page repeats its words: judge each once
def _inert(w: str) -> bool:
    """A word no rule of find_names starts a name at: no Chinese character first, or a dictionary word with no
    name's tag, surname, shape or characters (every rule for such a word needs one of them)."""
    if not "\u4e00" <= w[:1] <= "\u9fff":
        return True
    if not segment.tokenizer().FREQ.get(w) or segment.word_tags().get(w) in NAME_TAGS:
        return False  # an unknown word or a name word of the dictionary
    if surname_of(w) or chinese_name_shape(w) or all_translit(w) or translit_candidate(w) or plain_word(w):
        return False
    return len(w) < 4 or _person_prefix(w) is None


def _person_prefix(w: str) -> str | None:
    """A person's name at the head of a compound word (a leader's name + 理论, 思想, 主义)."""
    for k in (3, 2):
        head, rest = w[:k], w[k:]
        if len(rest) >= 2 and known_person(head) and (segment.tokenizer().FREQ.get(rest) or 0) >= 100:
            return head
    return None


def _cued_name_word(w: str, prev: str, nxt: str) -> bool:
    """A name word of jieba's dictionary with neither a Chinese nor a transliterated shape (a Japanese name
    like 某田某史, rare in the dictionary), standing right before a verb of speech or title or right after a title."""
    if not 3 <= len(w) <= 4 or segment.word_tags().get(w) not in NAME_TAGS or name_index().get(w):
        return False
    if (segment.tokenizer().FREQ.get(w) or 0) >= TRANSLIT_RARE_FREQ:
        return False  # a frequent word the dictionary tags nr as well
    freq = segment.tokenizer().FREQ
    if any((freq.get(w[:k]) or 0) >= 100 and (freq.get(w[k:]) or 0) >= 100 for k in range(1, len(w))):
        return False  # two ordinary words the dictionary also lists joined as nr
    return cue_class(nxt) in AFTER_CUES or title_word(prev)


def _count_before(prev: str) -> bool:
    """The word before ends in a number: what follows counts people (三百|余人出席, 50|万人), not a name."""
    return segment.word_tags().get(prev) == "m" or prev[-1:].isdigit() or bool(NUMERAL_RE.match(prev[-1:]))
