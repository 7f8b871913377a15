"""Where a transliterated word stands: the context that makes it a person (a title after it, 等人, a country
before it, a partner in X和Y) or a place (首都X, X会议, a weather table)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..zh import lexicon, segment
from ..zh.foreign import foreign_word, odd_chars
from ..zh.gazetteer import name_index
from ..zh.names import NAME_TAGS, all_translit, chinese_name_shape, place_like
from .mentions import Mention
from .translit import NUMERAL_RE, cue_class, title_word

# a country or nationality before a name (某国|外援X is a title's work; 芬兰|的|X): the name of one of its people
OF = "的"


def foreign_cued(ws: list[str], i: int, j: int, name: str) -> bool:
    """Context that makes a transliteration a person beyond a clause's start: a title after it also after a
    preposition (对X总统), a deputy's title (X副总理), 等人 after it, a shirt number before it (9号X), a day
    after it at a clause's start (X8日), or a country before a name no dictionary word spells (芬兰的X: cities
    are dictionary words)."""
    cues = lexicon.person_cues()
    nxt, after = (ws[j] if j < len(ws) else ""), (ws[j + 1] if j + 1 < len(ws) else "")
    if cues.get(nxt) == "title" or (nxt == "副" and cues.get(after) == "title") or (nxt == "等" and after == "人"):
        return True
    if not name.startswith(ws[i]) and i >= 1:
        i -= 1  # the name begins with a syllable jieba left before ws[i]
    if i >= 2 and ws[i - 1] == "号" and ws[i - 2].isdigit():
        return True  # 9号X: a player's shirt number
    opens = i == 0 or not ws[i - 1][-1:].isalnum()
    if opens and len(name) >= 3 and nxt.isdigit() and after[:1] == "日":
        return True  # 。X8日在: a clause's subject, then the day it acted
    if opens and len(name) >= 3 and segment.word_tags().get(nxt) == "a" and after == "地":
        return True  # ，X郑重地…: a clause's subject, then how it acted
    verb = ws[i - 2] if i >= 2 and ws[i - 1] == "了" else ws[i - 1] if i >= 1 else ""
    if verb in lexicon.words("meeting_verbs") and segment.word_tags().get(nxt) not in NOUN_TAGS:
        return True  # 会见(了)X, 提名X: the verb's object is a person (X代表团 with a noun after is not)
    countries = lexicon.words("countries")
    by_country = i >= 1 and ws[i - 1] in countries or (i >= 2 and ws[i - 1] == OF and ws[i - 2] in countries)
    return by_country and not segment.tokenizer().FREQ.get(name) and len(name) >= 3


# words that join two people as they join two places (X和Y); a person's name beside a sure person is one
PAIR_JOINS = ("和", "与", "、")


def foreign_pairs(text: str, word_at: dict[int, str], maybe: dict[int, Mention], sure: dict[int, Mention]) -> list[int]:
    """Starts of transliterated "maybe" names joined by 和, 与 or 、 to a sure name or to another such name
    (X和Y合作, X与Y会谈): two foreign words side by side are two people more often than two places, unless a
    noun follows the pair (X和Y边境) or the first stands after a piece of the class (某某|X和Y: a longer word)."""
    by_end = {m.end: m for m in (*maybe.values(), *sure.values())}
    out = []
    for start, m in maybe.items():
        if not _translit_name(m.name):
            continue
        left = by_end.get(start - 1) if text[start - 1 : start] in PAIR_JOINS else None
        right = maybe.get(m.end + 1) or sure.get(m.end + 1) if text[m.end : m.end + 1] in PAIR_JOINS else None
        for first, last in ((left, m), (m, right)):
            if first is None or last is None or not (first.start in sure or _translit_name(first.name)):
                continue
            if last is not m and not (last.start in sure or _translit_name(last.name)):
                continue
            if not odd_chars(text[first.start - 1 : first.start] or "。"):
                continue
            if segment.word_tags().get(word_at.get(last.end, "")) in NOUN_TAGS:
                continue
            out.append(start)
            break
    return out


# what follows two places (X和Y边境, X与Y地区) rather than two people
NOUN_TAGS = frozenset({"n", "ns", "nt", "nz", "vn", "f", "s"})


def _translit_name(name: str) -> bool:
    """A name of the transliteration class: a foreign name word or a run of the class's characters."""
    return foreign_word(name) or all_translit(name.replace("·", ""))


