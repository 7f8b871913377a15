"""Firms named without a legal suffix: brands in enumerations of firms, beside a suffixed firm, and at the
head of a project's name (X智能终端产品生产基地)."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

from ..zh import lexicon, segment
from ..zh.gazetteer import name_index
from ..zh.names import chinese_name_shape, known_person, unknown_name
from .companies import company_key, not_firm
from .groups import join_full_names, surrounded_firms
from .mentions import Mention, common_words

CJK_RE = re.compile("[\u4e00-\u9fffA-Za-z0-9]+")
# Tags of words that start a clause before a name: verbs, prepositions, adverbs, particles (引进了A、B).
LEAD_TAGS = frozenset({"v", "vn", "p", "d", "c", "u", "ul", "uj", "uz", "r"})
# A list item whose first word is this common (用电, 精密制造, 企业解决用地) names a thing, not a firm.
COMMON_HEAD_FREQ = 1000
NOT_BRAND_TAGS = frozenset({"v", "vn", "a", "ad", "an", "d", "m", "q", "r", "f", "t", "p", "c"})
# What jieba tags organisations, brands and abbreviations with (a brand abbreviation such as 一汽 is j).
BRAND_TAGS = frozenset({"nt", "nz", "j", "nrt"})
# A project item's head this common is an ordinary word (新型, 现代, 中小企业), not a brand (岚翔, 沃川).
RARE_HEAD_FREQ = 100
# Tags a rare head word jieba knows may carry and still be a brand (a name-like or abbreviated word).
PROJECT_BRAND_TAGS = frozenset({"nr", "nrt", "nt", "j"})
# Below this many uses an nz word is a technical term (锂电池), above it a brand jieba knows.
RARE_TERM_FREQ = 10
# Words in an item of a list of projects (X硅碳负极材料、Y智能装备二期等项目): longer than a list of firms.
PROJECT_ITEM_WORDS = 8
# A project item this short (岚翔电子, 沃川动力设备 in two words) is the firm's short name as a whole.
PROJECT_BRAND_CHARS = 5


@lru_cache(maxsize=1)
def _enum_tail_re() -> re.Pattern[str]:
    """等 or a count of firms, a few words (多家行业内龙头), a word for firms: the end of an enumeration of firms."""
    heads = lexicon.alternation(lexicon.words("firm_enum_heads"))
    return re.compile(rf"(?:等|[两二三四五六七八九十\d]+家)[^，。；、,.;\n\s]{{0,8}}?(?:{heads})")


@lru_cache(maxsize=1)
def _project_enum_tail_re() -> re.Pattern[str]:
    """等, a few words (10个, 一批大), 项目: the end of an enumeration of projects (A、B等10个项目)."""
    # not 子项目: the parts of one project (A、B等4个子项目) are its product lines
    return re.compile(r"等[^，。；、,.;\n\s]{0,12}?(?<!子)项目")


@lru_cache(maxsize=1)
def _project_re() -> re.Pattern[str]:
    """The words that end a project's name (项目, 生产基地)."""
    return re.compile(lexicon.alternation(lexicon.words("project_heads")))


