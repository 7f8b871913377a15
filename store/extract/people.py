"""People: names after a post (副市长李润军), before a title (赵淑梅教授), and in bylines."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate

from ..zh import lexicon, segment
from ..zh.gazetteer import name_index
from ..zh.names import (
    after_dot,
    chinese_name_shape,
    final_share,
    foreign_name,
    foreign_piece,
    given_name_ok,
    given_share,
    is_name,
    known_person,
    translit_chars,
    translit_like,
    unknown_name,
)
from .mentions import Mention, RoleMention, place_ending_at


def find_people(text: str, bylines: list[str], ws: list[str] | None = None) -> tuple[list[Mention], list[RoleMention]]:
    """People named after a post (副市长李润军), with the post and organisation as a role; and bylines."""
    people: list[Mention] = []
    roles: list[RoleMention] = []
    # where jieba's words start: a post or name that ends inside a word (成员|国经济) is none
    bounds = set(accumulate(map(len, ws), initial=0)) if ws is not None else None
    word_at = dict(zip(accumulate(map(len, ws), initial=0), ws)) if ws is not None else {}
    for m in lexicon.post_re().finditer(text):
        pos = m.end()
        if bounds is not None and pos not in bounds:
            continue
        if foreign_piece(word_at.get(pos, "")) and len(word_at[pos]) >= 2:
            continue  # 部长斯捷|帕申: a transliterated name, found whole by find_names
        while True:
            name = _name_at(text, pos)
            glued = name is not None and _cue_at(text, pos + len(name))  # 高云|江说: jieba glued the verb
            if name and bounds is not None and pos + len(name) not in bounds and not glued:
                # the name must end where a word ends (斯捷帕|申…, 卢亮以|: a longer word or a glued verb)
                short = name[:2]
                name = short if len(name) == 3 and pos + 2 in bounds and is_name(short) else None
            if not name:
                break
            people.append(Mention("person", name, name, pos, pos + len(name)))
            roles.append(RoleMention(name, m.group(1), _org_before(text, m.start())))
            pos += len(name)
            if text[pos : pos + 1] == "、" and _name_at(text, pos + 1):
                pos += 1  # 班子成员田文杰、孙星鹏
                continue
            break
    for m in lexicon.title_after_re().finditer(text):
        for n in (3, 2):
            start = m.start() - n
            cand = text[start : m.start()]
            if start >= 0 and is_name(cand) and not _function_head(cand) and (bounds is None or start in bounds):
                people.append(Mention("person", cand, cand, start, m.start()))
                roles.append(RoleMention(cand, m.group(0), None))
                break
    for m in _REPORTED_RE.finditer(text):
        pos = m.start(1)
        for name in m.group(1).split("、"):
            if chinese_name_shape(name) and not name_index().get(name):
                people.append(Mention("person", name, name, pos, pos + len(name)))
                roles.append(RoleMention(name, "记者", None))
            pos += len(name) + 1
    if ws is not None:
        seen = {m.start for m in people}
        people.extend(m for m in find_names(text, ws) if m.start not in seen)
    for name in bylines:
        people.append(Mention("person", name, name, -1, -1))
        roles.append(RoleMention(name, "记者", None))
    return people, roles


# A dateline's reporters inside the text: 记者甲乙、丙丁报道 (names of two to four characters between the two words).
_REPORTED_RE = re.compile("(?:记者|通讯员)((?:[\u4e00-\u9fff]{2,4}、){0,4}[\u4e00-\u9fff]{2,4})(?:报道|摄)")


def _name_at(text: str, pos: int) -> str | None:
    """A personal name starting at pos: two characters when the third starts the next word, else three."""
    head = text[pos : pos + 5]
    next_chars = lexicon.words("name_next_chars")
    if head[:2] in lexicon.compound_surnames():
        n = 4 if len(head) >= 4 and re.match("[\u4e00-\u9fff]", head[3]) and head[3] not in next_chars else 3
    elif head[:1] in lexicon.surnames():
        third = head[2:3]
        n = 3 if third and re.match("[\u4e00-\u9fff]", third) and third not in next_chars else 2
    else:
        return None
    cand = text[pos : pos + n]
    if len(cand) < 2 or not is_name(cand) or name_index().get(cand):
        return None
    after = text[pos + n : pos + n + 1]
    if (
        (segment.tokenizer().FREQ.get(cand[:2]) or 0) >= 100
        and re.match("[\u4e00-\u9fff]", after or "x")
        and after not in next_chars
    ):
        return None  # 高点谋划, 农业科技: a common word, not a name
    return cand


def _cue_at(text: str, pos: int) -> bool:
    """A speech verb or title printed at pos (说, 表示, 主席 …)."""
    return any(text.startswith(c, pos) for c in _cue_words())


@lru_cache(maxsize=1)
def _cue_words() -> tuple[str, ...]:
    """The cue words of person_cues.txt."""
    return tuple(w for w, _ in lexicon.classed("person_cues"))


def _org_before(text: str, post_start: int) -> str | None:
    """The zone or company printed right before a post (临汾经济开发区党工委书记)."""
    window = text[max(0, post_start - 30) : post_start]
    window = re.split(r"[，。；、,;：:\s]", window)[-1]
    zm = list(lexicon.zone_re().finditer(window))
    if zm and zm[-1].end() >= len(window) - 4:
        head = window[: zm[-1].end()]
        place = place_ending_at(head, zm[-1].start())
        if place:
            return head[zm[-1].start() - len(place) :]
    cm = list(lexicon.company_suffix_re().finditer(window))
    if cm and cm[-1].end() >= len(window) - 4:
        return window[: cm[-1].end()] or None
    return None


# A two-character unknown word is a name without a cue when its given character is at least this much a
# given-name character (share of its uses, see zh.names.given_share and final_share).
LIKELY_GIVEN = 0.3
DOTS = frozenset("·•・")
# jieba tags of words that are never a surname standing alone: prepositions, adverbs, conjunctions, particles
FUNCTION_TAGS = frozenset({"p", "d", "c", "u", "uj", "ul", "r"})


def find_names(text: str, ws: list[str]) -> list[Mention]:
    """Every name-shaped word jieba cut out. Sure: persons of its dictionary (three characters or more) and
    unknown three-character names whose given characters are used in names. With a cue after (X说, X主席)
    or a title before (总统X), or printed elsewhere in the text as a sure name, or beside one in a 、 list:
    two-character names and transliterated names (joined at ·)."""
    starts = list(accumulate(map(len, ws), initial=0))
    cues = dict(lexicon.classed("person_cues"))
    sure: dict[int, Mention] = {}
    maybe: dict[int, Mention] = {}
    i = 0
    while i < len(ws):
        w, start = ws[i], starts[i]
        prev = ws[i - 1] if i else ""
        j, end = i + 1, start + len(w)
        merged = None
        if len(w) == 2 or (i + 2 < len(ws) and ws[i + 2] in cues):  # what either split needs; most words lack it
            merged = _split_name(ws, i) or _cut_before_cue(ws, i, cues)
        if merged is not None:
            w, j, end = merged, i + 2, start + len(merged)  # 施家|禾: jieba cut a name's last character off
        chinese = _plausible_chinese(w) or merged is not None
        if not chinese and j < len(ws) and ws[j] in cues and chinese_name_shape(w) and not _function_head(w):
            chinese = not segment.tokenizer().FREQ.get(w)  # 沈一舟先生: an unknown name the cue vouches for
        if not chinese and len(w) >= 4 and (head := _person_prefix(w)):
            sure[start] = Mention("person", head, head, start, start + len(head))
            i += 1
            continue
        dotted = False
        # a dot between two runs of transliteration characters makes a name, even of words jieba knows
        dot_next = j + 1 < len(ws) and ws[j] in DOTS and after_dot(w) and after_dot(ws[j + 1])
        if not chinese and (foreign_name(w) or dot_next or translit_like(w)):
            while j < len(ws):
                if j + 1 < len(ws) and ws[j] in DOTS and after_dot(ws[j + 1]):
                    end, j, dotted = end + 1 + len(ws[j + 1]), j + 2, True  # 科菲·安南
                elif foreign_piece(ws[j]) or (dotted and after_dot(ws[j]) and ws[j] not in cues):
                    # 斯特罗|耶夫: jieba cut a long transliteration; after a dot any run of its characters
                    end, j = end + len(ws[j]), j + 1
                else:
                    break
        elif not chinese:
            i += 1
            continue
        m = Mention("person", text[start:end], text[start:end], start, end)
        nxt = ws[j] if j < len(ws) else ""
        joined = dotted or merged is not None
        after = ws[j + 1] if j + 1 < len(ws) else ""
        if (
            (chinese and (known_person(w) or (len(w) >= 3 and unknown_name(w)) or _likely_two(w, prev, nxt)))
            or joined
            or (nxt in cues and (chinese or joined or segment.word_tags().get(prev) != "p"))
            or (cues.get(after) == "speech" and segment.word_tags().get(nxt) == "d")  # X还表示
        ):
            sure[start] = m
        elif _title_word(prev):
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
    return [sure[k] for k in sorted(sure)]


def _likely_two(w: str, prev: str, nxt: str) -> bool:
    """A two-character unknown word whose given character is common in names and ends them (王芳-like),
    standing as a person does: not after a place (山西|X is a brand) and not before a noun (X|示范区)."""
    if len(w) != 2 or not unknown_name(w):
        return False
    tags = segment.word_tags()
    if tags.get(prev) == "ns" or prev in name_index():
        return False
    if re.match("[\u4e00-\u9fff]", nxt or "。") and tags.get(nxt) not in {"v", "p", "c", "d", "u", "uj", "ul"}:
        return False
    return given_share().get(w[1], 0.0) >= LIKELY_GIVEN and final_share().get(w[1], 0.0) >= LIKELY_GIVEN


def _function_head(w: str) -> bool:
    """w starts with a character that is mostly a function word (和, 向, 对) or is a place."""
    return segment.word_tags().get(w[0]) in FUNCTION_TAGS or bool(name_index().get(w))


def _cut_before_cue(ws: list[str], i: int, cues: dict[str, str]) -> str | None:
    """A name jieba cut in two (邵|一夫, 李铁|辰) right before a title or speech verb, else None: the cue
    vouches for the name the statistics alone would not."""
    w, nxt = ws[i], ws[i + 1] if i + 1 < len(ws) else ""
    cue = ws[i + 2] if i + 2 < len(ws) else ""
    if len(w) == 2 and len(nxt) >= 2 and cues.get(nxt[1:]) == "speech" and chinese_name_shape(w + nxt[0]):
        # 高云|江说: jieba glued the name's last character to the verb
        return w + nxt[0] if not segment.tokenizer().FREQ.get(w + nxt[0]) and not name_index().get(w) else None
    if cue not in cues or not nxt or len(w + nxt) not in (3, 4) or not chinese_name_shape(w + nxt):
        return None
    if nxt in lexicon.words("name_next_chars") or name_index().get(w + nxt):
        return None
    if len(w) == 2 and (segment.tokenizer().FREQ.get(w) or 0) >= 100:
        return None  # 高点|X: an ordinary word, then something else
    if len(w) == 1 and segment.word_tags().get(w) in FUNCTION_TAGS:
        return None  # 向|对方|介绍: a preposition, not a surname
    if len(nxt) == 2 and not given_name_ok(nxt) and (segment.tokenizer().FREQ.get(nxt) or 0) >= 100:
        return None  # X|对方: the given part is an ordinary word
    return w + nxt


def _split_name(ws: list[str], i: int) -> str | None:
    """A three-character unknown name jieba cut as two characters + one (施家|禾), else None."""
    w, nxt = ws[i], ws[i + 1] if i + 1 < len(ws) else ""
    if len(w) != 2 or len(nxt) != 1 or nxt in lexicon.words("name_next_chars") or known_person(w):
        return None
    if segment.tokenizer().FREQ.get(w):
        return None  # 楼宇|正: a word of the dictionary, then the next word
    return w + nxt if unknown_name(w + nxt) else None


@lru_cache(maxsize=1 << 16)  # a page repeats its words: judge each once
def _plausible_chinese(w: str) -> bool:
    """A word that may be a Chinese person's name: a dictionary person word or an unknown name-shaped word."""
    if not chinese_name_shape(w) or name_index().get(w) or w.endswith(tuple(lexicon.words("address_forms"))):
        return False
    # a person word of the dictionary that the statistics doubt (李瑞环-like: 环 ends nouns too) still
    # stands as a name when a cue, a title before or a repeat of a sure name says so
    if known_person(w) or unknown_name(w):
        return True
    # all of transliteration characters (莫斯科 is tagged nr): judged as a transliteration, not here
    return segment.word_tags().get(w) in {"nr", "nrfg"} and not all(c in translit_chars() for c in w)


@lru_cache(maxsize=1 << 12)
def _title_word(w: str) -> bool:
    """A title printed before a name, alone or ending a longer word (外交大臣, 司法部长, 主教练)."""
    cues = dict(lexicon.classed("person_cues"))
    return any(cues.get(w[k:]) == "title" for k in range(max(0, len(w) - 6), len(w) - 1))


def _person_prefix(w: str) -> str | None:
    """A person's name at the head of a compound word (a leader's name + 理论, 思想, 主义)."""
    for k in (3, 2):
        head, rest = w[:k], w[k:]
        if len(rest) >= 2 and known_person(head) and (segment.tokenizer().FREQ.get(rest) or 0) >= 100:
            return head
    return None