@lru_cache(maxsize=1)
def _place_cues() -> dict[str, frozenset[str]]:
    """Words that make the foreign word beside them a place or an organisation → where they stand (a word may
    stand in two places: 宫 after a name jieba cut from it, and as its last character)."""
    out: dict[str, set[str]] = {}
    for word, where in lexicon.classed("foreign_place_cues"):
        out.setdefault(word, set()).add(where)
    return {word: frozenset(wheres) for word, wheres in out.items()}


def foreign_places(text: str, word_at: dict[int, str], found: list[Mention]) -> set[str]:
    """Names that are places or organisations in this text: one printed after 首都 or before 会议 or 组织
    anywhere in it (also past a closing bracket), one ending as a place (某某宫), a country's before its
    head of state's name (X总统Y), a city after its country before another place (某国X某某大学), or a name
    between temperatures (a weather table's city: 12℃ X 晴)."""
    cues = _place_cues()
    tags = segment.word_tags()
    countries = lexicon.words("countries")
    out = set()
    for m in found:
        before = next((text[m.start - k : m.start] for k in (3, 2) if text[m.start - k : m.start] in cues), "")
        at = m.end + 1 if text[m.end : m.end + 1] in "）)" else m.end
        nxt = word_at.get(at, "")
        after = word_at.get(at + len(nxt), "")
        if "before" in cues.get(before, ()) or "after" in cues.get(nxt, ()) or "after" in cues.get(nxt[:1], ()):
            out.add(m.name)
        elif "end" in cues.get(m.name[-1], ()) or (
            m.name[-1] in lexicon.words("place_final_chars") and not chinese_name_shape(m.name)
        ):
            out.add(m.name)  # 某某宫; 某·某某镇 (a Chinese given name may end in 山 or 江)
        elif any(text[max(0, m.start - k) : m.start] in countries for k in range(2, 7)):
            if tags.get(nxt) == "ns":
                out.add(m.name)  # 某国|X|某某大学: a city between its country and a place in it
        elif lexicon.person_cues().get(nxt) == "title" and (_translit_name(after) or tags.get(after) in NAME_TAGS):
            if not chinese_name_shape(m.name):  # 主席某某总理某某: a Chinese name before a title and a name
                out.add(m.name)  # 某国总统某某: the title's country, then its holder
        elif "℃" in text[max(0, m.start - 2) : m.start] or "℃" in text[m.end : m.end + 6]:
            out.add(m.name)
    return out


# A word jieba does not tag a name, this common or more, is an ordinary word even before a cue (记者说).
PLAIN_MAX_FREQ = 200
# jieba tags of names it reads as nouns or time words (a Japanese surname may be a noun of the dictionary)
PLAIN_TAGS = frozenset({"n", "nz", "t"})
# last characters of words for a kind of person or body (人士, 学者, 官员, 专家, 对方, 某某界): never a name
KIND_ENDS = frozenset("人者员家方士们长师手工友国界系室")