def find_brands(text: str, ws: list[str], firms: list[Mention]) -> list[Mention]:
    """Brands in 'A、B、C等企业', next to a suffixed firm ('A和B集团'), and heading a project's name."""
    starts = list(accumulate(map(len, ws), initial=0))
    index = {s: i for i, s in enumerate(starts)}
    out: dict[int, Mention] = {}
    for m in _enum_tail_re().finditer(text):
        for s, e in _list_items(text, index, starts, ws, m.start()):
            if _brand_item(text[s:e]):
                out.setdefault(s, Mention("company", text[s:e], company_key(text[s:e]), s, e))
    inside = [(f.start, f.end) for f in firms]
    for m in _project_enum_tail_re().finditer(text):
        items = _list_items(text, index, starts, ws, m.start(), PROJECT_ITEM_WORDS)
        named = [any(fs < e and s < fe for fs, fe in inside) or _named_park(text[s:e]) for s, e in items]
        brands = [None if n else _project_item_brand(text, index, starts, ws, s, e) for n, (s, e) in zip(named, items)]
        # a list of projects is named after firms only when most items are (not 护栏板、酚醛盐利用、岚翔截齿)
        if 2 * sum(1 for n, b in zip(named, brands) if n or b) <= len(items):
            continue
        for b in brands:
            if b:
                out.setdefault(b[0], Mention("company", text[b[0] : b[1]], company_key(text[b[0] : b[1]]), *b))
    taken = {(f.start, f.end) for f in firms}
    for f in firms:
        for s, e in _conjuncts(text, index, starts, ws, f):
            if (s, e) not in taken and _brand_item(text[s:e], strict=True):
                out.setdefault(s, Mention("company", text[s:e], company_key(text[s:e]), s, e))
    for m in re.finditer("为代表", text):
        i = index.get(m.start())
        if i and _representative(ws[i - 1]):
            s, e = starts[i - 1], m.start()
            if text[s] == "以" and e - s >= 3:
                s += 1  # 以|X为代表: jieba glued the preposition of 以…为代表 to an unknown brand
            out.setdefault(s, Mention("company", text[s:e], company_key(text[s:e]), s, e))
    for m in _project_re().finditer(text):
        brand = _project_brand(text, index, starts, ws, m.start())
        if brand:
            s, e = brand
            out.setdefault(s, Mention("company", text[s:e], company_key(text[s:e]), s, e))
    for extra in surrounded_firms(text, index, starts, ws, firms):
        out.setdefault(extra.start, extra)
    return join_full_names([out[k] for k in sorted(out)], firms)


def _named_park(item: str) -> bool:
    """A list item that is a park named after its place or brand (岚翔食品产业园), not a kind of park."""
    m = next((m for m in lexicon.zone_re().finditer(item) if m.end() == len(item)), None)
    return bool(m and lexicon.zone_kind(m.group(0)) == "park" and not common_words(item[: m.start()]))


def _list_items(
    text: str, index: dict[int, int], starts: list[int], ws: list[str], end: int, most: int = 3
) -> list[tuple[int, int]]:
    """The items of a 、 list ending at `end` (before 等), right to left, each of at most `most` words."""
    items: list[tuple[int, int]] = []
    i = index.get(end)
    if i is None:
        return items
    while True:
        j = i
        # an item: one to three words of letters or CJK, not punctuation
        while j > 0 and i - j < most and CJK_RE.fullmatch(ws[j - 1]) and ws[j - 1] not in {"和", "与", "及", "、"}:
            j -= 1
        if j == i:
            break
        items.append((starts[j], starts[i]))
        if j > 0 and ws[j - 1] in {"、", "和", "与", "及"}:
            i = j - 1
            continue
        break
    # the first item often carries the sentence's verb (引进A、B等企业): keep its last words only
    if len(items) >= 2:
        s, e = items[-1]
        k = index[e]
        first = index[s]
        while first < k - 1 and segment.word_tags().get(ws[first]) in LEAD_TAGS:
            first += 1
        s = starts[first]
        if text[s] in lexicon.words("function_chars") and not segment.tokenizer().FREQ.get(ws[first]):
            s += 1  # 考察了|岚翔: jieba glued a particle to the brand
        items[-1] = (s, e)
    return items if len(items) >= 2 else []


