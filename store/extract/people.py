"""People: names after a post (副市长李润军), before a title (赵淑梅教授), and in bylines."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate

from ..zh import lexicon, segment
from ..zh.gazetteer import name_index
from ..zh.names import (
    FINAL_MIN_SHARE,
    NAME_TAGS,
    after_dot,
    all_translit,
    chinese_name_shape,
    final_share,
    foreign_piece,
    is_name,
)
from .mentions import Mention, RoleMention, place_ending_at
from .name_glue import recut_glued
from .person_names import find_names, function_head
from .translit import DOTS


def find_people(text: str, bylines: list[str], ws: list[str] | None = None) -> tuple[list[Mention], list[RoleMention]]:
    """People named after a post (副市长李润军), with the post and organisation as a role; and bylines."""
    people: list[Mention] = []
    roles: list[RoleMention] = []
    if ws is not None:
        ws = recut_glued(ws)  # 总裁X某|某等: the name ends where the recut word ends
    # where jieba's words start: a post or name that ends inside a word (成员|国经济) is none
    bounds = set(accumulate(map(len, ws), initial=0)) if ws is not None else None
    word_at = dict(zip(accumulate(map(len, ws), initial=0), ws)) if ws is not None else {}
    for m in _before_name_re().finditer(text):
        pos = m.end()
        if bounds is not None and pos not in bounds:
            continue
        if foreign_piece(word_at.get(pos, "")) and len(word_at[pos]) >= 2:
            continue  # 部长斯捷|帕申: a transliterated name, found whole by find_names
        while True:
            name = _name_at(text, pos)
            glued = name is not None and _cue_at(text, pos + len(name))  # 高云|江说: jieba glued the verb
            if name and bounds is not None and pos + len(name) not in bounds and not glued:
                # the name must end where a word ends (阿尔瓦|罗…, 陶岚以|: a longer word or a glued verb)
                short = name[:2]
                name = short if len(name) == 3 and pos + 2 in bounds and is_name(short) else None
            if name and len(name) == 3 and _word_of_its_own(word_at.get(pos + 2, "")):
                name = name[:2] if is_name(name[:2]) else None  # 女儿某某|去: a verb after a two-character name
            if name and m.group(1) not in lexicon.posts_before() and not _plain_name_after_cue(text, pos, name):
                name = None
            if name and ws is not None and _ordinary_part(name, pos, word_at) and not _cue_at(text, pos + len(name)):
                name = None  # 主任|商议|过, 教练|连|照常: a verb and its particle, an adverb: no name
            if name and function_head(name) and (segment.tokenizer().FREQ.get(name[1:]) or 0) >= 100:
                name = None  # 经理和有关…: a conjunction and an ordinary word, not a surname and a given name
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
            if start >= 0 and is_name(cand) and not function_head(cand) and (bounds is None or start in bounds):
                if _common_word(cand):
                    break  # 高级|研究员: an ordinary word of jieba's before the title, not a name
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
        seen = {m.start: k for k, m in enumerate(people)}
        spans = [(m.start, m.end) for m in people]
        for named in find_names(text, ws):
            k = seen.get(named.start)
            if k is None and any(a <= named.start and named.end <= b for a, b in spans):
                continue  # 书记但|某某: the post's whole name holds it (a surname jieba may read as a conjunction)
            if k is None:
                people.append(named)
            elif _longer_transliteration(people[k].name, named.name):
                short = people[k].name  # 部长卡斯|蒂诺: the whole transliteration, not its head
                people[k] = named
                roles = [RoleMention(named.name, r.role, r.org) if r.person == short else r for r in roles]
    for name in bylines:
        people.append(Mention("person", name, name, -1, -1))
        roles.append(RoleMention(name, "记者", None))
    return people, roles


def _longer_transliteration(short: str, name: str) -> bool:
    """name is a transliteration that starts with the Chinese-shaped name a post found (卡斯 of 卡斯蒂诺)."""
    return len(name) > len(short) and name.startswith(short) and after_dot(name[len(short) :])


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


@lru_cache(maxsize=1)
def _before_name_re() -> re.Pattern[str]:
    """A post (副市长), title (总理, 教练) or role (发言人, 作者) printed before a name, longest first, as group 1."""
    cues = [w for w, c in lexicon.classed("person_cues") if c in {"title", "role"} and w not in TITLES_AFTER_ONLY]
    return re.compile("(" + lexicon.alternation({*lexicon.posts_before(), *cues}) + ")")


# Titles of person_cues printed only after a name (张某等人, 李某先生): before one they address the reader.
TITLES_AFTER_ONLY = frozenset({"等人", "先生", "女士", "同志", "老师", "代表"})


def _plain_name_after_cue(text: str, pos: int, name: str) -> bool:
    """After a title or role (not a post of the list), a stricter name: no function word first (教练|都曾),
    no ordinary word as its start (学者|申请) or a verb of speech inside (记者|时表示), and not the first part
    of a transliteration (老将|鲍里斯·)."""
    if function_head(name) or all_translit(name) or text[pos + len(name) : pos + len(name) + 1] in DOTS:
        return False
    head = name[:2]
    if segment.tokenizer().FREQ.get(head) and segment.word_tags().get(head) not in NAME_TAGS:
        return False
    return not any(_cue_at(text, pos + k) for k in range(1, len(name)))


def _ordinary_part(name: str, pos: int, word_at: dict[int, str]) -> bool:
    """A three-character name read after a post that is a verb with its aspect particle (商议|过: jieba cuts 了, 着,
    过 as words of their own) or a surname-like character and an adverb (连|照常)."""
    if len(name) != 3:
        return False
    tags = segment.word_tags()
    if word_at.get(pos + 2) == name[2] and tags.get(name[2]) in ASPECT_TAGS:
        return True
    return word_at.get(pos + 1) == name[1:] and tags.get(name[1:]) in {"d", "ad"}


# jieba's tags of the aspect particles 了, 着, 过: after a verb, never ending a name
ASPECT_TAGS = frozenset({"ul", "uz", "ug"})


def _common_word(w: str) -> bool:
    """A frequent word of jieba's dictionary that is no name word (高级, 有关)."""
    e = segment.entry(w)
    return e is not None and e[0] >= 100 and e[1] not in NAME_TAGS


def _word_of_its_own(w: str) -> bool:
    """A one-character verb, preposition, adverb or conjunction jieba cut that seldom ends a name (去, 在): the
    name ends before it (a pronoun may be a given name's last character: 某求|我)."""
    if len(w) != 1:
        return False
    return segment.word_tags().get(w) in {"v", "p", "d", "c"} and final_share().get(w, 0.0) < FINAL_MIN_SHARE


def _cue_at(text: str, pos: int) -> bool:
    """A speech verb or title printed at pos (说, 表示, 主席 …)."""
    return any(text.startswith(c, pos) for c in _cue_words())


@lru_cache(maxsize=1)
def _cue_words() -> tuple[str, ...]:
    """The cue words of person_cues.txt."""
    return tuple(w for w, c in lexicon.classed("person_cues") if c != "role")


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
