"""Sums of money in Chinese text (87.03亿元, 8800 万元, 约二十亿元, 2亿元以上) as integer yuan."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
BEFORE = ("约合", "超过", "将近", "接近", "突破", "不足", "不到", "累计", "总计", "合计", "约", "近", "超", "逾", "达", "共")
AFTER = ("以上", "以下", "左右", "多", "余")
# A number (Arabic, or Chinese starting with a digit word), optional units, then 元; or 亿 alone (500亿).
AMOUNT_RE = re.compile(
    r"(?P<before>约合|超过|将近|接近|突破|不足|不到|累计|总计|合计|约|近|超|逾|达|共)?\s*"
    r"(?P<num>\d+(?:[,，]\d{3})*(?:\.\d+)?|[一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*)\s*"
    r"(?P<unit>(?:[十百千]?万)?亿|[十百千]?万|千|百)?\s*(?P<yuan>元)?"
    r"(?P<after>以上|以下|左右|多|余)?"
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


def chinese_number(s: str) -> int | None:
    """二十 → 20, 三百五十 → 350; None when s is not a plain Chinese numeral."""
    total, digit = 0, None
    for c in s:
        if c in DIGITS:
            digit = DIGITS[c]
        elif c in SMALL_UNITS:
            total += (digit if digit is not None else 1) * SMALL_UNITS[c]
            digit = None
        else:
            return None
    return total + (digit or 0)


def unit_value(unit: str) -> int:
    """'千万' → 10_000_000, '亿' → 100_000_000."""
    value = 1
    for c in unit:
        value *= {**SMALL_UNITS, **BIG_UNITS}[c]
    return value


def find_amounts(text: str) -> list[Amount]:
    """Every sum of money in text; a bare number needs 元, a sum without 元 needs 亿 (1000亿)."""
    out: list[Amount] = []
    for m in AMOUNT_RE.finditer(text):
        unit, yuan, num = m.group("unit") or "", m.group("yuan"), m.group("num")
        if not (yuan or unit.endswith("亿")):
            continue
        if not yuan and text[m.end(): m.end() + 1] in "级个":  # 百亿级产业 is a scale, not a sum
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
        out.append(Amount(text[start: m.end()].strip(), yuan_value, qualifier, start, m.end()))
    return out


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the sentence holding position pos."""
    for m in SENTENCE_RE.finditer(text):
        if m.start() <= pos < m.end():
            return m.start(), m.end()
    return 0, len(text)