def _conjuncts(
    text: str, index: dict[int, int], starts: list[int], ws: list[str], firm: Mention
) -> list[tuple[int, int]]:
    """The single word joined to a firm by 和/与/、 on either side (A和B集团, B集团、A)."""
    out = []
    i, k = index.get(firm.start), index.get(firm.end)
    tags = segment.word_tags()
    joiners = {"和", "与", "、", "及"}
    if i is None and firm.start >= 3 and text[firm.start - 1] in joiners:
        # jieba glued the conjunction to the firm (和岚翔|重工集团): the words before it, to the clause's start
        end = firm.start - 1
        w = bisect_right(starts, end) - 1
        if starts[w] == end:
            w -= 1
        for first in range(w, max(-1, w - 3), -1):
            if not CJK_RE.fullmatch(text[starts[first] : end]):
                break
            if first == 0 or not CJK_RE.fullmatch(ws[first - 1]) or tags.get(ws[first - 1]) in LEAD_TAGS:
                out.append((starts[first], end))
                break
    if i is not None and i >= 2 and ws[i - 1] in {"和", "与", "、", "及"}:
        # the word before must open its clause (。A和B集团, 与A、B公司): else it is the tail of a longer name
        if i == 2 or not CJK_RE.fullmatch(ws[i - 3]) or tags.get(ws[i - 3]) in LEAD_TAGS:
            out.append((starts[i - 2], starts[i - 1]))
    if k is not None and k + 2 < len(starts) and ws[k] in {"和", "与", "、", "及"}:
        if k + 3 >= len(starts) or not CJK_RE.fullmatch(ws[k + 2]) or tags.get(ws[k + 2]) in LEAD_TAGS:
            out.append((starts[k + 1], starts[k + 2]))
    return out


def _brand_item(item: str, strict: bool = False) -> bool:
    """An item of a list of firms that names a firm: not a place, an industry, a generic or role word."""
    if not 2 <= len(item) <= 10 or not CJK_RE.fullmatch(item) or item.isdigit():
        return False
    if item in name_index() or item in lexicon.words("company_stop") or not_firm(item):
        return False
    if chinese_name_shape(item) and (known_person(item) or unknown_name(item)):
        return False  # 总裁X、Y集团: a person beside a firm
    if any(c in "的了着过" for c in item) or re.match("[余多几]家", item):
        return False  # 推进会议的, 余家…: sentence fragments, counts
    if item.endswith(tuple(lexicon.words("project_heads"))):
        return False  # X电气基地: a project, its brand is found as a project's head
    words = segment.words(item)
    industry = lexicon.words("industry_words")
    freq, tags = segment.tokenizer().FREQ, segment.word_tags()
    if words[0] in industry or all(w in industry for w in words):
        return False  # 新能源汽车、智能装备等企业: industries
    tag, n = tags.get(words[0]), freq.get(words[0]) or 0
    if len(words) == 1 and strict:
        return tag in BRAND_TAGS or n == 0
    # the head of a brand is unknown to jieba, tagged as a brand, or a rare word used as one (甲乙轮胎)
    if tag == "a" and len(words) >= 2 and tags.get(words[-1]) == "n":
        return n < COMMON_HEAD_FREQ  # 甲乙轮胎: an adjective as a brand before its trade
    return tag in BRAND_TAGS or n == 0 or (n < COMMON_HEAD_FREQ and tag not in NOT_BRAND_TAGS)


