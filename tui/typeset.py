"""Line breaking for Chinese text in a terminal (pure: no textual or rich): where each line of a paragraph starts.

The rules are the common core of Chinese typesetting (kinsoku) for a monospace grid:
closing punctuation never starts a line (it hangs one cell into the margin or takes the character
before it down), opening brackets and quotes never end one, numbers (3.5, 1,200, 20%) and Latin
words (AI-IOT, 5G) stay whole unless longer than a line, and an ASCII space between two Chinese
characters (debris of OCR or of a hard wrap) is no break point. Breaking only chooses offsets, so
the lines joined give the paragraph back exactly: spaces at a break stay at the end of the line
before it, where they take no visible room, and a newline ends its line.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache
from itertools import accumulate

CLOSING = frozenset("，。、；：！？）】》」』〉〕〗〙〛｝］”’…‥・％‰℃,.;:!?)]}%")
OPENING = frozenset("（【《「『〈〔〖〘〚｛［“‘([{")
SPACES = " \t"
_ALNUM = "0-9A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
# A number or Latin word as one unit: joiners inside it, a currency sign before, a percent sign after.
# A comma or colon joins only digits (1,200 and 10:30), so "AI,IOT" may still break after the comma.
WORD_RE = re.compile(rf"[$¥￥€£]?[{_ALNUM}]+(?:(?:[-‐./_+'’&·]|(?<=[0-9０-９])[,:](?=[0-9０-９]))[{_ALNUM}]+)*[%％‰]?")
# Runs of one ellipsis or dash character (…… ——) are printed as one mark and never split.
MARK_RUN_RE = re.compile(r"(…+|‥+|—+|―+|·{2,})")
# One scan finds every unit: the first alternative that matches at a place wins, else one character.
UNIT_RE = re.compile(rf"{WORD_RE.pattern}|{MARK_RUN_RE.pattern}|[{SPACES}]+|.", re.DOTALL)
HANG = 1  # cells a closing punctuation mark may stand past the line's width


@lru_cache(maxsize=65536)
def cell_width(c: str) -> int:
    """Terminal cells of one character: East Asian wide and fullwidth take two, combining marks none."""
    if unicodedata.category(c) in ("Mn", "Me", "Mc") or "\u200b" <= c <= "\u200f":
        return 0
    return 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1


def text_width(s: str) -> int:
    """Terminal cells of a string (as Rich counts them for the characters of Chinese text)."""
    return sum(cell_width(c) for c in s)


def is_cjk(c: str) -> bool:
    """A wide character that is not punctuation: a Han character, kana, Hangul or the like."""
    return cell_width(c) == 2 and c not in CLOSING and c not in OPENING and unicodedata.category(c)[0] == "L"


def units(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the indivisible pieces: a number or Latin word, a run of … or —, a space run, a character."""
    return (m.span() for m in UNIT_RE.finditer(text))


def may_break(text: str, prev: tuple[int, int], nxt: tuple[int, int]) -> bool:
    """Whether a line may end after unit prev and the next start with unit nxt."""
    if text[nxt[0]] in SPACES or text[nxt[0]] in CLOSING or text[prev[1] - 1] in OPENING:
        return False  # spaces trail their line; no closing mark starts one, no opening mark ends one
    if text[prev[0]] in SPACES:  # after a space: a break, unless it is debris between Chinese characters
        return not (prev[0] > 0 and is_cjk(text[prev[0] - 1]) and is_cjk(text[nxt[0]]))
    return True


def boxes(text: str) -> list[tuple[int, int]]:
    """The pieces no rule lets a line break inside, in order; they cover text exactly."""
    out: list[tuple[int, int]] = []
    last: tuple[int, int] | None = None
    for u in units(text):
        if last is None or not may_break(text, last, u):
            out[-1:] = [(out[-1][0], u[1])] if out else [u]
        else:
            out.append(u)
        last = u
    return out


def _tokens(text: str, start: int, end: int, width: int) -> list[int]:
    """Boundaries inside a box where a forced cut may fall: between units, and inside a unit wider than a line."""
    out: list[int] = []
    for a, b in units(text[start:end]):
        if text_width(text[start + a : start + b]) > width:
            out += range(start + a + 1, start + b)
        out.append(start + b)
    return out


def _split_long(text: str, start: int, end: int, width: int) -> list[int]:
    """Where a box longer than a line is cut: at the last soft point that fits, else at the last boundary that does."""
    cuts: list[int] = []
    bounds = _tokens(text, start, end, width)
    # Running sums, so a candidate line is measured in constant time, not from its start (O(width²) per line).
    cells = list(accumulate((cell_width(c) for c in text[start:end]), initial=0))  # cells[b - start]: to b
    inked = list(range(start, end + 1))  # inked[b - start]: b less the spaces before it (where rstrip stops)
    for b in range(start + 1, end + 1):
        if text[b - 1] in SPACES:
            inked[b - start] = inked[b - 1 - start]
    line_start, k = start, 0
    while True:
        while bounds[k] <= line_start:
            k += 1
        j = k  # the boundaries that fit on a line from line_start: bounds[k:j]
        base = cells[line_start - start]
        while j < len(bounds) and cells[max(inked[bounds[j] - start], line_start) - start] - base <= width:
            j += 1
        fit = bounds[k:j] or bounds[k : k + 1]  # at least one piece, even one wider than the line
        if fit[-1] == end:
            return cuts
        soft = [p for p in fit if text[p] not in SPACES and text[p] not in CLOSING and text[p - 1] not in OPENING]
        line_start = soft[-1] if soft else fit[-1]
        cuts.append(line_start)


def _fits(used: int, need: int, core: int, width: int, hang: int) -> bool:
    """Whether a box of need cells (core without its closing marks) goes after used cells of a line."""
    return used + need <= width or (used + core <= width and used + need <= width + hang)


def _break_line(text: str, width: int, hang: int) -> list[int]:
    """Start offsets of the lines after the first, for one line of text without newlines."""
    cells = list(accumulate(map(cell_width, text), initial=0))  # cells[b] - cells[a]: the width of text[a:b]
    starts: list[int] = []
    line_start = 0
    for start, end in boxes(text):
        body_end = end
        while body_end > start and text[body_end - 1] in SPACES:
            body_end -= 1
        core_end = body_end
        while core_end > start and text[core_end - 1] in CLOSING:
            core_end -= 1
        used = cells[start] - cells[line_start]  # the line so far, its end spaces included
        need, core = cells[body_end] - cells[start], cells[core_end] - cells[start]
        if start > line_start and not _fits(used, need, core, width, hang):
            starts.append(start)
            line_start = start
        if start == line_start and not _fits(0, need, core, width, hang):  # longer than any line: cut inside
            starts += _split_long(text, start, end, width)
            line_start = starts[-1] if starts and starts[-1] > start else start
    return starts


def break_offsets(text: str, width: int, hang: int = HANG) -> list[int]:
    """Start offsets of every line after the first when text is set in lines of width cells (newlines end lines)."""
    width = max(width, 2)  # one wide character must fit
    out: list[int] = []
    pos = 0
    for part in text.split("\n"):
        if pos:
            out.append(pos)
        out += [pos + s for s in _break_line(part, width, hang)]
        pos += len(part) + 1
    return out


def break_lines(text: str, width: int, hang: int = HANG) -> list[str]:
    """The lines of text set in width cells; joined, they give text back exactly."""
    bounds = [0, *break_offsets(text, width, hang), len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:])]


def line_of(offsets: list[int], index: int) -> int:
    """Which line (from 0) holds the character at index, given break_offsets."""
    return bisect_right(offsets, index)
