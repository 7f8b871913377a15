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
from .mentions import Mention

CJK_RE = re.compile("[\u4e00-\u9fffA-Za-z0-9]+")
# Tags of words that start a clause before a name: verbs, prepositions, adverbs, particles (引进了A、B).
LEAD_TAGS = frozenset({"v", "vn", "p", "d", "c", "u", "ul", "uj", "uz", "r"})
# A list item whose first word is this common (用电, 精密制造, 企业解决用地) names a thing, not a firm.
COMMON_HEAD_FREQ = 1000
NOT_BRAND_TAGS = frozenset({"v", "vn", "a", "ad", "an", "d", "m", "q", "r", "f", "t", "p", "c"})
# What jieba tags organisations, brands and abbreviations with (a brand abbreviation such as 一汽 is j).
BRAND_TAGS = frozenset({"nt", "nz", "j", "nrt"})


@lru_cache(maxsize=1)
def _enum_tail_re() -> re.Pattern[str]:
    """等 or a count of firms, a few words (多家行业内龙头), a word for firms: the end of an enumeration of firms."""
    heads = lexicon.alternation(lexicon.words("firm_enum_heads"))
    return re.compile(rf"(?:等|[两二三四五六七八九十\d]+家)[^，。；、,.;\n\s]{{0,8}}?(?:{heads})")


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
    taken = {(f.start, f.end) for f in firms}
    for f in firms:
        for s, e in _conjuncts(text, index, starts, ws, f):
            if (s, e) not in taken and _brand_item(text[s:e], strict=True):
                out.setdefault(s, Mention("company", text[s:e], company_key(text[s:e]), s, e))
    for m in _project_re().finditer(text):
        brand = _project_brand(text, index, starts, ws, m.start())
        if brand:
            s, e = brand
            out.setdefault(s, Mention("company", text[s:e], company_key(text[s:e]), s, e))
    return [out[k] for k in sorted(out)]


def _list_items(text: str, index: dict[int, int], starts: list[int], ws: list[str], end: int) -> list[tuple[int, int]]:
    """The items of a 、 list ending at `end` (before 等), right to left; at most one 和/与/及 joins the last."""
    items: list[tuple[int, int]] = []
    i = index.get(end)
    if i is None:
        return items
    while True:
        j = i
        # an item: one to three words of letters or CJK, not punctuation
        while j > 0 and i - j < 3 and CJK_RE.fullmatch(ws[j - 1]) and ws[j - 1] not in {"和", "与", "及", "、"}:
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
    if not re.fullmatch("[\u4e00-\u9fff]{2,4}", brand) or freq.get(brand) or brand in name_index():
        return None
    if not (freq.get(after) or 0) >= 100 or len(after) < 2:
        return None  # 源网|荷储: an unknown term before another unknown term
    end_at = starts[j + 1]
    if i - j == 2 and after in lexicon.words("industry_words"):
        end_at = starts[i]  # 戊己物流项目: brand and trade
    return starts[j], end_at
