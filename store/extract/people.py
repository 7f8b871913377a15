"""People: names after a post (副市长李润军), before a title (赵淑梅教授), and in bylines."""

from __future__ import annotations

import re

from ..zh import segment
from ..zh.gazetteer import name_index
from ..zh.names import COMPOUND_SURNAMES, SURNAMES, is_name
from .companies import COMPANY_SUFFIX_RE
from .mentions import Mention, RoleMention, place_ending_at
from .zones import ZONE_RE

POSTS = (
    "党工委书记",
    "党工委副书记",
    "常务副主任",
    "管委会主任",
    "管委会副主任",
    "董事长兼总裁",
    "董事长",
    "总经理",
    "副总经理",
    "副总裁",
    "总裁",
    "总监",
    "副秘书长",
    "秘书长",
    "副会长",
    "会长",
    "副市长",
    "市长",
    "副县长",
    "县长",
    "区长",
    "副区长",
    "县委书记",
    "市委书记",
    "区委书记",
    "副书记",
    "书记",
    "副主任",
    "主任助理",
    "主任",
    "局长",
    "副局长",
    "处长",
    "部长",
    "厅长",
    "院长",
    "所长",
    "主席",
    "副主席",
    "督查专员",
    "专员",
    "经理",
    "副研究员",
    "研究员",
    "总法律顾问",
    "毕业生",
    "顾问",
    "负责人",
    "常委会副主任",
    "成员",
    "同学",
    "县领导",
    "市领导",
    "区领导",
)
POST_RE = re.compile("(" + "|".join(sorted(map(re.escape, POSTS), key=len, reverse=True)) + ")")
# Titles printed after a name (赵淑梅教授, 李全明同学), checked only after a boundary character.
TITLE_AFTER_RE = re.compile(r"(?<=[\u4e00-\u9fff])(副教授|教授|副研究员|研究员|博士|同学)")
# Characters that, right after a two-character name, start the next word (李龙率队, 张宇参加).
FUNCTION_CHARS = set("等一和与及在对为表指介说参出率带随陪赴到来就向同也都还并先详主听视调考察代担挂作是的了")


def find_people(text: str, bylines: list[str]) -> tuple[list[Mention], list[RoleMention]]:
    """People named after a post (副市长李润军), with the post and organisation as a role; and bylines."""
    people: list[Mention] = []
    roles: list[RoleMention] = []
    for m in POST_RE.finditer(text):
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
    for m in TITLE_AFTER_RE.finditer(text):
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
    if head[:2] in COMPOUND_SURNAMES:
        n = 4 if len(head) >= 4 and re.match("[\u4e00-\u9fff]", head[3]) and head[3] not in FUNCTION_CHARS else 3
    elif head[:1] in SURNAMES:
        third = head[2:3]
        n = 3 if third and re.match("[\u4e00-\u9fff]", third) and third not in FUNCTION_CHARS else 2
    else:
        return None
    cand = text[pos : pos + n]
    if len(cand) < 2 or not is_name(cand) or name_index().get(cand):
        return None
    after = text[pos + n : pos + n + 1]
    if (
        (segment.tokenizer().FREQ.get(cand[:2]) or 0) >= 100
        and re.match("[\u4e00-\u9fff]", after or "x")
        and after not in FUNCTION_CHARS
    ):
        return None  # 高点谋划, 农业科技: a common word, not a name
    return cand


def _org_before(text: str, post_start: int) -> str | None:
    """The zone or company printed right before a post (临汾经济开发区党工委书记)."""
    window = text[max(0, post_start - 30) : post_start]
    window = re.split(r"[，。；、,;：:\s]", window)[-1]
    zm = list(ZONE_RE.finditer(window))
    if zm and zm[-1].end() >= len(window) - 4:
        head = window[: zm[-1].end()]
        place = place_ending_at(head, zm[-1].start())
        if place:
            return head[zm[-1].start() - len(place) :]
    cm = list(COMPANY_SUFFIX_RE.finditer(window))
    if cm and cm[-1].end() >= len(window) - 4:
        return window[: cm[-1].end()] or None
    return None
