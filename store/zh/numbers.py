"""Chinese numerals and magnitude units: 二十 → 20, 千万 → 10,000,000."""

from __future__ import annotations

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}


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