def plain_name_word(ws: list[str], i: int) -> bool:
    """A name of neither a Chinese nor a transliterated shape (a Japanese or Thai name jieba reads as a noun
    or does not know) with a state office after it (X首相, X外长) or, of three characters or more, a title
    before it: rare in the dictionary, no place, and no word for a kind of person."""
    w = ws[i]
    if not plain_word(w):
        return False  # the word first (cached): this runs for every word of no other shape, and most are common
    prev, nxt = ws[i - 1] if i else "", ws[i + 1] if i + 1 < len(ws) else ""
    if prev in lexicon.address_forms():
        return False  # 某某女士|自我介绍: a form of address ends a name, it starts none
    if nxt in lexicon.words("office_titles"):  # X首相 (not X主任: 某某室主任, nor X说: 某某机说)
        return True
    after = ws[i + 2] if i + 2 < len(ws) else ""
    if (not prev or not prev[-1].isalnum()) and segment.word_tags().get(nxt) == "d" and cue_class(after) == "speech":
        return True  # 。X还表示: a clause's subject that speaks (not 某某|同时指出: inside a clause)
    # 前总理X, in a list or before a verb
    return (
        len(w) >= 3 and title_word(prev) and (not nxt[:1].isalnum() or segment.word_tags().get(nxt) in {"p", "v", "d"})
    )


@lru_cache(maxsize=1 << 16)  # a page repeats its words: judge each once
def plain_word(w: str) -> bool:
    """w may be a name jieba reads as a noun: rare, no place, no count and no word for a kind of person."""
    if not 2 <= len(w) <= 5 or not re.fullmatch("[\u4e00-\u9fff]+", w) or NUMERAL_RE.match(w):
        return False  # 二是: a count
    if segment.word_tags().get(w, "n") not in PLAIN_TAGS or w[-1] in KIND_ENDS:
        return False
    if (segment.tokenizer().FREQ.get(w) or 0) >= PLAIN_MAX_FREQ:
        return False
    if name_index().get(w) or w in lexicon.words("countries") or place_like(w):
        return False
    return w[-1] not in lexicon.words("name_not_endings") and w[-1] not in lexicon.words("place_final_chars")


def cut_foreign(ws: list[str], i: int) -> str | None:
    """An unknown word of two or three characters and one jieba cut off its end (a Thai name cut before its last syllable), right
    before a verb of speech or a title (also a deputy's): the whole name, else None."""
    if i + 2 >= len(ws) or len(ws[i + 1]) != 1 or not 2 <= len(ws[i]) <= 3:
        return None
    w, one, cue = ws[i], ws[i + 1], ws[i + 2]
    cues = lexicon.person_cues()
    deputy = cue == "副" and i + 3 < len(ws) and cues.get(ws[i + 3]) == "title"
    if cues.get(cue) not in {"speech", "title"} and not deputy:
        return None  # the cue first (a dictionary lookup): this runs for every word
    if segment.tokenizer().FREQ.get(w) or not re.fullmatch("[\u4e00-\u9fff]+", w + one):
        return None
    if len(w) == 3 and chinese_name_shape(w):
        return None  # 某某康|，: a whole Chinese name before a stop
    if one in lexicon.words("name_next_chars") or segment.word_tags().get(one) in {"p", "c", "u", "uj", "d", "r"}:
        return None
    return w + one


def split_given(ws: list[str], i: int) -> str | None:
    """An unknown two-character word of no Chinese shape at a clause's start, and a two-character noun jieba
    read as the rest of the name (a Japanese surname and given name: 某村|正义), right before a verb of speech:
    the whole name, else None."""
    if i + 2 >= len(ws) or len(ws[i]) != 2 or len(ws[i + 1]) != 2 or cue_class(ws[i + 2]) != "speech":
        return None  # the shape and the cue first: this runs for every word
    w, given = ws[i], ws[i + 1]
    if i and ws[i - 1][-1:].isalnum():
        return None  # inside a clause: 某某|同事说 names no one
    if segment.tokenizer().FREQ.get(w) or not re.fullmatch("[\u4e00-\u9fff]+", w + given) or chinese_name_shape(w):
        return None
    if segment.word_tags().get(w[0]) in OPENING_TAGS:
        return None  # 有位|智者说: a verb or a pronoun opens the clause, not a surname
    return w + given if segment.word_tags().get(given) in {"n", "nz"} else None


# jieba tags of single characters that open a clause as words of their own (有, 这, 每, 在, 又)
OPENING_TAGS = frozenset({"v", "r", "p", "d", "c", "m", "u", "uj"})
