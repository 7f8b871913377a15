"""What every entity extractor shares: the mention record, word boundaries, and the walk left over a name."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate

from ..zh import segment
from ..zh.gazetteer import name_index


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


# Words that end a firm's name going left, besides verbs, adverbs, prepositions and pronouns.
COMPANY_STOP = {
    "企业",
    "项目",
    "辖区",
    "公司",
    "负责人",
    "其中",
    "包括",
    "旗下",
    "来自",
    "目前",
    "今年",
    "近日",
    "一家",
    "相关",
    "有关",
    "日前",
    "此前",
    "随后",
    "同时",
    "当天",
    "近年",
    "近年来",
    "上市公司",
    "子公司",
    "分公司",
    "总公司",
}
# Parts of speech that never belong inside a firm's name: verb, adverb, preposition, conjunction, pronoun …
STOP_TAGS = {
    "v",
    "d",
    "p",
    "c",
    "u",
    "r",
    "ad",
    "vd",
    "f",
    "l",
    "i",
    "uj",
    "ul",
    "ud",
    "ug",
    "uz",
    "uv",
    "y",
    "e",
    "o",
    "q",
}
FUNCTION_WORDS = set("在与和同跟向对由为把被将从赴到至及等如已还也并是的了其该此各这就要有以于给让使年月日号")
# Business vocabulary that jieba tags as verbs but that sits inside firm names (投资控股, 安防工程, 文化创意).
INDUSTRY_WORDS = {
    "控股",
    "投资",
    "制造",
    "防护",
    "安防",
    "创意",
    "发展",
    "开发",
    "建设",
    "设计",
    "咨询",
    "服务",
    "管理",
    "运营",
    "贸易",
    "商贸",
    "物流",
    "实业",
    "工程",
    "环保",
    "环境",
    "能源",
    "新能源",
    "电子",
    "信息",
    "智能",
    "医药",
    "生物",
    "农业",
    "食品",
    "文化",
    "旅游",
    "传媒",
    "置业",
    "地产",
    "建材",
    "材料",
    "新材料",
    "装备",
    "设备",
    "机械",
    "电池",
    "电力",
    "再生",
    "资源",
    "数据",
    "网络",
    "通信",
    "软件",
    "化工",
    "石化",
    "钢铁",
    "铝业",
    "矿业",
    "光电",
    "汽车",
    "产业",
    "城市",
    "研究",
    "研发",
    "生产",
    "加工",
    "种植",
    "养殖",
    "检测",
    "节能",
}
# A dictionary verb this common is an action, never a firm's brand (了解公司, 走访公司).
BRAND_VERB_MAX_FREQ = 5000
# A firm's name may start with a preposition glued to it by the sentence (和尚高公司签订 → 尚高公司).
LEADING_PREPOSITIONS = set("与和同跟向对在从")


def word_starts(ws: list[str]) -> set[int]:
    """Character offsets where jieba's words start (and the end offset)."""
    return set(accumulate(map(len, ws), initial=0))


def place_ending_at(text: str, end: int) -> str | None:
    """The longest administrative name (full or short) that ends exactly at text[end]."""
    idx = name_index()
    for n in range(min(8, end), 1, -1):
        cand = text[end - n : end]
        if cand in idx:
            return cand
    return None


def place_prefix(s: str) -> str | None:
    idx = name_index()
    for n in range(min(8, len(s)), 1, -1):
        if s[:n] in idx:
            return s[:n]
    return None


def common_words(s: str) -> bool:
    """True when s is made only of common dictionary words of two or more characters (食品, 数字经济)."""
    freq = segment.tokenizer().FREQ
    return all(len(w) > 1 and (freq.get(w) or 0) >= 100 for w in segment.words(s))


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
        elif (
            word in COMPANY_STOP
            or word in stop
            or (
                tags.get(word, "n") in STOP_TAGS
                and word not in INDUSTRY_WORDS
                and (not first or (freq.get(word) or 0) >= BRAND_VERB_MAX_FREQ)
            )
        ):
            break
        begin = b
        first = False
    if (
        text[begin : begin + 1] in LEADING_PREPOSITIONS
        and begin > 0
        and not re.match("[\u4e00-\u9fff]", text[begin - 1])
        and left - begin >= 3
    ):
        begin += 1  # 和尚高公司签订: a sentence opening with 和/与 + firm
    return begin
