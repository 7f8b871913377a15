"""Sums of money in Chinese text (87.03亿元, 8800 万元, 约二十亿元, 2亿元以上) as integer yuan."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from ..zh import lexicon
from ..zh.numbers import SMALL_UNITS, chinese_number, unit_value

# A number (Arabic, or Chinese starting with a digit word), optional units, then 元; or 亿 alone (500亿).
AMOUNT_RE = re.compile(
    rf"(?P<before>{lexicon.alternation(lexicon.amount_qualifiers('before'))})?\s*"
    r"(?P<num>\d+(?:[,，]\d{3})*(?:\.\d+)?|[一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*)\s*"
    r"(?P<unit>(?:[十百千]?万)?亿|[十百千]?万|千|百)?\s*(?P<yuan>元)?"
    rf"(?P<after>{lexicon.alternation(lexicon.amount_qualifiers('after'))})?"
)
SENTENCE_RE = re.compile(r"[^。！？!?；;\n]*[。！？!?；;]?")
# After a figure printed without 元 only these may follow: 亿 then 美元, 度, 人, 千瓦时 … measures something else.
BARE_FOLLOW_RE = re.compile(r"[^\u4e00-\u9fff]|的|$")
# A category threshold: 20亿元以上项目3个, 3000万元以上重大产业项目14个, 其中2亿元以上的企业5家.
THRESHOLD_AFTER_RE = re.compile(
    r"^(?:的)?[\u4e00-\u9fff]{0,8}?(?:项目|企业|工程)\s*(?:\d+|[一二两三四五六七八九十百]+)\s*(?:个|家|项)"
)
# A size class counted before it: 3个逾百亿元项目, 两个超10亿元的项目.
COUNT_BEFORE_RE = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)\s*(?:个|家|项)\s*$")
SIZE_NOUN_AFTER_RE = re.compile(r"^(?:的)?(?:[\u4e00-\u9fff]{0,2}产业|重大|重点|工业)?(?:项目|企业|工程)")
# A scale, not a sum: 千亿级产业集群, 1000亿元级物流枢纽, 500亿元产业集群.
SCALE_AFTER_RE = re.compile(r"^(?:级|量级|规模的?|[\u4e00-\u9fff]{0,4}?产业集群)")


@dataclass
class Amount:
    """One sum of money as printed, with its value in yuan and the qualifier around it."""

    text: str
    value_yuan: int
    qualifier: str | None
    start: int
    end: int


def find_amounts(text: str) -> list[Amount]:
    """Every sum of money in text; a bare number needs 元, a sum without 元 needs 亿 (1000亿)."""
    out: list[Amount] = []
    for m in AMOUNT_RE.finditer(text):
        unit, yuan, num = m.group("unit") or "", m.group("yuan"), m.group("num")
        if not (yuan or unit.endswith("亿")):
            continue
        rest = text[m.end() : m.end() + 16] if text[m.end() - 1 : m.end()].strip() else text[m.end() - 1 : m.end() + 16]
        if not yuan and not BARE_FOLLOW_RE.match(rest):
            continue  # 2.3亿人, 3亿度, 1.7亿美元: not a sum in yuan
        if is_category(text, m.start("num"), rest, m.group("after")):
            continue
        if num[0].isdigit():
            value = Decimal(num.replace(",", "").replace("，", ""))
        else:
            n = chinese_number(num)
            if n is None:
                continue
            value = Decimal(n)
        if unit and unit[0] in SMALL_UNITS and not num[0].isdigit():
            continue  # 二十千万 is not how sums are printed
        yuan_value = int(value * unit_value(unit)) if unit else int(value)
        qualifier = m.group("before") or m.group("after")
        start = m.start("before") if m.group("before") else m.start("num")
        out.append(Amount(text[start : m.end()].strip(), yuan_value, qualifier, start, m.end()))
    return out


def is_category(text: str, start: int, rest: str, after: str | None) -> bool:
    """A threshold or size class (20亿元以上项目3个, 3个逾百亿元项目, 千亿级产业集群), not a sum of money."""
    if SCALE_AFTER_RE.match(rest):
        return True
    # 以上/以下 or a noun right after the figure makes it a class of projects; '投资5亿元建设厂房3个' stays a sum.
    if THRESHOLD_AFTER_RE.match(rest) and (after in {"以上", "以下"} or SIZE_NOUN_AFTER_RE.match(rest)):
        return True
    before = text[max(0, start - 8) : start]
    before = re.sub(r"(?:约合|超过|将近|接近|突破|约|近|超|逾|过|达)\s*$", "", before)
    return bool(COUNT_BEFORE_RE.search(before) and SIZE_NOUN_AFTER_RE.match(rest))


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the sentence holding position pos."""
    starts, ends = _sentences(text)
    i = bisect_right(starts, pos) - 1
    if i >= 0 and pos < ends[i]:
        return starts[i], ends[i]
    return 0, len(text)


@lru_cache(maxsize=4)
def _sentences(text: str) -> tuple[list[int], list[int]]:
    """Every sentence's start and end, computed once per text: a page's sums look up theirs by bisection."""
    spans = [(m.start(), m.end()) for m in SENTENCE_RE.finditer(text) if m.end() > m.start()]
    return [s for s, _ in spans], [e for _, e in spans]