def _project_item_brand(
    text: str, index: dict[int, int], starts: list[int], ws: list[str], s: int, e: int
) -> tuple[int, int] | None:
    """The firm an item of a list of projects is named after: a rare head word (岚翔|电子, 沃川|智能装备二期)."""
    first, last = index.get(s), index.get(e)
    if first is None or last is None or last <= first:
        return None
    if "的" in ws[first:last]:
        first = max(k for k in range(first, last) if ws[k] == "的") + 1  # 投资6亿元的岚翔电子: after the clause
    lead = lexicon.words("firm_enum_heads") | lexicon.words("zone_context")
    marks = [k for k in range(first, last - 1) if ws[k] in lead or ws[k] in lexicon.zone_types()]
    if marks:
        first = marks[-1] + 1  # 高新区企业岚翔…: the firm's name starts after the words that place it
    while first < last - 1 and (segment.word_tags().get(ws[first]) in LEAD_TAGS or ws[first] in lead):
        first += 1  # 园区企业岚翔…, 推动促成岚翔…: the sentence before the first item
    if first >= last:
        return None
    s = starts[first]
    head = ws[first]
    tag, n = segment.word_tags().get(head), segment.tokenizer().FREQ.get(head) or 0
    if not re.fullmatch("[\u4e00-\u9fff]{2,4}", head) or n >= RARE_HEAD_FREQ:
        return None  # 新型环保设备制造, 现代轻纺城: an ordinary word opens a description
    trade = text[s + len(head) : e] in lexicon.words("firm_trade_endings")  # 岚翔药业: a firm's trade
    if n and not (trade or tag in PROJECT_BRAND_TAGS or (tag == "nz" and n >= RARE_TERM_FREQ)):
        return None  # 管路, 钛合金: a rare trade term names a product line, not its maker
    if head in name_index() or head in lexicon.words("industry_words") or not_firm(text[s:e]):
        return None  # 北仑信息港: a place names the project
    if chinese_name_shape(head) and known_person(head):
        return None
    item = text[s:e]
    if len(item) <= PROJECT_BRAND_CHARS or (last - first == 2 and len(item) <= PROJECT_BRAND_CHARS + 1):
        return (s, e) if _brand_item(item) else None
    if len(ws[first + 1]) == 1 and segment.word_tags().get(ws[first + 1]) in NOT_BRAND_TAGS:
        return None  # 岚翔|投独立储能: jieba cut the brand short (not 岚翔|硅|碳 materials), its end is unknown
    return s, starts[first + 1]


def _representative(word: str) -> bool:
    """A word before 为代表的 (以X为代表的企业) that jieba does not know and is no place or person: a brand."""
    if not re.fullmatch("[\u4e00-\u9fff]{2,4}", word) or segment.tokenizer().FREQ.get(word):
        return False
    if word in name_index() or word in lexicon.words("company_stop") or not_firm(word):
        return False
    return not (chinese_name_shape(word) and (known_person(word) or unknown_name(word)))


def _city_brand(word: str) -> bool:
    """A rare name-like word after a city at a project's head: a brand (not a trade or an ordinary word)."""
    tag, n = segment.word_tags().get(word), segment.tokenizer().FREQ.get(word) or 0
    if not re.fullmatch("[\u4e00-\u9fff]{2,3}", word):
        return False
    # a transliteration or a name-like word (nr, nrt); not 中央公园 (nt), and not an unknown word, which after a
    # city is as often a district's or an institute's short name (X海丝, X电科院)
    return n < RARE_HEAD_FREQ and tag in {"nr", "nrt"}


def _project_brand(
    text: str, index: dict[int, int], starts: list[int], ws: list[str], end: int
) -> tuple[int, int] | None:
    """An unknown word heading a project's name, before a known word (丙丁|智能终端…基地, 戊己|物流项目)."""
    i = index.get(end)
    if i is None:
        return None
    j = i
    while (
        j > 0
        and i - j < 6
        and CJK_RE.fullmatch(ws[j - 1])
        and segment.word_tags().get(ws[j - 1])
        not in {
            "v",
            "p",
            "d",
            "c",
            "u",
            "uj",
            "r",
            "m",
            "q",
        }
    ):
        j -= 1
    if i - j < 2:
        return None
    brand, after = ws[j], ws[j + 1]
    freq = segment.tokenizer().FREQ
    if i - j >= 3 and brand in name_index() and _city_brand(after):
        return starts[j], starts[j + 2]  # 沃川|岚翔|医疗器械…项目: the firm's home city and its brand
    if not re.fullmatch("[\u4e00-\u9fff]{2,4}", brand) or freq.get(brand) or brand in name_index():
        return None
    if brand in lexicon.words("company_stop"):
        return None  # 央企投资项目, 国企投资项目: a class of investor, not a brand
    if not (freq.get(after) or 0) >= 100 or len(after) < 2:
        return None  # 源网|荷储: an unknown term before another unknown term
    end_at = starts[j + 1]
    if i - j == 2 and after in lexicon.words("industry_words"):
        end_at = starts[i]  # 戊己物流项目: brand and trade
    return starts[j], end_at
