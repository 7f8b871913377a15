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
        if not yuan and text[m.end() : m.end() + 1] in "级个":  # 百亿级产业 is a scale, not a sum
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
