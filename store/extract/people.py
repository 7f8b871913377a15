"""People: names after a post (副市长李润军), before a title (赵淑梅教授), and in bylines."""

from __future__ import annotations

import re

from ..zh import lexicon, segment
from ..zh.gazetteer import name_index
from ..zh.names import is_name
from .mentions import Mention, RoleMention, place_ending_at


def find_people(text: str, bylines: list[str]) -> tuple[list[Mention], list[RoleMention]]:
    """People named after a post (副市长李润军), with the post and organisation as a role; and bylines."""
    people: list[Mention] = []
    roles: list[RoleMention] = []
    for m in lexicon.post_re().finditer(text):
        pos = m.end()
        while True:
            name = _name_at(text, pos)
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
            if start >= 0 and is_name(cand) and not name_index().get(cand):
                people.append(Mention("person", cand, cand, start, m.start()))
                roles.append(RoleMention(cand, m.group(0), None))
                break
    for name in bylines:
        people.append(Mention("person", name, name, -1, -1))
        roles.append(RoleMention(name, "记者", None))
    return people, roles


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
